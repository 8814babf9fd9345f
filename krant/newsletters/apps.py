from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "krant.newsletters"
    label = "newsletters"
