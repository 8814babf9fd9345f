from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    name = "krant.shop"
    label = "shop"
    verbose_name = _("Shop en partners")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.shop import signals  # noqa: F401 - connects the receivers
