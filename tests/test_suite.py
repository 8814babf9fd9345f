"""The test suite's own rules, for running on every core (`pytest -n auto`)."""

import re
from pathlib import Path

from tests.conftest import GROUP_MARK

TESTS = Path(__file__).resolve().parent
MODULE_FIXTURE = re.compile(r'@pytest\.fixture\(scope="module"')


def test_a_module_with_a_module_wide_fixture_runs_on_one_worker():
    """Otherwise each worker builds the fixture (a loaded demo, a trained model) again."""
    unmarked = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("test_*.py")
        if MODULE_FIXTURE.search(text := path.read_text()) and GROUP_MARK not in text
    ]
    assert unmarked == [], f"add `{GROUP_MARK}` to these modules"
