"""Draw the demo's pictures with Pillow: one simple illustration per story subject, portraits and a logo.

Each subject (a bridge, a football pitch, a wind farm ...) is a small drawing function; a story names
its subject in its TOML file. Every subject comes in `VARIANTS` colourings (day, evening, grey), so
stories about the same thing do not share one picture. Drawing is deterministic: the same subject and
variant always give the same image. Nothing here touches the database; `krant.demo.services` stores
the bytes as images.
"""

import math
import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1600, 900
HORIZON = 600
JPEG_QUALITY = 80
VARIANTS = 3

# Per variant: sky top, sky at the horizon, sun, land, water, ink (lines), accent, light, wall (indoors).
PALETTES = [
    {"top": "#3f88c5", "horizon": "#cfe6f5", "sun": "#fff1b8", "land": "#6a9f4e", "water": "#2f6f9f",
     "ink": "#263238", "accent": "#e4572e", "light": "#ffffff", "wall": "#e9edf2"},
    {"top": "#2b1e4a", "horizon": "#f08a5d", "sun": "#ffd27f", "land": "#4a4063", "water": "#3c4f7a",
     "ink": "#1b1b2f", "accent": "#f2a93b", "light": "#fde9c9", "wall": "#f3e3d3"},
    {"top": "#5d6d7e", "horizon": "#c9d3dc", "sun": "#eef2f5", "land": "#5b7360", "water": "#4a6572",
     "ink": "#22313a", "accent": "#2a9d8f", "light": "#f4f4f4", "wall": "#dde3e6"},
]  # fmt: skip

SUBJECTS = {}  # key -> Dutch title, used for the image title and default caption
_DRAWERS = {}


def subject(key: str, title: str):
    """Register a drawing function for a story subject."""

    def register(function):
        SUBJECTS[key] = title
        _DRAWERS[key] = function
        return function

    return register


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
    # Only the square around the sun is drawn and blurred: a full-size layer made drawing ten times slower.
    reach = int(radius * 3.2)
    size = (2 * reach, 2 * reach)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for step in range(6, 0, -1):
        r = radius * (1 + step * 0.35)
        draw.ellipse((reach - r, reach - r, reach + r, reach + r), fill=(*colour, 18))
    draw.ellipse((reach - radius, reach - radius, reach + radius, reach + radius), fill=(*colour, 255))
    layer = layer.filter(ImageFilter.GaussianBlur(4))
    image.paste(layer, (int(centre[0]) - reach, int(centre[1]) - reach), layer)


class Canvas:
    """An image with its palette and seeded generator, and the shapes most subjects share."""

    def __init__(self, variant: int, seed: str):
        self.p = {name: _rgb(value) for name, value in PALETTES[variant % VARIANTS].items()}
        self.rng = random.Random(f"{seed}:{variant}")
        self.image = Image.new("RGB", (WIDTH, HEIGHT), self.p["wall"])
        self.draw = ImageDraw.Draw(self.image)

    def outdoors(self, horizon: int = HORIZON, sun: bool = True, ground: str = "land") -> None:
        self.image.paste(_gradient((WIDTH, horizon), self.p["top"], self.p["horizon"]), (0, 0))
        if sun:
            _glow(self.image, (self.rng.randint(250, 1350), self.rng.randint(110, 220)), 55, self.p["sun"])
        self.draw = ImageDraw.Draw(self.image)
        self.draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=self.p[ground])

    def clouds(self, n: int = 3, colour=None) -> None:
        colour = colour or _mix(self.p["light"], self.p["horizon"], 0.3)
        for _ in range(n):
            x, y = self.rng.randint(0, WIDTH - 300), self.rng.randint(60, 260)
            for dx, dy, r in ((0, 20, 50), (60, 0, 70), (130, 20, 55), (60, 35, 60)):
                self.draw.ellipse((x + dx - r, y + dy - r, x + dx + r, y + dy + r), fill=colour)

    def water(self, top: int) -> None:
        self.draw.rectangle((0, top, WIDTH, HEIGHT), fill=self.p["water"])
        light = _mix(self.p["water"], self.p["light"], 0.35)
        for _ in range(40):
            x, y = self.rng.randint(0, WIDTH), self.rng.randint(top + 10, HEIGHT)
            self.draw.line((x, y, x + self.rng.randint(30, 90), y), fill=light, width=4)

    def tree(self, x: int, base: int, size: int = 1) -> None:
        self.draw.rectangle((x - 8 * size, base - 60 * size, x + 8 * size, base), fill=(92, 64, 51))
        leaf = _mix(self.p["land"], (20, 60, 20), 0.35)
        self.draw.ellipse((x - 45 * size, base - 150 * size, x + 45 * size, base - 50 * size), fill=leaf)

    def result(self) -> Image.Image:
        return self.image


def draw_subject(key: str, variant: int = 0) -> Image.Image:
    """Return the drawing of subject `key` in colouring `variant`."""
    canvas = Canvas(variant, key)
    _DRAWERS[key](canvas)
    return canvas.result()


@subject("parlement", "het parlementsgebouw")
def _parliament(c: Canvas) -> None:
    c.outdoors(horizon=700)
    d, p = c.draw, c.p
    stone = _mix(p["light"], (200, 190, 170), 0.5)
    d.rectangle((350, 380, 1250, 700), fill=stone)
    d.polygon([(320, 380), (800, 200), (1280, 380)], fill=_mix(stone, p["ink"], 0.15))
    for x in range(400, 1220, 100):
        d.rectangle((x, 420, x + 40, 680), fill=p["light"])
    d.rectangle((330, 680, 1270, 720), fill=_mix(stone, p["ink"], 0.25))
    d.line((800, 200, 800, 90), fill=p["ink"], width=6)
    d.polygon([(800, 90), (900, 110), (800, 130)], fill=p["accent"])


