"""The desk: the day's overview and 'Op de voorpagina zetten', for who may publish the front page only."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision, Workflow

from krant.core.pagecache import key_version
from krant.core.roles import DESK, REPORTER
from krant.news.desk import Slots, published_today, scheduled
from krant.news.models import HomePage
from tests.factories import make_article, make_user

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def desk(tree):
    return make_user("eindredacteur", DESK, first_name="Eva", last_name="Mulder")


@pytest.fixture
def reporter(tree):
    return make_user("verslaggever", REPORTER, first_name="Ruben", last_name="Kok")


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """Post to an admin view as `user`, committing its side effects."""

    def send(user, url, data):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


def pin_url(article):
    return reverse("krant_pin", args=[article.pk])


def test_an_article_is_never_twice_in_the_slots():
    """The opener moved to a top-story slot empties the opening; a top story made opener leaves its slot."""
    slots = Slots(lead=1, top=[2, 3, 4])
    assert slots.with_article(1, "2") == Slots(None, [2, 1, 4])
    assert slots.with_article(3, "lead") == Slots(3, [2, 4])
    assert slots.with_article(9, "1") == Slots(1, [9, 3, 4])
    assert Slots(None, []).with_article(9, "3") == Slots(None, [9])


def test_an_unknown_slot_is_refused():
    with pytest.raises(ValidationError):
        Slots(None, []).with_article(1, "4")


def test_the_desk_pins_an_article_as_the_opener_in_a_published_revision(tree, desk, post):
    """The front page gets a new published revision with the article as its opener; `front` is purged."""
    article = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    before = key_version("front")
    revisions = Revision.page_revisions.filter(object_id=str(tree.home.pk)).count()
    response = post(desk, pin_url(article), {"slot": "lead"})
    assert response.status_code == 302
    home = HomePage.objects.get(pk=tree.home.pk)
    assert home.lead_story_id == article.pk
    assert not home.has_unpublished_changes
    assert Revision.page_revisions.filter(object_id=str(home.pk)).count() == revisions + 1
    assert key_version("front") != before


def test_pinning_to_a_top_story_slot_moves_it_off_the_opening(tree, desk, post):
    first = make_article(tree.binnenland, "Eerste bericht")
    second = make_article(tree.economie, "Tweede bericht")
    post(desk, pin_url(first), {"slot": "lead"})
    post(desk, pin_url(second), {"slot": "1"})
    post(desk, pin_url(first), {"slot": "2"})
    home = HomePage.objects.get(pk=tree.home.pk)
    assert home.lead_story_id is None
    assert [story.article_id for story in home.top_stories.all()] == [second.pk, first.pk]


def test_the_preview_shows_the_slots_and_changes_nothing(tree, desk, post):
    article = make_article(tree.binnenland, "Nieuwe fietsbrug over het kanaal")
    response = post(desk, pin_url(article), {"slot": "lead", "preview": "1"})
    assert response.status_code == 200
    assert "Zo wordt het" in response.text
    assert "<mark>Nieuwe fietsbrug over het kanaal</mark>" in response.text
    assert HomePage.objects.get(pk=tree.home.pk).lead_story_id is None


@pytest.mark.parametrize("data", [{}, {"slot": "9"}, {"slot": "<script>"}])
def test_a_bad_slot_gets_a_message_and_nothing_changes(tree, desk, post, data):
    article = make_article(tree.binnenland)
    response = post(desk, pin_url(article), data)
    assert response.status_code == 200
    assert "Kies de opening of een plek bij de topverhalen." in response.text
    assert HomePage.objects.get(pk=tree.home.pk).lead_story_id is None


def test_an_unpublished_article_cannot_be_pinned(tree, desk, post):
    draft = make_article(tree.binnenland, "Nog niet klaar", published=False)
    response = post(desk, pin_url(draft), {"slot": "lead"})
    assert response.status_code == 200
    assert "Alleen een gepubliceerd artikel kan op de voorpagina." in response.text
    assert HomePage.objects.get(pk=tree.home.pk).lead_story_id is None


def test_a_draft_of_the_front_page_is_never_published_by_a_pin(tree, desk, post):
    """Someone's unpublished changes to the front page stay theirs: the pin is refused with a message."""
    article = make_article(tree.binnenland)
    home = HomePage.objects.get(pk=tree.home.pk)
    home.title = "Voorpagina (concept)"
    home.save_revision()
    response = post(desk, pin_url(article), {"slot": "lead"})
    assert "nog niet gepubliceerd" in response.text
    home.refresh_from_db()
    assert (home.title, home.lead_story_id) == ("Voorpagina", None)


