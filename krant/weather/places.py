"""The places readers look up: the Netherlands' larger towns and municipalities, from places.csv.

The file ships with the app (names and approximate coordinates are facts, written down for krant) and is read
once per process; places change by a release, never by an editor.
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.text import slugify

PLACES_FILE = Path(__file__).with_name("places.csv")

PROVINCES = (
    "Groningen",
    "Friesland",
    "Drenthe",
    "Overijssel",
    "Flevoland",
    "Gelderland",
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Zeeland",
    "Noord-Brabant",
    "Limburg",
)


@dataclass(frozen=True)
class Place:
    name: str
    slug: str
    province: str
    latitude: float
    longitude: float


@cache
def all_places() -> dict[str, Place]:
    """Return every place by slug, in the file's order."""
    places = {}
    with PLACES_FILE.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            place = Place(
                name=row["naam"],
                slug=slugify(row["naam"].replace("'", "")),
                province=row["provincie"],
                latitude=float(row["breedte"]),
                longitude=float(row["lengte"]),
            )
            places[place.slug] = place
    return places


def get(slug: str) -> Place | None:
    return all_places().get(slug)


def search(query: str, limit: int = 20) -> list[Place]:
    """Return the places whose name contains `query` (any case), those starting with it first."""
    needle = " ".join(query.split()).casefold()[:80]
    if not needle:
        return []
    found = [place for place in all_places().values() if needle in place.name.casefold()]
    found.sort(key=lambda place: (not place.name.casefold().startswith(needle), place.name))
    return found[:limit]


CAPITALS = (
    "groningen",
    "leeuwarden",
    "assen",
    "zwolle",
    "lelystad",
    "arnhem",
    "utrecht",
    "haarlem",
    "den-haag",
    "middelburg",
    "s-hertogenbosch",
    "maastricht",
)


def capitals() -> list[Place]:
    """Return the twelve provincial capitals, north to south."""
    return [all_places()[slug] for slug in CAPITALS]
