"""Keep cached menus in step with the page tree."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from krant.core import navigation
from krant.core.models import FooterLink, MenuGroup, PrivacyLink, QuickLink, SiteSettings


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_tree_changed(sender, **kwargs):
    navigation.invalidate()


@receiver(post_delete, sender=Page)
def page_deleted(sender, **kwargs):
    navigation.invalidate()


def settings_changed(sender, **kwargs):
    navigation.invalidate()


# Site: routing keeps each site with its root page per content version (core.routing).
for model in (Site, SiteSettings, MenuGroup, QuickLink, FooterLink, PrivacyLink):
    post_save.connect(settings_changed, sender=model, dispatch_uid=f"navigation-{model.__name__}")
    post_delete.connect(settings_changed, sender=model, dispatch_uid=f"navigation-del-{model.__name__}")
