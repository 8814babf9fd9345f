"""Video: clips editors upload, processed in the background into web-ready renditions, and the /video/ page.

A clip is shown only when it is processed (status READY) and published; publishing needs a captions file or
an explicit 'no speech' mark. Processing lives in `krant.video.processing`.
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from krant.core.pagecache import add_keys
from krant.feeds.structured_data import json_ld, video_object
from krant.news.models import LISTING_PARENTS

VIDEO_EXTENSIONS = ("mp4", "webm", "mov")
PER_SECTION = 4  # newest clips per section on /video/
LISTED = 60  # newest clips considered for /video/


def validate_video_file(upload):
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    if extension not in VIDEO_EXTENSIONS:
        raise ValidationError(
            _("Alleen MP4, WebM of MOV. Dit bestand heeft de extensie '%(ext)s'."), params={"ext": extension}
        )
    limit = settings.VIDEO_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("Dit bestand is te groot (%(size)s MB); het maximum is %(limit)s MB."),
            params={"size": upload.size // 1_000_000, "limit": limit // 1_000_000},
        )


def validate_captions_file(upload):
    if os.path.splitext(upload.name)[1].lower() != ".vtt":
        raise ValidationError(_("Ondertitels moeten een WebVTT-bestand (.vtt) zijn."))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        raise ValidationError(_("Dit is geen WebVTT-bestand: de eerste regel moet met 'WEBVTT' beginnen."))


class VideoQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(live=True, status=Video.Status.READY)


class Video(models.Model):
    """One clip: the editor's upload and what processing made of it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verwerking")
        PROCESSING = "processing", _("Wordt verwerkt")
        READY = "ready", _("Klaar")
        FAILED = "failed", _("Mislukt")

    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    credit = models.CharField(_("maker"), max_length=200, blank=True)
    section = models.ForeignKey(
        "news.SectionPage", verbose_name=_("rubriek"), null=True, blank=True, on_delete=models.SET_NULL
    )
    dossiers = models.ManyToManyField("news.DossierPage", verbose_name=_("dossiers"), blank=True)
    original = models.FileField(
        _("videobestand"),
        upload_to="video/originals/",
        validators=[validate_video_file],
        help_text=_("MP4, WebM of MOV. Na het uploaden maakt de server een poster en webversies."),
    )
    captions = models.FileField(
        _("ondertitels (WebVTT)"),
        upload_to="video/captions/",
        blank=True,
        validators=[validate_captions_file],
    )
    no_speech = models.BooleanField(
        _("geen gesproken tekst"),
        default=False,
        help_text=_("Aanvinken als de clip geen ondertitels nodig heeft."),
    )
    live = models.BooleanField(_("gepubliceerd"), default=False)

    # Written by processing only.
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, editable=False
    )
    error = models.TextField(_("melding"), blank=True, editable=False)
    duration = models.FloatField(_("duur (s)"), null=True, blank=True, editable=False)
    size = models.BigIntegerField(_("grootte (bytes)"), null=True, blank=True, editable=False)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    poster = models.CharField(max_length=255, blank=True, editable=False)
    renditions = models.JSONField(
        default=list, blank=True, editable=False
    )  # [{"name","path","width","height","size"}]
    created_at = models.DateTimeField(_("geüpload op"), auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = VideoQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("credit"),
        FieldPanel("section"),
        FieldPanel("dossiers"),
        FieldPanel("original"),
        FieldPanel("captions"),
        FieldPanel("no_speech"),
        FieldPanel("live"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("video")
        verbose_name_plural = _("video's")

    def __str__(self):
        return self.title

    def clean(self):
        if self.live and not self.captions and not self.no_speech:
            raise ValidationError(
                {
                    "captions": _(
                        "Voeg ondertitels toe of vink 'geen gesproken tekst' aan voordat je publiceert."
                    )
                }
            )

    @property
    def slug(self) -> str:
        return slugify(self.title)[:80] or "video"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    def get_url(self, index_url: str | None = None) -> str:
        """The clip's own page, under /video/ (pass the index page's URL to spare the query)."""
        if index_url is None:
            index = VideoIndexPage.objects.live().first()
            index_url = index.url if index else "/video/"
        return f"{index_url}{self.pk}/{self.slug}/"

    def media_url(self, relative: str) -> str:
        return settings.MEDIA_URL + relative

    @property
    def poster_url(self) -> str:
        return self.media_url(self.poster) if self.poster else ""

    @property
    def sources(self) -> list[dict]:
        """The renditions, smallest first (the largest is the default source), with their URLs."""
        return [
            {**rendition, "url": self.media_url(rendition["path"])}
            for rendition in sorted(self.renditions, key=lambda r: r["height"])
        ]

    @property
    def largest_url(self) -> str:
        return self.sources[-1]["url"] if self.renditions else ""

    @property
    def iso_duration(self) -> str:
        seconds = round(self.duration or 0)
        return f"PT{seconds // 60}M{seconds % 60}S"

    def purge_keys(self) -> set[str]:
        return {f"video:{self.pk}", "videos"}


class VideoIndexPage(RoutablePageMixin, Page):
    """/video/: the newest clips per section, and each clip's own page at /video/<id>/<slug>/."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("videopagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, "videos")
        groups: dict = {}
        for video in Video.objects.visible().select_related("section")[:LISTED]:
            name = video.section.title if video.section else _("Overig")
            clips = groups.setdefault(name, [])
            if len(clips) < PER_SECTION:
                video.url = video.get_url(self.url)
                clips.append(video)
        context["groups"] = list(groups.items())
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("<int:video_id>/<str:slug>/", name="detail")
    def detail(self, request, video_id, slug):
        video = Video.objects.visible().select_related("section").filter(pk=video_id).first()
        add_keys(request, f"video:{video_id}")
        if video is None:
            raise Http404
        if slug != video.slug:
            return redirect(video.get_url(self.url), permanent=True)
        context = Page.get_context(self, request)
        context["video"] = video
        context["video_json_ld"] = json_ld(video_object(video, request))
        return TemplateResponse(request, "video/video_page.html", context)
