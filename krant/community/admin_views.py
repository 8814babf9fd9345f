"""The Moderator group's workplace in the admin: the queues, a member's record and sanctions, closing a
discussion. Every decision is a call to krant.community.comments (which writes the audit row); these views
only check who asks, read the form and say what happened."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.community import classifier, comments, queues
from krant.community.comments import Refused
from krant.community.models import (
    AuditKind,
    Comment,
    CommunitySettings,
    HouseRule,
    Member,
    ModelDecision,
    ModelOutcome,
    ModerationAction,
    ModerationModel,
    Status,
    TrustLevel,
)
from krant.news.models import ArticlePage

MODERATE = "community.moderate_comment"
# Rows one bulk action may touch: a page of a queue and then some; more is a mistake or an attack.
MAX_BULK = 100


def can_moderate(user) -> bool:
    return user.is_active and user.has_perm(MODERATE)


class ModeratorOnly:
    """Refuse everyone outside the Moderator group (and Beheer); Wagtail turns it into 'no permission'."""

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ModeratorPage(ModeratorOnly, WagtailAdminTemplateMixin):
    """A page of the moderators' workplace: its breadcrumbs lead back to the queues."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("community_moderation:index"), "label": _("Moderatie")},
            {"url": "", "label": self.get_header_title()},
        ]


def back(request, fallback: str):
    """Redirect to the page the form came from (`next`), if it is ours; else to `fallback`."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = fallback
    return redirect(target)


def queue_url(slug: str) -> str:
    return reverse("community_moderation:queue", args=[slug])


class QueueView(ModeratorPage, TemplateView):
    """One queue, paginated, with every queue's count in the tabs and the actions on each row."""

    template_name = "community/admin/queue.html"
    header_icon = "comment"
    page_title = gettext_lazy("Wachtrij")

    def dispatch(self, request, *args, slug=queues.QUEUES[0].slug, **kwargs):
        self.queue = queues.BY_SLUG.get(slug)
        if self.queue is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.queue.label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = queues.counts()
        page = Paginator(self.queue.comments(), queues.PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            queue=self.queue,
            tabs=[(queue, counts[queue.slug], queue_url(queue.slug)) for queue in queues.QUEUES],
            page_obj=page,
            rows=queues.rows(page.object_list),
            house_rules=HouseRule.choices,
            here=self.request.get_full_path(),
            decide_url=reverse("community_moderation:decide"),
            answering=self.queue.slug == "vragen",
        )
        return context


ACTIONS = {
    "approve": lambda user, pk, reason: comments.approve(user, pk),
    "reject": lambda user, pk, reason: comments.reject(user, pk, reason),
    "feature": lambda user, pk, reason: comments.feature(user, pk, True),
    "unfeature": lambda user, pk, reason: comments.feature(user, pk, False),
}
DONE = {
    "approve": lambda n: ngettext("%(count)d reactie goedgekeurd.", "%(count)d reacties goedgekeurd.", n),
    "reject": lambda n: ngettext(
        "%(count)d reactie afgewezen; de schrijver krijgt een mail.",
        "%(count)d reacties afgewezen; de schrijvers krijgen een mail.",
        n,
    ),
    "feature": lambda n: ngettext("%(count)d reactie uitgelicht.", "%(count)d reacties uitgelicht.", n),
    "unfeature": lambda n: ngettext(
        "%(count)d reactie niet meer uitgelicht.", "%(count)d reacties niet meer uitgelicht.", n
    ),
}


class DecideView(ModeratorOnly, View):
    """Approve, reject (with a house rule), feature or unfeature one comment or a selection: all or none."""

    http_method_names = ["post"]

    def post(self, request):
        action = request.POST.get("action", "")
        reason = request.POST.get("reason", "")
        fallback = queue_url(queues.QUEUES[0].slug)
        if action not in ACTIONS:
            messages.error(request, _("Kies wat er met de reacties moet gebeuren."))
            return back(request, fallback)
        try:
            ids = sorted({int(value) for value in request.POST.getlist("comment")})
        except ValueError:
            raise Http404 from None
        if not ids:
            messages.error(request, _("Kies eerst een of meer reacties."))
            return back(request, fallback)
        if len(ids) > MAX_BULK:
            messages.error(request, _("Kies hoogstens %(max)d reacties tegelijk.") % {"max": MAX_BULK})
            return back(request, fallback)
        if Comment.objects.filter(pk__in=ids).count() != len(ids):
            raise Http404
        if action == "reject" and reason not in HouseRule.values:
            messages.error(
                request, _("Kies de huisregel die de reactie overtreedt; de schrijver krijgt die te zien.")
            )
            return back(request, fallback)
        try:
            with transaction.atomic():
                for pk in ids:
                    ACTIONS[action](request.user, pk, reason)
        except Refused as refused:
            messages.error(request, refused.message)
            return back(request, fallback)
        messages.success(request, DONE[action](len(ids)) % {"count": len(ids)})
        return back(request, fallback)


