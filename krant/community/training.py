"""Training the moderation model on the moderators' own decisions, with scikit-learn.

Only the scheduler process, `krant train-moderation` and `krant demo` import this module (and with it
numpy and scipy); the web workers read the exported weights (krant.community.classifier).

The examples are the latest approve or reject of a moderator per comment, labelled 'approve' or with the
house rule the rejection cited; automatic decisions are never examples, so the model learns from people
only, and a moderator's correction of the model counts like any other decision. A quarter of the examples
is held out to measure precision and recall; the exported model is then trained on all of them.
"""

import hashlib
import json
import logging
import os
from datetime import timedelta

import numpy
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from threadpoolctl import threadpool_limits

from krant.community import classifier, text
from krant.community.comments import site_settings, stored_site_settings
from krant.community.models import AuditKind, CommunitySettings, ModerationAction, ModerationModel

logger = logging.getLogger(__name__)

MIN_DECISIONS = 40
MIN_EACH = 10  # approvals and rejections, each
HELDOUT = 0.25
SEED = 12
KEEP_FILES = 10  # the newest versions' files stay on disk; older rows keep their measurements
RETRAIN_EVERY = timedelta(hours=1)
ATTEMPT_KEY = "moderation-model:attempted-at-decision"


class NotEnough(Exception):
    """Too few decisions to learn from; the message says how many there are and are needed."""


def human_decisions():
    return ModerationAction.objects.filter(
        kind__in=[AuditKind.APPROVE, AuditKind.REJECT], moderator__isnull=False, comment__isnull=False
    )


def decisions() -> tuple[list[str], list[str], int]:
    """Return the texts, their labels and the newest decision's id: each comment's latest decision."""
    rows = (
        human_decisions()
        .filter(comment__deleted_at__isnull=True)
        .order_by("comment_id", "-created_at", "-pk")
        .values_list("pk", "comment_id", "kind", "reason", "comment__body")
    )
    texts, labels, seen, newest = [], [], set(), 0
    for pk, comment_id, kind, reason, body in rows.iterator():
        newest = max(newest, pk)
        if comment_id in seen or not body:
            continue
        seen.add(comment_id)
        texts.append(body)
        labels.append(classifier.APPROVE if kind == AuditKind.APPROVE else reason or "other")
    return texts, labels, newest


def check_enough(labels: list[str]) -> None:
    approvals = labels.count(classifier.APPROVE)
    rejections = len(labels) - approvals
    if len(labels) < MIN_DECISIONS or approvals < MIN_EACH or rejections < MIN_EACH:
        raise NotEnough(
            _(
                "Te weinig beslissingen om van te leren: %(approvals)d goedkeuringen en %(rejections)d "
                "afwijzingen; nodig zijn er samen %(total)d, van elk minstens %(each)d."
            )
            % {"approvals": approvals, "rejections": rejections, "total": MIN_DECISIONS, "each": MIN_EACH}
        )


def fit(texts: list[str], labels: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    """Return the vectorizer and classifier trained on `texts` with their `labels`."""
    vectorizer = TfidfVectorizer(
        analyzer=classifier.features, sublinear_tf=True, min_df=2, dtype=numpy.float64
    )
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=10.0, max_iter=2000)
    # One BLAS thread: the model is small, and threads fighting over a busy machine's cores made fitting
    # 20 times slower (8.5 s against 0.5 s for 240 decisions, measured side by side).
    with threadpool_limits(limits=1):
        model.fit(matrix, labels)
    return vectorizer, model


def export(vectorizer: TfidfVectorizer, model: LogisticRegression, version: int) -> dict:
    """Return the trained model as the JSON document classifier.parse reads."""
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {
        "format": classifier.FORMAT,
        "format_version": classifier.FORMAT_VERSION,
        "features": classifier.FEATURES_VERSION,
        "version": version,
        "sublinear_tf": vectorizer.sublinear_tf,
        "terms": terms,
        "idf": vectorizer.idf_.tolist(),
        "classes": [str(name) for name in model.classes_],
        "coef": model.coef_.tolist(),
        "intercept": model.intercept_.tolist(),
    }


