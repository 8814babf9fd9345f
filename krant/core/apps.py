from django.apps import AppConfig
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "krant.core"
    label = "core"
    verbose_name = "krant"

    def ready(self):
        from krant.core import databases, navigation, roles, signals  # noqa: F401 - connects the cache invalidation
        from krant.core.models import ConsentPage

        post_migrate.connect(roles.on_post_migrate, sender=self)
        navigation.register_site_page("consent_settings_url", ConsentPage)
        if databases.REPLICA in settings.DATABASES:
            request_started.connect(databases.start_request)
            request_finished.connect(databases.end_request)
