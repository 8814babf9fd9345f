"""The ordered checks every new or edited comment passes; the first verdict decides.

A check returns None (no objection) or a Verdict: refuse (the member is told why and nothing is stored),
reject (stored, never shown; spam and banned words, so their authors learn nothing), hold (a moderator
decides first) or premod (the thread or site wants every comment seen first). Every check's result is kept
with the revision, so a moderator sees why a comment waits.
"""

import random
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from krant.community import classifier, text
from krant.community.models import Comment, HouseRule, Moderation, TrustLevel

REPEAT_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Verdict:
    action: str  # "refuse", "reject", "hold", "premod" or "publish"
    check: str
    reason: str = ""  # a house rule (HouseRule) or a short code
    message: str = ""  # for the member, when refused
    record: dict = field(default_factory=dict)  # more to keep with the revision's result


@dataclass
class Submission:
    """What the checks look at: the member, the thread's page and rules, the (cleaned) text."""

    member: object
    thread: object
    page: object
    body: str
    settings: object  # CommunitySettings
    state: object  # threads.ThreadState
    newsroom: bool
    editing: Comment | None = None


def closed_thread(sub: Submission):
    if not sub.state.open and not sub.newsroom:
        return Verdict("refuse", "closed", "closed", sub.state.reason)


def suspended_member(sub: Submission):
    member = sub.member
    if member.banned:
        return Verdict("refuse", "suspended", "banned", _("Je account mag niet meer reageren."))
    if member.suspended_until and member.suspended_until > timezone.now():
        until = timezone.localtime(member.suspended_until).strftime("%d-%m-%Y %H:%M")
        return Verdict(
            "refuse", "suspended", "suspended", _("Je bent geschorst tot %(until)s.") % {"until": until}
        )


def repeated_post(sub: Submission):
    earlier = Comment.objects.filter(
        author=sub.member, body=sub.body, created_at__gte=timezone.now() - REPEAT_WINDOW
    )
    if sub.editing is not None:
        earlier = earlier.exclude(pk=sub.editing.pk)
    if earlier.exists():
        return Verdict("refuse", "repeated", "repeated", _("Je hebt precies deze reactie al geplaatst."))


def banned_words(sub: Submission):
    pattern = text.word_pattern(text.word_list(sub.settings.banned_words))
    if pattern and (match := pattern.search(text.fold(sub.body))):
        return Verdict("reject", "banned_words", HouseRule.ABUSE, match.group(0))


def suspect_words(sub: Submission):
    pattern = text.word_pattern(text.word_list(sub.settings.suspect_words))
    if pattern and (match := pattern.search(text.fold(sub.body))):
        return Verdict("hold", "suspect_words", "suspect_words", match.group(0))


def links_from_new_members(sub: Submission):
    if sub.member.trust_level == TrustLevel.NEW and text.has_link(sub.body):
        return Verdict("hold", "links", "links")


# Picks the sample of automatic publications a moderator checks; not a secret, so no CSPRNG needed.
sampler = random.Random()  # noqa: S311


def learned_model(sub: Submission):
    """The model learned from the moderators' decisions (krant.community.classifier).

    A confident approval publishes (not under an article set to pre-moderation), a confident rejection is
    held with the house rule it predicts, doubt waits for a moderator unless the member's trust lets them
    skip that. Off, or without a usable model: no objection."""
    if sub.newsroom or not sub.settings.model_enabled:
        return None
    model = classifier.active_model()
    if model is None:
        return None
    probability, rule = model.assess(sub.body)
    record = {"score": round(probability, 4), "model": model.version, "rule": rule}
    if probability >= sub.settings.model_approve_threshold:
        if getattr(sub.page, "comments_moderation", "") == Moderation.PRE:
            return None  # an editor wants every comment under this article seen: the model does not overrule
        sampled = sampler.random() * 100 < sub.settings.model_sample_rate
        return Verdict("publish", "learned_model", record=record | {"sampled": sampled})
    if 1 - probability >= sub.settings.model_reject_threshold:
        return Verdict("hold", "learned_model", rule, record=record)
    if sub.member.trust_level >= TrustLevel.TRUSTED:
        return None
    return Verdict("premod", "learned_model", "model_uncertain", record=record)


def trust(sub: Submission):
    """Pre-moderation holds every comment, except from the newsroom and from trusted members."""
    moderation = getattr(sub.page, "comments_moderation", "") or sub.settings.moderation
    if sub.newsroom or moderation != Moderation.PRE:
        return Verdict("publish", "trust")
    if sub.member.trust_level >= TrustLevel.TRUSTED:
        return Verdict("publish", "trust", "trusted")
    return Verdict("premod", "trust", "premod")


# In order; length and characters are checked before (krant.community.text.clean: the member fixes them).
PIPELINE = [
    closed_thread,
    suspended_member,
    repeated_post,
    banned_words,
    suspect_words,
    links_from_new_members,
    learned_model,
    trust,
]


def run(sub: Submission) -> tuple[Verdict, list[dict]]:
    """Return the first verdict, and every check's result up to it for the revision."""
    results = []
    for check in PIPELINE:
        verdict = check(sub)
        results.append(
            {"check": check.__name__, "verdict": verdict.action if verdict else "pass"}
            | ({"detail": str(verdict.reason)} if verdict and verdict.reason else {})
            # What a word list matched, so the moderator sees why without searching the text.
            | (
                {"match": verdict.message}
                if verdict and verdict.action in ("hold", "reject") and verdict.message
                else {}
            )
            | (verdict.record if verdict else {})
        )
        if verdict is not None:
            return verdict, results
    return Verdict("publish", "none"), results
