"""Shop: partners whose product feeds are imported (Google Merchant Center XML or CSV), their products and
insurance offers, and the two pages readers see (the shop by category and the insurance comparison).

A product is known by its partner and its feed id, so a re-import updates it; a product gone from the feed
is hidden, not deleted (it comes back when the feed names it again). Importing lives in `krant.shop.feeds`
(reading) and `krant.shop.services` (storing, the schedule, images).
"""

from datetime import timedelta
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Count
from django.db.models.functions import Coalesce
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from krant.core.pagecache import add_keys
from krant.news.models import LISTING_PARENTS, paginate

http_url = URLValidator(schemes=["http", "https"])
PURGE_KEY = "shop"  # both pages show imported products
TEMPLATE_FIELDS = ("{url}", "{id}")


def check_affiliate_template(value: str) -> None:
    """An affiliate template is an http(s) address naming the product's own address as {url}."""
    if "{url}" not in value:
        raise ValidationError(_("Het sjabloon moet {url} bevatten, het adres van het product."))
    rest = value
    for name in TEMPLATE_FIELDS:
        rest = rest.replace(name, "x")
    if "{" in rest or "}" in rest:
        raise ValidationError(_("Alleen {url} en {id} mogen tussen accolades staan."))
    http_url(rest)


class Partner(models.Model):
    """A partner whose feed is imported by the scheduler (`services.import_due_partners`)."""

    class Kind(models.TextChoices):
        SHOP = "shop", _("Winkel (producten in de shop)")
        INSURANCE = "insurance", _("Verzekeraar (aanbod in de vergelijker)")

    class Format(models.TextChoices):
        AUTO = "auto", _("Automatisch herkennen")
        XML = "xml", _("XML (RSS 2.0 of Atom met g:-velden)")
        CSV = "csv", _("CSV (komma's)")
        TSV = "tsv", _("TSV (tabs)")

    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(
        _("korte naam"), max_length=60, unique=True, help_text=_("Voor `krant import-shop-feed`.")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.SHOP)
    feed_url = models.URLField(
        _("adres van de feed"),
        max_length=500,
        blank=True,
        validators=[http_url],
        help_text=_("Het adres van de productfeed (http:// of https://). Of upload hieronder een bestand."),
    )
    feed_file = models.FileField(
        _("feedbestand"),
        upload_to="shop/feeds/",
        blank=True,
        help_text=_("Een productfeed als bestand, als de partner geen adres heeft."),
    )
    format = models.CharField(_("formaat"), max_length=10, choices=Format.choices, default=Format.AUTO)
    interval_hours = models.PositiveSmallIntegerField(
        _("importeren om de zoveel uur"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 7)],
    )
    affiliate_template = models.CharField(
        _("affiliatelink-sjabloon"),
        max_length=500,
        blank=True,
        validators=[check_affiliate_template],
        help_text=_(
            "Bijvoorbeeld https://partner.example/klik?site=krant&doel={url}. {url} wordt het adres van het "
            "product, {id} zijn id in de feed. Leeg: het adres uit de feed."
        ),
    )
    active = models.BooleanField(_("importeren en tonen"), default=True)
    # Written by the importer only.
    last_imported_at = models.DateTimeField(_("laatst geïmporteerd"), null=True, blank=True, editable=False)
    next_import_at = models.DateTimeField(
        _("volgende import"), null=True, blank=True, editable=False, db_index=True
    )
    failures = models.PositiveIntegerField(_("mislukt op rij"), default=0, editable=False)
    last_report = models.TextField(_("laatste verslag"), blank=True, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    def clean(self):
        if bool(self.feed_url) == bool(self.feed_file):
            raise ValidationError(_("Geef een adres of een bestand op, niet allebei en niet geen van beide."))

    @property
    def interval(self) -> timedelta:
        return timedelta(hours=self.interval_hours)

    def outbound_url(self, link: str, offer_id: str) -> str:
        """Return the address a reader follows: the affiliate template filled in, or the product's own."""
        if not self.affiliate_template:
            return link
        return self.affiliate_template.replace("{url}", quote(link, safe="")).replace(
            "{id}", quote(offer_id, safe="")
        )


class ProductQuerySet(models.QuerySet):
    def shown(self):
        """Return what readers see: in the latest feed of a partner that is switched on."""
        return self.filter(hidden=False, partner__active=True).select_related("partner")

    def in_shop(self):
        return self.shown().filter(partner__kind=Partner.Kind.SHOP)

    def insurance(self):
        return self.shown().filter(partner__kind=Partner.Kind.INSURANCE)

    def with_premium(self):
        """Annotate `premium`: the sale price where there is one, else the price."""
        return self.annotate(premium=Coalesce("sale_price", "price"))


class Product(models.Model):
    """One item of a partner's feed: a product in the shop, or an insurance offer in the comparison."""

    class Availability(models.TextChoices):
        IN_STOCK = "in_stock", _("Op voorraad")
        OUT_OF_STOCK = "out_of_stock", _("Uitverkocht")
        PREORDER = "preorder", _("Vooruitbestellen")
        BACKORDER = "backorder", _("Nabestelling")

    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="products", verbose_name=_("partner")
    )
    offer_id = models.CharField(_("id in de feed"), max_length=50)
    title = models.CharField(_("titel"), max_length=150)
    description = models.TextField(_("beschrijving"), blank=True)
    link = models.URLField(_("adres"), max_length=1000)
    image_link = models.URLField(_("adres van de afbeelding"), max_length=1000, blank=True)
    price = models.DecimalField(_("prijs"), max_digits=10, decimal_places=2)
    sale_price = models.DecimalField(_("actieprijs"), max_digits=10, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("munt"), max_length=3, default="EUR")
    availability = models.CharField(
        _("beschikbaarheid"), max_length=20, choices=Availability.choices, default=Availability.IN_STOCK
    )
    brand = models.CharField(_("merk"), max_length=70, blank=True)
    category = models.CharField(_("categorie"), max_length=100, blank=True)
    category_slug = models.SlugField(_("categorie-adres"), max_length=100, blank=True)
    # Insurance offers only.
    deductible = models.DecimalField(
        _("eigen risico"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    coverage = models.CharField(_("dekking"), max_length=300, blank=True)
    hidden = models.BooleanField(
        _("niet meer in de feed"),
        default=False,
        help_text=_("Staat niet meer in de feed en wordt niet getoond."),
    )
    price_updated_at = models.DateTimeField(_("prijs bijgewerkt op"))
    # The partner's image, kept here (the pages load nothing from partners' servers).
    image = models.CharField(_("afbeelding"), max_length=200, blank=True, editable=False)
    image_width = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    image_source = models.URLField(max_length=1000, blank=True, editable=False)

    objects = ProductQuerySet.as_manager()

    class Meta:
        ordering = ["category", "title", "pk"]
        verbose_name = _("product")
        verbose_name_plural = _("producten")
        constraints = [models.UniqueConstraint(fields=["partner", "offer_id"], name="shop_product_offer")]
        indexes = [models.Index(fields=["hidden", "category_slug"], name="shop_product_category")]

    def __str__(self):
        return self.title

    @property
    def outbound_url(self) -> str:
        return self.partner.outbound_url(self.link, self.offer_id)

    @property
    def current_price(self):
        return self.sale_price if self.sale_price is not None else self.price

    @property
    def image_url(self) -> str:
        return default_storage.url(self.image) if self.image else ""


SHOP_PAGE_SIZE = 24


class ShopPage(RoutablePageMixin, Page):
    """Shop: partners' offers by category, each with its price, the time that price was last updated and a
    sponsored link to the partner."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("shop")

    @path("")
    def index_page(self, request):
        """Every category, and all offers a page at a time, by category and title."""
        add_keys(request, PURGE_KEY)
        page_obj = paginate(request, Product.objects.in_shop(), SHOP_PAGE_SIZE)
        return self.render(
            request,
            template="shop/shop_page.html",
            context_overrides={
                "categories": categories(),
                "category": None,
                "products": page_obj.object_list,
                "page_obj": page_obj,
            },
        )

    @path("<slug:category_slug>/")
    def category_page(self, request, category_slug):
        all_categories = categories()
        category = next((c for c in all_categories if c["category_slug"] == category_slug), None)
        if category is None:
            raise Http404(gettext("Deze categorie bestaat niet (meer)."))
        add_keys(request, PURGE_KEY)
        page_obj = paginate(
            request, Product.objects.in_shop().filter(category_slug=category_slug), SHOP_PAGE_SIZE
        )
        return self.render(
            request,
            template="shop/shop_page.html",
            context_overrides={
                "categories": all_categories,
                "category": category,
                "products": page_obj.object_list,
                "page_obj": page_obj,
            },
        )

    def category_url(self, category_slug: str) -> str:
        return f"{self.url}{category_slug}/"


def categories() -> list[dict]:
    """Return the shop's categories with their number of products shown, by name (one query)."""
    return list(
        Product.objects.in_shop()
        .exclude(category_slug="")
        .values("category", "category_slug")
        .annotate(count=Count("pk"))
        .order_by("category")
    )


class Sort(models.TextChoices):
    """The comparison's columns a reader can sort by (`?sorteer=`), cheapest first by default."""

    PREMIUM = "premie", _("Premie per maand")
    DEDUCTIBLE = "eigen-risico", _("Eigen risico")
    COVERAGE = "dekking", _("Dekking")
    PARTNER = "partner", _("Verzekeraar")


SORT_FIELDS = {
    Sort.PREMIUM: ("premium", "partner__name", "pk"),
    Sort.DEDUCTIBLE: ("deductible", "premium", "pk"),
    Sort.COVERAGE: ("coverage", "premium", "pk"),
    Sort.PARTNER: ("brand", "partner__name", "premium", "pk"),  # the insurer; the partner if none
}
DIRECTIONS = ("op", "af")
MAX_OFFERS = 200  # one table; a partner's feed with more is cut, the cheapest first


class InsuranceComparisonPage(Page):
    """Verzekeringvergelijker: insurers' offers in one table, sorted on the server by GET parameters
    (`?soort=`, `?sorteer=`, `?richting=`): it works without JavaScript, and every order is a cached page."""

    intro = models.TextField(_("intro"), blank=True)
    disclosure = models.TextField(
        _("uitleg over de partner"),
        blank=True,
        help_text=_("Wie de vergelijking levert en wat krant eraan verdient; staat onder de tabel."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("disclosure")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("verzekeringvergelijker")

    def serve(self, request, *args, **kwargs):
        choice, problem = read_choice(request.GET)
        if problem:
            context = self.get_context(request)
            context.update({"problem": problem, "offers": [], "kinds": [], "choice": None})
            return TemplateResponse(request, self.get_template(request), context, status=400)
        add_keys(request, PURGE_KEY)
        request.comparison_choice = choice
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        choice = getattr(request, "comparison_choice", None)
        if choice is None:
            return context
        offers = Product.objects.insurance().with_premium()
        kinds = list(
            offers.exclude(category_slug="")
            .values_list("category", "category_slug")
            .order_by("category", "category_slug")
            .distinct()
        )
        if choice["kind"]:
            if choice["kind"] not in {slug for _name, slug in kinds}:
                raise Http404(gettext("Deze soort verzekering staat niet in de vergelijker."))
            offers = offers.filter(category_slug=choice["kind"])
        fields = SORT_FIELDS[choice["sort"]]
        if choice["direction"] == "af":
            fields = (f"-{fields[0]}", *fields[1:])
        context.update(
            {
                "offers": list(offers.order_by(*fields)[:MAX_OFFERS]),
                "kinds": [{"name": name, "slug": slug} for name, slug in kinds],
                "choice": choice,
                "columns": [{"value": value, "label": label} for value, label in Sort.choices],
            }
        )
        return context


def read_choice(query) -> tuple[dict, str]:
    """Return the reader's choice of kind, column and direction, or a message why the address is wrong."""
    unknown = set(query) - {"soort", "sorteer", "richting"}
    if unknown:
        return {}, gettext("Dit adres kent de vergelijker niet: %(names)s.") % {
            "names": ", ".join(sorted(unknown))
        }
    sort = query.get("sorteer", Sort.PREMIUM)
    if sort not in Sort.values:
        return {}, gettext("Sorteren kan op premie, eigen-risico, dekking of partner.")
    direction = query.get("richting", "op")
    if direction not in DIRECTIONS:
        return {}, gettext("De richting is 'op' (laag naar hoog) of 'af' (hoog naar laag).")
    kind = query.get("soort", "")
    if kind and not kind.replace("-", "").isalnum():
        return {}, gettext("Deze soort verzekering bestaat niet.")
    return {"sort": sort, "direction": direction, "kind": kind}, ""
