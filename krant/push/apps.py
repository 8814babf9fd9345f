from django.apps import AppConfig


class PushConfig(AppConfig):
    name = "krant.push"
    label = "push"

    def ready(self):
        from krant.push import personal_data  # noqa: F401 - plugs into the member's data export
