from wagtail import hooks

from krant.core.cache import mark_private
from krant.core.pagecache import add_keys
from krant.core.routing import is_restricted


@hooks.register("before_serve_page")
def declare_page_key(page, request, serve_args, serve_kwargs):
    """Every page shows its own fields: publishing it purges `page:<id>` (krant.core.signals)."""
    add_keys(request, f"page:{page.pk}")


@hooks.register("before_serve_page")
def restricted_pages_are_private(page, request, serve_args, serve_kwargs):
    """A page behind a login or password is served to those let in only: never kept by a cache.

    Wagtail's own check (a hook before this one) has already refused everyone else.
    """
    # From the cached restricted paths: no query; an alias takes its source's restrictions.
    if is_restricted(page, request) or (page.alias_of_id and page.get_view_restrictions().exists()):
        mark_private(request)
