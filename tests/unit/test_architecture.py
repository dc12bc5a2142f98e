"""Layer rules from DESIGN.md section 3, enforced: crypto/ and storage/ never import Qt,
crypto/ never imports storage/ or app/, the command line never imports Qt."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports"))],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: [1-9]\d* kept, 0 broken\.", result.stdout), result.stdout
    for contract in ("crypto and storage never import Qt", "crypto never imports storage or app",
                     "storage never imports app",
                     "the domain imports no Qt, storage, crypto or services",
                     "the UI and the command line reach storage and crypto only through the "
                     "services",
                     "the command line never imports Qt"):
        assert f"{contract} KEPT" in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_even_in_lazy_imports() -> None:
    """import-linter sees module-level imports; this also catches ones inside functions."""
    offenders = [
        str(path.relative_to(REPO))
        for package in ("crypto", "storage")
        for path in (REPO / package).rglob("*.py")
        if _imports(path) & {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_no_raw_writes_outside_fsio() -> None:
    """Files are written only through storage.fsio (private and atomic)."""
    offenders = []
    for package in ("app", "crypto", "storage"):
        for path in (REPO / package).rglob("*.py"):
            if path.name == "fsio.py":
                continue
            text = path.read_text(encoding="utf-8")
            for needle in ('open("w', "open('w", '"wb")', "write_text(", "write_bytes(",
                           "tempfile", "NamedTemporaryFile"):
                if needle in text:
                    offenders.append(f"{path.relative_to(REPO)}: {needle}")
    assert offenders == []


def test_no_sql_outside_storage() -> None:
    """Repositories in storage/ hold every SQL statement; app/ calls them."""
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "app").rglob("*.py")
        if ".execute(" in path.read_text(encoding="utf-8")
        or ".executemany(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
