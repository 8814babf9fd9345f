"""Images in API responses: the WebP renditions the reader site serves, with alt text, caption and credit.

The widths are those of the article page's srcset and the thumbnail is the site's teaser crop, so the API
adds no image files of its own. Renditions of all images in a response are read in one query
(`prefetch_renditions`); a rendition that does not exist yet is made once, on first request, as on the site.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images.models import SourceImageIOError

from krant.api.links import absolute
from krant.core.models import KrantImage, KrantRendition

logger = logging.getLogger(__name__)

WIDTHS = (400, 800, 1200)  # as the article page's srcset
SIZED_SPECS = tuple(f"width-{width}|format-webp" for width in WIDTHS)
THUMBNAIL_SPEC = "fill-320x180|format-webp"  # as the site's teasers: 16:9
SPECS = (*SIZED_SPECS, THUMBNAIL_SPEC)
FORMAT = "webp"


@dataclass(frozen=True)
class Rendition:
    url: str
    width: int
    height: int
    format: str = FORMAT


@dataclass(frozen=True)
class Picture:
    """An image as a response shows it: the original's size, its renditions and the words beside it."""

    id: int
    alt: str
    caption: str | None
    credit: str | None
    width: int
    height: int
    renditions: list[Rendition]
    thumbnail: Rendition


def prefetch_renditions(images: Iterable[KrantImage | None]) -> None:
    """Load the renditions this module uses of all `images` in one query."""
    images = [image for image in images if image is not None]
    renditions = KrantRendition.objects.filter(filter_spec__in=SPECS)
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def picture(image: KrantImage | None, caption: str = "", credit: str = "") -> Picture | None:
    """Return `image` for a response, or None when there is none or its file is missing.

    `caption` and `credit` override what is stored with the image; an empty caption or credit becomes None.
    """
    if image is None:
        return None
    try:
        renditions = image.get_renditions(*SPECS)
    except SourceImageIOError:
        # The original file is gone from storage: better no image than a broken one (or a 500).
        logger.warning("Image %s has no original file; left out of the API response", image.pk)
        return None
    # The original may be narrower than a width asked for: Wagtail never enlarges, so keep one per width.
    sized: dict[int, Rendition] = {}
    for spec in SIZED_SPECS:
        rendition = as_rendition(renditions[spec])
        sized.setdefault(rendition.width, rendition)
    return Picture(
        id=image.pk,
        alt=image.default_alt_text,
        caption=caption or image.caption or None,
        credit=credit or image.credit or None,
        width=image.width,
        height=image.height,
        renditions=list(sized.values()),
        thumbnail=as_rendition(renditions[THUMBNAIL_SPEC]),
    )


def as_rendition(rendition: KrantRendition) -> Rendition:
    return Rendition(url=absolute(rendition.url), width=rendition.width, height=rendition.height)
