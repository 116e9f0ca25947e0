"""What every page of the settings dialog does: load, say whether it changed, save, mark."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.gui.widgets.fields import clear_marks


class SettingsPage(QWidget):
    """One page of the settings dialog.

    The dialog saves every changed page in one transaction: ``save`` runs the services on the
    dialog's session and raises :class:`~meinbuero.services.errors.InvalidInput`; the dialog
    then rolls everything back and hands the errors to ``show_errors``.
    """

    #: Something on the page was edited (the dialog enables Übernehmen).
    changed = Signal()

    #: The key ``SettingsDialog.select_page`` knows the page by.
    key = ""

    def emit_changed(self, *_: object) -> None:
        """Slot for any edit signal of the page's widgets."""
        self.changed.emit()

    def title(self) -> str:
        """The page's name in the list on the left."""
        raise NotImplementedError

    def load(self, session: Session) -> None:
        """Show what is stored; what is shown is then the unchanged state."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        raise NotImplementedError

    def save(self, session: Session) -> list[str]:
        """Store what was typed in the caller's transaction; returns warnings for the user."""
        raise NotImplementedError

    def order_errors(self, errors: list[ValidationError]) -> list[ValidationError]:
        """The errors in the order of the page's fields (the first one gets the focus)."""
        return errors

    def show_errors(self, errors: list[ValidationError]) -> tuple[QWidget | None, list[str]]:
        """Mark the refused fields; returns the first marked widget and the messages that
        belong to no field of the page."""
        raise NotImplementedError

    def committed(self) -> None:
        """The transaction that saved the page was committed (for things kept outside the file)."""

    def marked_widgets(self) -> list[QWidget]:
        """The widgets ``show_errors`` may mark (for clearing them)."""
        return []

    def clear_marks(self) -> None:
        clear_marks(self.marked_widgets())
