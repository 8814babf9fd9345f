"""Advertising: the newsroom's own house ads, the site's ad settings (ads.txt, placement, rate card) and the
'Adverteren' page."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from krant.ads.adstxt import validate_ads_txt
from krant.ads.slots import SLOTS, SlotName

HTTPS_ONLY = _("Geef een volledig adres dat begint met https://.")


class HouseAd(models.Model):
    """An ad the newsroom runs itself (its own products, a partner's campaign), in one slot, for a period.

    Rendered into the page on the server, so it costs readers no outside request and needs no consent.
    """

    name = models.CharField(_("naam"), max_length=120, help_text=_("Alleen voor de redactie."))
    slot = models.CharField(_("plek"), max_length=20, choices=SlotName.choices)
    advertiser = models.CharField(
        _("adverteerder"), max_length=80, help_text=_("Staat bij de advertentie: 'Advertentie van ...'.")
    )
    image = models.ForeignKey(
        "core.KrantImage",
        verbose_name=_("beeld"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt bijgesneden tot de maat van de plek. Leeg: een advertentie met alleen tekst."),
    )
    headline = models.CharField(_("kop"), max_length=60)
    text = models.CharField(_("tekst"), max_length=140, blank=True)
    link_url = models.CharField(
        _("adres"),
        max_length=500,
        validators=[URLValidator(schemes=["https"], message=HTTPS_ONLY)],
        help_text=_("Waar de advertentie naartoe leidt, beginnend met https://."),
    )
    starts_at = models.DateTimeField(_("tonen vanaf"), null=True, blank=True, help_text=_("Leeg: meteen."))
    ends_at = models.DateTimeField(
        _("tonen tot"), null=True, blank=True, help_text=_("Leeg: tot je hem uitzet.")
    )
    weight = models.PositiveSmallIntegerField(
        _("gewicht"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Van 1 tot 100: een advertentie met gewicht 2 komt twee keer zo vaak als een met 1."),
    )
    active = models.BooleanField(_("aan"), default=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slot"),
        FieldPanel("advertiser"),
        FieldPanel("headline"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("link_url"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("active")]),
    ]

    class Meta:
        verbose_name = _("eigen advertentie")
        verbose_name_plural = _("eigen advertenties")
        ordering = ["slot", "-active", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("De eindtijd moet na de begintijd liggen.")})

    def is_running(self, at=None) -> bool:
        at = at or timezone.now()
        return (
            self.active
            and (self.starts_at is None or self.starts_at <= at)
            and (self.ends_at is None or self.ends_at > at)
        )


@register_setting(icon="tag")
class AdSettings(BaseSiteSetting, ClusterableModel):
    """Where ads go in the pages, the site's ads.txt and the rate card on the 'Adverteren' page."""

    in_article_after = models.PositiveSmallIntegerField(
        _("advertentie in artikelen na alinea"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("Een artikel met minder alinea's krijgt geen advertentie in de tekst."),
    )
    listing_after = models.PositiveSmallIntegerField(
        _("advertentie in overzichten na artikel"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    ads_txt = models.TextField(
        "ads.txt",
        blank=True,
        validators=[validate_ads_txt],
        help_text=_(
            "Wie jouw advertentieruimte mag verkopen, één verkoper per regel: 'domein, verkopers-id, "
            "DIRECT of RESELLER[, certificeringscode]'. Leeg: /ads.txt bestaat niet."
        ),
    )
    rate_card_note = RichTextField(
        _("toelichting bij de tarieven"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Bijvoorbeeld: prijzen exclusief btw, korting bij langere campagnes."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("in_article_after"), FieldPanel("listing_after")], heading=_("Plaatsing")
        ),
        FieldPanel("ads_txt"),
        InlinePanel("rates", heading=_("Tariefkaart"), label=_("tarief")),
        FieldPanel("rate_card_note"),
    ]

    class Meta:
        verbose_name = _("advertenties")


class RateUnit(models.TextChoices):
    CPM = "cpm", _("per 1000 vertoningen")
    WEEK = "week", _("per week")
    ITEM = "item", _("per stuk")


class RateFormat(models.TextChoices):
    LEADERBOARD = SlotName.LEADERBOARD.value, SlotName.LEADERBOARD.label
    IN_ARTICLE = SlotName.IN_ARTICLE.value, SlotName.IN_ARTICLE.label
    SIDEBAR = SlotName.SIDEBAR.value, SlotName.SIDEBAR.label
    LISTING = SlotName.LISTING.value, SlotName.LISTING.label
    ADVERTORIAL = "advertorial", _("Advertorial of partnercontent")


class Rate(Orderable):
    """One line of the rate card: a format, its price and what the price is for."""

    setting = ParentalKey(AdSettings, on_delete=models.CASCADE, related_name="rates")
    format = models.CharField(_("formaat"), max_length=20, choices=RateFormat.choices)
    price = models.DecimalField(
        _("prijs (euro)"), max_digits=9, decimal_places=2, validators=[MinValueValidator(0)]
    )
    unit = models.CharField(_("per"), max_length=10, choices=RateUnit.choices, default=RateUnit.CPM)
    note = models.CharField(_("toelichting"), max_length=160, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("format"), FieldPanel("price"), FieldPanel("unit")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("tarief")
        verbose_name_plural = _("tarieven")

    def __str__(self):
        return f"{self.get_format_display()}: {self.price}"

    @property
    def sizes(self) -> str:
        """Return the format's sizes, smallest screen first ('320×100, 728×90'), or '' for an advertorial."""
        slot = SLOTS.get(self.format)
        return ", ".join(str(size) for size in slot.sizes) if slot else ""


class AdvertisingPage(Page):
    """Adverteren: what the site offers advertisers, with the rate card from the ad settings."""

    intro = models.TextField(_("intro"), blank=True)
    body = RichTextField(_("tekst"), blank=True)
    contact_email = models.EmailField(_("e-mailadres voor adverteerders"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("contact_email"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["news.HomePage", "news.SectionPage"]
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("adverteren")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        setting = AdSettings.for_request(request)
        context["ad_settings"] = setting
        context["rates"] = list(setting.rates.order_by("sort_order"))
        return context
