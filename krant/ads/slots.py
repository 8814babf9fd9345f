"""The ad slots: where they sit and the space each reserves, per breakpoint.

The sizes are the IAB formats the rate card sells; the stylesheet reserves exactly this space (krant.css,
'Advertising'), so a slot never moves the page when its ad arrives: the layout shift (CLS) stays 0.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class SlotName(models.TextChoices):
    LEADERBOARD = "leaderboard", _("Leaderboard (boven de pagina)")
    IN_ARTICLE = "in_article", _("In het artikel")
    SIDEBAR = "sidebar", _("Zijkolom (voorpagina, naast artikelen)")
    LISTING = "listing", _("Tussen artikelen in overzichten")


@dataclass(frozen=True)
class Size:
    width: int
    height: int
    min_width_em: int = 0  # from this viewport width on (the stylesheet's breakpoint), 0: always

    def __str__(self):
        return f"{self.width}×{self.height}"


@dataclass(frozen=True)
class Slot:
    name: str
    sizes: tuple[Size, ...]  # smallest breakpoint first

    @property
    def largest(self) -> Size:
        return self.sizes[-1]

    @property
    def label(self) -> str:
        return SlotName(self.name).label

    def sizes_attribute(self) -> str:
        """Return the sizes for the ad server's tag: '320x100,728x90'."""
        return ",".join(f"{size.width}x{size.height}" for size in self.sizes)


SLOTS = {
    SlotName.LEADERBOARD: Slot(SlotName.LEADERBOARD, (Size(320, 100), Size(728, 90, min_width_em=48))),
    SlotName.IN_ARTICLE: Slot(SlotName.IN_ARTICLE, (Size(300, 250),)),
    SlotName.SIDEBAR: Slot(SlotName.SIDEBAR, (Size(300, 250),)),
    SlotName.LISTING: Slot(SlotName.LISTING, (Size(320, 100), Size(728, 90, min_width_em=48))),
}
