"""What a fresh machine installs: index releases only, every import declared, no test tool in production."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.+!-]+$")
TEST_TOOLS = {
    *("pytest", "pytest-django", "time-machine", "freezegun", "aiosmtpd", "hypothesis", "schemathesis"),
    *("playwright", "axe-playwright-python", "ruff"),
}


def declared(extra: str | None = None) -> set[str]:
    project = PYPROJECT["project"]
    requirements = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {canonicalize_name(Requirement(line).name) for line in requirements}


def imported_distributions() -> dict[str, set[str]]:
    """Return the distributions whose modules krant's own code imports, with the files that import them."""
    distributions = packages_distributions()
    found: dict[str, set[str]] = {}
    for path in (ROOT / "krant").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top == "krant" or top in sys.stdlib_module_names:
                    continue
                for distribution in distributions.get(top, [top]):
                    found.setdefault(canonicalize_name(distribution), set()).add(str(path.relative_to(ROOT)))
    return found


def test_constraints_pin_index_releases_only():
    """Every line of constraints.txt is `name==version`: a local path or URL breaks every other machine."""
    lines = [line.strip() for line in (ROOT / "constraints.txt").read_text().splitlines()]
    bad = [line for line in lines if line and not line.startswith("#") and not PIN.match(line)]
    assert bad == []


def test_every_dependency_is_pinned():
    """Each declared dependency, test tools and extras included, has a pin in constraints.txt."""
    pinned = {
        canonicalize_name(line.split("==")[0]) for line in (ROOT / "constraints.txt").read_text().split()
    }
    wanted = declared() | declared("test")
    assert wanted - pinned == set()


def test_every_import_is_declared():
    """What krant imports is a declared dependency, not something that happens to come along."""
    optional = declared("opensearch") | declared("elasticsearch") | declared("woordenlijst")
    missing = {
        name: sorted(files)
        for name, files in imported_distributions().items()
        if name not in declared() | optional
    }
    assert missing == {}


def test_production_code_imports_no_test_tool():
    """No module of krant imports a test library: production installs do not have them."""
    leaks = {name: files for name, files in imported_distributions().items() if name in TEST_TOOLS}
    assert leaks == {}
