"""The admin's article form: 'Nu bijgewerkt' sets the update time in one click, with the note beside it."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    mark_updated = forms.BooleanField(
        label=_("Nu bijgewerkt"),
        required=False,
        help_text=_("Zet 'Bijgewerkt' op dit moment; schrijf in de toelichting wat er veranderde."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("mark_updated"):
            if not (cleaned.get("update_note") or "").strip():
                self.add_error("update_note", _("Schrijf bij 'Nu bijgewerkt' wat er is bijgewerkt."))
            else:
                # The form's updated_at, so the model gets it as if typed (ModelForm's _post_clean).
                cleaned["updated_at"] = timezone.now()
        return cleaned