def evaluate(texts: list[str], labels: list[str], wordlists) -> dict:
    """Train on three quarters, score the held-out quarter; return its rows for classifier.measure."""
    approved = [label == classifier.APPROVE for label in labels]
    train_texts, test_texts, train_labels, test_labels = train_test_split(
        texts, labels, test_size=HELDOUT, random_state=SEED, stratify=approved
    )
    vectorizer, model = fit(train_texts, train_labels)
    scorer = classifier.parse(json.dumps(export(vectorizer, model, 0)).encode(), 0)
    rows = []
    for body, label in zip(test_texts, test_labels, strict=True):
        probability, rule = scorer.assess(body)
        held = bool(wordlists and wordlists.search(text.fold(body)))
        rows.append([round(probability, 4), label == classifier.APPROVE, label, rule, held])
    return {"heldout": rows, "trained_on": len(train_texts)}


def wordlist_pattern(rules: CommunitySettings):
    return text.word_pattern(text.word_list(rules.banned_words) + text.word_list(rules.suspect_words))


def train(now=None) -> ModerationModel:
    """Train a new version on every decision so far, write its file and make it the active one."""
    now = now or timezone.now()
    texts, labels, newest = decisions()
    check_enough(labels)
    evaluation = evaluate(texts, labels, wordlist_pattern(site_settings()))
    vectorizer, model = fit(texts, labels)
    version = (ModerationModel.objects.aggregate(Max("version"))["version__max"] or 0) + 1
    data = json.dumps(export(vectorizer, model, version), separators=(",", ":")).encode()
    directory = classifier.model_dir()
    directory.mkdir(parents=True, exist_ok=True)
    name = classifier.file_name(version)
    partial = directory / f".{name}.partial"
    partial.write_bytes(data)
    os.replace(partial, directory / name)  # a reader sees the whole file or none
    with transaction.atomic():
        ModerationModel.objects.filter(active=True).update(active=False)
        row = ModerationModel.objects.create(
            version=version,
            trained_at=now,
            file_name=name,
            sha256=hashlib.sha256(data).hexdigest(),
            decisions=len(texts),
            last_decision=newest,
            evaluation=evaluation,
            active=True,
        )
        classifier.forget_active_row()  # this process sees it at once, the others once it commits
        transaction.on_commit(classifier.forget_active_row)
    prune(directory, version)
    logger.info("Moderation model %s trained on %s decisions", version, len(texts))
    return row


def prune(directory, newest: int) -> None:
    for row in ModerationModel.objects.filter(version__lte=newest - KEEP_FILES, active=False):
        (directory / row.file_name).unlink(missing_ok=True)


def retrain_when_due(now=None) -> ModerationModel | None:
    """The scheduler's job: train when a moderator asked to, or hourly when there are new decisions.

    Not hourly while Beheer keeps an older version active (a roll-back): a new version would undo that
    choice within the hour. An explicit request still trains.
    """
    now = now or timezone.now()
    rules = stored_site_settings()
    requested = rules.model_retrain_requested_at is not None
    if not requested:
        if not rules.model_enabled or ModerationModel.rolled_back():
            return None
        latest = ModerationModel.objects.order_by("-version").first()
        if latest is not None and now - latest.trained_at < RETRAIN_EVERY:
            return None
        newest = human_decisions().aggregate(Max("pk"))["pk__max"] or 0
        # Nothing new since the last model, or since the last attempt that found too few decisions.
        if newest <= max(latest.last_decision if latest else 0, cache.get(ATTEMPT_KEY, 0)):
            return None
    try:
        return train(now)
    except NotEnough as error:
        logger.info("Moderation model not trained: %s", error)
        cache.set(ATTEMPT_KEY, human_decisions().aggregate(Max("pk"))["pk__max"] or 0, None)
        return None
    finally:
        if requested:
            CommunitySettings.objects.filter(pk=rules.pk).update(model_retrain_requested_at=None)
