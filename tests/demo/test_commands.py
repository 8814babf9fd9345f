"""`krant demo`: one command sets everything up, prints the login, and a second run keeps all data."""

import re
import subprocess
import sys

from tests.processes import fetch, krant_environment, serving


def krant(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "krant", *args],
        env=krant_environment(data_dir),
        capture_output=True,
        text=True,
        timeout=300,
    )


COUNT = (
    "from wagtail.models import Page, Revision; from django.contrib.auth import authenticate; "
    "print(Page.objects.count(), Revision.objects.count(), "
    "bool(authenticate(username='{username}', password='{password}')))"
)


def test_demo_sets_up_and_keeps_data_on_rerun(tmp_path):
    first = krant(tmp_path, "demo", "--no-serve")
    assert first.returncode == 0, first.stderr
    assert "Demo publication created." in first.stdout
    assert re.search(r"Demo community loaded: 25 members, \d+ comments in 15 discussions\.\n", first.stdout)
    assert "not placed" not in first.stdout
    # The moderation history, and a model trained on it once, in a process of its own.
    assert re.search(r"Demo moderation history loaded: [1-9]\d{2} decided comments\.\n", first.stdout)
    assert re.search(r"Moderation model 1 trained on [1-9]\d{2} decisions; active\.\n", first.stdout)
    # Not a terminal here: counted steps on lines of their own, no bar redrawn with carriage returns.
    assert "[1/14] Front page and site" in first.stdout and "[14/14]" in first.stdout
    assert "[4/14] Video clips" in first.stdout and "3 video clips" in first.stdout
    assert "\r" not in first.stdout
    assert re.search(r"Site: +http://127\.0\.0\.1:8000/\n", first.stdout)
    assert re.search(r"Admin: +http://127\.0\.0\.1:8000/admin/\n", first.stdout)
    login = next(line for line in first.stdout.splitlines() if "Login:" in line)
    username, password = login.split("Login:")[1].strip().split(" / ")
    count = COUNT.format(username=username, password=password)
    before = krant(tmp_path, "shell", "-c", count).stdout.split()[-3:]
    assert before[-1] == "True", "the printed login does not work"
    moderation = next(line for line in first.stdout.splitlines() if "Moderator login:" in line)
    moderator, moderator_password = moderation.split("login:")[1].strip().split(" / ")
    check = COUNT.format(username=moderator, password=moderator_password)
    assert krant(tmp_path, "shell", "-c", check).stdout.split()[-1] == "True", "the moderator login fails"
    members = (
        "from krant.community.models import Member; print(Member.objects.exclude(expert_label='').count())"
    )
    assert int(krant(tmp_path, "shell", "-c", members).stdout.split()[-1]) >= 2

    second = krant(tmp_path, "demo", "--no-serve")
    assert second.returncode == 0, second.stderr
    assert "Demo publication present; kept." in second.stdout
    assert "Demo community present; kept." in second.stdout
    assert "Moderation model present; kept." in second.stdout
    assert "Demo moderation history loaded" not in second.stdout
    assert login in second.stdout and moderation in second.stdout
    assert krant(tmp_path, "shell", "-c", count).stdout.split()[-3:] == before


def test_demo_on_another_port_writes_links_for_that_port(tmp_path):
    """`krant demo --port N` without KRANT_BASE_URL links to http://127.0.0.1:N, the address it serves."""
    environment = krant_environment(tmp_path)
    with serving("demo", "--workers", "1", environment=environment, ready="/", seconds=240) as base:
        status, _, body = fetch(f"{base}/")
        canonical = re.search(rb'<link rel="canonical" href="([^"]+)"', body)
        assert canonical, "the front page has no canonical link"
        assert canonical.group(1).decode() == f"{base}/"


def test_a_port_out_of_range_is_refused_before_setting_up(tmp_path):
    """`krant demo --port 70000` says what is wrong with the port, without a traceback or a database."""
    result = krant(tmp_path, "demo", "--port", "70000", "--no-serve")
    assert result.returncode != 0
    assert "--port: 70000 is not a port number (1-65535)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "krant.sqlite3").exists()