@subject("stembus", "een stembus")
def _ballot_box(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 650, WIDTH, HEIGHT), fill=_mix(p["wall"], p["ink"], 0.2))
    d.rectangle((560, 380, 1040, 760), fill=p["accent"])
    d.rectangle((540, 340, 1060, 400), fill=_mix(p["accent"], p["ink"], 0.3))
    d.rectangle((700, 360, 900, 372), fill=p["ink"])
    d.polygon([(720, 120), (880, 100), (900, 366), (740, 366)], fill=p["light"], outline=p["ink"])
    for y in range(160, 330, 45):
        d.rectangle((760, y, 790, y + 30), outline=p["ink"], width=4)
        d.line((805, y + 15, 860, y + 12), fill=p["ink"], width=4)
    d.line((765, 215, 775, 235, 795, 190), fill=p["accent"], width=7)


@subject("brug", "een brug over de rivier")
def _bridge(c: Canvas) -> None:
    c.outdoors()
    c.clouds(2)
    c.water(HORIZON)
    d, p = c.draw, c.p
    steel = _mix(p["accent"], p["ink"], 0.2)
    d.rectangle((0, 520, WIDTH, 555), fill=p["ink"])
    for x0 in (100, 600, 1100):
        d.arc((x0, 330, x0 + 400, 720), 180, 360, fill=steel, width=18)
        for x in range(x0 + 40, x0 + 400, 45):
            top = 525 - math.sqrt(max(0, 200**2 - (x - x0 - 200) ** 2)) * 0.97
            d.line((x, top, x, 520), fill=steel, width=5)
    for x in (100, 500, 1000, 1500):
        d.rectangle((x - 20, 555, x + 20, 680), fill=_mix(p["light"], p["ink"], 0.4))


@subject("huizen", "nieuwbouwhuizen")
def _houses(c: Canvas) -> None:
    c.outdoors(horizon=720)
    d, p = c.draw, c.p
    bricks = [(168, 74, 52), (140, 60, 45), (190, 120, 80), (120, 80, 60)]
    for i, x in enumerate(range(120, 1200, 180)):
        h = 260 + (i % 2) * 30
        d.rectangle((x, 720 - h, x + 170, 720), fill=bricks[i % len(bricks)])
        d.polygon([(x - 5, 720 - h), (x + 85, 720 - h - 110), (x + 175, 720 - h)], fill=p["ink"])
        for wx in (x + 25, x + 100):
            d.rectangle((wx, 720 - h + 40, wx + 45, 720 - h + 110), fill=p["light"])
        d.rectangle((x + 65, 620, x + 105, 720), fill=p["ink"])
    # a crane: houses are still being built
    crane = p["accent"]
    d.rectangle((1350, 160, 1375, 720), fill=crane)
    d.rectangle((1080, 150, 1560, 172), fill=crane)
    d.line((1362, 90, 1100, 160), fill=crane, width=6)
    d.line((1362, 90, 1540, 160), fill=crane, width=6)
    d.line((1180, 172, 1180, 360), fill=p["ink"], width=4)
    d.rectangle((1150, 360, 1210, 400), fill=_mix(crane, p["ink"], 0.3))
    c.tree(1500, 720)


@subject("trein", "een trein op het spoor")
def _train(c: Canvas) -> None:
    c.outdoors(horizon=560)
    c.clouds(2)
    d, p = c.draw, c.p
    d.rectangle((0, 700, WIDTH, 760), fill=(120, 110, 100))
    for x in range(0, WIDTH, 60):
        d.rectangle((x, 705, x + 30, 755), fill=(90, 70, 55))
    d.line((0, 712, WIDTH, 712), fill=p["ink"], width=6)
    d.line((0, 748, WIDTH, 748), fill=p["ink"], width=6)
    body, stripe = (250, 205, 40), (30, 60, 130)
    for x0 in (150, 650):
        d.rounded_rectangle((x0, 480, x0 + 480, 700), radius=30, fill=body)
        d.rectangle((x0, 640, x0 + 480, 665), fill=stripe)
        for wx in range(x0 + 30, x0 + 440, 90):
            d.rounded_rectangle((wx, 510, wx + 65, 580), radius=10, fill=p["ink"])
    d.polygon([(1130, 480), (1300, 560), (1320, 700), (1130, 700)], fill=body)
    d.polygon([(1150, 500), (1270, 560), (1150, 580)], fill=p["ink"])
    d.line((400, 480, 400, 400, 460, 380), fill=p["ink"], width=5)
    d.line((0, 380, WIDTH, 380), fill=p["ink"], width=3)


@subject("veerpont", "een veerpont op het water")
def _ferry(c: Canvas) -> None:
    c.outdoors(horizon=470)
    c.clouds(3)
    c.water(470)
    d, p = c.draw, c.p
    d.polygon([(0, 470), (260, 470), (330, 520), (0, 520)], fill=p["land"])
    d.polygon([(1350, 470), (WIDTH, 470), (WIDTH, 520), (1300, 520)], fill=p["land"])
    d.polygon([(480, 600), (1120, 600), (1060, 690), (540, 690)], fill=p["ink"])
    d.rectangle((500, 560, 1100, 600), fill=p["light"])
    d.rectangle((730, 440, 870, 560), fill=p["light"])
    d.rectangle((750, 460, 850, 500), fill=_mix(p["water"], p["ink"], 0.3))
    d.rectangle((560, 530, 660, 560), fill=p["accent"])
    d.rectangle((930, 530, 1040, 560), fill=(70, 120, 160))


