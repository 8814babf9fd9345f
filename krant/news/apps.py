from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "krant.news"
    label = "news"

    def ready(self):
        # Core links to Net binnen and Meest gelezen on every page but must not import news (news imports
        # core), so news registers them, and its read beacon for the fast path. Imported here as Django
        # asks: apps.py loads before the models.
        from krant.core.navigation import register_never_in_menus, register_self_contained, register_site_page
        from krant.core.pagecache import register_fast_view
        from krant.news import signals  # noqa: F401 - connects the purges
        from krant.news.models import ArticlePage, LatestPage, MostReadPage
        from krant.news.views import BEACON_PATH, beacon

        register_site_page("latest_url", LatestPage)
        register_site_page("most_read_url", MostReadPage)
        register_never_in_menus(ArticlePage)
        register_self_contained(ArticlePage)
        register_fast_view(BEACON_PATH, beacon)
