"""HTML to text: the one function every app uses, read as a browser lays the HTML out."""

import pytest

from krant.core.text import html_to_lines, html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Eerste alinea.</p><p>Tweede alinea.</p>", "Eerste alinea. Tweede alinea."),
        ("<h2>Kop</h2>Tekst", "Kop Tekst"),
        ("een<br>twee<br/>drie", "een twee drie"),
        ("<ul><li>een</li><li>twee</li></ul>daarna", "een twee daarna"),
        ("<table><tr><td>links</td><td>rechts</td></tr></table>", "links rechts"),
        ("<div>boven</div><div>onder</div>", "boven onder"),
    ],
)
def test_block_elements_stand_apart(html, text):
    """Paragraphs, headings, line breaks, list items and cells never run into each other."""
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("ver<b>der</b> lezen", "verder lezen"),
        ('<b>vet</b> <a href="javascript:void(0)">data</a> spatie', "vet data spatie"),
        ("tekst, <a href='/x'>link</a>. Zo", "tekst, link. Zo"),
        ("<p>Een <i>schuine</i>\n<strong>vette</strong> zin</p>", "Een schuine vette zin"),
    ],
)
def test_inline_elements_keep_the_words_as_written(html, text):
    """Inline markup adds no space inside a word and loses none between words."""
    assert html_to_text(html) == text


def test_scripts_styles_and_comments_are_not_text():
    """What a browser does not show is not text."""
    html = (
        "<style>p { color: red }</style><script>alert('x')</script><!-- notitie -->Zichtbaar"
        "<template>sjabloon</template><noscript>zonder js</noscript>"
    )
    assert html_to_text(html) == "Zichtbaar"


def test_entities_are_decoded_and_escaped_markup_stays_text():
    """&amp; becomes &, and an escaped tag is text for the reader, not markup."""
    assert html_to_text("caf&eacute; &amp; bar &lt;b&gt;") == "café & bar <b>"


@pytest.mark.parametrize(
    ("value", "text"),
    [("", ""), ("   \n ", ""), ("gewoon tekst\n  op twee regels", "gewoon tekst op twee regels")],
)
def test_plain_text_and_empty_input(value, text):
    """Text without markup comes back with whitespace collapsed; nothing gives nothing."""
    assert html_to_text(value) == text


def test_wagtail_rich_text_reads_without_its_embeds():
    """Stored rich text (block keys, page links, image embeds) reads as its words."""
    html = '<p data-block-key="a1">Zie <a linktype="page" id="3">dit</a></p><embed embedtype="image" id="1"/>'
    assert html_to_text(html) == "Zie dit"


def test_broken_markup_does_not_crash():
    """Unclosed and stray tags still give the text."""
    assert html_to_text("<p>open <b>vet <i>schuin</p></div> eind") == "open vet schuin eind"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Eerste alinea.</p><p>Tweede   alinea.</p>", "Eerste alinea.\n\nTweede alinea."),
        ("een<br>twee", "een\ntwee"),
        ("<p>a</p><p></p><p></p><p>b</p>", "a\n\nb"),
        ("<div>boven</div><script>x()</script><p>onder &amp; <b>vet</b></p>", "boven\n\nonder & vet"),
        ("  ", ""),
    ],
)
def test_html_to_lines_keeps_paragraphs_and_breaks(html, text):
    """Comments keep their paragraphs and line breaks; spacing within a line is collapsed, hidden parts go."""
    assert html_to_lines(html) == text
