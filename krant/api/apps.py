from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "krant.api"
    label = "api"

    def ready(self):
        from krant.api import tokens  # noqa: F401 - registers the members' app access as personal data
