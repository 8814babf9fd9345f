from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdsConfig(AppConfig):
    name = "krant.ads"
    label = "ads"
    verbose_name = _("Advertenties")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.ads import signals  # noqa: F401, PLC0415 - connects the receivers
        from krant.core.pagecache import register_page_key  # noqa: PLC0415

        # House ads show on every reader page with ad slots, as the banner does.
        register_page_key("ads")
