"""Read a WordPress export (WXR 1.0-1.2) and turn a post's content into body parts.

The file is read safely (krant.ingest.files: a size limit, no DTD). Nothing here writes to the database;
`krant.ingest.services.import_wordpress` does, and `krant.ingest.comments` the readers' comments.

Post content is HTML as WordPress stores it: paragraphs as blank lines (WordPress adds the <p> only when
it shows a post), shortcodes in square brackets, block-editor comments, and whatever editors pasted.
`convert_content` turns it into paragraphs, intertitles, quotes, pictures and embeds; scripts, forms and
frames from unknown services are dropped, and every dropped thing is named in the notes.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element

from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from krant.core.consent import PROVIDERS
from krant.core.text import html_to_text
from krant.ingest.body import (
    Embed,
    Intertitle,
    Part,
    Picture,
    Quote,
    paragraph,
    parse_fragment,
    squeeze,
)
from krant.ingest.comment_export import (
    Commenter,
    CommentExport,
    SourceComment,
    SourceThread,
    State,
    plain_text,
)
from krant.ingest.dates import AMSTERDAM
from krant.ingest.files import MAX_BYTES, RefusedExport, parse_xml
from krant.ingest.models import identity_key

WXR_VERSIONS = {"1.0", "1.1", "1.2"}
WP_NAMESPACE = "http://wordpress.org/export/"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
# WordPress's default category ('Uncategorized', in Dutch installs 'Geen categorie'): no section of its own.
DEFAULT_CATEGORIES = {"uncategorized", "geen-categorie", "ongecategoriseerd", "niet-gecategoriseerd"}

# WordPress's comment_type: '' (before 5.5) or 'comment' for readers; 'pingback', 'trackback' for sites.
READER_COMMENT_TYPES = {"", "comment"}
COMMENT_STATES = {
    "1": State.VISIBLE,
    "approve": State.VISIBLE,
    "0": State.PENDING,
    "hold": State.PENDING,
    "spam": State.SPAM,
    "trash": State.DELETED,
    "post-trashed": State.DELETED,
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
DROPPED = {
    "script", "style", "noscript", "template", "object", "embed", "applet", "form", "input", "button",
    "select", "textarea", "svg", "canvas", "link", "meta", "head", "title", "video", "audio", "map",
}  # fmt: skip
BLOCKS = HEADINGS | {
    "p", "div", "section", "article", "aside", "header", "footer", "main", "blockquote", "ul", "ol", "dl",
    "figure", "table", "pre", "hr", "img", "iframe", "center", "details", "address", "nav",
} | DROPPED  # fmt: skip
SHORTCODE = re.compile(r"\[(/?)([A-Za-z][\w-]*)((?:[\s=][^\[\]]*?)?)(/?)\]")
ESCAPED_SHORTCODE = re.compile(r"\[(\[[A-Za-z][\w-]*[^\[\]]*\])\]")
SHORTCODE_ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)"""
)
# Shortcodes of WordPress itself and common plugins that stand alone, without a closing tag.
KNOWN_SHORTCODES = {
    "gallery", "audio", "video", "playlist", "embed", "caption", "wp_caption", "youtube", "vimeo", "tweet",
    "instagram", "contact-form-7", "contact-form", "wpforms", "gravityform", "ninja_form", "ad", "adsense",
    "related", "related_posts", "poll", "fusion_builder_container", "vc_row", "vc_column", "et_pb_section",
}  # fmt: skip
URL_ONLY = re.compile(r"https?://\S+")
DASH = re.compile(r"^[—–-]\s*(?P<who>\S.{0,80})$")
QUOTE_MARKS = {'"': '"', "“": "”", "„": "”", "‘": "’", "'": "'", "«": "»"}


@dataclass
class Author:
    login: str
    display_name: str
    first_name: str = ""
    last_name: str = ""

    @property
    def name(self) -> str:
        full = squeeze(f"{self.first_name} {self.last_name}")
        return squeeze(self.display_name) or full or self.login


