"""A banner saved or deleted: one banner on, every page purged, the open pages told (on commit)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.log_actions import log

from krant.banner.models import Banner
from krant.core.purge import purge
from krant.core.versions import new_version
from krant.live import events


@receiver(post_save, sender=Banner)
def banner_saved(sender, instance, **kwargs):
    if instance.active:
        # The rule: the banner switched on last is the one on the site.
        for other in Banner.objects.filter(active=True).exclude(pk=instance.pk):
            other.active = False
            other.save(update_fields=["active", "updated_at"])
            log(instance=other, action="banner.replaced")
    changed()


@receiver(post_delete, sender=Banner)
def banner_deleted(sender, instance, **kwargs):
    changed()


def changed() -> None:
    purge({"banner"})
    # After the purge (on_commit keeps the order): the page loads the fragment at a new address per version,
    # so no cache can answer it with the old banner. No text in the event: the fragment carries it.
    events.publish(events.SITE, type="banner", version=new_version())
