"""`krant import-wordpress`: an export becomes articles, sections, dossiers, authors and redirects."""

import os
import subprocess
import sys
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect

from krant.authors.models import AuthorPage
from krant.core.models import KrantImage, StaticPage
from krant.ingest.body import Embed, Intertitle, Paragraph, Picture, Quote
from krant.ingest.models import ImportRecord
from krant.ingest.wordpress import RefusedExport, convert_content, read_export
from krant.news.models import ArticlePage, DossierIndexPage, DossierPage, SectionPage
from tests.factories import add_page, make_author
from tests.ingest.conftest import FIXTURES, picture

ATTACHMENTS = read_export(FIXTURES / "wordpress.xml").attachments


def run(export, *args, expect_failures=False) -> str:
    out = StringIO()
    arguments = [str(export), "--allow-private-hosts", *args]
    if expect_failures:
        with pytest.raises(CommandError) as failed:
            call_command("import_wordpress", *arguments, stdout=out, stderr=StringIO())
        assert failed.value.returncode == 1
    else:
        call_command("import_wordpress", *arguments, stdout=out, stderr=StringIO())
    return out.getvalue()


def line_for(output: str, subject: str) -> str:
    return next(line for line in output.splitlines() if f" {subject}: " in line)


def imported(post_id: int) -> ArticlePage:
    record = ImportRecord.objects.get(source_id=f"https://oostvaarder.example/?p={post_id}")
    return record.page.specific


# --- reading the export ---


def test_reads_the_export():
    """Site, authors, categories with their parents, tags and items are read from the WXR file."""
    export = read_export(FIXTURES / "wordpress.xml")
    assert (export.title, export.site_url, export.version) == (
        "Oostvaarder Weekblad",
        "https://oostvaarder.example",
        "1.2",
    )
    assert export.authors["jdeboer"].name == "Jan de Boer"
    assert export.categories["gemeente"].name == "Gemeente & politiek"
    assert export.categories["zaalvoetbal"].parent == "sport"
    assert export.tags["begroting-2024"].name == "Begroting 2024"
    post = next(item for item in export.items if item.post_id == 101)
    assert post.published_at == datetime(2024, 5, 14, 6, 30, tzinfo=UTC)
    assert post.meta["_thumbnail_id"] == "10"
    assert [term.slug for term in post.tags] == ["veerpont", "begroting-2024"]
    assert sorted(ATTACHMENTS) == [10, 11]


def test_classic_content_becomes_blocks():
    """Blank lines make paragraphs, a single line break a <br>; headings, captions, quotes and videos
    become their blocks; scripts, unknown frames and unknown shortcodes go, and are named."""
    post = next(item for item in read_export(FIXTURES / "wordpress.xml").items if item.post_id == 101)
    converted = convert_content(post.content, ATTACHMENTS, "https://oostvaarder.example")
    parts = converted.parts
    assert parts[0] == Paragraph(
        "<p>De veerpont tussen Oostvaart en Oosterkade vaart sinds dinsdagochtend weer. De boot lag bijna "
        "vier maanden stil door een gebroken schroefas.</p>"
    )
    assert "<b>twintig kilometer</b>" in parts[1].html
    assert "fietsers te wachten.<br/>De schipper deelde koffie uit." in parts[1].html
    assert parts[2] == Intertitle("Elk kwartier een overtocht")
    # the full-size original of the attachment, not the resized copy in the post
    assert parts[4] == Picture(
        "http://images.invalid/wp-content/uploads/2024/05/beker.png",
        "De zaalvoetballers met de beker",
        "Elftal met beker",
    )
    assert parts[5] == Quote("We hebben de motor meteen ook vervangen.", "Schipper Kees Mulder")
    assert parts[6] == Embed("https://www.youtube.com/watch?v=abcDEF12345")
    assert parts[7] == Paragraph("<p>Zie ook [sic] de dienstregeling en [gallery] voor de codes.</p>")
    assert parts[8] == Embed("https://www.youtube.com/watch?v=ZYX98765432")
    assert parts[9] == Paragraph(
        "<ul><li>Maandag tot vrijdag: 06.00 tot 23.00 uur</li><li>Weekend: 08.00 tot 22.00 uur</li></ul>"
    )
    assert len(parts) == 10
    assert converted.notes == [
        "dropped shortcode [contact-form-7]",
        "removed <iframe> from kaarten.example",
        "removed <script>",
    ]
    assert not any("reclame" in getattr(part, "html", "") for part in parts)


