"""A liveblog's key events as push alerts: readers follow an open liveblog (`liveblog:<id>`), the desk sends
a key event once per topic from the workplace with a preview, a reporter cannot, and the page links to it."""

import json

import pytest
from django.contrib.messages import get_messages

from krant.liveblogs import push, services
from krant.push import delivery, topics
from krant.push import services as push_services
from krant.push.models import Delivery
from tests.factories import make_liveblog
from tests.push.conftest import Browser


def subscribe(client, endpoint, chosen):
    body = {"subscription": Browser(endpoint).subscription(), "topics": chosen}
    return client.post("/pushmeldingen/aanmelden/", json.dumps(body), content_type="application/json")


@pytest.fixture
def key_event(liveblog, desk):
    return services.post_update(
        liveblog,
        desk,
        {
            "title": "Dijk bij Lith houdt het",
            "text": "Het water zakt.\n\nDe dorpen blijven.",
            "key_event": True,
        },
    )


def push_url(update):
    return f"/admin/liveblogs/{update.liveblog_id}/updates/{update.pk}/push/"


def test_readers_may_follow_an_open_liveblog_only(client, liveblog, django_capture_on_commit_callbacks):
    """`liveblog:<id>` is a topic while the liveblog is open; closed, unknown or malformed ones are a 400."""
    assert (
        subscribe(client, "https://push.example.net/v1/open", [f"liveblog:{liveblog.pk}"]).status_code == 200
    )
    for unknown in [f"liveblog:{liveblog.pk + 999}", "liveblog:abc", "liveblog:"]:
        response = subscribe(client, "https://push.example.net/v1/onbekend", [unknown])
        assert response.status_code == 400 and "Onbekend onderwerp" in response.json()["error"]["message"]

    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(liveblog)
    response = subscribe(client, "https://push.example.net/v1/dicht", [f"liveblog:{liveblog.pk}"])
    assert response.status_code == 400


def test_the_push_page_lists_the_open_liveblogs_in_a_constant_number_of_queries(
    tree, django_assert_num_queries, django_capture_on_commit_callbacks
):
    """The choices cost the same few queries whatever the number of liveblogs (view restrictions, sections,
    open liveblogs); closed ones are left out."""
    first = make_liveblog(tree.binnenland, "Storm trekt over het land")
    with django_assert_num_queries(3):
        topics.choices()
    closed = make_liveblog(tree.binnenland, "Verkiezingsavond")
    make_liveblog(tree.binnenland, "Elfstedentocht")
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(closed)
    with django_assert_num_queries(3):
        found = dict(topics.choices())
    assert [label for value, label in found.items() if value.startswith("liveblog:")] == [
        "Liveblog: Elfstedentocht",
        "Liveblog: Storm trekt over het land",
    ]
    assert push.topic(first) in found and push.topic(closed) not in found


def test_the_desk_previews_a_key_event_and_sends_it_once(client, desk, key_event, push_service, settings):
    """The form starts from the update; the preview sends nothing; the send reaches a follower's browser with
    the update's address; a second press is refused with a message, and the topic is no longer offered."""
    settings.BASE_URL = "https://krant.example"
    liveblog = key_event.liveblog
    push_services.subscribe(push_service.browser("volger").subscription(), [push.topic(liveblog)])
    client.force_login(desk)
    form = client.get(push_url(key_event)).content.decode()
    assert "Volgers van dit liveblog (1 volgers)" in form and "Belangrijk nieuws (0 volgers)" in form
    assert "Dijk bij Lith houdt het" in form and "Het water zakt. De dorpen blijven." in form

    data = {"title": "Dijk bij Lith houdt", "body": "Het water zakt.", "topics": [push.topic(liveblog)]}
    preview = client.post(push_url(key_event), data).content.decode()
    assert "Zo ziet de lezer het" in preview and "Dijk bij Lith houdt" in preview
    assert f"https://krant.example{liveblog.url}#update-{key_event.pk}" in preview
    assert not Delivery.objects.exists()

    response = client.post(push_url(key_event), {**data, "confirmed": "True"})
    assert response["Location"] == f"/admin/liveblogs/{liveblog.pk}/"
    sent = Delivery.objects.get()
    assert (sent.item_key, sent.topic) == (f"liveupdate:{key_event.pk}", f"liveblog:{liveblog.pk}")
    assert delivery.send_batch(sent.pk, 10) == {"sent": 1}
    [(_name, message, _claims)] = push_service.received
    assert message == {
        "title": "Dijk bij Lith houdt",
        "body": "Het water zakt.",
        "url": f"https://krant.example{liveblog.url}#update-{key_event.pk}",
        "tag": f"liveupdate:{key_event.pk}",
    }

    again = client.post(push_url(key_event), {**data, "confirmed": "True"})
    assert again.status_code == 302 and Delivery.objects.count() == 1
    assert "al eerder verstuurd" in " ".join(str(note) for note in get_messages(again.wsgi_request))
    assert f'value="liveblog:{liveblog.pk}"' not in client.get(push_url(key_event)).content.decode()


