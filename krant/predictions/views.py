"""The member's own part of the Sportspellen: their predictions and their groups. Never cached (the game's
page, the same for everyone, links here); plain forms, a POST per change, rate-limited."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from krant.community.limits import limited
from krant.community.views import member_of
from krant.predictions import leaderboards, limits, services
from krant.predictions.models import Group, Prediction, PredictionGamePage, open_matches_of

MATCHES_PER_PAGE = 20


def member_view(view):
    """Login and a community name required; the member is passed on."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        member = member_of(request.user)
        if member is not None and member.banned:
            raise PermissionDenied(_("Je account mag niet meer meespelen."))
        if member is None:
            messages.info(request, _("Kies eerst een naam in de community; daarna kun je meespelen."))
            return redirect("community:settings")
        return view(request, member, *args, **kwargs)

    return never_cache(login_required(wrapped))


def game_of(page_id: int) -> PredictionGamePage:
    page = PredictionGamePage.objects.live().public().select_related("competition").filter(pk=page_id).first()
    if page is None or page.competition is None:
        raise Http404
    return page


def parse_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@member_view
@limited(limits.PREDICT)
@require_http_methods(["GET", "HEAD", "POST"])
def predict(request, member, page_id: int):
    """The open matches of the game, each with the member's prediction in a form of its own."""
    page = game_of(page_id)
    error, status = None, 200
    if request.method == "POST":
        match_id = parse_int(request.POST.get("match"))
        if match_id is None or not page.competition.matches.filter(pk=match_id).exists():
            raise Http404
        try:
            services.place_prediction(
                member,
                match_id,
                home_score=parse_int(request.POST.get("home_score")),
                away_score=parse_int(request.POST.get("away_score")),
                top_three=[parse_int(request.POST.get(name)) for name in ("first", "second", "third")],
            )
        except services.Locked as refused:
            error, status = (match_id, str(refused)), 409
        except services.PredictionError as refused:
            error, status = (match_id, str(refused)), 400
        else:
            messages.success(request, _("Je voorspelling is opgeslagen."))
            return redirect(f"{request.path}#wedstrijd-{match_id}")
    matches = list(open_matches_of(page.competition, timezone.now())[:MATCHES_PER_PAGE])
    mine = {p.match_id: p for p in Prediction.objects.filter(member=member, match__in=matches)}
    drivers = services.race_drivers(matches[0]) if matches and page.competition.is_race else []
    for match in matches:
        match.mine = mine.get(match.pk)
        match.error = error[1] if error and error[0] == match.pk else None
    # A match closed meanwhile is no longer listed: its message goes above the list.
    listed = {match.pk for match in matches}
    general_error = error[1] if error and error[0] not in listed else None
    context = {"page": page, "matches": matches, "drivers": drivers, "general_error": general_error}
    return render(request, "predictions/predict.html", context, status=status)


@member_view
@limited(limits.GROUPS)
@require_http_methods(["GET", "HEAD", "POST"])
def groups(request, member, page_id: int):
    """The member's groups in this game, and a form to make one."""
    page = game_of(page_id)
    error, status = None, 200
    if request.method == "POST":
        try:
            group = services.create_group(member, page.competition_id, request.POST.get("name", ""))
        except services.PredictionError as refused:
            error, status = str(refused), 400
        else:
            messages.success(request, _("Je groep is gemaakt. Deel de uitnodigingslink met wie je wilt."))
            return redirect("predictions:group", token=group.token)
    mine = Group.objects.filter(competition=page.competition, memberships__member=member).order_by("name")
    context = {"page": page, "groups": list(mine), "error": error}
    return render(request, "predictions/groups.html", context, status=status)


@member_view
@limited(limits.GROUPS)
@require_http_methods(["GET", "HEAD", "POST"])
def group(request, member, token: str):
    """A group's leaderboard for its members; for anyone else with the link, the invitation to join."""
    found = get_object_or_404(Group.objects.select_related("competition", "owner"), token=token)
    joined = found.memberships.filter(member=member).exists()
    error, status = None, 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "join":
                services.join_group(member, found)
                messages.success(request, _("Je doet mee in %(name)s.") % {"name": found.name})
                return redirect("predictions:group", token=token)
            if not joined:
                raise Http404
            if action == "leave":
                services.leave_group(member, found)
                messages.success(request, _("Je hebt %(name)s verlaten.") % {"name": found.name})
                return redirect(reverse("community:home"))
            if action == "remove":
                services.remove_member(member, found, parse_int(request.POST.get("member")) or 0)
                messages.success(request, _("Het lid is uit de groep gehaald."))
                return redirect("predictions:group", token=token)
            error, status = _("Onbekende actie."), 400
        except services.PredictionError as refused:
            error, status = str(refused), 400
    context = {
        "group": found,
        "joined": joined,
        "is_owner": found.owner_id == member.pk,
        "member": member,
        "error": error,
        "invite_url": request.build_absolute_uri(reverse("predictions:group", kwargs={"token": token})),
        "leaderboard": leaderboards.season(found.competition, group=found) if joined else [],
        "members": list(found.members.order_by("display_name")) if joined else [],
    }
    return render(request, "predictions/group.html", context, status=status)
