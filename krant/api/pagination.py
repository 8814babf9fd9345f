"""Cursor pagination: a `next` link that stays right while the newsroom publishes.

Lists in publication order page by keyset: the cursor holds the sort values of the last item shown, and
the next page starts strictly after it. A new article at the top never shifts an item onto a second page
twice or makes one disappear, and any page costs the same, however deep. Ranked search results have no
such key: their cursor holds an offset instead. Both cursors are opaque (URL-safe base64 of JSON) and
carry a version, so their format may change without old links breaking silently.

Written by hand rather than with DRF's CursorPagination: that one keys on a single field plus an offset
for ties, and builds links from the Host header; here the key is the full sort order (the id breaks
ties) and links start with KRANT_BASE_URL.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from krant.api.links import request_url

DEFAULT_LIMIT = 20
MAX_LIMIT = 50
MAX_OFFSET = 10_000  # ranked results deeper than this are never worth reading; bounds the work
CURSOR_VERSION = 1
MAX_CURSOR_LENGTH = 1000


# What encode() writes: URL-safe base64 without padding, so never 4n+1 characters long. Declared in the
# OpenAPI schema, so that a value no cursor can have (cursor=0) is visibly outside it.
CURSOR_PATTERN = r"^(?:[A-Za-z0-9_-]{4})*[A-Za-z0-9_-]{2,4}$"
INVALID_CURSOR = _("Deze cursor is ongeldig. Gebruik de link uit 'next' van de vorige pagina.")


def invalid_cursor() -> ValidationError:
    return ValidationError({"cursor": [INVALID_CURSOR]}, code="invalid_cursor")


def encode(payload: list) -> str:
    raw = json.dumps([CURSOR_VERSION, *payload], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> list:
    """Return the values in `cursor`; raise ValidationError for anything this module did not write."""
    if not cursor:
        raise invalid_cursor()
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise invalid_cursor()
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw.decode())
        # JSON may spell a lone surrogate (\ud800): valid JSON, but no UTF-8 text, so no database
        # could compare it. Encoding again finds any, wherever it hides (UnicodeEncodeError).
        json.dumps(payload, ensure_ascii=False).encode()
    except (binascii.Error, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise invalid_cursor() from None
    if not isinstance(payload, list) or not payload or payload[0] != CURSOR_VERSION:
        raise invalid_cursor()
    return payload[1:]


@dataclass(frozen=True)
class Keyset:
    """A sort order over unique keys: `fields` in order, all descending or all ascending.

    A field written "-name" goes the other way from the rest (comments: editor picks first, then oldest
    first). Its cursors start with `name`, so a cursor from a list in another order is refused, not misread.
    """

    name: str
    fields: tuple[str, ...]
    descending: bool = False

    def directions(self) -> list[tuple[str, bool]]:
        """Return (field, descending) for each field of the order."""
        return [(field.removeprefix("-"), self.descending != field.startswith("-")) for field in self.fields]

    def order(self, queryset: QuerySet) -> QuerySet:
        return queryset.order_by(*(("-" if down else "") + name for name, down in self.directions()))

    def values(self, item) -> list:
        """Return the cursor values of `item`: its sort keys, dates as ISO 8601 text."""
        values = [getattr(item, name) for name, _down in self.directions()]
        return [self.name, *(value.isoformat() if isinstance(value, datetime) else value for value in values)]

    def after(self, queryset: QuerySet, cursor: str) -> QuerySet:
        """Return the items of `queryset` that come after the position `cursor` points at."""
        values = self.parse(queryset.model, decode(cursor))
        directions = self.directions()
        # (a, b) after (x, y): a after x, or a = x and b after y.
        condition = Q()
        for index, (name, down) in enumerate(directions):
            equal = {field: values[i] for i, (field, _down) in enumerate(directions[:index])}
            condition |= Q(**equal, **{f"{name}__{'lt' if down else 'gt'}": values[index]})
        return queryset.filter(condition)

    def parse(self, model, values: list) -> list:
        """Return `values` as the Python values of this keyset's fields; raise for anything else."""
        if len(values) != len(self.fields) + 1 or values[0] != self.name:
            raise invalid_cursor()
        values = values[1:]
        parsed = []
        for (name, _down), value in zip(self.directions(), values, strict=True):
            field = model._meta.pk if name == "pk" else model._meta.get_field(name)
            while field.is_relation:  # a page's pk is the link to wagtailcore.Page: compare its id
                field = field.target_field
            parsed.append(parse_value(field, value))
        return parsed


def parse_value(field: models.Field, value):
    if isinstance(field, models.DateTimeField):
        if not isinstance(value, str):
            raise invalid_cursor()
        try:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError("a time without offset")
            # The database compares in UTC; a time at the edge of the calendar has no UTC equivalent.
            return moment.astimezone(UTC)
        except (ValueError, OverflowError):
            raise invalid_cursor() from None
    if isinstance(field, models.BooleanField):
        if not isinstance(value, bool):
            raise invalid_cursor()
        return value
    if isinstance(field, models.IntegerField | models.AutoField):
        # bool is an int in Python; a 64-bit key bounds what the database can compare.
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**63:
            raise invalid_cursor()
        return value
    if isinstance(value, str) and "\x00" not in value:  # PostgreSQL refuses NUL in text
        return value
    raise invalid_cursor()


NEWEST_FIRST = Keyset("newest", ("first_published_at", "pk"), descending=True)  # the id breaks ties
OLDEST_CHANGE_FIRST = Keyset("changed", ("last_published_at", "pk"))  # for syncing: new changes come last
BY_TITLE = Keyset("title", ("title", "pk"))
NEWEST_VIDEO_FIRST = Keyset("videos", ("created_at", "pk"), descending=True)
NEWEST_UPDATE_FIRST = Keyset("updates", ("pk",), descending=True)  # a liveblog's updates
UPDATES_SINCE = Keyset("since", ("pk",))  # polling: the updates after one, oldest first
TREE_ORDER = Keyset("tree", ("path",))  # a page's place in Wagtail's tree: unique, parents before children


@dataclass
class Page:
    """One page of a list: its items and the full address of the next page, if any."""

    items: list
    next: str | None


def keyset_page(request: Request, queryset: QuerySet, keyset: Keyset, limit: int, cursor: str | None) -> Page:
    """Return the page of `queryset` (in `keyset` order) after `cursor`, `limit` items long."""
    queryset = keyset.order(queryset)
    if cursor:
        queryset = keyset.after(queryset, cursor)
    items = list(queryset[: limit + 1])  # one more than shown says whether there is a next page
    if len(items) <= limit:
        return Page(items, None)
    items = items[:limit]
    return Page(items, request_url(request, cursor=encode(keyset.values(items[-1]))))


def offset_of(cursor: str | None) -> int:
    """Return the offset a ranked list's cursor holds (0 without one)."""
    if not cursor:
        return 0
    values = decode(cursor)
    if len(values) != 2 or values[0] != "offset":
        raise invalid_cursor()
    offset = values[1]
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 < offset <= MAX_OFFSET:
        raise invalid_cursor()
    return offset


def offset_page(request: Request, results, total: int, limit: int, cursor: str | None) -> Page:
    """Return the page of ranked `results` (sliceable, `total` long) at the offset `cursor` holds."""
    offset = offset_of(cursor)
    items = list(results[offset : offset + limit])
    following = offset + limit
    if following >= total or following > MAX_OFFSET:
        return Page(items, None)
    return Page(items, request_url(request, cursor=encode(["offset", following])))