def test_a_key_event_may_also_go_to_breaking_news(client, desk, key_event):
    client.force_login(desk)
    chosen = ["breaking", push.topic(key_event.liveblog)]
    data = {"title": "Dijk houdt", "topics": chosen, "confirmed": "True"}
    assert client.post(push_url(key_event), data).status_code == 302
    assert sorted(Delivery.objects.values_list("topic", flat=True)) == sorted(chosen)


def test_a_reporter_on_the_liveblog_may_post_but_not_send(client, desk, reporter, key_event):
    """The reporter sees no push action and gets a 403 when posting to it directly; the desk sees it."""
    liveblog = key_event.liveblog
    services.set_reporters(liveblog, [reporter])
    client.force_login(reporter)
    assert "Verstuur als pushbericht" not in client.get(f"/admin/liveblogs/{liveblog.pk}/").content.decode()
    data = {"title": "Dijk houdt", "topics": [push.topic(liveblog)], "confirmed": "True"}
    assert client.get(push_url(key_event)).status_code == 403
    assert client.post(push_url(key_event), data).status_code == 403
    assert not Delivery.objects.exists()
    client.force_login(desk)
    assert "Verstuur als pushbericht" in client.get(f"/admin/liveblogs/{liveblog.pk}/").content.decode()


def test_only_a_key_event_is_sent(client, desk, liveblog):
    """Readers chose the key events: another update is sent back to the workplace with the reason."""
    update = services.post_update(liveblog, desk, {"text": "Een bui trekt voorbij."})
    client.force_login(desk)
    response = client.post(push_url(update), {"title": "Bui", "topics": ["breaking"], "confirmed": "True"})
    assert response["Location"] == f"/admin/liveblogs/{liveblog.pk}/"
    assert "kerngebeurtenis" in " ".join(str(note) for note in get_messages(response.wsgi_request))
    assert not Delivery.objects.exists()
    assert client.get(f"/admin/liveblogs/{liveblog.pk}/updates/{update.pk + 99}/push/").status_code == 404


def test_a_too_long_title_is_a_form_error(client, desk, key_event):
    client.force_login(desk)
    data = {"title": "x" * 121, "topics": ["breaking"], "confirmed": "True"}
    response = client.post(push_url(key_event), data)
    assert response.status_code == 200 and not Delivery.objects.exists()


def test_an_open_liveblog_links_to_its_push_topic(client, liveblog, django_capture_on_commit_callbacks):
    """A plain link that ticks the liveblog on the push page; gone once the liveblog is closed."""
    link = f'href="/pushmeldingen/?onderwerp=liveblog:{liveblog.pk}"'
    html = client.get(liveblog.url).content.decode()
    assert link in html and "Volg de belangrijkste momenten met pushmeldingen" in html
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(liveblog)
    assert link not in client.get(liveblog.url).content.decode()


def test_the_cached_push_page_follows_the_open_liveblogs(
    client, tree, page_cache, django_capture_on_commit_callbacks
):
    """The push page is cached for everyone; a liveblog's publish and close purge it, so a reader sent
    from a liveblog finds it among the choices at once, and a closed one is gone."""
    client.get("/pushmeldingen/")  # cached without liveblogs
    with django_capture_on_commit_callbacks(execute=True):
        liveblog = make_liveblog(tree.binnenland, "Storm trekt over het land")
    assert f'value="liveblog:{liveblog.pk}"' in client.get("/pushmeldingen/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(liveblog)
    assert f'value="liveblog:{liveblog.pk}"' not in client.get("/pushmeldingen/").content.decode()


def test_a_closed_liveblogs_key_event_goes_to_breaking_news_only(
    client, desk, key_event, django_capture_on_commit_callbacks
):
    """Its followers' topic ends with the liveblog; the desk may still send the event as breaking news."""
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(key_event.liveblog)
    client.force_login(desk)
    form = client.get(push_url(key_event)).content.decode()
    assert "Belangrijk nieuws (0 volgers)" in form and "Volgers van dit liveblog" not in form
