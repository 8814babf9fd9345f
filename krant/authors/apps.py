from django.apps import AppConfig


class AuthorsConfig(AppConfig):
    name = "krant.authors"
    label = "authors"

    def ready(self):
        from krant.authors import signals  # noqa: F401 - connects the purges
        from krant.authors.models import AuthorPage
        from krant.core.navigation import register_never_in_menus

        register_never_in_menus(AuthorPage)