@dataclass
class Term:
    """A category or tag: its slug (WordPress's 'nicename'), name and, for categories, the parent's slug."""

    slug: str
    name: str
    parent: str = ""


@dataclass
class Item:
    post_id: int
    post_type: str
    status: str
    title: str
    link: str
    guid: str
    creator: str
    content: str
    excerpt: str
    slug: str
    date_gmt: datetime | None
    date_local: datetime | None
    parent_id: int
    attachment_url: str
    comments: list[SourceComment] = field(default_factory=list)
    pings: int = 0  # pingbacks and trackbacks: notices from other sites, not readers' comments
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def published_at(self) -> datetime | None:
        return self.date_gmt or self.date_local

    @property
    def identity(self) -> str:
        return self.guid or f"{self.link}#{self.post_id}"


@dataclass
class Export:
    title: str
    site_url: str
    version: str
    authors: dict[str, Author]
    categories: dict[str, Term]
    tags: dict[str, Term]
    items: list[Item]

    @property
    def attachments(self) -> dict[int, Item]:
        return {item.post_id: item for item in self.items if item.post_type == "attachment"}


def read_export(path: Path, max_bytes: int = MAX_BYTES) -> Export:
    """Return the export at `path`, or raise RefusedExport with a one-line reason."""
    return from_root(parse_xml(path, max_bytes, maker="WordPress"))


