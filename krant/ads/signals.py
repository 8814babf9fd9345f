"""A house ad or the ad settings changed: every page with ad slots is purged (on commit)."""

from django.db.models.signals import post_delete, post_save

from krant.ads.models import AdSettings, HouseAd, Rate
from krant.core.purge import purge


def ads_changed(sender, **kwargs):
    purge({"ads"})


for model in (HouseAd, AdSettings, Rate):
    post_save.connect(ads_changed, sender=model, dispatch_uid=f"ads-{model.__name__}")
    post_delete.connect(ads_changed, sender=model, dispatch_uid=f"ads-del-{model.__name__}")
