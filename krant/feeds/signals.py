"""Keep what feeds and structured data cache in step with the pages' view restrictions."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

from krant.core import navigation


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    # Which pages are public decides feed links, breadcrumbs and the menus, all cached per version.
    navigation.invalidate()
