from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BannerConfig(AppConfig):
    name = "krant.banner"
    label = "banner"
    verbose_name = _("Breaking-banner")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.banner import signals  # noqa: F401, PLC0415 - connects the receivers
        from krant.core.pagecache import register_page_key  # noqa: PLC0415

        register_page_key("banner")
