"""The Scorebord page and its routes: the week's matches, a competition, a round, a match."""

from datetime import timedelta

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from krant.core.pagecache import add_keys, limit_lifetime
from krant.feeds.structured_data import json_ld
from krant.news.models import LISTING_PARENTS
from krant.scores import board
from krant.scores.models.results import ALL_KEY, OVERVIEW_KEY, Competition, Match, Round
from krant.scores.structured_data import sports_event


class ScoreboardPage(RoutablePageMixin, Page):
    """Scorebord: this week's matches per competition, and a page per competition, round and match."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("scorebord")

    def render_scores(self, request, template: str, keys: tuple[str, ...], **context):
        add_keys(request, ALL_KEY, *keys)
        return self.render(request, template=f"scores/{template}", context_overrides=context)

    @path("")
    def overview(self, request):
        now = timezone.now()
        today = timezone.localdate(now)
        week = board.week_matches(today)
        # The week moves at midnight: keep the page no longer than that.
        midnight = board.day_start(today + timedelta(days=1))
        limit_lifetime(request, int((midnight - now).total_seconds()) + 1)
        return self.render_scores(
            request, "scoreboard_page.html", (OVERVIEW_KEY,), competitions=week, today=today
        )

    @path("<slug:slug>/")
    def competition_page(self, request, slug):
        competition = Competition.objects.filter(slug=slug).first()
        if competition is None:
            raise Http404
        state = board.competition_state(competition)
        return self.render_scores(
            request, "competition.html", (competition.cache_key,), competition=competition, **state
        )

    @path("<slug:slug>/ronde/<int:number>/")
    def round_page(self, request, slug, number):
        found = Round.objects.select_related("competition").filter(competition__slug=slug, number=number)
        round_ = found.first()
        if round_ is None:
            raise Http404
        return self.render_scores(
            request,
            "round.html",
            (round_.competition.cache_key,),
            competition=round_.competition,
            round=round_,
            **board.round_state(round_),
        )

    @path("wedstrijd/<int:match_id>/")
    def match_page(self, request, match_id):
        match = Match.objects.for_listing().filter(pk=match_id).first()
        if match is None:
            raise Http404
        placings = list(match.placings.select_related("participant")) if match.is_race else []
        return self.render_scores(
            request,
            "match.html",
            (match.competition.cache_key,),
            match=match,
            competition=match.competition,
            placings=placings,
            match_json_ld=json_ld(sports_event(match, placings, self, request)),
        )

    @path("wedstrijd/<int:match_id>/score/")
    def score_fragment(self, request, match_id):
        """The score of one match as HTML, for the pages' script; `?v=` only keeps caches apart."""
        match = Match.objects.for_listing().filter(pk=match_id).first()
        if match is None:
            raise Http404
        add_keys(request, ALL_KEY, match.competition.cache_key)
        return TemplateResponse(request, "scores/score.html", {"match": match, "page": self})

    def match_url(self, match) -> str:
        return f"{self.url}wedstrijd/{match.pk}/"
