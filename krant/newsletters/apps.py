from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "krant.newsletters"
    label = "newsletters"

    def ready(self):
        from krant.newsletters import personal_data  # noqa: F401 - plugs into the member's data export
