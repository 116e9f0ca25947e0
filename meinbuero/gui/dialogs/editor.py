"""The closing rule every editing window shares: OK saves and closes (a refused save keeps the
window open), Esc / Abbrechen / the window's ✕ close, asking "Änderungen speichern?" first when
something is unsaved — nothing typed is ever lost without the user saying so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox


class EditorDialog(QDialog):
    """Base of the windows that edit something; subclasses give :meth:`save` and
    :meth:`is_modified`, and may take what is being typed first in :meth:`before_closing`."""

    def save(self) -> bool:
        """Store what was typed; False when it was refused (the window shows why)."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        raise NotImplementedError

    def before_closing(self) -> None:
        """Take what is still being typed (e.g. an open cell editor) before asking."""

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask "Änderungen speichern?" (tests answer this in place of the user)."""
        return QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("EditorDialog", "Save changes?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )

    def accept(self) -> None:
        """OK: save and close; a refused save keeps the window open."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Esc, Abbrechen, the window's ✕: close, asking first when something is unsaved."""
        self.before_closing()
        if self.is_modified():
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Yes:
                if self.save():
                    super().accept()
                return
            if answer != QMessageBox.StandardButton.No:
                return  # Abbrechen: stay
        super().reject()
