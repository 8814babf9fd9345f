"""The admin's chooser for several pages of one type ('Ook in rubrieken', 'Dossiers'), like 'Rubriek'.

Wagtail's own page chooser modal, opened with `multiple`; Wagtail has a widget for one page (the FK's
AdminPageChooser) and MultipleChooserPanel for inline child models, but none for a many-to-many field.
"""

from django import forms
from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.staticfiles import versioned_static


class PageMultipleChooser(forms.Widget):
    template_name = "news/widgets/page_multiple_chooser.html"

    def __init__(self, model: str, add_label=None, attrs=None):
        super().__init__(attrs)
        self.model_label = model
        self.add_label = add_label or _("Kies pagina's")

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])

    def value_omitted_from_data(self, data, files, name):
        return False  # none chosen is a choice: every page removed

    def format_value(self, value):
        return [str(getattr(item, "pk", item)) for item in value or []]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        ids = [pk for pk in context["widget"]["value"] if pk.isdigit()]
        found = self.model.objects.in_bulk([int(pk) for pk in ids])
        context["widget"].update(
            chosen=[found[int(pk)] for pk in ids if int(pk) in found],
            chooser_url=reverse("wagtailadmin_choose_page"),
            model_name=self.model._meta.label_lower,
            add_label=self.add_label,
        )
        return context

    @property
    def media(self):
        return forms.Media(
            js=[
                versioned_static("wagtailadmin/js/page-chooser-modal.js"),
                versioned_static("news/admin/page_multiple_chooser.js"),
            ]
        )
