"""A fact check's publish, unpublish, move or delete changes the fact-check listing and its feed.

The article's own purges (krant.news.signals) cover its page, its teasers and the listings every article
joins; this purges `factchecks`, the key of /overig/factcheck/ and its feed.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from krant.core.purge import purge
from krant.factcheck.models import LISTING_KEY, FactCheckIndexPage, FactCheckPage


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def fact_check_changed(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, (FactCheckPage, FactCheckIndexPage)):
        purge({LISTING_KEY})


@receiver(post_delete, sender=FactCheckPage)
def fact_check_deleted(sender, instance, **kwargs):
    purge({LISTING_KEY})
