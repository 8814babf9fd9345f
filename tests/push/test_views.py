"""The reader's side: a cacheable settings page, the key for the script, subscribing with clear errors,
the service worker at the root, and the desk's 'Verstuur als pushbericht' (with a preview, desk only)."""

import json

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from django.contrib.messages import get_messages

from krant.core.roles import DESK, REPORTER
from krant.push import keys, services
from krant.push.models import Delivery, Recipient
from tests.factories import make_article, make_user
from tests.push.conftest import Browser


def post(client, path, data, **extra):
    return client.post(path, json.dumps(data), content_type="application/json", **extra)


@pytest.fixture
def browser():
    return Browser("https://push.example.net/v1/abc123")


def test_the_settings_page_is_the_same_for_everyone_and_asks_nothing_on_load(client, tree):
    response = client.get("/pushmeldingen/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "csrftoken" not in response.cookies
    assert 'value="breaking"' in html and 'value="section:binnenland"' in html
    assert "werken alleen met JavaScript" in html  # shown until the script takes over
    assert "<script>" not in html  # CSP: no inline script; push.js asks on the button only


def test_the_script_gets_the_public_key_and_a_csrf_token_privately(client, tree):
    response = client.get("/pushmeldingen/sleutel/")
    data = response.json()
    assert data["public_key"] == keys.public_key()
    assert data["csrf_token"]
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_subscribe_change_topics_and_unsubscribe(tree, browser):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    token = client.get("/pushmeldingen/sleutel/").json()["csrf_token"]
    body = {"subscription": browser.subscription(), "topics": ["breaking", "section:binnenland"]}
    assert post(client, "/pushmeldingen/aanmelden/", body).status_code == 403  # no CSRF token
    response = post(client, "/pushmeldingen/aanmelden/", body, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    assert sorted(response.json()["topics"]) == ["breaking", "section:binnenland"]

    body["topics"] = ["section:binnenland"]
    post(client, "/pushmeldingen/aanmelden/", body, HTTP_X_CSRFTOKEN=token)
    recipient = Recipient.objects.get()
    assert list(recipient.topics.values_list("topic", flat=True)) == ["section:binnenland"]

    gone = post(
        client, "/pushmeldingen/afmelden/", {"subscription": browser.subscription()}, HTTP_X_CSRFTOKEN=token
    )
    assert gone.json() == {"deleted": True}
    assert not Recipient.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda body: body.update(topics=["weer"]), "Onbekend onderwerp: weer"),
        (
            lambda body: body.update(topics=["section:bestaat-niet"]),
            "Onbekend onderwerp: section:bestaat-niet",
        ),
        (lambda body: body.update(topics=[]), "Kies ten minste één onderwerp."),
        (lambda body: body["subscription"].update(endpoint="http://push.example.net/x"), "moet met https://"),
        (lambda body: body["subscription"].update(endpoint="niets"), "moet met https://"),
        (lambda body: body["subscription"]["keys"].update(auth="kort"), "16 bytes"),
        (lambda body: body["subscription"]["keys"].update(p256dh="AAAA"), "65 bytes"),
        (lambda body: body["subscription"]["keys"].update(p256dh="!!"), "geen base64url"),
        (lambda body: body.update(subscription="tekst"), "geen pushabonnement"),
    ],
)
def test_bad_subscriptions_get_a_clear_400(client, tree, browser, change, message):
    body = {"subscription": browser.subscription(), "topics": ["breaking"]}
    change(body)
    response = post(client, "/pushmeldingen/aanmelden/", body)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert not Recipient.objects.exists()


def test_not_json_too_large_and_too_often(client, tree, browser, settings):
    assert client.post("/pushmeldingen/aanmelden/", "x", content_type="text/plain").status_code == 400
    assert client.post("/pushmeldingen/aanmelden/", "{", content_type="application/json").status_code == 400
    huge = {"subscription": browser.subscription(), "topics": ["breaking"], "x": "a" * 20_000}
    assert post(client, "/pushmeldingen/aanmelden/", huge).status_code == 413
    body = {"subscription": browser.subscription(), "topics": ["breaking"]}
    statuses = [post(client, "/pushmeldingen/aanmelden/", body).status_code for _ in range(30)]
    assert statuses[-1] == 429


def test_the_service_worker_is_served_from_the_root(client, tree):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "showNotification" in response.content.decode() and "openWindow" in response.content.decode()


