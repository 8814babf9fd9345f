"""The Tv-gids page and its routes: now and next, a day grid per channel group, a programme."""

from datetime import date

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from krant.core.pagecache import add_keys, limit_lifetime
from krant.news.models import LISTING_PARENTS
from krant.tvguide import guide
from krant.tvguide.models.listings import PURGE_KEY, Programme


class TvGuidePage(RoutablePageMixin, Page):
    """Tv-gids: now and next on every channel, a day grid per channel group, a page per programme."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("tv-gids")

    def declare(self, request, lifetime: int) -> None:
        add_keys(request, PURGE_KEY)
        limit_lifetime(request, max(1, lifetime), exact=True)

    @path("")
    def now_page(self, request):
        now = timezone.now()
        channel_groups = guide.groups()
        rows, next_change = guide.now_and_next(now, channel_groups)
        until = int((next_change - now).total_seconds()) + 1 if next_change else 3600
        self.declare(request, min(until, 3600))
        today = guide.amsterdam_day(now)
        return self.render(
            request,
            template="tvguide/tv_guide_page.html",
            context_overrides={
                "groups": [(group, [rows[c.pk] for c in group.channels]) for group in channel_groups],
                "picks": guide.picks(now),
                "today": today,
                "tomorrow": today.fromordinal(today.toordinal() + 1),
                "now": now,
            },
        )

    @re_path(r"^dag/(?P<day>\d{4}-\d{2}-\d{2})/(?P<group_slug>[-\w]+)/$")
    def day_page(self, request, day, group_slug):
        now = timezone.now()
        try:
            day = date.fromisoformat(day)
        except ValueError:
            raise Http404 from None
        channel_groups = guide.groups()
        group = next((g for g in channel_groups if g.slug == group_slug), None)
        if group is None or not guide.day_in_range(day, now):
            raise Http404
        # The range of days moves at midnight: keep the page no longer than that.
        midnight = guide.day_bounds(guide.amsterdam_day(now))[1]
        self.declare(request, int((midnight - now).total_seconds()) + 1)
        one_day = day.fromordinal(day.toordinal() - 1), day.fromordinal(day.toordinal() + 1)
        return self.render(
            request,
            template="tvguide/day.html",
            context_overrides={
                "day": day,
                "group": group,
                "groups": channel_groups,
                "grid": guide.day_grid(day, group),
                "previous_day": one_day[0] if guide.day_in_range(one_day[0], now) else None,
                "next_day": one_day[1] if guide.day_in_range(one_day[1], now) else None,
            },
        )

    @path("programma/<int:programme_id>/")
    def programme_page(self, request, programme_id):
        programme = Programme.objects.shown().filter(pk=programme_id).first()
        if programme is None:
            raise Http404
        self.declare(request, 86400)
        group = next((g for g in guide.groups() if programme.channel in g.channels), None)
        return self.render(
            request,
            template="tvguide/programme.html",
            context_overrides={
                "programme": programme,
                "day": guide.amsterdam_day(programme.start),
                "group": group,
            },
        )

    def day_url(self, day: date, group_slug: str) -> str:
        return f"{self.url}dag/{day.isoformat()}/{group_slug}/"

    def programme_url(self, programme: Programme) -> str:
        return f"{self.url}programma/{programme.pk}/"
