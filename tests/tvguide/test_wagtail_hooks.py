"""The admin's Tv-gids: Eindredactie marks tips and arranges channels; programmes are never added by hand."""

import pytest
from django.urls import reverse

from krant.core.roles import DESK, REPORTER, ensure_newsroom_roles
from krant.tvguide.models import Programme
from tests.factories import make_user
from tests.tvguide.conftest import channel, load, programme


@pytest.fixture
def film(db) -> Programme:
    ensure_newsroom_roles()
    load(channel(), programme("20261020203000 +0200", "De Vuurtoren", stop="20261020213000 +0200"))
    return Programme.objects.get()


def test_desk_marks_a_tip_with_a_note(film, client):
    client.force_login(make_user("eindredacteur", DESK))
    assert client.get(reverse("tvguide_programme:index")).status_code == 200
    url = reverse("tvguide_programme:edit", args=[film.pk])
    response = client.post(
        url, {"editors_pick": "on", "pick_note": "Prachtig gefilmd.", "title": "Gewijzigd"}
    )
    assert response.status_code == 302
    film.refresh_from_db()
    assert (film.editors_pick, film.pick_note, film.title) == (True, "Prachtig gefilmd.", "De Vuurtoren")


def test_desk_cannot_add_programmes_and_reporters_see_nothing(film, client):
    client.force_login(make_user("eindredacteur", DESK))
    assert client.get(reverse("tvguide_programme:add")).status_code in (302, 403)
    client.force_login(make_user("verslaggever", REPORTER))
    assert client.get(reverse("tvguide_programme:index")).status_code in (302, 403)
    assert client.get(reverse("tvguide_xmltvsource:index")).status_code in (302, 403)


def test_desk_registers_a_source_and_bad_addresses_are_refused(film, client):
    client.force_login(make_user("eindredacteur", DESK))
    url = reverse("tvguide_xmltvsource:add")
    refused = client.post(url, {"name": "Gids", "url": "ftp://gids.example/tv.xml", "active": "on"})
    assert refused.status_code == 200 and "http" in refused.content.decode()
    created = client.post(url, {"name": "Gids", "url": "https://gids.example/tv.xml", "active": "on"})
    assert created.status_code == 302
