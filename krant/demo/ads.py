"""The demo's advertising: the ad settings with a rate card and ads.txt, and a few house ads.

The words are data (content/site.toml, [advertising]); this only stores them, once.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from wagtail.models import Site

from krant.ads.models import AdSettings, HouseAd, Rate


def load_ads(site: Site, data: dict, now: datetime) -> None:
    """Store the demo's ad settings and house ads where there are none yet."""
    setting, _created = AdSettings.objects.get_or_create(site=site)
    if not setting.rates.exists():
        setting.ads_txt = data["ads_txt"].strip()
        setting.rate_card_note = data["rate_card_note"]
        setting.rates = [
            Rate(sort_order=order, price=Decimal(rate.pop("price")), **rate)
            for order, rate in enumerate(dict(rate) for rate in data["rates"])
        ]
        setting.save()
    if not HouseAd.objects.exists():
        for ad in data["house_ads"]:
            fields = dict(ad)
            days = fields.pop("days", None)
            HouseAd.objects.create(ends_at=now + timedelta(days=days) if days else None, **fields)
