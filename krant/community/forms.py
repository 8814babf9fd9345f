import unicodedata

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from krant.community import names, services
from krant.community.models import CommentChoice

NAME_HELP = _(
    "Zo heet je bij je reacties. Letters, cijfers en spaties, %(min)d tot %(max)d tekens; een naam die op "
    "die van een ander lid of van de redactie lijkt, kan niet."
) % {"min": names.MIN_LENGTH, "max": names.MAX_LENGTH}


class NameInput(forms.TextInput):
    def format_value(self, value):
        # A refused name is shown again for correction, without the control characters that made it
        # refused: HTML cannot carry them.
        value = super().format_value(value)
        return None if value is None else "".join(c for c in value if unicodedata.category(c) != "Cc")


class DisplayNameField(forms.CharField):
    widget = NameInput

    def __init__(self, **kwargs):
        # No max_length of its own: the name is checked after spacing is tidied, with its own message.
        super().__init__(label=_("Naam in de community"), help_text=NAME_HELP, strip=False, **kwargs)
        self.widget.attrs.update({"autocomplete": "nickname", "maxlength": names.MAX_LENGTH * 2})


def clean_display_name(name: str, user=None) -> str:
    name = services.validate_display_name(name, user)
    if not services.name_is_free(name, user):
        raise ValidationError(_("Deze naam (of een die erop lijkt) is al in gebruik. Kies een andere."))
    return name


class SignupForm(AllauthSignupForm):
    """allauth's registration (with its honeypot, ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD) and a display name."""

    display_name = DisplayNameField()

    field_order = ["display_name", "email", "password1", "password2"]

    def clean_display_name(self):
        return clean_display_name(self.cleaned_data["display_name"])

    def save(self, request):
        with transaction.atomic():
            user = super().save(request)
            services.set_display_name(user, self.cleaned_data["display_name"])
        return user


class DisplayNameForm(forms.Form):
    display_name = DisplayNameField()

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_display_name(self):
        return clean_display_name(self.cleaned_data["display_name"], self.user)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Je wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    comments = forms.ChoiceField(
        label=_("Wat doen we met je reacties?"), choices=CommentChoice.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        return password


class ReplyMailForm(forms.Form):
    """Which reply mails the member wants: both off until they tick them."""

    on_reply = forms.BooleanField(label=_("Mail me als iemand op mijn reactie reageert"), required=False)
    on_answer = forms.BooleanField(label=_("Mail me als de redactie mijn vraag beantwoordt"), required=False)
