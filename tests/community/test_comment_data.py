"""A member's comments in 'download my data' and 'delete my account' (krant.community.personal_data)."""

import pytest

from krant.community import comments, personal_data, services
from krant.community.models import Comment, CommentChoice, HouseRule, Thread
from tests import factories
from tests.community.conftest import make_member


@pytest.fixture
def thread_of_two(tree):
    article = factories.make_article(tree.binnenland, "Nieuwe bibliotheek in Zwolle")
    leaving = make_member("vertrek@voorbeeld.nl", "Vertrekkende Lezer")
    staying = make_member("blijf@voorbeeld.nl", "Blijvende Lezer")
    mine = comments.post(leaving, article, "Mijn mening over de bibliotheek")
    reply = comments.post(staying, article, "Mijn antwoord daarop", parent=mine)
    comments.give_respect(leaving, reply)
    comments.report(leaving, reply.pk, HouseRule.OFF_TOPIC)
    comments.ignore(leaving, staying.member)
    return leaving, mine, reply


def test_the_export_holds_comments_reactions_and_ignores(thread_of_two):
    leaving, mine, reply = thread_of_two
    data = personal_data.export(leaving)["comments"]
    assert [(item["id"], item["text"]) for item in data["comments"]] == [(mine.pk, mine.body)]
    assert {(item["comment"], item["kind"]) for item in data["actions"]} == {
        (reply.pk, "respect"),
        (reply.pk, "report"),
    }
    assert data["ignoring"] == ["Blijvende Lezer"]


def test_removing_leaves_tombstones_and_takes_the_respect_back(thread_of_two):
    leaving, mine, reply = thread_of_two
    services.delete_account(leaving, CommentChoice.REMOVE)
    mine.refresh_from_db()
    assert mine.is_deleted and mine.body == "" and mine.author is None
    assert Comment.objects.get(pk=reply.pk).respect_count == 0
    thread = Thread.objects.get(pk=mine.thread_id)
    assert thread.comment_count == 1 == comments.recount(thread)["comment_count"]


def test_anonymising_keeps_the_text_without_the_name(thread_of_two):
    leaving, mine, _reply = thread_of_two
    services.delete_account(leaving, CommentChoice.ANONYMISE)
    mine.refresh_from_db()
    assert mine.body == "Mijn mening over de bibliotheek" and mine.author is None and not mine.is_deleted
    assert Thread.objects.get(pk=mine.thread_id).comment_count == 2
