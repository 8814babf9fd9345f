from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScoresConfig(AppConfig):
    name = "krant.scores"
    label = "scores"
    verbose_name = _("Scorebord")

    def ready(self):
        from krant.scores import signals  # noqa: F401 - connects the receivers
