from django.apps import AppConfig


class LiveConfig(AppConfig):
    name = "krant.live"
    label = "live"
    verbose_name = "Live"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from krant.core.pagecache import register_fast_view  # noqa: PLC0415 - needs the apps loaded
        from krant.live import views  # noqa: PLC0415

        register_fast_view(r"/live/poll/", views.poll)
