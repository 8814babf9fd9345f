"""Load the demo's shop partners and their feeds (content/shop/, format in partners.toml) through the real
importer, offline: each feed file is stored as the partner's uploaded feed, and the products' pictures are
drawn here instead of fetched from the invented .example addresses."""

import hashlib
import io
import tomllib
from pathlib import Path

from django.core.files.base import ContentFile
from django.db.models import F
from django.utils import timezone
from PIL import Image, ImageDraw

from krant.shop.models import Partner, Product
from krant.shop.services import import_partner, record, store_image

CONTENT = Path(__file__).with_name("content") / "shop"
COLOURS = ["#1d4e89", "#00798c", "#d1495b", "#edae49", "#66a182", "#2e4057", "#8d6a9f", "#c36f09"]


def read_partners(path: Path = CONTENT / "partners.toml") -> list[dict]:
    with path.open("rb") as file:
        return tomllib.load(file)["partner"]


def load_shop() -> int:
    """Create the demo partners that are missing, import their feeds and draw their pictures; return the
    number of products created."""
    created = 0
    for spec in read_partners():
        partner = Partner.objects.filter(slug=spec["slug"]).first()
        if partner is None:
            partner = Partner(
                slug=spec["slug"],
                name=spec["name"],
                kind=spec["kind"],
                format=spec["format"],
                affiliate_template=spec.get("affiliate", ""),
            )
            partner.feed_file.save(
                spec["file"], ContentFile((CONTENT / spec["file"]).read_bytes()), save=False
            )
            partner.full_clean()
            partner.save()
        # The shipped file itself, not the stored copy: a data directory may have lost its media.
        report = import_partner(partner, (CONTENT / spec["file"]).read_bytes())
        record(partner, timezone.now(), report)
        created += report.created
    draw_pictures()
    return created


def draw_pictures() -> None:
    """Give every demo product without a picture a drawn one, as if copied from its image_link."""
    waiting = Product.objects.exclude(image_link="").exclude(image_source=F("image_link"))
    for product in waiting:
        name, (width, height) = store_image(product.image_link, picture(product.offer_id, product.title))
        Product.objects.filter(pk=product.pk).update(
            image=name, image_width=width, image_height=height, image_source=product.image_link
        )


def picture(seed: str, title: str) -> bytes:
    """Return a simple drawn product picture: a coloured object on a light ground, its initials on it."""
    number = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    colour = COLOURS[number % len(COLOURS)]
    image = Image.new("RGB", (320, 320), "#f3efe6")
    draw = ImageDraw.Draw(image)
    shape = number // len(COLOURS) % 3
    if shape == 0:
        draw.rounded_rectangle((80, 50, 240, 270), radius=12, fill=colour)  # a book or a box
        draw.rectangle((92, 50, 100, 270), fill="#1a1a1a")
    elif shape == 1:
        draw.ellipse((70, 70, 250, 250), fill=colour)  # a bowl, a lens, a mug from above
        draw.ellipse((120, 120, 200, 200), fill="#f3efe6")
    else:
        draw.polygon([(160, 40), (270, 270), (50, 270)], fill=colour)  # a tent, a coat
    initials = "".join(word[0] for word in title.split()[:2] if word[:1].isalnum()).upper()
    draw.text((160, 290), initials, fill="#333333", anchor="mm", font_size=22)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