def test_block_editor_content_becomes_blocks():
    """Gutenberg's comments vanish; its image, embed and quote blocks become ours."""
    post = next(item for item in read_export(FIXTURES / "wordpress.xml").items if item.post_id == 102)
    parts = convert_content(post.content, ATTACHMENTS).parts
    assert [type(part).__name__ for part in parts] == ["Paragraph", "Paragraph", "Picture", "Embed", "Quote"]
    assert parts[2].caption == "Na het eindsignaal"
    assert parts[3] == Embed("https://twitter.com/zvvoostvaart/status/1790000000000000000")
    assert parts[4] == Quote("Dit vergeten we nooit meer.", "Sem Visser")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[youtube=https://www.youtube.com/watch?v=AAAAAAAAAAA]", [Embed("https://www.youtube.com/watch?v=AAAAAAAAAAA")]),
        ("[vimeo 123456]", [Embed("https://vimeo.com/123456")]),
        ("[tweet 1790000000000000001]", [Embed("https://twitter.com/i/status/1790000000000000001")]),
        ('<iframe src="https://player.vimeo.com/video/987654?title=0"></iframe>', [Embed("https://vimeo.com/987654")]),
        (
            '<blockquote class="twitter-tweet"><p>Gewonnen!</p>&mdash; ZVV (@zvv) '
            '<a href="https://twitter.com/zvv/status/1790000000000000002">20 mei 2024</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js"></script>',
            [Embed("https://twitter.com/zvv/status/1790000000000000002")],
        ),
        (
            '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/AbC123/">'
            "<a>Bekijk dit bericht</a></blockquote>",
            [Embed("https://www.instagram.com/p/AbC123/")],
        ),
        ('[embed]https://example.org/kaart[/embed]', [Paragraph('<p><a href="https://example.org/kaart">https://example.org/kaart</a></p>')]),
        ('[gallery ids="10,11"]', [
            Picture(
                "http://images.invalid/wp-content/uploads/2024/05/pont.jpg",
                "De veerpont ligt aan de steiger van Oosterkade.",
                "Een witte veerpont aan een houten steiger",
            ),
            Picture("http://images.invalid/wp-content/uploads/2024/05/beker.png", "", ""),
        ]),
        ('<p><a href="/groot.jpg"><img src="/wp-content/uploads/klein.jpg" alt="Dijk"></a> De dijk.</p>', [
            Picture("https://oostvaarder.example/wp-content/uploads/klein.jpg", "", "Dijk"),
            Paragraph("<p>De dijk.</p>"),
        ]),
        (
            '<blockquote>"Eerst de dijk."\n— Wethouder Kramer</blockquote>',
            [Quote("Eerst de dijk.", "Wethouder Kramer")],
        ),
        (
            '<p onclick="steel()">Tekst met <a href="javascript:steel()">een link</a>.</p>',
            [Paragraph("<p>Tekst met een link.</p>")],
        ),
        ("<table><tr><th>Ploeg</th><th>Punten</th></tr><tr><td>ZVV</td><td>12</td></tr></table>", [
            Paragraph("<ul><li>Ploeg – Punten</li><li>ZVV – 12</li></ul>"),
        ]),
        (
            '[highlight kleur="geel"]Belangrijk nieuws[/highlight] voor iedereen.',
            [Paragraph("<p>Belangrijk nieuws voor iedereen.</p>")],
        ),
    ],
)  # fmt: skip
def test_content_shapes(content, expected):
    """Jetpack shortcodes, embed codes of X and Instagram, galleries, linked images, tables, bad links."""
    assert convert_content(content, ATTACHMENTS, "https://oostvaarder.example").parts == expected


def test_gallery_image_missing_from_the_export_is_noted():
    converted = convert_content('[gallery ids="10,99"]', ATTACHMENTS)
    assert len(converted.parts) == 1
    assert converted.notes == ["gallery image 99 is not in the export"]


