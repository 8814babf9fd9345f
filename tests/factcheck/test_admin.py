"""Editors write fact checks in the admin: their panels, the verdict always required, the claim, who made
it and the reasoning on publish; bad input answered in Dutch."""

import pytest
from django.urls import reverse

from krant.core.roles import DESK
from krant.factcheck.models import FactCheckPage
from krant.news.services import article_folder
from tests.factories import fact_check_form, make_user

PUBLISH = {"action-publish": "action-publish"}


@pytest.fixture
def desk_client(client, tree):
    client.force_login(make_user("eindredacteur", DESK))
    return client


def add_url() -> str:
    return reverse("wagtailadmin_pages:add", args=["factcheck", "factcheckpage", article_folder().pk])


def errors(response) -> str:
    """Return the form page (its error messages are in it)."""
    return response.content.decode()


def test_the_desk_creates_and_publishes_a_fact_check(desk_client, tree):
    """Through the admin's own form, as a browser sends it: the fact check is live with its sources."""
    response = desk_client.post(add_url(), fact_check_form(tree.binnenland, **PUBLISH))
    assert response.status_code == 302, response.content.decode()[:3000]
    check = FactCheckPage.objects.get(slug="factcheck-brug")
    assert check.live
    assert (check.verdict, check.label, check.claimant) == (
        "klopt-niet",
        "factcheck",
        "Wethouder Bas Vermeulen",
    )
    assert [(source.title, source.url) for source in check.sources.all()] == [
        ("Bruggenregister", "https://bruggen.example/register")
    ]
    assert desk_client.get(check.url).status_code == 200


def test_the_form_shows_the_claim_and_verdict_panels_in_dutch(desk_client):
    """The claim, the verdict (the whole fixed scale) and the sources have panels of their own."""
    html = desk_client.get(add_url()).content.decode()
    for text in ("De bewering", "Oordeel", "Bronnen", "Klopt grotendeels", "Onbewezen", "Wie beweerde het"):
        assert text in html


def test_publishing_needs_the_claim_the_claimant_and_the_reasoning(desk_client, tree):
    """Without them the publish is refused, each field saying so in Dutch; nothing is stored."""
    data = fact_check_form(tree.binnenland, claim="", claimant="", reasoning="", **PUBLISH)
    response = desk_client.post(add_url(), data)
    assert response.status_code == 200
    assert not FactCheckPage.objects.exists()
    assert errors(response).count("Dit is een verplicht veld.") >= 3


def test_a_draft_may_wait_for_the_claim_but_not_for_the_verdict(desk_client, tree):
    """A reporter may save a draft before the claim is written out; a fact check without a verdict is
    none, so even a draft needs one."""
    response = desk_client.post(add_url(), fact_check_form(tree.binnenland, claim="", reasoning=""))
    assert response.status_code == 302
    draft = FactCheckPage.objects.get()
    assert not draft.live
    response = desk_client.post(
        add_url(), fact_check_form(tree.binnenland, slug="zonder-oordeel", verdict="")
    )
    assert response.status_code == 200
    assert "Dit is een verplicht veld." in errors(response)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("verdict", "bijna-waar", "Selecteer een geldige keuze."),
        ("claim_url", "javascript:alert(1)", "Voer een geldige URL in."),
        ("claim_date", "2999-01-01", "Deze datum ligt in de toekomst."),
        ("sources-0-url", "ftp://bron.example/", "Voer een geldige URL in."),
    ],
)
def test_bad_input_is_refused_in_dutch(desk_client, tree, field, value, message):
    """A verdict off the scale, an address that is no web address, a date in the future: a Dutch message."""
    response = desk_client.post(add_url(), fact_check_form(tree.binnenland, **{field: value}, **PUBLISH))
    assert response.status_code == 200
    assert message in errors(response)
    assert not FactCheckPage.objects.exists()


def test_new_fact_check_in_the_menu_opens_the_form_in_this_year_s_folder(desk_client):
    """'Nieuwe factcheck' beside 'Nieuw artikel': editors never look for the year folder."""
    assert "Nieuwe factcheck" in desk_client.get("/admin/").content.decode()
    response = desk_client.get(reverse("krant_new_fact_check"))
    assert response.url == add_url()


def test_readers_may_not_open_the_form(client, tree):
    """Someone without the right to add pages gets no form (Wagtail sends them away or refuses)."""
    client.force_login(make_user("lezer"))
    assert client.get(reverse("krant_new_fact_check")).status_code in (302, 403)
