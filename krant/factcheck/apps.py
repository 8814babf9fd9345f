from django.apps import AppConfig


class FactCheckConfig(AppConfig):
    name = "krant.factcheck"
    label = "factcheck"
    verbose_name = "Factcheck"

    def ready(self):
        # Imported here as Django asks: apps.py loads before the models.
        from krant.core.navigation import register_never_in_menus, register_self_contained
        from krant.factcheck import signals  # noqa: F401 - connects the listing's purges
        from krant.factcheck.models import FactCheckPage

        register_never_in_menus(FactCheckPage)
        register_self_contained(FactCheckPage)