def from_root(root: Element) -> Export:
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise RefusedExport(
            f"not a WordPress export: <{_local(root.tag)}> is not an RSS document with a <channel>"
        )
    version_element = next(
        (
            child
            for child in channel
            if _local(child.tag) == "wxr_version" and child.tag.startswith("{" + WP_NAMESPACE)
        ),
        None,
    )
    if version_element is None:
        raise RefusedExport("not a WordPress export: no <wp:wxr_version> in the channel")
    version = (version_element.text or "").strip()
    if version not in WXR_VERSIONS:
        raise RefusedExport(f"unsupported WXR version '{version}' (known: {', '.join(sorted(WXR_VERSIONS))})")
    wp = version_element.tag[: -len("wxr_version")]
    excerpt = "{" + WP_NAMESPACE + version + "/excerpt/}encoded"

    authors = {}
    for element in channel.findall(wp + "author"):
        login = _text(element, wp + "author_login")
        authors[login] = Author(
            login=login,
            display_name=_clean(_text(element, wp + "author_display_name")),
            first_name=_clean(_text(element, wp + "author_first_name")),
            last_name=_clean(_text(element, wp + "author_last_name")),
        )
    categories = {}
    for element in channel.findall(wp + "category"):
        slug = _slug(_text(element, wp + "category_nicename"))
        categories[slug] = Term(
            slug,
            _clean(_text(element, wp + "cat_name")) or slug,
            _slug(_text(element, wp + "category_parent")),
        )
    tags = {}
    for element in channel.findall(wp + "tag"):
        slug = _slug(_text(element, wp + "tag_slug"))
        tags[slug] = Term(slug, _clean(_text(element, wp + "tag_name")) or slug)

    items = []
    for element in channel.findall("item"):
        item_categories, item_tags = [], []
        for term in element.findall("category"):
            slug, name = _slug(term.get("nicename") or ""), _clean(term.text or "")
            if term.get("domain") == "category" and slug:
                item_categories.append(categories.get(slug) or Term(slug, name or slug))
            elif term.get("domain") == "post_tag" and slug:
                item_tags.append(tags.get(slug) or Term(slug, name or slug))
        items.append(
            Item(
                post_id=_int(_text(element, wp + "post_id")),
                post_type=_text(element, wp + "post_type").strip() or "post",
                status=_text(element, wp + "status").strip(),
                title=_clean(_text(element, "title")),
                link=_text(element, "link").strip(),
                guid=_text(element, "guid").strip(),
                creator=_text(element, CREATOR).strip(),
                content=_text(element, CONTENT),
                excerpt=_text(element, excerpt),
                slug=_slug(_text(element, wp + "post_name")),
                date_gmt=_date(_text(element, wp + "post_date_gmt"), UTC),
                date_local=_date(_text(element, wp + "post_date"), AMSTERDAM),
                parent_id=_int(_text(element, wp + "post_parent")),
                attachment_url=_text(element, wp + "attachment_url").strip(),
                comments=[
                    _comment(comment, wp)
                    for comment in element.findall(wp + "comment")
                    if _text(comment, wp + "comment_type").strip() in READER_COMMENT_TYPES
                ],
                pings=sum(
                    _text(comment, wp + "comment_type").strip() not in READER_COMMENT_TYPES
                    for comment in element.findall(wp + "comment")
                ),
                categories=item_categories,
                tags=item_tags,
                meta={
                    _text(meta, wp + "meta_key"): _text(meta, wp + "meta_value")
                    for meta in element.findall(wp + "postmeta")
                },
            )
        )
    return Export(
        title=_clean(_text(channel, "title")),
        site_url=(
            _text(channel, wp + "base_blog_url")
            or _text(channel, "link")
            or _text(channel, wp + "base_site_url")
        ).strip(),
        version=version,
        authors=authors,
        categories=categories,
        tags=tags,
        items=items,
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _comment(element: Element, wp: str) -> SourceComment:
    """Return a readers' comment as WordPress stores it: text with some HTML, a state, a parent's id."""
    approved = _text(element, wp + "comment_approved").strip()
    created = _date(_text(element, wp + "comment_date_gmt"), UTC) or _date(
        _text(element, wp + "comment_date"), AMSTERDAM
    )
    if created is None:
        raise RefusedExport(f"comment {_text(element, wp + 'comment_id')}: no readable date")
    number = _text(element, wp + "comment_id").strip()
    if not number:
        raise RefusedExport("a comment without its <wp:comment_id>")
    parent = _int(_text(element, wp + "comment_parent"))
    return SourceComment(
        id=number,
        parent_id=str(parent) if parent else "",
        author=Commenter.of(
            _clean(_text(element, wp + "comment_author")), _text(element, wp + "comment_author_email")
        ),
        body=plain_text(_text(element, wp + "comment_content")),
        created_at=created,
        state=COMMENT_STATES.get(approved, State.PENDING),
    )


def comment_export(export: Export) -> CommentExport:
    """Return the readers' comments of the export's posts and pages, a thread for each, keyed on the
    page its item became."""
    threads = [
        SourceThread(
            id=str(item.post_id),
            title=item.title,
            urls=[item.link] if item.link else [],
            ids=[item.identity],
            comments=item.comments,
            record_key=identity_key("wp", export.site_url, item.identity),
        )
        for item in export.items
        if item.comments
    ]
    pings = sum(item.pings for item in export.items)
    return CommentExport(
        "wordpress", export.site_url, threads, Counter({"pingbacks and trackbacks": pings} if pings else {})
    )


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "") if found is not None else ""


def _clean(text: str) -> str:
    """Return a title or name as plain text: WordPress stores some with entities or tags."""
    return html_to_text(text)


def _slug(text: str) -> str:
    from urllib.parse import unquote

    return unquote((text or "").strip()).strip("/")


def _int(text: str) -> int:
    text = (text or "").strip()
    return int(text) if text.isdigit() else 0


