"""Read a saved news page into an `ExtractedArticle`: headline, byline, date, intro and body parts.

Two forms are understood:

- **HTML** as a browser saves it. trafilatura finds the main text (and leaves out menus, footers, comment
  sections and the like); the page's own metadata (JSON-LD, Open Graph, the canonical link, <time>)
  gives the headline, byline, time and address where it has them.
- **Text**: the plain-text rendering of a page, as a screen reader or `lynx -dump` gives it. Menus are
  bulleted lists (•); the article is the longest stretch between them: an optional label, the headline,
  'Door ...' and a Dutch dateline, the intro, the body (one paragraph a line; a short line without a
  closing full stop, set apart by blank lines, is an intertitle; a line that is a quotation in full is a
  quote), then the readers' comments block, where the article ends.

Nothing here writes to the database; `krant.ingest.services.import_page` does.
"""

import codecs
import copy
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import htmldate

from krant.core.text import html_to_text
from krant.ingest import body
from krant.ingest.body import Intertitle, Paragraph, Part, Quote
from krant.ingest.dates import AMSTERDAM, PageDate, parse_dutch, parse_iso
from krant.news.models import Label

MAX_BYTES = 32 * 1024 * 1024
MIN_TEXT = 100  # characters of intro and body; below this a page is not an article
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
ARTICLE_TYPES = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
    "Report",
}  # fmt: skip
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|xtor|at_medium|at_campaign)$")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
BYTE_ORDER_MARKS = [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")
]  # fmt: skip
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
# Inline elements: the space between two of them ('<b>vet</b> <a>data</a>') is part of the sentence.
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
    "s", "small", "span", "strong", "sub", "sup", "time", "u", "var",
}  # fmt: skip
# Printable stand-ins for such a space while trafilatura reads the page (it drops whitespace-only text
# between elements, and with it unprintable characters): the first the page does not use itself.
SPACE_MARKERS = ("\u2423", "\u2e2e", "\u2e3c", "\u2e4e")

BULLET = re.compile(r"^\s*[•·▪●◦‣]\s*")
LOGO = re.compile(r"^\s*Logo\s+(?P<name>\S.{0,60})$")
BYLINE = re.compile(
    r"^(?:door|tekst(?:\s+en\s+(?:foto|beeld))?\s*:|van onze)\s+(?P<names>\S.*)$", re.IGNORECASE
)
GENERIC_BYLINE = re.compile(
    r"^(?:(?:de|onze)\s+)?(?:\w+)?redactie(?:\s+\w+)?$|^(?:onze|een)\s+(?:verslaggever|correspondent)",
    re.IGNORECASE,
)
NAME_SEPARATOR = re.compile(r"\s*(?:,|\s&\s|\sen\s)\s*")
# Where readers' comments begin, as a line of its own: 'Reacties (12)', 'NUjij-reacties', 'Log in en lees
# reacties'. Short and without a closing full stop, so a sentence that starts with 'Reacties' is not one.
COMMUNITY = re.compile(
    r"^(?:\S+[- ])?reacties\b|^\d[\d.,]*k?\s+reacties?\b|^reacties?\s+op\b|^log\s?in\s+(?:en|om)\b"
    r"|^(?:reageer|praat mee|lees alle reacties|plaats een reactie|schrijf een reactie)\b",
    re.IGNORECASE,
)
# Lines and paragraphs inside an article that are no part of it: teasers, share buttons, ad labels.
BOILERPLATE = re.compile(
    r"^(?:advertentie|\(advertentie\)|lees ook|lees meer|bekijk ook|bekijk de video|kijk ook|meer over"
    r"|deel dit (?:artikel|bericht)|delen\b|volg ons|download (?:de|onze)\b|tags?:|foto:|beeld:|video:"
    r"|©|copyright\b|nieuwsbrief\b|ontvang (?:elke|het)\b)",
    re.IGNORECASE,
)
SENTENCE_END = tuple(".!…,;:\"”’'»)")
QUOTES = {'"': '"', "“": "”", "„": "”", "‘": "’", "'": "'", "«": "»", "‚": "’"}
DASH = re.compile(r"^[—–-]\s*(?P<who>\S.{0,80})$")
INTERTITLE_MAX = 100


class UnreadablePage(Exception):
    """A file that is not a saved article; the message says why, for the person importing it."""


