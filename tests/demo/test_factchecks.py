"""The demo's fact checks: one per verdict, each with a claim, a claimant, sources and a body, loaded once."""

from django.utils import timezone

from krant.demo.factchecks import load_fact_checks
from krant.factcheck.models import FactCheckPage, Verdict
from krant.news.models import SectionPage
from tests.factories import add_page


def test_the_demo_has_one_fact_check_per_verdict(tree):
    for title, slug in [("Politiek", "politiek"), ("Wetenschap", "wetenschap")]:
        add_page(tree.home, SectionPage(title=title, slug=slug))

    def publish(parent, page, when):
        return add_page(parent, page)

    assert load_fact_checks(publish, timezone.now()) == 5
    assert load_fact_checks(publish, timezone.now()) == 0  # run again: nothing added
    checks = FactCheckPage.objects.live().prefetch_related("sources")
    assert sorted(check.verdict for check in checks) == sorted(Verdict.values)
    for check in checks:
        check.full_clean()  # publishable as the admin would publish it
        assert check.claim and check.claimant and check.reasoning and check.body
        assert check.sources.all()
        assert check.claim_date < timezone.localdate()
