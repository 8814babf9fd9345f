"""The long-running commands refuse a random per-process secret key, as `krant serve` does."""

import os
import subprocess
import sys

import pytest

from tests.conftest import database_url


@pytest.mark.parametrize("command", [["serve"], ["run_scheduler", "--once"], ["send_newsletters", "--burst"]])
def test_refuses_to_start_without_a_fixed_secret_key(db, tmp_path, command):
    """Without KRANT_SECRET_KEY (and debug off) each stops with one line naming the variable."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment.update(KRANT_DATA_DIR=str(tmp_path), KRANT_DATABASE_URL=database_url())
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "krant", *command],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "KRANT_SECRET_KEY: not set" in result.stderr
    assert "Traceback" not in result.stderr
