"""The liveblog's admin workplace: post, edit, delete, pin, mark and close, for who may and nobody else."""

import pytest
from django.urls import reverse
from wagtail.models import Revision

from krant.core.pagecache import key_version
from krant.live.models import LiveEvent
from krant.liveblogs.models import LiveBlogPage, LiveUpdate
from krant.liveblogs.services import post_update
from tests.factories import make_user


def index_url(liveblog):
    return reverse("liveblogs_admin:index", args=[liveblog.pk])


def update_url(update):
    return reverse("liveblogs_admin:update", args=[update.liveblog_id, update.pk])


def state_url(liveblog):
    return reverse("liveblogs_admin:state", args=[liveblog.pk])


def events(liveblog):
    return list(LiveEvent.objects.filter(channel=f"liveblog:{liveblog.pk}").values_list("data", flat=True))


def test_the_desk_posts_an_update_in_one_request(liveblog, desk, post):
    """The update is stored with its author's name, the liveblog's last update moves, readers are told."""
    response = post(
        desk, index_url(liveblog), {"title": "Dak van sporthal weggewaaid", "text": "Niemand raakte gewond."}
    )
    assert response.status_code == 302
    update = LiveUpdate.objects.get()
    assert (update.title, update.text, update.author_name) == (
        "Dak van sporthal weggewaaid",
        "Niemand raakte gewond.",
        "Eva Mulder",
    )
    assert LiveBlogPage.objects.get(pk=liveblog.pk).last_update_at == update.posted_at
    assert events(liveblog) == [{"type": "liveblog", "action": "new", "update": update.pk}]


def test_a_listed_reporter_may_post_and_an_unlisted_one_gets_403(liveblog, reporter, post):
    other = make_user("stagiair", "Verslaggever")
    liveblog.reporters.add(reporter)
    assert post(other, index_url(liveblog), {"text": "Mag dit?"}).status_code == 403
    assert post(reporter, index_url(liveblog), {"text": "Bomen over de A12."}).status_code == 302
    assert list(LiveUpdate.objects.values_list("author_name", flat=True)) == ["Ruben Kok"]


def test_only_the_desk_closes_a_liveblog_or_names_reporters(liveblog, reporter, post):
    liveblog.reporters.add(reporter)
    assert post(reporter, state_url(liveblog), {"action": "close"}).status_code == 403
    assert LiveBlogPage.objects.get(pk=liveblog.pk).is_open()


def test_an_empty_update_is_refused_with_a_message_and_nothing_stored(liveblog, desk, post):
    response = post(desk, index_url(liveblog), {"title": "Alleen een kop", "text": "   "})
    assert response.status_code == 400
    assert (
        "Een update heeft tekst, een citaat, een beeld of een insluiting nodig." in response.content.decode()
    )
    assert not LiveUpdate.objects.exists()
    assert events(liveblog) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "x" * 10_001}, "De tekst is 10001 tekens lang; het maximum is 10000."),
        ({"embed_url": "https://voorbeeld.test/" + "a" * 600}, "500"),
        ({"embed_url": "https://voorbeeld.test/filmpje"}, "Dit adres kan niet ingesloten worden"),
        ({"text": "Onzichtbaar\u202eteken"}, "onzichtbaar teken"),
    ],
)
def test_bad_input_gets_a_clear_400(liveblog, desk, post, data, message):
    response = post(desk, index_url(liveblog), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_an_update_on_a_closed_liveblog_is_refused(liveblog, desk, post):
    post(desk, state_url(liveblog), {"action": "close"})
    response = post(desk, index_url(liveblog), {"text": "Te laat."})
    assert response.status_code == 409
    assert "Dit liveblog is gesloten" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_an_unknown_liveblog_is_404(desk, client, db):
    client.force_login(desk)
    assert client.get(reverse("liveblogs_admin:index", args=[999999])).status_code == 404


def test_an_edit_says_so_and_pin_and_key_event_do_not(liveblog, desk, post, client):
    update = post_update(liveblog, desk, {"text": "Eerste melding."})
    client.force_login(desk)
    assert "Eerste melding." in client.get(update_url(update)).content.decode()  # the form, filled in
    post(desk, update_url(update), {"action": "pin"})
    post(desk, update_url(update), {"action": "key"})
    update.refresh_from_db()
    assert (update.pinned, update.key_event, update.edited_at) == (True, True, None)
    post(
        desk, update_url(update), {"action": "edit", "text": "Eerste melding, gecorrigeerd.", "pinned": "on"}
    )
    update.refresh_from_db()
    assert update.text == "Eerste melding, gecorrigeerd."
    assert update.edited_at is not None
    assert update.pinned and not update.key_event  # the form's unchecked box


def test_a_deleted_update_is_gone_and_readers_are_told(liveblog, desk, post):
    update = post_update(liveblog, desk, {"text": "Verkeerd bericht."})
    assert post(desk, update_url(update), {"action": "delete"}).status_code == 302
    assert not LiveUpdate.objects.exists()
    assert events(liveblog)[-1] == {"type": "liveblog", "action": "delete", "update": update.pk}


def test_several_editors_post_without_a_page_lock(liveblog, desk, reporter, post):
    liveblog.reporters.add(reporter)
    liveblog.save_revision(user=desk)  # the desk has the page open in the editor
    post(desk, index_url(liveblog), {"text": "Van de eindredactie."})
    post(reporter, index_url(liveblog), {"text": "Van de verslaggever."})
    assert LiveUpdate.objects.count() == 2


def test_a_post_purges_the_liveblog_and_not_the_listings(tree, liveblog, desk, post):
    """Listings show no update: a post drops only what shows the updates (`liveblog:<id>`)."""
    keys = [
        f"liveblog:{liveblog.pk}",
        f"article:{liveblog.pk}",
        "front",
        "latest",
        f"section:{tree.binnenland.pk}",
    ]
    before = {key: key_version(key) for key in keys}
    post(desk, index_url(liveblog), {"text": "Nieuwe update."})
    changed = {key for key in keys if key_version(key) != before[key]}
    assert changed == {f"liveblog:{liveblog.pk}"}


def test_closing_purges_every_listing_of_the_liveblog(tree, liveblog, desk, post):
    keys = [
        f"liveblog:{liveblog.pk}",
        f"article:{liveblog.pk}",
        "front",
        "latest",
        f"section:{tree.binnenland.pk}",
    ]
    before = {key: key_version(key) for key in keys}
    post(desk, state_url(liveblog), {"action": "close"})
    assert {key for key in keys if key_version(key) != before[key]} == set(keys)
    assert not LiveBlogPage.objects.get(pk=liveblog.pk).is_open()


def test_publishing_an_older_draft_does_not_reopen_a_closed_liveblog(liveblog, desk, post):
    draft = liveblog.save_revision(user=desk)
    post(desk, state_url(liveblog), {"action": "close"})
    Revision.objects.get(pk=draft.pk).publish()  # as the admin does: the revision read afresh
    assert not LiveBlogPage.objects.get(pk=liveblog.pk).is_open()


def test_the_workplace_is_linked_from_the_page_editor(liveblog, desk, client):
    client.force_login(desk)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[liveblog.pk])).content.decode()
    assert index_url(liveblog) in html
