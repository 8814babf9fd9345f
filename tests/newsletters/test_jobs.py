"""The scheduler round: a daily or weekly edition is built and queued at its time, once; late ones skip."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from krant.core import scheduler
from krant.newsletters import jobs
from krant.newsletters.models import Edition, EditionStatus, NewsletterList, Subscriber, SubscriptionStatus
from tests.factories import make_article
from tests.newsletters.conftest import subscribe

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=AMSTERDAM)


@pytest.fixture
def old_lists(lists):
    """The lists, made long before the days these tests look at."""
    NewsletterList.objects.update(created_at=local(date(2026, 1, 1), 0))
    return {key: NewsletterList.objects.get(pk=newsletter.pk) for key, newsletter in lists.items()}


@pytest.mark.parametrize(
    ("moment", "due"),
    [
        (local(SATURDAY, 6, 59), None),  # before 07:00 Dutch time
        (local(SATURDAY, 7, 0), SATURDAY),
        (local(SATURDAY, 9, 59), SATURDAY),
        (local(SATURDAY, 10, 0), None),  # more than GRACE late: a morning letter at ten is old news
    ],
)
def test_a_daily_is_due_from_its_time_within_the_grace(old_lists, moment, due):
    assert jobs.due_issue_date(old_lists["daily"], moment) == due


def test_the_send_time_is_dutch_time_also_in_summer(old_lists):
    """07:00 in July is 05:00 UTC."""
    summer = datetime(2026, 7, 1, 5, 0, tzinfo=ZoneInfo("UTC"))
    assert jobs.due_issue_date(old_lists["daily"], summer) == date(2026, 7, 1)


def test_a_weekly_is_due_only_on_its_day(old_lists):
    assert jobs.due_issue_date(old_lists["weekly"], local(FRIDAY, 17, 5)) == FRIDAY
    assert jobs.due_issue_date(old_lists["weekly"], local(SATURDAY, 17, 5)) is None


def test_a_list_made_after_todays_time_starts_tomorrow(lists):
    """A list created at 08:00 does not send a 07:00 letter at once."""
    NewsletterList.objects.filter(pk=lists["daily"].pk).update(created_at=local(SATURDAY, 8, 0))
    daily = NewsletterList.objects.get(pk=lists["daily"].pk)
    assert jobs.due_issue_date(daily, local(SATURDAY, 8, 30)) is None
    assert jobs.due_issue_date(daily, local(SATURDAY + timedelta(days=1), 7, 0)) == SATURDAY + timedelta(
        days=1
    )


def test_the_scheduler_builds_and_queues_the_daily_once(tree, old_lists, django_capture_on_commit_callbacks):
    """Round after round at 07:00 and later: one edition, its batches queued for the worker."""
    subscribe(old_lists["daily"], "ochtend@example.org")
    with time_machine.travel(local(SATURDAY, 6, 0)):
        make_article(tree.binnenland, "Nacht van de storm")
    for minute in (0, 1, 30):
        with (
            time_machine.travel(local(SATURDAY, 7, minute)),
            django_capture_on_commit_callbacks(execute=True),
        ):
            scheduler.run_due_jobs()
    [edition] = Edition.objects.filter(newsletter=old_lists["daily"])
    assert edition.issue_date == SATURDAY
    assert edition.status == EditionStatus.SENDING
    assert edition.subject == "Ochtendbrief: Nacht van de storm"
    assert (
        DBTaskResult.objects.filter(backend_name="newsletters", task_path__endswith="send_batch").count() == 1
    )


def test_nothing_is_built_before_the_time_or_for_a_switched_off_list(tree, old_lists):
    make_article(tree.binnenland, "Nieuws")
    with time_machine.travel(local(SATURDAY, 6, 59)):
        jobs.send_due_newsletters()
    NewsletterList.objects.update(is_active=False)
    with time_machine.travel(local(SATURDAY, 7, 5)):
        jobs.send_due_newsletters()
    assert not Edition.objects.exists()


def test_a_weekly_goes_out_on_its_day_with_the_sections_news(tree, old_lists):
    with time_machine.travel(local(FRIDAY, 12, 0)):
        make_article(tree.binnenland, "Week van de polder")
        make_article(tree.economie, "Niet voor deze brief")
    with time_machine.travel(local(FRIDAY, 17, 1)):
        jobs.send_due_newsletters()
    [edition] = Edition.objects.filter(newsletter=old_lists["weekly"])
    assert [item["title"] for item in edition.items] == ["Week van de polder"]


def test_no_news_no_edition(tree, old_lists):
    """Without articles the daily is skipped, not sent empty."""
    with time_machine.travel(local(SATURDAY, 7, 1)):
        jobs.send_due_newsletters()
        jobs.send_due_newsletters()
    assert not Edition.objects.exists()


def test_housekeeping_forgets_stale_sign_ups_and_old_task_records(old_lists):
    """Once an hour: unconfirmed addresses older than a month go, and finished task records of a week."""
    subscribe(old_lists["daily"], "nooit@example.org", status=SubscriptionStatus.PENDING)
    Subscriber.objects.update(created_at=timezone.now() - timedelta(days=40))
    from krant.newsletters.tasks import send_batch

    result = send_batch.enqueue(0, 10)
    DBTaskResult.objects.filter(pk=result.id).update(
        status="SUCCESSFUL", finished_at=timezone.now() - timedelta(days=8)
    )
    jobs.send_due_newsletters()
    assert not Subscriber.objects.exists()
    assert not DBTaskResult.objects.exists()
