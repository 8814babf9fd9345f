"""The moderation model in the checks (krant.community.checks.learned_model), its training on the
moderators' decisions (krant.community.training) and its scheduled retraining: confident approvals publish,
confident rejections are held with the predicted house rule, doubt waits, a sample goes to humans, a file
that cannot be used never stops commenting, and a correction retrains."""

import hashlib
import logging
from datetime import timedelta

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.utils import timezone

from krant.community import checks, classifier, comments, personal_data, queues, training
from krant.community.models import (
    Comment,
    CommentRevision,
    HouseRule,
    ModelDecision,
    ModelOutcome,
    Moderation,
    ModerationModel,
    Status,
    TrustLevel,
)
from krant.core.roles import MODERATOR
from krant.core.scheduler import JOBS
from krant.demo.moderation import generate
from tests import factories
from tests.community.conftest import make_member, record_decisions, site_rules

PAIRS = generate(seed="tests-learned-moderation")[:240]
FINE = "Goed stuk. Mijn buurvrouw werkt in de thuiszorg en herkent dit helemaal. Benieuwd hoe dit afloopt."
ABUSE = "Jij bent echt een malloot, schaam je."  # no word of the word lists


@pytest.fixture
def moderator(db):
    return factories.make_user("moderator", MODERATOR)


@pytest.fixture
def history(tree, moderator):
    """The moderators' past decisions, under an older article by another member."""
    old = factories.make_article(tree.binnenland, "Oude discussie over de ringweg")
    author = make_member("archief@voorbeeld.nl", "Lezer uit het archief")
    return record_decisions(PAIRS, old, author, moderator)


@pytest.fixture
def trained(history, model_dir):
    site_rules(model_sample_rate=0)  # the sample is random: tests of it set their own rate
    return training.train()


def latest_check(comment) -> dict:
    return CommentRevision.objects.filter(comment=comment).latest("pk").checks[-1]


