from django.apps import AppConfig


class LiveBlogsConfig(AppConfig):
    name = "krant.liveblogs"
    label = "liveblogs"

    def ready(self):
        # Imported here as Django asks: apps.py loads before the models.
        from krant.core.navigation import register_never_in_menus, register_self_contained
        from krant.liveblogs import push, signals  # noqa: F401 - signals connects the open state's purges
        from krant.liveblogs.models import LiveBlogPage

        register_never_in_menus(LiveBlogPage)
        register_self_contained(LiveBlogPage)
        push.register()  # readers may follow an open liveblog's key events: `liveblog:<id>`
