from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index

from krant.core.submissions import ReaderSubmissionsListView

STATIC_PARENTS = ["news.HomePage", "news.SectionPage"]


class KrantImage(AbstractImage):
    """An image with the credit the newsroom must print beside it."""

    credit = models.CharField(
        _("fotograaf / bron"),
        max_length=255,
        blank=True,
        help_text=_("Bijvoorbeeld 'ANP / Jan Jansen'."),
    )
    caption = models.CharField(
        _("onderschrift"),
        max_length=255,
        blank=True,
        help_text=_("Staat onder de foto tenzij het artikel een eigen onderschrift geeft."),
    )
    admin_form_fields = Image.admin_form_fields + ("credit", "caption")

    class Meta(AbstractImage.Meta):
        verbose_name = _("beeld")
        verbose_name_plural = _("beelden")
        permissions = [("choose_image", "Can choose image")]


class KrantRendition(AbstractRendition):
    image = models.ForeignKey(KrantImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class Link(Orderable):
    """A menu entry: an internal page or an outside address, with an optional label."""

    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Leeg: de titel van de pagina.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.URLField(_("adres"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("link_page"), FieldPanel("link_url")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.text

    def clean(self):
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Kies een pagina of vul een adres in (niet allebei)."))
        if self.link_url and not self.label:
            raise ValidationError({"label": _("Een extern adres heeft een label nodig.")})

    @property
    def text(self):
        return self.label or (self.link_page.title if self.link_page_id else self.link_url)

    @property
    def href(self):
        return self.link_page.url if self.link_page_id else self.link_url


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """The publication's name, logo, menus, social profiles, app links and legal line."""

    publication_name = models.CharField(_("naam van de publicatie"), max_length=80, default="krant")
    logo = models.ForeignKey(KrantImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    tagline = models.CharField(_("ondertitel"), max_length=160, blank=True)
    tiktok_url = models.URLField("TikTok", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    x_url = models.URLField("X", blank=True)
    rss_url = models.CharField(_("RSS-feed"), max_length=255, blank=True, default="/rss/")
    app_store_url = models.URLField(_("App Store"), blank=True)
    play_store_url = models.URLField(_("Google Play"), blank=True)
    owner_line = models.CharField(
        _("eigenaar"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld 'krant is onderdeel van ...'."),
    )
    company_name = models.CharField(_("bedrijfsnaam"), max_length=120, blank=True)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=20, blank=True)
    vat_number = models.CharField(_("btw-nummer"), max_length=20, blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("publication_name"), FieldPanel("tagline"), FieldPanel("logo")],
                heading=_("Publicatie"),
            ),
            ObjectList(
                [
                    InlinePanel("menu_groups", heading=_("Hoofdmenu (groepen)"), label=_("groep")),
                    InlinePanel("quick_links", heading=_("Snelbalk in de kop"), label=_("link")),
                    InlinePanel("footer_links", heading=_("Voetmenu"), label=_("link")),
                    InlinePanel("privacy_links", heading=_("Privacylinks"), label=_("link")),
                ],
                heading=_("Menu's"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("tiktok_url"),
                            FieldPanel("instagram_url"),
                            FieldPanel("facebook_url"),
                            FieldPanel("youtube_url"),
                            FieldPanel("x_url"),
                            FieldPanel("rss_url"),
                        ],
                        heading=_("Sociale media"),
                    ),
                    FieldRowPanel([FieldPanel("app_store_url"), FieldPanel("play_store_url")]),
                ],
                heading=_("Volgen"),
            ),
            ObjectList(
                [
                    FieldPanel("owner_line"),
                    FieldPanel("company_name"),
                    FieldRowPanel([FieldPanel("kvk_number"), FieldPanel("vat_number")]),
                ],
                heading=_("Juridisch"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("site-instellingen")

    def __str__(self):
        return self.publication_name

    @property
    def social_links(self):
        """Return (network, url) for each profile that is filled in, in the footer's order."""
        profiles = [
            ("TikTok", self.tiktok_url),
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(network, url) for network, url in profiles if url]


class MenuGroup(Link):
    """A top entry of the main menu; its submenu is the page's children that are shown in menus."""

    setting = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="menu_groups")
    panels = [FieldPanel("label"), FieldPanel("link_page")]

    def clean(self):
        if not self.link_page_id:
            raise ValidationError({"link_page": _("Een menugroep is altijd een pagina.")})


class QuickLink(Link):
    setting = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="quick_links")


class FooterLink(Link):
    setting = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")


class PrivacyLink(Link):
    setting = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="privacy_links")


class StaticPage(Page):
    """A page of fixed text: Colofon, Copyright, Privacybeleid and the like."""

    intro = models.TextField(_("intro"), blank=True)
    body = RichTextField(_("tekst"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = STATIC_PARENTS
    subpage_types = []

    class Meta:
        verbose_name = _("vaste pagina")


class ConsentPage(Page):
    """Privacy-instellingen: the reader's consent per category, a form that works without JavaScript.

    The page shows the reader's current choice, so it varies by the consent cookie (and only by that).
    """

    intro = models.TextField(_("intro"), blank=True)
    body = RichTextField(
        _("tekst"), blank=True, help_text=_("Staat boven de keuzes; de keuzes zelf komen uit de code.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = STATIC_PARENTS
    subpage_types = []
    max_count = 1
    show_ads = False  # a reader deciding about advertising sees none here (krant.ads.services.ads_allowed)

    class Meta:
        verbose_name = _("privacy-instellingen")

    def get_context(self, request, *args, **kwargs):
        from krant.core import consent

        context = super().get_context(request, *args, **kwargs)
        choice = consent.read_consent(request)
        context["categories"] = consent.categories_for_form(choice)
        context["allowed_labels"] = [
            category.label for category in consent.Category if category.value in (choice or ())
        ]
        return context


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm):
    """A form readers fill in (contact, complaints); each message is stored and mailed to the desk."""

    intro = RichTextField(_("intro"), blank=True)
    thank_you_text = RichTextField(_("bedankt-tekst"), blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("formulierveld")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail naar de redactie"),
        ),
    ]
    parent_page_types = STATIC_PARENTS
    subpage_types = []
    submissions_list_view_class = ReaderSubmissionsListView

    class Meta:
        verbose_name = _("formulierpagina")

    def serve(self, request, *args, **kwargs):
        from krant.core.views import form_rate_limit

        limited = form_rate_limit(request)
        if limited is not None:
            return limited
        return super().serve(request, *args, **kwargs)
