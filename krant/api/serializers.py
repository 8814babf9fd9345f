"""The shapes of API responses; drf-spectacular builds the OpenAPI schema from these same classes.

Conventions: every field is always present; a value that is not there is null, never an empty string or a
missing key. Times are ISO 8601 with the offset of Europe/Amsterdam, to the second. Every `url` is the
page readers see on the site, every `api_url` its address in this API, both absolute.
"""

from dataclasses import asdict

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from krant.api import images, links
from krant.api.errors import RULE_CODES
from krant.community import text as comment_text
from krant.community.models import HouseRule
from krant.liveblogs.models import open_liveblog_ids
from krant.news.models import Label

NULLABLE_URI = {"type": "string", "format": "uri", "nullable": True}


class DateTimeField(serializers.DateTimeField):
    """ISO 8601 in the site's time zone, to the second: 2026-03-01T09:30:00+01:00."""

    def to_representation(self, value):
        if value is None:
            return None
        return timezone.localtime(value).replace(microsecond=0).isoformat()


@extend_schema_field(NULLABLE_URI)
class PageUrlField(serializers.Field):
    """The page's public address on the site; null when no site serves it."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return links.page_url(page, self.context.get("request"))


@extend_schema_field(OpenApiTypes.URI)
class ApiUrlField(serializers.Field):
    """The address of an object in this API, by its id."""

    def __init__(self, endpoint: str, **kwargs):
        self.endpoint = endpoint
        kwargs.setdefault("source", "pk")
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, pk):
        return links.api_url(self.endpoint, pk)


@extend_schema_field(OpenApiTypes.URI)
class ArticlesUrlField(serializers.Field):
    """The address of this API's article list filtered on this object: /api/v1/articles/?section=3."""

    def __init__(self, parameter: str, **kwargs):
        self.parameter = parameter
        super().__init__(source="pk", read_only=True, **kwargs)

    def to_representation(self, pk):
        return links.api_url("article-list", query={self.parameter: pk})


