from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "krant.search"
    label = "search"

    def ready(self):
        from krant.search import checks  # noqa: F401 - registers the system check
