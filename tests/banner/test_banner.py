"""The breaking-news banner: on every reader page at once, gone as quickly, ended on time by the scheduler,
set by the desk only, with clear errors for bad input.

Transactional tests: a banner's purge waits for the commit (krant.core.purge), as in production.
"""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from krant.banner import services
from krant.banner.models import MAX_TEXT, Banner
from krant.core import pagecache, scheduler
from krant.core.models import StaticPage
from krant.core.roles import DESK, REPORTER
from krant.live.models import LiveEvent
from tests.factories import add_page, make_article, make_site, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TEXT = "Dijk bij Zandmeer doorgebroken: bewoners geëvacueerd"


@pytest.fixture
def newsroom(page_cache):
    tree = make_site()
    tree.story = make_article(tree.binnenland, "Water stijgt bij Zandmeer")
    tree.colofon = add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
    tree.pages = ["/", tree.story.url, tree.binnenland.url, tree.latest.url, tree.colofon.url]
    return tree


def set_banner(tree, **fields) -> Banner:
    fields = {"text": TEXT, "link_page": tree.story, **fields}
    return services.save_banner(Banner(**fields))


def shows(client, url: str, text: str = TEXT) -> bool:
    response = client.get(url)
    assert response.status_code == 200, url
    return text in response.content.decode()


def test_a_banner_reaches_every_cached_page_at_once_and_leaves_as_quickly(newsroom, client):
    for url in newsroom.pages:
        assert not shows(client, url)
        assert client.get(url)["X-Cache"] == "hit"  # cached without a banner
    banner = set_banner(newsroom)
    for url in newsroom.pages:
        first = client.get(url)
        assert first["X-Cache"] == "miss", url  # the banner's purge dropped it
        assert TEXT in first.content.decode()
        assert "banner" in first["xkey"].split()
        assert f'href="{newsroom.story.url}"' in first.content.decode()
        assert client.get(url)["X-Cache"] == "hit"
    banner.text = "Dijk bij Zandmeer gedicht"
    services.save_banner(banner)
    assert all(shows(client, url, "Dijk bij Zandmeer gedicht") for url in newsroom.pages)
    services.remove_banner(banner)
    assert not any(shows(client, url, "Dijk bij Zandmeer") for url in newsroom.pages)


def test_switching_a_banner_off_removes_it_and_the_last_one_switched_on_is_shown(newsroom, client):
    first = set_banner(newsroom)
    second = set_banner(newsroom, text="Kabinet gevallen", link_page=None, link_url="https://example.org/x")
    first.refresh_from_db()
    assert not first.active and second.active  # one banner at a time: the new one replaced it
    assert ModelLogEntry.objects.filter(object_id=str(first.pk), action="banner.replaced").exists()
    assert shows(client, "/", "Kabinet gevallen") and not shows(client, "/")
    second.active = False
    services.save_banner(second)
    assert not shows(client, "/", "Kabinet gevallen")


def test_the_fragment_for_open_pages_is_cached_and_purged_with_the_same_key(newsroom, client):
    empty = client.get("/banner/")
    assert empty.status_code == 200 and empty.content.strip() == b""
    assert "banner" in empty["xkey"].split() and client.get("/banner/")["X-Cache"] == "hit"
    set_banner(newsroom, style=Banner.UPDATE)
    fragment = client.get("/banner/?v=1")
    assert TEXT in fragment.content.decode() and "banner--update" in fragment.content.decode()
    assert "<html" not in fragment.content.decode() and "Cookie" not in fragment.get("Vary", "")
    assert "Update" in fragment.content.decode()
    assert client.get("/banner/")["X-Cache"] == "miss"  # the old empty one was purged
    assert "Breaking" not in client.get("/en/banner/").content.decode()  # the label is the style's


def test_each_change_tells_open_pages_through_the_live_channel_without_its_text(newsroom):
    banner = set_banner(newsroom)
    services.remove_banner(banner)
    events = [
        event.data for event in LiveEvent.objects.filter(channel="site", data__type="banner").order_by("id")
    ]
    assert len(events) == 2
    assert all(set(event) == {"type", "version"} for event in events)  # no text: the fragment has it
    assert events[0]["version"] != events[1]["version"]
    assert TEXT not in json.dumps(events)


def test_a_page_with_a_banner_that_ends_is_kept_no_longer_than_its_end(newsroom, client):
    set_banner(newsroom, ends_at=timezone.now() + timedelta(minutes=10))
    for url in [*newsroom.pages, "/banner/"]:
        for response in (client.get(url), client.get(url)):  # rendered, then from the cache
            shared_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
            assert 0 < shared_age <= 600, (url, response["Cache-Control"])
            assert "stale-while-revalidate=0" in response["Cache-Control"]
    # Without an end the pages keep their usual lifetime.
    services.save_banner(Banner.objects.get())  # unchanged: still ending
    Banner.objects.update(ends_at=None)
    services.save_banner(Banner.objects.get())
    assert "stale-while-revalidate=30" in client.get(newsroom.story.url)["Cache-Control"]


