"""A member's name or labels changed (by the member, or by the newsroom in the admin): purge their pages.
A reader verified an email address: the comments imported under it become theirs."""

from allauth.account.signals import email_confirmed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from krant.community import comments, services
from krant.community.models import CommunitySettings, Member
from krant.core.purge import purge


@receiver(post_save, sender=Member)
@receiver(post_delete, sender=Member)
def purge_member_pages(sender, instance, **kwargs):
    purge([instance.cache_key])


@receiver(post_save, sender=CommunitySettings)
def purge_community_settings(sender, instance, created, **kwargs):
    # Who may read comments (open_reading) and when threads close: every cached thread depends on them.
    # A row made by its first read (Wagtail's for_site) holds the defaults pages were rendered with.
    if not created:
        comments.rules_saved()
        purge([CommunitySettings.cache_key])


@receiver(email_confirmed)
def claim_imported_history(sender, request, email_address, **kwargs):
    services.claim_imported_history(email_address.user, email_address.email)
