"""An article's body (krant.news.blocks.ArticleBodyBlock) as a list of typed blocks for apps.

Each block is {"type": ..., "id": ..., ...}; the OpenAPI schema describes every type
(krant.api.serializers.BLOCK_SERIALIZERS). Rich text leaves as sanitized HTML: internal page links become
the page's public address and only the elements the editor offers survive. Embeds leave as provider and
address (an app decides how to show them and asks for consent); nothing internal (page ids, image ids
without renditions, oEmbed HTML) leaves.
"""

from dataclasses import asdict

from django.http import HttpRequest
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.rewriters import LinkRewriter
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url

from krant.api import images
from krant.api.links import absolute
from krant.core import consent
from krant.core.pagecache import add_keys
from krant.news.models import ArticleArchivePage, ArticlePage, ArticleYearPage, published_articles

SEPARATOR = "\x00"  # between the rich texts of one article while links are expanded; no text holds NUL


def sanitized_href(href: str) -> str | None:
    """Return a link target an app can follow: absolute, and only with a harmless scheme."""
    if href.startswith("/") and not href.startswith("//"):
        href = absolute(href)
    return check_url(href)


class RichTextCleaner(Whitelister):
    """Keep what the paragraph editor offers (krant.news.blocks.PARAGRAPH_FEATURES), unwrap the rest."""

    element_rules = {
        "[document]": allow_without_attributes,
        "p": allow_without_attributes,
        "br": allow_without_attributes,
        "b": allow_without_attributes,
        "strong": allow_without_attributes,
        "i": allow_without_attributes,
        "em": allow_without_attributes,
        "ul": allow_without_attributes,
        "ol": allow_without_attributes,
        "li": allow_without_attributes,
        "a": attribute_rule({"href": sanitized_href}),
    }


cleaner = RichTextCleaner()


def page_link_rewriter(request: HttpRequest | None) -> LinkRewriter:
    """Return a rewriter that turns <a linktype="page" id="..."> into links to the pages' public addresses.

    Wagtail's own handler loads pages as their specific types and an article's section one by one, and
    links drafts too; this one reads all linked pages in two queries and links only live, public pages.
    """

    def expand(attrs_list: list[dict]) -> list[str]:
        ids = [int(attrs["id"]) if str(attrs.get("id", "")).isdigit() else None for attrs in attrs_list]
        wanted = {pk for pk in ids if pk is not None and pk < 2**63}
        pages = published_articles().in_bulk(wanted)
        rest = wanted - pages.keys()
        if rest:
            others = (
                Page.objects.live()
                .public()
                .filter(pk__in=rest)
                .not_type(ArticlePage, ArticleArchivePage, ArticleYearPage)
            )
            pages.update({page.pk: page for page in others})
        tags = []
        for pk in ids:
            url = pages[pk].get_url(request) if pk in pages else None
            tags.append(f'<a href="{escape(absolute(url))}">' if url else "<a>")
        return tags

    return LinkRewriter(bulk_rules={"page": expand})


def rich_texts(sources: list[str], request: HttpRequest | None) -> list[str]:
    """Return each rich text source as sanitized HTML; all page links resolved together."""
    if not sources:
        return []
    expanded = page_link_rewriter(request)(
        SEPARATOR.join(source.replace(SEPARATOR, "") for source in sources)
    )
    return [cleaner.clean(html).strip() for html in expanded.split(SEPARATOR)]


def body_images(body) -> list:
    """Return the images of the image blocks in `body` (for one rendition query with the rest)."""
    return [block.value["image"] for block in body if block.block_type == "image"]


def serialize_body(body, request: HttpRequest | None) -> list[dict]:
    """Return the blocks of `body` (a StreamValue) as dicts, skipping blocks that show nothing.

    An image block whose image was deleted, or an embed without an address, shows nothing on the site
    either.
    """
    html = iter(
        rich_texts(
            [
                block.value.source if block.block_type == "paragraph" else block.value["text"].source
                for block in body
                if block.block_type in ("paragraph", "info_box")
            ],
            request,
        )
    )
    blocks = []
    for block in body:
        value = block.value
        data = {"type": block.block_type, "id": str(block.id)}
        if block.block_type == "paragraph":
            data["html"] = next(html)
        elif block.block_type == "intertitle":
            data["text"] = value
        elif block.block_type == "quote":
            data["text"] = value["text"]
            data["attribution"] = value["attribution"] or None
        elif block.block_type == "image":
            picture = images.picture(value["image"], value["caption"], value["credit"])
            if picture is None:
                continue
            data["image"] = asdict(picture)
        elif block.block_type == "embed":
            if not value["embed"]:
                continue
            data["provider"] = consent.provider_name(value["embed"].url)
            data["url"] = value["embed"].url
            data["caption"] = value["caption"] or None
        elif block.block_type == "info_box":
            data["title"] = value["title"]
            data["html"] = next(html)
        elif block.block_type == "video":
            video = value["video"]
            if video is not None and request is not None:
                add_keys(request, f"video:{video.pk}")
            if video is None or not (video.live and video.is_ready):
                continue  # not processed or not published: the site leaves it out too
            from krant.api.serializers import VideoSerializer

            data["video"] = VideoSerializer(video, context={"request": request}).data
            data["caption"] = value["caption"] or None
        else:  # a block type added to ArticleBodyBlock must get a shape here and in the schema
            raise ValueError(f"No API shape for body block type {block.block_type!r}")
        blocks.append(data)
    return blocks
