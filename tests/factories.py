"""Build the newsroom's content for tests, the way the admin does: real pages, revisions, publishing."""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from krant.authors.models import AuthorIndexPage, AuthorPage
from krant.core.models import MenuGroup, SiteSettings
from krant.core.roles import ensure_newsroom_roles
from krant.factcheck.models import FactCheckPage, FactCheckSource
from krant.liveblogs.models import LiveBlogPage
from krant.news.models import ArticlePage, ArticleViewCount, DossierPage, HomePage, LatestPage, SectionPage
from krant.news.readership import hour_of
from krant.news.services import article_folder


def publish(page: Page, user=None) -> Page:
    # As in the admin, the publish commits: its side effects (purges, menu versions) run now, also in a
    # test's transaction, which never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page, published=True) -> Page:
    page.live = False  # a draft until published, as in the admin
    parent.add_child(instance=page)
    return publish(page) if published else page


def make_site() -> SimpleNamespace:
    """Return a small publication: front page, Net binnen, two sections with a subsection, a dossier."""
    ensure_newsroom_roles()
    root = Page.get_first_root_node()
    home = add_page(root, HomePage(title="Voorpagina", slug="voorpagina-test"))
    Site.objects.all().delete()
    site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    tree = SimpleNamespace(site=site, home=home)
    tree.latest = add_page(home, LatestPage(title="Net binnen", slug="net-binnen"))
    tree.binnenland = add_page(home, SectionPage(title="Binnenland", slug="binnenland"))
    tree.economie = add_page(home, SectionPage(title="Economie", slug="economie"))
    tree.klimaat = add_page(tree.economie, SectionPage(title="Klimaat", slug="klimaat"))
    tree.dossier = add_page(home, DossierPage(title="Verkiezingen", slug="verkiezingen"))
    tree.authors = add_page(home, AuthorIndexPage(title="Redactie", slug="redactie", show_in_menus=False))
    settings = SiteSettings.for_site(site)
    for order, page in enumerate([home, tree.economie]):
        MenuGroup.objects.create(setting=settings, link_page=page, sort_order=order)
    return tree


def make_author(tree, name="Sanne de Wit", role="verslaggever") -> AuthorPage:
    slug = name.lower().replace(" ", "-")
    return add_page(tree.authors, AuthorPage(title=name, slug=slug, role=role))


def make_article(section, title="Dijk bij Zandmeer versterkt", published=True, when=None, **fields):
    """Create an article in its year folder and publish it at `when` (default: an hour ago)."""
    when = when or timezone.now() - timedelta(hours=1)
    fields.setdefault("intro", "Het waterschap heeft de dijk langs het meer verhoogd.")
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")[:50]
    article = ArticlePage(title=title, slug=slug, home_section=section, live=False, **fields)
    article_folder(when.year).add_child(instance=article)
    if published:
        publish(article)
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=when)
        article.refresh_from_db()
    return article


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="correct horse battery", is_staff=True, **extra
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def make_reads(article, reads, hours_ago=0) -> ArticleViewCount:
    """Store `reads` reads of `article` in the hour `hours_ago` hours back, as readership.flush would."""
    hour = hour_of(timezone.now() - timedelta(hours=hours_ago))
    return ArticleViewCount.objects.create(article=article, hour=hour, count=reads)


def article_form(section, title="Nieuwe brug over de Vaart", **extra):
    """Return the POST data of the admin's article form, as a browser sends it."""
    return nested_form_data(
        {
            "title": title,
            "slug": "nieuwe-brug",
            "label": "",
            "intro": "De gemeente opent een nieuwe fietsbrug.",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>De brug is veertig meter lang.</p>"))]),
            "author_links": inline_formset([]),
            "source_credit": "",
            "home_section": section.pk,
            "update_note": "",
            "corrections": inline_formset([]),
            "related_links": inline_formset([]),
            "comments_enabled": "on",
            "comments_close_after_hours": 72,
            "comments": inline_formset([]),
            **extra,
        }
    )


def make_liveblog(section, title="Storm trekt over het land", when=None, **fields):
    """Create a liveblog in its year folder and publish it at `when` (default: an hour ago)."""
    when = when or timezone.now() - timedelta(hours=1)
    fields.setdefault("intro", "Zware windstoten in het hele land; volg het hier.")
    slug = title.lower().replace(" ", "-")[:50]
    liveblog = LiveBlogPage(title=title, slug=slug, home_section=section, live=False, **fields)
    article_folder(when.year).add_child(instance=liveblog)
    publish(liveblog)
    LiveBlogPage.objects.filter(pk=liveblog.pk).update(first_published_at=when)
    liveblog.refresh_from_db()
    return liveblog


def make_fact_check(section, title="Factcheck: rijden er twee keer zoveel bussen?", when=None, **fields):
    """Create a fact check with one source in its year folder, published at `when` (default: an hour ago)."""
    when = when or timezone.now() - timedelta(hours=1)
    fields.setdefault("intro", "Een wethouder zei dat het busaanbod is verdubbeld. Wij telden het na.")
    fields.setdefault("claim", "Er rijden nu twee keer zoveel bussen als vijf jaar geleden.")
    fields.setdefault("claimant", "Wethouder Mirjam Oosterbeek")
    fields.setdefault("claim_medium", "in de gemeenteraad")
    fields.setdefault("claim_url", "https://raad.example/vergadering")
    fields.setdefault("verdict", "klopt-niet")
    fields.setdefault("reasoning", "Er rijden 20 procent meer bussen, geen twee keer zoveel.")
    fields.setdefault("claim_date", (when - timedelta(days=2)).date())
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-").replace(":", "").replace("?", "")[:50]
    check = FactCheckPage(title=title, slug=slug, home_section=section, live=False, **fields)
    check.sources = [FactCheckSource(title="Dienstregeling", url="https://vervoerder.example/dienstregeling")]
    article_folder(when.year).add_child(instance=check)
    publish(check)
    FactCheckPage.objects.filter(pk=check.pk).update(first_published_at=when)
    check.refresh_from_db()
    return check


def fact_check_form(section, title="Factcheck: is de brug veertig meter lang?", **extra):
    """Return the POST data of the admin's fact-check form, as a browser sends it."""
    data = article_form(section, title=title, label="factcheck")
    return {
        **data,
        "slug": "factcheck-brug",
        "claim": "De nieuwe brug is de langste fietsbrug van het land.",
        "claimant": "Wethouder Bas Vermeulen",
        "claimant_kind": "person",
        "claim_medium": "op de lokale radio",
        "claim_date": "2026-11-30",
        "claim_url": "https://radio.example/uitzending",
        "verdict": "klopt-niet",
        "reasoning": "De brug is veertig meter lang; drie fietsbruggen in het land zijn langer.",
        **nested_form_data(
            {
                "sources": inline_formset(
                    [{"title": "Bruggenregister", "url": "https://bruggen.example/register"}]
                )
            }
        ),
        **extra,
    }
