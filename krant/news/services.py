"""The newsroom's writes to the article store, in one place."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from krant.news.models import ArticleArchivePage, ArticleYearPage, HomePage


def home_page(site: Site | None = None) -> HomePage:
    site = site or Site.objects.get(is_default_site=True)
    return site.root_page.specific


@transaction.atomic
def article_archive(site: Site | None = None) -> ArticleArchivePage:
    """Return the page that stores the articles, creating it under the front page if needed."""
    home = home_page(site)
    archive = ArticleArchivePage.objects.child_of(home).first()
    if archive is None:
        archive = ArticleArchivePage(title="Artikelen", slug="artikelen", show_in_menus=False)
        home.add_child(instance=archive)
        archive.save_revision().publish()
    return archive


@transaction.atomic
def article_folder(year: int | None = None, site: Site | None = None) -> ArticleYearPage:
    """Return the folder for articles first created in `year` (default: this year), creating it if needed.

    Year folders keep every parent far below the page tree's limit of about 1.68 million children.
    """
    year = year or timezone.localdate().year
    archive = article_archive(site)
    folder = ArticleYearPage.objects.child_of(archive).filter(slug=str(year)).first()
    if folder is None:
        folder = ArticleYearPage(title=str(year), slug=str(year), show_in_menus=False)
        archive.add_child(instance=folder)
        folder.save_revision().publish()  # a folder like any other page: with history, published
    return folder