@subject("windpark", "een windpark op zee")
def _wind_farm(c: Canvas) -> None:
    c.outdoors(horizon=580, sun=True)
    c.water(580)
    d, p, rng = c.draw, c.p, c.rng
    for x, scale in ((250, 1.0), (620, 0.8), (940, 0.65), (1210, 0.55), (1430, 0.45)):
        top = 580 - 430 * scale
        d.polygon(
            [(x - 9 * scale, 600), (x + 9 * scale, 600), (x + 4 * scale, top), (x - 4 * scale, top)],
            fill=p["light"],
        )
        angle = rng.uniform(0, 120)
        for k in range(3):
            a = math.radians(angle + 120 * k)
            tip = (x + math.cos(a) * 220 * scale, top + math.sin(a) * 220 * scale)
            side = (x + math.cos(a + 0.12) * 60 * scale, top + math.sin(a + 0.12) * 60 * scale)
            d.polygon([(x, top), side, tip], fill=p["light"])
        d.ellipse((x - 14 * scale, top - 14 * scale, x + 14 * scale, top + 14 * scale), fill=p["ink"])


@subject("dijk", "een dijk langs het water")
def _dike(c: Canvas) -> None:
    c.outdoors(horizon=500)
    c.clouds(2)
    d, p, rng = c.draw, c.p, c.rng
    c.water(500)
    grass = p["land"]
    d.polygon([(0, 900), (0, 620), (500, 470), (1100, 470), (1600, 620), (1600, 900)], fill=grass)
    d.rectangle((0, 740, WIDTH, HEIGHT), fill=_mix(grass, (200, 220, 120), 0.2))
    d.line((500, 470, 1100, 470), fill=(150, 150, 150), width=12)
    for _ in range(7):  # sheep on the slope
        x, y = rng.randint(150, 1450), rng.randint(560, 700)
        d.ellipse((x, y, x + 70, y + 40), fill=(245, 245, 240))
        d.ellipse((x + 55, y + 5, x + 80, y + 25), fill=p["ink"])
    for x in (1250, 1330, 1420):
        c.tree(x, 760)