class NullableCharField(serializers.CharField):
    """Text that may be absent: an empty value is null."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return str(value) if value else None


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status, repeated.")
    code = serializers.ChoiceField(
        choices=[
            "invalid_parameter",
            "not_found",
            "method_not_allowed",
            "not_acceptable",
            "gone",
            "throttled",
            "server_error",
            "not_authenticated",
            "forbidden",
            "conflict",
            "too_large",
            "unsupported_media_type",
            *RULE_CODES,
        ],
        help_text=(
            "What went wrong, as a stable word for programs: a generic one per status, or for the "
            "community's writes the rule that refused (too_long, closed, already_respected ...)."
        ),
    )
    message = serializers.CharField(help_text="What went wrong, as a sentence for people (Dutch).")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="With status 400, and 404 for a list: the messages per query parameter.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField(min_value=1)
    height = serializers.IntegerField(min_value=1)
    format = serializers.ChoiceField(choices=[images.FORMAT])


class ImageSerializer(serializers.Serializer):
    """An image: give `renditions` to a srcset; `thumbnail` is a 16:9 crop for lists."""

    id = serializers.IntegerField()
    alt = serializers.CharField(help_text="Alternative text for readers who cannot see the image.")
    caption = NullableCharField()
    credit = NullableCharField(help_text="Photographer or agency; print it beside the image.")
    width = serializers.IntegerField(help_text="Width of the original, in pixels.")
    height = serializers.IntegerField(help_text="Height of the original, in pixels.")
    renditions = RenditionSerializer(many=True, help_text="WebP at up to 400, 800 and 1200 pixels wide.")
    thumbnail = RenditionSerializer(help_text="WebP, 320 x 180 pixels, cropped around the focal point.")

    def to_representation(self, instance):
        return asdict(instance) if isinstance(instance, images.Picture) else instance


class LabelSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=[value for value in Label.values if value])
    name = serializers.CharField(help_text="As the site shows it.")


@extend_schema_field(LabelSerializer(allow_null=True))
class LabelField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, article):
        if not article.label:
            return None
        return {"code": article.label, "name": str(article.get_label_display())}


@extend_schema_field(ImageSerializer(allow_null=True))
class LeadImageField(serializers.Field):
    """An article's or dossier's lead image (with the article's caption), or an author's photo."""

    def __init__(self, image: str = "lead_image", caption: str | None = None, **kwargs):
        self.image, self.caption = image, caption
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        image = getattr(page, self.image)
        picture = images.picture(image, getattr(page, self.caption) if self.caption else "")
        return asdict(picture) if picture else None


class SectionSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = PageUrlField()
    api_url = ApiUrlField("section-detail")


class DossierSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = PageUrlField()
    api_url = ApiUrlField("dossier-detail")


@extend_schema_field(NULLABLE_URI)
class LiveApiUrlField(ApiUrlField):
    """An API address for a page that may not be published (an author page): null if it is not."""

    def __init__(self, endpoint: str, **kwargs):
        super().__init__(endpoint, source="*", **kwargs)

    def to_representation(self, page):
        return links.api_url(self.endpoint, page.pk) if page.live else None


@extend_schema_field(NULLABLE_URI)
class LivePageUrlField(PageUrlField):
    def to_representation(self, page):
        return super().to_representation(page) if page.live else None


class AuthorSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="title")
    role = NullableCharField()
    url = LivePageUrlField(help_text="Null when the author has no public page.")
    api_url = LiveApiUrlField("author-detail", help_text="Null when the author has no public page.")


class ArticleTeaserSerializer(serializers.Serializer):
    """An article in a list: no body."""

    id = serializers.IntegerField(help_text="Stable: the article keeps it whatever changes.")
    url = PageUrlField()
    api_url = ApiUrlField("article-detail")
    label = LabelField()
    live = serializers.SerializerMethodField(help_text="True while the article is an open liveblog.")
    title = serializers.CharField()
    intro = serializers.CharField()
    published_at = DateTimeField(source="first_published_at", help_text="When it was first published.")
    updated_at = DateTimeField(allow_null=True, help_text="Set when the newsroom updated the content.")
    changed_at = DateTimeField(
        source="last_published_at",
        allow_null=True,
        help_text=(
            "When the article last changed (its last publication, a correction or update included): what "
            "`updated_since` compares. Null only for an article that never went through the editor."
        ),
    )
    section = SectionSummarySerializer(source="home_section", help_text="The section it belongs to.")
    image = LeadImageField(caption="lead_image_caption")

    def get_live(self, article) -> bool:
        return article.pk in open_liveblog_ids(self.context.get("request"))


class QuoteSerializer(serializers.Serializer):
    text = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)


class LiveUpdateSerializer(serializers.Serializer):
    """One update of a liveblog."""

    id = serializers.IntegerField(help_text="Grows with every new update: pass the highest seen as `since`.")
    url = serializers.SerializerMethodField(help_text="The update's permalink on the liveblog's page.")
    posted_at = DateTimeField()
    edited_at = DateTimeField(allow_null=True, help_text="Set when the update was corrected.")
    author = serializers.CharField(source="author_name", allow_blank=True)
    title = serializers.CharField(allow_blank=True)
    text = serializers.CharField(allow_blank=True, help_text="Plain text; a blank line separates paragraphs.")
    html = serializers.SerializerMethodField(
        help_text="The text as escaped paragraphs with linked addresses."
    )
    quote = serializers.SerializerMethodField()
    image = LeadImageField(image="image", caption="image_caption")
    embed_url = serializers.CharField(allow_blank=True, help_text="Load it only with the reader's consent.")
    pinned = serializers.BooleanField(help_text="Among 'Belangrijkste ontwikkelingen'.")
    key_event = serializers.BooleanField()

    def get_url(self, update) -> str:
        return f"{self.context['liveblog_url']}#{update.anchor}"

    def get_html(self, update) -> str:
        return str(update.text_html())

    @extend_schema_field(QuoteSerializer(allow_null=True))
    def get_quote(self, update):
        return {"text": update.quote, "attribution": update.quote_attribution} if update.quote else None


class LiveUpdateListSerializer(serializers.Serializer):
    open = serializers.BooleanField(help_text="False once the liveblog is closed: no more updates come.")
    results = LiveUpdateSerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class VideoRenditionSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="720p or 360p (at most; a smaller source is not scaled up).")
    url = serializers.SerializerMethodField()
    type = serializers.CharField(help_text="Always video/mp4: H.264 video, AAC sound.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    size = serializers.IntegerField(help_text="In bytes.")

    def get_url(self, rendition) -> str:
        return links.absolute(rendition["url"])


class VideoSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    description = NullableCharField()
    credit = NullableCharField()
    url = serializers.SerializerMethodField(help_text="The clip's own page on the site.")
    api_url = ApiUrlField("video-detail")
    uploaded_at = serializers.DateTimeField(source="created_at")
    duration = serializers.FloatField(help_text="In seconds.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    poster = serializers.SerializerMethodField(help_text="A JPEG frame of the clip.")
    renditions = VideoRenditionSerializer(many=True, source="sources", help_text="Smallest first.")
    captions = serializers.SerializerMethodField(help_text="WebVTT, Dutch; null for a clip without speech.")

    def get_url(self, video) -> str:
        return links.absolute(video.get_url(self.context.get("video_index_url")))

    def get_poster(self, video) -> str:
        return links.absolute(video.poster_url)

    def get_captions(self, video) -> str | None:
        return links.absolute(video.captions.url) if video.captions else None


class VideoListSerializer(serializers.Serializer):
    results = VideoSerializer(many=True)
    next = serializers.URLField(allow_null=True)


class ParagraphBlockSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["paragraph"])
    id = serializers.CharField()
    html = serializers.CharField(help_text="Sanitized HTML: p, br, strong, b, em, i, ul, ol, li, a[href].")


class IntertitleBlockSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["intertitle"])
    id = serializers.CharField()
    text = serializers.CharField()


class QuoteBlockSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["quote"])
    id = serializers.CharField()
    text = serializers.CharField(help_text="Plain text; line breaks are kept.")
    attribution = NullableCharField()


class ImageBlockSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["image"])
    id = serializers.CharField()
    image = ImageSerializer()


class EmbedBlockSerializer(serializers.Serializer):
    """A post or video from another service. Show it only after the reader allows social media."""

    type = serializers.ChoiceField(choices=["embed"])
    id = serializers.CharField()
    provider = serializers.CharField(help_text="The service: YouTube, X, Instagram ... or else its host.")
    url = serializers.URLField()
    caption = NullableCharField()


class InfoBoxBlockSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["info_box"])
    id = serializers.CharField()
    title = serializers.CharField()
    html = serializers.CharField(help_text="Sanitized HTML, as in a paragraph.")


class VideoBlockSerializer(serializers.Serializer):
    """A clip of our own (as in /api/v1/videos/): play it with the platform's player, captions offered."""

    type = serializers.ChoiceField(choices=["video"])
    id = serializers.CharField()
    video = VideoSerializer()
    caption = NullableCharField()


BLOCK_SERIALIZERS = {
    "paragraph": ParagraphBlockSerializer,
    "intertitle": IntertitleBlockSerializer,
    "quote": QuoteBlockSerializer,
    "image": ImageBlockSerializer,
    "embed": EmbedBlockSerializer,
    "info_box": InfoBoxBlockSerializer,
    "video": VideoBlockSerializer,
}


@extend_schema_field(
    PolymorphicProxySerializer(
        component_name="Block", serializers=BLOCK_SERIALIZERS, resource_type_field_name="type", many=True
    )
)
class BodyField(serializers.Field):
    """The body as typed blocks, built by krant.api.blocks (already plain data)."""

    def __init__(self, **kwargs):
        super().__init__(source="body_blocks", read_only=True, **kwargs)

    def to_representation(self, blocks):
        return blocks


class CorrectionSerializer(serializers.Serializer):
    corrected_at = DateTimeField()
    note = serializers.CharField()


class ArticleSerializer(ArticleTeaserSerializer):
    """A whole article."""

    update_note = NullableCharField(help_text="What the update changed, if the newsroom said.")
    authors = AuthorSummarySerializer(
        many=True, source="byline_authors", help_text="The byline; empty: the newsroom ('onze redactie')."
    )
    sections = SectionSummarySerializer(
        many=True, source="extra_sections", help_text="Other sections that also list it."
    )
    dossiers = DossierSummarySerializer(many=True, source="live_dossiers")
    body = BodyField()
    corrections = CorrectionSerializer(many=True, source="correction_list")
    related = ArticleTeaserSerializer(many=True, source="related_articles")
    source_credit = NullableCharField(help_text="News agency or medium the article draws on, e.g. ANP.")
    comments_enabled = serializers.BooleanField()
    comments_open = serializers.BooleanField(help_text="Whether readers may comment now.")
    comments_close_at = DateTimeField(allow_null=True, help_text="When comments close; null: they do not.")
    comment_count = serializers.IntegerField(
        help_text="Comments and replies readers see (not deleted ones), as the article shows the count."
    )
    comments = ApiUrlField("article-comments", help_text="The comments, in this API.")


class ArticleListSerializer(serializers.Serializer):
    count = serializers.IntegerField(
        allow_null=True,
        help_text=(
            "With `updated_since`: how many articles changed since then (all pages together). Null without "
            "it: counting the whole archive on every page would cost more than the page itself."
        ),
    )
    results = ArticleTeaserSerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class SectionSerializer(SectionSummarySerializer):
    intro = NullableCharField()
    parent = SectionSummarySerializer(allow_null=True, source="parent_section", help_text="Null at the top.")


class SectionDetailSerializer(SectionSerializer):
    subsections = SectionSummarySerializer(many=True)
    top_stories = ArticleTeaserSerializer(
        many=True, source="featured", help_text="Chosen by the desk, or else the newest."
    )
    articles = ArticlesUrlField("section", help_text="All its articles (subsections included), newest first.")


class SectionListSerializer(serializers.Serializer):
    results = SectionSerializer(many=True)
    next = serializers.URLField(allow_null=True)


class DossierSerializer(DossierSummarySerializer):
    intro = NullableCharField()
    active = serializers.BooleanField(source="is_active", help_text="An ongoing topic (on the front page).")
    image = LeadImageField()


class DossierDetailSerializer(DossierSerializer):
    top_stories = ArticleTeaserSerializer(
        many=True, source="featured", help_text="Chosen by the desk, or else the newest."
    )
    articles = ArticlesUrlField("dossier", help_text="All its articles, newest first.")


class DossierListSerializer(serializers.Serializer):
    results = DossierSerializer(many=True)
    next = serializers.URLField(allow_null=True)


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="title")
    role = NullableCharField()
    url = PageUrlField()
    api_url = ApiUrlField("author-detail")
    photo = LeadImageField(image="photo")


