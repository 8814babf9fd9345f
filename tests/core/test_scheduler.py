"""The scheduler says what it did: a log line per page it publishes or unpublishes."""

import logging
from datetime import timedelta

import time_machine
from django.utils import timezone

from krant.core.scheduler import publish_due_pages
from tests.factories import make_article

LOGGER = "krant.core.scheduler"


def test_publishing_an_embargoed_article_is_logged(tree, caplog):
    """When the embargo passes, an INFO line names the article the scheduler put online."""
    article = make_article(tree.binnenland, "Kabinet presenteert plan", published=False)
    article.go_live_at = timezone.now() + timedelta(hours=2)
    article.save_revision().publish()
    caplog.set_level(logging.INFO, logger=LOGGER)
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        publish_due_pages()
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO]
    assert lines == [f"Scheduler published page {article.pk} 'Kabinet presenteert plan' (news.articlepage)"]


def test_unpublishing_an_expired_article_is_logged(tree, caplog):
    """When an article expires, an INFO line names the article the scheduler took offline."""
    article = make_article(tree.binnenland, "Tijdelijke oproep")
    article.expire_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    caplog.set_level(logging.INFO, logger=LOGGER)
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        publish_due_pages()
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO]
    assert lines == [f"Scheduler unpublished page {article.pk} 'Tijdelijke oproep' (news.articlepage)"]


def test_nothing_due_logs_nothing(tree, caplog):
    """A round with nothing to do stays silent: the log is not filled every 30 seconds."""
    make_article(tree.binnenland, "Al online")
    caplog.set_level(logging.INFO, logger=LOGGER)
    publish_due_pages()
    assert [r for r in caplog.records if r.name == LOGGER] == []
