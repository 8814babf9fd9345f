"""The bound on comment writes at once in a server process: beyond it a write is answered 503 with
Retry-After at once (never a 500, nothing stored), and a slot comes free after every write, refused or not."""

import dataclasses

import pytest
from django.urls import reverse

from krant.community import limits
from krant.community.models import Comment

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def one_slot(settings):
    """One comment write at a time in this process."""
    settings.CONFIG = dataclasses.replace(settings.CONFIG, write_slots=1)


@pytest.fixture
def writer(member, client):
    client.force_login(member)
    return client


def post(client, article, text="Een goede reactie.", **extra):
    return client.post(reverse("community:post"), {"artikel": article.pk, "tekst": text}, **extra)


def test_a_write_beyond_the_slots_is_answered_busy_and_stores_nothing(one_slot, writer, article):
    """The script gets JSON, a plain form the page with the message; both 503 with Retry-After."""
    with limits.write_slot():  # another write holds the only slot
        for response, shown in [(post(writer, article, **JSON), None), (post(writer, article), "druk")]:
            assert response.status_code == 503
            assert response["Retry-After"] == str(limits.BUSY_RETRY_AFTER)
            if shown:
                assert shown in response.content.decode()
            else:
                assert response.json()["error"]["code"] == "busy"
    assert not Comment.objects.exists()


def test_a_slot_comes_free_after_each_write_refused_or_not(one_slot, writer, article):
    assert post(writer, article, text="", **JSON).status_code == 400  # refused: empty
    assert post(writer, article, **JSON).status_code == 200
    assert post(writer, article, text="Nog een.", **JSON).status_code == 200
    assert Comment.objects.count() == 2


def test_no_bound_when_switched_off(settings, writer, article):
    """KRANT_WRITE_SLOTS=0: every write runs, however many are running."""
    settings.CONFIG = dataclasses.replace(settings.CONFIG, write_slots=0)
    with limits.write_slot():
        assert post(writer, article, **JSON).status_code == 200


def test_the_slots_are_bounded_per_process(one_slot):
    """A second write while the first runs is busy; after it, the slot is free again."""
    with limits.write_slot():
        with pytest.raises(limits.Busy) as busy:
            with limits.write_slot():
                pass
        assert busy.value.message and busy.value.retry_after == limits.BUSY_RETRY_AFTER
    with limits.write_slot():
        pass
