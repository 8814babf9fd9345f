"""The admin's 'Scorebord': competitions and their rules, teams, rounds, the fixture list, race results, the
providers' feeds, and 'Live scores', the quick form for today's matches."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from krant.scores import admin_views, services
from krant.scores.models import Competition, Match, Participant, Round, ScoreFeed


class CompetitionViewSet(ModelViewSet):
    name = "scores_competition"
    url_prefix = "scorebord/competities"
    model = Competition
    icon = "list-ol"
    menu_label = _("Competities")
    form_fields = [
        "name",
        "slug",
        "sport",
        "season",
        "position",
        "points_win",
        "points_draw",
        "points_loss",
        "tie_break",
        "race_points",
        "standings_shown",
        "external_id",
    ]
    list_display = ["name", "season", "sport", "position"]


class ParticipantViewSet(ModelViewSet):
    name = "scores_participant"
    url_prefix = "scorebord/deelnemers"
    model = Participant
    icon = "group"
    menu_label = _("Teams en deelnemers")
    form_fields = ["name", "short_name", "affiliation", "external_id"]
    list_display = ["name", "short_name", "affiliation"]
    search_fields = ["name"]


class RoundViewSet(ModelViewSet):
    name = "scores_round"
    url_prefix = "scorebord/rondes"
    model = Round
    icon = "date"
    menu_label = _("Rondes")
    form_fields = ["competition", "number", "name"]
    list_display = ["name", "competition", "number"]
    list_filter = ["competition"]


class MatchEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        services.match_edited(instance)
        return instance


class MatchIndexView(IndexView):
    def get_base_queryset(self):
        # Each row names both sides, its competition and round: one query for the page, not four a row.
        return super().get_base_queryset().select_related("home", "away", "competition", "round__competition")


class MatchViewSet(ModelViewSet):
    name = "scores_match"
    url_prefix = "scorebord/wedstrijden"
    model = Match
    icon = "pick"
    menu_label = _("Wedstrijden en races")
    edit_view_class = MatchEditView
    index_view_class = MatchIndexView
    panels = [
        FieldPanel("competition"),
        FieldPanel("round"),
        FieldPanel("name"),
        FieldPanel("home"),
        FieldPanel("away"),
        FieldPanel("starts_at"),
        FieldPanel("venue"),
        FieldPanel("status"),
        FieldPanel("home_score"),
        FieldPanel("away_score"),
        FieldPanel("external_id"),
        InlinePanel("placings", heading=_("Uitslag (races)"), label=_("Plaats")),
    ]
    list_display = ["__str__", "competition", "round", "starts_at", "status"]
    list_filter = ["competition", "status"]
    search_fields = ["name", "home__name", "away__name"]
    ordering = ["-starts_at"]


class FeedViewSet(ModelViewSet):
    name = "scores_feed"
    url_prefix = "scorebord/bronnen"
    model = ScoreFeed
    icon = "download"
    menu_label = _("Uitslagenbronnen")
    form_fields = ["competition", "url", "active"]
    list_display = ["competition", "url", "active", "last_fetched_at", "next_fetch_at", "last_report"]


class ScoresGroup(ModelViewSetGroup):
    menu_label = _("Scorebord")
    menu_icon = "list-ol"
    items = (CompetitionViewSet, ParticipantViewSet, RoundViewSet, MatchViewSet, FeedViewSet)


@hooks.register("register_admin_viewset")
def register_viewset():
    return ScoresGroup()


@hooks.register("register_admin_urls")
def register_urls():
    return [path("scorebord/live/", admin_views.LiveScoresView.as_view(), name="scores_live")]


class LiveScoresMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_live_scores_item():
    return LiveScoresMenuItem(_("Live scores"), reverse("scores_live"), icon_name="pick", order=160)
