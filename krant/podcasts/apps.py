from django.apps import AppConfig


class PodcastsConfig(AppConfig):
    name = "krant.podcasts"
    label = "podcasts"

    def ready(self):
        from krant.podcasts import signals  # noqa: F401 - connects the purges