def _date(text: str, zone) -> datetime | None:
    text = (text or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    except ValueError:
        return None


# --- content ---


def embed_url(url: str) -> str:
    """Return the address of a post or video on a service readers know, as that service shares it; else ""."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if parts.scheme not in {"http", "https"}:
        return ""
    if host in {"youtube.com", "youtube-nocookie.com"} and parts.path.startswith("/embed/"):
        return f"https://www.youtube.com/watch?v={parts.path.split('/')[2]}"
    if host == "player.vimeo.com" and parts.path.startswith("/video/"):
        return f"https://vimeo.com/{parts.path.split('/')[2]}"
    if any(host == known or host.endswith("." + known) for known in PROVIDERS):
        return url.strip()
    return ""


@dataclass
class Converted:
    parts: list[Part]
    notes: list[str]


def convert_content(
    content: str, attachments: dict[int, Item] | None = None, site_url: str = ""
) -> Converted:
    """Return a post's content as body parts, and notes on what could not be carried over."""
    return _Converter(attachments or {}, site_url).convert(content)


class _Converter:
    def __init__(self, attachments: dict[int, Item], site_url: str):
        self.attachments = attachments
        self.site_url = site_url
        self.parts: list[Part] = []
        self.inline: list[str] = []
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def convert(self, content: str) -> Converted:
        soup = parse_fragment(self.shortcodes(content or ""))
        self.container(soup)
        self.flush()
        return Converted(self.parts, self.notes)

    # -- shortcodes, before the HTML is parsed --

    def shortcodes(self, content: str) -> str:
        escaped: list[str] = []

        def protect(match):
            escaped.append(match.group(1))
            return f"\x00{len(escaped) - 1}\x00"

        content = ESCAPED_SHORTCODE.sub(protect, content)
        content = re.sub(r"\[caption([^\]]*)\](.*?)\[/caption\]", self.caption, content, flags=re.S | re.I)
        content = re.sub(
            r"\[embed([^\]]*)\](.*?)\[/embed\]",
            lambda m: self.embed_figure(m.group(2)),
            content,
            flags=re.S | re.I,
        )
        closing = {name.lower() for name in re.findall(r"\[/([A-Za-z][\w-]*)\]", content)}
        content = SHORTCODE.sub(lambda match: self.shortcode(match, closing), content)
        return re.sub("\x00(\\d+)\x00", lambda m: html.escape(escaped[int(m.group(1))], quote=False), content)

    def caption(self, match: re.Match) -> str:
        attributes, _ = _attributes(match.group(1))
        inner = match.group(2)
        soup = parse_fragment(inner)
        image = soup.find("img")
        if image is not None:
            (image.find_parent("a") or image).extract()
        text = html_to_text(str(soup)) or attributes.get("caption", "")
        figure = f"<figcaption>{html.escape(text)}</figcaption>" if text else ""
        return f"\n\n<figure>{image or ''}{figure}</figure>\n\n"

    def embed_figure(self, url: str, caption: str = "") -> str:
        url = html.unescape(squeeze(url))
        attributes = f'data-krant-embed="{html.escape(url)}" data-krant-caption="{html.escape(caption)}"'
        return f"\n\n<figure {attributes}></figure>\n\n"

    def shortcode(self, match: re.Match, closing: set[str]) -> str:
        is_closing, name, rest, self_closing = match.group(1), match.group(2), match.group(3), match.group(4)
        lowered = name.lower()
        attributes, positional = _attributes(rest)
        looks_like = (
            lowered in KNOWN_SHORTCODES
            or lowered in closing
            or bool(attributes)
            or bool(self_closing)
            or "_" in name
            or "-" in name
        )
        if not looks_like:
            return match.group(0)  # '[sic]', '[1]': brackets in the text, not a shortcode
        if is_closing:
            return ""
        target = attributes.get("url") or attributes.get("src") or (positional[0] if positional else "")
        target = target.lstrip("=")  # Jetpack's [youtube=https://...]
        if lowered in {"youtube", "vimeo", "instagram"} and target:
            if lowered == "vimeo" and target.isdigit():
                target = f"https://vimeo.com/{target}"
            return self.embed_figure(target)
        if lowered == "tweet" and target:
            return self.embed_figure(
                target if target.startswith("http") else f"https://twitter.com/i/status/{target}"
            )
        if lowered == "gallery":
            ids = attributes.get("ids") or attributes.get("include") or ""
            return f'\n\n<figure data-krant-gallery="{html.escape(ids)}"></figure>\n\n'
        self.note(f"dropped shortcode [{name}]")
        return ""

    # -- HTML --

    def container(self, node) -> None:
        for child in list(node.children):
            self.node(child)

    def node(self, node) -> None:
        if isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
            return
        if isinstance(node, NavigableString):
            self.inline.append(html.escape(str(node), quote=False))
            return
        if not isinstance(node, Tag):
            return
        name = node.name
        if name in DROPPED:
            self.note(f"removed <{name}>")
        elif name == "iframe":
            self.frame(node)
        elif name in HEADINGS:
            self.flush()
            text = html_to_text(str(node))
            if text:
                self.parts.append(Intertitle(text))
        elif name == "blockquote":
            self.flush()
            self.blockquote(node)
        elif name in {"ul", "ol"}:
            self.flush()
            if node.find(["img", "iframe"]):
                self.container(node)
            else:
                self.add_paragraph(str(node))
        elif name == "figure":
            self.flush()
            self.figure(node)
        elif name == "img":
            self.flush()
            self.image(node)
        elif name == "table":
            self.flush()
            self.table(node)
        elif name == "pre":
            self.flush()
            lines = [html.escape(line) for line in node.get_text().splitlines() if line.strip()]
            self.add_paragraph("<br>".join(lines))
        elif name == "hr":
            self.flush()
        elif name in BLOCKS or node.find(list(BLOCKS)):
            # A block, or an inline element holding one (<a><img></a>): its own paragraphs.
            self.flush()
            self.container(node)
            self.flush()
        else:
            self.inline.append(str(node))

    def flush(self) -> None:
        text, self.inline = "".join(self.inline), []
        # WordPress's own rule (wpautop): a blank line ends a paragraph, a single line break is a <br>.
        for chunk in re.split(r"\n\s*\n", text):
            chunk = chunk.strip()
            if chunk:
                self.add_paragraph(chunk.replace("\n", "<br>"))

    def add_paragraph(self, markup: str) -> None:
        text = html_to_text(markup)
        if URL_ONLY.fullmatch(text):
            found = embed_url(text)
            if found:  # an address on a line of its own: WordPress shows the post or video there
                self.parts.append(Embed(found))
                return
            markup = f'<a href="{html.escape(text)}">{html.escape(text)}</a>'
        part = paragraph(markup)  # relative links stay: the old addresses answer with redirects
        if part is not None:
            self.parts.append(part)

    def frame(self, node: Tag) -> None:
        found = embed_url(node.get("src") or "")
        if found:
            self.flush()
            self.parts.append(Embed(found))
        else:
            self.note(
                f"removed <iframe> from {urlsplit(node.get('src') or '').hostname or 'an unknown address'}"
            )

    def blockquote(self, node: Tag) -> None:
        classes = " ".join(node.get("class") or [])
        if "twitter-tweet" in classes or "instagram-media" in classes or "tiktok-embed" in classes:
            address = node.get("data-instgrm-permalink") or node.get("cite") or ""
            links = [a.get("href", "") for a in node.find_all("a")]
            address = address or next(
                (link for link in reversed(links) if "/status/" in link or "/p/" in link), ""
            )
            if embed_url(address):
                self.parts.append(Embed(embed_url(address)))
            else:
                self.note("removed an embedded post without an address")
            return
        cite = node.find(["cite", "footer"])
        attribution = html_to_text(str(cite)).lstrip("—–- ") if cite else ""
        if cite:
            cite.extract()
        paragraphs = node.find_all("p")
        blocks = paragraphs if paragraphs else [node]
        lines = []
        for block in blocks:
            for piece in re.split(r"<br\s*/?>|\n", block.decode_contents()):
                text = html_to_text(piece)
                if text:
                    lines.append(text)
        if not attribution and len(lines) > 1 and (who := DASH.match(lines[-1])):
            attribution, lines = who.group("who"), lines[:-1]
        text = "\n".join(lines)
        if len(text) > 2 and QUOTE_MARKS.get(text[0]) == text[-1]:
            text = text[1:-1].strip()
        if text:
            self.parts.append(Quote(text, attribution))

    def figure(self, node: Tag) -> None:
        caption_element = node.find("figcaption")
        caption = html_to_text(str(caption_element)) if caption_element else ""
        if node.has_attr("data-krant-embed"):
            self.embed(node["data-krant-embed"], node.get("data-krant-caption", ""))
            return
        if node.has_attr("data-krant-gallery"):
            for number in re.findall(r"\d+", node["data-krant-gallery"]):
                attachment = self.attachments.get(int(number))
                if attachment is None or not attachment.attachment_url:
                    self.note(f"gallery image {number} is not in the export")
                    continue
                self.parts.append(
                    Picture(
                        self.absolute(attachment.attachment_url),
                        html_to_text(attachment.excerpt),
                        attachment.meta.get("_wp_attachment_image_alt", ""),
                    )
                )
            return
        classes = " ".join(node.get("class") or [])
        if "wp-block-embed" in classes:
            wrapper = node.find(class_="wp-block-embed__wrapper") or node
            address = next(iter(URL_ONLY.findall(html_to_text(str(wrapper)))), "")
            self.embed(address, caption)
            return
        images = node.find_all("img")
        if len(images) == 1 and not node.find("figure"):
            self.image(images[0], caption)
            return
        if caption_element is not None:
            caption_element.extract()
        self.container(node)
        self.flush()

    def embed(self, address: str, caption: str = "") -> None:
        found = embed_url(address)
        if found:
            self.parts.append(Embed(found, caption))
        elif address:
            self.add_paragraph(f'<a href="{html.escape(address)}">{html.escape(address)}</a>')

    def image(self, node: Tag, caption: str = "") -> None:
        source = node.get("src") or node.get("data-src") or ""
        number = next(
            (int(n) for n in re.findall(r"wp-image-(\d+)", " ".join(node.get("class") or []))), None
        )
        attachment = self.attachments.get(number) if number else None
        if attachment is not None and attachment.attachment_url:
            source = attachment.attachment_url  # the original, not the resized copy the post shows
        if not source or source.startswith("data:"):
            self.note("removed an image without an address")
            return
        self.parts.append(Picture(self.absolute(source), caption, squeeze(node.get("alt") or "")))

    def table(self, node: Tag) -> None:
        rows = []
        for row in node.find_all("tr"):
            cells = [html_to_text(str(cell)) for cell in row.find_all(["td", "th"])]
            if any(cells):
                rows.append(" – ".join(cell for cell in cells if cell))
        if rows:
            self.add_paragraph("<ul>" + "".join(f"<li>{html.escape(row)}</li>" for row in rows) + "</ul>")
            self.note("a table became a list")

    def absolute(self, url: str) -> str:
        return absolute_url(url, self.site_url)


def absolute_url(url: str, site_url: str) -> str:
    """Return `url` made absolute against the old site (uploads are often linked as /wp-content/...)."""
    return urljoin(site_url + "/", url.strip()) if site_url else url.strip()


def _attributes(text: str) -> tuple[dict[str, str], list[str]]:
    """Return a shortcode's named and positional attributes, read as WordPress's shortcode_parse_atts does."""
    named, positional = {}, []
    for match in SHORTCODE_ATTRIBUTE.finditer(html.unescape(text or "")):
        if match.group(1):
            named[match.group(1).lower()] = match.group(2)
        elif match.group(3):
            named[match.group(3).lower()] = match.group(4)
        elif match.group(5):
            named[match.group(5).lower()] = match.group(6)
        else:
            value = next(group for group in match.groups()[6:] if group is not None)
            positional.append(value)
    return named, positional


def old_paths(item: Item) -> list[str]:
    """Return the addresses (path and query) a post answered at on the old site."""
    paths = []
    link = urlsplit(item.link)
    if link.path.strip("/") or link.query:
        paths.append(link.path + (f"?{link.query}" if link.query else ""))
    if item.post_id:
        paths.append(f"/?p={item.post_id}")
        if item.post_type == "page":
            paths.append(f"/?page_id={item.post_id}")
    seen = []
    for path in paths:
        if path not in seen:
            seen.append(path)
    return seen
