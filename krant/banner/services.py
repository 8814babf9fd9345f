"""What the banner shows now, ending it on time, and setting it from code (the shell, tests).

Every change of a banner purges the key `banner` on commit (signals.py): every reader page carries it
(pagecache.register_page_key), so every cached page, in every process and in Varnish, is dropped at once.
"""

import math

from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from krant.banner.models import Banner
from krant.core.pagecache import lasting_version, limit_lifetime

KEY = "banner"


def current() -> dict | None:
    """Return the banner to show now (plain values), or None.

    Kept in this process per version of the key `banner`: one shared-store read per render, the row only
    after a change. The end time is checked on every call, so a banner ends on time even before the
    scheduler switches it off.
    """
    cache_key = f"krant:banner:{lasting_version(KEY)}"
    local = caches["local"]
    found = local.get(cache_key)
    if found is None:
        banner = (
            Banner.objects.filter(active=True).select_related("link_page").order_by("-updated_at").first()
        )
        found = banner.shown() if banner else {}
        local.set(cache_key, found)
    if not found or (found["ends_at"] is not None and found["ends_at"] <= timezone.now()):
        return None
    return found


def limit_to_end(request, banner: dict | None) -> None:
    """Keep no cached copy of a page showing `banner` past the banner's end."""
    if request is not None and banner and banner["ends_at"] is not None:
        seconds = math.ceil((banner["ends_at"] - timezone.now()).total_seconds())
        limit_lifetime(request, max(1, seconds), exact=True)


@transaction.atomic
def save_banner(banner: Banner, user=None) -> Banner:
    """Check and save `banner` as the admin does, with its line in Wagtail's log; raise ValidationError."""
    banner.full_clean()
    action = "wagtail.edit" if banner.pk else "wagtail.create"
    banner.save()
    log(instance=banner, action=action, user=user)
    return banner


@transaction.atomic
def remove_banner(banner: Banner, user=None) -> None:
    log(instance=banner, action="wagtail.delete", user=user, deleted=True)
    banner.delete()


def end_due_banners() -> None:
    """Switch off every banner whose end time has passed (the scheduler, every round; one query if none)."""
    for banner in Banner.objects.filter(active=True, ends_at__lte=timezone.now()):
        with transaction.atomic():
            banner.active = False
            banner.save(update_fields=["active", "updated_at"])
            log(instance=banner, action="banner.ended")
