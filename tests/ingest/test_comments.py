"""`krant import-comments` and the WordPress import's comments: threads join the imported articles."""

import os
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from krant.community.comments import recount
from krant.community.models import Comment, ImportedAuthor, Member, Status, Thread
from krant.ingest import comments
from krant.ingest.models import ImportedComment, ImportRecord
from tests.community.conftest import make_member, site_rules
from tests.ingest.conftest import FIXTURES
from tests.ingest.test_report import Terminal
from tests.ingest.test_wordpress import BILLION_LAUGHS


def run(*args, command="import_comments", fails=False) -> str:
    out = StringIO()
    if fails:
        with pytest.raises(CommandError) as failed:
            call_command(command, *map(str, args), stdout=out, stderr=StringIO())
        return f"{out.getvalue()}\n{failed.value}|{failed.value.returncode}"
    call_command(command, *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def articles(tree):
    """The WordPress fixture imported first (without images): the articles the comments belong to."""
    run(FIXTURES / "wordpress.xml", "--no-images", "--section", "binnenland", command="import_wordpress")
    return tree


def article(post_id: int):
    return ImportRecord.objects.get(source_id=f"https://oostvaarder.example/?p={post_id}").page


def thread_of(post_id: int) -> Thread:
    return Thread.objects.get(page=article(post_id))


def by_source(source_id: str) -> Comment:
    return Comment.objects.get(pk=ImportedComment.objects.get(source_id=source_id).comment_id)


def assert_counters_match_rows():
    for thread in Thread.objects.all():
        assert {"comment_count": thread.comment_count, "question_count": thread.question_count} == recount(
            thread
        )


def snapshot():
    return (
        sorted(Comment.objects.values_list("pk", "parent_id", "depth", "status", "body", "author_id")),
        sorted(Member.objects.values_list("pk", "display_name")),
        sorted(Thread.objects.values_list("pk", "comment_count", "last_comment_at")),
    )


# --- WordPress ---


def test_wordpress_comments_join_the_article_with_nesting_states_and_authors(articles):
    """The WXR's comments become the article's thread: replies nested, spam rejected, trash a tombstone,
    pending waiting, pingbacks left out, the counter equal to the shown comments."""
    thread = thread_of(101)
    henk, ria, jos, spam, trashed, pending = (by_source(str(number)) for number in (31, 32, 33, 34, 35, 37))
    assert jos.parent == ria and jos.depth == 1
    assert jos.body == (
        "Klopt, mijn dochter fietst nu weer tien minuten korter.\nScheelt in de winter.\n\n"
        "En de veerman is dezelfde gebleven."
    )
    assert jos.created_at.isoformat() == "2024-05-14T08:40:00+00:00"
    assert (henk.status, ria.status, jos.status) == (Status.APPROVED,) * 3
    assert (spam.status, spam.status_reason) == (Status.REJECTED, "spam")
    assert trashed.deleted_at is not None and trashed.body == ""
    assert pending.status == Status.PREMOD
    assert thread.comment_count == 3
    assert not ImportedComment.objects.filter(source_id="36").exists()
    assert jos.author.display_name == "Jos van de Kade"
    assert ImportedAuthor.objects.get(member=jos.author).email == "jos@voorbeeld.nl"
    assert not jos.author.user.is_active and not jos.author.user.has_usable_password()
    assert_counters_match_rows()


def test_wordpress_import_reports_comments_and_a_second_run_changes_nothing(articles):
    before = snapshot()
    output = run(
        FIXTURES / "wordpress.xml", "--no-images", "--section", "binnenland", command="import_wordpress"
    )
    assert snapshot() == before
    assert "skipped   pingbacks and trackbacks: 1" in output
    assert "Comments: 0 imported, 6 unchanged (imported before), 0 skipped, 0 on unknown articles" in output
    assert "Nothing changed." in output


# --- Disqus ---


def test_disqus_threads_attach_by_address_and_by_redirect(articles):
    """Thread 1001 matches the article's recorded address; 1002's old ?p= address only a redirect."""
    output = run(FIXTURES / "disqus.xml")
    assert by_source("5001").thread.page_id == article(101).pk
    assert by_source("5010").thread.page_id == article(103).pk
    assert "Comments: 10 imported, 0 unchanged (imported before), 1 skipped, 2 on unknown articles" in output


def test_disqus_unknown_article_and_unknown_thread_are_reported(articles):
    output = run(FIXTURES / "disqus.xml")
    line = next(line for line in output.splitlines() if "IJsbaan" in line)
    assert line.startswith("skipped")
    assert "https://oostvaarder.example/2019/01/08/ijsbaan-open/" in line
    assert "2 comments not imported" in line
    assert "skipped   posts whose thread is not in the export: 1" in output
    assert not ImportedComment.objects.filter(source_id__in=["5012", "5013", "5014"]).exists()


def test_disqus_nesting_deeper_than_three_levels_joins_the_third(articles):
    output = run(FIXTURES / "disqus.xml")
    first, second, third, fourth = (by_source(str(number)) for number in (5001, 5002, 5003, 5004))
    assert (second.parent, third.parent, fourth.parent) == (first, second, second)
    assert (second.depth, third.depth, fourth.depth) == (1, 2, 2)
    assert "1 replies deeper than three levels placed at the third level" in output


def test_disqus_states_text_and_names(articles):
    """Spam is rejected, a deleted post a tombstone above its reply, HTML is text, names keep the rules."""
    run(FIXTURES / "disqus.xml")
    spam, deleted, reply = by_source("5005"), by_source("5006"), by_source("5007")
    assert (spam.status, spam.status_reason) == (Status.REJECTED, "spam")
    assert deleted.deleted_at is not None and deleted.body == "" and reply.parent == deleted
    first = by_source("5001")
    assert first.body == (
        "Eindelijk! Vier maanden omfietsen via de brug was geen pretje.\n\nZie ook de dienstregeling.\n\n"
        "<b>geen vet</b>"
    )
    assert "alert" not in first.body
    assert by_source("5003").body == "Twintig minuten, twee keer per dag\ndat tikt aan."
    assert by_source("5008").author.display_name == "Lezer"  # 'Redactie' is the newsroom's
    assert by_source("5004").author.display_name == "Fietser zonder account"
    assert not ImportedAuthor.objects.get(member=by_source("5004").author).email  # a guest: nobody claims
    # One member per address across sources and threads; a taken name gets a number.
    assert by_source("5001").author == by_source("5011").author == by_source("5007").author
    assert by_source("5010").author.display_name == "Henk 2"  # the WordPress import's guest Henk came first
    assert thread_of(101).comment_count == 3 + 6
    assert_counters_match_rows()


def test_disqus_reply_to_a_missing_post_becomes_a_comment_and_an_image_only_post_is_skipped(articles):
    output = run(FIXTURES / "disqus.xml")
    assert by_source("5011").parent is None
    assert "replies to comments not in the export became comments on the article" in output
    assert not ImportedComment.objects.filter(source_id="5009").exists()
    assert "comments without text (an image or embed only) skipped" in output


def test_disqus_second_run_changes_nothing_and_says_so(articles):
    run(FIXTURES / "disqus.xml")
    before = snapshot()
    output = run(FIXTURES / "disqus.xml")
    assert snapshot() == before
    assert "Comments: 0 imported, 10 unchanged (imported before), 1 skipped, 2 on unknown articles" in output
    assert "Nothing changed." in output


def test_imported_comments_send_no_mail_and_skip_the_word_filters(articles, mailoutbox):
    """History is not moderated again: a banned word does not reject it, and nobody is mailed."""
    site_rules(banned_words="pretje", moderation="pre")
    run(FIXTURES / "disqus.xml")
    assert by_source("5001").status == Status.APPROVED
    assert mailoutbox == []


def test_an_imported_thread_shows_escaped_on_the_comments_page(articles, client):
    site_rules(open_reading=True)
    run(FIXTURES / "disqus.xml")
    response = client.get(f"{article(101).specific.url}reacties/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;b&gt;geen vet&lt;/b&gt;" in html and "<script>alert" not in html
    assert "Twintig minuten, twee keer per dag<br>dat tikt aan." in html


# --- Coral ---


def test_coral_export_folder(articles, tmp_path):
    """stories.json, users.json and comments.json from mongoexport: states, nesting, Extended JSON dates."""
    output = run(FIXTURES / "coral", "--format", "coral")
    first, reply = by_source("cm-1"), by_source("cm-2")
    assert first.thread.page_id == article(103).pk
    assert reply.parent == first and reply.body == "Langs de kade, net als vorig jaar."
    assert reply.created_at.isoformat() == "2024-06-01T11:00:00+00:00"
    assert first.body == "Op het Havenplein is het veel te krap.\nWaar moeten de kramen staan?"
    assert by_source("cm-3").status == Status.REJECTED
    assert by_source("cm-4").status == Status.PREMOD
    assert by_source("cm-5").status == Status.HELD
    assert by_source("cm-6").deleted_at.isoformat() == "2024-06-02T08:00:00+00:00"
    assert "Sinterklaas komt per pont" in output and "1 comments not imported" in output
    assert ImportedAuthor.objects.get(member=first.author).email == ""  # Kees left no address
    assert thread_of(103).comment_count == 2
    assert_counters_match_rows()
    before = snapshot()
    assert "Comments: 0 imported, 6 unchanged" in run(FIXTURES / "coral")  # found without --format
    assert snapshot() == before


def test_the_same_address_is_one_member_across_sources(articles):
    run(FIXTURES / "disqus.xml")
    run(FIXTURES / "coral")
    assert by_source("cm-2").author == by_source("5001").author


# --- bad files ---


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<disqus xmlns='http://disqus.com'><post>", "not well-formed XML"),
        (
            "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaa'>]><disqus xmlns='http://disqus.com'/>",
            "refused: the file has a DTD",
        ),
        ("<html><body>Geen export</body></html>", "unknown format: <html>"),
        ("<disqus xmlns='http://disqus.com'></disqus>", "no threads or posts in this Disqus export"),
        (
            "<disqus xmlns='http://disqus.com' xmlns:dsq='http://disqus.com/disqus-internals'>"
            "<thread dsq:id='1'><link>https://oostvaarder.example/?p=101</link></thread>"
            "<post><createdAt>2024-05-14T07:10:00Z</createdAt><thread dsq:id='1'/></post></disqus>",
            "a <post> without its dsq:id",
        ),
        (
            "<disqus xmlns='http://disqus.com' xmlns:dsq='http://disqus.com/disqus-internals'>"
            "<thread dsq:id='1'><link>https://oostvaarder.example/?p=101</link></thread>"
            "<post dsq:id='2'><createdAt>gisteren</createdAt><thread dsq:id='1'/></post></disqus>",
            "post 2: no readable <createdAt>",
        ),
        ('{"id": "cm-1"}', "a JSON file: a Coral export is the folder"),
        ("", "empty file"),
    ],
)
def test_bad_files_are_refused_with_nothing_imported(articles, tmp_path, content, message):
    path = tmp_path / "export.xml"
    path.write_text(content)
    before = Comment.objects.count()
    output = run(path, fails=True)
    assert message in output and output.endswith("|1")
    assert Comment.objects.count() == before