@subject("storm", "storm boven het land")
def _storm(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    # A storm sky is grey in every variant; the variant only tints it.
    sky_top = _mix((45, 50, 60), p["top"], 0.25)
    c.image.paste(_gradient((WIDTH, 640), sky_top, _mix((150, 155, 165), p["horizon"], 0.2)), (0, 0))
    d = c.draw = ImageDraw.Draw(c.image)
    d.rectangle((0, 640, WIDTH, HEIGHT), fill=_mix((80, 120, 70), p["land"], 0.3))
    c.clouds(7, colour=(70, 74, 84))
    for _ in range(140):
        x, y = rng.randint(-100, WIDTH), rng.randint(200, 900)
        d.line((x, y, x + 30, y + 60), fill=(200, 210, 220), width=3)
    d.line((1000, 230, 960, 360, 1030, 360, 980, 500), fill=(255, 240, 150), width=10)
    # a house, losing a roof tile
    d.rectangle((1180, 470, 1460, 660), fill=(150, 70, 55))
    d.polygon([(1160, 470), (1320, 350), (1480, 470)], fill=(60, 60, 70))
    d.rectangle((1290, 560, 1350, 660), fill=(60, 45, 40))
    d.rectangle((1210, 510, 1260, 560), fill=(230, 220, 170))
    d.polygon([(1080, 300), (1130, 285), (1140, 315), (1090, 330)], fill=(60, 60, 70))
    # a tree bending in the wind, its crown blown to the right
    trunk = (80, 55, 40)
    d.line((380, 660, 400, 540, 470, 430), fill=trunk, width=26)
    d.line((430, 500, 520, 470), fill=trunk, width=12)
    leaves = _mix((40, 90, 40), p["land"], 0.2)
    for dx, dy, rx, ry in ((470, 400, 120, 80), (580, 420, 110, 65), (520, 340, 100, 70), (650, 380, 80, 50)):
        d.ellipse((dx - rx, dy - ry, dx + rx, dy + ry), fill=leaves)
    for _ in range(14):  # leaves flying off
        x, y = rng.randint(700, 1150), rng.randint(280, 560)
        d.ellipse((x, y, x + 22, y + 12), fill=leaves)


@subject("hitte", "zon en een thermometer")
def _heat(c: Canvas) -> None:
    c.outdoors(horizon=700, sun=False)
    d, p = c.draw, c.p
    d.rectangle((0, 700, WIDTH, HEIGHT), fill=(214, 178, 110))
    sun = (255, 200, 60)
    for k in range(12):
        a = math.radians(30 * k)
        d.line(
            (
                500 + math.cos(a) * 170,
                330 + math.sin(a) * 170,
                500 + math.cos(a) * 260,
                330 + math.sin(a) * 260,
            ),
            fill=sun,
            width=16,
        )
    d.ellipse((350, 180, 650, 480), fill=sun)
    d.rounded_rectangle((1050, 150, 1130, 640), radius=40, fill=p["light"], outline=p["ink"], width=6)
    d.ellipse((1010, 590, 1170, 750), fill=(220, 50, 40), outline=p["ink"], width=6)
    d.rectangle((1075, 280, 1105, 640), fill=(220, 50, 40))
    for y in range(200, 600, 50):
        d.line((1130, y, 1165, y), fill=p["ink"], width=4)


@subject("grafiek", "een grafiek")
def _chart(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    d.line((200, 120, 200, 760, 1450, 760), fill=p["ink"], width=8)
    for y in range(160, 760, 120):
        d.line((200, y, 1450, y), fill=_mix(p["wall"], p["ink"], 0.15), width=2)
    heights = [rng.randint(180, 560) for _ in range(8)]
    heights.sort()
    points = []
    for i, h in enumerate(heights):
        x = 260 + i * 148
        d.rectangle((x, 760 - h, x + 95, 756), fill=_mix(p["accent"], p["wall"], 0.15 * (i % 2)))
        points.append((x + 47, 760 - h - 60))
    d.line(points, fill=p["ink"], width=10, joint="curve")
    for x, y in points:
        d.ellipse((x - 14, y - 14, x + 14, y + 14), fill=p["ink"])


@subject("haven", "containers in de haven")
def _harbour(c: Canvas) -> None:
    c.outdoors(horizon=560)
    c.water(700)
    d, p, rng = c.draw, c.p, c.rng
    d.rectangle((0, 560, WIDTH, 700), fill=(150, 150, 150))
    colours = [(200, 60, 50), (40, 100, 170), (230, 170, 40), (60, 140, 90), (120, 70, 140)]
    for row in range(3):
        for col in range(9):
            if rng.random() < 0.85:
                x, y = 120 + col * 130, 640 - row * 70
                d.rectangle((x, y - 60, x + 120, y), fill=rng.choice(colours), outline=p["ink"], width=3)
    crane = p["accent"]
    d.rectangle((1330, 200, 1360, 700), fill=crane)
    d.rectangle((1480, 200, 1510, 700), fill=crane)
    d.rectangle((1150, 180, 1560, 215), fill=crane)
    d.line((1200, 215, 1200, 420), fill=p["ink"], width=5)


@subject("winkel", "een winkelstraat")
def _shops(c: Canvas) -> None:
    c.outdoors(horizon=760, ground="ink")
    d, p = c.draw, c.p
    fronts = [(205, 120, 90), (230, 220, 200), (120, 150, 170), (190, 90, 80)]
    for i, x in enumerate(range(60, 1560, 380)):
        d.rectangle((x, 260, x + 360, 760), fill=fronts[i % 4])
        awning = p["accent"] if i % 2 else (40, 110, 90)
        for k in range(6):
            d.rectangle((x + k * 60, 470, x + k * 60 + 30, 520), fill=awning)
            d.rectangle((x + k * 60 + 30, 470, x + k * 60 + 60, 520), fill=p["light"])
        d.rectangle((x + 30, 540, x + 230, 740), fill=_mix(p["water"], p["light"], 0.4))
        d.rectangle((x + 260, 560, x + 330, 760), fill=p["ink"])
        for wx in (x + 40, x + 200):
            d.rectangle((wx, 310, wx + 110, 420), fill=p["light"])


@subject("telefoon", "een smartphone")
def _phone(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rounded_rectangle((600, 60, 1000, 860), radius=60, fill=p["ink"])
    d.rounded_rectangle((630, 130, 970, 790), radius=20, fill=p["light"])
    d.ellipse((775, 805, 825, 845), outline=p["light"], width=4)
    for i, (x, w) in enumerate(((660, 220), (750, 190), (660, 250), (740, 200))):
        colour = p["accent"] if i % 2 else _mix(p["wall"], p["ink"], 0.2)
        d.rounded_rectangle((x, 170 + i * 140, x + w, 270 + i * 140), radius=25, fill=colour)
    d.rounded_rectangle((1100, 200, 1400, 320), radius=30, fill=p["accent"])
    d.polygon([(1120, 300), (1060, 360), (1170, 318)], fill=p["accent"])
    for k in range(3):
        d.ellipse((1180 + k * 60, 245, 1210 + k * 60, 275), fill=p["light"])


@subject("chip", "een computerchip")
def _chip(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(28, 80, 60))
    trace = (200, 170, 80)
    for k in range(14):
        y = 80 + k * 55
        d.line((0, y, 500, y, 560, y + 20), fill=trace, width=5)
        d.line((1600, y, 1100, y, 1040, y + 20), fill=trace, width=5)
    d.rectangle((560, 210, 1040, 690), fill=p["ink"])
    for k in range(10):
        x = 590 + k * 45
        d.rectangle((x, 170, x + 20, 210), fill=(210, 210, 210))
        d.rectangle((x, 690, x + 20, 730), fill=(210, 210, 210))
    d.rectangle((660, 310, 940, 590), outline=(120, 120, 130), width=6)
    d.ellipse((590, 240, 620, 270), fill=(120, 120, 130))


@subject("voetbal", "een voetbalveld")
def _football(c: Canvas) -> None:
    c.outdoors(horizon=260)
    d, p = c.draw, c.p
    d.rectangle((0, 180, WIDTH, 260), fill=_mix(p["ink"], p["accent"], 0.3))
    for x in range(0, WIDTH, 40):
        d.ellipse((x, 200, x + 24, 224), fill=_mix(p["light"], p["accent"], 0.5))
    for k in range(8):
        d.rectangle((k * 200, 260, k * 200 + 100, HEIGHT), fill=(58, 140, 64))
        d.rectangle((k * 200 + 100, 260, k * 200 + 200, HEIGHT), fill=(66, 156, 72))
    white = (245, 245, 245)
    d.line((800, 260, 800, HEIGHT), fill=white, width=6)
    d.ellipse((640, 440, 960, 760), outline=white, width=6)
    d.rectangle((-10, 380, 220, 820), outline=white, width=6)
    d.rectangle((1380, 380, 1610, 820), outline=white, width=6)
    d.ellipse((1000, 620, 1080, 700), fill=white, outline=p["ink"], width=4)
    d.regular_polygon((1040, 660, 15), 5, fill=p["ink"])


@subject("wielrennen", "een wielrenner op de weg")
def _cycling(c: Canvas) -> None:
    c.outdoors(horizon=560)
    c.clouds(2)
    d, p = c.draw, c.p
    d.polygon([(650, 560), (950, 560), (1500, HEIGHT), (100, HEIGHT)], fill=(90, 90, 95))
    d.line((800, 560, 800, HEIGHT), fill=(240, 240, 240), width=4)
    ink = p["ink"]
    for cx in (560, 960):
        d.ellipse((cx - 130, 560, cx + 130, 820), outline=ink, width=12)
    frame = p["accent"]
    d.line((560, 690, 720, 690, 880, 560, 680, 560, 560, 690), fill=frame, width=14)
    d.line((720, 690, 650, 520), fill=frame, width=14)
    d.line((880, 560, 960, 690), fill=frame, width=14)
    d.line((860, 530, 900, 500), fill=ink, width=12)
    # the rider, bent over the bars
    jersey = (250, 210, 40)
    d.line((650, 500, 850, 430), fill=jersey, width=60)
    d.ellipse((850, 360, 940, 450), fill=(230, 190, 150))
    d.chord((845, 340, 950, 430), 180, 360, fill=frame)
    d.line((680, 520, 740, 640, 720, 690), fill=ink, width=30)
    d.line((830, 450, 880, 520), fill=jersey, width=24)


@subject("tennis", "een tennisbaan")
def _tennis(c: Canvas) -> None:
    d = c.draw
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(190, 100, 60))
    white = (245, 245, 245)
    d.polygon([(420, 160), (1180, 160), (1480, 860), (120, 860)], outline=white, width=8)
    d.line((800, 160, 800, 860), fill=white, width=6)
    d.line((300, 400, 1300, 400), fill=white, width=6)
    d.rectangle((150, 560, 1450, 580), fill=white)
    for x in range(170, 1440, 30):
        d.line((x, 480, x, 570), fill=(60, 60, 60), width=2)
    for y in range(480, 570, 25):
        d.line((170, y, 1430, y), fill=(60, 60, 60), width=2)
    d.line((150, 470, 1450, 470), fill=white, width=10)
    d.ellipse((1010, 240, 1070, 300), fill=(210, 230, 60))
    d.arc((1015, 240, 1065, 300), 300, 60, fill=white, width=4)


@subject("racebaan", "een racewagen op het circuit")
def _race(c: Canvas) -> None:
    c.outdoors(horizon=480)
    d, p = c.draw, c.p
    d.rectangle((0, 520, WIDTH, 820), fill=(70, 70, 75))
    for x in range(0, WIDTH, 80):
        d.rectangle((x, 500, x + 40, 520), fill=(220, 40, 40))
        d.rectangle((x + 40, 500, x + 80, 520), fill=(245, 245, 245))
    for k in range(12):
        for row in range(3):
            colour = (20, 20, 20) if (k + row) % 2 else (245, 245, 245)
            d.rectangle((1300 + row * 40, 520 + k * 25, 1340 + row * 40, 545 + k * 25), fill=colour)
    car = p["accent"]
    d.polygon([(300, 720), (380, 640), (760, 630), (1000, 680), (1040, 720)], fill=car)
    d.rectangle((270, 600, 330, 700), fill=car)
    d.rectangle((990, 680, 1080, 710), fill=car)
    d.ellipse((560, 600, 640, 660), fill=p["ink"])
    for cx in (400, 900):
        d.ellipse((cx - 70, 660, cx + 70, 800), fill=(25, 25, 25))
        d.ellipse((cx - 25, 705, cx + 25, 755), fill=(150, 150, 150))


@subject("zwembad", "banen in het zwembad")
def _pool(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(60, 160, 210))
    for k in range(1, 6):
        y = k * 150
        for x in range(0, WIDTH, 50):
            colour = (220, 40, 40) if (x // 50) % 2 else (245, 245, 245)
            d.ellipse((x, y - 12, x + 40, y + 12), fill=colour)
        d.rectangle((0, y + 50, WIDTH, y + 62), fill=(30, 90, 150))
    light = (150, 210, 240)
    rng = c.rng
    for _ in range(60):
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        d.arc((x, y, x + 80, y + 30), 200, 340, fill=light, width=4)
    d.ellipse((700, 330, 760, 390), fill=p["accent"])
    d.line((640, 360, 560, 340), fill=(230, 190, 150), width=18)
    d.line((760, 360, 900, 380), fill=(230, 190, 150), width=18)


@subject("podium", "een concertpodium")
def _stage(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(20, 18, 35))
    beams = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    bd = ImageDraw.Draw(beams)
    for x, colour in ((300, p["accent"]), (800, (120, 90, 220)), (1300, (60, 180, 200))):
        bd.polygon([(x - 20, 40), (x + 20, 40), (x + 260, 620), (x - 260, 620)], fill=(*colour, 80))
    c.image.paste(beams, (0, 0), beams)
    d = c.draw = ImageDraw.Draw(c.image)
    d.rectangle((100, 600, 1500, 680), fill=(60, 50, 70))
    d.rectangle((0, 30, WIDTH, 50), fill=(60, 60, 60))
    for x in (560, 800, 1040):  # the band
        d.ellipse((x - 30, 420, x + 30, 480), fill=(30, 30, 40))
        d.rounded_rectangle((x - 45, 480, x + 45, 600), radius=20, fill=(30, 30, 40))
    for _ in range(70):  # the crowd
        x, y = rng.randint(0, WIDTH), rng.randint(730, 880)
        d.ellipse((x - 30, y - 30, x + 30, y + 30), fill=(10, 10, 18))
    for x in (200, 700, 1350):
        d.line((x, 760, x + 30, 650), fill=(10, 10, 18), width=16)


@subject("film", "een filmdoek in de bioscoop")
def _cinema(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(40, 20, 25))
    d.rectangle((250, 90, 1350, 560), fill=_mix(p["horizon"], p["light"], 0.3))
    d.polygon([(250, 560), (700, 300), (1000, 460), (1350, 250), (1350, 560)], fill=p["land"])
    for side in (0, 1):
        x = 0 if side == 0 else 1400
        d.rectangle((x, 0, x + 200, 640), fill=(150, 25, 40))
        for k in range(5):
            d.line((x + 20 + k * 40, 0, x + 20 + k * 40, 640), fill=(110, 15, 30), width=6)
    for row in range(3):
        y = 680 + row * 75
        for x in range(40 + row * 30, WIDTH, 110):
            d.rounded_rectangle((x, y, x + 90, y + 90), radius=20, fill=(120, 20, 35))


@subject("boeken", "een stapel boeken")
def _books(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    d.rectangle((0, 740, WIDTH, HEIGHT), fill=(150, 110, 75))
    colours = [(160, 50, 50), (40, 80, 130), (60, 120, 80), (210, 160, 60), (90, 60, 110), p["accent"]]
    y = 740
    for k in range(7):
        h = rng.randint(55, 85)
        w = rng.randint(520, 680)
        x = 800 - w // 2 + rng.randint(-40, 40)
        d.rectangle((x, y - h, x + w, y), fill=colours[k % len(colours)])
        d.rectangle((x + w - 40, y - h + 10, x + w - 5, y - 10), fill=(245, 240, 225))
        d.line((x + 40, y - h // 2, x + 200, y - h // 2), fill=(240, 220, 160), width=6)
        y -= h
    # an open book on top
    d.polygon([(560, y), (800, y - 30), (800, y - 120), (560, y - 90)], fill=(250, 248, 240))
    d.polygon([(1040, y), (800, y - 30), (800, y - 120), (1040, y - 90)], fill=(245, 242, 232))
    for k in range(4):
        d.line((600, y - 20 - k * 18, 770, y - 45 - k * 18), fill=(170, 170, 170), width=3)


@subject("museum", "een schilderij in het museum")
def _museum(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 760, WIDTH, HEIGHT), fill=(150, 120, 90))
    frame = (180, 140, 60)
    d.rectangle((430, 120, 1170, 620), fill=frame)
    d.rectangle((470, 160, 1130, 580), fill=_mix(p["horizon"], p["light"], 0.2))
    d.polygon([(470, 580), (470, 420), (700, 360), (900, 440), (1130, 380), (1130, 580)], fill=p["land"])
    d.ellipse((900, 200, 1000, 300), fill=p["sun"])
    d.rectangle((760, 660, 840, 680), fill=(240, 240, 230))
    # a visitor looking at it
    d.ellipse((1270, 380, 1350, 460), fill=p["ink"])
    d.rounded_rectangle((1250, 460, 1370, 700), radius=40, fill=p["accent"])
    d.rectangle((1265, 690, 1295, 770), fill=p["ink"])
    d.rectangle((1325, 690, 1355, 770), fill=p["ink"])


@subject("televisie", "een televisiestudio")
def _television(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 700, WIDTH, HEIGHT), fill=_mix(p["wall"], p["ink"], 0.4))
    d.rounded_rectangle((300, 120, 1300, 680), radius=30, fill=p["ink"])
    d.rectangle((340, 160, 1260, 640), fill=_mix(p["top"], p["horizon"], 0.5))
    d.rectangle((340, 540, 1260, 600), fill=p["accent"])
    d.rectangle((360, 555, 900, 585), fill=p["light"])
    d.ellipse((730, 250, 870, 390), fill=(230, 190, 150))
    d.rounded_rectangle((680, 390, 920, 540), radius=40, fill=p["ink"])
    d.line((700, 680, 640, 780), fill=p["ink"], width=14)
    d.line((900, 680, 960, 780), fill=p["ink"], width=14)


@subject("microfoon", "een microfoon in de studio")
def _microphone(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=_mix(p["top"], p["ink"], 0.4))
    for k in range(12):
        h = 80 + (k * 53) % 220
        d.rounded_rectangle((120 + k * 40, 450 - h, 140 + k * 40, 450 + h), radius=10, fill=p["accent"])
    d.rounded_rectangle((720, 140, 960, 520), radius=120, fill=(190, 190, 200))
    for y in range(190, 480, 30):
        d.line((740, y, 940, y), fill=(120, 120, 130), width=5)
    d.arc((660, 300, 1020, 640), 0, 180, fill=p["light"], width=14)
    d.line((840, 640, 840, 800), fill=p["light"], width=14)
    d.rectangle((720, 790, 960, 820), fill=p["light"])


@subject("rode-loper", "een rode loper")
def _red_carpet(c: Canvas) -> None:
    d, rng = c.draw, c.rng
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(25, 25, 45))
    d.polygon([(700, 380), (900, 380), (1300, HEIGHT), (300, HEIGHT)], fill=(190, 30, 45))
    for _ in range(40):
        x, y = rng.randint(0, WIDTH), rng.randint(0, 360)
        r = rng.randint(3, 9)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 240, 200))
    d.regular_polygon((800, 200, 110), 5, rotation=0, fill=(240, 200, 60))
    for x in (260, 1340):
        d.rectangle((x - 10, 520, x + 10, 800), fill=(200, 170, 60))
        d.ellipse((x - 30, 490, x + 30, 550), fill=(200, 170, 60))
    d.line((270, 540, 1330, 540), fill=(200, 40, 50), width=10)


@subject("kroon", "een kroon")
def _crown(c: Canvas) -> None:
    d = c.draw
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(40, 50, 100))
    d.ellipse((500, 640, 1100, 780), fill=(120, 30, 50))
    gold = (232, 180, 50)
    d.polygon(
        [(560, 660), (520, 300), (680, 480), (800, 240), (920, 480), (1080, 300), (1040, 660)], fill=gold
    )
    d.rectangle((560, 620, 1040, 680), fill=_mix(gold, (120, 80, 0), 0.3))
    for x, colour in ((640, (200, 30, 50)), (800, (30, 120, 200)), (960, (30, 160, 90))):
        d.ellipse((x - 25, 625, x + 25, 675), fill=colour)
    for x, y in ((520, 300), (800, 240), (1080, 300)):
        d.ellipse((x - 22, y - 22, x + 22, y + 22), fill=(245, 245, 245))
    d.rectangle((0, 0, WIDTH, 60), fill=(220, 100, 30))


