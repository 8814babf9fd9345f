"""Lists say clearly what they need; an edition exists once per list and day, an alert once per article."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from krant.newsletters.models import (
    Delivery,
    Edition,
    Kind,
    NewsletterList,
    Subscriber,
    Subscription,
    Weekday,
)
from tests.factories import make_article


def test_a_daily_list_needs_a_send_time(db):
    """Without a time the scheduler would never send it; the editor is told so."""
    newsletter = NewsletterList(name="Avondbrief", slug="avondbrief", kind=Kind.DAILY)
    with pytest.raises(ValidationError) as error:
        newsletter.full_clean()
    assert "send_time" in error.value.message_dict


def test_a_weekly_list_needs_a_day_a_time_and_a_section(db):
    """A weekly is about one section and goes out on one day."""
    newsletter = NewsletterList(name="Sportweek", slug="sportweek", kind=Kind.WEEKLY)
    with pytest.raises(ValidationError) as error:
        newsletter.full_clean()
    assert {"send_time", "weekday", "section"} <= set(error.value.message_dict)


def test_an_alert_list_needs_no_schedule(db):
    """Breaking-news alerts are sent by the desk, not by the clock."""
    NewsletterList(name="Alerts", slug="alerts", kind=Kind.BREAKING).full_clean()


@pytest.mark.parametrize("slug", ["aangemeld", "bevestigen", "beheer", "afmelden"])
def test_a_list_cannot_take_an_address_of_the_site(db, slug):
    """/nieuwsbrieven/<slug>/ must stay the archive; the words the pages use are refused."""
    newsletter = NewsletterList(name="Brief", slug=slug, kind=Kind.BREAKING)
    with pytest.raises(ValidationError) as error:
        newsletter.full_clean()
    assert "slug" in error.value.message_dict


def test_a_complete_weekly_list_is_valid(tree):
    NewsletterList(
        name="Binnenland", slug="binnenland", kind=Kind.WEEKLY, section=tree.binnenland,
        weekday=Weekday.MONDAY, send_time=time(8, 0),
    ).full_clean()  # fmt: skip


def edition(newsletter, day, article=None):
    return Edition.objects.create(
        newsletter=newsletter, subject="Brief", issue_date=day, article=article, html="<p>x</p>", text="x"
    )


def test_one_scheduled_edition_per_list_and_day(lists):
    """However often the scheduler looks, the database holds one daily edition per day."""
    edition(lists["daily"], date(2026, 11, 30))
    with pytest.raises(IntegrityError), transaction.atomic():
        edition(lists["daily"], date(2026, 11, 30))
    edition(lists["daily"], date(2026, 12, 1))


def test_one_alert_per_article_and_list_but_several_alerts_a_day(tree, lists):
    """An article goes out once per alert list; other articles the same day are fine."""
    first = make_article(tree.binnenland, "Eerste")
    second = make_article(tree.binnenland, "Tweede")
    day = date(2026, 11, 30)
    edition(lists["alerts"], day, first)
    edition(lists["alerts"], day, second)
    with pytest.raises(IntegrityError), transaction.atomic():
        edition(lists["alerts"], day, first)


def test_one_delivery_per_edition_and_subscriber(lists):
    """The row that makes 'never twice' possible: it cannot exist twice."""
    sent = edition(lists["alerts"], date(2026, 11, 30))
    subscriber = Subscriber.objects.create(email="een@example.org")
    Delivery.objects.create(edition=sent, subscriber=subscriber)
    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(edition=sent, subscriber=subscriber)


def test_one_subscription_per_subscriber_and_list(lists):
    subscriber = Subscriber.objects.create(email="een@example.org")
    Subscription.objects.create(subscriber=subscriber, newsletter=lists["daily"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.create(subscriber=subscriber, newsletter=lists["daily"])


def test_a_list_with_editions_cannot_be_deleted(lists):
    """Its archive would go with it; an editor switches it off instead."""
    edition(lists["daily"], date(2026, 11, 30))
    with pytest.raises(IntegrityError), transaction.atomic():
        lists["daily"].delete()


def test_addresses(lists):
    sent = edition(lists["daily"], date(2026, 11, 30))
    assert lists["daily"].get_absolute_url() == "/nieuwsbrieven/ochtendbrief/"
    assert sent.get_absolute_url() == f"/nieuwsbrieven/ochtendbrief/{sent.pk}/"
    assert str(lists["daily"]) == "Ochtendbrief"
