"""Het Woord's answers to readers: the day's empty board (cached) and the reader's own game (never cached).

Guesses are posted without a CSRF token, as the consent form is: the page carries none so it stays the
same bytes for everyone; same_origin() (the browser's Origin header) guards the form instead. A member's
game is kept on the server, an anonymous reader's in a signed cookie holding only their own guesses and
statistics: never the answer, which the server alone knows until the game is over.
"""

import datetime as dt

from django.core import signing
from django.http import HttpResponseNotAllowed, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from krant.core.cache import mark_private
from krant.core.views import over_limit, rate_limited, same_origin
from krant.woord import clock, services, words
from krant.woord.services import Board, GuessRefused, Statistics

COOKIE = "krant_woord"
COOKIE_SALT = "krant.woord.spel"
COOKIE_AGE = 400 * 24 * 3600  # the longest browsers keep a cookie
# Per address: six guesses a day is a game, a few dozen a minute is someone typing fast with typos, and
# hundreds an hour are a script trying words.
LIMITS = [("woord-guess-minute", "30/m"), ("woord-guess-hour", "300/h")]


def page_context(page, day: dt.date) -> dict:
    """Return what the cached page shows: the day's number and an empty board, nothing of anyone's game."""
    return {"board": Board(day, [], False, None), "personal": False, "game_url": page.game_url}


class CookiePlayer:
    """An anonymous reader: today's guesses and their statistics, in a signed cookie in their browser."""

    member = False

    def __init__(self, request, day: dt.date):
        self.day = day
        self.changed = False
        try:
            data = signing.loads(request.COOKIES.get(COOKIE, ""), salt=COOKIE_SALT)
        except signing.BadSignature:
            data = {}
        if not isinstance(data, dict):
            data = {}
        self.stats = Statistics.from_dict(data.get("stats") or {})
        guesses = data.get("guesses")
        valid = isinstance(guesses, list) and all(isinstance(g, str) and words.is_word(g) for g in guesses)
        self.guesses = guesses[: services.MAX_GUESSES] if valid and data.get("day") == day.isoformat() else []

    def board(self) -> Board:
        return services.board(self.day, self.guesses)

    def guess(self, raw: str, number: str | None) -> Board:
        guess = services.check_guess(raw, self.guesses, self.day, number)
        self.guesses = [*self.guesses, guess]
        self.changed = True
        result = self.board()
        if result.over:
            self.stats.add(self.day, result.won, len(self.guesses))
        return result

    def statistics(self) -> Statistics:
        return self.stats

    def save(self, request, response) -> None:
        if self.changed:
            value = signing.dumps(
                {"day": self.day.isoformat(), "guesses": self.guesses, "stats": self.stats.as_dict()},
                salt=COOKIE_SALT,
                compress=True,
            )
            response.set_cookie(
                COOKIE, value, max_age=COOKIE_AGE, httponly=True, samesite="Lax", secure=request.is_secure()
            )


class MemberPlayer:
    """A logged-in member: games and statistics on the server, on every device."""

    member = True

    def __init__(self, request, day: dt.date):
        self.user = request.user
        self.day = day
        self.guesses = services.member_guesses(self.user, day)

    def board(self) -> Board:
        return services.board(self.day, self.guesses)

    def guess(self, raw: str, number: str | None) -> Board:
        result = services.guess_as_member(self.user, raw, number, self.day)
        self.guesses = [row.letters for row in result.rows]
        return result

    def statistics(self) -> Statistics:
        return services.member_statistics(self.user)

    def save(self, request, response) -> None:
        pass


def announcement(board: Board) -> str:
    """Return what a screen reader hears after a guess: the marks of the newest row, then how it ended."""
    if not board.rows:
        return ""
    row = board.rows[-1]
    marks = ", ".join(f"{letter.upper()} {mark.label}" for letter, mark in row.tiles)
    text = _("Poging %(count)s van %(max)s: %(marks)s.") % {
        "count": len(board.rows),
        "max": services.MAX_GUESSES,
        "marks": marks,
    }
    if board.won:
        text += " " + _("Geraden!")
    elif board.over:
        text += " " + _("Helaas, je pogingen zijn op. Het woord was %(answer)s.") % {
            "answer": board.answer.upper()
        }
    return text


def as_json(board: Board, stats: Statistics, today: dt.date, message: str, error: str) -> dict:
    return {
        "number": board.number,
        "rows": [{"letters": row.letters, "marks": [str(mark) for mark in row.marks]} for row in board.rows],
        "over": board.over,
        "won": board.won,
        "answer": board.answer,
        "keyboard": {letter: str(mark) for letter, mark in board.keyboard.items()},
        "share": board.share_text() if board.over else None,
        "message": message,
        "error": error,
        "statistics": {
            "played": stats.played,
            "win_percentage": stats.win_percentage,
            "streak": stats.current_streak(today),
            "best": stats.best,
            "distribution": stats.distribution,
        },
    }


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def refuse(request, message: str, status: int, retry_after: int | None = None):
    if wants_json(request):
        response = JsonResponse({"error": message}, status=status)
        if retry_after:
            response["Retry-After"] = str(retry_after)
        return response
    if status == 429:
        return rate_limited(request, retry_after=retry_after, message=message)
    return TemplateResponse(request, "woord/refused.html", {"message": message}, status=status)


def game(request, page):
    """Show the reader's game of today (GET) or take their guess (POST) and show the board after it."""
    mark_private(request)
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    day = clock.today()
    player = MemberPlayer(request, day) if request.user.is_authenticated else CookiePlayer(request, day)
    error, message, status = "", "", 200
    if request.method == "POST":
        waits = [over_limit(request, group, rate, method="POST") for group, rate in LIMITS]
        if wait := max((w for w in waits if w), default=None):
            message = _(
                "Je hebt te vaak achter elkaar geraden. Probeer het over %(minutes)d minuten opnieuw."
            ) % {"minutes": max(wait // 60, 1)}
            return refuse(request, message, 429, retry_after=wait)
        if not same_origin(request):
            return refuse(request, _("Je gok is niet meegeteld: het formulier kwam niet van deze site."), 403)
        try:
            board = player.guess(request.POST.get("gok", ""), request.POST.get("puzzel"))
            message = announcement(board)
        except GuessRefused as refused:
            error, status = refused.message, refused.status
            board = player.board()
    else:
        board = player.board()
    stats = player.statistics()
    if wants_json(request):
        response = JsonResponse(as_json(board, stats, day, message, error), status=status)
    else:
        context = page.get_context(request)
        context.update(
            board=board,
            personal=True,
            member=player.member,
            statistics=stats,
            streak=stats.current_streak(day),
            error=error,
            message=message,
            game_url=page.game_url,
        )
        response = TemplateResponse(request, "woord/woord_page.html", context, status=status)
    player.save(request, response)
    return response
