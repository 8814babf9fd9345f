"""ads.txt (IAB Tech Lab, version 1.1): who may sell the site's ad space; checked line by line.

A line is a record `domain, seller id, DIRECT|RESELLER[, certification id]`, a variable `name=value`
(contact, subdomain, inventorypartnerdomain, ownerdomain, managerdomain), a comment after '#', or empty.
Buyers' crawlers skip lines they cannot read, so a typo silently costs income: the admin refuses it.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

VARIABLES = {"contact", "subdomain", "inventorypartnerdomain", "ownerdomain", "managerdomain"}
RELATIONSHIPS = {"DIRECT", "RESELLER"}
DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.IGNORECASE)
SELLER_ID = re.compile(r"[^\s,#]{1,200}")
MAX_LINES = 5000


def line_errors(text: str) -> list[str]:
    """Return a message for each line of `text` that is not valid ads.txt; empty when all are."""
    errors = []
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        return [_("Hoogstens %(count)s regels.") % {"count": MAX_LINES}]
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        problem = line_problem(line)
        if problem:
            errors.append(_("Regel %(number)s: %(problem)s") % {"number": number, "problem": problem})
    return errors


def line_problem(line: str) -> str:
    name, equals, value = line.partition("=")
    if equals and "," not in name:
        if name.strip().lower() not in VARIABLES:
            return _("'%(name)s' is geen ads.txt-variabele (wel: %(known)s).") % {
                "name": name.strip(),
                "known": ", ".join(sorted(VARIABLES)),
            }
        return "" if value.strip() else _("de variabele heeft geen waarde.")
    fields = [field.strip() for field in line.split(",")]
    if len(fields) not in (3, 4):
        return _(
            "verwacht 'domein, verkopers-id, DIRECT of RESELLER' en eventueel een certificeringscode, "
            "gescheiden door komma's."
        )
    domain, seller, relationship, *certification = fields
    if not DOMAIN.fullmatch(domain):
        return _("'%(domain)s' is geen domeinnaam.") % {"domain": domain}
    if not SELLER_ID.fullmatch(seller):
        return _("de verkopers-id ontbreekt of bevat spaties.")
    if relationship.upper() not in RELATIONSHIPS:
        return _("het derde veld moet DIRECT of RESELLER zijn, niet '%(value)s'.") % {"value": relationship}
    if certification and not SELLER_ID.fullmatch(certification[0]):
        return _("de certificeringscode bevat spaties of is leeg.")
    return ""


def validate_ads_txt(text: str) -> None:
    """Raise ValidationError naming every line of `text` that is not valid ads.txt."""
    errors = line_errors(text)
    if errors:
        raise ValidationError(errors)
