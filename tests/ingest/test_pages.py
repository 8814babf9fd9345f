"""Reading saved pages: the article's parts found, everything around it left out, bad files named."""

import os
import re
from datetime import datetime
from pathlib import Path

import pytest

from krant.ingest.body import Intertitle, Paragraph, Quote, part_text
from krant.ingest.dates import AMSTERDAM
from krant.ingest.pages import UnreadablePage, normalise_url, read_page, split_byline
from tests.ingest.conftest import FIXTURES, SEED, picture, seed_structure


def kinds(article) -> list[str]:
    return [type(part).__name__ for part in article.parts]


def all_text(article) -> str:
    return "\n".join([article.headline, article.intro, *(part_text(part) for part in article.parts)])


def test_modern_page_with_json_ld():
    """JSON-LD, Open Graph and the canonical link give headline, byline, time, site and address."""
    article = read_page(FIXTURES / "jsonld.html")
    assert article.headline == "Veerpont Zandmeer vaart weer na maanden stilstand"
    assert article.byline == ["Marieke Verbeek"]
    assert article.published.value == datetime(2025, 3, 14, 7, 45, tzinfo=AMSTERDAM)
    assert article.published.has_time
    assert article.site_name == "Zandmeer Dagblad"
    assert article.url == "https://www.zandmeerdagblad.example/regio/veerpont-zandmeer-vaart-weer-48213"
    assert article.intro.startswith("Na vier maanden reparatie brengt de veerpont")
    assert kinds(article) == ["Paragraph", "Paragraph", "Intertitle", "Paragraph", "Quote", "Paragraph"]
    assert article.parts[2] == Intertitle("Nieuwe dienstregeling")
    assert article.parts[4] == Quote(
        "We hebben de tijd gebruikt om ook de motor te vernieuwen, zodat we niet meer zo lang stil komen te "
        "liggen.",
        "Wethouder Ilse Kramer",
    )


def test_modern_page_leaves_out_everything_around_the_article():
    """Cookie banner, menus, related links, share buttons, comments and footer are not in the article."""
    text = all_text(read_page(FIXTURES / "jsonld.html"))
    for boilerplate in [
        "cookies", "Alles accepteren", "Voorpagina", "Puzzels", "Lees ook", "pendelbus naar Oosterkade",
        "Deel dit artikel", "WhatsApp", "Reacties", "Eindelijk!", "Fietsmoeder", "Colofon", "Volg ons",
        "App Store", "Cookiebeleid", "Alle rechten", "Foto: Tom Bakker", "Ga naar de inhoud",
    ]:  # fmt: skip
        assert boilerplate not in text


def test_page_with_only_an_article_element():
    """Without metadata, the byline and dateline under the <h1> are read and kept out of the body."""
    article = read_page(FIXTURES / "article_only.html")
    assert article.headline == "Bibliotheek Oostvaart krijgt leeszaal voor scholieren"
    assert article.byline == ["Jan de Boer", "Fatima El Amrani"]
    assert article.byline_text == "Door Jan de Boer en Fatima El Amrani"
    assert article.published.value == datetime(2025, 2, 11, 14, 5, tzinfo=AMSTERDAM)
    assert article.site_name == "Nieuwsblad Oostvaart"
    assert article.url == ""
    assert article.intro.startswith("De bibliotheek aan het Marktplein")
    assert kinds(article) == ["Paragraph", "Intertitle", "Paragraph", "Paragraph", "Paragraph", "Paragraph"]
    assert article.parts[4] == Paragraph(
        "<ul><li>Open van maandag tot en met donderdag</li><li>Van 15.00 tot 21.00 uur</li>"
        "<li>Gratis, ook zonder lidmaatschap</li></ul>"
    )
    text = all_text(article)
    assert "Door Jan de Boer" not in text
    assert "14.05 uur" not in text
    assert "Postbus" not in text


