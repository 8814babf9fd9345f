import functools
import threading
from pathlib import Path

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.test import override_settings
from django.utils import timezone

from bench.stack import free_port
from krant.core.roles import MODERATOR
from tests import factories
from tests.community import conftest as community_conftest

GROUP_MARK = "pytestmark = pytest.mark.xdist_group(__name__)"


def pytest_xdist_make_scheduler(config, log):
    """Hand out single tests in collection order, but a marked module's tests to one worker together.

    In collection order, as pytest-django sorts it, each worker runs every test in a rolled-back transaction
    before any test that commits and empties the database, as one process does. A module with a module-wide
    fixture (a loaded demo, a trained model) carries GROUP_MARK so that the fixture is built once.
    (pytest-xdist's own `--dist loadgroup` does this with the mark, but cannot rename tests on pytest 9.)
    """
    from xdist.scheduler import LoadScopeScheduling

    class ModuleGroups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if grouped(path) else nodeid

    return ModuleGroups(config, log)


@functools.cache
def grouped(path: str) -> bool:
    return GROUP_MARK in (Path(__file__).parent.parent / path).read_text()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Make the folder of the SQLite test database: the data directory may not exist yet."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        Path(database["TEST"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session", autouse=True)
def data_dir_of_its_own(tmp_path_factory):
    """Give each test process (one per pytest-xdist worker) its own data directory and shared store.

    Workers must not clear or read each other's cache: Wagtail keeps the site's root paths there, which name
    pages of one worker's database. Static files stay out of the developer's data directory too: after `krant
    demo` it holds a manifest of hashed names, which the test server, serving from the apps' folders, cannot
    find (pages would lose their styles and scripts). The SQLite test database stays where settings put it,
    named per worker by pytest-django.
    """
    from django.conf import settings

    data_dir = tmp_path_factory.mktemp("data")
    (data_dir / "static").mkdir()
    shared = {**settings.CACHES["default"]}
    if shared["BACKEND"] == "krant.core.shared_store.SharedDiskCache":
        shared["LOCATION"] = str(data_dir / "cache")
    with override_settings(
        DATA_DIR=data_dir,
        STATIC_ROOT=data_dir / "static",
        CACHES={**settings.CACHES, "default": shared},
    ):
        yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Keep uploads and renditions of a test out of the developer's data directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def no_weather_fetch(settings):
    """Keep the scheduler's weather job off the network; tests/weather switch it on against a local server."""
    settings.WEATHER_FETCH = False


@pytest.fixture(autouse=True)
def fixed_secret_key(settings):
    """Count the test settings' key as a fixed one: the long-running commands refuse a per-process key.

    Tests of that refusal start real processes, which read their own environment.
    """
    fixed = {**settings.CONFIG.__dict__, "secret_key_source": "environment"}
    settings.CONFIG = type(settings.CONFIG)(**fixed)


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import caches

    from krant.core.pagecache import pages

    for alias in ("default", "local"):
        caches[alias].clear()
    pages.clear_memo()
    yield
    for alias in ("default", "local"):
        caches[alias].clear()
    pages.clear_memo()


@pytest.fixture(scope="session", autouse=True)
def page_cache_off():
    """Render every request, unless the test is about the page cache (`page_cache` fixture).

    Purges wait for the commit, which a test inside a rolled-back transaction never reaches: a test
    that changes content between two requests would see the first page again. The page cache's own
    tests commit (transactional tests) or run real krant processes. Session-wide, so module fixtures
    that make requests render too.
    """
    with override_settings(PAGE_CACHE=False):
        yield


@pytest.fixture
def page_cache(settings):
    """Turn the page cache on (see page_cache_off); the test must commit for purges to happen."""
    settings.PAGE_CACHE = True


@pytest.fixture
def still_clock():
    """Stop the clock: a rate limit counts in fixed windows, and one must not roll over between the
    requests a test counts (django-ratelimit starts a new count at each window's end)."""
    with time_machine.travel(timezone.now(), tick=False):
        yield


@pytest.fixture
def tree(db):
    return factories.make_site()


class Inbox:
    """Messages an SMTP server on localhost received, in order."""

    def __init__(self):
        self.messages = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope)
        self.arrived.set()
        return "250 OK"


@pytest.fixture
def smtp_inbox(settings):
    """A real SMTP server on localhost; Django's mail goes to it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield inbox
    controller.stop()


@pytest.fixture
def immediate_tasks(settings):
    """Run queued tasks (newsletters, reply mails) at once, in the test (django-tasks' ImmediateBackend)."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "newsletters": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["newsletters"],
        },
    }


def database_url() -> str:
    """Return the URL of the test database, so a krant process started by a test works on what it wrote."""
    from django.db import connection

    values = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{values['NAME']}"
    user = values["USER"] or "postgres"
    return f"postgres://{user}@{values['HOST'] or '127.0.0.1'}:{values['PORT'] or 5432}/{values['NAME']}"


def copy_test_database(tmp_path: Path, name: str) -> str:
    """Return the URL of a copy of the test database as it is now, for a server the test may break.

    SQLite: a file in `tmp_path`. PostgreSQL: a database `<test database>_<name>`, made from the test
    database as a template (so this process first closes its connections), replaced by the next run.
    """
    import sqlite3

    from django.db import connection, connections

    values = connection.settings_dict
    if connection.vendor == "sqlite":
        copy = tmp_path / f"{name}.sqlite3"
        with sqlite3.connect(values["NAME"]) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        return f"sqlite:///{copy}"
    copy = f"{values['NAME']}_{name}"
    connections.close_all()
    with postgres_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{values["NAME"]}"')
    return database_url().rsplit("/", 1)[0] + f"/{copy}"


def postgres_admin():
    """Return an autocommit connection to the test database's server, for creating and dropping databases."""
    import psycopg
    from django.db import connection

    values = connection.settings_dict
    return psycopg.connect(
        host=values["HOST"] or "127.0.0.1",
        port=values["PORT"] or 5432,
        user=values["USER"] or "postgres",
        password=values["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


# The community's people and an article to discuss, for its own tests and the API's.


@pytest.fixture
def member(db):
    return community_conftest.make_member()


@pytest.fixture
def article(tree):
    """An article open for comments."""
    return factories.make_article(tree.binnenland, "Nieuwe fietsbrug over het kanaal")


@pytest.fixture
def other(db):
    """A second member, to reply, respect and report."""
    return community_conftest.make_member("ander@voorbeeld.nl", "Fietser uit Delft")


@pytest.fixture
def moderator(db):
    return factories.make_user("moderator", MODERATOR)


@pytest.fixture
def model_dir(settings, tmp_path):
    """The moderation model's files in a folder of the test's own; no parsed model left from another test."""
    from krant.community import classifier

    settings.MODERATION_MODEL_DIR = tmp_path / "moderation"
    classifier._loaded.clear()
    yield settings.MODERATION_MODEL_DIR
    classifier._loaded.clear()
