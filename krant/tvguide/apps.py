from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TvGuideConfig(AppConfig):
    name = "krant.tvguide"
    label = "tvguide"
    verbose_name = _("Tv-gids")

    def ready(self):
        from krant.tvguide import signals  # noqa: F401 - connects the receivers