@subject("kat", "een kat")
def _cat(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 700, WIDTH, HEIGHT), fill=_mix(p["wall"], (150, 110, 75), 0.6))
    fur = (230, 140, 60) if c.rng.random() < 0.6 else (70, 70, 75)
    d.ellipse((640, 420, 1020, 760), fill=fur)
    d.ellipse((940, 560, 1160, 720), fill=fur)
    d.line((660, 700, 520, 600, 480, 480), fill=fur, width=40, joint="curve")
    d.ellipse((700, 180, 980, 440), fill=fur)
    d.polygon([(715, 260), (730, 120), (820, 200)], fill=fur)
    d.polygon([(965, 260), (950, 120), (860, 200)], fill=fur)
    for x in (780, 900):
        d.ellipse((x - 28, 280, x + 28, 330), fill=(250, 250, 240))
        d.ellipse((x - 10, 285, x + 10, 325), fill=(20, 20, 20))
    d.polygon([(825, 350), (855, 350), (840, 368)], fill=(220, 120, 130))
    for side in (-1, 1):
        for k in range(3):
            d.line((840 + side * 40, 370 + k * 10, 840 + side * 170, 350 + k * 22), fill=p["ink"], width=3)


@subject("vogel", "een vogel in de polder")
def _bird(c: Canvas) -> None:
    c.outdoors(horizon=640)
    c.clouds(2)
    d, p = c.draw, c.p
    for x in range(0, WIDTH, 90):
        d.line((x, 640, x + 20, 580), fill=_mix(p["land"], (20, 60, 20), 0.3), width=6)
    white, black, red = (245, 245, 240), (30, 30, 30), (220, 80, 40)
    d.ellipse((600, 380, 950, 560), fill=white)
    d.polygon([(640, 420), (980, 470), (860, 560)], fill=black)
    d.line((900, 420, 960, 250), fill=white, width=40)
    d.ellipse((930, 200, 1010, 280), fill=white)
    d.polygon([(1000, 230), (1180, 260), (1000, 255)], fill=red)
    d.line((740, 550, 720, 760), fill=red, width=10)
    d.line((800, 550, 830, 760), fill=red, width=10)
    d.ellipse((962, 222, 978, 238), fill=black)


