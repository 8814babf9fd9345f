"""Template tags of liveblogs: an update, rendered once per version of it."""

from django import template

from krant.core.fragments import cached_fragment
from krant.news.blocks import EmbedWithCaptionBlock, QuoteBlock

register = template.Library()

UPDATE_TEMPLATE = "liveblogs/update.html"


class PageAddress:
    """The `request` the embed block's template sees: its consent form returns to the liveblog's page
    at the embed, also when the update was rendered for the page's script."""

    def __init__(self, path: str):
        self.path = path

    def get_full_path(self) -> str:
        return self.path


@register.simple_tag(takes_context=True)
def live_update(context, update, liveblog) -> str:
    """Render `update` (liveblogs/update.html), cached until it is edited, pinned or marked.

    The same HTML on the page and in the script's fragment, so an update replaced in place looks the same.
    """
    request = context.get("request")
    reader_consent = context.get("consent")
    parts = (update.pk, update.edited_at, update.pinned, update.key_event, reader_consent, liveblog.url)

    def render() -> str:
        extra = {"update": update, "liveblog": liveblog}
        if update.quote:
            extra["quote"] = QuoteBlock().to_python(
                {"text": update.quote, "attribution": update.quote_attribution}
            )
        if update.embed_url:
            block = EmbedWithCaptionBlock()
            value = block.to_python({"embed": update.embed_url, "caption": ""})
            embed_context = {"consent": reader_consent, "request": PageAddress(liveblog.url)}
            extra["embed_html"] = block.render(value, embed_context)
        with context.push(extra):
            return context.template.engine.get_template(UPDATE_TEMPLATE).render(context)

    return cached_fragment("liveupdate", parts, render, request)
