"""Template tags of the community: comment counts on articles and listings, a thread's links."""

from django import template

from krant.community import threads
from krant.community.text import to_html
from krant.core.pagecache import limit_lifetime

register = template.Library()

# A cached page showing a count is kept no longer than this: its count lags at most so long plus the
# count map's own minute (threads.ListingCounts).
COUNT_PAGE_SECONDS = 300


@register.simple_tag(takes_context=True)
def comment_count(context, page) -> int:
    """Return the article's comment count for its community block (it may lag; the thread's is exact).

    A cached article page is kept at most COUNT_PAGE_SECONDS while its count may still change.
    """
    count = threads.listing_counts.get(page.pk)
    if (count or page.comments_open()) and (request := context.get("request")) is not None:
        limit_lifetime(request, COUNT_PAGE_SECONDS)
    return count


@register.filter
def count_text(count) -> str:
    """'Nog geen reacties', '1 reactie', '12 reacties', '1.3K reacties'."""
    return threads.count_text(int(count or 0))


@register.simple_tag
def thread_urls(page) -> dict:
    """Return the addresses of the page's thread: the page without JavaScript, the login back to it."""
    return {"comments": threads.comments_page_url(page), "login": threads.login_url(page)}


@register.filter
def comment_html(body: str):
    """A comment's stored text as paragraphs with linked addresses, every character escaped (text.to_html)."""
    return to_html(body or "")


@register.filter
def in_set(value, values) -> bool:
    """Whether `value` is in `values` (a set in the member's own view; None or '' elsewhere)."""
    return bool(values) and value in values


@register.simple_tag
def shown(comment) -> bool:
    """Whether the comment shows (visible, not deleted); otherwise it is a tombstone."""
    return threads.is_shown(comment)
