"""Marking input fields the rules refused, with the German message at the field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

_INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"

# The message bands of the document windows: refused, done, finalised.
ERROR_STYLE = (
    "QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #e0a3a3;"
    " border-radius: 3px; padding: 4px 6px; }"
)
INFO_STYLE = (
    "QLabel { color: #1b4d1b; background: #e8f5e9; border: 1px solid #a5d6a7;"
    " border-radius: 3px; padding: 4px 6px; }"
)
FINAL_STYLE = (
    "QLabel { color: #0d3c61; background: #e3f2fd; border: 1px solid #90caf9;"
    " border-radius: 3px; padding: 4px 6px; }"
)


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
