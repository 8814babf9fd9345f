"""An editor's change to a partner (its name, switched off) changes the shop pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from krant.core.purge import purge
from krant.shop.models import PURGE_KEY, Partner


@receiver(post_save, sender=Partner)
@receiver(post_delete, sender=Partner)
def partner_changed(sender, **kwargs):
    purge({PURGE_KEY})