# --- refusing files ---

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol9;</title>
<wp:wxr_version>1.2</wp:wxr_version></channel></rss>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&geheim;</title>
<wp:wxr_version>1.2</wp:wxr_version></channel></rss>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/kwaad.dtd">
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version></channel></rss>
"""
PLAIN_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Een gewone feed</title>
<item><title>Bericht</title></item></channel></rss>"""
NOT_RSS = """<?xml version="1.0"?><html><body><p>Hallo</p></body></html>"""
NEWER = """<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/9.9/"><channel>
<wp:wxr_version>9.9</wp:wxr_version></channel></rss>"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BILLION_LAUGHS, "refused: the file has a DTD"),
        (EXTERNAL_ENTITY, "refused: the file has a DTD"),
        (EXTERNAL_DTD, "refused: the file has a DTD"),
        (PLAIN_RSS, "not a WordPress export: no <wp:wxr_version> in the channel"),
        (NOT_RSS, "not a WordPress export: <html> is not an RSS document with a <channel>"),
        (NEWER, "unsupported WXR version '9.9'"),
        ("<rss><channel><title>Afgebroken", "not well-formed XML: no element found: line 1"),
        (picture("PNG"), "not well-formed XML"),
        (b"", "empty file"),
    ],
)
def test_hostile_or_wrong_files_are_refused(tmp_path, content, message):
    """Entity bombs, outside entities and DTDs, other XML, broken XML and non-XML are refused unread."""
    path = tmp_path / "export.xml"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    with pytest.raises(RefusedExport) as refused:
        read_export(path)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "export.xml"
    path.write_bytes(BILLION_LAUGHS.encode() * 10)
    with pytest.raises(RefusedExport, match=r"too large \(8 KB; the limit is 1 KB, see --max-size\)"):
        read_export(path, max_bytes=1024)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(RefusedExport, match="no such file"):
        read_export(tmp_path / "weg.xml")
    with pytest.raises(RefusedExport, match="is a directory"):
        read_export(tmp_path)


def test_refused_file_imports_nothing(tree, tmp_path):
    """The command ends with exit code 1 and one line; no page, section or record was made."""
    path = tmp_path / "export.xml"
    path.write_text(BILLION_LAUGHS)
    pages = (SectionPage.objects.count(), ArticlePage.objects.count(), AuthorPage.objects.count())
    with pytest.raises(CommandError, match=r"export.xml: refused: the file has a DTD") as refused:
        call_command("import_wordpress", str(path), stdout=StringIO(), stderr=StringIO())
    assert refused.value.returncode == 1
    assert (SectionPage.objects.count(), ArticlePage.objects.count(), AuthorPage.objects.count()) == pages
    assert not ImportRecord.objects.exists()


def test_too_large_for_the_max_size_option(tree, export_file):
    with pytest.raises(CommandError, match="too large") as refused:
        call_command("import_wordpress", str(export_file), "--max-size", "0.001", stdout=StringIO())
    assert refused.value.returncode == 1
    assert not ArticlePage.objects.exists()


def test_usage_errors_exit_with_2(tree, export_file):
    for options in (["--section", "sprot"], ["--max-size", "0"], ["--image-timeout", "-1"]):
        with pytest.raises(CommandError) as refused:
            call_command("import_wordpress", str(export_file), *options, stdout=StringIO())
        assert refused.value.returncode == 2


# --- importing ---


def test_published_post_becomes_a_published_article(tree, export_file, image_server):
    """Published with its WordPress time; category, tags, author and featured image carried over."""
    output = run(export_file, "--section", "binnenland")
    line = line_for(output, "post 101")
    assert line.startswith(
        'created   post 101: "Veerpont weer in de vaart na lange reparatie": published article'
    )
    article = imported(101)
    assert article.live
    assert article.first_published_at == datetime(2024, 5, 14, 6, 30, tzinfo=UTC)
    assert article.get_parent().slug == "2024"
    assert (
        article.intro
        == "Na bijna vier maanden reparatie vaart de veerpont tussen Oostvaart en Oosterkade weer."
    )
    assert article.slug == "veerpont-weer-in-de-vaart"
    section = article.home_section
    assert (section.title, section.slug, section.live, section.show_in_menus) == (
        "Gemeente & politiek", "gemeente", True, False,
    )  # fmt: skip
    assert section.get_parent().specific == tree.home
    assert sorted(dossier.title for dossier in article.dossiers.all()) == ["Begroting 2024", "Veerpont"]
    assert all(d.live and not d.is_active for d in article.dossiers.all())
    assert [author.title for author in article.authors] == ["Jan de Boer"]
    assert article.authors[0].live
    assert article.authors[0].get_parent().specific == tree.authors
    assert article.lead_image.title == "Een witte veerpont aan een houten steiger"
    assert article.lead_image_caption == "De veerpont ligt aan de steiger van Oosterkade."
    kinds = [block.block_type for block in article.body]
    assert kinds == [
        "paragraph", "paragraph", "intertitle", "paragraph", "image", "quote", "embed", "paragraph", "embed",
        "paragraph",
    ]  # fmt: skip
    assert article.body[4].value["caption"] == "De zaalvoetballers met de beker"
    assert article.body[4].value["image"].title == "Elftal met beker"
    assert article.body[6].value["embed"].url == "https://www.youtube.com/watch?v=abcDEF12345"
    assert "dropped shortcode [contact-form-7]" in line
    assert "section 'Gemeente & politiek' created (not in the menu)" in line
    assert "author page 'Jan de Boer' created" in line


def test_old_addresses_redirect_to_the_article(tree, export_file, image_server, client):
    """The post's old link and /?p=ID answer with a 301 to the article's new address."""
    run(export_file, "--section", "binnenland")
    article = imported(101)
    old = client.get("/2024/05/14/veerpont-weer-in-de-vaart/")
    assert old.status_code == 301
    assert old["Location"] == article.url
    by_id = client.get("/?p=101")
    assert by_id.status_code == 301
    assert by_id["Location"] == article.url
    assert client.get(article.url).status_code == 200
    assert client.get("/?p=999").status_code == 200  # an unknown id: just the front page
    assert client.get("/?p=102").status_code == 200  # a draft has no public address to send anyone to


def test_draft_post_stays_a_draft_and_a_failed_image_is_reported(tree, export_file, image_server):
    """A draft imports as a draft; its broken image is named in its line, and is not fatal."""
    output = run(export_file, "--section", "binnenland")
    line = line_for(output, "post 102")
    assert line.startswith('created   post 102: "Zaalvoetballers Oostvaart winnen regiobeker": draft article')
    assert "bestaat-niet.jpg failed: HTTP 404" in line
    article = imported(102)
    assert not article.live
    draft = article.get_latest_revision_as_object()
    assert draft.first_published_at is None
    assert [block.block_type for block in draft.body] == ["paragraph", "embed", "quote"]  # no broken image
    assert draft.intro.startswith("De zaalvoetballers van ZVV Oostvaart hebben zaterdag")
    assert draft.slug == "zaalvoetballers-oostvaart-winnen-regiobeker"
    zaal = draft.home_section
    assert (zaal.title, zaal.get_parent().title) == ("Zaalvoetbal", "Sport")
    assert not zaal.live  # made for a draft: the desk publishes it with the article
    assert not Redirect.objects.filter(redirect_page=article).exists()


def test_page_becomes_a_static_page(tree, export_file, image_server, client):
    output = run(export_file, "--section", "binnenland")
    assert 'created   page 201: "Over het Oostvaarder Weekblad": published static page' in output
    page = StaticPage.objects.get(slug="over-ons")
    assert page.live and not page.show_in_menus
    assert page.intro.startswith("Het Oostvaarder Weekblad schrijft sinds 1998")
    assert "<h2>De redactie</h2>" in page.body
    assert client.get("/?page_id=201")["Location"] == page.url


def test_post_without_category_needs_a_section(tree, export_file, image_server):
    """Only WordPress's default category: without --section that post fails (exit 1), the rest imports."""
    output = run(export_file, expect_failures=True)
    assert "failed    post 103: no category (or only WordPress's default one): pass --section" in output
    assert imported(101).live
    assert "created   post 102" in output


