"""Reader pages: sign up (one answer for every address), confirm, manage and unsubscribe by personal link
(also RFC 8058 one-click), and the public archive; bad input gets a clear page and the right status."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.newsletters import links
from krant.newsletters.models import Edition, EditionStatus, NewsletterList, Subscriber, SubscriptionStatus
from tests.factories import make_article
from tests.newsletters.conftest import subscribe

SIGNUP = "/nieuwsbrieven/"


def token_of(subscriber) -> str:
    return links.link_token(subscriber.pk, subscriber.key)


def statuses(subscriber) -> dict[str, str]:
    return dict(subscriber.subscriptions.values_list("newsletter__slug", "status"))


@pytest.fixture
def post_signup(client, django_capture_on_commit_callbacks):
    def post(data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(SIGNUP, data, **extra)

    return post


# --- Signing up -------------------------------------------------------------------------------------


def test_signup_page_offers_the_active_lists_with_their_descriptions(client, lists):
    NewsletterList.objects.filter(pk=lists["weekly"].pk).update(is_active=False, description="Weg")
    NewsletterList.objects.filter(pk=lists["daily"].pk).update(description="Elke ochtend om zeven uur.")
    response = client.get(SIGNUP)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="newsletters" value="ochtendbrief"' in html
    assert 'name="newsletters" value="nieuwsalerts"' in html
    assert "binnenland-deze-week" not in html
    assert "Elke ochtend om zeven uur." in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "private" in response["Cache-Control"]  # a form with a CSRF token is never shared


def test_a_link_from_the_archive_ticks_its_list(client, lists):
    html = client.get(f"{SIGNUP}?lijst=nieuwsalerts&lijst=bestaat-niet").content.decode()
    assert 'value="nieuwsalerts" id="id_newsletters_1" checked' in html
    assert 'value="ochtendbrief" id="id_newsletters_0">' in html


def test_signing_up_sends_a_confirmation_and_answers_check_your_mail(post_signup, lists, smtp_inbox):
    response = post_signup({"email": "Nieuw@Example.org", "newsletters": ["ochtendbrief", "nieuwsalerts"]})
    assert response.status_code == 303
    assert response["Location"] == "/nieuwsbrieven/aangemeld/"
    subscriber = Subscriber.objects.get(email="nieuw@example.org")
    assert statuses(subscriber) == {"ochtendbrief": "pending", "nieuwsalerts": "pending"}
    assert smtp_inbox.messages[0].rcpt_tos == ["nieuw@example.org"]


def test_the_answer_does_not_reveal_whether_an_address_is_known(client, post_signup, lists, smtp_inbox):
    """A known and an unknown address get the same redirect and the same page."""
    subscribe(lists["daily"], "bekend@example.org")
    known = post_signup({"email": "bekend@example.org", "newsletters": ["ochtendbrief"]})
    unknown = post_signup({"email": "onbekend@example.org", "newsletters": ["ochtendbrief"]})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    done = client.get(known["Location"])
    assert done.status_code == 200
    assert "Kijk in je mailbox" in done.content.decode()
    assert "public" in done["Cache-Control"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "geen-adres", "newsletters": ["ochtendbrief"]}, "geldig e-mailadres"),
        ({"email": "", "newsletters": ["ochtendbrief"]}, "E-mailadres"),
        ({"email": "a@example.org"}, "Kies ten minste één nieuwsbrief."),
        ({"email": "a@example.org", "newsletters": ["bestaat-niet"]}, "bestaat niet (meer)"),
        ({"email": "a@example.org", "newsletters": ["binnenland-deze-week"]}, "bestaat niet (meer)"),
        ({"email": "a" * 250 + "@example.org", "newsletters": ["ochtendbrief"]}, "E-mailadres"),
    ],
)
def test_bad_signups_get_the_form_back_with_a_message(post_signup, lists, data, message):
    NewsletterList.objects.filter(pk=lists["weekly"].pk).update(is_active=False)
    response = post_signup(data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'class="error-summary"' in response.content.decode()
    assert not Subscriber.objects.exists()


def test_signup_needs_the_csrf_token(lists):
    client = Client(enforce_csrf_checks=True)
    response = client.post(SIGNUP, {"email": "a@example.org", "newsletters": ["ochtendbrief"]})
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_signup_is_rate_limited_per_address_of_the_sender(post_signup, lists, still_clock):
    """A stranger posting the form over and over gets a 429 page after SIGNUP_RATE_PER_IP."""
    codes = [
        post_signup({"email": f"lezer{n}@example.org", "newsletters": ["ochtendbrief"]}).status_code
        for n in range(11)
    ]
    assert codes == [303] * 10 + [429]
    assert Subscriber.objects.count() == 10


def test_one_address_cannot_be_flooded_from_many_places(post_signup, lists, smtp_inbox):
    """Many requests for one address, from many IPs and hours apart: at most SIGNUP_RATE_PER_ADDRESS
    go through in a day, and the answer stays the same."""
    # A fixed start: the day's window has a fixed edge for the address, and the 66 minutes of the test
    # must not straddle it (from the time the suite happened to run, they sometimes did).
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for number in range(12):
        with time_machine.travel(start + timedelta(minutes=6 * number)):
            response = post_signup(
                {"email": "doelwit@example.org", "newsletters": ["ochtendbrief"]},
                REMOTE_ADDR=f"10.0.0.{number}",
            )
        assert response.status_code == 303
    assert len(smtp_inbox.messages) == 10


def test_signup_only_answers_get_head_and_post(client, lists):
    assert client.put(SIGNUP).status_code == 405
    assert client.head(SIGNUP).status_code == 200


def test_the_pages_are_also_in_english(client, lists):
    response = client.get("/en/nieuwsbrieven/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


# --- Confirming -------------------------------------------------------------------------------------


def test_the_confirmation_link_asks_for_a_click_then_confirms(client, lists):
    """A mail scanner that opens the link confirms nothing; the reader's button does."""
    [subscriber] = subscribe(lists["daily"], "nieuw@example.org", status=SubscriptionStatus.PENDING)
    url = f"/nieuwsbrieven/bevestigen/{links.confirm_token(subscriber)}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Ochtendbrief" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert statuses(subscriber) == {"ochtendbrief": "pending"}

    done = client.post(url)
    assert done.status_code == 200
    assert "Aanmelding bevestigd" in done.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}


