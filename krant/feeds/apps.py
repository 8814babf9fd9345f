from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "krant.feeds"
    label = "feeds"
