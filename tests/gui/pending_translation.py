"""The German Qt shows for a source string, checked against the German the test expects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shown(context: str, source: str, german: str) -> str:
    """What Qt shows for ``source``, which must be ``german``."""
    text = QCoreApplication.translate(context, source)
    assert text == german, f"{source!r} is translated as {text!r}, not {german!r}"
    return text
