"""Draw the demo's pictures with Pillow: landscapes, portraits and a logo, all made on this machine.

Every picture is drawn from a seeded random generator, so the same name always gives the same image.
Nothing here touches the database; `krant.demo.services` stores the bytes as images.
"""

import math
import random
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1600, 900
JPEG_QUALITY = 80

# Each palette: sky top, sky bottom (horizon), accent (sun/moon/shapes), land, land detail.
PALETTES = {
    "ochtend": ("#f6c28b", "#fde9c9", "#fff4d6", "#6a8f4e", "#4d6e36"),
    "middag": ("#3f88c5", "#a9d3f0", "#fffbe6", "#5c9e4a", "#3f7a34"),
    "avond": ("#2b1e4a", "#f08a5d", "#ffd27f", "#3b3054", "#241d38"),
    "grijs": ("#5d6d7e", "#c9d3dc", "#eef2f5", "#566b5a", "#3d4f41"),
}


@dataclass(frozen=True)
class Scene:
    key: str
    title: str  # Dutch, used for the image title and captions
    palette: str


# 6 scenes x 4 palettes = 24 distinct pictures.
SCENE_TITLES = {
    "polder": "polderlandschap",
    "zee": "kust en zee",
    "skyline": "stad aan het water",
    "veld": "sportveld",
    "heuvels": "heuvellandschap",
    "abstract": "abstracte vormen",
}
PALETTE_TITLES = {
    "ochtend": "in de ochtend",
    "middag": "overdag",
    "avond": "bij avond",
    "grijs": "op een grijze dag",
}


def all_scenes() -> list[Scene]:
    return [
        Scene(key, f"{title.capitalize()} {PALETTE_TITLES[palette]}", palette)
        for key, title in SCENE_TITLES.items()
        for palette in PALETTES
    ]


