"""The reader's liveblog: updates newest first, pinned on top, anchors, pages of older updates, 'Live'."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.liveblogs import services
from krant.liveblogs.models import PAGE_SIZE, LiveBlogPage, LiveUpdate, open_liveblog_ids
from tests.factories import make_article, make_liveblog


def add_updates(liveblog, count, **fields):
    """Add `count` text updates straight into the table, oldest first."""
    now = timezone.now()
    LiveUpdate.objects.bulk_create(
        LiveUpdate(
            liveblog=liveblog,
            text=f"Update nummer {number}.",
            author_name="Eva Mulder",
            posted_at=now - timedelta(minutes=count - number),
            **fields,
        )
        for number in range(1, count + 1)
    )
    return list(LiveUpdate.objects.filter(liveblog=liveblog).order_by("pk"))


def test_the_page_shows_updates_newest_first_with_anchors(liveblog, client):
    first, second = add_updates(liveblog, 2)
    html = client.get(liveblog.url).content.decode()
    assert html.index(f'id="update-{second.pk}"') < html.index(f'id="update-{first.pk}"')
    assert f'href="#update-{second.pk}"' in html
    assert f'data-live-channel="liveblog:{liveblog.pk}"' in html


def test_pinned_updates_head_the_page_and_key_events_are_marked(liveblog, client, desk):
    services.post_update(
        liveblog, desk, {"title": "Code rood ingetrokken", "text": "Het KNMI meldt het.", "pinned": True}
    )
    services.post_update(liveblog, desk, {"text": "Treinen rijden weer.", "key_event": True})
    html = client.get(liveblog.url).content.decode()
    box = html.index("Belangrijkste ontwikkelingen")
    assert box < html.index("Code rood ingetrokken", box)
    assert "live-update--key" in html and "Kerngebeurtenis" in html


def test_an_edited_update_says_when(liveblog, client, desk):
    update = services.post_update(liveblog, desk, {"text": "Eerste versie."})
    edited = services.edit_update(update, {"text": "Tweede versie."})
    html = client.get(liveblog.url).content.decode()
    assert f"Bijgewerkt om {timezone.localtime(edited.edited_at):%H:%M}" in html
    assert "Tweede versie." in html and "Eerste versie." not in html


def test_text_is_escaped_never_markup(liveblog, client, desk):
    services.post_update(liveblog, desk, {"text": "<script>alert(1)</script> zie https://knmi.nl"})
    html = client.get(liveblog.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_older_updates_page_by_a_cursor_without_javascript(liveblog, client):
    updates = add_updates(liveblog, PAGE_SIZE + 5)
    html = client.get(liveblog.url).content.decode()
    last_shown = updates[5]
    assert f'href="?voor={last_shown.pk}"' in html
    assert f'id="update-{updates[4].pk}"' not in html
    older = client.get(f"{liveblog.url}?voor={last_shown.pk}").content.decode()
    assert f'id="update-{updates[4].pk}"' in older and f'id="update-{last_shown.pk}"' not in older
    assert "Oudere updates" in older and "Nieuwste updates" in older


@pytest.mark.parametrize("cursor", ["abc", "0", "-3", "9" * 30])
def test_a_bad_cursor_is_a_clear_400(liveblog, client, cursor):
    response = client.get(f"{liveblog.url}?voor={cursor}")
    assert response.status_code == 400
    assert "Dit is geen geldige plek in het liveblog" in response.content.decode()


def test_the_fragment_serves_updates_after_one_and_one_update(liveblog, client):
    first, second, third = add_updates(liveblog, 3)
    url = f"/liveblogs/{liveblog.pk}/updates/"
    html = client.get(f"{url}?na={first.pk}").content.decode()
    assert html.index(f'id="update-{third.pk}"') < html.index(f'id="update-{second.pk}"')
    assert f'id="update-{first.pk}"' not in html
    assert f'id="update-{first.pk}"' in client.get(f"{url}?na=0").content.decode()  # a page without any
    assert f'id="update-{second.pk}"' in client.get(f"{url}?id={second.pk}").content.decode()
    LiveUpdate.objects.filter(pk=second.pk).delete()
    assert client.get(f"{url}?id={second.pk}").status_code == 404
    for bad in ("?na=x", "", "?vastgezet=ja", f"?na=1&id={second.pk}", "?na=1&vastgezet=1"):
        assert client.get(url + bad).status_code == 400, bad
    assert client.get(f"/liveblogs/{liveblog.pk + 1000}/updates/?na=1").status_code == 404


def test_the_fragment_serves_the_pinned_updates_as_the_page_shows_them(
    liveblog, client, django_capture_on_commit_callbacks
):
    """After a pin, an edit or a deletion the page's script swaps in 'Belangrijkste ontwikkelingen'."""
    url = f"/liveblogs/{liveblog.pk}/updates/?vastgezet=1"
    first, second = add_updates(liveblog, 2)
    assert "Belangrijkste ontwikkelingen" not in client.get(url).content.decode()
    assert "data-liveblog-pinned" in client.get(url).content.decode()  # the place to swap, even when empty
    with django_capture_on_commit_callbacks(execute=True):  # the purge
        services.mark_update(second, pinned=True)
    html = client.get(url).content.decode()
    assert "Belangrijkste ontwikkelingen" in html and f"#update-{second.pk}" in html
    assert f"#update-{first.pk}" not in html
    page = client.get(liveblog.url).content.decode()
    assert html.strip() in page  # the same markup as on the page


def test_a_teaser_says_live_while_open_and_not_after_the_close(
    tree, liveblog, client, django_capture_on_commit_callbacks
):
    make_article(tree.binnenland, "Gewoon nieuws")
    for url in ("/", tree.binnenland.url, tree.latest.url):
        assert 'label--live">Live</span> Storm trekt over het land' in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(liveblog)
    for url in ("/", tree.binnenland.url, tree.latest.url):
        html = client.get(url).content.decode()
        assert "label--live" not in html
        assert '<span class="label">Liveblog</span> Storm trekt over het land' in html


def test_a_planned_end_closes_the_liveblog_when_it_passes(tree, time_machine):
    liveblog = make_liveblog(tree.binnenland, coverage_end=None)
    services.plan_close(liveblog, timezone.now() + timedelta(minutes=30))
    assert open_liveblog_ids() == {liveblog.pk}  # kept in the shared store no longer than the planned end
    time_machine.move_to(timezone.now() + timedelta(minutes=31))
    assert open_liveblog_ids() == frozenset()
    services.close_due_liveblogs()
    assert LiveBlogPage.objects.get(pk=liveblog.pk).closed_at is not None


def page_queries(client, url) -> int:
    caches["local"].clear()  # cold fragments: every update rendered
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_with_10_and_100_updates(tree, client):
    small, large = make_liveblog(tree.binnenland, "Klein"), make_liveblog(tree.economie, "Groot")
    add_updates(small, 10, pinned=True)
    add_updates(large, 100, pinned=True)
    client.get(small.url), client.get(large.url)  # menus and site settings cached
    assert page_queries(client, small.url) == page_queries(client, large.url)
