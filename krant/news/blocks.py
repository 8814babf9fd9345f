import hashlib

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from krant.core import consent
from krant.core.pagecache import add_keys

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("wie zei het"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "news/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("beeld"))
    caption = blocks.CharBlock(label=_("onderschrift"), required=False)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        help_text=_("Leeg: de credit die bij het beeld is opgeslagen."),
    )

    class Meta:
        icon = "image"
        label = _("Beeld")
        template = "news/blocks/image.html"


class InfoBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("kop"))
    text = blocks.RichTextBlock(label=_("tekst"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Infoblok")
        template = "news/blocks/info_box.html"


class EmbedWithCaptionBlock(blocks.StructBlock):
    """A post or video from another service; loaded only for readers who allow social media."""

    embed = EmbedBlock(label=_("adres (YouTube, X, Instagram ...)"))
    caption = blocks.CharBlock(label=_("onderschrift"), required=False)

    class Meta:
        icon = "media"
        label = _("Insluiting")
        template = "news/blocks/embed.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        url = value["embed"].url if value["embed"] else ""
        context["embed_allowed"] = consent.allows(context.get("consent"), consent.Category.SOCIAL)
        context["provider"] = consent.provider_name(url)
        # Named after the address, so the placeholder's 'Toestaan en laden' returns to this very embed.
        context["anchor"] = "insluiting-" + hashlib.sha256(url.encode()).hexdigest()[:10]
        return context


class VideoBlock(blocks.StructBlock):
    """A clip from 'Video' in the body; shown once it is processed and published, left out until then."""

    video = SnippetChooserBlock("video.Video", label=_("video"))
    caption = blocks.CharBlock(label=_("onderschrift"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value["video"]
        request = context.get("request")
        if video is not None and request is not None:
            add_keys(request, f"video:{video.pk}")  # processing or unpublishing the clip changes the article
        context["video"] = video if video is not None and video.live and video.is_ready else None
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Alinea"), features=PARAGRAPH_FEATURES, template="news/blocks/paragraph.html"
    )
    intertitle = blocks.CharBlock(label=_("Tussenkop"), icon="title", template="news/blocks/intertitle.html")
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedWithCaptionBlock()
    info_box = InfoBoxBlock()
    video = VideoBlock()
