from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "krant.api"
    label = "api"
