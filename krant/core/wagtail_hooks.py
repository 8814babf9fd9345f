from wagtail import hooks

from krant.core.pagecache import add_keys


@hooks.register("before_serve_page")
def declare_page_key(page, request, serve_args, serve_kwargs):
    """Every page shows its own fields: publishing it purges `page:<id>` (krant.core.signals)."""
    add_keys(request, f"page:{page.pk}")
