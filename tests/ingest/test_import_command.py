"""`krant import PATH...`: a line per file, a summary, bad files named, the others imported, exit codes."""

import os
import pty
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from krant.core.text import html_to_text
from krant.ingest.models import ImportRecord
from krant.news.models import ArticlePage
from tests.conftest import database_url
from tests.factories import make_site
from tests.ingest.conftest import FIXTURES, SEED, picture, seed_structure


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def block_text(block) -> str:
    """Return what a reader reads of a paragraph or intertitle block."""
    return html_to_text(block.value.source) if block.block_type == "paragraph" else block.value


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_every_file_gets_a_line_and_a_summary(tree, saved):
    """Two good files: a 'created' line each and the summary; nothing on stderr off a terminal."""
    html, text = saved("jsonld.html"), saved("tekstpagina.txt")
    out, err = run("--section", "binnenland", str(html), str(text))
    first, second, summary = lines(out)
    assert first.startswith(
        f'created   {html}: "Veerpont Zandmeer vaart weer na maanden stilstand": draft article'
    )
    assert "in Binnenland" in first
    assert second.startswith(f'created   {text}: "Schaatsbaan op de Zandplas')
    assert "(no author page for Marieke Verbeek: named in the source line)" in second
    assert summary == "2 files: 2 created; 2 with notes."
    assert err == ""
    assert ArticlePage.objects.count() == 2


def test_bad_files_are_named_and_the_rest_imported(tree, saved, tmp_path):
    """Each bad file gets its reason; the good ones import; the command ends as failed (exit code 1)."""
    (tmp_path / "leeg.html").write_bytes(b"")
    (tmp_path / "foto.html").write_bytes(picture("PNG"))
    (tmp_path / "oud.txt").write_bytes("Caf\xe9 in het dorp".encode("cp1252"))
    (tmp_path / "map").mkdir()
    good = saved("article_only.html")
    paths = [tmp_path / "leeg.html", good, tmp_path / "foto.html", tmp_path / "weg.html", tmp_path / "map"]
    paths.append(tmp_path / "oud.txt")
    out = StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("import", "--section", "economie", *map(str, paths), stdout=out, stderr=StringIO())
    assert failed.value.returncode == 1
    assert str(failed.value) == "5 of 6 files could not be imported"
    report = lines(out.getvalue())
    assert report[0] == f"failed    {tmp_path / 'leeg.html'}: empty file"
    assert report[1].startswith(f"created   {good}: ")
    assert report[2] == f"failed    {tmp_path / 'foto.html'}: binary file, not a saved page"
    assert report[3] == f"failed    {tmp_path / 'weg.html'}: no such file"
    assert report[4] == f"failed    {tmp_path / 'map'}: is a directory, not a file"
    assert report[5].startswith(
        f"failed    {tmp_path / 'oud.txt'}: cannot read as utf-8: byte 0xe9 at position 3"
    )
    assert report[6] == "6 files: 1 created, 5 failed; 1 with notes."
    assert ArticlePage.objects.count() == 1


def test_spaces_around_removed_links_stay(tree, tmp_path):
    """A link the import removes (javascript:, an anchor) leaves its words apart: 'vet data spatie'."""
    page = tmp_path / "links.html"
    page.write_text(
        (FIXTURES / "article_only.html")
        .read_text(encoding="utf-8")
        .replace(
            "</article>",
            '<p>Een <b>vet</b> <a href="javascript:void(0)">data</a> <i>spatie</i> en een '
            '<a href="#boven">anker</a>\n<a href="/meer">daarna</a> nog wat tekst om de alinea te vullen.</p>'
            "</article>",
            1,
        ),
        encoding="utf-8",
    )
    run("--section", "binnenland", str(page))
    source = "".join(
        block.value.source for block in ArticlePage.objects.get().body if block.block_type == "paragraph"
    )
    assert 'Een <b>vet</b> data <i>spatie</i> en een anker <a href="/meer">daarna</a> nog' in source


def test_second_run_reports_unchanged(tree, saved):
    page = saved("jsonld.html")
    run("--section", "binnenland", str(page))
    out, _ = run("--section", "binnenland", str(page))
    assert lines(out)[0].startswith(f"unchanged {page}: ")
    assert lines(out)[-1] == "1 file: 1 unchanged."
    assert ArticlePage.objects.count() == 1


def test_a_site_without_front_page_is_refused(db, saved):
    """Before the publication is set up (Wagtail's welcome page at the root) nothing can be imported."""
    with pytest.raises(CommandError, match="no front page") as refused:
        run("--section", "binnenland", str(saved("jsonld.html")))
    assert refused.value.returncode == 2
    assert not ArticlePage.objects.exists()