def test_an_expired_confirmation_link_says_so(client, lists):
    [subscriber] = subscribe(lists["daily"], "laat@example.org", status=SubscriptionStatus.PENDING)
    url = f"/nieuwsbrieven/bevestigen/{links.confirm_token(subscriber)}/"
    with time_machine.travel(timezone.now() + links.CONFIRM_VALID + timedelta(hours=1)):
        response = client.post(url)
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "pending"}


@pytest.mark.parametrize("token", ["onzin", "1.abc:def:ghi", "%00", "9" * 300])
def test_a_broken_confirmation_link_is_a_clear_404(client, lists, token):
    response = client.get(f"/nieuwsbrieven/bevestigen/{token}/")
    assert response.status_code == 404
    assert "Deze link werkt niet" in response.content.decode()


# --- Managing and unsubscribing ---------------------------------------------------------------------


def test_the_personal_page_shows_the_lists_and_saves_a_new_choice(client, lists):
    [subscriber] = subscribe(lists["daily"], "kiest@example.org")
    url = f"/nieuwsbrieven/beheer/{token_of(subscriber)}/"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "kiest@example.org" in html
    assert 'value="ochtendbrief" id="id_newsletters_0" checked' in html
    assert "no-store" in page["Cache-Control"]

    response = client.post(url, {"action": "save", "newsletters": ["nieuwsalerts"]})
    assert response.status_code == 303
    assert statuses(subscriber) == {"ochtendbrief": "unsubscribed", "nieuwsalerts": "confirmed"}
    assert "Je keuze is opgeslagen." in client.get(response["Location"]).content.decode()


def test_the_personal_page_unsubscribes_from_everything(client, lists):
    [subscriber] = subscribe(lists["daily"], "weg@example.org")
    subscribe(lists["alerts"], "weg@example.org")
    url = f"/nieuwsbrieven/beheer/{token_of(subscriber)}/"
    response = client.post(url, {"action": "unsubscribe_all"})
    assert response.status_code == 303
    assert set(statuses(subscriber).values()) == {"unsubscribed"}
    assert "geen nieuwsbrieven meer" in client.get(response["Location"]).content.decode()


