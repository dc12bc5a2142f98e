"""app/domain is plain Python: even an import inside a function reaches only the standard
library and app.domain itself (import-linter checks module-level imports)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "app" / "domain"


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    offenders = []
    for path in sorted(DOMAIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            offenders += [
                f"{path.name}: {name}" for name in names
                if not name.startswith("app.domain")
                and name.split(".")[0] not in sys.stdlib_module_names
                and name != "__future__"
            ]
    assert offenders == []
