"""What the importers remember: a fixed-length identity per source, and records that name their source."""

import pytest
from django.db import IntegrityError

from krant.ingest.models import ImportRecord, identity_key


def test_identity_key_is_fixed_length_and_tells_sources_apart():
    """Any address, however long, gives a 64-character key; different parts give different keys."""
    long_address = "https://dekade.example/" + "a" * 5000
    assert len(identity_key("page", long_address)) == 64
    assert identity_key("page", "x") == identity_key("page", "x")
    assert identity_key("page", "ab") != identity_key("pagea", "b")  # parts are kept apart


def test_record_names_its_source(tree):
    """An import record reads as its kind and its source address, id or file."""
    record = ImportRecord(kind=ImportRecord.Kind.PAGE, page=tree.home, source_url="https://dekade.example/x")
    assert str(record) == "opgeslagen pagina: https://dekade.example/x"
    record = ImportRecord(kind=ImportRecord.Kind.WORDPRESS_POST, page=tree.home, source_id="guid-12")
    assert str(record) == "WordPress-bericht: guid-12"


def test_one_record_per_source(tree):
    """The same source identity cannot be recorded twice: a second import updates, never copies."""
    key = identity_key("page", "https://dekade.example/x")
    ImportRecord.objects.create(kind=ImportRecord.Kind.PAGE, key=key, page=tree.home)
    with pytest.raises(IntegrityError):
        ImportRecord.objects.create(kind=ImportRecord.Kind.PAGE, key=key, page=tree.home)
