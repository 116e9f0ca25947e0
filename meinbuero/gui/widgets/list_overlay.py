"""A text over an empty list: what to do first in a new company, or "Keine Treffer".

:class:`ListOverlay` lies on the list's viewport (the column headers stay visible), follows its
size, and is hidden while the list has rows. Its links (``<a href="new">``) are handed to
``link_activated`` as their ``href``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel


class ListOverlay(QLabel):
    """The text shown in place of the rows of an empty list."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self.setObjectName("list_overlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setOpenExternalLinks(False)
        self.setContentsMargins(24, 24, 24, 24)
        self.setAutoFillBackground(False)
        view.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def show_text(self, html: str) -> None:
        """Show ``html`` over the list (rich text; links emit ``linkActivated``)."""
        if self.text() != html:
            self.setText(html)
        self._fit()
        self.show()
        self.raise_()
