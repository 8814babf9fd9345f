from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GamesConfig(AppConfig):
    name = "krant.games"
    label = "games"
    verbose_name = _("Spellen")

    def ready(self):
        from krant.games import personal_data  # noqa: F401 - registers the members' progress
