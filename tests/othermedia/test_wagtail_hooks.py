"""The admin's 'Andere media': the desk registers feeds and sees their errors, and hides or shows items."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry

from krant.core.roles import ADMINS, DESK, MODERATOR, REPORTER, ensure_newsroom_roles
from krant.othermedia.models import OutletFeed, OutletItem
from tests.factories import make_user
from tests.othermedia.conftest import make_item

pytestmark = pytest.mark.django_db

FEEDS = "/admin/andere-media/feeds/"
ITEMS = "/admin/andere-media/berichten/"


@pytest.fixture
def roles(db):
    return ensure_newsroom_roles()


@pytest.fixture
def desk(roles, client):
    user = make_user("eindredacteur", DESK)
    client.force_login(user)
    return user


@pytest.fixture
def feed(db) -> OutletFeed:
    return OutletFeed.objects.create(name="Dagblad De Kade", feed_url="https://www.dekade.example/rss.xml")


@pytest.fixture
def item(feed) -> OutletItem:
    return make_item(feed, "Veerpont vaart weer")


def feed_form(**values) -> dict:
    return {
        "name": "Omroep Zilverdam",
        "feed_url": "https://omroepzilverdam.example/rss",
        "site_url": "",
        **values,
    }


def test_desk_may_manage_feeds_and_hide_items_and_nobody_else(roles):
    """Eindredactie gets feeds (add, change, delete) and hiding items; reporters and moderators nothing."""
    granted = {
        "othermedia.add_outletfeed",
        "othermedia.change_outletfeed",
        "othermedia.delete_outletfeed",
        "othermedia.change_outletitem",
    }
    desk = make_user("eindredacteur", DESK)
    assert {p for p in granted if desk.has_perm(p)} == granted
    assert not desk.has_perm("othermedia.add_outletitem") and not desk.has_perm(
        "othermedia.delete_outletitem"
    )
    for group in (REPORTER, MODERATOR):
        user = make_user(f"iemand-{group}", group)
        assert not any(user.has_perm(p) for p in granted)
    assert Permission.objects.filter(codename="change_outletitem", group=roles[ADMINS]).exists()


def test_menu_shows_other_media_to_the_desk_only(desk, client):
    """The admin menu has 'Andere media' for the desk, not for a reporter."""
    assert "Andere media" in client.get("/admin/").content.decode()
    reporter = Client()
    reporter.force_login(make_user("verslaggever", REPORTER))
    assert "Andere media" not in reporter.get("/admin/").content.decode()


def test_desk_registers_a_feed(desk, client):
    """Adding a feed in the admin stores it, switched on and due at once."""
    response = client.post(reverse("othermedia_feeds:add"), feed_form(active="on"))
    assert response.status_code == 302
    feed = OutletFeed.objects.get()
    assert (feed.name, feed.feed_url, feed.active, feed.next_fetch_at) == (
        "Omroep Zilverdam",
        "https://omroepzilverdam.example/rss",
        True,
        None,
    )


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "geen adres"])
def test_bad_feed_address_gets_a_message_not_an_error(desk, client, url):
    """A bad address re-shows the form with a message; nothing is stored."""
    response = client.post(reverse("othermedia_feeds:add"), feed_form(feed_url=url))
    assert response.status_code == 200
    assert response.context["form"].errors["feed_url"]
    assert not OutletFeed.objects.exists()


def test_the_same_feed_twice_is_refused(desk, client, feed):
    """A feed address can be registered once."""
    response = client.post(reverse("othermedia_feeds:add"), feed_form(feed_url=feed.feed_url))
    assert response.status_code == 200
    assert OutletFeed.objects.count() == 1


def test_changing_the_address_in_the_admin_starts_afresh(desk, client, feed):
    """Saving a new address through the form resets the fetch state."""
    OutletFeed.objects.filter(pk=feed.pk).update(
        etag='"oud"', failures=3, last_error="De server antwoordde met 500."
    )
    url = reverse("othermedia_feeds:edit", args=[feed.pk])
    response = client.post(
        url, feed_form(name=feed.name, feed_url="https://www.dekade.example/nieuw.xml", active="on")
    )
    assert response.status_code == 302
    feed.refresh_from_db()
    assert (feed.etag, feed.failures, feed.next_fetch_at) == ("", 0, None)


def test_feed_listing_shows_status_error_and_times(desk, client, feed):
    """Each feed's status, last success, next fetch and last error are in the listing."""
    OutletFeed.objects.filter(pk=feed.pk).update(
        failures=2,
        last_error="De feed definieert eigen XML-entiteiten; zo'n document lezen we uit veiligheid niet.",
    )
    html = client.get(FEEDS).content.decode()
    assert "Dagblad De Kade" in html
    assert "Mislukt (2× op rij)" in html
    assert "De feed definieert eigen XML-entiteiten" in html
    assert "zo snel mogelijk" in html
    detail = client.get(reverse("othermedia_feeds:inspect", args=[feed.pk])).content.decode()
    assert "lezen we uit veiligheid niet" in detail


