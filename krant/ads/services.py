"""Which ad goes in a slot: one of the house ads running now, or the ad server's tag.

House ads and the ad settings are kept in each process per version of the key `ads` (one shared-store read
per render, the rows only after a change, which purges `ads` on commit: signals.py). The pick is seeded by
the page, the slot and the running ads themselves (their ids and when each was last changed): only what is
stored with the ads, never a version read from a cache that may have lost it (a miss would start a new
version, and another process or the next render would pick another ad). So every reader gets the same
bytes for a page (the page cache keeps one copy), pages differ, and the picks change when the ads do.
"""

import math
import random
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Site

from krant.ads.models import AdSettings, HouseAd
from krant.ads.slots import SLOTS
from krant.core import consent
from krant.core.pagecache import lasting_version, limit_lifetime

KEY = "ads"


@dataclass(frozen=True)
class Placement:
    """What the ad settings say about where ads go, as plain values a process can keep."""

    in_article_after: int = 3
    listing_after: int = 5


def _image(ad: HouseAd) -> dict | None:
    if ad.image is None:
        return None
    size = SLOTS[ad.slot].largest
    rendition = ad.image.get_rendition(f"fill-{size.width}x{size.height}|format-webp")
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def shown(ad: HouseAd) -> dict:
    """Return what the template shows of `ad`: plain values, so a process can keep them."""
    return {
        "id": ad.pk,
        "slot": ad.slot,
        "advertiser": ad.advertiser,
        "headline": ad.headline,
        "text": ad.text,
        "link": ad.link_url,
        "image": _image(ad),
        "starts_at": ad.starts_at,
        "ends_at": ad.ends_at,
        "weight": ad.weight,
        "updated_at": ad.updated_at,
    }


def _state(site_id: int | None) -> dict:
    """Return {'ads': [...], 'placement': Placement}, kept in this process per version of `ads`."""
    cache_key = f"krant:ads:{site_id}:{lasting_version(KEY)}"
    local = caches["local"]
    state = local.get(cache_key)
    if state is None:
        now = timezone.now()
        ads = HouseAd.objects.filter(active=True).exclude(ends_at__lte=now).select_related("image")
        ads = ads.prefetch_related("image__renditions")  # one query for every image ad's rendition
        setting = AdSettings.objects.filter(site_id=site_id).first() if site_id else None
        placement = Placement(setting.in_article_after, setting.listing_after) if setting else Placement()
        state = {"ads": [shown(ad) for ad in ads.order_by("pk")], "placement": placement}
        local.set(cache_key, state)
    return state


def site_id_of(request) -> int | None:
    site = Site.find_for_request(request) if request is not None else None  # kept on the request
    return site.pk if site else None


def placement(request) -> Placement:
    return _state(site_id_of(request))["placement"]


def running(ads: list[dict], slot: str, at) -> list[dict]:
    return [
        ad
        for ad in ads
        if ad["slot"] == slot
        and (ad["starts_at"] is None or ad["starts_at"] <= at)
        and (ad["ends_at"] is None or ad["ends_at"] > at)
    ]


def next_change(ads: list[dict], slot: str, at):
    """Return when the running ads of `slot` change next by the clock (a start or an end), or None."""
    moments = [
        moment
        for ad in ads
        if ad["slot"] == slot
        for moment in (ad["starts_at"], ad["ends_at"])
        if moment is not None and moment > at
    ]
    return min(moments, default=None)


def house_ad(request, slot: str, position: int = 0) -> dict | None:
    """Return the house ad for `slot` on this page (None when none runs), and keep no cached copy of the
    page past the moment the running ads change."""
    ads = _state(site_id_of(request))["ads"]
    now = timezone.now()
    change = next_change(ads, slot, now)
    if change is not None:
        limit_lifetime(request, max(1, math.ceil((change - now).total_seconds())), exact=True)
    candidates = running(ads, slot, now)
    if not candidates:
        return None
    return pick(candidates, request.path if request else "", slot, position)


def pick(candidates: list[dict], path: str, slot: str, position: int) -> dict:
    """Return one of `candidates` by weight, the same in every process for the same page, slot and ads."""
    ads = ",".join(f"{ad['id']}@{ad['updated_at'].isoformat()}" for ad in candidates)
    seed = f"{path}:{slot}:{position}:{ads}"  # a str seed is hashed with SHA-512: no PYTHONHASHSEED
    return random.Random(seed).choices(candidates, weights=[ad["weight"] for ad in candidates])[0]  # noqa: S311


def ad_server_url() -> str:
    return settings.AD_SERVER_URL


def uses_ad_server(page_consent) -> bool:
    """Whether the ad server fills the slots: it is configured and the reader allows advertising."""
    return bool(ad_server_url()) and consent.allows(page_consent, consent.Category.ADVERTISING)


def ads_allowed(page) -> bool:
    """Whether `page` may carry ads: a reader page that is not marked sensitive nor opts out."""
    return page is not None and getattr(page, "show_ads", True) and not getattr(page, "sensitive", False)


@transaction.atomic
def save_house_ad(ad: HouseAd, user=None) -> HouseAd:
    """Check and save `ad` as the admin does, with its line in Wagtail's log; raise ValidationError."""
    ad.full_clean()
    action = "wagtail.edit" if ad.pk else "wagtail.create"
    ad.save()
    log(instance=ad, action=action, user=user)
    return ad