def test_page_with_heavy_boilerplate(tmp_path):
    """Ads, teasers, newsletter box, sidebars and comments go; 'gisteren' counts from when it was saved."""
    page = tmp_path / "brand.html"
    page.write_bytes((FIXTURES / "boilerplate.html").read_bytes())
    saved = datetime(2025, 3, 16, 9, 30, tzinfo=AMSTERDAM)
    os.utime(page, (saved.timestamp(), saved.timestamp()))
    article = read_page(page)
    assert article.headline == "Nachtelijke brand legt bakkerij aan de Sluisweg in de as"
    assert article.byline == []  # 'Door de redactie': the desk, nobody in particular
    assert article.byline_text == "Door de redactie"
    assert article.published.value == datetime(2025, 3, 15, 23, 40, tzinfo=AMSTERDAM)
    assert article.url == "https://kanaalnieuws.example/112/brand-bakkerij-sluisweg"
    assert article.intro.startswith("Een uitslaande brand heeft")
    assert kinds(article) == ["Paragraph", "Paragraph", "Intertitle", "Paragraph", "Quote", "Paragraph"]
    assert article.parts[4] == Quote(
        "We beginnen opnieuw, dat weet ik nu al. Het dorp moet gewoon brood hebben.", "Gerrit Hoekstra"
    )
    text = all_text(article)
    for boilerplate in [
        "Advertentie", "Lees ook", "industrieterrein", "Meest gelezen", "Brug over het kanaal", "Net binnen",
        "Blijf op de hoogte", "Aanmelden", "reacties", "sterkte allemaal", "Delen op", "Word abonnee", "Tags",
        "cookies", "Privacyverklaring", "Download onze app",
    ]:  # fmt: skip
        assert boilerplate not in text


def test_text_form():
    """The text rendering: site from 'Logo', headline, byline, dateline, intro, intertitle and quote."""
    article = read_page(FIXTURES / "tekstpagina.txt")
    assert article.form == "text"
    assert article.site_name == "Zandmeer Dagblad"
    assert article.headline == "Schaatsbaan op de Zandplas gaat na zes jaar weer open"
    assert article.byline == ["Marieke Verbeek"]
    assert article.published.value == datetime(2025, 1, 12, 8, 30, tzinfo=AMSTERDAM)
    assert article.intro.startswith("Voor het eerst sinds 2019 mag er weer worden geschaatst")
    assert kinds(article) == [
        "Paragraph", "Paragraph", "Paragraph", "Intertitle", "Paragraph", "Quote", "Paragraph",
    ]  # fmt: skip
    assert article.parts[3] == Intertitle("Koek-en-zopie op het ijs")
    assert article.parts[5] == Quote("Zo'n dag als deze vergeet je als kind nooit meer.", "Henk Dijkstra")
    assert article.parts[2].html.startswith('<p>"Het is geen natuurijs om mee te spotten", zegt')


def test_text_form_drops_menus_comments_and_footer():
    """No menu, comment, social, app or legal line of the text page ends up in the article."""
    text = all_text(read_page(FIXTURES / "tekstpagina.txt"))
    source = (FIXTURES / "tekstpagina.txt").read_text(encoding="utf-8").splitlines()
    bullets = [line.strip("• ").strip() for line in source if line.strip().startswith("•")]
    after_body = source[source.index("Reacties") :]
    for line in [*bullets, *after_body, "Ga naar de inhoud", "Logo Zandmeer Dagblad"]:
        if line.strip():
            assert line.strip() not in text.splitlines()
            assert line.strip() not in text or len(line.strip()) < 12  # short menu words may occur in prose


