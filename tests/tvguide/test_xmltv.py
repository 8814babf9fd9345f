"""Reading XMLTV: times with their offsets, the fields kept, and every bad file refused with where and why."""

import io

import pytest

from krant.tvguide.xmltv import XmltvError, parse_time, read
from tests.tvguide.conftest import channel, document, programme, utc


def test_times_keep_their_offset_across_the_october_change():
    """02:30 happens twice on the last Sunday of October: +0200 and +0100 are an hour apart in UTC."""
    assert parse_time("20261025023000 +0200") == utc(2026, 10, 25, 0, 30)
    assert parse_time("20261025023000 +0100") == utc(2026, 10, 25, 1, 30)
    assert parse_time("20260329013000 +0100") == utc(2026, 3, 29, 0, 30)
    assert parse_time("20260329033000 +0200") == utc(2026, 3, 29, 1, 30)


def test_short_times_and_times_without_offset():
    """XMLTV lets seconds, minutes and the offset go; a time without offset is UTC."""
    assert parse_time("202610251830") == utc(2026, 10, 25, 18, 30)
    assert parse_time("20261025183000 -0500") == utc(2026, 10, 25, 23, 30)


@pytest.mark.parametrize(
    "value", ["", "morgen", "20261325000000 +0100", "20261025 +2500", "2026102500000 +01"]
)
def test_bad_times_are_refused(value):
    with pytest.raises(ValueError):
        parse_time(value)


def test_reads_channels_programmes_and_their_details():
    """Title, episode title, description, genres, episode number, age rating: all kept; Dutch text first."""
    extra = (
        '<title lang="en">The Lighthouse</title><sub-title>Storm op zee</sub-title>'
        '<desc lang="en">English</desc><desc lang="nl">Een familie verbouwt een vuurtoren.</desc>'
        "<category>Drama</category><category>Serie</category>"
        '<episode-num system="xmltv_ns">1.4.0/1</episode-num>'
        '<rating system="Kijkwijzer"><value>12</value></rating>'
    )
    listing = read(
        io.BytesIO(
            document(
                channel(),
                programme("20261025203000 +0100", "De Vuurtoren", stop="20261025213000 +0100", extra=extra),
                doctype='<!DOCTYPE tv SYSTEM "xmltv.dtd">\n',
            )
        )
    )
    assert listing.channels == {"een.test": "Kade 1"}
    [found] = listing.programmes
    assert (found.start, found.stop) == (utc(2026, 10, 25, 19, 30), utc(2026, 10, 25, 20, 30))
    assert found.title == "De Vuurtoren"
    assert found.sub_title == "Storm op zee"
    assert found.description == "Een familie verbouwt een vuurtoren."
    assert found.categories == ["Drama", "Serie"]
    assert found.episode == "S2 A5"
    assert found.rating == "Kijkwijzer 12"


def test_onscreen_episode_number_wins():
    extra = (
        '<episode-num system="xmltv_ns">0.0.</episode-num><episode-num system="onscreen">S01E01</episode-num>'
    )
    listing = read(io.BytesIO(document(channel(), programme("20261025203000 +0100", "Pilot", extra=extra))))
    assert listing.programmes[0].episode == "S01E01"


def refusal(body: bytes, **limits) -> str:
    with pytest.raises(XmltvError) as error:
        read(io.BytesIO(body), **limits)
    return str(error.value)


def test_broken_xml_names_the_line():
    body = document(channel(), programme("20261025203000 +0100", "Kapot"), "<programme>")
    assert refusal(body).startswith("line 6: not well-formed XML")


def test_bad_time_names_line_and_element():
    """An unusable programme is named by its line, channel and start; nothing of the file is used."""
    body = document(channel(), programme("20261025203000 +0100", "Goed"), programme("gisteren", "Fout"))
    message = refusal(body)
    assert message.startswith('line 5: <programme channel="een.test" start="gisteren">')
    assert "not an XMLTV time" in message


@pytest.mark.parametrize(
    ("element", "reason"),
    [
        (programme("20261025203000 +0100", "Wees", channel="onbekend"), "not declared"),
        (programme("20261025203000 +0100", "Terug", stop="20261025193000 +0100"), "stops before it starts"),
        ('<programme start="20261025203000 +0100" channel="een.test"></programme>', "no <title>"),
        ("<channel><display-name>Zonder id</display-name></channel>", "without an id"),
    ],
)
def test_unusable_elements_are_refused(element, reason):
    assert reason in refusal(document(channel(), element))


def test_entity_declarations_are_refused():
    """Billion laughs and outside files: any entity declaration refuses the file."""
    laughs = '<!DOCTYPE tv [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
    assert "entities" in refusal(document(channel(), doctype=laughs))
    outside = '<!DOCTYPE tv [<!ENTITY wachtwoord SYSTEM "file:///etc/passwd">]>\n'
    assert refusal(document(channel(), doctype=outside)).startswith("refused")


def test_other_documents_and_limits_are_refused():
    assert "not <tv>" in refusal(b'<?xml version="1.0"?><rss version="2.0"></rss>')
    assert refusal(b"") == "empty file"
    assert "larger than" in refusal(document(channel()), max_bytes=20)
    many = document(channel(), *(programme(f"2026102520{m:02d}00 +0100", "Kort") for m in range(5)))
    assert "more than 3 programmes" in refusal(many, max_programmes=3)
