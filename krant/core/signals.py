"""What core purges: any page's own address, the menus, site settings and view restrictions.

Each change reaches readers through krant.core.purge after its transaction commits, and the menus'
version (krant.core.navigation) moves in the shared store on commit too, so no process keeps serving
the old menus. Apps purge what their own content shows (news: articles and listings; authors;
othermedia) in receivers of their own.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from krant.core import navigation
from krant.core.models import FooterLink, MenuGroup, PrivacyLink, QuickLink, SiteSettings
from krant.core.purge import purge

# A restriction may hide an article, a section or a whole archive folder from every listing: rare
# enough to purge every listing rather than work out which.
RESTRICTION_KEYS = ("menus", "front", "latest", "most-read")


def page_tree_changed(page: Page) -> None:
    """Purge the page's own address, and the menus when it may be in one."""
    transaction.on_commit(lambda: navigation.invalidate(page))
    keys = {f"page:{page.pk}"}
    if navigation.may_be_in_menus(page):
        keys.add("menus")
    purge(keys)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance, **kwargs):
    page_tree_changed(instance)


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    page_tree_changed(instance)


def settings_changed(sender, **kwargs):
    transaction.on_commit(navigation.invalidate)
    purge({"menus"})


# Site: routing keeps each site with its root page per content version (core.routing).
for model in (Site, SiteSettings, MenuGroup, QuickLink, FooterLink, PrivacyLink):
    post_save.connect(settings_changed, sender=model, dispatch_uid=f"navigation-{model.__name__}")
    post_delete.connect(settings_changed, sender=model, dispatch_uid=f"navigation-del-{model.__name__}")


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, instance, **kwargs):
    # Which pages are public decides listings, feed links, breadcrumbs and the menus.
    transaction.on_commit(navigation.invalidate)
    page = instance.page_id
    purge({*RESTRICTION_KEYS, f"page:{page}", f"article:{page}", f"section:{page}", f"dossier:{page}"})


@receiver(post_save, sender=Revision)
def revision_scheduled(sender, instance, **kwargs):
    # A go-live time set for later changes nothing readers see yet, but pages must not be cached past it.
    if instance.approved_go_live_at is not None:
        purge({f"page:{instance.object_id}"})