def test_the_vapid_key_is_made_once_in_the_data_directory(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.PUSH_VAPID_PRIVATE_KEY = ""
    keys.vapid.cache_clear()
    first = keys.public_key()
    keys.vapid.cache_clear()
    assert keys.public_key() == first
    assert (tmp_path / keys.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert list(tmp_path.iterdir()) == [tmp_path / keys.KEY_FILE]


def test_too_long_text_and_unknown_topics_are_refused_when_sending(tree):
    with pytest.raises(services.PushError, match="langer dan 120"):
        services.send("article:1", "breaking", "x" * 121, "", "/")
    with pytest.raises(services.PushError, match="langer dan 240"):
        services.send("article:1", "breaking", "Titel", "x" * 241, "/")
    with pytest.raises(services.PushError, match="Onbekend onderwerp"):
        services.send("article:1", "liveblog:999", "Titel", "", "/")
    with pytest.raises(services.PushError, match="titel"):
        services.send("article:1", "breaking", " ", "", "/")
    with pytest.raises(services.PushError, match="Onbekend item"):
        services.send("iets", "breaking", "Titel", "", "/")
    assert not Delivery.objects.exists()


# --- The desk ---------------------------------------------------------------------------------------


def test_only_the_desk_may_send_a_push_alert(client, tree):
    article = make_article(tree.binnenland, "Groot nieuws")
    client.force_login(make_user("verslaggever", REPORTER))
    url = f"/admin/pushberichten/versturen/{article.pk}/"
    # Wagtail answers a refused admin page with a redirect and a message; nothing is sent.
    assert client.get(url)["Location"] == "/admin/"
    assert client.post(url, {"title": "X", "topics": ["breaking"], "confirmed": "True"}).status_code == 302
    assert not Delivery.objects.exists()
    assert "Verstuur als pushbericht" not in client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    client.force_login(make_user("eindredacteur", DESK))
    assert "Verstuur als pushbericht" in client.get(f"/admin/pages/{article.pk}/edit/").content.decode()


def test_the_desk_sees_a_preview_then_sends_once_per_topic(client, tree, browser):
    services.subscribe(browser.subscription(), ["breaking"])
    article = make_article(tree.binnenland, "Groot nieuws")
    client.force_login(make_user("eindredacteur", DESK))
    url = f"/admin/pushberichten/versturen/{article.pk}/"
    page = client.get(url).content.decode()
    assert "Belangrijk nieuws (1 volgers)" in page and "Rubriek Binnenland (0 volgers)" in page

    form = {"title": "Groot nieuws", "body": "Kort en krachtig.", "topics": ["breaking"]}
    preview = client.post(url, form)
    assert preview.status_code == 200
    assert "Zo ziet de lezer het" in preview.content.decode()
    assert not Delivery.objects.exists()  # the preview sends nothing

    assert client.post(url, {**form, "confirmed": "True"}).status_code == 302
    sent = Delivery.objects.get()
    assert (sent.item_key, sent.topic, sent.body) == (
        f"article:{article.pk}",
        "breaking",
        "Kort en krachtig.",
    )
    assert sent.dispatches.count() == 1
    assert 'value="breaking"' not in client.get(url).content.decode()  # sent: no longer a choice


def test_a_second_press_names_the_topic_already_sent(client, tree):
    """A topic sent meanwhile (a second press, another editor) is named and skipped, not an invalid choice."""
    article = make_article(tree.binnenland, "Groot nieuws")
    client.force_login(make_user("eindredacteur", DESK))
    url = f"/admin/pushberichten/versturen/{article.pk}/"
    form = {"title": "Groot nieuws", "topics": ["breaking"], "confirmed": "True"}
    assert client.post(url, form).status_code == 302
    again = client.post(url, form)
    assert again["Location"] == f"/admin/pages/{article.pk}/edit/"
    assert "al eerder verstuurd" in " ".join(str(note) for note in get_messages(again.wsgi_request))
    assert Delivery.objects.count() == 1


def test_a_desk_error_is_a_form_error(client, tree):
    article = make_article(tree.binnenland, "Groot nieuws")
    client.force_login(make_user("eindredacteur", DESK))
    response = client.post(f"/admin/pushberichten/versturen/{article.pk}/", {"title": "", "topics": ["weer"]})
    assert response.status_code == 200
    assert not Delivery.objects.exists()


def test_a_members_subscriptions_are_in_their_data_and_go_with_their_account(client, tree, browser):
    from krant.community import personal_data

    member = make_user("lezer")
    services.subscribe(browser.subscription(), ["breaking"], user=member)
    services.subscribe(Browser("https://push.example.net/v1/anoniem").subscription(), ["breaking"])
    assert [entry["topics"] for entry in personal_data.export(member)["push"]] == [["breaking"]]
    personal_data.erase(member, None)
    assert Recipient.objects.count() == 1  # the anonymous one stays


def test_a_private_key_from_the_environment_is_checked():
    from krant.config import ConfigError, load

    good = keys.private_raw(ec.generate_private_key(ec.SECP256R1()))
    assert load({"KRANT_VAPID_PRIVATE_KEY": good}).vapid_private_key == good
    with pytest.raises(ConfigError, match="KRANT_VAPID_PRIVATE_KEY"):
        load({"KRANT_VAPID_PRIVATE_KEY": "te-kort"})
