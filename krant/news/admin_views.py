"""The desk in the admin: the day's overview ('Redactiebureau') and 'Op de voorpagina zetten'."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.news import desk
from krant.news.models import ArticlePage


def can_use_desk(user) -> bool:
    """The overview is for who may publish (Eindredactie, Beheer); reporters have their own pages."""
    home = desk.front_page()
    return home is not None and desk.may_edit_front(user, home)


class DeskView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "news/admin/desk.html"
    page_title = gettext_lazy("Redactiebureau")
    header_icon = "calendar"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not can_use_desk(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        home = desk.front_page(self.request)
        slots = desk.Slots.of(home) if home is not None else desk.Slots(None, [])
        return super().get_context_data(
            **kwargs,
            zone=desk.NEWSROOM_ZONE.key,
            today=desk.published_today(),
            scheduled=desk.scheduled(),
            in_review=desk.awaiting_review(),
            home=home,
            front=slot_rows(slots, desk.slot_articles(slots)),
            limit=desk.LIST_LIMIT,
        )


def slot_label(slot: str) -> str:
    return _("Opening") if slot == desk.LEAD else _("Topverhaal %(number)s") % {"number": slot}


class PinForm(forms.Form):
    slot = forms.ChoiceField(
        label=gettext_lazy("Plek op de voorpagina"),
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Kies de opening of een plek bij de topverhalen."),
            "invalid_choice": gettext_lazy("Kies de opening of een plek bij de topverhalen."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [(slot, slot_label(slot)) for slot in desk.SLOTS]


def slot_rows(slots: desk.Slots, articles: dict) -> list[tuple[str, ArticlePage | None]]:
    """Return [(label, article or None)] for every slot, in the front page's order."""
    filled = [slots.lead, *slots.top]
    return [
        (slot_label(slot), articles.get(filled[index]) if index < len(filled) and filled[index] else None)
        for index, slot in enumerate(desk.SLOTS)
    ]


class PinView(WagtailAdminTemplateMixin, FormView):
    """Choose the opener or a top-story slot for an article, see the slots as they will be, then publish."""

    template_name = "news/admin/pin.html"
    form_class = PinForm
    page_title = gettext_lazy("Op de voorpagina zetten")
    header_icon = "home"

    def dispatch(self, request, *args, **kwargs):
        self.article = get_object_or_404(ArticlePage, pk=kwargs["article_id"])
        self.home = desk.front_page(request)
        if self.home is None or not desk.may_edit_front(request.user, self.home):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.article.title

    def get_breadcrumbs_items(self):
        desk_item = {"url": reverse("krant_desk"), "label": _("Redactiebureau")}
        return [*self.breadcrumbs_items, desk_item, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        current = desk.Slots.of(self.home)
        form = context["form"]
        preview = None
        if form.is_bound and form.is_valid():
            preview = current.with_article(self.article.pk, form.cleaned_data["slot"])
        shown = desk.slot_articles(current, *([preview] if preview else []))
        context.update(
            article=self.article,
            current=slot_rows(current, shown),
            preview=slot_rows(preview, shown) if preview else None,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.article.pk]),
        )
        return context

    def form_valid(self, form):
        if "preview" in self.request.POST:
            return self.render_to_response(self.get_context_data(form=form))
        try:
            desk.pin_to_front(self.home, self.article, form.cleaned_data["slot"], self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("'%(title)s' staat op de voorpagina.") % {"title": self.article.title}
        )
        return redirect("krant_desk")
