"""One click to reach a customer: the PC's mail program, phone, browser and map.

:class:`ContactLauncher` is what every place with a clickable address or number uses (the
preview pane, the list's context menu, the fields of the details window). It builds the URL
with :mod:`meinbuero.services.contact`, hands it to QDesktopServices, and when a program
started records the contact in the Historie (as the settings say) and then asks for the short
note (a cancelled note keeps the entry).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from meinbuero.domain.phone import PhoneNumber
from meinbuero.gui import handlers
from meinbuero.gui.signals import DataSignals
from meinbuero.services import contact, mail
from meinbuero.services.contact import ContactKind
from meinbuero.services.errors import NotFound
from meinbuero.store.database import Database


class ContactLauncher(QObject):
    """Starts mail, phone, browser and map for a customer; records what the settings ask."""

    def __init__(self, *, database: Database, signals: DataSignals, parent_widget: QWidget) -> None:
        # The widget is only the Qt parent (no Python reference back: the window must be free
        # to go when it closes).
        super().__init__(parent_widget)
        self._database = database
        self._signals = signals

    # --- the four ways ------------------------------------------------------------------------

    def mail(
        self, *, customer_id: int | None, address: str, contact_person_id: int | None = None
    ) -> bool:
        """A new message to ``address`` (a saved customer's mail gets the template and is
        recorded; an unsaved one just opens). Whether the mail program started."""
        address = address.strip()
        if not address:
            return False
        if customer_id is None:
            return self._open(contact.mail_url(address), ContactKind.EMAIL)
        with self._database.sessions() as session:
            own_window = mail.send_with(session) == mail.SEND_WITH_PROGRAM
        if own_window:  # Einstellungen > E-Mail: "E-Mails senden mit: meinbuero"
            from meinbuero.gui.dialogs.mail_dialog import open_mail_window

            opened = open_mail_window(
                database=self._database,
                signals=self._signals,
                parent=self._window(),
                customer_id=customer_id,
                address=address,
                contact_person_id=contact_person_id,
            )
            return opened is not None
        try:
            with self._database.sessions() as session:
                url = contact.new_mail_url(
                    session,
                    customer_id=customer_id,
                    address=address,
                    contact_person_id=contact_person_id,
                )
        except NotFound as gone:
            self.report_failure(str(gone))
            return False
        return self._reach(ContactKind.EMAIL, url, address, customer_id, contact_person_id)

    def dial(
        self,
        *,
        customer_id: int | None,
        number: PhoneNumber,
        contact_person_id: int | None = None,
    ) -> bool:
        """Hand ``number`` to the PC's dialler, in international form (or as typed, warned).
        Whether the phone program started."""
        with self._database.sessions() as session:
            scheme = contact.history_settings(session).dial_scheme
        target = contact.dial_target(number, scheme=scheme)
        if target is None:
            return False
        if target.warning is not None and not self.confirm_dial(target.warning):
            return False
        if customer_id is None:
            return self._open(target.url, ContactKind.CALL)
        return self._reach(
            ContactKind.CALL, target.url, target.shown, customer_id, contact_person_id
        )

    def browse(self, website: str) -> bool:
        url = contact.website_url(website)
        if url is None:
            self.report_failure(
                self.tr("“{text}” is not a web address.").format(text=website.strip())
            )
            return False
        return self._open(url, None)

    def show_map(self, *, street: str, postcode: str, city: str, country: str = "") -> bool:
        url = contact.map_url(street=street, postcode=postcode, city=city, country=country)
        if url is None:
            self.report_failure(self.tr("Please enter at least the postcode or the city."))
            return False
        return self._open(url, None)

    # --- recording ----------------------------------------------------------------------------

    def _reach(
        self,
        kind: ContactKind,
        url: str,
        target: str,
        customer_id: int,
        contact_person_id: int | None,
    ) -> bool:
        """Start the program; then, as the settings say, record the contact and ask for a
        note (a cancelled note keeps the event). Nothing is recorded when no program started."""
        if not self._open(url, kind):
            return False
        with self._database.sessions() as session:
            chosen = contact.history_settings(session)
        if not chosen.records(kind):
            return True
        try:
            with self._database.sessions.begin() as session:
                event_id = contact.record_contact(
                    session,
                    customer_id=customer_id,
                    kind=kind,
                    target=target,
                    contact_person_id=contact_person_id,
                ).id
        except NotFound as gone:
            self.report_failure(str(gone))
            return True
        self._signals.customer_changed.emit(customer_id)
        if chosen.asks_for_note(kind):
            note = self.ask_note(kind, target)
            if note and note.strip():
                with self._database.sessions.begin() as session:
                    contact.add_contact_note(session, event_id, note)
                self._signals.customer_changed.emit(customer_id)
        return True

    def _open(self, url: str, kind: ContactKind | None) -> bool:
        missing = handlers.missing_program(url)  # xdg-open "succeeds" without a mail program
        if missing is not None:
            self.report_failure(missing)
            return False
        # Our URLs are already percent-encoded; StrictMode keeps them as they are.
        if QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            return True
        if kind == ContactKind.EMAIL:
            message = self.tr(
                "No e-mail program could be started. Please set a default e-mail program in "
                "Windows (Settings > Apps > Default apps)."
            )
        elif kind == ContactKind.CALL:
            message = self.tr(
                "No program for phone calls could be started. Please set one in Windows "
                "(Settings > Apps > Default apps), or choose another way of dialling in "
                "Settings > History."
            )
        else:
            message = self.tr("The browser could not be started.")
        self.report_failure(message)
        return False

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # --- asking (tests replace these) ---------------------------------------------------------

    def ask_note(self, kind: ContactKind, target: str) -> str | None:
        """A short note about the mail or call; None when cancelled."""
        if kind == ContactKind.EMAIL:
            what = self.tr("E-mail to {address}").format(address=target)
        else:
            what = self.tr("Call to {number}").format(number=target)
        dialog = QInputDialog(self._window())
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setWindowTitle(self.tr("Note for the history"))
        dialog.setLabelText(what + "\n\n" + self.tr("Note for the history (optional):"))
        dialog.resize(480, 280)
        try:
            accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
            return dialog.textValue() if accepted else None
        finally:
            dialog.deleteLater()

    def confirm_dial(self, warning: str) -> bool:
        answer = QMessageBox.question(
            self._window(),
            self.tr("Dial"),
            warning + "\n\n" + self.tr("Dial anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def report_failure(self, message: str) -> None:
        QMessageBox.warning(self._window(), self.tr("meinbuero"), message)
