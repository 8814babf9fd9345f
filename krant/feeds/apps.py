from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "krant.feeds"
    label = "feeds"

    def ready(self):
        from krant.feeds import signals  # noqa: F401 - connects the sitemap months' receivers