def test_unknown_section_is_a_usage_error(tree, saved):
    """An unknown section stops the command before any file is read, with exit code 2."""
    with pytest.raises(CommandError, match="unknown section 'sprot'") as refused:
        run("--section", "sprot", str(saved("jsonld.html")))
    assert refused.value.returncode == 2
    assert not ArticlePage.objects.exists()


@pytest.mark.skipif(not SEED.exists(), reason="the seed page (../shared) is not present")
def test_importing_the_seed_page(tree):
    """The seed's text page imports as a draft: its headline, the desk's byline, its time, its intertitle,
    every line of its article and none of its menu, comment, social, app or legal lines."""
    lines_of_seed = SEED.read_text(encoding="utf-8").splitlines()
    seed = seed_structure(lines_of_seed)
    out, _ = run("--section", "binnenland", str(SEED))
    assert lines(out)[0].startswith(f'created   {SEED}: "{seed["headline"]}": draft article')
    record = ImportRecord.objects.get()
    draft = record.page.specific.get_latest_revision_as_object()
    assert draft.title == seed["headline"]
    assert record.byline == seed["byline"]
    assert list(draft.author_links.all()) == []  # the desk's byline: nobody to link, nobody invented
    logo = next(line for line in lines_of_seed if line.startswith("Logo "))
    assert draft.source_credit == logo.removeprefix("Logo ").strip()
    day, _month, year, clock = re.fullmatch(r"(\d+) (\w+) (\d{4}) om (\d\d:\d\d)", seed["dateline"]).groups()
    published = timezone.localtime(draft.first_published_at)
    assert (published.day, published.year, published.strftime("%H:%M")) == (int(day), int(year), clock)
    assert [block.value for block in draft.body if block.block_type == "intertitle"] == seed["intertitles"]
    texts = [draft.intro, *(block_text(block) for block in draft.body)]
    assert texts == seed["body"]
    for line in seed["not_article"]:
        assert line not in texts


# --- the real command line, in its own process ---


def environment(tmp_path: Path) -> dict:
    variables = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    variables.update(KRANT_DATA_DIR=str(tmp_path / "data"), KRANT_DATABASE_URL=database_url())
    return variables


def krant(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "krant", *args],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[2],
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_exit_codes_of_the_real_command(tmp_path):
    """0 when every file imported, 1 when some failed, 2 for a usage error; never a traceback."""
    make_site()
    (tmp_path / "leeg.html").write_bytes(b"")
    good = str(FIXTURES / "jsonld.html")

    ok = krant(tmp_path, "import", "--section", "binnenland", good)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[-1] == "1 file: 1 created; 1 with notes."

    some_failed = krant(tmp_path, "import", "--section", "binnenland", good, str(tmp_path / "leeg.html"))
    assert some_failed.returncode == 1
    assert f"failed    {tmp_path / 'leeg.html'}: empty file" in some_failed.stdout
    assert "unchanged" in some_failed.stdout
    assert some_failed.stderr.strip() == "CommandError: 1 of 2 files could not be imported"

    unknown = krant(tmp_path, "import", "--section", "sprot", good)
    assert unknown.returncode == 2
    assert unknown.stderr.strip().startswith("CommandError: unknown section 'sprot'")

    no_section = krant(tmp_path, "import", good)
    assert no_section.returncode == 2
    assert "the following arguments are required: --section" in no_section.stderr

    for result in (ok, some_failed, unknown, no_section):
        assert "Traceback" not in result.stderr
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_progress_bar_on_a_terminal_only(tmp_path):
    """On a terminal the bar is drawn on stderr and wiped before each line; the lines are the same."""
    make_site()
    files = [str(FIXTURES / "jsonld.html"), str(FIXTURES / "tekstpagina.txt")]
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "krant", "import", "--section", "binnenland", *files],
        env=environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=secondary,
        cwd=Path(__file__).parents[2],
    )
    os.close(secondary)
    terminal = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the other end closed: the command is done
            break
        if not chunk:
            break
        terminal += chunk
    out = process.stdout.read().decode()
    assert process.wait(timeout=300) == 0
    os.close(main)
    shown = terminal.decode()
    assert "[" + "░" * 28 + "] 0/2" in shown
    assert "] 1/2" in shown
    assert "\r\x1b[K" in shown
    assert shown.endswith("\r\x1b[K")  # nothing of the bar is left on the screen
    assert [line.split()[0] for line in out.splitlines()] == ["created", "created", "2"]
    assert "\r" not in out
