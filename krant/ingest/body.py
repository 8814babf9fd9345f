"""An imported article's body: the parts read from a page or a WordPress post, and the blocks they become.

Both importers reduce what they read to the same few parts (paragraph, intertitle, quote, picture, embed);
`stream_data` turns those into `ArticlePage.body` blocks (see `krant.news.blocks`), and `static_rich_text`
into the rich text of a static page. Paragraph HTML is cleaned with Wagtail's own rich-text whitelister,
so an import can hold nothing the editor itself could not have written.
"""

import functools
import hashlib
import re
import uuid
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag

from krant.core.text import html_to_text
from krant.news.blocks import PARAGRAPH_FEATURES

# Elements whose content is never text for readers: dropped with everything inside.
DROPPED_ELEMENTS = [
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "form", "input",
    "button", "select", "textarea", "svg", "canvas", "video", "audio", "source", "track", "map", "link",
    "meta", "img", "picture", "figure", "head", "title",
]  # fmt: skip
BLOCK_ELEMENTS = {"p", "ul", "ol"}
INLINE_RENAMES = {"strong": "b", "em": "i"}
LINK_SCHEMES = {"http", "https", "mailto"}
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Paragraph:
    """Rich text, already cleaned: one or more <p>, <ul> or <ol> elements."""

    html: str


@dataclass(frozen=True)
class Intertitle:
    text: str


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str = ""


@dataclass(frozen=True)
class Picture:
    """An image still at its address; it becomes an image block once fetched and stored."""

    url: str
    caption: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Embed:
    """A post or video from a service readers know (YouTube, X ...), loaded only with their consent."""

    url: str
    caption: str = ""


Part = Paragraph | Intertitle | Quote | Picture | Embed


@functools.cache
def _whitelister():
    # Built on first use: the rich-text feature registry is complete only once every app has loaded.
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    return EditorHTMLConverter(features=PARAGRAPH_FEATURES)


def human_size(size: float) -> str:
    """Return a byte count as people read it: '800 KB', '2.5 MB'."""
    if size < 1024 * 1024:
        return f"{max(size / 1024, 1):.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".0 MB", " MB")


def parse_fragment(markup: str) -> BeautifulSoup:
    """Return `markup` parsed; text that looks like an address is text here, not a file to warn about."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "html.parser")


def clean_rich_text(html: str, base_url: str = "") -> str:
    """Return `html` as paragraph rich text in Wagtail's stored form, or "" when it holds no text.

    Scripts, frames, forms and media go with their content; headings and other blocks become
    paragraphs; bold and italic are kept; links keep only an http(s) or mailto address, made absolute
    against `base_url` when one is given (else a relative link is kept as it is).
    """
    soup = parse_fragment(html)
    for node in soup.find_all(string=lambda text: isinstance(text, Comment)):
        node.extract()
    for tag in soup.find_all(DROPPED_ELEMENTS):
        tag.decompose()
    for tag in soup.find_all(True):
        tag.name = INLINE_RENAMES.get(tag.name, tag.name)
        if tag.name == "a":
            href = _link(tag.get("href", ""), base_url)
            if href:
                tag.attrs = {"href": href}
            else:
                tag.unwrap()
    blocks = _paragraphs(soup)
    cleaned = _whitelister().to_database_format("".join(str(block) for block in blocks))
    result = parse_fragment(cleaned)
    for text in result.find_all(string=True):
        if text.parent is not None and text.parent.name in {"ul", "ol"} and not text.strip():
            text.extract()  # the line breaks between list items
        else:
            text.replace_with(WHITESPACE.sub(" ", str(text)))
    for block in list(result.children):
        if isinstance(block, Tag) and not block.get_text(strip=True):
            block.decompose()
        elif isinstance(block, NavigableString) and not str(block).strip():
            block.extract()
    for block in result.find_all("p"):
        _trim(block)
    return str(result).strip() if result.get_text(strip=True) else ""


def paragraph(html: str, base_url: str = "") -> Paragraph | None:
    """Return a cleaned paragraph part, or None when `html` holds no text."""
    cleaned = clean_rich_text(html, base_url)
    return Paragraph(cleaned) if cleaned else None


def squeeze(text: str) -> str:
    return WHITESPACE.sub(" ", text or "").strip()


def part_text(part: Part) -> str:
    """Return what a reader reads of `part` (pictures and embeds by their address)."""
    if isinstance(part, Paragraph):
        return html_to_text(part.html)
    if isinstance(part, Intertitle):
        return part.text
    if isinstance(part, Quote):
        return f"{part.text} {part.attribution}".strip()
    return f"{part.url} {part.caption}".strip()


def content_hash(*texts: str, parts: Iterable[Part] = ()) -> str:
    """Return a fingerprint of an article's words, the same however its markup was spelled."""
    digest = hashlib.sha256()
    for text in [*texts, *(f"{type(part).__name__}:{part_text(part)}" for part in parts)]:
        digest.update(squeeze(text).encode())
        digest.update(b"\x1f")
    return digest.hexdigest()


