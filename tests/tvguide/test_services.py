"""Importing XMLTV: idempotent, vanished programmes removed, a bad file stores nothing, pages purged."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from krant.core import pagecache
from krant.tvguide.models import Channel, Programme, XmltvSource
from krant.tvguide.services import import_due_sources, import_listing
from krant.tvguide.xmltv import XmltvError, read
from tests.httpserver import LocalServer, Reply
from tests.tvguide.conftest import channel, document, load, programme, utc

EVENING = [
    programme("20261025190000 +0100", "Journaal", stop="20261025193000 +0100"),
    programme("20261025193000 +0100", "Quiz", stop="20261025203000 +0100"),
    programme("20261025203000 +0100", "Film", stop="20261025223000 +0100"),
]


def test_import_stores_channels_and_programmes(db):
    report = load(channel(), *EVENING)
    assert (report.channels, report.created) == (1, 3)
    assert Channel.objects.get().name == "Kade 1"
    assert list(Programme.objects.values_list("title", flat=True)) == ["Journaal", "Quiz", "Film"]


def test_reimport_updates_and_never_duplicates(db):
    """The same file again changes nothing; a corrected title updates the row and keeps the editors' tip."""
    load(channel(), *EVENING)
    Programme.objects.filter(title="Film").update(editors_pick=True, pick_note="Mooi")
    again = load(channel(), *EVENING)
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, 3, 0)
    corrected = [*EVENING[:2], programme("20261025203000 +0100", "Speelfilm", stop="20261025223000 +0100")]
    report = load(channel(), *corrected)
    assert (report.created, report.updated) == (0, 1)
    film = Programme.objects.get(start=utc(2026, 10, 25, 19, 30))
    assert (film.title, film.editors_pick, film.pick_note) == ("Speelfilm", True, "Mooi")
    assert Programme.objects.count() == 3


def test_programmes_gone_from_the_window_are_removed(db):
    """A programme missing from a re-imported span of its channel is removed; outside the span it stays."""
    load(channel(), programme("20261024190000 +0200", "Gisteren", stop="20261024200000 +0200"), *EVENING)
    report = load(channel(), EVENING[0], EVENING[2])
    assert report.removed == 1
    assert list(Programme.objects.values_list("title", flat=True)) == ["Gisteren", "Journaal", "Film"]


def test_missing_stop_is_the_next_start(db):
    load(
        channel(),
        programme("20261025190000 +0100", "Journaal"),
        programme("20261025193000 +0100", "Quiz"),
    )
    journaal, quiz = Programme.objects.order_by("start")
    assert journaal.stop == quiz.start
    assert quiz.stop == utc(2026, 10, 25, 19, 30)  # the last: an hour


def test_programme_across_the_october_change_is_three_hours(db):
    """01:30 +0200 to 03:30 +0100 is three hours, stored in UTC."""
    load(channel(), programme("20261025013000 +0200", "Nachtfilm", stop="20261025033000 +0100"))
    film = Programme.objects.get()
    assert (film.start, film.stop) == (utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 2, 30))


def test_bad_file_stores_nothing(db, tmp_path):
    """A file with a broken programme after good ones is refused whole: no channel, no programme."""
    path = tmp_path / "gids.xml"
    path.write_bytes(document(channel(), *EVENING, programme("nooit", "Fout")))
    with pytest.raises(CommandError, match=r"line 7: <programme .*nothing was imported"):
        call_command("import_xmltv", str(path))
    assert not Channel.objects.exists() and not Programme.objects.exists()


def test_command_reports_and_is_idempotent(db, tmp_path):
    path = tmp_path / "gids.xml"
    path.write_bytes(document(channel(), *EVENING))
    out = io.StringIO()
    call_command("import_xmltv", str(path), stdout=out)
    call_command("import_xmltv", str(path), stdout=out)
    assert "1 channels; programmes: 3 new, 0 updated, 0 unchanged, 0 removed" in out.getvalue()
    assert "1 channels; programmes: 0 new, 0 updated, 3 unchanged, 0 removed" in out.getvalue()
    assert "[1/1] Channels and programmes" in out.getvalue()
    assert Programme.objects.count() == 3


def test_command_refuses_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_xmltv", str(tmp_path / "weg.xml"))


def test_import_purges_the_guide_on_commit(db, django_capture_on_commit_callbacks):
    before = pagecache.versions(["tvguide"])
    with django_capture_on_commit_callbacks(execute=True):
        import_listing(read(io.BytesIO(document(channel(), *EVENING))))
    assert pagecache.versions(["tvguide"]) != before


@pytest.fixture
def xmltv_server():
    with LocalServer(content_type="application/xml") as server:
        yield server


def test_scheduler_imports_a_due_source(db, xmltv_server, monkeypatch):
    """The local server stands in for an outside address (the fence opened for 127.0.0.1 only here)."""
    from dataclasses import replace

    from krant.tvguide import services

    monkeypatch.setattr(services, "FETCH_LIMITS", replace(services.FETCH_LIMITS, allow_private=True))
    xmltv_server.replies["/gids.xml"] = Reply(document(channel(), *EVENING), content_type="application/xml")
    source = XmltvSource.objects.create(name="Gids", url=xmltv_server.base + "/gids.xml")
    import_due_sources()
    source.refresh_from_db()
    assert Programme.objects.count() == 3
    assert source.failures == 0 and "3 new" in source.last_report
    import_due_sources()  # not due again for hours
    assert xmltv_server.requests == ["/gids.xml"]


def test_scheduler_records_a_failing_source(db, xmltv_server, monkeypatch):
    from dataclasses import replace

    from krant.tvguide import services

    monkeypatch.setattr(services, "FETCH_LIMITS", replace(services.FETCH_LIMITS, allow_private=True))
    xmltv_server.replies["/kapot.xml"] = Reply(b"<tv><programme", content_type="application/xml")
    source = XmltvSource.objects.create(name="Kapot", url=xmltv_server.base + "/kapot.xml")
    import_due_sources()
    source.refresh_from_db()
    assert source.failures == 1 and source.last_report.startswith("Mislukt: line 1: not well-formed")
    assert source.next_import_at is not None


def test_outside_addresses_are_fenced(db):
    """Without the test's opening, a private address is refused by core.fetch, named in the error."""
    from krant.tvguide.services import import_url

    with pytest.raises(XmltvError, match="fetch failed"):
        import_url("http://127.0.0.1:1/gids.xml")


def test_editors_change_purges_the_guide(db, django_capture_on_commit_callbacks):
    """Marking a tip changes the guide's front page: its key is purged on commit."""
    load(channel(), *EVENING)
    film = Programme.objects.get(title="Film")
    before = pagecache.versions(["tvguide"])
    with django_capture_on_commit_callbacks(execute=True):
        film.editors_pick = True
        film.save()
    assert pagecache.versions(["tvguide"]) != before


def test_programme_running_into_the_window_from_before_stays(db):
    """Yesterday's late film that runs past midnight is not removed by a file that starts at midnight."""
    load(channel(), programme("20261024230000 +0200", "Nachtfilm", stop="20261025010000 +0200"))
    load(channel(), programme("20261025000000 +0200", "Nachtjournaal", stop="20261025003000 +0200"))
    assert sorted(Programme.objects.values_list("title", flat=True)) == ["Nachtfilm", "Nachtjournaal"]


def test_scheduler_runs_the_import():
    from krant.core import scheduler

    assert "krant.tvguide.services.import_due_sources" in scheduler.JOBS
