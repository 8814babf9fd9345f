"""Query parameters of the API's endpoints: checked here, documented in the OpenAPI schema from here.

A bad value (not a number, a broken cursor) is a 400 naming the parameter; a well-formed id of nothing
(section=12345) a 404 naming it, as the schema says.
"""

import datetime

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from krant.api.pagination import CURSOR_PATTERN, DEFAULT_LIMIT, INVALID_CURSOR, MAX_CURSOR_LENGTH, MAX_LIMIT
from krant.authors.models import AuthorPage
from krant.news.models import DossierPage, Label, SectionPage
from krant.news.readership import MAX_ARTICLE_ID
from krant.search.services import MAX_QUERY_LENGTH

# Dates outside these bounds filter nothing: no article is that old or new, and the database's times
# (and the conversion to UTC) end somewhere, so an earlier or later date is treated as no bound at all.
EARLIEST_DATE = datetime.date(1800, 1, 1)
LATEST_DATE = datetime.date(9000, 12, 31)


class MomentField(serializers.DateTimeField):
    """A moment in ISO 8601 with its offset (2026-03-01T09:30:00+01:00, or Z for UTC), as an aware datetime.

    A time without offset is refused: it would mean a different moment to the client than to us.
    """

    default_error_messages = {
        "invalid": _(
            "Geef een tijdstip in ISO 8601 met tijdzone, bijvoorbeeld 2026-03-01T09:30:00+01:00 of "
            "2026-03-01T08:30:00Z."
        ),
    }

    def to_internal_value(self, value):
        if not isinstance(value, str):
            self.fail("invalid")
        try:
            moment = parse_datetime(value.strip().upper())  # RFC 3339 allows a lower-case t and z
        except ValueError:  # a well-formed date that does not exist, such as 31 February
            moment = None
        if moment is None or moment.tzinfo is None:
            self.fail("invalid")
        # As for dates: beyond these bounds no article changed, and UTC cannot name the calendar's edges.
        if moment.date() < EARLIEST_DATE:
            return datetime.datetime(EARLIEST_DATE.year, 1, 1, tzinfo=datetime.UTC)
        if moment.date() > LATEST_DATE:
            return datetime.datetime(LATEST_DATE.year, 12, 31, tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC)


class PageField(serializers.IntegerField):
    """The id of a live, public page of one type; the value becomes that page."""

    def __init__(self, model, message, **kwargs):
        self.model = model
        self.message = message
        super().__init__(min_value=1, max_value=MAX_ARTICLE_ID, required=False, **kwargs)

    def run_validation(self, data=serializers.empty):
        pk = super().run_validation(data)  # a number in range, or a 400 saying why not
        page = self.model.objects.live().public().filter(pk=pk).first()
        if page is None:
            raise serializers.ValidationError(self.message % {"id": pk}, code="unknown")
        return page


def section_field(help_text: str) -> PageField:
    return PageField(SectionPage, _("Er is geen rubriek met id %(id)s."), help_text=help_text)


def dossier_field(help_text: str) -> PageField:
    return PageField(DossierPage, _("Er is geen dossier met id %(id)s."), help_text=help_text)


class Parameters(serializers.Serializer):
    """Parameters of a list: its position and length."""

    cursor = serializers.RegexField(
        CURSOR_PATTERN,
        required=False,
        max_length=MAX_CURSOR_LENGTH,
        error_messages={"invalid": INVALID_CURSOR},
        help_text=(
            "Where the page starts: take it from the `next` link of the previous page. Opaque URL-safe "
            "base64 without padding; a value this API did not write is a 400."
        ),
    )
    limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_LIMIT,
        default=DEFAULT_LIMIT,
        help_text="Items per page.",
    )


class ArticleParameters(Parameters):
    section = section_field("Only this section's articles, its subsections' and those also listed in it.")
    dossier = dossier_field("Only the articles in this dossier.")
    author = PageField(
        AuthorPage, _("Er is geen auteur met id %(id)s."), help_text="Only the articles with this byline."
    )
    label = serializers.ChoiceField(
        choices=[value for value in Label.values if value],
        required=False,
        help_text="Only articles with this label.",
    )
    updated_since = MomentField(
        required=False,
        help_text=(
            "For syncing: only articles changed at or after this moment (ISO 8601 with offset), oldest "
            "change first, so that paging on reaches the newest and a change made meanwhile comes last. "
            "Keep the `changed_at` of the last article seen and pass it next time; the response then "
            "has a `count`. Withdrawn articles are not listed."
        ),
    )


class LiveUpdateParameters(Parameters):
    since = serializers.IntegerField(
        required=False,
        min_value=0,
        max_value=2**63 - 1,
        help_text=(
            "For polling: only the updates posted after the one with this id, oldest first; pass the "
            "highest id seen. Without it: all updates, newest first. Corrections and deletions show "
            "when the list is read again."
        ),
    )


class DossierParameters(Parameters):
    active = serializers.ChoiceField(
        choices=["true", "false"],
        required=False,
        help_text="true: only ongoing dossiers; false: only closed ones; absent: all.",
    )


class MostReadParameters(serializers.Serializer):
    section = section_field("Only this section's articles, its subsections' and those also listed in it.")
    limit = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_LIMIT, default=10, help_text="How many articles."
    )


class SearchParameters(Parameters):
    q = serializers.CharField(
        max_length=MAX_QUERY_LENGTH,
        help_text=(
            'Words to look for, all of which must occur. "Quoted words" stand together, -word or NIET word '
            "excludes, word OF word finds either."
        ),
    )
    section = section_field("Only this section's articles, its subsections' and those also listed in it.")
    dossier = dossier_field("Only the articles in this dossier.")
    since = serializers.DateField(
        required=False, help_text="Published on or after this day (Amsterdam time)."
    )
    until = serializers.DateField(
        required=False, help_text="Published on or before this day (Amsterdam time)."
    )
    order = serializers.ChoiceField(
        choices=["relevance", "date"],
        required=False,
        default="relevance",
        help_text="relevance: best match first; date: newest first.",
    )

    def validate_since(self, value):
        return value if value >= EARLIEST_DATE else None

    def validate_until(self, value):
        return value if value <= LATEST_DATE else None

    def validate(self, attrs):
        since, until = attrs.get("since"), attrs.get("until")
        if since and until and since > until:
            raise serializers.ValidationError({"until": [_("De einddatum ligt voor de begindatum.")]})
        return attrs


class CommentParameters(Parameters):
    sort = serializers.ChoiceField(
        choices=["newest", "oldest", "respect"],
        required=False,
        default="newest",
        help_text=(
            "newest or oldest first, or most respect first. Comments the newsroom picked ('Uitgelicht') come "
            "first in every order."
        ),
    )
