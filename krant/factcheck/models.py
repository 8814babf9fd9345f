"""Factcheck: an article that checks one claim, with who made it, where and when, the verdict on a fixed
scale, the sources and the reasoning; and the listing of all fact checks at /overig/factcheck/.

A fact check is an article (`FactCheckPage`, a child table of `ArticlePage`, as liveblogs are): it is
published, purged, listed, curated, searched, fed and discussed like any article. Listings read the
verdict with the article row (`ArticleQuerySet.for_listing` joins it), so a teaser shows its badge without
a query of its own.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from krant.core.pagecache import add_keys, keys_for_articles
from krant.core.routing import CachedRestrictions
from krant.news.models import LISTING_PARENTS, ArticleManager, ArticlePage, Label, published_articles
from krant.news.models.pages import paginate_articles

LISTING_KEY = "factchecks"  # surrogate key of the listing and its feed: any fact check's publish
FILTER_PARAMETER = "oordeel"
WEB_ADDRESS = URLValidator(schemes=["http", "https"])


class Verdict(models.TextChoices):
    """The fixed scale, truest first. The value is the listing's filter in the address (?oordeel=)."""

    TRUE = "klopt", _("Klopt")
    MOSTLY_TRUE = "klopt-grotendeels", _("Klopt grotendeels")
    HALF_TRUE = "half-waar", _("Half waar")
    FALSE = "klopt-niet", _("Klopt niet")
    UNPROVEN = "onbewezen", _("Onbewezen")


# ClaimReview's numeric rating (Google: the closer to bestRating, the truer). 'Onbewezen' says nothing
# about how true a claim is, so it has no number: only its name (alternateName) is given.
RATING = {Verdict.TRUE: 4, Verdict.MOSTLY_TRUE: 3, Verdict.HALF_TRUE: 2, Verdict.FALSE: 1}
BEST_RATING, WORST_RATING = 4, 1


def verdict_label(value: str) -> str:
    """Return the verdict's name as readers see it ('' for no verdict)."""
    return str(Verdict(value).label) if value in Verdict.values else ""


class Claimant(models.TextChoices):
    PERSON = "person", _("persoon")
    ORGANIZATION = "organization", _("organisatie")


def fact_checks(verdict: str | None = None):
    """Return the published fact checks newest first, as a listing of articles (of one verdict)."""
    articles = published_articles().filter(factcheckpage__isnull=False)
    return articles.filter(factcheckpage__verdict=verdict) if verdict else articles


