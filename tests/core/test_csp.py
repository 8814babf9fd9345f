"""Content-Security-Policy: strict on reader pages, Wagtail's own looser policy in the admin."""

from tests.factories import make_article


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_reader_pages_get_a_strict_policy(tree, client):
    """No inline script or style, no plugins, no foreign frames but the known embeds, no nonce."""
    article = make_article(tree.binnenland, "Brug open", slug="brug-open")
    for path in ("/", article.url, "/en/", "/rss/"):
        response = client.get(path)
        policy = directives(response["Content-Security-Policy"])
        assert policy["default-src"] == ["'self'"], path
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-inline'" not in policy["style-src"]
        assert not any(value.startswith("'nonce-") for values in policy.values() for value in values)
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"] and policy["form-action"] == ["'self'"]
        assert "https://www.youtube-nocookie.com" in policy["frame-src"]


def test_pages_are_the_same_bytes_for_every_reader(tree, client):
    """Without nonces two readers get the same page and the same policy, so caches can share it."""
    first, second = client.get("/"), client.get("/")
    assert first.content == second.content
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]


def test_the_admin_gets_its_own_policy(db, admin_client):
    """Wagtail's admin uses inline scripts and styles: allowed there, and only there."""
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]


def test_reader_pages_may_connect_to_the_live_process_on_its_own_port(tree, client, settings):
    """Without a proxy in front, the live channel's stream is on another port: the policy names it, and only
    it; behind a proxy (/live/ on the site's own address) 'self' is enough."""
    assert directives(client.get("/")["Content-Security-Policy"])["connect-src"] == ["'self'"]
    settings.LIVE_URL = "http://127.0.0.1:8001/live/"
    response = client.get("/")
    assert directives(response["Content-Security-Policy"])["connect-src"] == [
        "'self'",
        "http://127.0.0.1:8001",
    ]
    assert b'data-live="http://127.0.0.1:8001/live/"' in response.content
