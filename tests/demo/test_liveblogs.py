"""The demo's liveblogs: one open, one closed, with pinned updates and key events, loaded once."""

from django.utils import timezone

from krant.demo.liveblogs import load_liveblogs
from krant.liveblogs.models import LiveBlogPage
from krant.news.models import SectionPage
from tests.factories import add_page


def test_the_demo_has_an_open_and_a_closed_liveblog(tree):
    add_page(tree.home, SectionPage(title="Politiek", slug="politiek"))

    def publish(parent, page, when):
        return add_page(parent, page)

    assert load_liveblogs(publish, timezone.now()) == 2
    assert load_liveblogs(publish, timezone.now()) == 0  # run again: nothing added
    open_one, closed_one = LiveBlogPage.objects.order_by("-closed_at")
    assert {liveblog.is_open() for liveblog in LiveBlogPage.objects.all()} == {True, False}
    for liveblog in (open_one, closed_one):
        assert liveblog.updates.filter(pinned=True).exists()
        assert liveblog.updates.filter(key_event=True).exists()
        assert liveblog.last_update_at == liveblog.updates.order_by("-posted_at").first().posted_at
