"""The banner through real processes: two `krant serve` workers and the scheduler sharing the store, and a
real Varnish in front. The banner is set and ended by another process (`krant shell`), as the admin would."""

import subprocess
import sys

import pytest

from tests.conftest import database_url
from tests.core.test_purge import all_show
from tests.core.test_varnish import VARNISHD, is_hit, varnish
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving, wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TEXT = "Storm legt treinverkeer rond Duinwijk stil"


def krant_shell(environment: dict, script: str) -> None:
    subprocess.run([sys.executable, "-m", "krant", "shell", "-c", script], env=environment, check=True)  # noqa: S603


def set_banner(environment: dict, page_id: int, ends: str = "None") -> None:
    krant_shell(
        environment,
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from krant.banner.models import Banner\n"
        "from krant.banner.services import save_banner\n"
        f"save_banner(Banner(text={TEXT!r}, link_page_id={page_id}, ends_at={ends}))\n",
    )


def ended_in_log(environment: dict) -> str:
    script = (
        "from wagtail.models import ModelLogEntry as E\n"
        "print(E.objects.filter(action='banner.ended').count())"
    )
    command = [sys.executable, "-m", "krant", "shell", "-c", script]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)  # noqa: S603
    return done.stdout.strip().splitlines()[-1]


def none_show(url: str, text: str, times: int = 12) -> bool:
    return not any(text.encode() in fetch(url)[2] for _ in range(times))


def test_a_banner_set_elsewhere_shows_on_every_worker_and_the_scheduler_ends_it(tmp_path):
    tree = make_site()
    story = make_article(tree.binnenland, "Storm boven de kust")
    environment = krant_environment(
        tmp_path,
        KRANT_DATABASE_URL=database_url(),
        KRANT_SECRET_KEY="s" * 50,
        KRANT_SCHEDULER_INTERVAL="1",
    )
    with serving("serve", "--workers", "2", "--no-worker", environment=environment) as base:
        urls = [base + "/", base + story.url, base + tree.binnenland.url]
        for url in urls:
            assert none_show(url, TEXT)
            assert fetch(url)[1]["X-Cache"] == "hit"
        set_banner(environment, story.pk)
        for url in urls:  # the purge is seen by every worker within 0.1 s of the commit
            wait_until(lambda url=url: all_show(url, TEXT), "every worker to show the banner", 10)
        krant_shell(environment, "from krant.banner.models import Banner\nBanner.objects.get().delete()\n")
        for url in urls:
            wait_until(lambda url=url: none_show(url, TEXT), "every worker to drop the banner", 10)

        set_banner(environment, story.pk, ends="timezone.now() + timedelta(seconds=3)")
        wait_until(lambda: all_show(base + "/", TEXT), "the ending banner on every worker", 10)
        wait_until(lambda: none_show(base + "/", TEXT), "the banner to end", 30)
        wait_until(lambda: ended_in_log(environment) == "1", "the scheduler to switch it off, logged", 30)


@pytest.mark.skipif(VARNISHD is None, reason="varnishd is missing: apt install varnish varnish-modules")
def test_a_banner_purges_every_page_in_varnish(tmp_path):
    tree = make_site()
    story = make_article(tree.binnenland, "Storm boven de kust")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        with varnish(tmp_path, int(app.rsplit(":", 1)[1])) as base:
            urls = [base + "/", base + story.url, base + tree.binnenland.url, base + "/banner/"]
            for url in urls:
                fetch(url)
                status, headers, body = fetch(url)
                assert is_hit(headers) and TEXT.encode() not in body, url
            set_banner({**environment, "KRANT_PURGE_URLS": base}, story.pk)
            for url in urls:
                status, headers, body = fetch(url)
                assert TEXT.encode() in body and not is_hit(headers), url