@subject("lab", "een laboratorium")
def _lab(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    d.rectangle((0, 640, WIDTH, HEIGHT), fill=_mix(p["wall"], p["ink"], 0.3))
    glass = (235, 245, 250)
    d.polygon(
        [(520, 200), (600, 200), (600, 380), (760, 640), (360, 640), (520, 380)], fill=glass, outline=p["ink"]
    )
    d.polygon([(440, 520), (680, 520), (760, 640), (360, 640)], fill=p["accent"])
    for _ in range(8):
        x, y = rng.randint(470, 650), rng.randint(300, 500)
        d.ellipse((x - 12, y - 12, x + 12, y + 12), outline=p["accent"], width=4)
    for k, colour in enumerate(((60, 150, 200), (120, 200, 90), (230, 170, 40))):
        x = 950 + k * 120
        d.rounded_rectangle((x, 320, x + 60, 640), radius=30, fill=glass, outline=p["ink"], width=4)
        d.rounded_rectangle((x + 4, 480, x + 56, 636), radius=26, fill=colour)
    d.rectangle((920, 380, 1320, 400), fill=p["ink"])


@subject("telescoop", "een telescoop onder de sterren")
def _telescope(c: Canvas) -> None:
    d, rng = c.draw, c.rng
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=(12, 18, 45))
    for _ in range(160):
        x, y = rng.randint(0, WIDTH), rng.randint(0, 650)
        r = rng.choice((1, 2, 2, 3))
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 230))
    d.ellipse((1150, 120, 1330, 300), fill=(240, 235, 210))
    d.rectangle((0, 720, WIDTH, HEIGHT), fill=(20, 30, 25))
    d.line((700, 400, 1000, 230), fill=(220, 220, 230), width=60)
    d.line((840, 330, 760, 720), fill=(160, 160, 170), width=10)
    d.line((840, 330, 920, 720), fill=(160, 160, 170), width=10)
    d.line((840, 330, 840, 720), fill=(160, 160, 170), width=10)


