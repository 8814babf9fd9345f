"""A liveblog's publish, unpublish or delete changes which liveblogs are open (the 'Live' label).

The article's own purges (krant.news.signals) cover its pages and teasers; this drops the set of open ids.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from krant.core.purge import purge
from krant.liveblogs.models import LiveBlogPage, open_set_changed


@receiver(page_published)
@receiver(page_unpublished)
def liveblog_published(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, LiveBlogPage):
        open_set_changed()
        purge({instance.specific_deferred.cache_key})


@receiver(post_delete, sender=LiveBlogPage)
def liveblog_deleted(sender, instance, **kwargs):
    open_set_changed()
    purge({instance.cache_key})