class AuthorDetailSerializer(AuthorSerializer):
    bio = NullableCharField()
    articles = ArticlesUrlField("author", help_text="Their articles, newest first.")


class AuthorListSerializer(serializers.Serializer):
    results = AuthorSerializer(many=True)
    next = serializers.URLField(allow_null=True)


class MostReadSerializer(serializers.Serializer):
    hours = serializers.IntegerField(help_text="The ranking counts the reads of this many last hours.")
    results = ArticleTeaserSerializer(many=True, help_text="Most read first.")


class SectionBlockSerializer(serializers.Serializer):
    section = SectionSummarySerializer()
    articles = ArticleTeaserSerializer(many=True)


class DossierBlockSerializer(serializers.Serializer):
    dossier = DossierSummarySerializer()
    articles = ArticleTeaserSerializer(many=True)


class FrontPageSerializer(serializers.Serializer):
    """The front page as the site shows it, block by block."""

    lead = ArticleTeaserSerializer(allow_null=True, help_text="The opening story; null before any news.")
    top_stories = ArticleTeaserSerializer(many=True, help_text="Chosen by the desk.")
    latest = ArticleTeaserSerializer(many=True, help_text="The newest articles ('Net binnen').")
    most_read = ArticleTeaserSerializer(many=True, help_text="Most read in the last 24 hours.")
    dossiers = DossierBlockSerializer(many=True, help_text="Ongoing dossiers with their newest articles.")
    sections = SectionBlockSerializer(many=True, help_text="Sections in the menu with their newest articles.")
    latest_url = serializers.URLField(help_text="All articles, newest first, in this API.")
    most_read_url = serializers.URLField(help_text="The full ranking in this API.")


