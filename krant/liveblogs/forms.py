"""The compact forms of the liveblog's admin view: an update, the planned end, the reporters."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.finders import get_finders
from wagtail.images.widgets import AdminImageChooser

from krant.community import text as plain_text
from krant.core.roles import REPORTER
from krant.liveblogs.models import LiveUpdate

MAX_TEXT = 10_000  # characters of an update's text: a long update is an article
MAX_QUOTE = 2_000


def embeddable(url: str) -> bool:
    """Return whether one of Wagtail's embed finders takes `url`; no request leaves the machine here."""
    return any(finder.accept(url) for finder in get_finders())


def clean_plain(value: str, max_length: int, what: str) -> str:
    """Return `value` cleaned as plain paragraphs (krant.community.text), or '' for nothing typed."""
    if not value.strip():
        return ""
    try:
        return plain_text.clean(value, max_length)
    except ValidationError as error:
        if error.code == "too_long":
            raise ValidationError(
                _("%(what)s is %(length)d tekens lang; het maximum is %(max)d.")
                % {"what": what, "length": len(value), "max": max_length},
                code="too_long",
            ) from error
        raise ValidationError(
            _("%(what)s bevat een stuurteken of onzichtbaar teken.") % {"what": what}, code="invalid"
        ) from error


class UpdateForm(forms.ModelForm):
    embed_url = forms.URLField(
        label=_("insluiting (adres)"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Een bericht of video van YouTube, X, Instagram ... (laadt pas na toestemming)."),
    )

    class Meta:
        model = LiveUpdate
        fields = [
            "title",
            "text",
            "image",
            "image_caption",
            "quote",
            "quote_attribution",
            "embed_url",
            "key_event",
            "pinned",
        ]
        widgets = {
            "image": AdminImageChooser,
            "text": forms.Textarea(attrs={"rows": 5}),
            "quote": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "text": _("Gewone tekst; een lege regel begint een nieuwe alinea. Adressen worden links."),
            "pinned": _("Komt bovenaan in 'Belangrijkste ontwikkelingen'."),
        }

    def clean_text(self):
        return clean_plain(self.cleaned_data.get("text", ""), MAX_TEXT, _("De tekst"))

    def clean_quote(self):
        return clean_plain(self.cleaned_data.get("quote", ""), MAX_QUOTE, _("Het citaat"))

    def clean_embed_url(self):
        url = self.cleaned_data.get("embed_url", "")
        if url and not embeddable(url):
            raise ValidationError(
                _("Dit adres kan niet ingesloten worden; kies een bericht of video van een bekende dienst."),
                code="not_embeddable",
            )
        return url

    def clean(self):
        data = super().clean()
        if not self.errors and not any(data.get(name) for name in ("text", "quote", "image", "embed_url")):
            raise ValidationError(
                _("Een update heeft tekst, een citaat, een beeld of een insluiting nodig."), code="empty"
            )
        return data


class CoverageEndForm(forms.Form):
    coverage_end = forms.DateTimeField(
        label=_("Sluit automatisch om"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Amsterdamse tijd. Leeg: geen geplande sluiting."),
    )


class ReportersForm(forms.Form):
    reporters = forms.ModelMultipleChoiceField(
        label=_("Verslaggevers"),
        queryset=get_user_model()
        .objects.filter(is_active=True, groups__name=REPORTER)
        .order_by("first_name", "username"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Wie naast de eindredactie updates mag plaatsen."),
    )
