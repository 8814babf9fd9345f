from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "krant.news"
    label = "news"

    def ready(self):
        # Core links to Net binnen and Meest gelezen on every page but must not import news (news imports
        # core), so news registers them. Imported here as Django asks: apps.py loads before the models.
        from krant.core.navigation import register_site_page
        from krant.news.models import LatestPage, MostReadPage

        register_site_page("latest_url", LatestPage)
        register_site_page("most_read_url", MostReadPage)
