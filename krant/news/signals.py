"""What a change in the news purges: the article's pages and every listing it shows in or may join.

Publishing article 5 in section 3 (a subsection of 2), in dossier 7, by author 9 purges article:5 (every
page showing it: its own, teasers anywhere), section:3 and section:2, dossier:7, author:9, latest and
front (the listings it joins). Unpublishing, withdrawing, a correction, the scheduler's go-live or expiry
(Wagtail's publish_scheduled sends the same signals), moving and deleting purge the same. A section's,
dossier's or the front page's own publish (intro, curated top stories) purges its listing; core purges
its `page:<id>` and, for pages in menus, `menus`.
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from krant.core.purge import purge
from krant.live.events import SITE, publish
from krant.news.models import ArticleAuthor, ArticlePage, DossierPage, HomePage, SectionPage


def section_keys(section_ids) -> set[str]:
    """Return the keys of these sections and of every section above them (their listings include them)."""
    paths = SectionPage.objects.filter(pk__in=section_ids).values_list("path", flat=True)
    prefixes = {path[:end] for path in paths for end in range(Page.steplen, len(path) + 1, Page.steplen)}
    above = SectionPage.objects.filter(path__in=prefixes).values_list("pk", flat=True)
    return {f"section:{pk}" for pk in above}


def article_keys(article: ArticlePage) -> set[str]:
    """Return the keys a change to `article` purges."""
    sections = [
        article.home_section_id,
        *ArticlePage.sections.through.objects.filter(articlepage_id=article.pk).values_list(
            "sectionpage_id", flat=True
        ),
    ]
    dossiers = ArticlePage.dossiers.through.objects.filter(articlepage_id=article.pk).values_list(
        "dossierpage_id", flat=True
    )
    authors = ArticleAuthor.objects.filter(article_id=article.pk).values_list("author_id", flat=True)
    return {
        f"article:{article.pk}",
        "latest",
        "front",
        *section_keys(sections),
        *(f"dossier:{pk}" for pk in dossiers),
        *(f"author:{pk}" for pk in authors),
    }


def listing_keys(page: Page) -> set[str]:
    """Return the keys a listing page's own publish purges (its intro, its curated top stories)."""
    if isinstance(page, HomePage):
        return {"front"}
    if isinstance(page, SectionPage):
        return {"front", *section_keys([page.pk])}
    if isinstance(page, DossierPage):
        return {"front", f"dossier:{page.pk}"}
    return set()


@receiver(page_published)
def article_published(sender, instance, **kwargs):
    """Tell open front pages and 'Net binnen' (krant.live); each counts the articles it does not show yet."""
    if isinstance(instance.specific, ArticlePage):
        publish(SITE, type="article", article=instance.pk)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def news_page_changed(sender, instance, **kwargs):
    instance = instance.specific  # a move sends the plain Page
    if isinstance(instance, ArticlePage):
        purge(article_keys(instance))
    else:
        purge(listing_keys(instance))


@receiver(pre_delete, sender=ArticlePage)
def article_deleted(sender, instance, **kwargs):
    # Before the delete: its sections, dossiers and bylines are gone after it.
    purge(article_keys(instance))
