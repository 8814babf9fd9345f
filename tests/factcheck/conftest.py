import pytest

from krant.factcheck.models import FactCheckIndexPage
from krant.news.models import SectionPage
from tests.api.conftest import api  # noqa: F401 - a client as an app would be
from tests.factories import add_page, make_fact_check


@pytest.fixture
def overig(tree):
    return add_page(tree.home, SectionPage(title="Overig", slug="overig"))


@pytest.fixture
def listing(overig):
    return add_page(overig, FactCheckIndexPage(title="Factcheck", slug="factcheck", intro="Klopt het?"))


@pytest.fixture
def check(tree):
    return make_fact_check(tree.binnenland)
