"""XMLTV documents and the Tv-gids page for the tests."""

import io
from datetime import UTC, datetime

import pytest

from krant.tvguide.models import TvGuidePage
from krant.tvguide.services import import_listing
from krant.tvguide.xmltv import read
from tests.factories import add_page


@pytest.fixture
def guide_page(tree) -> TvGuidePage:
    return add_page(tree.home, TvGuidePage(title="Tv-gids", slug="tv-gids"))


def channel(xmltv_id: str = "een.test", name: str = "Kade 1") -> str:
    return f'<channel id="{xmltv_id}"><display-name lang="nl">{name}</display-name></channel>'


def programme(
    start: str, title: str, stop: str | None = None, channel: str = "een.test", extra: str = ""
) -> str:
    stop_attr = f' stop="{stop}"' if stop else ""
    return (
        f'<programme start="{start}"{stop_attr} channel="{channel}"><title>{title}</title>{extra}</programme>'
    )


def document(*elements: str, doctype: str = "") -> bytes:
    body = "\n".join(elements)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<tv>\n{body}\n</tv>\n'.encode()


def load(*elements: str):
    return import_listing(read(io.BytesIO(document(*elements))))


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)
