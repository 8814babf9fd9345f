import pytest

from krant.woord import clock
from krant.woord.models import DailyWord, WoordPage
from tests.factories import add_page

ANSWER = "kraai"  # today's word in these tests: in the answer list, and in no page text or code
WRONG = ["boten", "water", "tafel", "fiets", "klomp", "beter"]  # six real words, none of them the answer


@pytest.fixture
def woord_page(tree) -> WoordPage:
    return add_page(tree.home, WoordPage(title="Het Woord", slug="het-woord", intro="Raad het woord."))


@pytest.fixture
def answer(db) -> str:
    """Fix today's word (as a first play would store it), so tests know what to guess."""
    DailyWord.objects.create(day=clock.today(), word=ANSWER)
    return ANSWER


def post(client, page, guess, number=None, **headers):
    """Send a guess as the page's form does: from this site, for today's puzzle."""
    data = {"gok": guess, "puzzel": str(number if number is not None else clock.number(clock.today()))}
    headers.setdefault("HTTP_ORIGIN", "http://testserver")
    return client.post(page.game_url, data, **headers)
