"""What a publish tells the live channel: an article's id on `site`, for 'N nieuwe berichten'."""

from krant.live.models import LiveEvent
from tests.factories import make_article


def test_an_article_publish_tells_open_front_pages(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(tree.binnenland, "Veerpont vaart weer")
        tree.binnenland.save_revision().publish()  # a section's publish is no new article
    told = {
        (channel, tuple(data.items())) for channel, data in LiveEvent.objects.values_list("channel", "data")
    }
    assert told == {("site", (("type", "article"), ("article", article.pk)))}  # the factory publishes twice


def test_the_front_page_and_net_binnen_offer_new_articles_only_to_scripts(tree, client):
    """Without JavaScript the notice stays hidden: the page works as before."""
    for url in ("/", tree.latest.url):
        html = client.get(url).content.decode()
        assert 'data-live-channel="site" data-live-news' in html
        assert 'hidden><a class="live-news__link"' in html
