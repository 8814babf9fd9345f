"""Reply mails through the real queue path and a real SMTP server: opt-in, batched per member and
discussion, never about what the member should not hear of, never twice, muted with one click."""

import email
from datetime import timedelta
from email.header import decode_header, make_header

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from krant.community import comments, personal_data, replies, reply_mails, services
from krant.community.models import (
    Comment,
    Moderation,
    ReplyMail,
    ReplyMailSettings,
    ReplyMailStatus,
    ReplyNotice,
    Status,
    ThreadMute,
)
from tests import factories
from tests.community.conftest import make_member, site_rules
from tests.conftest import free_port

STEP = reply_mails.DELAY + timedelta(seconds=1)


@pytest.fixture
def mailbox(smtp_inbox, immediate_tasks, settings):
    settings.BASE_URL = "https://krant.example"
    return smtp_inbox


@pytest.fixture
def clock():
    """A clock the test moves: reply mails wait for their batch window."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


@pytest.fixture
def wants_replies(member):
    return replies.set_choice(member.member, on_reply=True, on_answer=False, language="nl")


@pytest.fixture
def asked(article, member):
    """The member's comment under the article."""
    return comments.post(member, article, "Komt er ook een fietsenstalling bij de brug?")


def run_round(django_capture_on_commit_callbacks) -> int:
    """Run the scheduler's reply-mail job; the mails it queues are sent by the (immediate) worker."""
    with django_capture_on_commit_callbacks(execute=True):
        return reply_mails.queue_due_mails()


def messages_to(inbox, address):
    return [
        email.message_from_bytes(envelope.original_content)
        for envelope in inbox.messages
        if address in envelope.rcpt_tos
    ]


def part(message, subtype) -> str:
    for piece in message.walk():
        if piece.get_content_type() == f"text/{subtype}":
            return piece.get_payload(decode=True).decode()
    raise AssertionError(f"no text/{subtype} part")


def unfolded(header: str) -> str:
    return "".join(header.split())


def subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


@pytest.fixture
def send_round(django_capture_on_commit_callbacks):
    return lambda: run_round(django_capture_on_commit_callbacks)