def test_wrong_format_named_is_refused(articles):
    output = run(FIXTURES / "wordpress.xml", "--format", "disqus", fails=True)
    assert "not a Disqus export: the document is <rss>" in output


def test_too_large_is_refused_before_reading(articles):
    output = run(FIXTURES / "disqus.xml", "--max-size", "0.001", fails=True)
    assert "too large" in output and "see --max-size" in output
    assert not ImportedComment.objects.filter(source="disqus").exists()


def test_missing_file_and_usage_error(articles, tmp_path):
    assert "no such file" in run(tmp_path / "weg.xml", fails=True)
    assert run(FIXTURES / "disqus.xml", "--max-size", "0", fails=True).endswith("|2")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("comments.json", '{"id": "cm-1", "storyID": "st-markt"\n', "comments.json: broken JSON at line 1"),
        ("comments.json", '["geen object"]', "comments.json: document 1 is not an object"),
        ("stories.json", '{"id": "st-markt"}', "stories.json: document 1 has no url"),
        ("comments.json", b"\xff\xfe{}", "comments.json: not UTF-8 text"),
    ],
)
def test_broken_coral_files_are_refused(articles, tmp_path, name, content, message):
    folder = tmp_path / "coral"
    shutil.copytree(FIXTURES / "coral", folder)
    if isinstance(content, bytes):
        (folder / name).write_bytes(content)
    else:
        (folder / name).write_text(content)
    output = run(folder, "--format", "coral", fails=True)
    assert message in output
    assert not Comment.objects.filter(pk__in=ImportedComment.objects.filter(source="coral").values("comment"))


