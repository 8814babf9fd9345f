from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "krant.news"
    label = "news"
