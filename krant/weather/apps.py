from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WeatherConfig(AppConfig):
    name = "krant.weather"
    label = "weather"
    verbose_name = _("Weer")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.core.pagecache import register_page_key  # noqa: PLC0415

        # Official warnings show on every reader page, as the breaking-news banner does.
        register_page_key("weather-warnings")