class SearchResultSerializer(ArticleTeaserSerializer):
    snippet = serializers.CharField(
        source="search_snippet", help_text="HTML: a piece of the text with the matches in <mark>."
    )


class SearchSerializer(serializers.Serializer):
    query = serializers.CharField()
    count = serializers.IntegerField(help_text="How many articles match in all.")
    results = SearchResultSerializer(many=True)
    next = serializers.URLField(allow_null=True)


class IndexSerializer(serializers.Serializer):
    name = serializers.CharField()
    version = serializers.CharField()
    schema = serializers.URLField(help_text="This API's OpenAPI 3 description.")
    endpoints = serializers.DictField(child=serializers.URLField())


class CommentAuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The member's id (their profile is /community/leden/<id>/).")
    display_name = serializers.CharField()
    expert_label = NullableCharField(
        help_text="Expertise the newsroom verified ('arts'), shown beside the name."
    )
    newsroom = serializers.BooleanField(help_text="Written for the newsroom: show a 'Redactie' badge.")
    member_since = DateTimeField(source="joined_at")


@extend_schema_field(CommentAuthorSerializer(allow_null=True))
class CommentAuthorField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, comment):
        member = comment.author
        if comment.is_tombstone or member is None:
            return None
        return {
            "id": member.pk,
            "display_name": member.display_name,
            "expert_label": member.expert_label or None,
            "newsroom": comment.by_newsroom,
            "member_since": DateTimeField().to_representation(member.joined_at),
        }


