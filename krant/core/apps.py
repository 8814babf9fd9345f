from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "krant.core"
    label = "core"
    verbose_name = "krant"

    def ready(self):
        from krant.core import roles, signals  # noqa: F401 - connects the cache invalidation

        post_migrate.connect(roles.on_post_migrate, sender=self)
