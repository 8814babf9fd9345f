"""Public comment reads are kept by the page cache and purged with the thread; what a key opens is not.

Transactional: purges wait for the commit (krant.core.purge), as in production.
"""

import pytest

from krant.api import tokens
from krant.community import comments
from tests.community.conftest import make_member
from tests.factories import make_article, make_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def thread(page_cache):
    tree = make_site()
    article = make_article(tree.binnenland, "Nieuwe fietsbrug over het kanaal")
    rules = comments.site_settings()
    rules.open_reading = True
    rules.save()
    return article


def test_a_thread_is_a_hit_until_it_changes(api, thread):
    member = make_member()
    url = f"/api/v1/articles/{thread.pk}/comments/"
    comments.post(member, thread, "Eerste")
    assert api.get(url).get("X-Cache") == "miss"
    second = api.get(url)
    assert second.get("X-Cache") == "hit" and len(second.json()["results"]) == 1
    comments.post(member, thread, "Tweede")  # commits: the thread's key is purged
    third = api.get(url)
    assert third.get("X-Cache") == "miss" and len(third.json()["results"]) == 2


def test_the_article_count_follows_the_thread(api, thread):
    url = f"/api/v1/articles/{thread.pk}/"
    assert api.get(url).json()["comment_count"] == 0
    assert api.get(url).get("X-Cache") == "hit"
    comments.post(make_member(), thread, "Eerste")
    assert api.get(url).json()["comment_count"] == 1


def test_closing_reading_to_members_purges_the_public_thread(api, thread):
    url = f"/api/v1/articles/{thread.pk}/comments/"
    api.get(url)
    assert api.get(url).get("X-Cache") == "hit"
    rules = comments.site_settings()
    rules.open_reading = False
    rules.save()
    assert api.get(url).status_code == 401


def test_a_request_with_a_key_is_neither_served_nor_stored(api, thread):
    key = {"HTTP_AUTHORIZATION": f"Token {tokens.issue(make_member()).key}"}
    url = f"/api/v1/articles/{thread.pk}/comments/"
    for _ in range(2):
        response = api.get(url, **key)
        assert "X-Cache" not in response and "private" in response["Cache-Control"]
    assert api.get(url).get("X-Cache") == "miss"  # the anonymous answer was never stored by the member's
