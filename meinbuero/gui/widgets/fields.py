"""Marking input fields the rules refused, with the German message at the field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

_INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


def mark_invalid(widget: QWidget, message: str) -> None:
    """Red frame and the message as tooltip; what the user typed stays as it is."""
    widget.setProperty("invalid", True)
    widget.setToolTip(message)
    widget.setStyleSheet(_INVALID_STYLE)


def clear_marks(widgets: Iterable[QWidget]) -> None:
    for widget in widgets:
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.setStyleSheet("")


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))
