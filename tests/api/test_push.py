"""Push alerts in the API: apps register a device token per topic (with or without a member's key), change
and delete it; bad input is a 400 naming the field; app devices get nothing without an adapter, and the
send says so; with one, the adapter gets the tokens once."""

import pytest

from krant.api import tokens
from krant.push import adapters, delivery, services
from krant.push.models import Delivery, Dispatch, DispatchStatus, Recipient
from tests.api.conftest import make_member

DEVICES = "/api/v1/push/devices/"
FCM_TOKEN = "fGx1:APA91bH-voorbeeld_token.1"


def register(api, **body):
    return api.post(
        DEVICES, {"platform": "android", "token": FCM_TOKEN, "topics": ["breaking"], **body}, format="json"
    )


def test_an_app_lists_the_topics(api, tree):
    topics = api.get("/api/v1/push/topics/").json()
    assert {"topic": "breaking", "label": "Belangrijk nieuws"} in topics
    assert {"topic": "section:binnenland", "label": "Binnenland"} in topics


def test_register_change_and_delete_a_device(api, tree):
    response = register(api, topics=["breaking", "section:binnenland"])
    assert response.status_code == 200
    assert response.json() == {"platform": "android", "topics": ["breaking", "section:binnenland"]}
    assert register(api, topics=["section:binnenland"]).json()["topics"] == ["section:binnenland"]
    recipient = Recipient.objects.get()
    assert (recipient.platform, recipient.address, recipient.user) == ("android", FCM_TOKEN, None)
    assert api.delete(f"{DEVICES}android/{FCM_TOKEN}/").json() == {"deleted": True}
    assert api.delete(f"{DEVICES}android/{FCM_TOKEN}/").json() == {"deleted": False}
    assert not Recipient.objects.exists()


def test_a_members_key_links_the_device_to_the_member(api, tree):
    member = make_member("app@voorbeeld.nl")
    api.credentials(HTTP_AUTHORIZATION=f"Token {tokens.issue(member).key}")
    assert register(api).status_code == 200
    assert Recipient.objects.get().user == member


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"topics": ["weer"]}, "topics"),
        ({"topics": []}, "topics"),
        ({"platform": "windows"}, "platform"),
        ({"token": "met spatie"}, "token"),
        ({"token": "x" * 1025}, "token"),
    ],
)
def test_bad_registrations_get_a_400_naming_the_field(api, tree, body, field):
    response = register(api, **body)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not Recipient.objects.exists()


class Recorder(adapters.AppAdapter):
    """An adapter for the test: the provider is outside the machine, so its answers are made up here."""

    calls: list = []

    def send(self, tokens, message):
        self.calls.append(([token.token for token in tokens], message.title))
        return {token.token: adapters.Outcome.SENT for token in tokens}


def test_without_an_adapter_app_devices_are_kept_and_the_send_says_so(api, tree):
    register(api)
    sent = services.send("article:1", "breaking", "Nieuws", "", "/")
    assert sent.apps_not_sent == 1
    assert not Dispatch.objects.exists()
    assert Delivery.objects.get().status == "sending"
    delivery.send_batch(sent.pk, 10)
    assert Delivery.objects.get().status == "sent"


def test_with_an_adapter_each_device_gets_it_once(api, tree, settings):
    settings.PUSH_APP_ADAPTER = f"{__name__}.Recorder"
    Recorder.calls = []
    register(api)
    sent = services.send("article:2", "breaking", "Nieuws", "", "/")
    assert delivery.send_batch(sent.pk, 10) == {"sent": 1}
    assert delivery.send_batch(sent.pk, 10) == {}
    assert Recorder.calls == [([FCM_TOKEN], "Nieuws")]
    assert Dispatch.objects.get().status == DispatchStatus.SENT
