"""Template tags for the news pages: article teasers, rendered once per article version."""

from django import template

from krant.core.fragments import cached_fragment
from krant.core.versions import request_version
from krant.liveblogs.models import open_liveblog_ids
from krant.news.models import ArticleStub

register = template.Library()

TEASER_TEMPLATE = "components/teaser.html"


@register.simple_tag(takes_context=True)
def open_liveblogs(context) -> tuple[int, ...]:
    """Return the open liveblogs' ids, for the key of a fragment holding teasers ('Live' on them).

    Usage: ``{% open_liveblogs as live %}``, then ``{% fragment "front-main" version live %}``.
    """
    return tuple(sorted(open_liveblog_ids(context.get("request"))))


@register.simple_tag(takes_context=True)
def teaser(context, article, heading_level=3, hide_image=False, show_intro=False, show_section=False) -> str:
    """Render the article's teaser (components/teaser.html), cached until the article or the site changes.

    The key holds the article's last publish and the content version: a new title shows on every listing
    after the publish, and a renamed section or replaced image after the change that caused it.
    `article` may be an ArticleStub, loaded only when the teaser has to be rendered. An open liveblog's
    teaser says 'Live' (the open ids: one read of the shared store per request), its closed one 'Liveblog'.
    Usage: ``{% teaser article hide_image=True %}``.
    """
    live = article.pk in open_liveblog_ids(context.get("request"))
    options = {
        "live": live,
        "heading_level": heading_level,
        "hide_image": hide_image,
        "show_intro": show_intro,
        "show_section": show_section,
    }
    parts = (
        article.pk,
        article.last_published_at,
        request_version(context.get("request")),
        heading_level,
        bool(hide_image),
        bool(show_intro),
        bool(show_section),
        live,
    )

    def render() -> str | None:
        loaded = article.article if isinstance(article, ArticleStub) else article
        if loaded is None:  # it left the published articles since the listing was read: nothing to show
            return None
        with context.push(options, article=loaded):
            return context.template.engine.get_template(TEASER_TEMPLATE).render(context)

    return cached_fragment("teaser", parts, render, context.get("request")) or ""
