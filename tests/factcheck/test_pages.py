"""A fact check's page and its badge: the claim, who made it, where and when, our verdict and why, the
sources; and the verdict badge on the teaser in every listing."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from krant.factcheck.models import Verdict
from tests.factories import make_article, make_fact_check, publish

BADGE = re.compile(r'<span class="verdict verdict--([a-z-]+)">([^<]+)<span class="visually-hidden">:</span>')


def badges(html: str) -> list[tuple[str, str]]:
    return BADGE.findall(html)


def test_the_page_shows_the_claim_the_verdict_and_the_sources(check, client):
    """Above the text: the claim, who made it, where, when and a link to it; our verdict as a large badge
    with the reasoning. Below: the sources, linked."""
    html = client.get(check.url).content.decode()
    assert "Er rijden nu twee keer zoveel bussen als vijf jaar geleden." in html
    assert "Wethouder Mirjam Oosterbeek" in html
    assert "in de gemeenteraad" in html
    assert f'<time datetime="{check.claim_date:%Y-%m-%d}">' in html
    assert 'href="https://raad.example/vergadering"' in html
    assert '<span class="verdict verdict--klopt-niet verdict--large">Klopt niet' in html
    assert "Er rijden 20 procent meer bussen, geen twee keer zoveel." in html
    source = 'href="https://vervoerder.example/dienstregeling" rel="nofollow noopener" lang="nl"'
    assert f"<a {source}>Dienstregeling</a>" in html
    assert '<p class="label label--article">Factcheck</p>' in html


def test_a_fact_check_is_labelled_factcheck_whatever_the_editor_chose(tree):
    """The label is the page type's: listings and the API know a fact check by it."""
    check = make_fact_check(tree.binnenland, label="opinie")
    assert check.label == "factcheck"


def test_a_fact_check_is_read_at_its_sections_address_like_any_article(check, client):
    """/<section>/<id>/<slug>/, served by its own template; another slug redirects there."""
    assert check.url == f"/binnenland/{check.pk}/{check.slug}/"
    assert client.get(f"/binnenland/{check.pk}/oude-kop/").url == check.url


@pytest.mark.parametrize(("verdict", "label"), Verdict.choices)
def test_every_verdict_has_its_badge_with_words(tree, client, verdict, label):
    """Colour plus text: the badge always says the verdict, whichever it is."""
    make_fact_check(tree.binnenland, verdict=verdict)
    assert badges(client.get(tree.latest.url).content.decode()) == [(verdict, str(label))]


def test_the_badge_is_on_the_teaser_in_every_listing(tree, client, check):
    """Front page (its lead and Net binnen), the section, Net binnen, search and 'Lees ook' under an article
    show the fact check's verdict; a plain article gets no badge."""
    article = make_article(tree.binnenland, title="Nieuwe bussen voor de stad")
    expected = ("klopt-niet", "Klopt niet")
    for url in ["/", tree.binnenland.url, tree.latest.url, "/zoeken/?q=bussen", article.url]:
        html = client.get(url).content.decode()
        assert expected in badges(html), url


def test_a_plain_article_has_no_badge(tree, client):
    """Only a fact check has a verdict; an article an editor labelled 'Factcheck' keeps just the label."""
    make_article(tree.binnenland, label="factcheck")  # labelled by hand, but no fact check
    html = client.get(tree.latest.url).content.decode()
    assert badges(html) == []
    assert '<span class="label">Factcheck</span>' in html


def test_a_new_verdict_shows_in_the_listings_after_the_publish(tree, client, check):
    """The teaser is kept until the article's next publish: a changed verdict shows right after it."""
    assert ("klopt-niet", "Klopt niet") in badges(client.get(tree.latest.url).content.decode())
    check.verdict = Verdict.HALF_TRUE
    publish(check)
    assert badges(client.get(tree.latest.url).content.decode()) == [("half-waar", "Half waar")]


def test_a_claim_date_in_the_future_is_refused(check):
    """A claim is checked after it was made: a date after today is a typing error, said in Dutch."""
    check.claim_date = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        check.clean()
    assert refused.value.message_dict == {"claim_date": ["Deze datum ligt in de toekomst."]}
