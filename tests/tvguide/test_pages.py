"""The Tv-gids page: now and next, day grids in Amsterdam time across the clock changes, programme pages."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from krant.tvguide.models import Channel, ChannelGroup, Programme
from tests.tvguide.conftest import channel, load, programme


@pytest.fixture
def evening(db):
    load(
        channel(),
        channel("twee.test", "Kade 2"),
        programme("20261020190000 +0200", "Journaal", stop="20261020193000 +0200"),
        programme("20261020193000 +0200", "Quiz", stop="20261020203000 +0200"),
        programme("20261020190000 +0200", "Sport", stop="20261020210000 +0200", channel="twee.test"),
        programme("20261020210000 +0200", "Debat", stop="20261020220000 +0200", channel="twee.test"),
    )


def s_maxage(response) -> int:
    return int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_now_and_next_on_every_channel(guide_page, evening, client):
    """At 19:20 Amsterdam time: Journaal now and Quiz next on Kade 1, Sport now and Debat next on Kade 2."""
    response = client.get(guide_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", html, re.S)
    cells = {name: re.findall(r">(\d\d:\d\d)</time> <a [^>]*>([^<]*)</a>", rest) for name, rest in rows}
    assert cells == {
        "Kade 1": [("19:00", "Journaal"), ("19:30", "Quiz")],
        "Kade 2": [("19:00", "Sport"), ("21:00", "Debat")],
    }


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_cached_until_the_next_programme_change(guide_page, evening, client):
    """The first change is Journaal's end at 19:30, ten minutes on: shared caches keep it no longer."""
    response = client.get(guide_page.url)
    assert response["Cache-Control"].startswith("public")
    assert 0 < s_maxage(response) <= 601
    assert "stale-while-revalidate=0" in response["Cache-Control"]


@time_machine.travel(datetime(2026, 10, 24, 10, 0, tzinfo=UTC), tick=False)
def test_day_grid_across_the_october_change(guide_page, db, client):
    """25 October 2026 has 25 hours: 02:30 happens twice, both shown in order; the next night is not in it."""
    load(
        channel(),
        programme("20261025013000 +0200", "Nacht een", stop="20261025023000 +0200"),
        programme("20261025023000 +0200", "Nacht twee", stop="20261025023000 +0100"),
        programme("20261025023000 +0100", "Nacht drie", stop="20261025033000 +0100"),
        programme("20261025233000 +0100", "Laat", stop="20261026000000 +0100"),
        programme("20261026000000 +0100", "Volgende dag", stop="20261026010000 +0100"),
    )
    response = client.get(f"{guide_page.url}dag/2026-10-25/overige-zenders/")
    assert response.status_code == 200
    html = response.content.decode()
    listed = re.findall(r">(\d\d:\d\d)</time>\s*<a [^>]*>([^<]*)</a>", html)
    assert listed == [
        ("01:30", "Nacht een"),
        ("02:30", "Nacht twee"),
        ("02:30", "Nacht drie"),
        ("23:30", "Laat"),
    ]
    assert "zondag 25 oktober 2026" in html