@subject("ziekenhuis", "een ziekenhuis")
def _hospital(c: Canvas) -> None:
    c.outdoors(horizon=740)
    d, p = c.draw, c.p
    d.rectangle((300, 240, 1300, 740), fill=(236, 236, 232))
    for row in range(4):
        for col in range(8):
            x, y = 350 + col * 118, 290 + row * 100
            d.rectangle((x, y, x + 70, y + 60), fill=_mix(p["water"], p["light"], 0.5))
    d.rectangle((700, 620, 900, 740), fill=_mix(p["water"], p["ink"], 0.3))
    d.rectangle((760, 90, 840, 250), fill=(210, 40, 40))
    d.rectangle((720, 130, 880, 210), fill=(210, 40, 40))
    c.tree(200, 740)
    c.tree(1420, 740)


@subject("school", "een schoolgebouw")
def _school(c: Canvas) -> None:
    c.outdoors(horizon=720)
    d, p = c.draw, c.p
    brick = (170, 80, 60)
    d.rectangle((250, 320, 1350, 720), fill=brick)
    d.polygon([(220, 320), (800, 150), (1380, 320)], fill=p["ink"])
    d.ellipse((740, 200, 860, 320), fill=p["light"], outline=p["ink"], width=6)
    d.line((800, 260, 800, 220), fill=p["ink"], width=6)
    d.line((800, 260, 830, 270), fill=p["ink"], width=6)
    for row in range(2):
        for col in range(7):
            if col == 3 and row == 1:
                continue
            x, y = 310 + col * 150, 380 + row * 160
            d.rectangle((x, y, x + 90, y + 110), fill=p["light"])
            d.line((x + 45, y, x + 45, y + 110), fill=brick, width=5)
    d.rectangle((740, 560, 860, 720), fill=p["accent"])
    for x in (130, 1450):
        c.tree(x, 720)


@subject("hart", "een hart")
def _heart(c: Canvas) -> None:
    d, p, rng = c.draw, c.p, c.rng
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=_mix(p["wall"], (255, 220, 200), 0.5))

    def heart(x, y, r, colour):
        d.ellipse((x - 2 * r, y - r, x, y + r), fill=colour)
        d.ellipse((x, y - r, x + 2 * r, y + r), fill=colour)
        d.polygon([(x - 1.94 * r, y + 0.35 * r), (x + 1.94 * r, y + 0.35 * r), (x, y + 2.6 * r)], fill=colour)

    for _ in range(9):  # small hearts around the big one
        x, y = rng.choice((rng.randint(120, 500), rng.randint(1100, 1480))), rng.randint(120, 760)
        heart(x, y, rng.randint(18, 40), _mix(p["accent"], p["wall"], rng.uniform(0.2, 0.6)))
    heart(800, 330, 150, (220, 60, 70))
    d.ellipse((620, 250, 700, 310), fill=(240, 130, 135))