def test_fetch_now_puts_the_feed_first(desk, client, feed):
    """'Nu ophalen' asks first, then makes the feed due in the next round."""
    OutletFeed.objects.filter(pk=feed.pk).update(next_fetch_at="2099-01-01T00:00:00Z", failures=5)
    url = reverse("othermedia_feeds:fetch_now", args=[feed.pk])
    assert url in client.get(FEEDS).content.decode()
    assert "Ja, nu ophalen" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    feed.refresh_from_db()
    assert feed.next_fetch_at is None


def test_item_listing_offers_hide(desk, client, item):
    """The items listing shows the outlet, the time, the state and a 'Verbergen' action."""
    html = client.get(ITEMS).content.decode()
    assert "Veerpont vaart weer" in html and "Dagblad De Kade" in html
    assert "Zichtbaar" in html
    assert reverse("othermedia_items:hide", args=[item.pk]) in html


def test_desk_hides_and_shows_an_item(desk, client, item):
    """Hiding asks first, records who and when, and returns to the listing; showing undoes it."""
    hide = reverse("othermedia_items:hide", args=[item.pk])
    confirm = client.get(hide, {"next": ITEMS + "?hidden=false"})
    assert "Ja, verbergen" in confirm.content.decode()
    response = client.post(hide + "?next=" + ITEMS)
    assert response.status_code == 302 and response["Location"] == ITEMS
    item.refresh_from_db()
    assert item.hidden and item.hidden_by == desk and item.hidden_at is not None
    assert "Verborgen door eindredacteur" in client.get(ITEMS).content.decode()
    client.post(reverse("othermedia_items:show", args=[item.pk]))
    item.refresh_from_db()
    assert (item.hidden, item.hidden_by, item.hidden_at) == (False, None, None)
    history = ModelLogEntry.objects.for_instance(item).order_by("timestamp", "pk")
    assert [(entry.action, entry.user) for entry in history] == [
        ("othermedia.hide", desk),
        ("othermedia.show", desk),
    ]


def test_outside_next_address_is_ignored(desk, client, item):
    """After acting, a ?next= pointing off the site is not followed."""
    response = client.post(reverse("othermedia_items:hide", args=[item.pk]) + "?next=https://kwaad.example/")
    assert response["Location"] == ITEMS


def test_hiding_needs_a_csrf_token(desk, item):
    """A forged POST without the CSRF token is refused and changes nothing."""
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(desk)
    assert forged.post(reverse("othermedia_items:hide", args=[item.pk])).status_code == 403
    item.refresh_from_db()
    assert not item.hidden


def test_reporter_cannot_see_or_hide(roles, item, feed):
    """A reporter is turned away from the listings and from hiding."""
    reporter = Client()
    reporter.force_login(make_user("verslaggever", REPORTER))
    assert reporter.get(FEEDS).status_code != 200
    assert reporter.get(ITEMS).status_code != 200
    reporter.post(reverse("othermedia_items:hide", args=[item.pk]))
    item.refresh_from_db()
    assert not item.hidden


def test_items_cannot_be_added_edited_or_deleted_by_hand(roles, item):
    """Items come from feeds only: there is no add, edit or delete view, not even for Beheer."""
    for name, args in (("add", []), ("edit", [item.pk]), ("delete", [item.pk])):
        with pytest.raises(NoReverseMatch):
            reverse(f"othermedia_items:{name}", args=args)
    admin = Client()
    admin.force_login(make_user("beheerder", ADMINS))
    html = admin.get(ITEMS).content.decode()
    assert "Veerpont vaart weer" in html
    assert "/new/" not in html


def test_unknown_item_is_404(desk, client):
    """Hiding an item that does not exist is a 404, not an error."""
    assert client.get(reverse("othermedia_items:hide", args=[999999])).status_code == 404
