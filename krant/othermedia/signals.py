"""An outlet renamed or removed in the admin changes the page listing its items."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from krant.core.purge import purge
from krant.othermedia.models import OutletFeed


@receiver(post_save, sender=OutletFeed)
@receiver(post_delete, sender=OutletFeed)
def outlet_changed(sender, **kwargs):
    purge({"othermedia"})
