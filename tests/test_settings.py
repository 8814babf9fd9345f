"""krant/settings.py installs only what krant uses."""

from django.apps import apps


def test_routable_page_is_not_installed():
    """No page type routes sub-URLs with RoutablePageMixin (articles route by id in SectionPage.route)."""
    assert not apps.is_installed("wagtail.contrib.routable_page")


def test_search_promotions_are_installed():
    """Editors' picks ('Aanbevolen') are shown above the results of /zoeken/."""
    assert apps.is_installed("wagtail.contrib.search_promotions")
