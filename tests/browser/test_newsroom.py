"""The newsroom in real headless Chromium: a reporter and the desk log in and upload an image."""

import pytest
from PIL import Image as PILImage

from krant.core.roles import DESK, REPORTER, ensure_newsroom_roles
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, require
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct horse battery"  # tests.factories.make_user


@pytest.fixture
def browser():
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: browser tests skipped (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def newsroom(live_server):
    """Make roles and staff before the browser starts: Playwright's event loop forbids database calls."""
    ensure_newsroom_roles()
    make_user("verslaggever", REPORTER)
    make_user("eindredacteur", DESK)
    return live_server.url


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "fietsbrug.jpg"
    PILImage.new("RGB", (320, 200), (40, 90, 160)).save(path, "JPEG")
    return path


@pytest.mark.parametrize("username", ["verslaggever", "eindredacteur"])
def test_staff_uploads_an_image_with_credit(newsroom, browser, photo, username):
    """Reporter and desk find 'Afbeeldingen' in the menu, upload a photo with its credit and see it listed."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{newsroom}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{newsroom}/admin/")

    page.locator(".sidebar-menu-item__link", has_text="Afbeeldingen").click()
    page.wait_for_url("**/admin/images/")
    assert "geen toegang" not in page.content()

    page.goto(f"{newsroom}/admin/images/add/")
    page.set_input_files("input[name=file]", str(photo))
    page.fill("input[name=title]", f"Fietsbrug van {username}")
    page.fill("input[name=description]", "Fietsers op de nieuwe brug over de Vaart")
    page.fill("input[name=credit]", "Eigen foto / Ria Bos")
    page.locator("form[action$='/admin/images/add/'] button[type=submit]").click()
    page.wait_for_url("**/admin/images/")
    page.get_by_role("link", name=f"Fietsbrug van {username}").first.click()
    assert page.locator("input[name=credit]").input_value() == "Eigen foto / Ria Bos"

    page.goto(f"{newsroom}/admin/images/chooser/")
    assert "upload" in page.content()
