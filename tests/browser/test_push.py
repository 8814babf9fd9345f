"""The 'Pushmeldingen' page in headless Chromium: plain words without JavaScript or without Push support,
no question on load, and the browser's permission request and the service worker only after the press.

Headless Chromium has no push service to subscribe with (no Google push connection here), so the test
follows the opt-in up to the permission request and the service worker's registration; the subscription
itself, its encryption and its delivery are tested against a local push service in tests/push."""

import subprocess

import pytest
from playwright.sync_api import expect

REGISTRATIONS = "navigator.serviceWorker.getRegistrations().then(r => r.length)"


@pytest.fixture
def push_page(live_server, tree):
    return live_server.url + "/pushmeldingen/"


def test_the_push_page_is_valid_html(client, tree, vnu, tmp_path):
    path = tmp_path / "push.html"
    path.write_bytes(client.get("/pushmeldingen/").content)
    result = subprocess.run([*vnu, str(path)], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_opt_in_asks_only_when_the_reader_presses_the_button(push_page, browser, axe):
    without = browser.new_context(java_script_enabled=False).new_page()
    without.goto(push_page)
    assert without.get_by_text("Pushmeldingen werken alleen met JavaScript").is_visible()
    assert not without.get_by_role("button", name="Pushmeldingen aanzetten").is_visible()

    unsupported = browser.new_context().new_page()
    unsupported.add_init_script("delete window.PushManager;")
    unsupported.goto(push_page)
    assert unsupported.get_by_text("Deze browser ondersteunt geen pushmeldingen").is_visible()

    context = browser.new_context()
    page = context.new_page()
    asked = []
    page.on(
        "request",
        lambda request: asked.append(request.url) if "/pushmeldingen/sleutel/" in request.url else None,
    )
    page.goto(push_page)
    page.wait_for_load_state("networkidle")
    assert not page.get_by_text("werken alleen met JavaScript").is_visible()
    assert page.evaluate("Notification.permission") == "default"  # nothing asked on load
    assert page.evaluate(REGISTRATIONS) == 0 and asked == []
    axe(page)

    page.get_by_label("Binnenland").check()
    context.grant_permissions(["notifications"])  # the reader says yes to the browser's question
    page.get_by_role("button", name="Pushmeldingen aanzetten").click()
    expect(page.locator("[data-push-status]")).not_to_be_empty(timeout=30_000)
    # "On" where the browser has a push service; headless Chromium here has none and says it failed.
    assert page.locator("[data-push-status]").inner_text() in (
        "Pushmeldingen staan aan voor de gekozen onderwerpen.",
        "Dat lukte niet. Probeer het later opnieuw.",
    )
    assert page.evaluate(REGISTRATIONS) == 1  # registered on the press, for the whole site
    assert page.evaluate(
        "navigator.serviceWorker.getRegistration('/').then(r => r.scope)"
    ) == push_page.replace("/pushmeldingen/", "/")
    assert len(asked) == 1  # the key and CSRF token, fetched on the press