def test_a_coral_folder_without_its_files_or_from_talk_v4(articles, tmp_path):
    (tmp_path / "assets.json").write_text("{}")
    (tmp_path / "comments.json").write_text("{}")
    assert "a Talk v4 export" in run(tmp_path, fails=True)
    (tmp_path / "stories.json").write_text("{}")
    assert "not a Coral export: no users.json" in run(tmp_path, fails=True)


def test_a_failing_thread_rolls_back_alone(articles, monkeypatch):
    """Per-thread transactions: a thread that fails stores nothing, the others are imported."""
    real = comments._ThreadWriter.write

    def write(self):
        real(self)
        if self.source.id == "1002":
            raise RuntimeError("kapot")

    monkeypatch.setattr(comments._ThreadWriter, "write", write)
    output = run(FIXTURES / "disqus.xml", fails=True)
    assert "failed    thread 1002: unexpected error (RuntimeError): kapot" in output
    assert "1 of 3 threads could not be imported|1" in output
    assert not ImportedComment.objects.filter(source_id__in=["5010", "5011"]).exists()
    assert ImportedComment.objects.filter(source_id="5001").exists()
    assert_counters_match_rows()


def test_an_existing_verified_member_gets_their_history_at_once(articles):
    user = make_member("pieter@voorbeeld.nl", "Pieter")
    run(FIXTURES / "disqus.xml")
    assert by_source("5002").author == user.member
    assert ImportedAuthor.objects.get(email="pieter@voorbeeld.nl").claimed_by == user


