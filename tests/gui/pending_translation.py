"""Strings whose German still waits in TRANSLATIONS_*.json for the merge into the .ts files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shown(context: str, source: str, german: str) -> str:
    """What Qt shows for ``source``: the German exactly once the translation is merged, the
    English source until then (anything else fails)."""
    text = QCoreApplication.translate(context, source)
    assert text in (source, german), f"{source!r} is translated as {text!r}, not {german!r}"
    return text
