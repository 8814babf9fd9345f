"""The demo publication has newsletters: three lists, and the footer's 'Nieuwsbrieven' leads to signing up."""

from django.core.management import call_command

from krant.newsletters.models import Kind, NewsletterList


def test_the_demo_has_a_daily_an_alert_and_a_weekly_list_and_a_footer_link(client, db):
    call_command("load_demo", verbosity=0)
    lists = {newsletter.slug: newsletter for newsletter in NewsletterList.objects.all()}
    assert {newsletter.kind for newsletter in lists.values()} == {Kind.DAILY, Kind.BREAKING, Kind.WEEKLY}
    assert lists["sport-deze-week"].section.slug == "sport"
    for newsletter in lists.values():
        newsletter.full_clean()

    home = client.get("/").content.decode()
    assert 'href="/nieuwsbrieven/">Nieuwsbrieven</a>' in home
    signup = client.get("/nieuwsbrieven/").content.decode()
    assert "Ochtendbrief" in signup and "Nieuwsalerts" in signup

    call_command("load_demo", verbosity=0)  # again: nothing doubled
    assert NewsletterList.objects.count() == 3
