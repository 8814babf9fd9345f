"""The community bench: its setup makes members with tokens and a long thread; its proof finds what was lost.

The short run needs PostgreSQL, Redis and wrk, as the bench does.
"""

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bench import community_db
from bench.stack import drop_database, free_port
from krant.community import comments
from krant.community.models import Comment, Member, Thread
from tests import factories
from tests.redis_dbs import redis_url

BENCH = Path(__file__).resolve().parents[2] / "bench" / "community.py"


def user_of(member_id: int):
    return Member.objects.select_related("user").get(pk=member_id).user


@pytest.fixture
def articles(tree):
    return [factories.make_article(tree.binnenland, f"Artikel {n}", slug=f"artikel-{n}") for n in range(3)]


def test_prepare_makes_members_with_tokens_and_a_long_thread(articles, db):
    """Members can comment at once (a name, a token); the long thread's counters equal a recount."""
    setup = community_db.prepare(members=4, hot=2, big=30)

    assert len(setup["tokens"]) == 4 and len({entry["token"] for entry in setup["tokens"]}) == 4
    big = Thread.objects.get(page_id=setup["big"]["id"])
    assert big.comment_count == comments.recount(big)["comment_count"] == 30
    assert big.comments.filter(depth=1).count() == 10
    assert {article["id"] for article in setup["hot"]}.isdisjoint({setup["big"]["id"]})
    # Prepared again (a rerun of the bench on its database): nothing doubles.
    community_db.prepare(members=4, hot=2, big=30)
    assert Thread.objects.get(pk=big.pk).comments.count() == 30


def test_the_proof_finds_nothing_lost_when_nothing_was(articles, tmp_path):
    """Accepted comments and respect that are stored, with exact counters: no problems."""
    setup = community_db.prepare(members=2, hot=2, big=0)
    users = [user_of(entry["member"]) for entry in setup["tokens"]]
    first = comments.post(users[0], articles[0].specific, "Een reactie die blijft.")
    comments.give_respect(users[1], first)
    accepted = tmp_path / "accepted.json"
    accepted.write_text(
        f'{{"comments": [{first.pk}], "respects": [[{users[1].member.pk}, {first.pk}]], '
        f'"articles": [{articles[0].pk}]}}'
    )
    proof = community_db.prove(str(accepted))
    assert proof["problems"] == [] and proof["comments_stored"] == proof["respects_stored"] == 1


def test_the_proof_reports_a_lost_comment_a_lost_respect_and_a_wrong_counter(articles, tmp_path):
    """What the API accepted but the database lacks, and a counter off by one, each make a problem."""
    setup = community_db.prepare(members=2, hot=2, big=0)
    users = [user_of(entry["member"]) for entry in setup["tokens"]]
    kept = comments.post(users[0], articles[0].specific, "Deze staat er.")
    Comment.objects.filter(pk=kept.pk).update(respect_count=3)
    Thread.objects.filter(page=articles[0]).update(comment_count=5)
    accepted = tmp_path / "accepted.json"
    accepted.write_text(
        f'{{"comments": [{kept.pk}, 999999], "respects": [[{users[1].member.pk}, {kept.pk}]], '
        f'"articles": [{articles[0].pk}]}}'
    )
    problems = community_db.prove(str(accepted))["problems"]
    assert any("1 accepted comments missing" in problem for problem in problems)
    assert any("1 accepted respects missing" in problem for problem in problems)
    assert any("comment_count 5" in problem for problem in problems)
    assert any(f"comment {kept.pk}: respect_count 3, rows 0" in problem for problem in problems)


@pytest.mark.skipif(not shutil.which("wrk"), reason="needs wrk")
def test_the_short_run_posts_respects_and_proves_nothing_lost(tmp_path):
    """`bench/community.py --short` runs end to end on PostgreSQL and Redis and finds no problem."""
    database = f"krant_community_{uuid.uuid4().hex[:8]}"
    try:
        done = subprocess.run(  # noqa: S603
            [
                sys.executable,
                str(BENCH),
                "--short",
                "--database",
                database,
                "--port",
                str(free_port()),
                "--redis",
                redis_url("bench"),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        drop_database(database)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "- problems: none" in done.stdout
    assert "Unexpected answers" not in done.stdout
    assert "readers/s beside |" in done.stdout  # the phase beside a paced crowd ran
