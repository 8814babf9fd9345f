"""Keep what the sitemaps keep in the shared store in step with articles leaving them."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_unpublished

from krant.feeds.sitemaps import month_changed
from krant.news.models import ArticlePage


@receiver(page_unpublished, sender=ArticlePage)
@receiver(post_delete, sender=ArticlePage)
def article_withdrawn(sender, instance, **kwargs):
    # A publish announces itself by its time (see sitemaps.article_months); an unpublish or delete does not.
    if instance.first_published_at:
        moment = instance.first_published_at
        transaction.on_commit(lambda: month_changed(moment))