def test_text_form_label_and_relative_date(tmp_path):
    """A label line above the headline is the article's label; 'vandaag' counts from the saving."""
    page = tmp_path / "analyse.txt"
    page.write_text(
        "Ga naar de inhoud\n  • Voorpagina\n  • Regio\nAnalyse\n\nWaarom de pont steeds stilligt\n\n"
        "Door Jan de Boer\nvandaag om 07:15\n\n"
        "De veerpont lag dit jaar al drie keer stil. Dat komt niet door pech alleen, blijkt uit stukken van "
        "de gemeente.\n\nHet onderhoud werd jarenlang uitgesteld om geld te besparen.\n",
        encoding="utf-8",
    )
    saved = datetime(2025, 4, 2, 12, 0, tzinfo=AMSTERDAM)
    os.utime(page, (saved.timestamp(), saved.timestamp()))
    article = read_page(page)
    assert article.label == "analyse"
    assert article.headline == "Waarom de pont steeds stilligt"
    assert article.published.value == datetime(2025, 4, 2, 7, 15, tzinfo=AMSTERDAM)
    assert article.byline == ["Jan de Boer"]


def dated_page(tmp_path, head: str, dateline: str = "") -> Path:
    """A small saved article with `head` in its <head> and `dateline` under its byline."""
    page = tmp_path / "gedateerd.html"
    page.write_text(
        f"<html><head><title>Kade krijgt nieuwe bomen</title>{head}</head><body><article>"
        "<h1>Kade krijgt nieuwe bomen</h1><p class='auteur'>Door Jan de Boer</p>"
        f"{dateline}<p>Langs de Havenkade komen dit voorjaar veertig lindebomen te staan, meldt de gemeente. "
        "De oude iepen waren ziek en zijn vorige maand gekapt.</p><p>Bewoners mochten meepraten over de "
        "soort; de linde kreeg de meeste stemmen.</p></article></body></html>",
        encoding="utf-8",
    )
    return page


def test_publication_time_from_metadata_htmldate_knows(tmp_path):
    """A date in a tag only htmldate knows (parsely-pub-date) gives the moment, with its time of day."""
    page = dated_page(tmp_path, '<meta name="parsely-pub-date" content="2024-10-31T19:09:00+01:00">')
    published = read_page(page).published
    assert published.value == datetime(2024, 10, 31, 19, 9, tzinfo=AMSTERDAM)
    assert published.has_time


def test_publication_date_from_the_address(tmp_path):
    """A date only in the page's address is a date without a time of day."""
    page = dated_page(tmp_path, '<link rel="canonical" href="https://dekade.example/2024/10/31/bomen">')
    published = read_page(page).published
    assert published.value == datetime(2024, 10, 31, tzinfo=AMSTERDAM)
    assert not published.has_time


def test_dutch_dateline_adds_the_time_to_a_metadata_date(tmp_path):
    """A metadata date without time and a Dutch dateline ('31 okt 2024 om 19:09') make the full moment."""
    page = dated_page(
        tmp_path,
        '<meta property="article:published_time" content="2024-10-31">',
        "<p class='datum'>31 okt 2024 om 19:09</p>",
    )
    published = read_page(page).published
    assert published.value == datetime(2024, 10, 31, 19, 9, tzinfo=AMSTERDAM)
    assert published.has_time


def test_windows_1252_page_that_says_so(tmp_path):
    """A page in the character set it declares is read in that character set."""
    html = (FIXTURES / "article_only.html").read_text(encoding="utf-8").replace("utf-8", "windows-1252")
    page = tmp_path / "oud.html"
    page.write_bytes(html.encode("cp1252"))
    assert "enquête" in read_page(page).parts[0].html


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.html", b"", "empty file"),
        ("foto.html", picture("PNG"), "binary file, not a saved page"),
        ("oud.html", "<html><body><p>Caf\xe9</p></body></html>".encode("cp1252"), "not valid UTF-8"),
        (
            "vreemd.html",
            b'<html><head><meta charset="klingon"></head><body>x</body></html>',
            "unknown character set 'klingon'",
        ),  # noqa: E501
        ("kapot.txt", b"Kop\n\nDoor Jan\n\xff\xfe\x80 tekst", "not valid UTF-8"),
        ("stuurtekens.txt", b"\x01\x02\x03\x04\x05\x06" * 50, "binary file"),
        ("leeg-html.html", b"<html><body></body></html>", "not an article"),
        (
            "notities.txt",
            b"Boodschappen\nmelk\nbrood\nkaas\n",
            "not an article: no headline with a byline or date",
        ),
    ],
)
def test_bad_files(tmp_path, name, content, message):
    """Each kind of bad file is refused with a message that says what is wrong."""
    page = tmp_path / name
    page.write_bytes(content)
    with pytest.raises(UnreadablePage) as refused:
        read_page(page)
    assert message in str(refused.value).replace("cannot read as utf-8", "not valid UTF-8")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(UnreadablePage, match="no such file"):
        read_page(tmp_path / "bestaat-niet.html")
    with pytest.raises(UnreadablePage, match="is a directory"):
        read_page(tmp_path)


