from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from krant.newsletters.models import NewsletterList
from krant.newsletters.services import normalize_email


class NewsletterChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.name


def active_lists():
    return NewsletterList.objects.filter(is_active=True)


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    newsletters = NewsletterChoiceField(
        queryset=active_lists(),
        to_field_name="slug",
        label=_("Nieuwsbrieven"),
        error_messages={
            "required": _("Kies ten minste één nieuwsbrief."),
            "invalid_choice": _("Deze nieuwsbrief bestaat niet (meer); kies uit de lijst."),
            "invalid_pk_value": _("Deze nieuwsbrief bestaat niet (meer); kies uit de lijst."),
        },
    )

    def clean_email(self) -> str:
        try:
            return normalize_email(self.cleaned_data["email"])
        except UnicodeError:
            raise ValidationError(_("Voer een geldig e-mailadres in."), code="invalid") from None


class ManageForm(forms.Form):
    newsletters = NewsletterChoiceField(
        queryset=active_lists(),
        to_field_name="slug",
        required=False,
        label=_("Je nieuwsbrieven"),
        error_messages={
            "invalid_choice": _("Deze nieuwsbrief bestaat niet (meer); kies uit de lijst."),
            "invalid_pk_value": _("Deze nieuwsbrief bestaat niet (meer); kies uit de lijst."),
        },
    )
