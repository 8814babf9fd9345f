"""Imported authors: unclaimed members with a name under the rules, claimed by verifying their address."""

import re
from datetime import UTC, datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from krant.community import comments, personal_data, services
from krant.community.models import Comment, CommentChoice, ImportedAuthor, Member
from krant.ingest.models import identity_key
from tests.community.conftest import PASSWORD, make_member

SINCE = datetime(2019, 3, 1, 12, tzinfo=UTC)


def imported(name="Marieke", email="marieke@voorbeeld.nl", since=SINCE) -> Member:
    key = identity_key("author", email) if email else identity_key("guest", "disqus", "forum", name)
    return services.imported_member(key, name, email, "disqus forum", since, services.protected_names())


def history(member: Member, page, count=2) -> list[Comment]:
    thread = comments.thread_for(page)
    return [
        Comment.objects.create(thread=thread, author=member, body=f"Oude reactie {n}", created_at=SINCE)
        for n in range(count)
    ]


def register_and_confirm(client, email, name="Utrechtse Fietser"):
    """Register through the site's form and press the button behind the mailed link."""
    client.post(
        "/community/aanmelden/",
        {"display_name": name, "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )
    link = re.search(r"https?://\S+/community/bevestigen/\S+/", mail.outbox[-1].body).group(0)
    client.post(link.split("testserver", 1)[1])


def test_an_imported_author_is_a_member_without_login_or_address(db, client):
    """No password, no active account, no email address on the user: nobody logs in as them."""
    member = imported()
    assert member.display_name == "Marieke" and member.joined_at == SINCE
    assert not member.user.is_active and not member.user.has_usable_password()
    assert member.user.email == "" and not EmailAddress.objects.filter(user=member.user).exists()
    response = client.post("/community/inloggen/", {"login": "marieke@voorbeeld.nl", "password": ""})
    assert "_auth_user_id" not in client.session and response.status_code == 200


def test_the_same_author_is_found_again_and_keeps_the_earliest_date(db):
    first = imported(since=datetime(2020, 1, 1, tzinfo=UTC))
    assert imported(since=SINCE) == first
    first.refresh_from_db()
    assert first.joined_at == SINCE
    assert ImportedAuthor.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Redactie", "Lezer"),  # the newsroom's name
        ("R3dact1e Oostvaart", "Lezer"),  # a look-alike of it
        ("x", "Lezer"),  # too short
        ("Jan\u202e de Vries", "Jan de Vries"),  # a bidi override: left out
        ("Jan 😀 <b>", "Jan b"),  # symbols left out
        ("  Piet   Paal  ", "Piet Paal"),
    ],
)
def test_imported_names_follow_the_name_rules(db, name, shown):
    assert imported(name, email="").display_name == shown


def test_a_taken_name_gets_the_first_free_number(db):
    make_member("jan@voorbeeld.nl", "Jan")
    assert imported("Jan", "jan2@voorbeeld.nl").display_name == "Jan 2"
    assert imported("jàn", "jan3@voorbeeld.nl").display_name == "jàn 3"  # a look-alike counts as taken


def test_registering_and_verifying_the_address_claims_the_history(article, client):
    """The reader registers with the address the old system knew; once they confirm it, the comments
    are theirs, under their own name, and the stand-in account is gone."""
    stand_in = imported()
    old = history(stand_in, article)
    register_and_confirm(client, "Marieke@Voorbeeld.nl", name="Marieke van de Kade")
    reader = Member.objects.get(display_name="Marieke van de Kade")
    assert set(Comment.objects.filter(author=reader)) == set(old)
    assert reader.joined_at == SINCE  # 'lid sinds' as long as the history goes back
    assert not Member.objects.filter(pk=stand_in.pk).exists()
    assert not get_user_model().objects.filter(pk=stand_in.user_id).exists()
    record = ImportedAuthor.objects.get()
    assert (record.claimed_by, record.member) == (reader.user, reader)
    # A later import of the same author writes as the reader.
    assert imported() == reader


