"""The game's page: its rules, the matches still open, the season's and each round's leaderboard.

Every part of it is public and the same for every reader (cached, purged with the competition's Scorebord
key and the game's key when points change); the member's own predictions and groups are on the uncached
pages of `krant.predictions.views`.
"""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from krant.core.pagecache import add_keys, limit_lifetime
from krant.news.models import LISTING_PARENTS
from krant.predictions import leaderboards
from krant.predictions.models.game import game_key, open_matches_of, rules
from krant.scores.models import ALL_KEY, Competition, Round


class PredictionGamePage(RoutablePageMixin, Page):
    """A prediction game over one competition: its rules, the matches still open, and the leaderboards."""

    intro = models.TextField(_("intro"), blank=True)
    competition = models.ForeignKey(
        Competition,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("competitie"),
        help_text=_("De competitie waarvan leden de uitslagen voorspellen (een seizoen)."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("competition")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    show_in_menus_default = True

    class Meta:
        verbose_name = _("voorspelspel")

    def render_game(self, request, template: str, **context):
        keys = [ALL_KEY]
        if self.competition_id:
            keys += [self.competition.cache_key, game_key(self.competition_id)]
        add_keys(request, *keys)
        return self.render(request, template=f"predictions/{template}", context_overrides=context)

    @path("")
    def overview(self, request):
        competition = self.competition
        context = {"rules": rules(competition), "open_matches": [], "season": [], "rounds": []}
        if competition is not None:
            now = timezone.now()
            open_matches = list(open_matches_of(competition, now)[:20])
            if open_matches:
                # The list changes at the next kick-off: keep the page no longer than that.
                limit_lifetime(request, int((open_matches[0].starts_at - now).total_seconds()) + 1)
            context.update(
                open_matches=open_matches,
                season=leaderboards.season(competition),
                rounds=list(
                    Round.objects.filter(competition=competition, matches__predictions__isnull=False)
                    .distinct()
                    .order_by("number")
                ),
            )
        return self.render_game(request, "game_page.html", **context)

    @path("ronde/<int:number>/")
    def round_page(self, request, number):
        round_ = Round.objects.filter(competition_id=self.competition_id, number=number).first()
        if round_ is None:
            raise Http404
        return self.render_game(
            request,
            "round.html",
            round=round_,
            rules=rules(self.competition),
            leaderboard=leaderboards.for_round(round_),
        )
