from django.apps import AppConfig


class OtherMediaConfig(AppConfig):
    name = "krant.othermedia"
    label = "othermedia"

    def ready(self):
        from krant.othermedia import signals  # noqa: F401 - connects the purges
