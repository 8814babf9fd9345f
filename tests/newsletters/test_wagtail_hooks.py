"""The admin: the desk defines lists, sends an article as a breaking-news alert (after a confirmation, once
per list) and sees editions with their counts; only Beheer sees the subscribers' addresses."""

import pytest
from django.contrib.messages import get_messages

from krant.core.roles import ADMINS, DESK, REPORTER
from krant.newsletters.models import Edition, EditionStatus, NewsletterList, Subscriber
from tests.factories import make_article, make_user
from tests.newsletters.conftest import subscribe

ALERT_LABEL = "Verstuur als nieuwsalert"


@pytest.fixture
def desk(client, tree):
    client.force_login(make_user("eindredacteur", DESK))
    return client


def alert_url(article) -> str:
    return f"/admin/nieuwsbrieven/alert/{article.pk}/"


def test_the_desk_finds_the_alert_button_on_a_live_article(desk, tree, lists):
    article = make_article(tree.binnenland, "Groot nieuws")
    html = desk.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert ALERT_LABEL in html
    assert alert_url(article) in html


def test_no_alert_button_on_a_draft_or_for_a_reporter(client, tree, lists):
    draft = make_article(tree.binnenland, "Concept", published=False)
    client.force_login(make_user("eindredacteur", DESK))
    assert ALERT_LABEL not in client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    live = make_article(tree.binnenland, "Live")
    client.force_login(make_user("verslaggever", REPORTER))
    assert ALERT_LABEL not in client.get(f"/admin/pages/{live.pk}/edit/").content.decode()


def test_the_alert_page_asks_for_confirmation_and_shows_who_gets_it(desk, tree, lists):
    subscribe(lists["alerts"], "een@example.org", "twee@example.org")
    article = make_article(tree.binnenland, "Groot nieuws")
    response = desk.get(alert_url(article))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Groot nieuws" in html
    assert "Nieuwsalerts (2 abonnees)" in html
    assert "Ochtendbrief" not in html  # only alert lists
    assert not Edition.objects.exists()  # looking sends nothing


def test_confirming_sends_the_alert_once(
    desk, tree, lists, smtp_server, immediate_tasks, django_capture_on_commit_callbacks
):
    inbox = smtp_server()
    subscribe(lists["alerts"], "een@example.org")
    article = make_article(tree.binnenland, "Groot nieuws")
    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(alert_url(article), {"newsletters": [lists["alerts"].pk]})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{article.pk}/edit/"
    assert inbox.recipients() == ["een@example.org"]
    edition = Edition.objects.get(article=article)
    assert edition.status == EditionStatus.SENT
    assert edition.created_by.username == "eindredacteur"

    page = desk.get(alert_url(article)).content.decode()
    assert "Al verstuurd" in page
    assert "Er is geen lijst meer" in page
    with django_capture_on_commit_callbacks(execute=True):
        again = desk.post(alert_url(article), {"newsletters": [lists["alerts"].pk]})
    assert again.status_code == 200  # the list is no longer a choice: the form says so
    assert Edition.objects.filter(article=article).count() == 1
    assert inbox.recipients() == ["een@example.org"]


def test_the_alert_form_needs_a_list(desk, tree, lists):
    article = make_article(tree.binnenland, "Groot nieuws")
    response = desk.post(alert_url(article), {})
    assert response.status_code == 200
    assert "Kies ten minste één lijst." in response.content.decode()
    assert not Edition.objects.exists()


def test_a_draft_cannot_be_sent_as_an_alert(desk, tree, lists):
    draft = make_article(tree.binnenland, "Concept", published=False)
    response = desk.post(alert_url(draft), {"newsletters": [lists["alerts"].pk]})
    assert response.status_code == 302
    assert "gepubliceerd" in str(list(get_messages(response.wsgi_request))[0])
    assert not Edition.objects.exists()


def test_a_reporter_cannot_send_alerts(client, tree, lists):
    client.force_login(make_user("verslaggever", REPORTER))
    article = make_article(tree.binnenland, "Groot nieuws")
    # Wagtail answers a refused admin page with a redirect to the dashboard and a message.
    for response in (client.get(alert_url(article)), client.post(alert_url(article), {"newsletters": [1]})):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not Edition.objects.exists()


def test_an_unknown_article_is_404(desk, lists):
    assert desk.get("/admin/nieuwsbrieven/alert/999999/").status_code == 404


def test_the_desk_defines_lists_in_the_admin(desk, tree, lists):
    response = desk.post(
        "/admin/nieuwsbrieven/lijsten/new/",
        {"name": "Avondbrief", "slug": "avondbrief", "kind": "daily", "send_time": "18:00", "sort_order": 4,
         "is_active": "on", "description": "", "sender_name": ""},
    )  # fmt: skip
    assert response.status_code == 302
    assert NewsletterList.objects.get(slug="avondbrief").send_time.hour == 18
    invalid = desk.post(
        "/admin/nieuwsbrieven/lijsten/new/",
        {"name": "Weekbrief", "slug": "weekbrief", "kind": "weekly", "sort_order": 5, "description": "",
         "sender_name": ""},
    )  # fmt: skip
    assert invalid.status_code == 200
    assert "Kies de rubriek" in invalid.content.decode()
    listing = desk.get("/admin/nieuwsbrieven/lijsten/").content.decode()
    assert "Avondbrief" in listing


def test_the_desk_sees_editions_with_counts_but_cannot_edit_them(desk, alert, lists, smtp_server, send):
    smtp_server(refuse={"weg@example.org": "550 5.1.1 unknown"})
    subscribe(lists["alerts"], "een@example.org", "weg@example.org")
    edition = alert("Gemeld")
    send(edition)
    listing = desk.get("/admin/nieuwsbrieven/edities/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "Nieuwsalerts: Gemeld" in html
    assert "Verstuurd: 1" in html and "Onbestelbaar: 1" in html
    inspect = desk.get(f"/admin/nieuwsbrieven/edities/inspect/{edition.pk}/")
    assert inspect.status_code == 200
    assert "Verstuurd: 1, Onbestelbaar: 1" in inspect.content.decode()
    assert desk.get(f"/admin/nieuwsbrieven/edities/edit/{edition.pk}/").status_code in (302, 403)
    assert desk.get("/admin/nieuwsbrieven/edities/new/").status_code in (302, 403)
    assert desk.post(f"/admin/nieuwsbrieven/edities/delete/{edition.pk}/").status_code in (302, 403)
    assert Edition.objects.filter(pk=edition.pk).exists()


def test_only_beheer_sees_the_subscribers(client, desk, lists):
    subscribe(lists["daily"], "prive@example.org")
    response = desk.get("/admin/nieuwsbrieven/abonnees/")
    assert response.status_code in (302, 403)
    assert "prive@example.org" not in response.content.decode()
    assert desk.get("/admin/nieuwsbrieven/verzendingen/").status_code in (302, 403)

    client.force_login(make_user("beheerder", ADMINS))
    listing = client.get("/admin/nieuwsbrieven/abonnees/?q=prive")
    assert listing.status_code == 200
    assert "prive@example.org" in listing.content.decode()
    assert client.get("/admin/nieuwsbrieven/abonnees/new/").status_code in (302, 403)  # no opt-in skipping
    subscriber = Subscriber.objects.get(email="prive@example.org")
    assert client.get(f"/admin/nieuwsbrieven/abonnees/inspect/{subscriber.pk}/").status_code == 200
    assert client.get("/admin/nieuwsbrieven/verzendingen/?status=uncertain").status_code == 200