class AnswerView(ModeratorOnly, View):
    """Post the newsroom's answer under a question (or a comment calling on @redactie)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        question = get_object_or_404(Comment.objects.select_related("thread__page"), pk=pk)
        try:
            comments.post(
                request.user, question.thread.page.specific, request.POST.get("body", ""), parent=question
            )
        except Refused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Het antwoord van de redactie staat onder de vraag."))
        return back(request, queue_url("vragen"))


class MemberActionForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[
            (kind, AuditKind(kind).label)
            for kind in (
                AuditKind.NOTE,
                AuditKind.WARN,
                AuditKind.SUSPEND,
                AuditKind.BAN,
                AuditKind.RESTORE,
                AuditKind.TRUST,
            )
        ]
    )
    note = forms.CharField(
        label=gettext_lazy("Notitie"), required=False, max_length=2000, widget=forms.Textarea
    )
    until = forms.DateTimeField(
        label=gettext_lazy("Geschorst tot"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    trust = forms.TypedChoiceField(
        label=gettext_lazy("Vertrouwen"), choices=TrustLevel.choices, coerce=int, required=False
    )


class MemberView(ModeratorPage, TemplateView):
    """A member's record for moderators: comments with their status, notes, warnings and sanctions."""

    template_name = "community/admin/member.html"
    header_icon = "user"
    page_title = gettext_lazy("Lid")
    HISTORY = 50

    def dispatch(self, request, *args, **kwargs):
        self.member = get_object_or_404(Member.objects.select_related("user"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.member.display_name

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        history = queues.rows(
            queues.with_context(Comment.objects.filter(author=self.member)).order_by("-created_at", "-pk")[
                : self.HISTORY
            ]
        )
        context.update(
            member=self.member,
            record=queues.author_records([self.member.pk]).get(
                self.member.pk, {"approved": 0, "rejected": 0, "total": 0}
            ),
            history=history,
            actions=ModerationAction.objects.filter(member=self.member).select_related("comment")[:100],
            form=form or MemberActionForm(),
            trust_levels=TrustLevel.choices,
            house_rules=HouseRule.choices,
            here=self.request.get_full_path(),
            decide_url=reverse("community_moderation:decide"),
            audit_url=reverse("community_audit:index") + f"?member={self.member.pk}",
            edit_url=reverse("community_members:edit", args=[self.member.pk]),
            suspended=bool(self.member.suspended_until and self.member.suspended_until > timezone.now()),
        )
        return context

    def post(self, request, pk):
        form = MemberActionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                comments.act_on_member(
                    request.user,
                    self.member,
                    data["kind"],
                    note=data["note"],
                    until=data["until"],
                    trust=data["trust"],
                )
            except Refused as refused:
                form.add_error(None, refused.message)
            else:
                messages.success(
                    request,
                    _("%(action)s: vastgelegd voor %(name)s.")
                    % {"action": AuditKind(data["kind"]).label, "name": self.member.display_name},
                )
                return redirect("community_moderation:member", self.member.pk)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class CloseThreadView(ModeratorPage, TemplateView):
    """'Sluit discussie': ask, then close the discussion under an article (it stays readable)."""

    template_name = "community/admin/close.html"
    header_icon = "lock"
    page_title = gettext_lazy("Discussie sluiten")

    def dispatch(self, request, *args, **kwargs):
        self.article = get_object_or_404(ArticlePage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.article.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(article=self.article, next=self.request.GET.get("next", ""), **kwargs)

    def post(self, request, page_id):
        if comments.close_thread(request.user, self.article):
            messages.success(
                request, _("De discussie onder '%(title)s' is gesloten.") % {"title": self.article.title}
            )
        else:
            messages.info(
                request, _("De discussie onder '%(title)s' was al gesloten.") % {"title": self.article.title}
            )
        return back(request, queue_url(queues.QUEUES[0].slug))


# The learned moderation model: how it does, its thresholds, switching it off, retraining.

CHANGE_RULES = "community.change_communitysettings"
THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
RECENT_VERSIONS = 10


class ModelSettingsForm(forms.ModelForm):
    class Meta:
        model = CommunitySettings
        fields = ["model_enabled", "model_approve_threshold", "model_reject_threshold", "model_sample_rate"]
        widgets = {
            "model_approve_threshold": forms.NumberInput(attrs={"step": "0.01", "min": "0.5", "max": "1"}),
            "model_reject_threshold": forms.NumberInput(attrs={"step": "0.01", "min": "0.5", "max": "1"}),
            "model_sample_rate": forms.NumberInput(attrs={"min": "0", "max": "100"}),
        }


def percent(value: float | None) -> str:
    return "–" if value is None else f"{formats.number_format(value * 100, 1)}%"


def measured(heldout: list, approve: float, reject: float) -> dict:
    """Return classifier.measure's figures formatted for the page."""
    found = classifier.measure(heldout, approve, reject)
    return {
        "approve": approve,
        "reject": reject,
        "publish": found["publish"],
        "publish_precision": percent(found["publish"].precision),
        "publish_recall": percent(found["publish"].recall),
        "hold": found["hold"],
        "hold_precision": percent(found["hold"].precision),
        "hold_recall": percent(found["hold"].recall),
        "queue": found["queue"],
        "automated": percent(1 - found["queue"] / found["total"]) if found["total"] else "–",
        "rule": percent(found["rule"]),
        "wordlists": found["wordlists"],
        "wordlists_precision": percent(found["wordlists"].precision),
        "wordlists_recall": percent(found["wordlists"].recall),
    }


class ModelView(ModeratorPage, TemplateView):
    """'Automatische moderatie': the active model, its precision and recall on held-out decisions, the
    thresholds and sample (for who may change the community's rules), and 'retrain now'."""

    template_name = "community/admin/model.html"
    header_icon = "cogs"
    page_title = gettext_lazy("Automatische moderatie")

    def dispatch(self, request, *args, **kwargs):
        self.rules = comments.stored_site_settings()
        return super().dispatch(request, *args, **kwargs)

    def may_change(self) -> bool:
        return self.request.user.has_perm(CHANGE_RULES) and self.rules.pk is not None

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        row, problem = classifier.status()
        heldout = row.evaluation.get("heldout", []) if row else []
        rules = self.rules
        since = ModerationAction.objects.filter(
            kind__in=[AuditKind.APPROVE, AuditKind.REJECT],
            moderator__isnull=False,
            pk__gt=row.last_decision if row else 0,
        )
        decided = ModelDecision.objects.filter(reviewed_at__isnull=False)
        context.update(
            model=row,
            problem=problem,
            rolled_back=ModerationModel.rolled_back(),
            rules=rules,
            may_change=self.may_change(),
            form=form or ModelSettingsForm(instance=rules),
            current=measured(heldout, rules.model_approve_threshold, rules.model_reject_threshold)
            if heldout
            else None,
            grid=[measured(heldout, value, value) for value in THRESHOLD_GRID] if heldout else [],
            trained_on=row.evaluation.get("trained_on", 0) if row else 0,
            new_decisions=since.count(),
            corrections=decided.filter(
                Q(outcome=ModelOutcome.PUBLISH, comment__status=Status.REJECTED)
                | Q(outcome=ModelOutcome.HOLD, comment__status=Status.APPROVED)
            ).count(),
            versions=ModerationModel.objects.all()[:RECENT_VERSIONS],
            may_roll_back=self.request.user.has_perm(comments.ROLL_BACK),
            sample_url=queue_url("steekproef"),
        )
        return context

    def post(self, request):
        if "activate" in request.POST:
            return self.activate(request)
        if not self.may_change():
            raise PermissionDenied
        if "retrain" in request.POST:
            CommunitySettings.objects.filter(pk=self.rules.pk).update(
                model_retrain_requested_at=timezone.now()
            )
            messages.success(
                request,
                _("Het model wordt opnieuw getraind; dat gebeurt binnen een minuut op de achtergrond."),
            )
            return redirect("community_model:index")
        form = ModelSettingsForm(request.POST, instance=self.rules)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.save()
        messages.success(request, _("De instellingen van de automatische moderatie zijn opgeslagen."))
        return redirect("community_model:index")

    def activate(self, request):
        """Roll back (or forward) to a trained version: Beheer only."""
        if not request.user.has_perm(comments.ROLL_BACK):
            raise PermissionDenied
        version = request.POST["activate"]
        try:
            if not version.isdigit():
                raise Refused(_("Deze versie van het model bestaat niet."), "no_version")
            row = comments.activate_model(request.user, int(version))
        except Refused as refused:
            messages.error(request, refused.message)
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(request, _("Versie %(version)s is nu het actieve model.") % {"version": row.version})
        return redirect("community_model:index")
