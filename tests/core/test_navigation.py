"""Menus are built from content: editors add, rename and reorder sections without a deploy."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from krant.core.navigation import navigation
from krant.news.models import SectionPage
from tests.factories import add_page, publish


def titles(items):
    return [item.title for item in items]


def test_groups_and_their_children(tree):
    menu = navigation(tree.site)["main"]
    assert titles(menu) == ["Voorpagina", "Economie"]
    assert titles(menu[0].children) == ["Net binnen", "Binnenland", "Verkiezingen"]
    assert titles(menu[1].children) == ["Klimaat"]
    assert menu[1].children[0].url == "/economie/klimaat/"


def test_new_section_appears(tree):
    add_page(tree.economie, SectionPage(title="Tech", slug="tech"))
    assert titles(navigation(tree.site)["main"][1].children) == ["Klimaat", "Tech"]


def test_renamed_section_is_renamed_in_the_menu(tree):
    tree.klimaat.title = "Klimaat en energie"
    publish(tree.klimaat)
    assert titles(navigation(tree.site)["main"][1].children) == ["Klimaat en energie"]


def test_reordered_sections_follow_the_tree(tree):
    tech = add_page(tree.economie, SectionPage(title="Tech", slug="tech"))
    tech.move(tree.klimaat, pos="left")
    assert titles(navigation(tree.site)["main"][1].children) == ["Tech", "Klimaat"]


def test_unpublished_or_hidden_sections_leave_the_menu(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree.klimaat.unpublish()
    assert titles(navigation(tree.site)["main"][1].children) == []
    tree.binnenland.show_in_menus = False
    with django_capture_on_commit_callbacks(execute=True):
        publish(tree.binnenland)
    assert "Binnenland" not in titles(navigation(tree.site)["main"][0].children)


def test_menu_is_cached_in_a_constant_number_of_queries(tree, django_assert_max_num_queries):
    navigation(tree.site)
    with django_assert_max_num_queries(0):
        navigation(tree.site)


def test_a_request_reads_its_menus_from_the_local_cache_once(tree, rf):
    """The header and the consent link both ask for the menus: the second has them from the request."""
    request = rf.get("/")
    first = navigation(tree.site, request)
    assert navigation(tree.site, request) is first
    assert navigation(tree.site, rf.get("/")) is not first  # another request unpickles its own copy
    assert navigation(tree.site, rf.get("/")) == first


def test_sections_behind_a_view_restriction_leave_the_menu(tree, django_capture_on_commit_callbacks):
    """A restricted section leaves the menu, and comes back when the restriction goes."""
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=tree.klimaat, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert titles(navigation(tree.site)["main"][1].children) == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert titles(navigation(tree.site)["main"][1].children) == ["Klimaat"]


def test_menus_are_built_from_narrow_rows_in_pinned_queries(tree):
    """Built cold, the menus read the settings, the restricted paths, each link list, the sections under
    the groups and the site pages (Net binnen, Meest gelezen, privacy settings): one query each, and
    only the columns a menu shows (a page's title and address), never whole pages."""
    navigation(tree.site)
    caches["local"].clear()
    with CaptureQueriesContext(connection) as queries:
        navigation(tree.site)
    assert len(queries) == 8
    assert not [query["sql"] for query in queries if "search_description" in query["sql"]]
