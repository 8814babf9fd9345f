"""The desk's planning of Het Woord: the coming weeks' words, each with a one-click veto."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.woord import clock, services

PLAN = "woord.add_wordveto"
PLANNED_DAYS = 28


def can_plan(user) -> bool:
    return user.is_active and user.has_perm(PLAN)


class PlanningView(WagtailAdminTemplateMixin, TemplateView):
    """Show today's and the next four weeks' words; POST vetoes one of them from its day on."""

    template_name = "woord/admin/planning.html"
    header_icon = "calendar-alt"
    page_title = gettext_lazy("Het Woord: planning")

    def dispatch(self, request, *args, **kwargs):
        if not can_plan(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        today = clock.today()
        context = super().get_context_data(**kwargs)
        context.update(today=today, days=services.planning(today, PLANNED_DAYS + 1))
        return context

    def post(self, request, *args, **kwargs):
        word = request.POST.get("woord", "")
        try:
            day = dt.date.fromisoformat(request.POST.get("dag", ""))
            services.veto_word(word, day, reason=request.POST.get("reden", ""))
        except ValueError:
            messages.error(request, _("Kies een dag uit de planning."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("‘%(word)s’ wordt vanaf %(day)s overgeslagen; de dagen vanaf dan krijgen een ander woord.")
                % {"word": word, "day": day.isoformat()},
            )
        return redirect(reverse("woord_planning"))