def stream_data(parts: Iterable[Part], images: Mapping[str, object]) -> list[dict]:
    """Return `parts` as ArticlePage.body data; a picture missing from `images` (url -> image) is left out."""
    blocks = []
    for part in parts:
        if isinstance(part, Paragraph):
            blocks.append(_block("paragraph", part.html))
        elif isinstance(part, Intertitle):
            blocks.append(_block("intertitle", part.text))
        elif isinstance(part, Quote):
            blocks.append(_block("quote", {"text": part.text, "attribution": part.attribution}))
        elif isinstance(part, Picture) and part.url in images:
            image = images[part.url]
            blocks.append(_block("image", {"image": image.pk, "caption": part.caption, "credit": ""}))
        elif isinstance(part, Embed):
            blocks.append(_block("embed", {"embed": part.url, "caption": part.caption}))
    return blocks


def static_rich_text(parts: Iterable[Part], images: Mapping[str, object]) -> str:
    """Return `parts` as the rich text of a static page (headings, images and embeds inline)."""
    html = []
    for part in parts:
        if isinstance(part, Paragraph):
            html.append(part.html)
        elif isinstance(part, Intertitle):
            html.append(f"<h2>{escape(part.text)}</h2>")
        elif isinstance(part, Quote):
            source = f" <i>{escape(part.attribution)}</i>" if part.attribution else ""
            html.append(f"<p>“{escape(part.text)}”{source}</p>")
        elif isinstance(part, Picture) and part.url in images:
            image = images[part.url]
            alt = escape(part.alt or part.caption or image.title)
            html.append(f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{alt}"/>')
            if part.caption:
                html.append(f"<p><i>{escape(part.caption)}</i></p>")
        elif isinstance(part, Embed):
            html.append(f'<embed embedtype="media" url="{escape(part.url)}"/>')
    return "".join(html)


def _block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _link(href: str, base_url: str) -> str:
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return ""
    if base_url:
        href = urljoin(base_url, href)
    scheme = urlsplit(href).scheme.lower()
    if scheme and scheme not in LINK_SCHEMES:
        return ""
    return href


def _paragraphs(soup: BeautifulSoup) -> list[Tag]:
    """Return the top level of `soup` as <p>, <ul> and <ol> elements: loose text goes into paragraphs."""
    blocks, inline = [], []

    def flush():
        if any(str(node).strip() for node in inline):
            wrapper = soup.new_tag("p")
            for node in inline:
                wrapper.append(node)
            blocks.append(wrapper)
        inline.clear()

    for node in list(soup.contents):
        node = node.extract()
        if isinstance(node, Tag) and node.name in BLOCK_ELEMENTS:
            flush()
            blocks.append(node)
        elif isinstance(node, Tag) and node.name in {"div", "section", "article", "blockquote", "li"} | {
            f"h{level}" for level in range(1, 7)
        }:
            flush()
            inner = BeautifulSoup("", "html.parser")
            for child in list(node.contents):
                inner.append(child.extract())
            blocks.extend(_paragraphs(inner))
        else:
            inline.append(node)
    flush()
    return blocks


def _trim(block: Tag) -> None:
    """Strip spaces and line breaks at the start and end of a paragraph."""
    for edge in (0, -1):
        while block.contents:
            node = block.contents[edge]
            if isinstance(node, NavigableString):
                stripped = str(node).lstrip() if edge == 0 else str(node).rstrip()
                if stripped:
                    node.replace_with(stripped)
                    break
                node.extract()
            elif isinstance(node, Tag) and node.name == "br":
                node.extract()
            else:
                break