def test_the_scheduler_ends_a_banner_through_the_same_purge(newsroom, client):
    assert "krant.banner.services.end_due_banners" in scheduler.JOBS
    banner = set_banner(newsroom, ends_at=timezone.now() + timedelta(minutes=5))
    assert shows(client, "/")
    with time_machine.travel(timezone.now() + timedelta(minutes=6), tick=False):
        assert not shows(client, "/")  # the cached copy lived only until the end
        before = pagecache.key_version("banner")
        LiveEvent.objects.all().delete()
        services.end_due_banners()
        banner.refresh_from_db()
        assert not banner.active
        assert pagecache.key_version("banner") != before  # every page dropped, Varnish too
        assert LiveEvent.objects.filter(channel="site", data__type="banner").count() == 1
        entry = ModelLogEntry.objects.get(object_id=str(banner.pk), action="banner.ended")
        assert entry.user is None  # the scheduler, not a person
        services.end_due_banners()  # nothing due any more: nothing happens
        assert LiveEvent.objects.filter(channel="site", data__type="banner").count() == 1


# The admin ------------------------------------------------------------------------------------------

ADD_URL = "wagtailsnippets_banner_banner:add"


def form(**fields) -> dict:
    return {
        "text": TEXT,
        "link_page": "",
        "link_url": "",
        "style": "breaking",
        "ends_at": "",
        "active": "on",
        **fields,
    }


def test_the_desk_sets_a_banner_in_the_admin_and_wagtail_logs_who_and_when(newsroom, client):
    desk = make_user("eindredacteur", DESK)
    client.force_login(desk)
    assert client.get(reverse("wagtailsnippets_banner_banner:list")).status_code == 200
    response = client.post(reverse(ADD_URL), form(link_page=str(newsroom.story.pk)))
    assert response.status_code == 302, response.content.decode()[:2000]
    banner = Banner.objects.get()
    assert banner.text == TEXT and banner.link_page_id == newsroom.story.pk
    entry = ModelLogEntry.objects.get(object_id=str(banner.pk), action="wagtail.create")
    assert entry.user == desk and entry.timestamp is not None
    client.logout()
    assert shows(client, "/")
    client.force_login(desk)
    edit = reverse("wagtailsnippets_banner_banner:edit", args=[banner.pk])
    response = client.post(edit, form(link_page=str(newsroom.story.pk), active=""))
    assert response.status_code == 302
    assert ModelLogEntry.objects.filter(object_id=str(banner.pk), action="wagtail.edit", user=desk).exists()
    client.logout()
    assert not shows(client, "/")


def test_the_preview_shows_the_banner_before_it_is_saved(newsroom, client):
    client.force_login(make_user("eindredacteur", DESK))
    url = reverse("wagtailsnippets_banner_banner:preview_on_add")
    answer = client.post(url, form(link_url="https://example.org/nieuws"))
    assert answer.json()["is_valid"] is True
    preview = client.get(url)
    assert (
        TEXT in preview.content.decode() and 'href="https://example.org/nieuws"' in preview.content.decode()
    )
    assert not Banner.objects.exists()


def test_a_reporter_may_not_set_a_banner(newsroom, client):
    """Refused: a 403 to a script; a browser gets Wagtail's own answer, the dashboard with its message."""
    client.force_login(make_user("verslaggever", REPORTER))
    script = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    assert client.get(reverse(ADD_URL), **script).status_code == 403
    assert client.post(reverse(ADD_URL), form(link_url="https://example.org/"), **script).status_code == 403
    page = client.post(reverse(ADD_URL), form(link_url="https://example.org/"), follow=True)
    assert page.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert (
        "Breaking-banner" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )  # not in its menu
    assert not Banner.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": "", "link_url": "https://example.org/"}, "text", "verplicht"),
        ({"text": "   ", "link_url": "https://example.org/"}, "text", "verplicht"),
        ({"text": "x" * (MAX_TEXT + 1), "link_url": "https://example.org/"}, "text", f"{MAX_TEXT}"),
        ({"link_url": "javascript:alert(1)"}, "link_url", "https://"),
        ({"link_url": "http://example.org/"}, "link_url", "https://"),
        ({}, "link_page", "Kies een pagina of geef een adres"),
        ({"link_url": "https://example.org/", "ends_at": "2020-01-01 12:00"}, "ends_at", "al voorbij"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(newsroom, client, fields, field, message):
    client.force_login(make_user("eindredacteur", DESK))
    response = client.post(reverse(ADD_URL), form(**fields))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field]), errors
    assert not Banner.objects.exists()


def test_both_a_page_and_an_address_or_an_unpublished_page_are_refused(newsroom, client):
    draft = make_article(newsroom.binnenland, "Nog niet klaar", published=False)
    client.force_login(make_user("eindredacteur", DESK))
    both = client.post(
        reverse(ADD_URL), form(link_page=str(newsroom.story.pk), link_url="https://example.org/")
    )
    assert "niet allebei" in " ".join(both.context["form"].errors["link_url"])
    unpublished = client.post(reverse(ADD_URL), form(link_page=str(draft.pk)))
    assert "niet gepubliceerd" in " ".join(unpublished.context["form"].errors["link_page"])
    assert not Banner.objects.exists()
