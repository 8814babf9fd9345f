"""An editor's change to a channel, a group or a tip changes the Tv-gids pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from krant.core.purge import purge
from krant.tvguide.models import PURGE_KEY, Channel, ChannelGroup, Programme


@receiver(post_save, sender=Channel)
@receiver(post_delete, sender=Channel)
@receiver(post_save, sender=ChannelGroup)
@receiver(post_delete, sender=ChannelGroup)
@receiver(post_save, sender=Programme)
def guide_changed(sender, **kwargs):
    purge({PURGE_KEY})