@time_machine.travel(datetime(2026, 3, 28, 10, 0, tzinfo=UTC), tick=False)
def test_day_grid_across_the_march_change(guide_page, db, client):
    """29 March 2026 has 23 hours: from 00:00 +0100 to 00:00 +0200; a programme over 02:00 shows its 01:30."""
    load(
        channel(),
        programme("20260329000000 +0100", "Middernacht", stop="20260329013000 +0100"),
        programme("20260329013000 +0100", "Over de sprong", stop="20260329033000 +0200"),
        programme("20260329233000 +0200", "Laat", stop="20260330000000 +0200"),
        programme("20260330000000 +0200", "Maandag", stop="20260330010000 +0200"),
    )
    html = client.get(f"{guide_page.url}dag/2026-03-29/overige-zenders/").content.decode()
    listed = re.findall(r">(\d\d:\d\d)</time>\s*<a [^>]*>([^<]*)</a>", html)
    assert listed == [("00:00", "Middernacht"), ("01:30", "Over de sprong"), ("23:30", "Laat")]
    over = Programme.objects.get(title="Over de sprong")
    assert (over.stop - over.start).total_seconds() == 3600  # 01:30 to 03:30 on the short night


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_day_grid_per_channel_group(guide_page, evening, client):
    """A group shows only its channels; the others are listed under 'Overige zenders' with a link to them."""
    group = ChannelGroup.objects.create(name="Algemeen", slug="algemeen")
    Channel.objects.filter(xmltv_id="een.test").update(group=group)
    html = client.get(f"{guide_page.url}dag/2026-10-20/algemeen/").content.decode()
    assert "Journaal" in html and "Sport" not in html
    assert f'href="{guide_page.url}dag/2026-10-20/overige-zenders/"' in html
    other = client.get(f"{guide_page.url}dag/2026-10-20/overige-zenders/").content.decode()
    assert "Sport" in other and "Journaal" not in other


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
@pytest.mark.parametrize(
    "path",
    [
        "dag/2026-02-30/overige-zenders/",  # no such date
        "dag/2026-10-20/bestaat-niet/",  # no such group
        "dag/2027-10-20/overige-zenders/",  # far outside the guide
        "programma/999999/",
        "iets-anders/",
    ],
)
def test_unknown_addresses_are_404(guide_page, evening, client, path):
    assert client.get(guide_page.url + path).status_code == 404


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_programme_page_and_editors_tip(guide_page, db, client):
    """A tip is on the guide's front with the editors' note; its page has the details in Amsterdam time."""
    extra = (
        "<sub-title>Storm op zee</sub-title><desc>Een familie verbouwt een vuurtoren.</desc>"
        '<category>Drama</category><episode-num system="onscreen">S01E03</episode-num>'
        '<rating system="Kijkwijzer"><value>12</value></rating>'
    )
    load(channel(), programme("20261020203000 +0200", "De Vuurtoren", "20261020213000 +0200", extra=extra))
    film = Programme.objects.get()
    film.editors_pick, film.pick_note = True, "Prachtig gefilmd."
    film.save()
    front = client.get(guide_page.url).content.decode()
    assert "Tip van de redactie" in front and "Prachtig gefilmd." in front
    html = client.get(f"{guide_page.url}programma/{film.pk}/").content.decode()
    for shown in (
        "De Vuurtoren",
        "Storm op zee",
        "Kade 1",
        "dinsdag 20 oktober 2026, 20:30",
        "21:30",
        "S01E03",
    ):
        assert shown in html
    assert "Drama" in html and "Kijkwijzer 12" in html


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_hidden_channel_is_not_shown(guide_page, evening, client):
    Channel.objects.filter(xmltv_id="twee.test").update(shown=False)
    assert "Kade 2" not in client.get(guide_page.url).content.decode()
    sport = Programme.objects.get(title="Sport")
    assert client.get(f"{guide_page.url}programma/{sport.pk}/").status_code == 404


def test_empty_guide_says_so(guide_page, client):
    html = client.get(guide_page.url).content.decode()
    assert "De tv-gids is nog leeg." in html


def query_count(url: str) -> int:
    client = Client()
    assert client.get(url).status_code == 200  # warms the menus
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@time_machine.travel(datetime(2026, 10, 20, 17, 20, tzinfo=UTC), tick=False)
def test_query_count_does_not_grow_with_channels(guide_page, evening):
    """Two channels or twenty: the same queries for now and next and for a day grid."""
    day = f"{guide_page.url}dag/2026-10-20/overige-zenders/"
    few = query_count(guide_page.url), query_count(day)
    elements = [channel(f"c{n}.test", f"Zender {n}") for n in range(20)]
    elements += [
        programme(f"2026102019{m:02d}00 +0200", "Blok", channel=f"c{n}.test")
        for n in range(20)
        for m in (0, 30)
    ]
    load(*elements)
    assert (query_count(guide_page.url), query_count(day)) == few