class CommentSerializer(serializers.Serializer):
    """A comment or reply. A tombstone (deleted, or removed by a moderator, with replies still standing)
    keeps its place and its replies, without text or author."""

    id = serializers.IntegerField()
    parent = serializers.IntegerField(source="parent_id", allow_null=True, help_text="Null for a comment.")
    depth = serializers.IntegerField(
        min_value=0, max_value=2, help_text="0 comment, 1 reply, 2 reply to reply."
    )
    author = CommentAuthorField(help_text="Null on a tombstone, and when the member left without their name.")
    html = serializers.SerializerMethodField(
        help_text='The text as HTML: <p>, <br> and <a rel="nofollow ugc noopener">; null on a tombstone.'
    )
    text = serializers.SerializerMethodField(help_text="The plain text as typed; null on a tombstone.")
    created_at = DateTimeField()
    edited_at = DateTimeField(allow_null=True)
    respect_count = serializers.IntegerField(min_value=0)
    is_question = serializers.BooleanField(help_text="A question to the newsroom ('Stel een vraag').")
    answered = serializers.SerializerMethodField(help_text="A question the newsroom answered in the thread.")
    by_newsroom = serializers.BooleanField(
        help_text="Written by the newsroom; a reply of the newsroom to a question is its answer."
    )
    featured = serializers.BooleanField(help_text="Picked by the newsroom ('Uitgelicht'): shown first.")
    deleted = serializers.BooleanField(source="is_tombstone", help_text="A tombstone: see above.")

    def get_html(self, comment) -> str | None:
        return None if comment.is_tombstone else str(comment_text.to_html(comment.body))

    def get_text(self, comment) -> str | None:
        return None if comment.is_tombstone else comment.body

    def get_answered(self, comment) -> bool:
        return comment.is_question and comment.answered_at is not None

    def to_representation(self, comment):
        data = super().to_representation(comment)
        if comment.is_tombstone:
            data.update(is_question=False, answered=False, featured=False)
        return data


class TopCommentSerializer(CommentSerializer):
    replies = CommentSerializer(
        many=True,
        source="first_replies",
        help_text="Its replies and replies to replies, oldest first, as a flat list (see `parent`): the "
        "first page; `replies_next` continues.",
    )
    replies_next = serializers.URLField(
        allow_null=True, source="more_replies", help_text="The next page of replies; null when all are here."
    )


class CommentListSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Comments and replies readers see, as the article shows it.")
    open = serializers.BooleanField(help_text="Whether members may comment now.")
    closed_reason = NullableCharField(
        help_text="Why commenting is closed, for readers (Dutch); null when open."
    )
    results = TopCommentSerializer(many=True, help_text="Top-level comments, each with its replies.")
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class ReplyListSerializer(serializers.Serializer):
    results = CommentSerializer(many=True, help_text="Replies and replies to replies, oldest first.")
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class MyCommentSerializer(CommentSerializer):
    """A comment as its author sees it just after posting: with whether readers see it yet."""

    status = serializers.ChoiceField(
        source="api_status",
        choices=["published", "pending"],
        help_text="published: readers see it; pending: it waits for a moderator first.",
    )


class CommentBodyField(serializers.CharField):
    """The text as sent: its rules (length, characters) are the community's (krant.community.text)."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, trim_whitespace=False, **kwargs)
        self.validators = []  # NUL and other control characters get the community's own message

    def to_internal_value(self, data):
        if not isinstance(data, str):  # DRF would take a number as its digits: the schema says text
            self.fail("invalid")
        return super().to_internal_value(data)


class NewCommentSerializer(serializers.Serializer):
    body = CommentBodyField(
        max_length=20_000,
        help_text="Plain text; blank lines make paragraphs, addresses become links. The article's limit "
        "(1500 characters unless it says otherwise) applies; control characters are refused.",
    )
    parent = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=2**63 - 1,
        help_text="Reply to this comment (of the same article).",
    )
    question = serializers.BooleanField(
        required=False, default=False, help_text="Ask the newsroom (when the article takes questions)."
    )


class RespectSerializer(serializers.Serializer):
    respect_count = serializers.IntegerField(min_value=0)


class NewReportSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=HouseRule.choices, help_text="The house rule it breaks.")
    note = serializers.CharField(
        required=False, allow_blank=True, max_length=500, help_text="What the moderators should know."
    )


class ReportSerializer(serializers.Serializer):
    comment = serializers.IntegerField()
    reason = serializers.ChoiceField(choices=HouseRule.values)


class CredentialsSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(min_length=1, max_length=4096, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(
        source="key", help_text="Send as 'Authorization: Token <token>'. Shown once: keep it in the app."
    )
    created_at = DateTimeField(source="created")
    expires_at = DateTimeField(
        allow_null=True, help_text="The key stops working then; each use moves this 90 days ahead."
    )