def test_a_bad_choice_on_the_personal_page_is_a_400_with_the_form(client, lists):
    [subscriber] = subscribe(lists["daily"], "kiest@example.org")
    response = client.post(
        f"/nieuwsbrieven/beheer/{token_of(subscriber)}/", {"newsletters": ["bestaat-niet"]}
    )
    assert response.status_code == 400
    assert "bestaat niet (meer)" in response.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}


def test_the_personal_page_mentions_a_bounced_address(client, lists):
    [subscriber] = subscribe(lists["daily"], "kapot@example.org")
    Subscriber.objects.filter(pk=subscriber.pk).update(bounced_at=timezone.now())
    html = client.get(f"/nieuwsbrieven/beheer/{token_of(subscriber)}/").content.decode()
    assert "kwam niet aan" in html


def test_the_unsubscribe_link_asks_first_and_posting_unsubscribes(client, lists):
    [subscriber] = subscribe(lists["daily"], "weg@example.org")
    url = f"/nieuwsbrieven/afmelden/{token_of(subscriber)}/ochtendbrief/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Afmelden voor Ochtendbrief?" in page.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}  # opening the link changes nothing

    done = client.post(url)
    assert done.status_code == 200
    assert "Je bent afgemeld" in done.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "unsubscribed"}


def test_one_click_unsubscribe_as_a_mail_program_does_it(lists):
    """RFC 8058: POST List-Unsubscribe=One-Click to the link, no cookie, no CSRF token, no login: 200."""
    [subscriber] = subscribe(lists["daily"], "klik@example.org")
    subscribe(lists["alerts"], "klik@example.org")
    mail_program = Client(enforce_csrf_checks=True)
    url = f"/nieuwsbrieven/afmelden/{token_of(subscriber)}/ochtendbrief/"
    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert statuses(subscriber) == {"ochtendbrief": "unsubscribed", "nieuwsalerts": "confirmed"}
    again = mail_program.post(url, {"List-Unsubscribe": "One-Click"})  # multipart works too, and twice
    assert again.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/nieuwsbrieven/beheer/{bad}/",
        "/nieuwsbrieven/afmelden/{bad}/ochtendbrief/",
        "/nieuwsbrieven/afmelden/{good}/bestaat-niet/",
    ],
)
def test_a_wrong_personal_link_is_a_clear_404_not_an_error(client, lists, path):
    [subscriber] = subscribe(lists["daily"], "lezer@example.org")
    good = token_of(subscriber)
    bad = good[:-2] + "xx"
    for method in (client.get, client.post):
        response = method(path.format(good=good, bad=bad))
        assert response.status_code == 404
        assert "Deze link werkt niet" in response.content.decode()
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}


def test_guessing_links_is_rate_limited(client, lists, still_clock):
    """After BAD_LINK_RATE wrong links an address is stopped; real links keep working elsewhere."""
    [subscriber] = subscribe(lists["daily"], "lezer@example.org")
    codes = [client.get(f"/nieuwsbrieven/beheer/{subscriber.pk}.gok{n}/").status_code for n in range(21)]
    assert codes == [404] * 20 + [429]
    assert client.get(f"/nieuwsbrieven/beheer/{token_of(subscriber)}/").status_code == 429
    other = Client(REMOTE_ADDR="192.0.2.8")
    assert other.get(f"/nieuwsbrieven/beheer/{token_of(subscriber)}/").status_code == 200


# --- The archive ------------------------------------------------------------------------------------


def make_edition(newsletter, subject, day, article=None, status=EditionStatus.SENT):
    items = []
    if article is not None:
        items = [{"id": article.pk, "title": article.title, "intro": article.intro, "url": article.url}]
    return Edition.objects.create(
        newsletter=newsletter,
        subject=subject,
        issue_date=day,
        items=items,
        html="<p>x</p>",
        text="x",
        status=status,
        created_at=timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 7)),
    )