def test_registering_without_verifying_claims_nothing(article, client):
    stand_in = imported()
    history(stand_in, article)
    client.post(
        "/community/aanmelden/",
        {
            "display_name": "Ongeduldig",
            "email": "marieke@voorbeeld.nl",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert Comment.objects.filter(author=stand_in).count() == 2
    assert ImportedAuthor.objects.get().claimed_at is None


def test_a_reader_without_a_community_name_takes_over_the_imported_member(article):
    user = get_user_model().objects.create_user("lezer", "marieke@voorbeeld.nl", PASSWORD)
    stand_in = imported()
    old = history(stand_in, article)
    assert services.claim_imported_history(user, "marieke@voorbeeld.nl") == 2
    stand_in.refresh_from_db()
    assert stand_in.user == user and stand_in.display_name == "Marieke"
    assert set(Comment.objects.filter(author=stand_in)) == set(old)


def test_a_claim_happens_once_and_leaves_guests_and_other_addresses_alone(article):
    guest = imported("Gast van de pont", email="")
    other = imported("Pieter", email="pieter@voorbeeld.nl")
    stand_in = imported()
    history(guest, article, 1)
    history(other, article, 1)
    history(stand_in, article, 1)
    reader = make_member("marieke@voorbeeld.nl", "Marieke K")
    assert services.claim_imported_history(reader, "marieke@voorbeeld.nl") == 1
    assert services.claim_imported_history(reader, "marieke@voorbeeld.nl") == 0
    assert Comment.objects.filter(author=guest).count() == 1
    assert Comment.objects.filter(author=other).count() == 1


def test_an_imported_member_holds_nothing_a_claim_would_leak(article):
    """Only the verified owner of the address gets the comments: a claim for another address moves none."""
    stand_in = imported()
    history(stand_in, article)
    stranger = make_member("iemand@voorbeeld.nl", "Iemand")
    assert services.claim_imported_history(stranger, "iemand@voorbeeld.nl") == 0
    assert Comment.objects.filter(author=stand_in).count() == 2


def test_the_thread_counter_is_unchanged_by_a_claim(article, client):
    stand_in = imported()
    history(stand_in, article)
    thread = comments.thread_for(article)
    thread.comment_count = comments.recount(thread)["comment_count"]
    thread.save()
    register_and_confirm(client, "marieke@voorbeeld.nl", name="Marieke van de Kade")
    thread.refresh_from_db()
    assert thread.comment_count == comments.recount(thread)["comment_count"] == 2


def test_the_claimed_history_is_in_the_members_data_and_goes_with_the_account(article):
    stand_in = imported()
    history(stand_in, article)
    reader = make_member("marieke@voorbeeld.nl", "Marieke K")
    services.claim_imported_history(reader, "marieke@voorbeeld.nl")
    exported = personal_data.export(reader)["imported_history"]
    assert [(row["source"], row["email"]) for row in exported] == [("disqus forum", "marieke@voorbeeld.nl")]
    services.delete_account(reader, CommentChoice.ANONYMISE)
    assert not ImportedAuthor.objects.exists()
    assert Comment.objects.filter(author__isnull=True).count() == 2


def test_verifying_a_new_address_claims_its_history(article, client):
    """A member who adds the old address and confirms it gets the comments, as at registration."""
    stand_in = imported()
    old = history(stand_in, article)
    reader = make_member("nieuw@voorbeeld.nl", "Marieke K")
    client.force_login(reader)
    client.post("/community/e-mailadres/", {"email": "marieke@voorbeeld.nl", "action_add": ""})
    assert Comment.objects.filter(author=stand_in).count() == 2  # not before the confirmation
    link = re.search(r"https?://\S+/community/bevestigen/\S+/", mail.outbox[-1].body).group(0)
    client.post(link.split("testserver", 1)[1])
    assert set(Comment.objects.filter(author=reader.member)) == set(old)


def test_a_claim_never_moves_the_comments_of_a_real_account(article):
    """Even a record pointing at a member someone logs in as (made by hand) gives nothing away."""
    owner = make_member("eigen@voorbeeld.nl", "Eigenaar")
    history(owner.member, article)
    ImportedAuthor.objects.create(
        key="x" * 64, member=owner.member, email="marieke@voorbeeld.nl", source="hand"
    )
    reader = make_member("marieke@voorbeeld.nl", "Marieke K")
    assert services.claim_imported_history(reader, "marieke@voorbeeld.nl") == 0
    assert Comment.objects.filter(author=owner.member).count() == 2
    assert get_user_model().objects.filter(pk=owner.pk).exists()