def test_a_reply_mails_the_author_once_after_the_batch_window(
    mailbox, clock, wants_replies, asked, article, member, other, send_round
):
    """Nothing at once; one mail after the window, in Dutch, text and HTML, the reply escaped, a link to it
    in its thread, a one-click mute (RFC 8058) and a link to the settings."""
    reply = comments.post(other, article, "Ja, <script>alert(1)</script> voor 200 fietsen.", parent=asked)
    assert send_round() == 0
    assert mailbox.messages == []

    clock.shift(STEP)
    assert send_round() == 1
    [message] = messages_to(mailbox, member.email)
    assert subject(message) == "Een nieuwe reactie op je reactie bij ‘Nieuwe fietsbrug over het kanaal’"
    text, html = part(message, "plain"), part(message, "html")
    assert "Fietser uit Delft reageerde op je reactie" in text
    assert "Ja, <script>alert(1)</script> voor 200 fietsen." in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    link = f"https://krant.example{article.url}reacties/#reactie-{reply.pk}"
    assert link in text and f'href="{link}"' in html
    mute_url = unfolded(message["List-Unsubscribe"]).strip("<>")
    assert mute_url.startswith("https://krant.example/community/stil/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mute_url in text and "https://krant.example/community/instellingen/" in text
    assert ReplyMail.objects.get().status == ReplyMailStatus.SENT

    clock.shift(STEP)
    assert send_round() == 0
    assert len(mailbox.messages) == 1


def test_two_replies_make_one_mail_and_the_next_waits_an_hour(
    mailbox, clock, wants_replies, asked, article, member, other, send_round
):
    """Replies within the window share one mail; a later reply waits until the hour since the last mail
    is over, and then comes alone."""
    third_member = make_member("derde@voorbeeld.nl", "Brugwachter")
    comments.post(other, article, "Eerste antwoord op je vraag.", parent=asked)
    comments.post(third_member, article, "Tweede antwoord op je vraag.", parent=asked)
    clock.shift(STEP)
    send_round()
    [first] = messages_to(mailbox, member.email)
    assert subject(first) == "2 nieuwe reacties op je reacties bij ‘Nieuwe fietsbrug over het kanaal’"
    assert "Eerste antwoord" in part(first, "plain") and "Tweede antwoord" in part(first, "plain")

    comments.post(other, article, "Nog een derde gedachte.", parent=asked)
    clock.shift(timedelta(minutes=30))
    send_round()
    assert len(mailbox.messages) == 1

    clock.shift(timedelta(minutes=31))
    send_round()
    second = messages_to(mailbox, member.email)[1]
    assert "Nog een derde gedachte." in part(second, "plain")
    assert "Eerste antwoord" not in part(second, "plain")


def test_the_subject_carries_the_headline_as_written(mailbox, clock, tree, member, other, send_round):
    """A headline with '&' or quotes is not HTML-escaped in the subject or the text part."""
    article = factories.make_article(tree.binnenland, 'Brug & tunnel: "klaar" in 2027', slug="brug-tunnel")
    replies.set_choice(member.member, on_reply=True, on_answer=False, language="nl")
    comment = comments.post(member, article, "Eindelijk een brug.")
    comments.post(other, article, "Met een tunnel erbij.", parent=comment)
    clock.shift(STEP)
    send_round()
    [message] = messages_to(mailbox, member.email)
    assert subject(message) == 'Een nieuwe reactie op je reactie bij ‘Brug & tunnel: "klaar" in 2027’'
    assert 'Brug & tunnel: "klaar" in 2027' in part(message, "plain")


def test_without_opting_in_nothing_is_noted_or_sent(mailbox, clock, asked, article, other, send_round):
    """Reply mails are off by default."""
    comments.post(other, article, "Een antwoord dat niemand mailt.", parent=asked)
    clock.shift(STEP)
    send_round()
    assert ReplyNotice.objects.count() == 0
    assert mailbox.messages == []


def test_no_mail_about_own_ignored_deleted_or_rejected_replies(
    mailbox, clock, wants_replies, asked, article, member, other, moderator, send_round
):
    """Nothing about the member's own reply, a reply by someone they ignore, a reply deleted or rejected
    before the mail went, or a reply to their comment that was rejected since."""
    comments.post(member, article, "Ik antwoord mezelf.", parent=asked)
    ignored = make_member("genegeerd@voorbeeld.nl", "Luidruchtige Lezer")
    comments.ignore(member, ignored.member)
    comments.post(ignored, article, "Iemand die genegeerd wordt.", parent=asked)
    deleted = comments.post(other, article, "Straks verwijderd.", parent=asked)
    comments.delete(other, deleted.pk)
    third = make_member("derde@voorbeeld.nl", "Brugwachter")
    rejected = comments.post(third, article, "Straks afgewezen.", parent=asked)
    comments.reject(moderator, rejected.pk, "abuse")
    own_rejected = comments.post(member, article, "Mijn reactie die straks wordt afgewezen.")
    comments.post(other, article, "Antwoord op een reactie die verdwijnt.", parent=own_rejected)
    comments.reject(moderator, own_rejected.pk, "off_topic")

    clock.shift(STEP)
    send_round()
    assert mailbox.messages == []
    assert ReplyNotice.objects.count() == 0  # the notes nobody will hear about are gone


def test_a_held_reply_mails_only_after_approval(
    mailbox, clock, wants_replies, asked, article, member, other, moderator, send_round
):
    """Under pre-moderation a reply is told about once a moderator approves it, not before."""
    site_rules(moderation=Moderation.PRE)
    held = comments.post(other, article, "Wacht op de moderator.", parent=asked)
    assert held.status == Status.PREMOD
    clock.shift(STEP)
    send_round()
    assert mailbox.messages == []

    comments.approve(moderator, held.pk)
    send_round()
    assert mailbox.messages == []  # the window starts when readers can see it
    clock.shift(STEP)
    send_round()
    [message] = messages_to(mailbox, member.email)
    assert "Wacht op de moderator." in part(message, "plain")


def test_the_newsroom_answering_a_question_mails_who_wants_answers(
    mailbox, clock, tree, member, other, moderator, send_round
):
    """'When the newsroom answers my question' alone: the answer mails, another member's reply does not."""
    article = factories.make_article(tree.binnenland, "Nieuwe fietsbrug", comments_questions=True)
    replies.set_choice(member.member, on_reply=False, on_answer=True, language="nl")
    question = comments.post(member, article, "Wanneer gaat de brug open?", question=True)
    comments.post(other, article, "Geen idee, ik wacht ook.", parent=question)
    comments.post(moderator, article, "De brug gaat op 1 maart open.", parent=question)
    clock.shift(STEP)
    send_round()
    [message] = messages_to(mailbox, member.email)
    assert subject(message) == "De redactie beantwoordde je vraag bij ‘Nieuwe fietsbrug’"
    text = part(message, "plain")
    assert "De redactie beantwoordde je vraag" in text and "1 maart" in text
    assert "Geen idee" not in text


def test_a_double_run_sends_nothing_twice(
    mailbox, clock, wants_replies, asked, article, member, other, send_round
):
    """Two scheduler rounds at once, a task queued twice or run again after it finished: one mail."""
    comments.post(other, article, "Eén mail, hoe vaak er ook gedraaid wordt.", parent=asked)
    clock.shift(STEP)
    assert send_round() == 1
    assert send_round() == 0
    mail = ReplyMail.objects.get()
    assert reply_mails.send(mail.pk) == "not-claimed"
    reply_mails.send_reply_mail.enqueue(mail.pk)
    assert reply_mails.open_mail(mail.member_id, mail.thread_id, timezone.now()) is None
    assert len(mailbox.messages) == 1


def test_a_second_opener_is_refused_while_a_mail_is_open(wants_replies, asked, article, other, clock):
    """The window check aside, the database allows one open mail per member and discussion."""
    comments.post(other, article, "Voor de tweede opener.", parent=asked)
    clock.shift(STEP)
    notice = ReplyNotice.objects.get()
    first = ReplyMail.objects.create(member_id=notice.member_id, thread_id=notice.thread_id)
    ReplyMail.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(hours=2))
    assert reply_mails.open_mail(notice.member_id, notice.thread_id, timezone.now()) is None
    assert ReplyNotice.objects.get().mail_id is None


