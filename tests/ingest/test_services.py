"""import_page: a saved page becomes a draft article, once; again means a new revision, never a copy."""

from datetime import datetime

import pytest
from wagtail.models import Revision

from krant.authors.models import AuthorPage
from krant.ingest.dates import AMSTERDAM
from krant.ingest.models import ImportRecord
from krant.ingest.report import attempt
from krant.ingest.services import SectionNotFound, Status, find_section, import_page
from krant.news.models import ArticlePage, ArticleYearPage, SectionPage
from tests.factories import make_author, make_user


def draft_of(outcome) -> ArticlePage:
    return ArticlePage.objects.get(pk=outcome.page_id).get_latest_revision_as_object()


def block_types(article) -> list[str]:
    return [block.block_type for block in article.body]


def test_page_becomes_a_draft_in_the_year_folder_of_its_date(tree, saved):
    """A draft (not live, no publication date on the page itself), stored in the folder of its year."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    assert outcome.status == Status.CREATED
    article = ArticlePage.objects.get(pk=outcome.page_id)
    assert not article.live
    assert article.first_published_at is None  # a draft is not a withdrawn article
    assert article.get_parent().slug == "2025"
    draft = draft_of(outcome)
    assert draft.title == "Veerpont Zandmeer vaart weer na maanden stilstand"
    assert draft.intro.startswith("Na vier maanden reparatie")
    assert draft.home_section == tree.binnenland
    assert block_types(draft) == ["paragraph", "paragraph", "intertitle", "paragraph", "quote", "paragraph"]
    assert draft.body[2].value == "Nieuwe dienstregeling"
    assert draft.body[4].value["attribution"] == "Wethouder Ilse Kramer"
    assert draft.first_published_at == datetime(2025, 3, 14, 7, 45, tzinfo=AMSTERDAM)


def test_import_record_keeps_the_original_address(tree, saved):
    """The original URL, site, byline and time are in the import record of the article."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    record = ImportRecord.objects.get(page_id=outcome.page_id)
    assert record.kind == ImportRecord.Kind.PAGE
    assert record.source_url == "https://www.zandmeerdagblad.example/regio/veerpont-zandmeer-vaart-weer-48213"
    assert record.source_name == "Zandmeer Dagblad"
    assert record.byline == "Marieke Verbeek"
    assert record.original_published_at == datetime(2025, 3, 14, 7, 45, tzinfo=AMSTERDAM)
    assert record.file_name.endswith("jsonld.html")


def test_byline_links_the_author_page_of_that_name(tree, saved):
    """A byline that names someone with an author page links to it; the source line is the site."""
    author = make_author(tree, "Marieke Verbeek")
    draft = draft_of(import_page(saved("jsonld.html"), tree.binnenland))
    assert [link.author for link in draft.author_links.all()] == [author]
    assert draft.source_credit == "Zandmeer Dagblad"


def test_unknown_names_stay_in_the_source_line(tree, saved):
    """Nobody is invented: names without an author page are credited in the source line, and reported."""
    authors = AuthorPage.objects.count()
    outcome = import_page(saved("article_only.html"), tree.binnenland)
    draft = draft_of(outcome)
    assert AuthorPage.objects.count() == authors
    assert list(draft.author_links.all()) == []
    assert draft.source_credit == "Nieuwsblad Oostvaart / Jan de Boer, Fatima El Amrani"
    assert "no author page for Jan de Boer, Fatima El Amrani" in outcome.notes[0]


def test_some_names_known_some_not(tree, saved):
    make_author(tree, "Fatima El Amrani")
    draft = draft_of(import_page(saved("article_only.html"), tree.binnenland))
    assert [link.author.title for link in draft.author_links.all()] == ["Fatima El Amrani"]
    assert draft.source_credit == "Nieuwsblad Oostvaart / Jan de Boer"


def test_source_option_overrides_the_site_name(tree, saved):
    draft = draft_of(import_page(saved("jsonld.html"), tree.binnenland, source="ANP"))
    assert draft.source_credit == "ANP / Marieke Verbeek"


def test_text_form_becomes_a_draft(tree, saved):
    """The text rendering imports like HTML: intertitle and quote blocks, source from the logo line."""
    outcome = import_page(saved("tekstpagina.txt"), tree.economie)
    draft = draft_of(outcome)
    assert draft.title == "Schaatsbaan op de Zandplas gaat na zes jaar weer open"
    assert block_types(draft) == [
        "paragraph", "paragraph", "paragraph", "intertitle", "paragraph", "quote", "paragraph",
    ]  # fmt: skip
    assert draft.source_credit == "Zandmeer Dagblad / Marieke Verbeek"
    assert draft.first_published_at == datetime(2025, 1, 12, 8, 30, tzinfo=AMSTERDAM)


def test_same_page_again_changed_gives_a_new_revision_not_a_copy(tree, saved):
    """A changed page with the same address updates its draft with a new revision."""
    page = saved("jsonld.html")
    first = import_page(page, tree.binnenland)
    page.write_text(page.read_text().replace("elk kwartier", "elke tien minuten"), encoding="utf-8")
    second = import_page(page, tree.binnenland)
    assert second.status == Status.UPDATED
    assert second.page_id == first.page_id
    assert ArticlePage.objects.count() == 1
    assert Revision.page_revisions.filter(object_id=str(first.page_id)).count() == 2
    assert "elke tien minuten" in draft_of(second).body[3].value.source
    assert ImportRecord.objects.count() == 1