def test_post_without_category_goes_to_the_given_section(tree, export_file, image_server):
    run(export_file, "--section", "binnenland")
    assert imported(103).home_section == tree.binnenland


def test_skipped_items_and_summary(tree, export_file, image_server):
    output = run(export_file, "--section", "binnenland")
    assert "skipped   items of type 'nav_menu_item': 1" in output
    assert "skipped   posts with status 'trash': 1" in output
    assert "skipped   pingbacks and trackbacks: 1" in output
    assert "4 items: 4 created; 2 with notes." in output.splitlines()


def test_existing_pages_are_used_not_copied(tree, export_file, image_server):
    """An author page and a section of the same name and slug exist already: they are linked."""
    author = make_author(tree, "Fatima El Amrani")
    sport = add_page(tree.home, SectionPage(title="Sport", slug="sport"))
    run(export_file, "--section", "binnenland")
    draft = imported(102).get_latest_revision_as_object()
    assert [link.author for link in draft.author_links.all()] == [author]
    assert draft.home_section.get_parent().specific == sport
    assert SectionPage.objects.filter(slug="sport").count() == 1
    assert AuthorPage.objects.filter(title="Fatima El Amrani").count() == 1


def test_an_editors_draft_section_is_not_published_by_the_import(tree, export_file, image_server):
    """The category matches a section an editor is still preparing: used, left a draft, and reported."""
    draft_section = add_page(tree.home, SectionPage(title="Gemeente", slug="gemeente"), published=False)
    output = run(export_file, "--section", "binnenland")
    assert imported(101).home_section == draft_section
    assert not SectionPage.objects.get(pk=draft_section.pk).live
    assert "section 'Gemeente' is a draft: publish it to make the article readable" in line_for(
        output, "post 101"
    )


