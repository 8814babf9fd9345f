from django import forms
from django.utils.translation import gettext_lazy as _

from krant.news.models import ARTICLE_ID as PAGE_ID
from krant.news.models import DossierPage, SectionPage
from krant.search.services import MAX_QUERY_LENGTH, ArticleSearch

DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]  # the date picker's, and as Dutch readers type dates
ORDERS = {"relevantie": "relevance", "datum": "date"}
SECTION_DEPTH = 3  # root, front page, section


class DatePicker(forms.DateInput):
    """The browser's date picker; its value is always yyyy-mm-dd, or empty for text that is no date."""

    input_type = "date"

    def format_value(self, value):
        if isinstance(value, str):
            try:
                day = forms.DateField(input_formats=DATE_FORMATS).to_python(value)
            except forms.ValidationError:
                return None  # the error message beside the field says what was wrong
            return day.isoformat() if day else None
        return super().format_value(value)


class PageChoiceField(forms.ModelChoiceField):
    """A choice of page by id; a value that is no id (letters, a number past 64 bits) is an unknown choice."""

    def to_python(self, value):
        if value not in self.empty_values and not PAGE_ID.fullmatch(str(value)):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class SectionChoiceField(PageChoiceField):
    def label_from_instance(self, obj):
        # Subsections under their section, as in the menu: "Economie", "– Klimaat".
        return "– " * max(0, obj.depth - SECTION_DEPTH) + obj.title


class SearchForm(forms.Form):
    """The reader's search: words and optional filters, sent as a GET form (no token, cacheable)."""

    q = forms.CharField(
        label=_("Zoekwoorden"),
        required=False,
        strip=True,
        help_text=_(
            'Gebruik "aanhalingstekens" voor woorden die bij elkaar horen, -woord om een woord uit te '
            "sluiten en OF voor het een of het ander."
        ),
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH, "enterkeyhint": "search"}
        ),
    )
    rubriek = SectionChoiceField(
        label=_("Rubriek"),
        queryset=SectionPage.objects.none(),
        required=False,
        empty_label=_("Alle rubrieken"),
        error_messages={"invalid_choice": _("Deze rubriek bestaat niet; kies een rubriek uit de lijst.")},
    )
    dossier = PageChoiceField(
        label=_("Dossier"),
        queryset=DossierPage.objects.none(),
        required=False,
        empty_label=_("Alle dossiers"),
        error_messages={"invalid_choice": _("Dit dossier bestaat niet; kies een dossier uit de lijst.")},
    )
    van = forms.DateField(
        label=_("Van"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=DatePicker(format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-11-29.")},
    )
    tot = forms.DateField(
        label=_("Tot en met"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=DatePicker(format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-11-29.")},
    )
    sorteer = forms.ChoiceField(
        label=_("Sorteren op"),
        choices=[("relevantie", _("Relevantie")), ("datum", _("Nieuwste eerst"))],
        required=False,
        error_messages={"invalid_choice": _("Sorteer op relevantie of op datum.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rubriek"].queryset = SectionPage.objects.live().public().order_by("path")
        self.fields["dossier"].queryset = DossierPage.objects.live().public().order_by("title")

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("van"), cleaned.get("tot")
        if since and until and since > until:
            self.add_error("tot", _("Deze datum ligt vóór de begindatum."))
        return cleaned

    def has_filters(self) -> bool:
        """Return whether the reader narrowed the search beyond the words."""
        data = self.cleaned_data
        return any(data.get(name) for name in ("rubriek", "dossier", "van", "tot"))

    def article_search(self) -> ArticleSearch:
        """Return the search the valid form asks for."""
        data = self.cleaned_data
        return ArticleSearch(
            query=data["q"],
            section=data["rubriek"],
            dossier=data["dossier"],
            since=data["van"],
            until=data["tot"],
            order=ORDERS[data["sorteer"] or "relevantie"],
        )
