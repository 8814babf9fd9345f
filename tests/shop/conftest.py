"""Recorded feeds (data/) and partners for the shop's tests."""

from pathlib import Path

from krant.shop.models import Partner

DATA = Path(__file__).with_name("data")


def data(name: str) -> bytes:
    return (DATA / name).read_bytes()


def make_partner(slug: str = "testwinkel", kind: str = Partner.Kind.SHOP, **fields) -> Partner:
    fields.setdefault("feed_url", f"https://{slug}.example/feed")
    return Partner.objects.create(slug=slug, name=slug.replace("-", " ").title(), kind=kind, **fields)