@subject("geld", "munten en een spaarpot")
def _money(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 720, WIDTH, HEIGHT), fill=_mix(p["wall"], (150, 110, 75), 0.5))
    pink = (240, 150, 170)
    d.ellipse((380, 300, 900, 700), fill=pink)
    d.ellipse((820, 400, 940, 520), fill=pink)
    d.ellipse((860, 440, 885, 465), fill=(180, 90, 110))
    d.ellipse((900, 440, 925, 465), fill=(180, 90, 110))
    d.polygon([(480, 330), (520, 240), (580, 310)], fill=pink)
    for x in (460, 560, 720, 800):
        d.rectangle((x, 660, x + 45, 740), fill=pink)
    d.rectangle((580, 300, 700, 318), fill=(180, 90, 110))
    d.ellipse((690, 440, 720, 470), fill=(40, 40, 40))
    gold = (225, 180, 60)
    for k in range(6):
        y = 700 - k * 34
        d.ellipse((1050, y, 1270, y + 60), fill=gold, outline=(160, 120, 30), width=4)
    d.ellipse((1300, 640, 1440, 700), fill=gold, outline=(160, 120, 30), width=4)
    d.ellipse((620, 120, 760, 260), fill=gold, outline=(160, 120, 30), width=5)


@subject("wereldbol", "een wereldbol")
def _globe(c: Canvas) -> None:
    d, p = c.draw, c.p
    d.rectangle((0, 0, WIDTH, HEIGHT), fill=_mix(p["top"], p["ink"], 0.3))
    d.ellipse((500, 150, 1100, 750), fill=(60, 130, 200))
    land = (90, 170, 90)
    d.polygon([(620, 300), (760, 240), (820, 330), (740, 420), (700, 560), (640, 480)], fill=land)
    d.polygon([(880, 260), (1000, 300), (1040, 420), (960, 480), (900, 400)], fill=land)
    d.polygon([(860, 560), (960, 540), (980, 640), (900, 680)], fill=land)
    for k in range(1, 4):
        d.arc((500 + k * 75, 150, 1100 - k * 75, 750), 0, 360, fill=(200, 225, 245), width=3)
    d.line((500, 450, 1100, 450), fill=(200, 225, 245), width=3)
    d.line((800, 750, 800, 820), fill=p["light"], width=14)
    d.rectangle((680, 820, 920, 850), fill=p["light"])


@subject("vrachtwagen", "een vrachtwagen met hulpgoederen")
def _truck(c: Canvas) -> None:
    c.outdoors(horizon=620)
    c.clouds(2)
    d, p = c.draw, c.p
    d.rectangle((0, 700, WIDTH, 800), fill=(90, 90, 95))
    for x in range(0, WIDTH, 160):
        d.rectangle((x, 745, x + 80, 755), fill=(240, 240, 240))
    d.rectangle((250, 380, 1050, 700), fill=(245, 245, 245))
    d.rectangle((1060, 470, 1330, 700), fill=p["accent"])
    d.rectangle((1120, 500, 1300, 590), fill=_mix(p["water"], p["light"], 0.5))
    boxes = (190, 150, 100)
    for row in range(2):
        for col in range(3):
            x, y = 330 + col * 230, 440 + row * 110
            d.rectangle((x, y, x + 180, y + 90), fill=boxes, outline=(140, 105, 65), width=4)
    for cx in (400, 900, 1220):
        d.ellipse((cx - 60, 650, cx + 60, 770), fill=(25, 25, 25))
        d.ellipse((cx - 22, 688, cx + 22, 732), fill=(150, 150, 150))


@subject("boerderij", "een boerderij met een trekker")
def _farm(c: Canvas) -> None:
    c.outdoors(horizon=560)
    c.clouds(2)
    d, p = c.draw, c.p
    for k in range(8):
        d.line(
            (0, 600 + k * 40, WIDTH, 580 + k * 45),
            fill=_mix(p["land"], (120, 90, 40), 0.25 + 0.05 * k),
            width=14,
        )
    d.rectangle((150, 360, 560, 580), fill=(170, 50, 45))
    d.polygon([(120, 360), (355, 200), (590, 360)], fill=p["ink"])
    d.rectangle((300, 450, 410, 580), fill=p["light"])
    tractor = (40, 130, 60)
    d.rectangle((980, 520, 1250, 640), fill=tractor)
    d.rectangle((1150, 420, 1260, 530), outline=tractor, width=14)
    d.ellipse((1160, 560, 1320, 720), fill=(30, 30, 30))
    d.ellipse((960, 600, 1060, 700), fill=(30, 30, 30))
    d.ellipse((1210, 610, 1270, 670), fill=(200, 180, 60))


@subject("bos", "een bos")
def _forest(c: Canvas) -> None:
    c.outdoors(horizon=680)
    d, p, rng = c.draw, c.p, c.rng
    for _ in range(26):
        x = rng.randint(0, WIDTH)
        h = rng.randint(260, 480)
        shade = _mix(p["land"], (10, 50, 20), rng.uniform(0.2, 0.6))
        d.rectangle((x - 10, 680 - 60, x + 10, 700), fill=(90, 60, 40))
        d.polygon([(x - 90, 640), (x, 640 - h), (x + 90, 640)], fill=shade)
    d.polygon([(650, HEIGHT), (780, 700), (820, 700), (950, HEIGHT)], fill=(190, 160, 110))


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
    # Originals are never served as they are (readers get renditions), so no slow optimising here.
    image.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def to_png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
