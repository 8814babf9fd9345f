"""No stored XSS through the moderators' screens: known payloads as comment texts, display names, report
notes and moderator notes come out escaped in every queue, the member page, the members' list and the log."""

from html.parser import HTMLParser

import pytest

from krant.community import comments
from krant.community.models import AuditKind, HouseRule, Member
from krant.core.roles import ADMINS, MODERATOR
from tests import factories
from tests.community.conftest import make_member

MARK = "xss1337"
PAYLOADS = [
    f"<script>alert('{MARK}')</script>",
    f'"><script>alert("{MARK}")</script>',
    f"<img src=x onerror=alert('{MARK}')>",
    f"<svg onload=alert('{MARK}')>",
    f"<svg><script>alert('{MARK}')</script></svg>",
    f"<a href=\"javascript:alert('{MARK}')\">klik</a>",
    f"javascript:alert('{MARK}')",
    f"<iframe src=\"javascript:alert('{MARK}')\"></iframe>",
    f"<body onload=alert('{MARK}')>",
    f"<details open ontoggle=alert('{MARK}')>",
    f"&lt;script&gt;alert('{MARK}')&lt;/script&gt;",
    f"%3Cscript%3Ealert('{MARK}')%3C/script%3E",
    f"<scr<script>ipt>alert('{MARK}')</script>",
    f"' onmouseover='alert(\"{MARK}\")' x='",
    f"<style>@import 'javascript:alert(\"{MARK}\")';</style>",
    f"<math><mtext><table><mglyph><style><img src=x onerror=alert('{MARK}')>",
]


class Dangers(HTMLParser):
    """Collect what would run: elements, event handlers or javascript: URLs that carry the mark."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if MARK in name or (
                MARK in value and (name.startswith("on") or value.strip().lower().startswith("javascript:"))
            ):
                self.found.append((tag, name, value))
        if tag in ("script", "style"):
            self.in_script = True
        if tag in ("svg", "iframe", "math", "details", "body") and any(MARK in (v or "") for _n, v in attrs):
            self.found.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and MARK in data:
            self.found.append(("script", data))


def assert_escaped(html: str, where: str):
    for payload in PAYLOADS:
        if "<" in payload or '"' in payload or "'" in payload:
            assert payload not in html, (where, payload)
    parser = Dangers()
    parser.feed(html)
    assert parser.found == [], where


@pytest.fixture
def hostile(tree):
    """Comments, names and notes made of payloads, in every queue."""
    article = factories.make_article(tree.binnenland, "Nieuwe fietsbrug", comments_questions=True)
    moderator = factories.make_user("moderator", MODERATOR)
    authors = [make_member(f"lid{n}@voorbeeld.nl", f"Lezer nummer {n}") for n in range(3)]
    # Names pass a validator at signup; what is stored anyway (an older rule, an import) must still be safe.
    for n, user in enumerate(authors):
        Member.objects.filter(user=user).update(display_name=PAYLOADS[n])
        user.member.refresh_from_db()
    rules = comments.site_settings(article)
    rules.suspect_words = "script"
    rules.save()
    made = []
    for n, payload in enumerate(PAYLOADS):
        author = authors[n % 3]
        made.append(comments.post(author, article, f"{payload} {n}", question=n % 4 == 0))
    for n, comment in enumerate(made):
        if comment.is_visible:
            reporter = authors[(n + 1) % 3]
            comments.report(reporter, comment.pk, HouseRule.ABUSE, PAYLOADS[n])
    comments.approve(moderator, made[1].pk, note=PAYLOADS[2])
    comments.reject(moderator, made[2].pk, HouseRule.SPAM, note=PAYLOADS[3])
    for n, user in enumerate(authors):
        comments.act_on_member(moderator, user.member, AuditKind.NOTE, note=PAYLOADS[n + 4])
        comments.act_on_member(moderator, user.member, AuditKind.WARN, note=PAYLOADS[n + 7])
    rules.moderation = "pre"
    rules.save()
    for n, payload in enumerate(PAYLOADS[:5]):
        comments.post(authors[n % 3], article, f"wacht {payload}")
    return moderator, authors


def test_every_moderation_screen_escapes_the_payloads(client, hostile):
    moderator, authors = hostile
    client.force_login(moderator)
    pages = {
        slug: f"/admin/community/moderatie/wachtrij/{slug}/"
        for slug in ("te-beoordelen", "gemeld", "tegengehouden", "goedgekeurd", "afgewezen", "vragen")
    }
    pages |= {
        f"lid {n}": f"/admin/community/moderatie/lid/{user.member.pk}/" for n, user in enumerate(authors)
    }
    pages |= {"leden": "/admin/community/leden/", "logboek": "/admin/community/logboek/"}
    for where, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, where
        html = response.content.decode()
        assert "xss1337" in html, f"{where}: the payloads should be on the page, escaped"
        assert_escaped(html, where)


def test_beheer_reads_the_whole_log_escaped(client, hostile):
    client.force_login(factories.make_user("beheer", ADMINS))
    html = client.get("/admin/community/logboek/").content.decode()
    assert "xss1337" in html
    assert_escaped(html, "logboek (Beheer)")
