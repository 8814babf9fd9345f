from django.apps import AppConfig


class OtherMediaConfig(AppConfig):
    name = "krant.othermedia"
    label = "othermedia"
