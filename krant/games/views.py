"""What a puzzle answers apart from its cached page: the check, the reveal, a member's progress.

The puzzle page carries no CSRF token (it is the same cached page for everyone), so its form posts here: the
check and the reveal change nothing on the server and are only rate limited. A member's progress is personal:
never cached, CSRF-protected, rate limited per account.
"""

import json

from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.middleware.csrf import get_token
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from krant.community.limits import account_key, limited
from krant.core.cache import mark_private
from krant.games import services
from krant.games.models import GamesPage, Level, find_playable

CHECK = [("games-check", "30/m", "ip")]
PROGRESS = [("games-progress-account", "30/m", account_key), ("games-progress-address", "300/m", "ip")]
MAX_SECONDS = 7 * 24 * 3600


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def error_json(code: str, message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


# A check or a reveal changes nothing and answers only the one who posted, so no token: a page with one could
# not be cached. A cross-site post learns nothing it could read.
@csrf_exempt
@never_cache
@limited(CHECK)
def check(request, kind, day, level=Level.STANDARD):
    """Answer 'Controleer' (which filled cells are wrong, or solved) and 'Toon oplossing' for one puzzle."""
    puzzle = find_playable(kind, day, level)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    mark_private(request)
    if request.POST.get("actie") == "oplossing":  # whatever the grid holds: the reader gives up
        if wants_json(request):
            return JsonResponse({"solution": puzzle.solution})
        return render_puzzle(request, puzzle, solution=puzzle.solution)
    try:
        entries = services.read_entries(puzzle, request.POST)
    except services.EntryError as error:
        if wants_json(request):
            return error_json("invalid_grid", str(error), 400)
        return render_puzzle(request, puzzle, status=400, error=str(error))
    result = services.check(puzzle, entries)
    if wants_json(request):
        return JsonResponse(result.as_json())
    return render_puzzle(
        request,
        puzzle,
        entries=entries,
        wrong=result.wrong,
        result={"solved": result.solved, "message": result.message},
    )


def render_puzzle(request, puzzle, **context):
    """The puzzle's page after a check or a reveal, for a reader without JavaScript."""
    page = GamesPage.objects.live().first()
    if page is None:
        raise Http404  # no Spellen page to show the puzzle in
    return page.render_puzzle(request, puzzle, **context)


@never_cache
@limited(PROGRESS)
def progress(request, kind, day, level=Level.STANDARD):
    """A member's grid and time of one puzzle (GET), or keep them (POST, with the token this GET gives)."""
    puzzle = find_playable(kind, day, level)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if not request.user.is_authenticated:
        if request.method == "POST":
            return error_json("login_required", _("Log in om je voortgang te bewaren."), 403)
        return JsonResponse({"member": False})
    if request.method == "POST":
        return save(request, puzzle)
    saved = puzzle.progress.filter(user=request.user).first()
    return JsonResponse(
        {
            "member": True,
            "csrf_token": get_token(request),
            "progress": None
            if saved is None
            else {"cells": saved.cells, "seconds": saved.seconds, "solved": saved.solved_at is not None},
        }
    )


def save(request, puzzle):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return error_json("invalid_json", _("Dit is geen geldige voortgang."), 400)
    if not isinstance(data, dict):
        return error_json("invalid_json", _("Dit is geen geldige voortgang."), 400)
    cells, seconds = data.get("cells"), data.get("seconds", 0)
    if not isinstance(cells, str) or len(cells) != puzzle.size * puzzle.size:
        return error_json(
            "invalid_grid",
            _("Dit rooster past niet bij de puzzel: die heeft %(count)d vakjes.") % {"count": puzzle.size**2},
            400,
        )
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 <= seconds <= MAX_SECONDS:
        return error_json("invalid_seconds", _("De tijd moet een heel aantal seconden zijn."), 400)
    form = {f"c{i}": "" if value == "." else value for i, value in enumerate(cells)}
    try:
        entries = services.read_entries(puzzle, form)
    except services.EntryError as error:
        return error_json("invalid_grid", str(error), 400)
    saved = services.save_progress(request.user, puzzle, entries, seconds)
    return JsonResponse({"saved": True, "solved": saved.solved_at is not None})