def test_training_writes_a_versioned_file_and_records_it_active(trained, model_dir):
    """The first training is version 1: its file in the data directory matches the recorded checksum,
    and the held-out quarter of the decisions is kept for the admin's precision and recall."""
    assert (trained.version, trained.active, trained.decisions) == (1, True, len(PAIRS))
    data = (model_dir / "model-0001.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == trained.sha256
    assert len(trained.evaluation["heldout"]) == len(PAIRS) // 4
    assert classifier.active_model().version == 1


def test_a_new_version_keeps_the_previous_file_and_becomes_the_only_active_one(trained, model_dir):
    second = training.train()
    assert second.version == 2
    assert list(ModerationModel.objects.filter(active=True)) == [second]
    assert (model_dir / "model-0001.json").exists() and (model_dir / "model-0002.json").exists()


def test_too_few_decisions_train_nothing_and_say_how_many(tree, moderator, model_dir):
    """A fresh site has no model: the command says what is missing; the demo's --if-missing just reports."""
    old = factories.make_article(tree.binnenland, "Weinig besproken")
    record_decisions(PAIRS[:20], old, make_member(), moderator)
    with pytest.raises(CommandError, match="Te weinig beslissingen"):
        call_command("train_moderation")
    call_command("train_moderation", "--if-missing")
    assert not ModerationModel.objects.exists()
    assert classifier.active_model() is None


def test_a_fresh_site_without_a_model_uses_the_word_lists(article, member, model_dir):
    """No model: a banned word is rejected, anything else published as before."""
    site_rules(banned_words="klootzak")
    rejected = comments.post(member, article, "Wat een klootzak.")
    published = comments.post(member, article, ABUSE)
    assert (rejected.status, published.status) == (Status.REJECTED, Status.NONE)
    assert not ModelDecision.objects.exists()


def test_a_confident_approval_publishes_even_under_pre_moderation(trained, article, member):
    site_rules(moderation=Moderation.PRE)
    comment = comments.post(member, article, FINE)
    assert comment.status == Status.NONE and comment.is_visible
    decision = ModelDecision.objects.get(comment=comment)
    assert (decision.outcome, decision.version) == (ModelOutcome.PUBLISH, 1)
    assert decision.approve_probability >= 0.9
    assert latest_check(comment) | {"score": 0} == {
        "check": "learned_model",
        "verdict": "publish",
        "score": 0,
        "model": 1,
        "rule": decision.rule,
        "sampled": False,
    }


def test_a_confident_rejection_is_held_with_the_predicted_house_rule(
    trained, article, member, client, moderator
):
    """Held (not shown), the house rule named, and the moderator sees the model's view, its rule chosen."""
    comment = comments.post(member, article, ABUSE)
    assert (comment.status, comment.status_reason) == (Status.HELD, HouseRule.ABUSE)
    assert ModelDecision.objects.get(comment=comment).outcome == ModelOutcome.HOLD
    client.force_login(moderator)
    page = client.get("/admin/community/moderatie/wachtrij/tegengehouden/").content.decode()
    assert ABUSE in page and "versie 1, kans op goedkeuren" in page
    assert '<option value="abuse" selected>' in page


def test_an_article_under_pre_moderation_keeps_every_comment_for_a_moderator(trained, article, member):
    """The site's pre-moderation yields to a confident model; an editor's choice for one article does not."""
    article.comments_moderation = Moderation.PRE
    article.save(update_fields=["comments_moderation"])
    comment = comments.post(member, article, FINE)
    assert comment.status == Status.PREMOD and not comment.is_visible
    assert comments.post(member, article, ABUSE).status == Status.HELD  # a confident rejection still holds


@pytest.mark.parametrize("margin, expected", [(0.0, Status.NONE), (0.0001, Status.PREMOD)])
def test_the_approval_threshold_is_respected(trained, article, member, margin, expected):
    """At the threshold the model publishes; just above its score the comment waits for a moderator."""
    score, _rule = classifier.active_model().assess(FINE)
    site_rules(model_approve_threshold=score + margin - 0.00001 if not margin else score + margin)
    comment = comments.post(member, article, FINE)
    assert comment.status == expected


@pytest.mark.parametrize("threshold, expected", [(0.5, Status.HELD), (1.0, Status.PREMOD)])
def test_the_rejection_threshold_is_respected(trained, article, member, threshold, expected):
    site_rules(model_reject_threshold=threshold)
    assert comments.post(member, article, ABUSE).status == expected


def test_doubt_waits_in_the_pending_queue_unless_the_member_is_trusted(trained, article, member, other):
    """With thresholds nothing reaches, every comment is doubt: a new member's waits, a trusted member's
    is published as their trust allows, and the newsroom is never scored."""
    site_rules(model_approve_threshold=1.0, model_reject_threshold=1.0)
    waiting = comments.post(member, article, FINE)
    assert (waiting.status, waiting.status_reason) == (Status.PREMOD, "model_uncertain")
    assert ModelDecision.objects.get(comment=waiting).outcome == ModelOutcome.QUEUE
    other.member.trust_level = TrustLevel.TRUSTED
    other.member.save()
    assert comments.post(other, article, FINE + " Echt.").status == Status.NONE
    editor = factories.make_user("redacteur", "Eindredactie")
    assert comments.post(editor, article, ABUSE).status == Status.NONE


def test_switched_off_the_word_lists_and_moderators_decide(trained, article, member):
    site_rules(model_enabled=False)
    assert comments.post(member, article, ABUSE).status == Status.NONE
    assert not ModelDecision.objects.exists()


def test_the_sample_goes_to_humans_and_leaves_when_decided(trained, article, member, moderator):
    """At 100% every automatic publication is in 'Steekproef' (and stays published); a moderator's
    decision takes it out. At 0% none is."""
    site_rules(model_sample_rate=100)
    comment = comments.post(member, article, FINE)
    assert comment.status == Status.NONE
    assert ModelDecision.objects.get(comment=comment).sampled
    sample = list(checks_queue("steekproef"))
    assert sample == [comment]
    comments.approve(moderator, comment.pk)
    assert list(checks_queue("steekproef")) == []
    site_rules(model_sample_rate=0)
    unsampled = comments.post(member, article, FINE + " Groet.")
    assert not ModelDecision.objects.get(comment=unsampled).sampled


def checks_queue(slug):
    return queues.BY_SLUG[slug].comments()


def test_an_edit_is_scored_again(trained, article, member):
    comment = comments.post(member, article, FINE)
    edited = comments.edit(member, comment.pk, ABUSE)
    assert (edited.status, edited.status_reason) == (Status.HELD, HouseRule.ABUSE)
    assert ModelDecision.objects.get(comment=comment).outcome == ModelOutcome.HOLD


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.write_bytes(b"{niet af"),
        lambda path: path.unlink(),
        lambda path: path.write_bytes(path.read_bytes().replace(b'"version":1', b'"version":2')),
    ],
    ids=["corrupt", "missing", "mismatched"],
)
def test_a_file_that_cannot_be_used_never_stops_commenting(
    trained, model_dir, article, member, caplog, spoil
):
    """The comment goes through the word lists and trust as without a model, and the log says why."""
    spoil(model_dir / trained.file_name)
    classifier._loaded.clear()
    site_rules(banned_words="klootzak")
    with caplog.at_level(logging.ERROR, logger="krant.community.classifier"):
        published = comments.post(member, article, ABUSE)
        rejected = comments.post(member, article, "Wat een klootzak.")
    assert (published.status, rejected.status) == (Status.NONE, Status.REJECTED)
    assert "unusable" in caplog.text
    assert not ModelDecision.objects.exists()
    assert classifier.status()[1]


