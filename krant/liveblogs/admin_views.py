"""The liveblog's own workplace in the admin: post an update in seconds, and edit, delete, pin or mark
the ones posted, beside other editors (no page lock). The desk also closes, reopens and names reporters.

Every write is a call to krant.liveblogs.services; these views check who asks, read the form and say
what happened. Who may post: `LiveBlogPage.may_post` (Eindredactie, Beheer, the liveblog's reporters).
"""

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.core.roles import ADMINS, DESK
from krant.liveblogs import push, services
from krant.liveblogs.forms import CoverageEndForm, ReportersForm, UpdateForm
from krant.liveblogs.models import LiveBlogPage, LiveUpdate
from krant.push.admin_views import SendPushView, can_send_push
from krant.push.topics import BREAKING

ADMIN_LIST_SIZE = 50  # updates listed under the form; older ones page by ?voor=<id>
FLAGS = {
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "key": {"key_event": True},
    "unkey": {"key_event": False},
}


def is_desk(user) -> bool:
    return user.is_superuser or user.groups.filter(name__in=[DESK, ADMINS]).exists()


def forbidden(message: str = "") -> HttpResponseForbidden:
    """A plain 403, not Wagtail's redirect to the dashboard: a reporter must see why nothing was posted."""
    message = message or _("Alleen de eindredactie en de verslaggevers van dit liveblog mogen het bijwerken.")
    return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")


def workplace_url(liveblog_id: int) -> str:
    return reverse("liveblogs_admin:index", args=[liveblog_id])


class LiveBlogView(WagtailAdminTemplateMixin, TemplateView):
    """Only for who may post to this liveblog; everyone else gets 403."""

    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        self.liveblog = get_object_or_404(LiveBlogPage, pk=kwargs["page_id"])
        if not self.liveblog.may_post(request.user):
            return forbidden()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.liveblog.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.liveblog.pk]),
                "label": self.liveblog.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]


class WorkplaceView(LiveBlogView):
    """The form for a new update on top, the updates below, newest first."""

    template_name = "liveblogs/admin/workplace.html"
    page_title = gettext_lazy("Liveblog bijwerken")

    def get_context_data(self, form=None, **kwargs):
        updates = self.liveblog.updates.select_related("image").order_by("-pk")
        before = self.request.GET.get("voor", "")
        if before.isdigit():
            updates = updates.filter(pk__lt=int(before))
        shown = list(updates[: ADMIN_LIST_SIZE + 1])
        desk = is_desk(self.request.user)
        return super().get_context_data(
            liveblog=self.liveblog,
            form=form or UpdateForm(),
            updates=shown[:ADMIN_LIST_SIZE],
            older=shown[ADMIN_LIST_SIZE - 1].pk if len(shown) > ADMIN_LIST_SIZE else None,
            is_open=self.liveblog.is_open(),
            desk=desk,
            can_push=self.liveblog.live and can_send_push(self.request.user),
            end_form=CoverageEndForm(initial={"coverage_end": self.liveblog.coverage_end}) if desk else None,
            reporters_form=ReportersForm(initial={"reporters": self.liveblog.reporters.all()})
            if desk
            else None,
            **kwargs,
        )

    def post(self, request, page_id):
        form = UpdateForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            services.post_update(self.liveblog, request.user, form.cleaned_data)
        except services.Closed as closed:
            form.add_error(None, str(closed))
            return self.render_to_response(self.get_context_data(form=form), status=409)
        messages.success(request, _("De update staat online."))
        return redirect(workplace_url(self.liveblog.pk))