class FactCheckPage(ArticlePage):
    """A fact check: an article about one claim, read at the article's address, with a verdict."""

    claim = models.TextField(
        _("bewering"),
        max_length=600,
        help_text=_("De bewering zoals die gedaan is, zo letterlijk mogelijk. Verplicht bij publiceren."),
    )
    claimant = models.CharField(
        _("wie beweerde het"),
        max_length=200,
        help_text=_("Naam van de persoon of organisatie. Verplicht bij publiceren."),
    )
    claimant_kind = models.CharField(
        _("dat is een"), max_length=20, choices=Claimant.choices, default=Claimant.PERSON
    )
    claim_medium = models.CharField(
        _("waar"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld 'in een talkshow', 'op X' of 'in de Tweede Kamer'."),
    )
    claim_date = models.DateField(_("wanneer"), null=True, blank=True)
    claim_url = models.URLField(
        _("link naar de bewering"),
        max_length=500,
        blank=True,
        validators=[WEB_ADDRESS],
        help_text=_("Waar de bewering te zien of te lezen is (http of https)."),
    )
    verdict = models.CharField(
        _("oordeel"),
        max_length=20,
        choices=Verdict.choices,
        help_text=_("Ons oordeel over de bewering, op de vaste schaal."),
    )
    reasoning = models.TextField(
        _("ons oordeel in het kort"),
        max_length=1000,
        help_text=_(
            "Twee of drie zinnen: waarom dit oordeel. Staat bij het oordeel bovenaan; de uitleg in "
            "detail schrijf je in de tekst. Verplicht bij publiceren."
        ),
    )

    content_panels = [
        *ArticlePage.content_panels[:2],  # title, label
        MultiFieldPanel(
            [
                FieldPanel("claim"),
                FieldRowPanel([FieldPanel("claimant"), FieldPanel("claimant_kind")]),
                FieldRowPanel([FieldPanel("claim_medium"), FieldPanel("claim_date")]),
                FieldPanel("claim_url"),
            ],
            heading=_("De bewering"),
        ),
        MultiFieldPanel(
            # Wagtail asks for text fields only on publish; the verdict also on a draft.
            [FieldPanel("verdict", required_on_save=True), FieldPanel("reasoning")],
            heading=_("Oordeel"),
        ),
        *ArticlePage.content_panels[2:],
        InlinePanel("sources", label=_("bron"), heading=_("Bronnen"), min_num=0),
    ]
    search_fields = ArticlePage.search_fields + [index.SearchField("claim"), index.SearchField("claimant")]
    parent_page_types = ["news.ArticleYearPage"]
    subpage_types = []
    template = "factcheck/fact_check_page.html"

    objects = ArticleManager()

    class Meta:
        verbose_name = _("factcheck")
        verbose_name_plural = _("factchecks")

    def save(self, *args, **kwargs):
        self.label = Label.FACTCHECK  # every listing says 'Factcheck', and search finds its verdict by it
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.claim_date and self.claim_date > timezone.localdate():
            raise ValidationError({"claim_date": _("Deze datum ligt in de toekomst.")})

    @property
    def fact_check_verdict(self) -> str:
        """The verdict under the name listings read it by (`ArticleQuerySet.for_listing`)."""
        return self.verdict

    @property
    def verdict_label(self) -> str:
        return verdict_label(self.verdict)

    @property
    def rating(self) -> int | None:
        return RATING.get(self.verdict)


class FactCheckSource(Orderable):
    """A source the fact check rests on: a report, a data set, an interview, with its address."""

    page = ParentalKey(FactCheckPage, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("titel"), max_length=255)
    url = models.URLField(_("adres"), max_length=500, validators=[WEB_ADDRESS])

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def __str__(self):
        return self.title


class FactCheckIndexPage(CachedRestrictions, Page):
    """/overig/factcheck/: every fact check, newest first, of one verdict if the reader chooses."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True
    template = "factcheck/fact_check_index_page.html"

    class Meta:
        verbose_name = _("factcheckoverzicht")

    def chosen_verdict(self, request: HttpRequest) -> str | None:
        """Return the verdict the reader filters on, '' for all; None for a value that is no verdict."""
        value = request.GET.get(FILTER_PARAMETER, "")
        return value if value == "" or value in Verdict.values else None

    def serve(self, request, *args, **kwargs):
        if self.chosen_verdict(request) is None:
            context = {
                "page": None,
                "message": _(
                    "Dit oordeel kennen we niet. Kies Klopt, Klopt grotendeels, Half waar, "
                    "Klopt niet of Onbewezen."
                ),
            }
            return TemplateResponse(request, "factcheck/refused.html", context, status=400)
        return super().serve(request, *args, **kwargs)

    def articles(self):
        """Return the published fact checks (the feed's items, as a section's articles are)."""
        return fact_checks()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        verdict = self.chosen_verdict(request)
        add_keys(request, LISTING_KEY)  # before paginate: its 404 ends when the list grows
        context["articles"] = paginate_articles(request, fact_checks(verdict))
        context["verdict"] = verdict
        context["filter_query"] = urlencode({FILTER_PARAMETER: verdict}) if verdict else ""  # pagination
        context["verdicts"] = [(value, label) for value, label in Verdict.choices]
        add_keys(request, *keys_for_articles(context["articles"]))
        return context