def test_a_server_that_says_try_later_gets_the_mail_later_once(
    immediate_tasks, settings, clock, wants_replies, asked, article, other, smtp_inbox, send_round
):
    """No server: the mail waits with a later time instead of failing; then it goes, once."""
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()
    comments.post(other, article, "Even geduld.", parent=asked)
    clock.shift(STEP)
    send_round()
    mail = ReplyMail.objects.get()
    assert mail.status == ReplyMailStatus.PENDING and mail.send_after > timezone.now()
    assert reply_mails.send(mail.pk) == "not-claimed"  # not due yet

    settings.EMAIL_PORT = port
    clock.shift(reply_mails.RETRY_DELAYS[0] + reply_mails.STALL)
    send_round()  # the lost retry task is queued again
    assert ReplyMail.objects.get().status == ReplyMailStatus.SENT
    assert len(smtp_inbox.messages) == 1


def test_a_mail_left_sending_by_a_dead_worker_is_never_sent_again(
    mailbox, clock, wants_replies, asked, article, other, send_round
):
    """'sending' past the lease becomes 'uncertain', and a new reply opens a new mail after the hour."""
    comments.post(other, article, "Halverwege gestopt.", parent=asked)
    clock.shift(STEP)
    notice = ReplyNotice.objects.get()
    mail = reply_mails.open_mail(notice.member_id, notice.thread_id, timezone.now())
    ReplyMail.objects.filter(pk=mail.pk).update(status=ReplyMailStatus.SENDING, claimed_at=timezone.now())
    clock.shift(reply_mails.LEASE + timedelta(seconds=1))
    send_round()
    assert ReplyMail.objects.get().status == ReplyMailStatus.UNCERTAIN
    assert mailbox.messages == []


# The mute link, the settings page and the member's data.


def mute_link(member, article) -> str:
    thread = comments.thread_for(article)
    return reverse("community:mute", args=[replies.mute_token(member.member.pk, thread.pk)])


def test_one_click_post_mutes_without_login_and_stops_the_mails(
    mailbox, clock, wants_replies, asked, article, member, other, send_round
):
    """RFC 8058: a mail program's POST, without cookie or CSRF token, mutes the discussion (200)."""
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        mute_link(member, article),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "geen mails meer" in response.content.decode()
    assert ThreadMute.objects.filter(member=member.member).count() == 1

    comments.post(other, article, "Dit hoort niemand.", parent=asked)
    clock.shift(STEP)
    send_round()
    assert mailbox.messages == []


