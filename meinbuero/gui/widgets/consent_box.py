"""Einwilligungen: the consent to advertising of a customer or one of its contact persons, per
channel (E-Mail, Telefon, Post), with "Ändern…" recording a new entry and the history below.

Changes are stored at once, each in its own transaction, as new events of the append-only
history (:mod:`meinbuero.services.consent`); nothing earlier is ever changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_date_de, parse_date_de
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.services import consent
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database

_ALLOWED = "color: #1b5e20;"
_REFUSED = "color: #8e1b1b;"


class ConsentChangeDialog(QDialog):
    """Records one change of consent on one channel: what, when, how, a note."""

    def __init__(self, *, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_change_dialog")
        self.channel = channel
        self.setWindowTitle(
            self.tr("Consent: {channel}").format(channel=consent.channel_labels()[channel])
        )
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in consent.kind_labels().items():
            self.kind.addItem(label, key)
        form.addRow(self.tr("&Change:"), self.kind)
        self.on = QLineEdit(format_date_de(date.today()))
        self.on.setObjectName("on")
        self.on.setPlaceholderText(self.tr("dd.mm.yyyy"))
        form.addRow(self.tr("&Date:"), self.on)
        self.how = QComboBox()
        self.how.setObjectName("how")
        for key, label in consent.way_labels().items():
            if key:
                self.how.addItem(label, key)
        form.addRow(self.tr("&How given:"), self.how)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("e.g. form at the trade fair, signed 12.03."))
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.how.setEnabled(self.kind.currentData() == "given")
        )

    def chosen(self) -> tuple[str, date, str, str] | None:
        """(kind, date, how, note) as typed; None with the date marked when it is not one."""
        clear_marks([self.on])
        try:
            on = parse_date_de(self.on.text(), field=self.tr("Date"))
        except ValidationError as error:
            mark_invalid(self.on, str(error))
            return None
        kind = str(self.kind.currentData())
        how = str(self.how.currentData()) if kind == "given" else ""
        return kind, on or date.today(), how, self.note.text()


class ConsentBox(QGroupBox):
    """The consent of the customer or a contact person (chosen above the channels)."""

    #: A change was recorded (the customer's id).
    recorded = Signal(int)

    def __init__(self, *, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent to advertising"), parent)
        self.setObjectName("consent_box")
        self._database = database
        self._customer_id: int | None = None
        layout = QVBoxLayout(self)
        who = QHBoxLayout()
        who_label = QLabel(self.tr("&For:"))
        self.person = QComboBox()
        self.person.setObjectName("consent_person")
        who_label.setBuddy(self.person)
        who.addWidget(who_label)
        who.addWidget(self.person, 1)
        layout.addLayout(who)
        grid = QGridLayout()
        self.state_labels: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}
        for row, (channel, label) in enumerate(consent.channel_labels().items()):
            grid.addWidget(QLabel(label + ":"), row, 0)
            state = QLabel()
            state.setObjectName(f"consent_{channel}")
            state.setWordWrap(True)
            grid.addWidget(state, row, 1)
            button = QPushButton(self.tr("Change…"))
            button.setObjectName(f"change_{channel}")
            button.clicked.connect(lambda _checked=False, c=channel: self.change(c))
            grid.addWidget(button, row, 2)
            self.state_labels[channel] = state
            self.change_buttons[channel] = button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.history = QTreeWidget()
        self.history.setObjectName("consent_history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("Date"), self.tr("Channel"), self.tr("Change"), self.tr("Note"), self.tr("By")]
        )
        self.history.setColumnWidth(0, 80)
        self.history.setColumnWidth(1, 60)
        self.history.setColumnWidth(2, 170)
        self.history.setMinimumHeight(90)
        layout.addWidget(self.history)
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())
        self.load(None, [])

    def load(self, customer_id: int | None, persons: list[tuple[int, str]]) -> None:
        """Show the customer's consent (None: a new customer, not saved yet)."""
        self._customer_id = customer_id
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("the customer"), None)
        for person_id, name in persons:
            self.person.addItem(name, person_id)
        found = self.person.findData(current) if current is not None else 0
        self.person.setCurrentIndex(max(found, 0))
        self.person.blockSignals(False)
        self.setEnabled(customer_id is not None)
        self.refresh()

    def contact_person_id(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        self.history.clear()
        if self._customer_id is None:
            for shown in self.state_labels.values():
                shown.setText(self.tr("(after saving)"))
            return
        person = self.contact_person_id()
        channels = consent.channel_labels()
        kinds = consent.kind_labels()
        ways = consent.way_labels()
        try:
            with self._database.sessions() as session:
                states = consent.states(session, self._customer_id, person)
                allowed = {
                    c: consent.allows_advertising(session, self._customer_id, person, c)
                    for c in states
                }
                events = consent.history(session, self._customer_id, person)
                rows = [
                    (
                        format_date_de(e.occurred_on),
                        channels.get(e.channel, e.channel),
                        kinds.get(e.kind, e.kind)
                        + (f" ({ways[e.way]})" if ways.get(e.way) else ""),
                        e.note,
                        e.author,
                    )
                    for e in events
                ]
        except NotFound:
            return
        for channel, state in states.items():
            verdict = (
                self.tr("advertising allowed") if allowed[channel] else self.tr("no advertising")
            )
            label = self.state_labels[channel]
            label.setText(f"{consent.describe(state)} – {verdict}")
            label.setStyleSheet(_ALLOWED if allowed[channel] else _REFUSED)
        for row in rows:
            self.history.addTopLevelItem(QTreeWidgetItem(list(row)))

    def state_text(self, channel: str) -> str:
        return self.state_labels[channel].text()

    def ask_change(self, channel: str) -> tuple[str, date, str, str] | None:
        """Ask what changed (tests answer in place of the user)."""
        dialog = ConsentChangeDialog(channel=channel, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            if chosen is not None:
                return chosen
        return None

    def change(self, channel: str) -> bool:
        """Ändern…: record a new entry for the channel."""
        if self._customer_id is None:
            return False
        chosen = self.ask_change(channel)
        if chosen is None:
            return False
        kind, on, how, note = chosen
        try:
            with self._database.sessions.begin() as session:
                consent.record(
                    session,
                    self._customer_id,
                    self.contact_person_id(),
                    channel,
                    kind,
                    on,
                    how,
                    note,
                )
        except InvalidInput as invalid:
            self.state_labels[channel].setText("; ".join(str(e) for e in invalid.errors))
            self.state_labels[channel].setStyleSheet(_REFUSED)
            return False
        except NotFound as gone:
            self.state_labels[channel].setText(str(gone))
            return False
        self.refresh()
        self.recorded.emit(self._customer_id)
        return True


__all__ = ["ConsentBox", "ConsentChangeDialog"]
