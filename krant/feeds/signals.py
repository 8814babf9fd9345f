"""Keep what feeds, sitemaps and structured data cache in step with the pages and their view restrictions."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_unpublished

from krant.core import navigation
from krant.feeds.sitemaps import month_changed
from krant.news.models import ArticlePage


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    # Which pages are public decides feed links, breadcrumbs and the menus, all cached per version.
    navigation.invalidate()


@receiver(page_unpublished, sender=ArticlePage)
@receiver(post_delete, sender=ArticlePage)
def article_withdrawn(sender, instance, **kwargs):
    # A publish announces itself by its time (see sitemaps.article_months); an unpublish or delete does not.
    if instance.first_published_at:
        moment = instance.first_published_at
        transaction.on_commit(lambda: month_changed(moment))
