"""The layers stay apart: Qt only in meinbuero/gui/ (and app.py)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "meinbuero"


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_core_never_imports_qt() -> None:
    offenders = []
    core = [
        p
        for p in PACKAGE.rglob("*.py")
        if "gui" not in p.relative_to(PACKAGE).parts and p.name != "app.py"
    ]
    assert len(core) > 20  # the scan sees the real package
    for path in core:
        if any(m.split(".")[0] in {"PySide6", "shiboken6"} for m in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_scan_recognises_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport PySide6.QtWidgets\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "PySide6.QtWidgets"}