def test_section_front_is_not_an_article():
    """A listing of teasers, marked og:type website, is refused."""
    with pytest.raises(UnreadablePage, match="calls itself a 'website' page"):
        read_page(FIXTURES / "overzicht.html")


def test_page_without_any_sign_of_an_article(tmp_path):
    """Text without byline, date or article metadata is not taken for an article."""
    page = tmp_path / "wiki.html"
    page.write_text(
        "<html><head><title>Zandmeer</title></head><body><h1>Zandmeer</h1>"
        + "<p>Zandmeer is een dorp aan een meer met veel zand en een veerpont naar Oosterkade.</p>" * 4
        + "</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(UnreadablePage, match="no byline, date or article metadata"):
        read_page(page)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Door Jan de Boer", ["Jan de Boer"]),
        ("door Jan de Boer en Fatima El Amrani", ["Jan de Boer", "Fatima El Amrani"]),
        ("Door Anna Smit, Piet Bos & Kees Mulder", ["Anna Smit", "Piet Bos", "Kees Mulder"]),
        ("Door Jan de Boer | Foto: Tom Bakker", ["Jan de Boer"]),
        ("Door Jan de Boer, 12 jan 2025 om 08:30", ["Jan de Boer"]),
        ("Tekst: Jan de Boer", ["Jan de Boer"]),
        ("Door onze nieuwsredactie", []),
        ("Door de redactie", []),
        ("Redactie", []),
        ("Door onze correspondent in Brussel", []),
    ],
)
def test_split_byline(byline, names):
    """Bylines give the people's names; the desk's own lines give none."""
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://WWW.Example.NL/a/b?utm_source=x&id=3#reacties", "https://www.example.nl/a/b?id=3"),
        ("http://example.nl", "http://example.nl/"),
        ("/relatief/pad", ""),
        ("javascript:alert(1)", ""),
    ],
)
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


@pytest.mark.skipif(not SEED.exists(), reason="the seed page (../shared) is not present")
def test_seed_page_itself():
    """The seed's text page: its headline, desk byline, time and intertitle; none of its menus or footer."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    seed = seed_structure(lines)
    article = read_page(SEED)
    assert article.headline == seed["headline"]
    assert article.byline_text == seed["byline"]
    assert article.byline == []  # the desk's own byline names nobody
    day, month, year, hour, minute = re.fullmatch(
        r"(\d+) (\w+) (\d{4}) om (\d\d):(\d\d)", seed["dateline"]
    ).groups()
    assert (article.published.value.day, article.published.value.year) == (int(day), int(year))
    assert article.published.value.strftime("%H:%M") == f"{hour}:{minute}"
    assert article.published.value.tzinfo is not None
    assert [part.text for part in article.parts if isinstance(part, Intertitle)] == seed["intertitles"]
    assert article.intro == seed["body"][0]
    words = [article.intro, *(part_text(part) for part in article.parts)]
    assert words == [line for line in seed["body"]]  # every line of the article, in order, nothing else
    for line in seed["not_article"]:
        assert line not in words
