"""Sending: the payload arrives encrypted for each browser and signed with the site's VAPID key, expired
subscriptions are removed, temporary failures are retried a bounded number of times, never twice."""

import pytest
from django.utils import timezone

from krant.push import delivery, keys, services
from krant.push.models import Delivery, DeliveryStatus, Dispatch, DispatchStatus, Recipient
from tests.factories import make_article


def subscribe(service, name, topics=("breaking",), answer=201):
    return services.subscribe(service.browser(name, answer).subscription(), list(topics))


def test_each_browser_gets_the_alert_encrypted_for_it_and_signed_by_the_site(tree, push_service, settings):
    """The push service decrypts each payload with that subscription's private key and auth secret (RFC 8291)
    and verifies the VAPID JWT against the site's public key (RFC 8292)."""
    settings.BASE_URL = "https://krant.example"
    subscribe(push_service, "een")
    subscribe(push_service, "twee")
    subscribe(push_service, "sport", topics=["section:binnenland"])
    article = make_article(tree.binnenland, "Dijk breekt door")

    sent = services.send(
        f"article:{article.pk}", "breaking", "Dijk breekt door", "Dorpen ontruimd.", article.url
    )
    assert delivery.send_batch(sent.pk, 10) == {"sent": 2}

    assert sorted(push_service.names()) == ["een", "twee"]
    for _name, message, claims in push_service.received:
        assert message == {
            "title": "Dijk breekt door",
            "body": "Dorpen ontruimd.",
            "url": "https://krant.example" + article.url,
            "tag": f"article:{article.pk}",
        }
        assert claims["key"] == keys.public_key()
        assert claims["sub"] == "https://krant.example"
    sent.refresh_from_db()
    assert sent.status == DeliveryStatus.SENT
    assert sent.counts == {"sent": 2}


def test_an_item_goes_to_a_topic_once(tree, push_service):
    subscribe(push_service, "een")
    services.send("article:1", "breaking", "Eerste", "", "/")
    with pytest.raises(services.AlreadySent):
        services.send("article:1", "breaking", "Nog eens", "", "/")
    services.send("article:1", "section:binnenland", "Elders", "", "/")  # another topic may
    assert Delivery.objects.count() == 2


@pytest.mark.parametrize("answer", [404, 410])
def test_an_ended_subscription_is_removed(tree, push_service, answer):
    subscribe(push_service, "weg", answer=answer)
    subscribe(push_service, "blijft")
    sent = services.send("article:2", "breaking", "Nieuws", "", "/")

    assert delivery.send_batch(sent.pk, 10) == {"expired": 1, "sent": 1}
    assert list(Recipient.objects.values_list("address", flat=True)) == [
        push_service.browsers["blijft"].endpoint
    ]
    assert Dispatch.objects.get(status=DispatchStatus.EXPIRED).recipient is None


def test_a_failing_push_service_is_tried_again_a_bounded_number_of_times(tree, push_service, time_machine):
    time_machine.move_to(timezone.now(), tick=True)
    subscribe(push_service, "druk", answer=503)
    sent = services.send("article:3", "breaking", "Nieuws", "", "/")
    for _attempt in range(delivery.MAX_ATTEMPTS):
        delivery.send_batch(sent.pk, 10)
        time_machine.shift(delivery.RETRY_DELAYS[-1])
    assert len(push_service.received) == delivery.MAX_ATTEMPTS
    row = Dispatch.objects.get()
    assert (row.status, row.attempts, row.last_error) == (DispatchStatus.FAILED, 4, "503 Service Unavailable")
    assert delivery.send_batch(sent.pk, 10) == {}
    assert Delivery.objects.get().status == DeliveryStatus.SENT


def test_a_bad_answer_fails_without_retry(tree, push_service):
    subscribe(push_service, "fout", answer=400)
    sent = services.send("article:4", "breaking", "Nieuws", "", "/")
    assert delivery.send_batch(sent.pk, 10) == {"failed": 1}


def test_no_push_to_this_machine_unless_tests_allow_it(tree, push_service, settings):
    """An endpoint is a stranger's address: the sender goes through krant's address fence."""
    subscribe(push_service, "lokaal")
    settings.PUSH_LOCAL_ENDPOINTS = False
    sent = services.send("article:5", "breaking", "Nieuws", "", "/")
    assert delivery.send_batch(sent.pk, 10) == {"failed": 1}
    assert push_service.received == []


def test_a_batch_stopped_in_the_middle_resumes_without_sending_twice(tree, push_service):
    """A batch whose worker is gone: what was on its way is 'uncertain' and not sent again; the rest is."""
    for number in range(4):
        subscribe(push_service, f"lezer{number}")
    sent = services.send("article:6", "breaking", "Nieuws", "", "/")
    batch, rows = delivery.claim_batch(sent, 10)
    run = delivery.BatchRun(sent, batch, rows)
    # As a worker that handed the second message to the push service and then died:
    assert run.hand([rows[0].pk])
    run.record(rows[0], "sent", "")
    assert run.hand([rows[1].pk])
    type(batch).objects.filter(pk=batch.pk).update(holder="elders:1", lease_until=batch.claimed_at)

    assert delivery.send_batch(sent.pk, 10) == {"sent": 2}
    statuses = list(Dispatch.objects.order_by("id").values_list("status", flat=True))
    assert statuses == ["sent", "uncertain", "sent", "sent"]
    assert sorted(push_service.names()) == ["lezer2", "lezer3"]  # this test sent only the first by hand


def test_the_desk_sees_each_send_with_its_counts(client, tree, push_service):
    from krant.core.roles import DESK, REPORTER
    from tests.factories import make_user

    subscribe(push_service, "weg", answer=410)
    subscribe(push_service, "blijft")
    services.save_recipient("ios", "a1b2c3", ["breaking"])  # an app, and no adapter to reach it
    sent = services.send("article:7", "breaking", "Brand in haven", "", "/")
    delivery.send_batch(sent.pk, 10)

    client.force_login(make_user("eindredacteur", DESK))
    html = client.get("/admin/pushberichten/").content.decode()
    assert "Brand in haven" in html
    assert "Verstuurd: 1, Verlopen (verwijderd): 1, apps zonder koppeling, niet verstuurd: 1" in html
    client.force_login(make_user("verslaggever", REPORTER))
    assert "Brand in haven" not in client.get("/admin/pushberichten/").content.decode()
