from django.apps import AppConfig


class AuthorsConfig(AppConfig):
    name = "krant.authors"
    label = "authors"