def test_a_terminal_shows_a_progress_bar_per_thread(articles):
    """On a terminal the bar counts threads on standard error; the result lines stay on standard output."""
    out, err = Terminal(), Terminal()
    call_command("import_comments", str(FIXTURES / "disqus.xml"), stdout=out, stderr=err)
    bar = err.getvalue()
    assert "] 0/3 thread 1001" in bar and "] 2/3" in bar
    assert "█" not in out.getvalue()


def test_hyphenated_command_name_help_and_a_refused_file(tmp_path):
    """`krant import-comments` is the documented name; a billion-laughs file is refused in a line, exit 1."""
    bomb = tmp_path / "bom.xml"
    bomb.write_text(BILLION_LAUGHS)
    environment = {"PATH": "/usr/bin:/bin", "KRANT_DATA_DIR": str(tmp_path / "data")}
    environment.update({key: value for key, value in os.environ.items() if key == "PYTHONPATH"})

    def krant(*args):
        return subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-m", "krant", *args],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).parents[2],
        )

    helped = krant("import-comments", "--help")
    assert helped.returncode == 0 and "Disqus" in helped.stdout and "--format" in helped.stdout
    refused = krant("import-comments", str(bomb))
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"CommandError: {bomb}: refused: the file has a DTD (<!DOCTYPE>); " + (
        "Disqus or WordPress exports have none, and a DTD can expand entities or load outside files"
    )
