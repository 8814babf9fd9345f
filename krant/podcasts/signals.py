"""A series or episode published, unpublished or deleted changes /podcast/, its series' page and feed.

Core purges the page's own `page:<id>`; these are the lists and feeds that show it.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from krant.core.purge import purge
from krant.podcasts.models import PodcastEpisodePage, PodcastSeriesPage


def keys_for(page) -> set[str]:
    if isinstance(page, PodcastSeriesPage):
        return {"podcasts", f"podcast:{page.pk}"}
    # By path, not get_parent(): on a delete the parent may be gone already.
    parent = Page.objects.filter(path=page.path[: -page.steplen]).values_list("pk", flat=True).first()
    return {"podcasts", f"podcast:{parent}"} if parent else {"podcasts"}


@receiver(page_published, sender=PodcastSeriesPage)
@receiver(page_published, sender=PodcastEpisodePage)
@receiver(page_unpublished, sender=PodcastSeriesPage)
@receiver(page_unpublished, sender=PodcastEpisodePage)
@receiver(post_delete, sender=PodcastSeriesPage)
@receiver(post_delete, sender=PodcastEpisodePage)
def podcast_changed(sender, instance, **kwargs):
    purge(keys_for(instance))