def test_same_page_saved_under_another_name_is_the_same_article(tree, saved):
    """The address identifies the page, not the file name."""
    first = import_page(saved("jsonld.html"), tree.binnenland)
    again = import_page(saved("jsonld.html", as_name="kopie.html"), tree.binnenland)
    assert again.page_id == first.page_id
    assert again.status == Status.UNCHANGED


def test_unchanged_page_makes_no_new_revision(tree, saved):
    first = import_page(saved("tekstpagina.txt"), tree.binnenland)
    again = import_page(saved("tekstpagina.txt"), tree.binnenland)
    assert again.status == Status.UNCHANGED
    assert again.page_id == first.page_id
    assert Revision.page_revisions.filter(object_id=str(first.page_id)).count() == 1


def test_text_page_without_address_is_known_by_its_text(tree, saved):
    """Without an address, the same text is the same article; other text is another article."""
    first = import_page(saved("tekstpagina.txt"), tree.binnenland)
    copy = saved("tekstpagina.txt", as_name="elders.txt")
    assert import_page(copy, tree.binnenland).page_id == first.page_id
    copy.write_text(copy.read_text().replace("negen centimeter", "tien centimeter"), encoding="utf-8")
    assert import_page(copy, tree.binnenland).page_id != first.page_id


def test_published_article_is_not_overwritten(tree, saved):
    """Once an editor published the article, an import is a new draft revision; the live text stays."""
    page = saved("jsonld.html")
    first = import_page(page, tree.binnenland)
    article = ArticlePage.objects.get(pk=first.page_id)
    article.get_latest_revision().publish()
    page.write_text(page.read_text().replace("Nieuwe dienstregeling", "Vaker varen"), encoding="utf-8")
    second = import_page(page, tree.binnenland)
    article.refresh_from_db()
    assert second.status == Status.UPDATED
    assert "is published" in second.message and "live article is unchanged" in second.message
    assert article.live
    assert article.has_unpublished_changes
    assert article.body[2].value == "Nieuwe dienstregeling"
    assert draft_of(second).body[2].value == "Vaker varen"


def test_publishing_the_draft_keeps_the_original_time(tree, saved):
    """The desk publishes the imported draft: it carries the time the source published it."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    ArticlePage.objects.get(pk=outcome.page_id).get_latest_revision().publish()
    article = ArticlePage.objects.get(pk=outcome.page_id)
    assert article.live
    assert article.first_published_at == datetime(2025, 3, 14, 7, 45, tzinfo=AMSTERDAM)


def test_editors_changes_since_the_last_import_are_reported(tree, saved):
    """When an editor saved the draft after the import, the report says their version is in the history."""
    page = saved("jsonld.html")
    first = import_page(page, tree.binnenland)
    draft = draft_of(first)
    draft.title = "Pont vaart weer"
    draft.save_revision(user=make_user("eindredacteur", "Eindredactie"))
    page.write_text(page.read_text().replace("elk kwartier", "elke tien minuten"), encoding="utf-8")
    second = import_page(page, tree.binnenland)
    assert "changes made since the last import are in the page history" in second.message


def test_imported_draft_is_unknown_to_readers(tree, saved, client):
    """Before an editor publishes it, the imported article's address is a plain 404, not a 410."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    response = client.get(f"/binnenland/{outcome.page_id}/x/")
    assert response.status_code == 404


def test_bad_file_leaves_nothing_behind(tree, tmp_path):
    """A file that is no article creates no page, no folder and no record."""
    empty = tmp_path / "leeg.html"
    empty.write_bytes(b"")
    pages = ArticlePage.objects.count()
    with pytest.raises(Exception, match="empty file"):
        import_page(empty, tree.binnenland)
    assert ArticlePage.objects.count() == pages
    assert not ImportRecord.objects.exists()


def test_a_failing_write_leaves_nothing_half_made(tree, saved):
    """A write that fails halfway (the section was deleted meanwhile) is rolled back whole, and reported."""
    section = tree.binnenland
    SectionPage.objects.get(pk=section.pk).delete()
    outcome = attempt(lambda: import_page(saved("jsonld.html"), section))
    assert outcome.status == Status.FAILED
    assert outcome.message.startswith("not a valid page: home_section:")
    assert not ArticlePage.objects.exists()
    assert not ArticleYearPage.objects.filter(slug="2025").exists()  # the folder made for it went too
    assert not ImportRecord.objects.exists()


def test_find_section_by_slug_path_and_id(tree):
    assert find_section("binnenland") == tree.binnenland
    assert find_section("economie/klimaat") == tree.klimaat
    assert find_section(str(tree.economie.pk)) == tree.economie


def test_unknown_section_names_the_known_ones(tree):
    with pytest.raises(SectionNotFound, match=r"unknown section 'sprot' \(sections: binnenland, economie"):
        find_section("sprot")