def test_the_archive_lists_editions_newest_first_without_drafts(client, lists):
    make_edition(lists["daily"], "Maandag", date(2026, 11, 23))
    make_edition(lists["daily"], "Dinsdag", date(2026, 11, 24))
    make_edition(lists["daily"], "Concept", date(2026, 11, 25), status=EditionStatus.DRAFT)
    make_edition(lists["alerts"], "Andere lijst", date(2026, 11, 24))
    response = client.get("/nieuwsbrieven/ochtendbrief/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Dinsdag") < html.index("Maandag")
    assert "Concept" not in html and "Andere lijst" not in html
    assert "public" in response["Cache-Control"]
    assert "/nieuwsbrieven/?lijst=ochtendbrief" in html


@pytest.mark.parametrize("path", ["/nieuwsbrieven/bestaat-niet/", "/nieuwsbrieven/ochtendbrief/?page=9"])
def test_unknown_archive_pages_are_404(client, lists, path):
    make_edition(lists["daily"], "Maandag", date(2026, 11, 23))
    assert client.get(path).status_code == 404


def test_an_edition_reads_in_the_browser_without_articles_withdrawn_since(client, tree, lists):
    kept = make_article(tree.binnenland, "Blijft staan")
    withdrawn = make_article(tree.binnenland, "Teruggetrokken")
    edition = make_edition(lists["daily"], "Ochtendbrief: Blijft staan", date(2026, 11, 23), kept)
    edition.items += make_edition(lists["alerts"], "x", date(2026, 11, 23), withdrawn).items
    edition.save()
    withdrawn.unpublish()
    response = client.get(f"/nieuwsbrieven/ochtendbrief/{edition.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Blijft staan" in html
    assert "Teruggetrokken" not in html


def test_an_edition_under_another_list_or_a_draft_is_404(client, lists):
    sent = make_edition(lists["daily"], "Maandag", date(2026, 11, 23))
    draft = make_edition(lists["daily"], "Concept", date(2026, 11, 24), status=EditionStatus.DRAFT)
    assert client.get(f"/nieuwsbrieven/nieuwsalerts/{sent.pk}/").status_code == 404
    assert client.get(f"/nieuwsbrieven/ochtendbrief/{draft.pk}/").status_code == 404
    assert client.get("/nieuwsbrieven/ochtendbrief/99999999999999999999/").status_code == 404


def queries(client, url) -> int:
    client.get(url)  # warm the caches (menus, site)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_archive_and_edition_pages_cost_a_fixed_number_of_queries(client, tree, lists):
    article = make_article(tree.binnenland, "Een")
    first = make_edition(lists["daily"], "Eerste", date(2026, 1, 1), article)
    few = (queries(client, "/nieuwsbrieven/ochtendbrief/"), queries(client, first.get_absolute_url()))
    for day in range(2, 40):
        make_edition(lists["daily"], f"Editie {day}", date(2026, 1, 1) + timedelta(days=day), article)
    first.items = first.items * 8
    first.save()
    many = (queries(client, "/nieuwsbrieven/ochtendbrief/"), queries(client, first.get_absolute_url()))
    assert few == many
    assert max(many) <= 12, many


def test_reading_the_archive_needs_no_subscription(client, lists):
    """The archive is public: nothing personal in it, the same bytes for everyone."""
    make_edition(lists["daily"], "Maandag", date(2026, 11, 23))
    one, two = client.get("/nieuwsbrieven/ochtendbrief/"), Client().get("/nieuwsbrieven/ochtendbrief/")
    assert one.content == two.content
    assert not one.cookies


def test_the_signup_429_says_when_to_try_again(post_signup, lists, still_clock):
    """Retry-After on the refusal, within the hour SIGNUP_RATE_PER_IP counts."""
    for n in range(10):
        post_signup({"email": f"lezer{n}@example.org", "newsletters": ["ochtendbrief"]})
    response = post_signup({"email": "lezer99@example.org", "newsletters": ["ochtendbrief"]})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600


def test_the_429_for_guessing_links_says_when_to_try_again(client, lists, still_clock):
    """Retry-After on the refusal, within the ten minutes BAD_LINK_RATE counts."""
    [subscriber] = subscribe(lists["daily"], "lezer@example.org")
    for n in range(20):
        client.get(f"/nieuwsbrieven/beheer/{subscriber.pk}.gok{n}/")
    response = client.get(f"/nieuwsbrieven/beheer/{subscriber.pk}.gok99/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
