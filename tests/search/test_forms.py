"""The search form: dates as readers type them, page choices by id only, sections indented like the menu."""

import datetime

import pytest

from krant.search.forms import SearchForm
from tests.factories import make_article


@pytest.mark.parametrize("typed", ["2026-11-29", "29-11-2026", "29/11/2026"])
def test_dates_in_the_pickers_and_the_dutch_formats_are_read(tree, typed):
    """The picker's yyyy-mm-dd and the Dutch dd-mm-yyyy and dd/mm/yyyy all give the same day."""
    form = SearchForm({"q": "brug", "van": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["van"] == datetime.date(2026, 11, 29)


def test_a_date_that_is_no_date_is_an_error_and_the_picker_is_left_empty(tree):
    """'morgen' is refused with the format to use, and the picker does not echo it back."""
    form = SearchForm({"q": "brug", "van": "morgen"})
    assert not form.is_valid()
    assert "jjjj-mm-dd" in form.errors["van"][0]
    assert 'value="morgen"' not in str(form["van"])


def test_an_end_before_the_start_is_an_error_on_the_end(tree):
    """'Tot en met' before 'Van' is refused on the second field."""
    form = SearchForm({"q": "brug", "van": "2026-11-29", "tot": "2026-11-01"})
    assert not form.is_valid()
    assert list(form.errors) == ["tot"]


@pytest.mark.parametrize("value", ["abc", "1e3", "99999999999999999999999", "-1"])
def test_a_section_that_is_no_page_id_is_an_unknown_choice(tree, value):
    """Letters, exponents, negative numbers and numbers past 64 bits never reach the database as ids."""
    form = SearchForm({"q": "brug", "rubriek": value})
    assert not form.is_valid()
    assert "rubriek" in form.errors


def test_subsections_are_indented_under_their_section(tree):
    """The choice lists sections in menu order, subsections behind a dash."""
    labels = [label for _, label in SearchForm().fields["rubriek"].choices]
    assert labels.index("Economie") < labels.index("– Klimaat")


def test_only_live_dossiers_can_be_chosen(tree):
    """An unpublished dossier is not a choice."""
    tree.dossier.unpublish()
    assert tree.dossier.pk not in [
        value.value for value, _ in SearchForm().fields["dossier"].choices if value
    ]


def test_the_valid_form_gives_the_search_it_asks_for(tree):
    """Words, filters and order become one ArticleSearch; the default order is relevance."""
    make_article(tree.klimaat, "Windpark bij de kust")
    form = SearchForm({"q": "windpark", "rubriek": tree.economie.pk, "sorteer": ""})
    assert form.is_valid(), form.errors
    search = form.article_search()
    assert (search.query, search.section, search.order) == ("windpark", tree.economie.specific, "relevance")
    assert form.has_filters()
