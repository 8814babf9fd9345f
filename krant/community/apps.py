from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "krant.community"
    verbose_name = _("Community")

    def ready(self):
        from krant.community import personal_data, signals  # noqa: F401 - register data and handlers
