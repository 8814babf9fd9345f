"""The app API's liveblog: updates newest first, `since` for polling, cursors, 'live' on teasers, errors."""

from krant.liveblogs import services
from krant.liveblogs.models import LiveUpdate, forget_open_ids


def updates_url(liveblog, query=""):
    return f"/api/v1/liveblogs/{liveblog.pk}/updates/{query}"


def test_updates_newest_first_and_since_an_id_oldest_first(liveblog, desk, client):
    first = services.post_update(liveblog, desk, {"text": "Eerste."})
    second = services.post_update(
        liveblog, desk, {"text": "Tweede.", "quote": "Blijf binnen.", "key_event": True}
    )
    third = services.post_update(liveblog, desk, {"text": "Derde."})
    data = client.get(updates_url(liveblog)).json()
    assert data["open"] is True
    assert [update["id"] for update in data["results"]] == [third.pk, second.pk, first.pk]
    polled = client.get(updates_url(liveblog, f"?since={first.pk}")).json()["results"]
    assert [update["id"] for update in polled] == [second.pk, third.pk]
    assert polled[0]["quote"] == {"text": "Blijf binnen.", "attribution": ""}
    assert polled[0]["key_event"] is True
    assert polled[0]["url"].endswith(f"{liveblog.url}#update-{second.pk}")
    assert client.get(updates_url(liveblog, f"?since={third.pk}")).json()["results"] == []


def test_updates_page_with_a_cursor(liveblog, desk, client):
    for number in range(5):
        services.post_update(liveblog, desk, {"text": f"Update {number}."})
    first_page = client.get(updates_url(liveblog, "?limit=2")).json()
    second_page = client.get(first_page["next"]).json()
    ids = [update["id"] for update in first_page["results"] + second_page["results"]]
    assert ids == list(LiveUpdate.objects.order_by("-pk").values_list("pk", flat=True)[:4])


def test_bad_parameters_and_unknown_liveblogs_are_clear_json_errors(liveblog, client, tree):
    for query in ("?since=abc", "?since=-1", "?cursor=kapot!", "?limit=0"):
        response = client.get(updates_url(liveblog, query))
        assert response.status_code == 400, query
        assert response.json()["error"]["code"] == "invalid_parameter"
    response = client.get(f"/api/v1/liveblogs/{liveblog.pk + 1000}/updates/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_an_article_list_says_which_teaser_is_an_open_liveblog(liveblog, client, desk):
    results = client.get("/api/v1/articles/").json()["results"]
    assert [(item["id"], item["live"], item["label"]["code"]) for item in results] == [
        (liveblog.pk, True, "liveblog")
    ]
    services.close_liveblog(liveblog)
    forget_open_ids()
    assert client.get("/api/v1/articles/").json()["results"][0]["live"] is False
    assert client.get(updates_url(liveblog)).json()["open"] is False
