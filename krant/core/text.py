"""Turn HTML into plain text: the one way krant does it, for imports, feeds, search and summaries.

Built on inscriptis, which lays HTML out as a browser would: block elements (paragraphs, headings,
list items, table cells, <br>) stand apart, inline elements run on ('ver<b>der</b>' reads 'verder',
'<b>vet</b> <a>data</a>' keeps its space), scripts, styles and comments are not text, and entities are
decoded. Django's strip_tags and Wagtail's get_text_for_indexing only cut tags out, so script text
stays and foreign block elements run together; BeautifulSoup's get_text puts its separator inside words.
"""

import re
from functools import cache


# inscriptis (and lxml's HTML parser under it) is imported on first use: the web worker indexes a page
# when an editor publishes, never for a reader (see docs/decisions/2026-12-05-memory.md).
@cache
def _config():
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.html_properties import Display
    from inscriptis.model.config import ParserConfig
    from inscriptis.model.html_element import HtmlElement
    from inscriptis.model.tag import CustomHtmlTagHandlerMapping

    return ParserConfig(
        # The browser's own rules (not inscriptis' extra spacing); a <template> is never shown, and
        # <noscript> only to readers without JavaScript: neither belongs in a summary or an index.
        css={
            **CSS_PROFILES["strict"],
            "template": HtmlElement(display=Display.none),
            "noscript": HtmlElement(display=Display.none),
        },
        custom_html_tag_handler_mapping=CustomHtmlTagHandlerMapping(
            start_tag_mapping={"li": _list_item_without_bullet}, end_tag_mapping={}
        ),
    )


def _list_item_without_bullet(state, _attributes: dict) -> None:
    # One line of text has no room for inscriptis' '* ' bullets; the items stay apart all the same.
    state.tags[-1].list_bullet = ""
    state.tags[-1].write("")


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML fragment or page as one line, whitespace collapsed."""
    if not html or not html.strip():
        return ""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())  # plain text already; no parser needed
    from inscriptis import get_text

    return " ".join(get_text(html, _config()).split())


def html_to_lines(html: str) -> str:
    """Return the readable text of an HTML fragment with its line breaks and paragraphs kept: a blank line
    between paragraphs, a line per <br>, spacing within each line collapsed (for comments, which are
    plain text in paragraphs)."""
    if not html or not html.strip():
        return ""
    from inscriptis import get_text

    lines = [" ".join(line.split()) for line in get_text(html, _config()).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