def test_the_mute_link_opened_shows_a_button_and_mutes_nothing(wants_replies, asked, article, member):
    """A mail scanner that opens the link mutes nothing; the button does."""
    client = Client()
    url = mute_link(member, article)
    page = client.get(url)
    assert page.status_code == 200
    assert "Ja, geen mails meer over deze discussie" in page.content.decode()
    assert not ThreadMute.objects.exists()
    done = client.post(url)
    assert done.status_code == 200
    assert ThreadMute.objects.count() == 1
    assert "no-cache" in done["Cache-Control"] or "max-age=0" in done["Cache-Control"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_mute_link_with_a_bad_signature_is_a_clear_400(method, wants_replies, asked, article, member):
    """A changed or cut-off link mutes nothing and says what to do."""
    url = mute_link(member, article)
    forged = url.replace(f"/stil/{member.member.pk}.", f"/stil/{member.member.pk + 1}.")
    for address in (forged, url[:-6] + "/", reverse("community:mute", args=["onzin"])):
        response = getattr(Client(), method)(address, {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 400
        assert "Deze link werkt niet." in response.content.decode()
    assert not ThreadMute.objects.exists()


def test_settings_turn_mails_on_and_list_mutes_to_undo(client, member, article, asked):
    """The settings page: off by default, turned on by the form, muted discussions listed and undone."""
    client.force_login(member)
    page = client.get(reverse("community:settings")).content.decode()
    assert 'name="on_reply"' in page and "checked" not in page.split('name="on_reply"')[1].split(">")[0]

    response = client.post(reverse("community:reply_mail_settings"), {"on_reply": "on"})
    assert response.status_code == 302
    choice = ReplyMailSettings.objects.get(member=member.member)
    assert (choice.on_reply, choice.on_answer, choice.language) == (True, False, "nl")

    thread = comments.thread_for(article)
    replies.mute(member.member, thread)
    page = client.get(reverse("community:settings")).content.decode()
    assert "Discussies zonder mail" in page and article.title in page
    client.post(reverse("community:unmute", args=[thread.pk]))
    assert not ThreadMute.objects.exists()


def test_the_choice_made_on_the_english_pages_sends_english_links(
    mailbox, clock, client, member, asked, article, other, send_round
):
    """The site knows a member's language by the pages they chose on: their mail's links and lang follow."""
    client.force_login(member)
    client.post("/en" + reverse("community:reply_mail_settings"), {"on_reply": "on", "on_answer": "on"})
    assert ReplyMailSettings.objects.get().language == "en"
    comments.post(other, article, "An answer in a Dutch thread.", parent=asked)
    clock.shift(STEP)
    send_round()
    [message] = messages_to(mailbox, member.email)
    assert unfolded(message["List-Unsubscribe"]).startswith("<https://krant.example/en/community/stil/")
    assert '<html lang="en">' in part(message, "html")


def test_settings_need_a_login_and_a_post(client, member):
    """Anonymous readers go to the login; a GET of the form's address is not allowed."""
    assert client.post(reverse("community:reply_mail_settings"), {"on_reply": "on"}).status_code == 302
    assert not ReplyMailSettings.objects.exists()
    client.force_login(member)
    assert client.get(reverse("community:reply_mail_settings")).status_code == 405


def test_download_and_deletion_include_the_choice_and_mutes(member, article, asked):
    """'Download my data' lists the choice and the muted discussions; deleting the account removes them."""
    replies.set_choice(member.member, on_reply=True, on_answer=True, language="nl")
    replies.mute(member.member, comments.thread_for(article))
    data = personal_data.export(member)["reply_mails"]
    assert data["on_reply"] and data["on_answer"]
    assert [mute["page"] for mute in data["muted_discussions"]] == [article.title]

    services.delete_account(member, "remove")
    assert not ReplyMailSettings.objects.exists() and not ThreadMute.objects.exists()
    assert Comment.objects.get(pk=asked.pk).is_deleted


def test_a_user_without_a_name_is_sent_to_choose_one_first(client, db):
    """Reply mails belong to a community profile: without one the choice is not stored."""
    user = get_user_model().objects.create_user("naamloos", "naamloos@voorbeeld.nl", "geheim wachtwoord 42")
    client.force_login(user)
    response = client.post(reverse("community:reply_mail_settings"), {"on_reply": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("community:settings")
    assert not ReplyMailSettings.objects.exists()
