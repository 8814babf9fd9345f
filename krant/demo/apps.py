from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "krant.demo"
    label = "demo"
