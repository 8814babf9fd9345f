"""'Live scores' in the admin: today's matches and those in play, each with its score and status, saved
with one click. Every write is `services.record_score`; this view checks who asks and reads the form."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.scores import services
from krant.scores.board import day_start
from krant.scores.forms import ScoreForm
from krant.scores.models import PLAYING, Match, Status

PERMISSION = "scores.change_match"


def quick_url() -> str:
    return reverse("scores_live")


def todays_matches():
    """Matches of today (Amsterdam) and any still in play, races left out (their result is a list)."""
    today = timezone.localdate()
    start, end = day_start(today), day_start(today + timedelta(days=1))
    in_day = Match.objects.filter(starts_at__gte=start, starts_at__lt=end)
    return (
        (in_day | Match.objects.filter(status__in=PLAYING))
        .filter(home__isnull=False)
        .select_related("home", "away", "competition", "round")
        .order_by("starts_at", "pk")
    )


class LiveScoresView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "scores/admin/live.html"
    page_title = gettext_lazy("Live scores")
    header_icon = "pick"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, failed=None, **kwargs):
        rows = []
        for match in todays_matches():
            if failed is not None and failed.data.get("match") == str(match.pk):
                rows.append((match, failed))
            else:
                initial = {
                    "match": match.pk,
                    "home_score": match.home_score,
                    "away_score": match.away_score,
                    "status": match.status,
                }
                rows.append((match, ScoreForm(initial=initial, prefix=None)))
        return super().get_context_data(rows=rows, failed=failed, statuses=Status.choices, **kwargs)

    def post(self, request):
        form = ScoreForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(failed=form), status=400)
        match = Match.objects.filter(pk=form.cleaned_data["match"], home__isnull=False).first()
        if match is None:
            raise Http404(_("Deze wedstrijd bestaat niet (meer)."))
        data = form.cleaned_data
        changed = services.record_score(match, data["home_score"], data["away_score"], data["status"])
        if changed:
            messages.success(request, _("%(match)s: opgeslagen.") % {"match": match})
        return redirect(f"{quick_url()}#wedstrijd-{match.pk}", permanent=False)
