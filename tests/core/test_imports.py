"""Core serves every app and depends on none: no module of krant.core imports krant.news."""

import ast
from pathlib import Path

import krant.core
import krant.news

FORBIDDEN = "krant.news"


def imported_modules(path: Path) -> set[str]:
    """Return every module `path` imports, at module level or inside a function, by absolute name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def function_level_imports(path: Path) -> list[str]:
    """Return the krant modules `path` imports inside a function body."""
    found = []
    for function in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("krant"):
                    found.append(f"{path.name}:{node.lineno} {node.module}")
    return found


def test_core_does_not_import_news():
    """Not one module under krant/core imports krant.news, so news can import core without a cycle."""
    offenders = {
        str(path.relative_to(Path(krant.core.__file__).parent)): sorted(
            name for name in imported_modules(path) if name == FORBIDDEN or name.startswith(f"{FORBIDDEN}.")
        )
        for path in Path(krant.core.__file__).parent.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_news_imports_at_module_level():
    """News imports krant modules at the top, not inside functions to dodge a cycle (apps.py's ready() is
    Django's own place for that)."""
    news = Path(krant.news.__file__).parent
    paths = [path for path in news.rglob("*.py") if path.name != "apps.py" and "migrations" not in path.parts]
    assert [found for path in paths for found in function_level_imports(path)] == []
