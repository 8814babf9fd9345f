from django.apps import AppConfig


class VideoConfig(AppConfig):
    name = "krant.video"
    label = "video"
    verbose_name = "Video"

    def ready(self):
        from krant.video import signals  # noqa: F401 - queues processing and purges
