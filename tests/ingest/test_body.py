"""An imported body: rich text cleaned to what an editor could write, parts turned into blocks."""

from types import SimpleNamespace

import pytest

from krant.ingest.body import (
    Embed,
    Intertitle,
    Paragraph,
    Picture,
    Quote,
    clean_rich_text,
    content_hash,
    human_size,
    paragraph,
    part_text,
    static_rich_text,
    stream_data,
)


@pytest.mark.parametrize(
    ("html", "cleaned"),
    [
        (
            "<p>Een <strong>vet</strong> en <em>schuin</em> woord.</p>",
            "<p>Een <b>vet</b> en <i>schuin</i> woord.</p>",
        ),
        ("<p>Tekst<script>alert(1)</script></p><iframe src='x'></iframe>", "<p>Tekst</p>"),
        ("<h3>Kop</h3>losse tekst", "<p>Kop</p><p>losse tekst</p>"),
        ('<p>vet <a href="javascript:alert(1)">data</a> spatie</p>', "<p>vet data spatie</p>"),
        (
            '<p><a href="/meer" onclick="x()">meer</a></p>',
            '<p><a href="https://dekade.example/meer">meer</a></p>',
        ),
        ("<p>  </p><p><br></p>", ""),
    ],
)
def test_clean_rich_text(html, cleaned):
    """Scripts and frames go, bold and italic stay, links keep only a safe absolute address."""
    assert clean_rich_text(html, base_url="https://dekade.example/stuk") == cleaned


def test_paragraph_is_none_without_text():
    """Markup without words is no paragraph."""
    assert paragraph("<p><img src='a.jpg'></p>") is None
    assert paragraph("<p>Woord</p>") == Paragraph("<p>Woord</p>")


@pytest.mark.parametrize(
    ("size", "text"), [(10, "1 KB"), (800 * 1024, "800 KB"), (2.5 * 1024 * 1024, "2.5 MB")]
)
def test_human_size(size, text):
    """Byte counts read as people say them."""
    assert human_size(size) == text


def test_content_hash_ignores_how_the_markup_was_spelled():
    """The same words in different markup give the same fingerprint; other words another one."""
    first = content_hash("Kop", parts=[Paragraph("<p>Een <b>vet</b>  woord</p>")])
    second = content_hash("Kop", parts=[Paragraph("<p>Een vet woord</p>")])
    assert first == second
    assert first != content_hash("Kop", parts=[Paragraph("<p>Een ander woord</p>")])


def test_part_text_reads_each_kind():
    """Paragraphs by their words, quotes with their source, pictures and embeds by their address."""
    assert part_text(Paragraph("<p>ver<b>der</b></p>")) == "verder"
    assert part_text(Quote("Zo is het", "Jan")) == "Zo is het Jan"
    assert part_text(Picture("https://a.example/b.jpg", "Bijschrift")) == "https://a.example/b.jpg Bijschrift"


def test_stream_data_leaves_out_pictures_that_were_not_fetched():
    """Every part becomes its block; a picture without a stored image is left out."""
    parts = [
        Paragraph("<p>Tekst</p>"),
        Intertitle("Kop"),
        Quote("Zo is het", "Jan"),
        Picture("https://a.example/b.jpg", "Bijschrift"),
        Picture("https://a.example/weg.jpg"),
        Embed("https://www.youtube.com/watch?v=x", "Video"),
    ]
    blocks = stream_data(parts, {"https://a.example/b.jpg": SimpleNamespace(pk=7)})
    assert [block["type"] for block in blocks] == ["paragraph", "intertitle", "quote", "image", "embed"]
    assert blocks[3]["value"] == {"image": 7, "caption": "Bijschrift", "credit": ""}


def test_static_rich_text_escapes_what_it_writes():
    """Intertitles and quotes written into rich text are escaped."""
    html = static_rich_text([Intertitle("<b>Kop</b>"), Quote("A & B", "Jan")], {})
    assert html == "<h2>&lt;b&gt;Kop&lt;/b&gt;</h2><p>“A &amp; B” <i>Jan</i></p>"