class UpdateView(LiveBlogView):
    """Edit one update (readers see 'Bijgewerkt om'), or act on it: delete, pin, key event."""

    template_name = "liveblogs/admin/edit.html"
    page_title = gettext_lazy("Update bewerken")

    def dispatch(self, request, *args, **kwargs):
        self.update = get_object_or_404(LiveUpdate, pk=kwargs["update_id"], liveblog_id=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(
            liveblog=self.liveblog,
            update=self.update,
            form=form or UpdateForm(instance=self.update),
            **kwargs,
        )

    def post(self, request, page_id, update_id):
        action = request.POST.get("action", "edit")
        if action == "delete":
            services.delete_update(self.update)
            messages.success(request, _("De update is verwijderd."))
        elif action in FLAGS:
            services.mark_update(self.update, **FLAGS[action])
            messages.success(request, _("De update is aangepast."))
        elif action == "edit":
            form = UpdateForm(request.POST, instance=LiveUpdate.objects.get(pk=self.update.pk))
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(form=form), status=400)
            services.edit_update(self.update, form.cleaned_data)
            messages.success(
                request, _("De update is bijgewerkt; lezers zien het tijdstip van de wijziging.")
            )
        else:
            return self.render_to_response(self.get_context_data(), status=400)
        return redirect(workplace_url(self.liveblog.pk))


class StateView(LiveBlogView):
    """The desk's part: close now, plan the end, reopen, and name the reporters."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not is_desk(request.user):
            return forbidden()
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, page_id):
        action = request.POST.get("action")
        if action == "close":
            services.close_liveblog(self.liveblog)
            messages.success(request, _("Het liveblog is gesloten; het label 'Live' is overal weg."))
        elif action == "reopen":
            services.reopen_liveblog(self.liveblog)
            messages.success(request, _("Het liveblog is weer open."))
        elif action == "plan":
            form = CoverageEndForm(request.POST)
            if not form.is_valid() or (form.cleaned_data["coverage_end"] or timezone.now()) < timezone.now():
                messages.error(request, _("Geef een sluitingstijd in de toekomst."))
                return redirect(workplace_url(self.liveblog.pk))
            services.plan_close(self.liveblog, form.cleaned_data["coverage_end"])
            messages.success(request, _("De geplande sluiting is opgeslagen."))
        elif action == "reporters":
            form = ReportersForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Kies verslaggevers uit de lijst."))
                return redirect(workplace_url(self.liveblog.pk))
            services.set_reporters(self.liveblog, form.cleaned_data["reporters"])
            messages.success(request, _("De verslaggevers zijn opgeslagen."))
        else:
            messages.error(request, _("Onbekende actie."))
        return redirect(workplace_url(self.liveblog.pk))


class PushUpdateView(SendPushView):
    """'Verstuur als pushbericht' on a key event: to who follows the liveblog's key events, and to breaking
    news. Key events only: readers chose this liveblog's key events, not each of its updates; the desk marks
    an update first (one press) when it must go out."""

    template_name = "liveblogs/admin/push.html"

    def dispatch(self, request, *args, **kwargs):
        # Checked here too for the workplace's plain 403 (the push view's check redirects, as Wagtail does).
        if not can_send_push(request.user):
            return forbidden(_("Alleen de eindredactie verstuurt pushberichten."))
        return super().dispatch(request, *args, **kwargs)

    def load(self, page_id, update_id):
        self.update = get_object_or_404(
            LiveUpdate.objects.select_related("liveblog"), pk=update_id, liveblog_id=page_id
        )
        self.liveblog = self.update.liveblog
        if not (self.liveblog.live and self.update.key_event):
            messages.error(
                self.request,
                _("Alleen een kerngebeurtenis van een gepubliceerd liveblog gaat als pushbericht."),
            )
            return redirect(workplace_url(self.liveblog.pk))
        return None

    def get_page_subtitle(self):
        return self.liveblog.title

    def item_key(self):
        return f"liveupdate:{self.update.pk}"

    def item_topics(self):
        found = [(BREAKING, _("Belangrijk nieuws"))]
        if push.is_known(str(self.liveblog.pk)):  # a closed liveblog's topic is gone; breaking stays
            found.insert(0, (push.topic(self.liveblog), _("Volgers van dit liveblog")))
        return found

    def item_url(self):
        return self.update.get_absolute_url()

    def initial_text(self):
        return self.update.title or self.liveblog.title, self.update.text

    def back_url(self):
        return workplace_url(self.liveblog.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(liveblog=self.liveblog, update=self.update, **kwargs)
