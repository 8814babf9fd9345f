"""Rich text leaves the API sanitized: only the editor's elements and safe links; internal links resolved."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from krant.api.blocks import rich_texts
from tests.factories import make_article

BASE = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("<p>Gewoon <b>vet</b> en <i>schuin</i>.</p>", "<p>Gewoon <b>vet</b> en <i>schuin</i>.</p>"),
        ('<p onclick="steel()">Tekst<script>steel()</script></p>', "<p>Tekststeel()</p>"),
        ('<p><a href="javascript:steel()">klik</a></p>', "<p><a>klik</a></p>"),
        ('<p><a href="https://elders.example/" target="_blank" style="x">weg</a></p>',
         '<p><a href="https://elders.example/">weg</a></p>'),
        ('<p><a href="/colofon/">colofon</a></p>', f'<p><a href="{BASE}/colofon/">colofon</a></p>'),
        ('<p><a href="mailto:redactie@krant.invalid">mail</a></p>',
         '<p><a href="mailto:redactie@krant.invalid">mail</a></p>'),
        ('<h1>Kop</h1><p><img src="x.png"><iframe src="https://x.example"></iframe>Tekst</p>',
         "Kop<p>Tekst</p>"),
        ("<p>5 &lt; 6 &amp; &quot;citaat&quot;</p>", "<p>5 &lt; 6 &amp; &quot;citaat&quot;</p>"),
        ("<ul><li>een</li></ul><ol><li>twee</li></ol><p>a<br/>b</p>",
         "<ul><li>een</li></ul><ol><li>twee</li></ol><p>a<br/>b</p>"),
    ],
)  # fmt: skip
def test_rich_text_keeps_only_what_the_editor_offers(db, source, html):
    assert rich_texts([source], None) == [html]


def test_links_to_pages_become_public_addresses_and_drafts_lose_theirs(tree):
    """Internal links point at the page's address; a link to a draft or unknown page keeps its text only."""
    live = make_article(tree.binnenland, "Gepubliceerd")
    draft = make_article(tree.binnenland, "Concept", published=False)
    sources = [
        f'<p><a linktype="page" id="{live.pk}">artikel</a> '
        f'<a linktype="page" id="{tree.economie.pk}">rubriek</a></p>',
        f'<p><a linktype="page" id="{draft.pk}">concept</a> <a linktype="page" id="99999">weg</a></p>',
        '<p><a linktype="document" id="1">document</a></p>',
    ]
    assert rich_texts(sources, None) == [
        f'<p><a href="{BASE}/binnenland/{live.pk}/{live.slug}/">artikel</a> '
        f'<a href="{BASE}/economie/">rubriek</a></p>',
        "<p><a>concept</a> <a>weg</a></p>",
        "<p><a>document</a></p>",
    ]


def test_links_resolve_in_the_same_queries_however_many_there_are(tree):
    """However many paragraphs link to pages, their targets are read together."""
    targets = [make_article(tree.binnenland, f"Doel {n}") for n in range(6)]

    def queries_for(pages) -> int:
        sources = [f'<p><a linktype="page" id="{page.pk}">{n}</a></p>' for n, page in enumerate(pages)]
        sources.append(f'<p><a linktype="page" id="{tree.economie.pk}">rubriek</a></p>')
        rich_texts(sources, None)  # the site's root paths are cached from here on
        with CaptureQueriesContext(connection) as queries:
            html = rich_texts(sources, None)
        assert all('href="http://' in part for part in html)
        return len(queries)

    assert queries_for(targets[:1]) == queries_for(targets)
