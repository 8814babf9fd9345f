"""The database side of bench/community.py: its members and threads before the load, and the proof after.

Run inside krant's configuration (`krant shell`, with the bench's database), so it is plain Django:

    python -m krant shell -c "from bench import community_db; community_db.main('prepare', ...)"

Members are made as signup leaves them (a verified address, a display name through
krant.community.services) plus an API token; the 2,000-comment thread is written in bulk (its counters set
from a recount), since only its reading is measured.
"""

import json
import sys
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from krant.api import tokens as app_keys
from krant.community import comments, services
from krant.community.models import ActionKind, Comment, CommentAction, Member, Status, Thread
from krant.news.models import ArticlePage

EMAIL = "lid-{n:04d}@bench.invalid"


def prepare(members: int, hot: int, big: int) -> dict:
    """Create `members` members with tokens, open `hot` articles for ever, and one thread of `big` comments.

    Return the tokens with their member ids, the hot articles and the big thread's article.
    """
    articles = list(
        ArticlePage.objects.live().filter(comments_enabled=True).order_by("-first_published_at")[: hot + 1]
    )
    if len(articles) < hot + 1:
        raise SystemExit(f"community_db: need {hot + 1} articles with comments on; load the demo first")
    # Open for the whole run, whatever the clock: no closing time, post-moderation (the site's default).
    ArticlePage.objects.filter(pk__in=[a.pk for a in articles]).update(
        comments_close_after_hours=0, comments_moderation=""
    )
    users = get_user_model().objects
    tokens = []
    for n in range(members):
        email = EMAIL.format(n=n)
        user = users.filter(email=email).first()
        if user is None:
            user = users.create_user(username=email.split("@")[0], email=email)  # no password: tokens only
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            services.set_display_name(user, f"Testlezer {n:04d}")
        tokens.append({"token": app_keys.issue(user).key, "member": user.member.pk})
    big_article = articles[hot]
    fill_thread(big_article, big, [entry["member"] for entry in tokens])
    return {
        "tokens": tokens,
        "hot": [{"id": a.pk, "url": a.url} for a in articles[:hot]],
        "big": {"id": big_article.pk, "url": big_article.url},
    }


@transaction.atomic
def fill_thread(article: ArticlePage, total: int, authors: list[int]) -> None:
    """Give `article` a thread of `total` visible comments, a third of them replies, in bulk."""
    thread = comments.thread_for(article)
    missing = total - thread.comments.count()
    if missing <= 0:
        return
    start = timezone.now() - timedelta(hours=6)
    tops = Comment.objects.bulk_create(
        Comment(
            thread=thread,
            author_id=authors[n % len(authors)],
            body=f"Reactie {n} in de lange discussie: een mening in een paar zinnen, zoals lezers die geven.",
            created_at=start + timedelta(seconds=5 * n),
        )
        for n in range(missing - missing // 3)
    )
    Comment.objects.bulk_create(
        Comment(
            thread=thread,
            author_id=authors[(n + 1) % len(authors)],
            parent=tops[n % len(tops)],
            depth=1,
            body=f"Antwoord {n}: daar ben ik het niet helemaal mee eens.",
            created_at=start + timedelta(seconds=5 * n + 2),
        )
        for n in range(missing // 3)
    )
    Thread.objects.filter(pk=thread.pk).update(**comments.recount(thread), last_comment_at=timezone.now())


def prove(path: str) -> dict:
    """Check the run's accepted writes against the database; return counts and every problem found.

    `path` holds {"comments": [id, ...], "respects": [[member id, comment id], ...], "articles": [id, ...]}:
    every comment the API accepted (201) and every respect it accepted (200).
    """
    with open(path) as handle:
        accepted = json.load(handle)
    problems = []
    wanted = set(accepted["comments"])
    stored = set(Comment.objects.filter(pk__in=wanted, status=Status.NONE).values_list("pk", flat=True))
    if missing := sorted(wanted - stored):
        problems.append(f"{len(missing)} accepted comments missing or not shown, e.g. {missing[:5]}")
    respects = {tuple(pair) for pair in accepted["respects"]}
    rows = set(
        CommentAction.objects.filter(
            kind=ActionKind.RESPECT, comment_id__in={c for _m, c in respects}
        ).values_list("member_id", "comment_id")
    )
    if missing := sorted(respects - rows):
        problems.append(f"{len(missing)} accepted respects missing, e.g. {missing[:5]}")
    threads = Thread.objects.filter(page_id__in=accepted["articles"])
    for thread in threads:
        recounted = comments.recount(thread)
        if recounted["comment_count"] != thread.comment_count:
            problems.append(f"thread {thread.pk}: comment_count {thread.comment_count}, recount {recounted}")
    wrong = (
        Comment.objects.filter(thread__in=threads)
        .annotate(rows=Count("actions", filter=Q(actions__kind=ActionKind.RESPECT)))
        .exclude(respect_count=F("rows"))
    )
    for comment in wrong[:5]:
        problems.append(f"comment {comment.pk}: respect_count {comment.respect_count}, rows {comment.rows}")
    if count := wrong.count():
        problems.append(f"{count} comments whose respect_count differs from their respect rows")
    return {
        "comments_accepted": len(wanted),
        "comments_stored": len(stored),
        "respects_accepted": len(respects),
        "respects_stored": len(respects & rows),
        "threads_checked": threads.count(),
        "comments_checked": Comment.objects.filter(thread__in=threads).count(),
        "members": Member.objects.count(),
        "problems": problems,
    }


def main(command: str, *arguments) -> None:
    """Run `command` and print its answer as one JSON line (what bench/community.py reads)."""
    answer = prepare(*arguments) if command == "prepare" else prove(*arguments)
    sys.stdout.write("BENCH " + json.dumps(answer) + "\n")
