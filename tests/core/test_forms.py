"""Reader forms (contact, complaints): stored, mailed to the desk, validated and rate limited."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from krant.core.models import FormField, FormPage
from tests.factories import publish


@pytest.fixture
def contact(tree):
    page = FormPage(
        title="Contact met de redactie",
        slug="contact",
        to_address="desk@krant.invalid",
        from_address="noreply@krant.invalid",
        subject="Bericht via de site",
    )
    tree.home.add_child(instance=page)
    for order, (label, kind, required) in enumerate(
        [
            ("Naam", "singleline", True),
            ("E-mailadres", "email", True),
            ("Bericht", "multiline", True),
        ]
    ):
        FormField.objects.create(page=page, sort_order=order, label=label, field_type=kind, required=required)
    return publish(page)


GOOD = {
    "naam": "Joris Veld",
    "e_mailadres": "joris@example.org",
    "bericht": "Er staat een fout in.",
}


def test_message_is_stored_and_mailed_to_the_desk(contact, client, smtp_inbox):
    response = client.post(contact.url, GOOD)
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert smtp_inbox.arrived.wait(10)
    envelope = smtp_inbox.messages[0]
    assert envelope.rcpt_tos == ["desk@krant.invalid"]
    assert "Er staat een fout in." in envelope.content.decode()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**GOOD, "e_mailadres": "geen-adres"}, "e_mailadres"),
        ({**GOOD, "bericht": ""}, "bericht"),
        ({}, "naam"),
    ],
)
def test_bad_input_is_refused_with_a_message(contact, client, data, field):
    """Bad input: the form again, with a message at the field, status 200 and nothing stored."""
    response = client.post(contact.url, data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert FormSubmission.objects.count() == 0


def test_posting_too_often_is_rate_limited(contact, client, still_clock):
    statuses = [client.post(contact.url, GOOD).status_code for _ in range(7)]
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429, 429]
    assert FormSubmission.objects.count() == 5
    assert "te vaak" in client.post(contact.url, GOOD).content.decode()


def test_the_429_says_when_to_try_again(contact, client, still_clock):
    """Retry-After tells a browser or script how long the form's limit still lasts (a 10-minute window)."""
    for _ in range(5):
        client.post(contact.url, GOOD)
    response = client.post(contact.url, GOOD)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