@dataclass
class ExtractedArticle:
    headline: str
    intro: str
    parts: list[Part]
    byline: list[str] = field(default_factory=list)  # the names as printed, without 'Door'
    byline_text: str = ""  # the byline as the page printed it
    published: PageDate | None = None
    label: str = ""  # a krant.news.models.Label value
    site_name: str = ""
    url: str = ""  # the page's own address, normalised; "" when the page does not say
    form: str = "html"

    @property
    def content_hash(self) -> str:
        return body.content_hash(self.headline, self.intro, parts=self.parts)


def read_page(path: Path) -> ExtractedArticle:
    """Return the article in the saved page at `path`, or raise UnreadablePage saying what is wrong."""
    data = read_bytes(path)
    html = looks_like_html(path, data)
    text = decode(data, html=html)
    saved_at = datetime.fromtimestamp(path.stat().st_mtime, tz=AMSTERDAM)
    return parse_html(text, now=saved_at) if html else parse_text(text, now=saved_at)


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    try:
        if path.is_dir():
            raise UnreadablePage("is a directory, not a file")
        size = path.stat().st_size
        if size == 0:
            raise UnreadablePage("empty file")
        if size > limit:
            raise UnreadablePage(
                f"too large ({body.human_size(size)}; the limit is {body.human_size(limit)})"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadablePage("no such file") from None
    except PermissionError:
        raise UnreadablePage("cannot read: permission denied") from None
    except OSError as error:
        raise UnreadablePage(f"cannot read: {error.strerror or error}") from None


def looks_like_html(path: Path, data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return True
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    return path.suffix.lower() != ".txt" and any(tag in head for tag in (b"<body", b"<head", b"<article"))


def decode(data: bytes, *, html: bool) -> str:
    """Return `data` as text: UTF-8 (or UTF-16 with a byte order mark), or the charset a page declares."""
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding, declared=True)
    if b"\x00" in data[:8192]:
        raise UnreadablePage("binary file, not a saved page")
    declared = CHARSET.search(data[:4096]) if html else None
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UnreadablePage(f"unknown character set '{encoding}' declared in the page") from None
    text = _decode(data, encoding, declared=bool(declared))
    if len(CONTROL.findall(text[:8192])) > len(text[:8192]) / 100:
        raise UnreadablePage("binary file, not a saved page")
    return CONTROL.sub("", text.replace("\x00", ""))  # stray control characters (PostgreSQL refuses NUL)


def _decode(data: bytes, encoding: str, *, declared: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        hint = "" if declared else "; save the page as UTF-8 or declare its charset"
        raise UnreadablePage(
            f"cannot read as {encoding}: byte 0x{data[error.start]:02x} at position {error.start}{hint}"
        ) from None


def normalise_url(url: str) -> str:
    """Return `url` without its fragment and tracking parameters, or "" when it is not an http(s) address."""
    parts = urlsplit((url or "").strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return ""
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def split_byline(text: str) -> list[str]:
    """Return the names in a byline ('Door Jan de Boer en Fatima El Amrani'); [] for the desk's own line."""
    text = body.squeeze(text)
    match = BYLINE.match(text)
    names = match.group("names") if match else text
    names = re.split(r"\s+[|/]\s+|\s+-\s+", names)[0]  # 'Door X | Foto: Y', 'Door X - ANP'
    found = [name.strip(" .") for name in NAME_SEPARATOR.split(names) if name.strip(" .")]
    # 'Door Jan de Boer, 12 jan 2025': a date on the byline's line is no name
    return [name for name in found if not GENERIC_BYLINE.match(name) and not re.search(r"\d", name)]


def label_value(text: str) -> str:
    """Return the Label for a label as a page prints it ('Analyse', 'LIVEBLOG'), or ""."""
    wanted = body.squeeze(text).casefold()
    for value, name in Label.choices:
        if value and wanted in {value.casefold(), str(name).casefold()}:
            return value
    return ""


def is_byline(line: str) -> bool:
    line = body.squeeze(line)
    return bool(BYLINE.match(line)) and len(line) <= 150 and not line.endswith(".")


def is_community(line: str) -> bool:
    line = body.squeeze(line)
    return bool(COMMUNITY.match(line)) and len(line) <= 80 and not line.endswith((".", "!", "?"))


def is_boilerplate(text: str) -> bool:
    text = body.squeeze(text)
    return len(text) <= 200 and bool(BOILERPLATE.match(text))


def check_article(article: ExtractedArticle) -> ExtractedArticle:
    words = len(article.intro) + sum(len(body.part_text(part)) for part in article.parts)
    if not article.headline:
        raise UnreadablePage("not an article: no headline found")
    if words < MIN_TEXT:
        raise UnreadablePage(f"not an article: only {words} characters of text under the headline")
    return article


# --- the text form ---


def parse_text(text: str, *, now: datetime) -> ExtractedArticle:
    """Return the article in the plain-text rendering of a news page."""
    lines = [line.replace("\xa0", " ").rstrip() for line in text.splitlines()]
    segments, current = [], []
    for number, line in enumerate(lines):
        if BULLET.match(line):
            if current:
                segments.append(current)
            current = []
        else:
            current.append(number)
    if current:
        segments.append(current)
    if not segments:
        raise UnreadablePage("not an article: nothing but menus")
    article = max(segments, key=lambda numbers: sum(len(lines[n].strip()) for n in numbers))
    site_name = next(
        (match.group("name").strip() for n in range(article[0]) if (match := LOGO.match(lines[n]))), ""
    )
    filled = [n for n in article if lines[n].strip()]
    meta = next(
        (
            k
            for k, n in enumerate(filled[:10])
            if is_byline(lines[n]) or parse_dutch(lines[n], now=now, whole=True)
        ),
        None,
    )
    if not meta:
        raise UnreadablePage("not an article: no headline with a byline or date under it")
    headline = body.squeeze(lines[filled[meta - 1]])
    label = next((value for n in filled[: meta - 1] if (value := label_value(lines[n]))), "")
    byline, byline_text, published, k = [], "", None, meta
    while k < len(filled):
        line = lines[filled[k]]
        if is_byline(line) and not byline_text:
            byline, byline_text = split_byline(line), body.squeeze(line)
            published = published or parse_dutch(line, now=now)
        elif (found := parse_dutch(line, now=now, whole=True)) is not None:
            published = published or found
        else:
            break
        k += 1
    parts = _text_body(lines, filled[k] if k < len(filled) else len(lines), article[-1] + 1)
    intro, parts = _take_intro(parts)
    return check_article(
        ExtractedArticle(
            headline=headline,
            intro=intro,
            parts=parts,
            byline=byline,
            byline_text=byline_text,
            published=published,
            label=label,
            site_name=site_name,
            form="text",
        )
    )


def _text_body(lines: list[str], start: int, end: int) -> list[Part]:
    """Return the parts of the body lines[start:end], up to the readers' comments."""
    entries, blanks = [], 0  # (line, blank lines before it)
    for line in lines[start:end]:
        if not line.strip():
            blanks += 1
            continue
        if is_community(line):
            break
        if not is_boilerplate(line):
            entries.append((body.squeeze(line), blanks))
        blanks = 0
    parts, i = [], 0
    while i < len(entries):
        line, before = entries[i]
        following = entries[i + 1] if i + 1 < len(entries) else None
        if _is_quotation(line):
            who = DASH.match(following[0]) if following and following[1] == 0 else None
            parts.append(Quote(line[1:-1].strip(), who.group("who") if who else ""))
            i += 2 if who else 1
            continue
        if following and _is_intertitle(line, before, following[1]):
            parts.append(Intertitle(line))
        else:
            parts.append(Paragraph(body.clean_rich_text(f"<p>{_escape(line)}</p>")))
        i += 1
    return parts


def _is_quotation(line: str) -> bool:
    closing = QUOTES.get(line[:1])
    return bool(closing) and len(line) > 2 and line.endswith(closing) and line.count(line[0]) <= 2


def _is_intertitle(line: str, blanks_before: int, blanks_after: int) -> bool:
    # A question may head a passage too, but only where the layout sets it apart twice over.
    if len(line) > INTERTITLE_MAX or line.endswith(SENTENCE_END) or blanks_before == 0:
        return False
    if line.endswith("?"):
        return blanks_before >= 2 and blanks_after >= 1
    return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _take_intro(parts: list[Part]) -> tuple[str, list[Part]]:
    """Return the first paragraph's text as the intro, and the parts after it."""
    for index, part in enumerate(parts[:3]):
        if isinstance(part, Paragraph):
            return html_to_text(part.html), parts[:index] + parts[index + 1 :]
    return "", parts


# --- the HTML form ---


def parse_html(html: str, *, now: datetime) -> ExtractedArticle:
    """Return the article in a saved HTML page."""
    import lxml.html
    from lxml import etree

    html = XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise UnreadablePage("not an article: the page has no HTML content") from None
    meta = _metadata(tree, now)
    if meta["page_type"] not in {"", "article"} and not meta["typed_article"]:
        raise UnreadablePage(f"not an article: the page calls itself a '{meta['page_type']}' page (og:type)")
    items = _main_text(html)
    headline, items = _headline(items, meta)
    label = meta["label"]
    byline, byline_text, published = meta["byline"], meta["byline_text"], meta["published"]
    # Lines under the headline that trafilatura kept: label, byline, dateline. They are meta, not body.
    while items and items[0][0] == "p":
        text = html_to_text(items[0][1])
        if is_byline(text):
            if not byline_text:
                byline, byline_text = split_byline(text), body.squeeze(text)
        elif (found := parse_dutch(text, now=now, whole=True)) is not None:
            published = _better(published, found)
        elif not label and (value := label_value(text)):
            label = value
        else:
            break
        items = items[1:]
    if not (meta["typed_article"] or meta["page_type"] or byline_text or published):
        raise UnreadablePage("not an article: no byline, date or article metadata")
    parts = _html_parts(items, base_url=meta["url"])
    intro, parts = _html_intro(parts, meta["description"])
    return check_article(
        ExtractedArticle(
            headline=headline,
            intro=intro,
            parts=parts,
            byline=byline,
            byline_text=byline_text,
            published=published,
            label=label,
            site_name=meta["site_name"],
            url=meta["url"][:2000],
            form="html",
        )
    )


def _main_text(html: str) -> list[tuple]:
    """Return trafilatura's main text as items.

    An item is ("h", level, text), ("p", html), ("quote", lines) or ("list", html).
    """
    import lxml.html
    from lxml import etree

    try:
        import trafilatura
    except ImportError as error:  # an incomplete install; text pages still work
        reason = " ".join(str(error).split())
        raise UnreadablePage(f"cannot read HTML: trafilatura could not be loaded ({reason})") from None

    tree = lxml.html.document_fromstring(html)
    marker = _mark_inline_spaces(tree, html)
    xml = trafilatura.extract(
        tree,
        output_format="xml",
        include_formatting=True,
        include_links=True,
        include_images=False,
        include_tables=True,
        include_comments=False,
        deduplicate=False,
    )
    if not xml:
        raise UnreadablePage("not an article: no main text found")
    if marker:
        xml = xml.replace(marker, " ")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    main = etree.fromstring(xml.encode(), parser=parser).find("main")
    items: list[tuple] = []
    _walk(main if main is not None else [], items)
    return items


def _mark_inline_spaces(tree, html: str) -> str:
    """Put a marker where only whitespace separates an inline element from what follows; return it.

    trafilatura drops such whitespace ('<b>vet</b> <a href="#">data</a> spatie' would read
    'vetdata spatie'; its issue #661); the caller turns the marker back into a space.
    """
    marker = next((candidate for candidate in SPACE_MARKERS if candidate not in html), "")
    if not marker:
        return ""
    for element in tree.iter(*INLINE_TAGS):
        if element.tail and not element.tail.strip():
            element.tail = marker
    return marker


def _walk(element, items: list[tuple]) -> None:
    for child in element:
        tag = child.tag
        if tag == "head":
            rend = child.get("rend") or "h2"
            level = int(rend[1:]) if rend[:1] == "h" and rend[1:].isdigit() else 2
            items.append(("h", level, body.squeeze("".join(child.itertext()))))
        elif tag == "p":
            items.append(("p", _inline(child)))
        elif tag == "quote":
            items.append(("quote", _lines(child)))
        elif tag == "list":
            name = "ol" if child.get("rend") == "ol" else "ul"
            entries = "".join(f"<li>{_inline(item)}</li>" for item in child.iter("item"))
            items.append(("list", f"<{name}>{entries}</{name}>"))
        elif tag == "table":
            rows = [
                " – ".join(body.squeeze("".join(cell.itertext())) for cell in row.iter("cell"))
                for row in child.iter("row")
            ]
            items.append(
                ("list", "<ul>" + "".join(f"<li>{_escape(row)}</li>" for row in rows if row) + "</ul>")
            )
        elif tag in {"div", "main", "section"}:
            _walk(child, items)
        elif tag not in {"graphic", "comments"}:
            text = body.squeeze("".join(child.itertext()))
            if text:
                items.append(("p", _escape(text)))


def _inline(element) -> str:
    """Return the inline content of a trafilatura element as HTML (bold, italic, links, line breaks)."""
    out = [_escape(element.text or "")]
    for child in element:
        inner = _inline(child)
        if child.tag == "hi":
            rend = child.get("rend") or ""
            if "#i" in rend:
                inner = f"<i>{inner}</i>"
            if "#b" in rend:
                inner = f"<b>{inner}</b>"
        elif child.tag == "ref" and child.get("target"):
            target = child.get("target").replace('"', "%22")
            inner = f'<a href="{_escape(target)}">{inner}</a>'
        elif child.tag == "lb":
            inner = "<br>"
        out.append(inner)
        out.append(_escape(child.tail or ""))
    return "".join(out)


def _lines(element) -> list[str]:
    """Return the lines of a quotation: its paragraphs and line breaks, and the text after them (a cite)."""
    lines, current = [], [element.text or ""]

    def push():
        text = body.squeeze("".join(current))
        if text:
            lines.append(text)
        current.clear()

    for child in element:
        if child.tag == "lb":
            push()
        elif child.tag == "p":
            push()
            current.append("".join(child.itertext()))
            push()
        else:
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    push()
    return lines


def _quote(lines: list[str]) -> Quote | None:
    if not lines:
        return None
    attribution = ""
    last = lines[-1]
    if len(lines) > 1 and (who := DASH.match(last)):
        attribution, lines = who.group("who"), lines[:-1]
    elif (
        len(lines) > 1
        and len(last) <= 60
        and not last.endswith(SENTENCE_END + ("?",))
        and not QUOTES.get(last[:1])
    ):
        attribution, lines = last, lines[:-1]  # a <cite> under the quotation
    text = "\n".join(lines)
    if len(text) > 2 and QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return Quote(text, attribution)


def _headline(items: list[tuple], meta: dict) -> tuple[str, list[tuple]]:
    """Return the headline and the items after it: a page's <h1>, else its metadata's headline."""
    for index, item in enumerate(items[:8]):
        if item[0] == "h" and item[1] == 1 and item[2]:
            for before in items[:index]:
                if before[0] == "p" and not meta["label"]:
                    meta["label"] = label_value(html_to_text(before[1]))
            return item[2], items[index + 1 :]
    headline = meta["headline"]
    return headline, [item for item in items if _item_text(item) != headline]


def _item_text(item: tuple) -> str:
    if item[0] == "h":
        return item[2]
    return html_to_text(item[1]) if item[0] in {"p", "list"} else " ".join(item[1])


def _html_parts(items: list[tuple], base_url: str) -> list[Part]:
    parts: list[Part] = []
    for item in items:
        kind, text = item[0], _item_text(item)
        if kind in {"p", "h"} and is_community(text):
            break  # what follows belongs to the readers, not to the article
        if kind in {"p", "h"} and is_boilerplate(text):
            continue
        if kind == "h":
            if text:
                parts.append(Intertitle(text))
        elif kind == "quote":
            quote = _quote(item[1])
            if quote:
                parts.append(quote)
        elif (part := body.paragraph(item[1], base_url)) is not None:
            parts.append(part)
    return parts


def _html_intro(parts: list[Part], description: str) -> tuple[str, list[Part]]:
    """Return the intro: the first paragraph, or the page's description when that is no paragraph of it."""
    first = next((part for part in parts[:2] if isinstance(part, Paragraph)), None)
    first_text = html_to_text(first.html) if first else ""
    described = body.squeeze(description)
    if first and (not described or _same_start(first_text, described)):
        return first_text, [part for part in parts if part is not first]
    if described:
        return described, parts
    return _take_intro(parts)


def _same_start(a: str, b: str) -> bool:
    length = min(len(a), len(b), 80)
    return a[:length].casefold() == b[:length].casefold()


def _better(current: PageDate | None, found: PageDate | None) -> PageDate | None:
    """Prefer a moment with a time of day over a bare date."""
    if current is None or (found is not None and found.has_time and not current.has_time):
        return found or current
    return current


def _metadata(tree, now: datetime) -> dict:
    """Return what the page says about itself: headline, byline, date, address, site name, description."""
    meta = {}
    for element in tree.iter("meta"):
        key = (
            (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        )
        if key and key not in meta and element.get("content"):
            meta[key] = element.get("content").strip()
    article = _jsonld_article(tree)
    title = body.squeeze(tree.findtext(".//title") or "")
    site_name = (
        meta.get("og:site_name") or _name(article.get("publisher")) or meta.get("application-name", "")
    )
    headline = body.squeeze(article.get("headline") or meta.get("og:title") or "")
    if not headline and title:
        headline = re.split(r"\s+[|–-]\s+", title)[0]
    if not site_name and title and headline and title.startswith(headline):
        site_name = re.sub(r"^\s*[|–-]\s*", "", title[len(headline) :]).strip()

    canonical = next(
        (
            link.get("href")
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        "",
    )
    page_of = article.get("mainEntityOfPage")
    page_of = (
        page_of.get("@id", "") if isinstance(page_of, dict) else page_of if isinstance(page_of, str) else ""
    )
    url = next(
        (
            normalised
            for candidate in (canonical, meta.get("og:url"), article.get("url"), page_of)
            if (normalised := normalise_url(candidate or ""))
        ),
        "",
    )

    published = _metadata_date(tree)
    if published is None or not published.has_time:
        for element in _outside_comments(_by_class(tree, ("date", "datum", "tijd", "time", "publicat"))):
            found = parse_dutch(element.text_content(), now=now, whole=True)
            published = _better(published, found)

    byline = _jsonld_authors(article)
    byline_text = ", ".join(byline or [])
    if byline is None:
        element = next(
            _outside_comments(
                element
                for element in tree.iter()
                if isinstance(element.tag, str)
                and (
                    element.get("rel") == "author"
                    or element.get("itemprop") == "author"
                    or any(
                        word in (element.get("class") or "").lower()
                        for word in ("byline", "auteur", "author")
                    )
                )
                and 0 < len(element.text_content().strip()) <= 150
            ),
            None,
        )
        byline_text = body.squeeze(element.text_content() if element is not None else meta.get("author", ""))
        byline = split_byline(byline_text) if byline_text else []

    return {
        "headline": headline,
        "site_name": body.squeeze(site_name)[:120],
        "url": url,
        "published": published,
        "byline": byline,
        "byline_text": byline_text,
        "label": "",
        "page_type": meta.get("og:type", "").lower(),
        "typed_article": bool(article),
        "description": article.get("description")
        or meta.get("og:description")
        or meta.get("description")
        or "",
    }


def _metadata_date(tree) -> PageDate | None:
    """Return when the page says it was first published, as htmldate finds it, or None.

    htmldate knows far more places than a list of meta names (JSON-LD, Open Graph, Dublin Core,
    itemprop, parsely and sailthru tags, <time>, the address) and prefers the original date over an
    update. It reads a copy: it strips the tree it is given. Midnight without an offset is how it
    reports a date without a time of day.
    """
    found = htmldate.find_date(
        copy.deepcopy(tree), original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S%z"
    )
    if not found:
        return None
    return parse_iso(found[:10] if found.endswith("T00:00:00") else found)


def _jsonld_article(tree) -> dict:
    """Return the page's JSON-LD article object, or {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # a broken block is the page's problem; the other sources may still say enough
        stack = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                types = node.get("@type")
                types = {types} if isinstance(types, str) else set(types or [])
                if types & ARTICLE_TYPES:
                    return node
                stack.extend(node.get("@graph", []))
    return {}


def _jsonld_authors(article: dict) -> list[str] | None:
    """Return the people an article's JSON-LD names as authors, or None when it names none."""
    authors = article.get("author")
    if not authors:
        return None
    authors = authors if isinstance(authors, list) else [authors]
    names = []
    for author in authors:
        if isinstance(author, str):
            names.extend(split_byline(author))
        elif isinstance(author, dict) and author.get("@type", "Person") == "Person" and _name(author):
            names.extend(split_byline(_name(author)))
    return names


def _name(node) -> str:
    if isinstance(node, dict):
        return body.squeeze(str(node.get("name") or ""))
    return body.squeeze(node) if isinstance(node, str) else ""


def _by_class(tree, words: tuple[str, ...]):
    for element in tree.iter():
        if isinstance(element.tag, str) and any(
            word in (element.get("class") or "").lower() for word in words
        ):
            yield element


def _outside_comments(elements):
    """Yield the elements that are not inside a readers' comments section."""
    for element in elements:
        ancestry = " ".join(
            f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}".lower()
            for ancestor in element.iterancestors()
        )
        if not any(word in ancestry for word in ("comment", "reactie", "reacties", "disqus")):
            yield element
