from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PredictionsConfig(AppConfig):
    name = "krant.predictions"
    label = "predictions"
    verbose_name = _("Sportspellen")

    def ready(self):
        from krant.predictions import personal_data, signals  # noqa: F401 - connect the receivers
