from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "krant.search"
    label = "search"
