"""A view restriction added or lifted shows at once in the feed links, despite the caches."""

from tests.feeds.conftest import BASE_URL, restrict


def test_restriction_change_updates_the_feed_links(newsroom, client, django_capture_on_commit_callbacks):
    """Adding a restriction drops the page's own feed link; lifting it brings the link back (on commit)."""
    own_feed = f"{BASE_URL}/rss/redactie/sanne-de-wit/"
    assert own_feed in client.get(newsroom.author.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(newsroom.author)
    session = client.session
    session["passed_page_view_restrictions"] = [restriction.pk]
    session.save()
    assert own_feed not in client.get(newsroom.author.url).content.decode()
    assert client.get("/rss/redactie/sanne-de-wit/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert own_feed in client.get(newsroom.author.url).content.decode()