def _rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _gradient(size, top, bottom) -> Image.Image:
    """A vertical gradient from `top` to `bottom`, made with Pillow's built-in ramp (fast)."""
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _glow(image: Image.Image, centre, radius, colour) -> None:
    """Paint a soft sun/moon with a halo onto `image`."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x, y = centre
    for step in range(6, 0, -1):
        r = radius * (1 + step * 0.35)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, 18))
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 255))
    image.paste(layer.filter(ImageFilter.GaussianBlur(4)), (0, 0), layer.filter(ImageFilter.GaussianBlur(4)))


def _wave_points(rng, y_base, amplitude, wavelength, phase, width=WIDTH):
    return [
        (
            x,
            y_base + amplitude * math.sin(2 * math.pi * x / wavelength + phase) + rng.uniform(-1.5, 1.5),
        )
        for x in range(0, width + 20, 20)
    ]


def draw_scene(scene: Scene, seed: int = 0) -> Image.Image:
    rng = random.Random(f"{scene.key}-{scene.palette}-{seed}")
    sky_top, sky_bottom, accent, land, detail = (_rgb(c) for c in PALETTES[scene.palette])
    horizon = rng.randint(480, 580)
    image = _gradient((WIDTH, HEIGHT), sky_top, sky_bottom)
    draw = ImageDraw.Draw(image)

    if scene.key in {"polder", "zee", "heuvels", "skyline"}:
        _glow(
            image,
            (rng.randint(250, 1350), rng.randint(150, horizon - 160)),
            rng.randint(45, 80),
            accent,
        )
        draw = ImageDraw.Draw(image)

    if scene.key == "polder":
        draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=land)
        vanishing = (rng.randint(600, 1000), horizon)
        for i in range(-12, 13):
            draw.line((vanishing, (WIDTH / 2 + i * 190, HEIGHT)), fill=detail, width=3)
        for i in range(1, 7):
            y = horizon + (HEIGHT - horizon) * (i / 7) ** 1.8
            draw.line((0, y, WIDTH, y), fill=_mix(land, detail, 0.5), width=2)
        for _ in range(rng.randint(5, 9)):  # a row of trees on the horizon
            x = rng.randint(0, WIDTH)
            r = rng.randint(12, 26)
            draw.ellipse((x - r, horizon - 2.4 * r, x + r, horizon), fill=detail)
        mill_x = rng.randint(200, 1400)  # a windmill, because it is a Dutch polder
        draw.polygon(
            [
                (mill_x - 22, horizon),
                (mill_x + 22, horizon),
                (mill_x + 12, horizon - 110),
                (mill_x - 12, horizon - 110),
            ],
            fill=detail,
        )
        angle = rng.uniform(0, math.pi / 2)
        for k in range(4):
            a = angle + k * math.pi / 2
            draw.line(
                (
                    mill_x,
                    horizon - 110,
                    mill_x + 95 * math.cos(a),
                    horizon - 110 + 95 * math.sin(a),
                ),
                fill=detail,
                width=7,
            )
    elif scene.key == "zee":
        sea_top = _mix(sky_top, land, 0.35)
        sea = _gradient(
            (WIDTH, HEIGHT - horizon),
            _mix(sky_bottom, sea_top, 0.6),
            _mix(sea_top, (10, 30, 60), 0.4),
        )
        image.paste(sea, (0, horizon))
        draw = ImageDraw.Draw(image)
        for i in range(14):
            y = horizon + 12 + i**1.55 * 6
            draw.line(
                _wave_points(rng, y, 3 + i * 0.8, rng.randint(120, 260), rng.uniform(0, 6)),
                fill=_mix(sky_bottom, (255, 255, 255), 0.3),
                width=2 + i // 5,
            )
        draw.polygon(
            [(0, HEIGHT), (0, HEIGHT - 110), (700, HEIGHT - 40), (900, HEIGHT)],
            fill=_mix(accent, land, 0.3),
        )
    elif scene.key == "skyline":
        water = horizon + 140
        x = 0
        while x < WIDTH:
            w = rng.randint(60, 150)
            h = rng.randint(90, 360)
            shade = _mix(_mix(land, (70, 72, 84), 0.7), (20, 20, 30), rng.uniform(0.1, 0.5))
            draw.rectangle((x, water - h, x + w, water), fill=shade)
            for wy in range(water - h + 14, water - 10, 24):
                for wx in range(x + 10, x + w - 12, 22):
                    if rng.random() < 0.35:
                        draw.rectangle((wx, wy, wx + 9, wy + 12), fill=_mix(accent, shade, 0.2))
            x += w + rng.randint(0, 14)
        reflection = image.crop((0, water - 360, WIDTH, water)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        reflection = Image.blend(
            reflection, Image.new("RGB", reflection.size, _mix(sky_top, land, 0.5)), 0.55
        )
        image.paste(reflection.crop((0, 0, WIDTH, HEIGHT - water)), (0, water))
        draw = ImageDraw.Draw(image)
        for i in range(10):
            y = water + 10 + i * 24
            draw.line(_wave_points(rng, y, 2, 90, i), fill=_mix(sky_bottom, land, 0.4), width=1)
    elif scene.key == "veld":
        # A pitch seen from above: mown stripes and white lines; the palette picks the surface.
        surfaces = {
            "ochtend": ((70, 140, 60), (82, 156, 70)),
            "middag": ((196, 98, 52), (210, 110, 62)),  # clay
            "avond": ((40, 92, 150), (48, 104, 166)),  # hard court
            "grijs": ((58, 110, 64), (66, 122, 72)),
        }
        dark, light = surfaces[scene.palette]
        stripe = WIDTH // 10
        for i in range(10):
            draw.rectangle((i * stripe, 0, (i + 1) * stripe, HEIGHT), fill=dark if i % 2 else light)
        white = (245, 245, 240)
        margin = 90
        draw.rectangle((margin, margin, WIDTH - margin, HEIGHT - margin), outline=white, width=8)
        draw.line((WIDTH / 2, margin, WIDTH / 2, HEIGHT - margin), fill=white, width=8)
        r = 130
        draw.ellipse((WIDTH / 2 - r, HEIGHT / 2 - r, WIDTH / 2 + r, HEIGHT / 2 + r), outline=white, width=8)
        for side in (margin, WIDTH - margin):
            depth = 220 if side == margin else -220
            draw.rectangle(
                (
                    min(side, side + depth),
                    HEIGHT / 2 - 220,
                    max(side, side + depth),
                    HEIGHT / 2 + 220,
                ),
                outline=white,
                width=8,
            )
        ball = (rng.randint(300, 1300), rng.randint(250, 650))
        draw.ellipse((ball[0] - 16, ball[1] - 16, ball[0] + 16, ball[1] + 16), fill=white)
        draw.ellipse(
            (ball[0] - 10, ball[1] + 18, ball[0] + 22, ball[1] + 26),
            fill=_mix(dark, (0, 0, 0), 0.3),
        )
    elif scene.key == "heuvels":
        layers = 5
        for i in range(layers):
            t = (i + 1) / layers
            colour = _mix(_mix(sky_bottom, sky_top, 0.3), detail, t)
            base = horizon - 140 + i * 95
            points = _wave_points(rng, base, 40 + i * 12, rng.randint(500, 900), rng.uniform(0, 6))
            draw.polygon([(0, HEIGHT), *points, (WIDTH, HEIGHT)], fill=colour)
        for _ in range(rng.randint(3, 6)):  # a few birds
            bx, by = rng.randint(100, WIDTH - 100), rng.randint(80, horizon - 200)
            draw.line([(bx - 18, by - 6), (bx, by + 4), (bx + 18, by - 6)], fill=detail, width=4)
    else:  # abstract
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        ldraw = ImageDraw.Draw(layer)
        colours = [accent, land, detail, sky_top, _mix(accent, land, 0.5)]
        for _ in range(rng.randint(9, 14)):
            r = rng.randint(60, 320)
            x, y = rng.randint(-100, WIDTH + 100), rng.randint(-100, HEIGHT + 100)
            c = rng.choice(colours)
            if rng.random() < 0.6:
                ldraw.ellipse((x - r, y - r, x + r, y + r), fill=(*c, rng.randint(70, 160)))
            else:
                ldraw.rounded_rectangle(
                    (x - r, y - r / 2, x + r, y + r / 2),
                    radius=r // 4,
                    fill=(*c, rng.randint(70, 150)),
                )
        for i in range(6):
            y = 120 + i * 130
            ldraw.line(_wave_points(rng, y, 30, 700, i), fill=(255, 255, 255, 60), width=3)
        image = Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
    return image


def draw_portrait(seed: str, size: int = 600) -> Image.Image:
    """A friendly, faceless bust on a coloured background: a portrait placeholder."""
    rng = random.Random(seed)
    backgrounds = [
        ("#d9e8f5", "#8fb8de"),
        ("#f7e1d7", "#e0a890"),
        ("#e3f0dc", "#9cc28a"),
        ("#ece4f6", "#b39ddb"),
    ]
    skins = ["#f1d2b6", "#e0b48f", "#c68e63", "#9a6440", "#6e4a2e"]
    hairs = ["#2b1d14", "#5a3a22", "#a8763e", "#d9b26f", "#8c8c8c", "#1a1a1a"]
    clothes = ["#2f4858", "#8a3b3b", "#33658a", "#3f7d4e", "#6b4e71", "#444444"]
    top, bottom = (_rgb(c) for c in rng.choice(backgrounds))
    image = _gradient((size, size), top, bottom)
    draw = ImageDraw.Draw(image)
    cx = size / 2
    skin, hair, cloth = _rgb(rng.choice(skins)), _rgb(rng.choice(hairs)), _rgb(rng.choice(clothes))
    # shoulders
    draw.ellipse((cx - size * 0.38, size * 0.68, cx + size * 0.38, size * 1.25), fill=cloth)
    draw.rectangle((cx - size * 0.06, size * 0.55, cx + size * 0.06, size * 0.72), fill=skin)
    # hair behind the head (long or short)
    head_r = size * 0.17
    head_y = size * 0.42
    if rng.random() < 0.5:
        draw.rounded_rectangle(
            (cx - head_r * 1.15, head_y - head_r * 1.1, cx + head_r * 1.15, head_y + head_r * 1.6),
            radius=int(head_r),
            fill=hair,
        )
    draw.ellipse((cx - head_r, head_y - head_r * 1.15, cx + head_r, head_y + head_r * 1.15), fill=skin)
    draw.chord(
        (cx - head_r * 1.05, head_y - head_r * 1.3, cx + head_r * 1.05, head_y + head_r * 0.6),
        180,
        360,
        fill=hair,
    )
    if rng.random() < 0.3:  # glasses
        for side in (-1, 1):
            gx = cx + side * head_r * 0.42
            draw.ellipse((gx - 22, head_y - 8, gx + 22, head_y + 30), outline=(40, 40, 40), width=5)
        draw.line(
            (cx - head_r * 0.42 + 22, head_y + 8, cx + head_r * 0.42 - 22, head_y + 8),
            fill=(40, 40, 40),
            width=4,
        )
    return image


def draw_logo(text: str = "krant") -> Image.Image:
    """The demo masthead: the publication's name in white on a rounded block."""
    width, height = 720, 200
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=36, fill=(11, 79, 108, 255))
    try:
        font = ImageFont.load_default(size=132)
    except (TypeError, OSError):  # Pillow without FreeType: the bitmap font, still legible
        font = ImageFont.load_default()
    box = draw.textbbox((0, 0), text, font=font)
    x = (width - (box[2] - box[0])) / 2 - box[0]
    y = (height - (box[3] - box[1])) / 2 - box[1]
    draw.text((x, y), text, font=font, fill=(255, 255, 255, 255))
    draw.ellipse((width - 78, height - 78, width - 46, height - 46), fill=(242, 169, 59, 255))
    return image


def to_jpeg(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return buffer.getvalue()


def to_png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
