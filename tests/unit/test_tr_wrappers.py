"""No function in app/ passes its own parameter to tr() or translate(): lupdate reads only
calls whose text is written in them, so the texts given to such a wrapper are never
extracted, never translated, and no completeness check sees them missing (the story's files
and review steps were English in every language until this test)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in {"tr", "translate"}


def wrappers(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in node.args.args + node.args.kwonlyargs} - {"self", "cls"}
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and _is_translate(call) and call.args:
                text = call.args[-1] if len(call.args) <= 2 else call.args[1]
                if isinstance(text, ast.Name) and text.id in params:
                    found.append(f"{node.name}({text.id})")
    return found


def test_no_function_wraps_tr_or_translate() -> None:
    found = [f"{path.relative_to(APP.parent)}: {name}"
             for path in sorted(APP.rglob("*.py"))
             for name in wrappers(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_finds_a_wrapper() -> None:
    assert wrappers('def _tr(text):\n    return QCoreApplication.translate("Ctx", text)\n') \
        == ["_tr(text)"]
    assert wrappers('def label(self, text):\n    return self.tr(text)\n') == ["label(text)"]
    assert wrappers('def ok(self):\n    return self.tr("Open")\n') == []
