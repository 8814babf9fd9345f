"""Podcasts: series and their episodes as Wagtail pages (scheduled and published like articles), the audio
files they play, and the chapters of an episode.

The audio is a model of our own (`AudioFile`), not wagtailmedia: podcast apps need the exact size, the MIME
type and the duration of the file, read once at upload with mutagen (`krant.podcasts.audio`), and nothing
of video.
"""

import os
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from krant.core.pagecache import add_keys
from krant.news.models import LISTING_PARENTS
from krant.podcasts.audio import clock, read_audio

NEWEST_EPISODES = 10
SERIES_IMAGE_MIN = 1400  # Apple's minimum for a show's artwork, square, in pixels
FEED_IMAGE = "fill-1400x1400"
EPISODE_LIST = 50  # episodes on a series page and in its feed


class Category(models.TextChoices):
    """Apple Podcasts categories a news publication uses: 'Categorie' or 'Categorie > Subcategorie'."""

    NEWS = "News", "News"
    DAILY_NEWS = "News > Daily News", "News > Daily News"
    POLITICS = "News > Politics", "News > Politics"
    BUSINESS_NEWS = "News > Business News", "News > Business News"
    SPORTS_NEWS = "News > Sports News", "News > Sports News"
    TECH_NEWS = "News > Tech News", "News > Tech News"
    NEWS_COMMENTARY = "News > News Commentary", "News > News Commentary"
    SOCIETY = "Society & Culture", "Society & Culture"
    SCIENCE = "Science", "Science"
    HISTORY = "History", "History"


def audio_path(instance, filename: str) -> str:
    stem = slugify(os.path.splitext(filename)[0])[:60] or "aflevering"
    return f"podcasts/{stem}.{instance.extension or 'mp3'}"


class AudioFile(models.Model):
    """An episode's sound: MP3 or AAC/M4A, with its MIME type, size and duration read from the file."""

    title = models.CharField(_("titel"), max_length=255)
    file = models.FileField(
        _("bestand"),
        upload_to=audio_path,
        help_text=_("MP3 of AAC/M4A. Duur en grootte worden uit het bestand gelezen."),
    )
    mime_type = models.CharField(max_length=32, editable=False)
    extension = models.CharField(max_length=8, editable=False)
    duration = models.FloatField(_("duur (seconden)"), default=0, editable=False)
    size = models.PositiveBigIntegerField(_("grootte (bytes)"), default=0, editable=False)
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audiobestand")
        verbose_name_plural = _("audiobestanden")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            self.read(self.file)  # every way in (admin, demo, shell) stores only audio it has measured
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            try:
                self.read(self.file)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from error

    def read(self, file) -> None:
        """Fill the MIME type, extension, duration and size from `file` (ValidationError if not fit)."""
        info = read_audio(file)
        self.mime_type, self.extension = info.mime_type, info.extension
        self.duration, self.size = info.duration, info.size

    @property
    def clock(self) -> str:
        return clock(self.duration)


