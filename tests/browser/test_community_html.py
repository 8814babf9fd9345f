"""The community's pages are valid HTML (Nu Html Checker) and pass axe-core, their forms' errors included."""

import subprocess

from django.test import Client

from tests.community.conftest import make_member


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
    for name, response in pages.items():
        assert response.status_code == 200, name
    return {name: response.content for name, response in pages.items()}


def test_community_pages_are_valid_html(reader_site, vnu, tmp_path):
    files = []
    for name, content in community_pages(reader_site).items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
