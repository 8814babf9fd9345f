"""Display names: what a member may be called, and when two names are the same name to a reader.

Two names are one name when their *skeletons* match: the letters a reader sees, without case, accents,
spaces or separators, with look-alike digits read as the letters they imitate. The skeleton is stored
(unique) beside the name, so 'Jan de Vries', 'jan-de-vries' and 'Jàn dë Vr1es' cannot all exist, and a
name whose skeleton contains the newsroom's own names ('Redactie', 'Moderator', 'Beheer', the site's
name, a staff member's name) is refused: nobody can pass for the newsroom.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MIN_LENGTH = 2
MAX_LENGTH = 40
RESERVED = ("Redactie", "Moderator", "Moderatie", "Beheer", "Beheerder", "Admin", "Community")
# Digits and signs that pass for letters, and letters that pass for each other (l, i and 1; o and 0).
LOOK_ALIKES = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "5": "s", "$": "s"})
# Letters, digits, spaces and a few joining signs; nothing that hides or reorders text.
ALLOWED = re.compile(r"[\w .'\-]+")


def clean_spacing(name: str) -> str:
    """Return the name as shown: trimmed, one space between words, composed (NFC)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def skeleton(name: str) -> str:
    """Return what a reader takes the name for: lower case, no accents or separators, look-alikes folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = letters.casefold().translate(LOOK_ALIKES)
    return "".join(char for char in folded if char.isalnum())


def check_characters(name: str) -> None:
    """Refuse control, format (zero-width, bidi) and other hidden characters, and symbols."""
    for char in name:
        if unicodedata.category(char)[0] == "C":
            raise ValidationError(_("Je naam bevat een onzichtbaar of stuurteken."), code="control")
    if name and not ALLOWED.fullmatch(name):
        raise ValidationError(
            _("Gebruik letters, cijfers, spaties en eventueel een punt, koppelteken of apostrof."),
            code="characters",
        )


def validate_display_name(name: str, protected: list[str]) -> str:
    """Return the cleaned name, or raise ValidationError with a message for the member.

    `protected` are names nobody else may take: the site's name and the staff's names.
    """
    check_characters(name)
    name = clean_spacing(name)
    if len(name) < MIN_LENGTH:
        raise ValidationError(
            _("Kies een naam van minstens %(min)d tekens.") % {"min": MIN_LENGTH}, code="too_short"
        )
    if len(name) > MAX_LENGTH:
        raise ValidationError(
            _("Kies een naam van hoogstens %(max)d tekens.") % {"max": MAX_LENGTH}, code="too_long"
        )
    key = skeleton(name)
    if len(key) < MIN_LENGTH:
        raise ValidationError(_("Je naam moet uit letters of cijfers bestaan."), code="no_letters")
    for other in (*RESERVED, *protected):
        other_key = skeleton(other)
        if len(other_key) >= 3 and other_key in key:
            raise ValidationError(
                _("Deze naam lijkt op een naam van de redactie. Kies een andere naam."), code="impersonation"
            )
    return name
