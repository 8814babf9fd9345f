"""The community's pages are valid HTML (Nu Html Checker) and pass axe-core, their forms' errors included."""

import subprocess

from django.test import Client
from django.urls import reverse

from krant.community import comments, replies
from krant.community.models import Statement
from tests.community.conftest import make_member
from tests.factories import make_user


def community_pages(reader_site) -> dict[str, bytes]:
    member = make_member()
    reader, anonymous = Client(), Client()
    reader.force_login(member)
    pages = {
        "aanmelden": anonymous.get("/community/aanmelden/"),
        "aanmelden-fouten": anonymous.post(
            "/community/aanmelden/", {"display_name": "Redactie", "email": "x"}
        ),
        "inloggen": anonymous.get("/community/inloggen/"),
        "inloggen-fouten": anonymous.post(
            "/community/inloggen/", {"login": "lid@voorbeeld.nl", "password": "x"}
        ),
        "wachtwoord-vergeten": anonymous.get("/community/wachtwoord/vergeten/"),
        "community": anonymous.get("/community/"),
        "profiel": anonymous.get(member.member.get_absolute_url()),
        "community-lid": reader.get("/community/"),
        "instellingen": reader.get("/community/instellingen/"),
        "instellingen-fouten": reader.post("/community/instellingen/", {"display_name": "\x07"}),
        "e-mailadres": reader.get("/community/e-mailadres/"),
        "wachtwoord-wijzigen": reader.get("/community/wachtwoord/wijzigen/"),
        "verwijderen": reader.get("/community/account-verwijderen/"),
        "verwijderen-fouten": reader.post("/community/account-verwijderen/", {"password": "fout"}),
        "app-toegang": reader.get("/community/instellingen/app-toegang/"),
        "app-toegang-sleutel": reader.post("/community/instellingen/app-toegang/", {"action": "create"}),
        "instellingen-sleutel": reader.get("/community/instellingen/"),
        "login-english": anonymous.get("/en/community/inloggen/"),
        "settings-english": reader.get("/en/community/instellingen/"),
    }
    pages.update(thread_pages(reader_site, member))
    pages.update(mute_pages(reader_site, member, reader))
    for name, response in pages.items():
        assert response.status_code == (400 if name in ("reacties-fout", "stil-fout") else 200), name
    return {name: response.content for name, response in pages.items()}


def mute_pages(reader_site, member, reader) -> dict:
    """A reply mail's mute link (its button, done, a broken link) and the settings listing the mute."""
    thread = comments.thread_for(reader_site.article)
    url = reverse("community:mute", args=[replies.mute_token(member.member.pk, thread.pk)])
    anonymous = Client()
    return {
        "stil": anonymous.get(url),
        "stil-klaar": anonymous.post(url),
        "stil-fout": anonymous.get(url[:-6] + "/"),
        "instellingen-stil": reader.get("/community/instellingen/"),
    }


def thread_pages(reader_site, member) -> dict:
    """An article's thread without JavaScript: for a reader, for a member, and with a form's error."""
    article = reader_site.article
    other = make_member("ander@voorbeeld.nl", "Fietser uit Delft")
    editor = make_user("redacteur", first_name="Eva", last_name="Bakker")
    question = comments.post(other, article, "Wanneer gaat de brug open?", question=True)
    comments.post(editor, article, "In het voorjaar, meldt de gemeente.", parent=question)
    reply = comments.post(member, article, "Dat hoop ik ook.", parent=question)
    comments.post(other, article, "Mooi ontwerp.\n\nZie https://example.org/brug", parent=reply)
    Statement.objects.create(page=article, text="Fietsbruggen gaan voor autowegen.")
    reader, anonymous = Client(), Client()
    reader.force_login(member)
    url = f"{article.url}reacties/"
    rules = comments.site_settings(article)
    rules.open_reading = True
    rules.save()
    open_page = anonymous.get(url)
    rules.open_reading = False
    rules.save()
    return {
        "reacties": anonymous.get(url),
        "reacties-open": open_page,
        "reacties-lid": reader.get(url),
        "reacties-fout": reader.post(
            "/community/reacties/plaatsen/", {"artikel": article.pk, "tekst": "\x07"}
        ),
        "artikel": anonymous.get(article.url),
    }


def test_community_pages_are_valid_html(reader_site, vnu, tmp_path):
    files = []
    for name, content in community_pages(reader_site).items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