def test_reporters_and_strangers_may_not_pin(tree, reporter, post, client):
    """A reporter is sent back to the dashboard (Wagtail's answer to a refusal), a stranger to the login."""
    article = make_article(tree.binnenland)
    assert post(reporter, pin_url(article), {"slot": "lead"})["Location"] == reverse("wagtailadmin_home")
    client.logout()
    assert client.post(pin_url(article), {"slot": "lead"})["Location"].startswith(
        reverse("wagtailadmin_login")
    )
    assert HomePage.objects.get(pk=tree.home.pk).lead_story_id is None


def test_an_unknown_article_is_a_404(tree, desk, client):
    client.force_login(desk)
    assert client.get(reverse("krant_pin", args=[999999])).status_code == 404


def test_the_pin_button_is_on_the_article_for_the_desk_only(tree, desk, reporter, client):
    article = make_article(tree.binnenland)
    client.force_login(desk)
    assert pin_url(article) in client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).text
    client.force_login(reporter)
    assert pin_url(article) not in client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).text


def test_today_starts_at_midnight_in_amsterdam(tree):
    """At 00:30 in Amsterdam (23:30 UTC in winter), an article from 23:45 Amsterdam time is yesterday's."""
    now = datetime(2026, 12, 6, 0, 30, tzinfo=AMSTERDAM)
    make_article(tree.binnenland, "Van gisteravond", when=datetime(2026, 12, 5, 23, 45, tzinfo=AMSTERDAM))
    today = make_article(tree.binnenland, "Van vannacht", when=datetime(2026, 12, 6, 0, 10, tzinfo=AMSTERDAM))
    assert [article.pk for article in published_today(now)] == [today.pk]


def test_the_dashboard_lists_the_day_the_schedule_the_reviews_and_the_front_page(
    tree, desk, reporter, client
):
    """Each with a link to edit it; the scheduled time in Amsterdam time."""
    published = make_article(
        tree.binnenland, "Vandaag verschenen", when=timezone.now() - timedelta(minutes=5)
    )
    later = make_article(tree.economie, "Komt morgen", published=False)
    go_live = datetime(2030, 1, 15, 7, 30, tzinfo=AMSTERDAM)
    later.go_live_at = go_live
    later.save_revision(user=desk, approved_go_live_at=go_live)
    submitted = make_article(tree.economie, "Graag nakijken", published=False)
    submitted.save_revision(user=reporter)
    Workflow.objects.get(name="Redactie").start(submitted, reporter)
    home = HomePage.objects.get(pk=tree.home.pk)
    home.lead_story = published
    home.save_revision().publish()

    assert [item.page_id for item in scheduled()] == [later.pk]
    client.force_login(desk)
    response = client.get(reverse("krant_desk"))
    assert response.status_code == 200
    text = response.text
    for page in (published, later, submitted):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in text
    assert "15 januari 07:30" in text  # 06:30 UTC
    assert "Ruben Kok" in text
    assert pin_url(published) in text
    opening = text.index("De voorpagina nu")
    assert text.index("Vandaag verschenen", opening) < text.index("Vandaag gepubliceerd")


def test_the_dashboard_is_for_the_desk_only(tree, reporter, client):
    client.force_login(reporter)
    assert client.get(reverse("krant_desk"))["Location"] == reverse("wagtailadmin_home")
    assert reverse("krant_desk") not in client.get(reverse("wagtailadmin_home")).text  # not in the menu


def test_the_dashboard_costs_the_same_with_more_articles(tree, desk, client, django_assert_max_num_queries):
    for number in range(3):
        make_article(tree.binnenland, f"Bericht {number}", when=timezone.now() - timedelta(minutes=number))
    client.force_login(desk)
    client.get(reverse("krant_desk"))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("krant_desk"))
    baseline = len(few)
    for number in range(3, 15):
        make_article(tree.binnenland, f"Bericht {number}", when=timezone.now() - timedelta(minutes=number))
    client.get(reverse("krant_desk"))  # the publishes made a new content version: warm its caches again
    with django_assert_max_num_queries(baseline):
        client.get(reverse("krant_desk"))