class PodcastIndexPage(Page):
    """/podcast/: every series and the newest episodes."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = ["podcasts.PodcastSeriesPage"]
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("podcastoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, "podcasts")
        context["series_list"] = list(
            PodcastSeriesPage.objects.child_of(self).live().public().select_related("image")
        )
        context["episodes"] = list(
            PodcastEpisodePage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("audio")
            .order_by("-first_published_at", "-pk")[:NEWEST_EPISODES]
        )
        series = {series.path: series for series in context["series_list"]}
        for episode in context["episodes"]:  # by path: no query per episode for its parent
            episode.series_title = getattr(series.get(episode.path[: -episode.steplen]), "title", "")
        return context


class PodcastSeriesPage(Page):
    """A podcast series: its artwork, category and episodes, and one RSS feed for the podcast apps."""

    intro = models.TextField(_("beschrijving"), help_text=_("Staat op de pagina en in de podcast-apps."))
    image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("beeld"),
        help_text=_("Vierkant, minstens 1400 bij 1400 pixels (eis van Apple Podcasts)."),
    )
    category = models.CharField(_("categorie"), max_length=64, choices=Category, default=Category.NEWS)
    explicit = models.BooleanField(_("expliciet"), default=False)
    host = models.CharField(_("presentatie"), max_length=200, blank=True)
    podcast_guid = models.UUIDField(default=uuid.uuid4, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("host"),
        MultiFieldPanel([FieldPanel("category"), FieldPanel("explicit")], heading=_("Podcast-apps")),
    ]
    parent_page_types = ["podcasts.PodcastIndexPage"]
    subpage_types = ["podcasts.PodcastEpisodePage"]

    class Meta:
        verbose_name = _("podcastserie")

    def clean(self):
        super().clean()
        image = self.image if self.image_id else None
        if image is not None and (image.width < SERIES_IMAGE_MIN or image.width != image.height):
            raise ValidationError({"image": _("Kies een vierkant beeld van minstens 1400 bij 1400 pixels.")})

    def episodes(self):
        return (
            PodcastEpisodePage.objects.child_of(self)
            .live()
            .public()
            .select_related("audio")
            .order_by("-first_published_at", "-pk")
        )

    def feed_url(self) -> str:
        return reverse("podcast_feed", args=[self.pk])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, f"podcast:{self.pk}")
        context["episodes"] = list(self.episodes()[:EPISODE_LIST])
        return context


class PodcastEpisodePage(Page):
    """One episode: the audio, show notes, chapters and the transcript (or why there is none)."""

    audio = models.ForeignKey(
        AudioFile, on_delete=models.PROTECT, related_name="episodes", verbose_name=_("audio")
    )
    summary = models.TextField(_("samenvatting"), max_length=600, help_text=_("Eén of twee zinnen."))
    show_notes = RichTextField(_("shownotes"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("De tekst van de aflevering; een witregel begint een alinea."),
    )
    no_transcript_reason = models.CharField(
        _("waarom geen transcript"),
        max_length=300,
        blank=True,
        help_text=_("Alleen als er geen transcript is: lezers zien deze reden."),
    )
    season_number = models.PositiveIntegerField(
        _("seizoen"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    episode_number = models.PositiveIntegerField(
        _("aflevering"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    explicit = models.BooleanField(_("expliciet"), default=False)
    episode_guid = models.UUIDField(default=uuid.uuid4, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("audio"),
        FieldPanel("summary"),
        FieldPanel("show_notes"),
        InlinePanel("chapters", label=_("hoofdstuk"), heading=_("Hoofdstukken")),
        MultiFieldPanel(
            [FieldPanel("transcript"), FieldPanel("no_transcript_reason")], heading=_("Transcript")
        ),
        MultiFieldPanel(
            [FieldPanel("season_number"), FieldPanel("episode_number"), FieldPanel("explicit")],
            heading=_("Podcast-apps"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("transcript")]
    parent_page_types = ["podcasts.PodcastSeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("podcastaflevering")

    def clean(self):
        super().clean()
        if not self.transcript.strip() and not self.no_transcript_reason.strip():
            raise ValidationError(
                {"transcript": _("Geef het transcript, of schrijf hieronder waarom er geen is.")}
            )

    @cached_property
    def series_id(self) -> int | None:
        parent = self.get_parent()
        return parent.pk if parent else None

    def ordered_chapters(self) -> list["PodcastChapter"]:
        return sorted(self.chapters.all(), key=lambda chapter: chapter.start)

    def paragraphs(self) -> list[str]:
        return [part.strip() for part in self.transcript.replace("\r\n", "\n").split("\n\n") if part.strip()]

    def chapters_url(self) -> str:
        return reverse("podcast_chapters", args=[self.pk])

    def transcript_url(self) -> str:
        return reverse("podcast_transcript", args=[self.pk])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, f"podcast:{self.series_id}")
        context["series"] = self.get_parent().specific_deferred
        return context


class PodcastChapter(Orderable):
    """A chapter of an episode: where it starts and what it is called."""

    episode = ParentalKey(PodcastEpisodePage, on_delete=models.CASCADE, related_name="chapters")
    start = models.PositiveIntegerField(
        _("begint na (seconden)"),
        validators=[MaxValueValidator(24 * 3600)],
        help_text=_("Bijvoorbeeld 90 voor 1:30."),
    )
    title = models.CharField(_("titel"), max_length=200)

    panels = [FieldPanel("start"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("hoofdstuk")
        verbose_name_plural = _("hoofdstukken")

    @property
    def clock(self) -> str:
        return clock(self.start)