def test_second_run_changes_nothing(tree, export_file, image_server):
    """Running it again: every item unchanged but the one whose image failed (tried again), no copies."""
    run(export_file, "--section", "binnenland")
    counts = lambda: [  # noqa: E731
        model.objects.count()
        for model in (
            ArticlePage,
            SectionPage,
            DossierPage,
            AuthorPage,
            StaticPage,
            KrantImage,
            Redirect,
            ImportRecord,
        )
    ]
    before, fetched = counts(), list(image_server.requests)
    output = run(export_file, "--section", "binnenland")
    assert counts() == before
    assert line_for(output, "post 101").startswith("unchanged post 101")
    assert line_for(output, "page 201").startswith("unchanged page 201")
    assert line_for(output, "post 102").startswith("updated   post 102")  # its image is tried again
    assert [path for path in image_server.requests[len(fetched) :]] == [
        "/wp-content/uploads/2024/05/bestaat-niet.jpg"
    ]


def test_changed_post_that_is_live_gets_a_draft_revision(tree, export_file, image_server):
    """A post changed in WordPress after the import: the live article stays, the change waits as a draft."""
    run(export_file, "--section", "binnenland")
    export_file.write_text(
        export_file.read_text().replace("Elk kwartier een overtocht", "Elke tien minuten een overtocht")
    )
    output = run(export_file, "--section", "binnenland")
    assert "article" in line_for(output, "post 101") and "the live article is unchanged" in output
    article = imported(101)
    assert article.body[2].value == "Elk kwartier een overtocht"
    assert article.get_latest_revision_as_object().body[2].value == "Elke tien minuten een overtocht"


def test_without_images(tree, export_file, image_server):
    output = run(export_file, "--section", "binnenland", "--no-images")
    assert imported(101).lead_image is None
    assert "images are not fetched (--no-images)" in line_for(output, "post 101")
    assert image_server.requests == []
    assert not KrantImage.objects.exists()


def test_images_from_local_addresses_need_permission(tree, export_file, image_server):
    """Without --allow-private-hosts the local image server is not asked; the posts import without images."""
    out = StringIO()
    call_command("import_wordpress", str(export_file), "--section", "binnenland", stdout=out)
    assert "is a local or private address" in line_for(out.getvalue(), "post 101")
    assert image_server.requests == []
    assert imported(101).live


def test_dossier_index_is_made_when_missing(tree, export_file, image_server):
    run(export_file, "--section", "binnenland")
    index = DossierIndexPage.objects.get()
    assert index.get_parent().specific == tree.home
    assert {dossier.slug for dossier in DossierPage.objects.child_of(index)} == {"veerpont", "begroting-2024"}


def test_hyphenated_command_name_and_help(tmp_path):
    """`krant import-wordpress` is the command's documented name; a refused file is one line, exit 1."""
    bomb = tmp_path / "bom.xml"
    bomb.write_text(BILLION_LAUGHS)
    environment = {"PATH": "/usr/bin:/bin", "KRANT_DATA_DIR": str(tmp_path / "data")}
    environment.update({key: value for key, value in os.environ.items() if key == "PYTHONPATH"})

    def krant(*args):
        return subprocess.run(
            [sys.executable, "-m", "krant", *args],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).parents[2],
        )

    helped = krant("import-wordpress", "--help")
    assert helped.returncode == 0
    assert "WordPress export" in helped.stdout
    assert "--allow-private-hosts" in helped.stdout
    refused = krant("import-wordpress", str(bomb))
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"CommandError: {bomb}: refused: the file has a DTD (<!DOCTYPE>); " + (
        "WordPress exports have none, and a DTD can expand entities or load outside files"
    )
