"""The demo's moderation history (krant.demo.moderation): enough varied decisions to learn from."""

from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.community import training
from krant.community.models import Comment, HouseRule, Status
from krant.demo import moderation
from krant.demo.accounts import ensure_demo_editor, ensure_demo_moderator
from krant.demo.moderation import content, generate
from tests import factories


def test_each_kind_gets_its_count_of_different_texts():
    """Every kind is 'approve' or a house rule, each gets the count the file asks, and no text repeats
    (a member posting the same text twice would be refused as a repeat)."""
    data = content()
    made = generate(data)
    counts = Counter(kind for _text, kind in made)
    assert counts == {kind: spec["count"] for kind, spec in data["kind"].items()}
    assert set(counts) <= {"approve", *HouseRule.values}
    assert len({text for text, _kind in made}) == len(made)


def test_the_history_is_the_same_every_run_and_differs_by_seed():
    assert generate() == generate()
    assert generate(seed="een ander zaadje") != generate()


def test_a_kind_that_is_no_house_rule_is_refused():
    with pytest.raises(ValueError, match="unknown kind 'vloeken'"):
        generate({"kind": {"vloeken": {"count": 1, "parts": [["Verdorie."]]}}})


def test_texts_fit_a_comment():
    assert all(0 < len(text) <= 300 and "  " not in text and " ." not in text for text, _kind in generate())


@pytest.fixture
def small_history(tree, monkeypatch):
    """Three older articles, the demo's logins, and a history of a few comments of each kind."""
    for number in range(3):
        factories.make_article(
            tree.binnenland, f"Ouder artikel {number}", when=timezone.now() - timedelta(days=3 + number)
        )
    ensure_demo_editor()
    ensure_demo_moderator()
    data = content()
    for spec in data["kind"].values():
        spec["count"] = 3
    monkeypatch.setattr(moderation, "content", lambda: data)
    return moderation


def test_the_history_is_posted_and_decided_by_the_moderator_once(small_history):
    """Each comment goes in through the checks and gets the moderator's decision with its house rule; the
    second run adds nothing. Those decisions are what training learns from."""
    added = small_history.ensure_demo_moderation_history()
    assert added == 3 * len(content()["kind"])
    texts, labels, _newest = training.decisions()
    assert Counter(labels)["approve"] == 3 and len(labels) == added
    assert set(Comment.objects.values_list("status", flat=True)) == {Status.APPROVED, Status.REJECTED}
    assert small_history.ensure_demo_moderation_history() == 0