def test_the_scheduler_runs_the_retraining_job():
    assert "krant.community.training.retrain_when_due" in JOBS


def test_the_scheduler_trains_once_there_are_enough_decisions_and_not_again_without_new_ones(
    history, model_dir
):
    first = training.retrain_when_due()
    assert first.version == 1
    assert training.retrain_when_due() is None  # within the hour
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert training.retrain_when_due() is None  # nothing new to learn


def test_a_correction_retrains(trained, article, member, moderator):
    """A moderator rejecting what the model published is a decision like any other: the scheduler's next
    training (after its hourly pause) learns from it."""
    comment = comments.post(member, article, FINE)
    assert comment.status == Status.NONE
    comments.reject(moderator, comment.pk, HouseRule.OFF_TOPIC)
    assert ModelDecision.objects.get(comment=comment).reviewed_at is not None
    assert training.retrain_when_due() is None
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        retrained = training.retrain_when_due()
    assert (retrained.version, retrained.decisions) == (2, len(PAIRS) + 1)
    texts, labels, _newest = training.decisions()
    assert labels[texts.index(FINE)] == HouseRule.OFF_TOPIC


def test_after_a_roll_back_the_hourly_retraining_waits_for_a_request(trained, article, member, moderator):
    """Beheer's roll-back stays until someone asks for a new version; new decisions alone do not undo it."""
    training.train()
    comments.activate_model(moderator, 1)
    comments.reject(moderator, comments.post(member, article, FINE).pk, HouseRule.OFF_TOPIC)
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert training.retrain_when_due() is None
        assert ModerationModel.objects.get(active=True).version == 1
        site_rules(model_retrain_requested_at=timezone.now())
        assert training.retrain_when_due().version == 3
    assert ModerationModel.objects.get(active=True).version == 3


def test_a_requested_retraining_runs_at_once_and_clears_the_request(trained):
    rules = site_rules(model_retrain_requested_at=timezone.now())
    assert training.retrain_when_due().version == 2
    rules.refresh_from_db()
    assert rules.model_retrain_requested_at is None


def test_switched_off_nothing_is_trained_on_schedule(history, model_dir):
    site_rules(model_enabled=False)
    assert training.retrain_when_due() is None
    assert not ModerationModel.objects.exists()


def test_automatic_decisions_are_never_training_examples(trained, article, member):
    """Only moderators' decisions teach the model; what it held or published itself does not."""
    comments.post(member, article, ABUSE)
    comments.post(member, article, FINE)
    texts, _labels, _newest = training.decisions()
    assert ABUSE not in texts and FINE not in texts
    assert Comment.objects.count() == len(PAIRS) + 2


def test_the_check_records_the_score_in_the_revision(trained, article, member):
    comment = comments.post(member, article, ABUSE)
    result = next(
        r for r in CommentRevision.objects.get(comment=comment).checks if r["check"] == "learned_model"
    )
    assert result["verdict"] == "hold" and result["model"] == 1 and result["rule"] == HouseRule.ABUSE
    assert 0 <= result["score"] < 0.1
    assert checks.learned_model.__name__ in {
        r["check"] for r in CommentRevision.objects.get(comment=comment).checks
    }


def test_the_member_s_data_download_holds_the_automatic_decision(trained, article, member):
    """What the model decided about a member's comment is in 'download my data'."""
    held = comments.post(member, article, ABUSE)
    exported = personal_data.export(member)["comments"]["comments"]
    assert [(item["id"], item["automatic_decision"]["outcome"]) for item in exported] == [(held.pk, "hold")]
    assert exported[0]["automatic_decision"]["house_rule"] == HouseRule.ABUSE
