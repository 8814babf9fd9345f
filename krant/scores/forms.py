"""The quick form for live scores: two numbers and a status per match, or one click on '+1'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from krant.scores.models import Status
from krant.scores.services import MAX_SCORE

SCORE_MESSAGES = {
    "invalid": _("Vul een heel getal in."),
    "min_value": _("Een score is 0 of meer."),
    "max_value": _("Een score is hoogstens %(limit_value)s."),
}


class ScoreForm(forms.Form):
    match = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    home_score = forms.IntegerField(
        label=_("Thuis"), required=False, min_value=0, max_value=MAX_SCORE, error_messages=SCORE_MESSAGES
    )
    away_score = forms.IntegerField(
        label=_("Uit"), required=False, min_value=0, max_value=MAX_SCORE, error_messages=SCORE_MESSAGES
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=Status.choices,
        error_messages={"invalid_choice": _("Kies een status uit de lijst.")},
    )
    plus = forms.ChoiceField(
        required=False,
        choices=[("", ""), ("home", _("thuis")), ("away", _("uit"))],
        error_messages={"invalid_choice": _("Kies +1 voor thuis of uit.")},
    )

    def clean(self):
        data = super().clean()
        home, away = data.get("home_score"), data.get("away_score")
        if (home is None) != (away is None):
            raise forms.ValidationError(_("Vul beide scores in, of geen van beide."))
        if data.get("status") == Status.SCHEDULED and home is not None and not data.get("plus"):
            raise forms.ValidationError(_("Een geplande wedstrijd heeft nog geen score; kies 'bezig'."))
        plus = data.get("plus")
        if plus:
            # One click on '+1' starts the match if it was not yet under way.
            side = "home_score" if plus == "home" else "away_score"
            data["home_score"], data["away_score"] = home or 0, away or 0
            if data[side] >= MAX_SCORE:
                raise forms.ValidationError(SCORE_MESSAGES["max_value"] % {"limit_value": MAX_SCORE})
            data[side] += 1
            if data.get("status") == Status.SCHEDULED:
                data["status"] = Status.LIVE
        return data
