from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WoordConfig(AppConfig):
    name = "krant.woord"
    label = "woord"
    verbose_name = _("Het Woord")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.woord import personal_data  # noqa: F401 - registers the members' games
