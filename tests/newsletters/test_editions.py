"""What an edition holds: the front page's top for a daily, a section's week for a weekly; rendered once."""

from datetime import date, timedelta

from django.utils import timezone

from krant.news.models import HomeTopStory, SectionTopStory
from krant.newsletters import editions
from tests.factories import make_article, publish


def titles(articles):
    return [article.title for article in articles]


def test_daily_opens_with_the_front_pages_lead_then_its_top_stories_then_the_newest(tree):
    """The same choice the front page makes, without a request: lead, curated top stories, newest."""
    now = timezone.now()
    old = make_article(tree.binnenland, "Oud maar gekozen", when=now - timedelta(days=3))
    top = make_article(tree.economie, "Topverhaal", when=now - timedelta(hours=5))
    newest = make_article(tree.binnenland, "Net binnen", when=now - timedelta(minutes=5))
    make_article(tree.binnenland, "Van vorige week", when=now - timedelta(days=8))
    tree.home.lead_story = old
    tree.home.top_stories = [HomeTopStory(article=top, sort_order=0)]
    publish(tree.home)

    assert titles(editions.daily_articles(now)) == [old.title, top.title, newest.title]


def test_daily_leaves_out_curated_articles_that_were_withdrawn(tree):
    """An unpublished lead story is not mailed; the newest article takes its place."""
    now = timezone.now()
    lead = make_article(tree.binnenland, "Teruggetrokken")
    other = make_article(tree.binnenland, "Wel online")
    tree.home.lead_story = lead
    publish(tree.home)
    lead.unpublish()
    assert titles(editions.daily_articles(now)) == [other.title]


def test_daily_without_articles_is_empty(tree):
    """Nothing new: no edition (the scheduler then sends nothing)."""
    assert editions.daily_articles(timezone.now()) == []


def test_weekly_takes_the_sections_top_stories_and_its_week(tree):
    """A weekly is about its own section (and its subsections), the past seven days."""
    now = timezone.now()
    curated = make_article(tree.klimaat, "Klimaatplan", when=now - timedelta(days=2))
    recent = make_article(tree.economie, "Rente omhoog", when=now - timedelta(days=1))
    make_article(tree.economie, "Te oud", when=now - timedelta(days=9))
    make_article(tree.binnenland, "Andere rubriek", when=now - timedelta(hours=2))
    tree.economie.top_stories = [SectionTopStory(article=curated, sort_order=0)]
    publish(tree.economie)

    assert titles(editions.weekly_articles(tree.economie, now)) == [curated.title, recent.title]


def test_snapshot_keeps_what_the_archive_shows_with_absolute_addresses(tree, settings):
    """Title, intro, section and a full address per article, taken when the edition is made."""
    settings.BASE_URL = "https://krant.example"
    article = make_article(tree.binnenland, "Dijk versterkt", label="analyse")
    [item] = editions.snapshot([article])
    assert item == {
        "id": article.pk,
        "title": "Dijk versterkt",
        "intro": article.intro,
        "url": f"https://krant.example/binnenland/{article.pk}/{article.slug}/",
        "section": "Binnenland",
        "label": "Analyse",
        "image": None,
    }


def test_lead_image_is_a_jpeg_at_an_absolute_address(tree, settings):
    """Mail programs need full addresses and show JPEG everywhere."""
    from tests.news.test_images import make_image

    settings.BASE_URL = "https://krant.example"
    article = make_article(tree.binnenland, "Met beeld", lead_image=make_image())
    [item] = editions.snapshot([article])
    assert item["image"]["url"].startswith("https://krant.example/media/images/")
    assert item["image"]["url"].endswith(".jpg")
    assert (item["image"]["width"], item["image"]["height"]) == (600, 338)


def test_render_gives_html_and_text_with_room_for_the_personal_links(tree, lists):
    """Rendered once: both parts carry the markers each subscriber's own links replace."""
    article = make_article(tree.binnenland, "Brug <open>", slug="brug-open", intro="Vanaf maandag & daarna.")
    items = editions.snapshot([article])
    html, text = editions.render(lists["daily"], items, date(2026, 11, 30), "https://krant.example/web/")
    for part in (html, text):
        assert editions.MANAGE_MARKER in part
        assert editions.UNSUBSCRIBE_MARKER in part
        assert "https://krant.example/web/" in part
        assert "maandag 30 november 2026" in part
    assert "Brug &lt;open&gt;" in html  # escaped in HTML
    assert "Brug <open>" in text  # plain in text
    assert "<" not in text.replace("Brug <open>", "")


def test_long_html_lines_are_folded_to_fit_smtp():
    """SMTP allows 998 bytes a line; a long line is broken at a space, nothing else changes."""
    line = " ".join(["woord"] * 400)
    folded = editions.fold_long_lines(f"<p>{line}</p>")
    assert all(len(part.encode()) <= editions.MAIL_LINE_LIMIT for part in folded.splitlines())
    assert folded.split() == f"<p>{line}</p>".split()
