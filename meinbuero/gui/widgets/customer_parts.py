"""Pieces the tabs of the customer details window share.

:class:`CustomerContext` is what a tab may ask of the window it sits in (the company file, the
customer's id, "save the customer first"); :class:`SocialProfilesEditor`, :class:`OptionalDateEdit`
and the salutation helpers are used by the Adresse and Ansprechpartner forms alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.birthday import parse_birthday
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.salutation import (
    FormOfAddress,
    Salutation,
    letter_salutation,
    salutation_label,
)
from meinbuero.gui.icons import icon
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.store.database import Database
from meinbuero.store.models import SocialNetwork


class CustomerContext(Protocol):
    """What the details window offers its tabs."""

    @property
    def database(self) -> Database: ...

    @property
    def customer_id(self) -> int | None: ...

    def ensure_saved(self) -> int | None:
        """Save a new customer (with everything typed); its id, or None when refused."""
        ...

    def stored_elsewhere(self) -> None:
        """A tab wrote to the customer on its own (a note, a contact person)."""
        ...

    def show_refused(self, tab: QWidget, errors: list[ValidationError]) -> None:
        """Mark the refused fields of ``tab`` and show the messages."""
        ...


def fill_salutations(combo: QComboBox) -> None:
    """Herr / Frau / (keine Angabe), the stored value as item data."""
    for salutation in (Salutation.MR, Salutation.MS, Salutation.NONE):
        combo.addItem(salutation_label(salutation), salutation.value)


def set_combo_data(combo: QComboBox, value: str) -> None:
    """Select the item with ``value`` as data; a value the list does not know is added."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def combo_data(combo: QComboBox) -> str:
    data = combo.currentData()
    return "" if data is None else str(data)


def preview_salutation(
    *,
    salutation: str,
    title: str,
    first_name: str,
    last_name: str,
    form_of_address: str,
    override: str,
) -> str:
    """The letter salutation for what is typed now (as ``customer_letter_salutation`` makes it)."""
    try:
        chosen = Salutation(salutation)
    except ValueError:
        chosen = Salutation.NONE
    return letter_salutation(
        salutation=chosen,
        title=title,
        first_name=first_name,
        last_name=last_name,
        form_of_address=FormOfAddress(form_of_address),
        override=override,
    )


def check_birthday_field(edit: QLineEdit) -> None:
    """On leaving a birthday field: show it as 16.04.1980 / 16.04., or mark what is wrong."""
    try:
        birthday = parse_birthday(edit.text())
    except ValidationError as error:
        mark_invalid(edit, error.message)
        return
    clear_marks([edit])
    if birthday is not None and edit.text() != birthday.format():
        edit.setText(birthday.format())


def watch_edits(widgets: Iterable[QObject], slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever one of the input widgets changes."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(slot)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(slot)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(slot)
        elif isinstance(widget, SocialProfilesEditor):
            widget.changed.connect(slot)


class SocialProfilesEditor(QWidget):
    """A short editable list of profiles: network (Xing, LinkedIn, …) and address."""

    changed = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("social_profiles")
        self._rows: list[tuple[QComboBox, QLineEdit, QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add profile"), self)
        self.add_button.setObjectName("add_profile")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        self._layout.addLayout(line)

    def networks(self) -> list[tuple[str, str]]:
        """(stored value, name shown) of the networks to choose from."""
        return [
            (SocialNetwork.XING.value, "Xing"),
            (SocialNetwork.LINKEDIN.value, "LinkedIn"),
            (SocialNetwork.FACEBOOK.value, "Facebook"),
            (SocialNetwork.INSTAGRAM.value, "Instagram"),
            (SocialNetwork.OTHER.value, self.tr("Other")),
        ]

    def _add_clicked(self) -> None:
        _, url, _ = self.add_row()
        url.setFocus()

    def add_row(
        self, network: str = SocialNetwork.XING.value, url: str = ""
    ) -> tuple[QComboBox, QLineEdit, QWidget]:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox(row)
        for value, name in self.networks():
            combo.addItem(name, value)
        set_combo_data(combo, network)
        edit = QLineEdit(row)
        edit.setPlaceholderText("https://…")
        edit.setMaxLength(300)
        edit.setText(url)
        remove = QToolButton(row)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove profile"))
        remove.setAccessibleName(self.tr("Remove profile"))
        line.addWidget(combo)
        line.addWidget(edit, 1)
        line.addWidget(remove)
        entry = (combo, edit, row)
        remove.clicked.connect(lambda: self._remove(entry))
        combo.currentIndexChanged.connect(self.changed)
        edit.textChanged.connect(self.changed)
        self._rows.append(entry)
        self._layout.insertWidget(len(self._rows) - 1, row)
        self.changed.emit()
        return entry

    def _remove(self, entry: tuple[QComboBox, QLineEdit, QWidget]) -> None:
        self._rows.remove(entry)
        entry[2].hide()
        entry[2].deleteLater()
        self.changed.emit()

    def rows(self) -> list[tuple[QComboBox, QLineEdit]]:
        return [(combo, edit) for combo, edit, _ in self._rows]

    def set_profiles(self, profiles: list[tuple[str, str]]) -> None:
        for entry in list(self._rows):
            self._rows.remove(entry)
            entry[2].hide()
            entry[2].deleteLater()
        for network, url in profiles:
            self.add_row(network, url)

    def profiles(self) -> list[tuple[str, str]]:
        """The profiles typed; rows without an address are left out (they say nothing)."""
        return [
            (combo_data(combo), edit.text()) for combo, edit, _ in self._rows if edit.text().strip()
        ]

    def edits(self) -> list[QWidget]:
        return [edit for _, edit, _ in self._rows]


class PersonForm(Protocol):
    """The parts of a generated form a person's fields need (customer or contact person)."""

    @property
    def social_profiles_place(self) -> QWidget: ...
    @property
    def social_profiles_layout(self) -> QBoxLayout: ...
    @property
    def salutation(self) -> QComboBox: ...
    @property
    def letter_salutation(self) -> QLabel: ...
    @property
    def letter_salutation_override(self) -> QLineEdit: ...


def set_up_person_fields(ui: PersonForm) -> SocialProfilesEditor:
    """What the Adresse tab and the contact person form share: the social profiles editor, the
    salutation choices and the letter salutation in bold (as it will be printed)."""
    editor = SocialProfilesEditor(parent=ui.social_profiles_place)
    ui.social_profiles_layout.addWidget(editor)
    fill_salutations(ui.salutation)
    bold = QFont(ui.letter_salutation.font())
    bold.setBold(True)
    ui.letter_salutation.setFont(bold)
    return editor


def start_salutation_override(ui: PersonForm, on: bool, current: str) -> None:
    """ "Anpassen" ticked: the override starts as the salutation shown (``current``)."""
    edit = ui.letter_salutation_override
    edit.setEnabled(on)
    if on:
        if not edit.text().strip():
            edit.setText(current)
        edit.setFocus()


class OptionalDateEdit(QDateEdit):
    """A date field with a calendar that can also be empty (the lowest date stands for empty).

    Delete or Backspace over the whole text empties it; the calendar of an empty field opens on
    today's month.
    """

    EMPTY = QDate(1752, 9, 14)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)
        calendar = self.calendarWidget()
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.is_empty() or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_date()
            event.accept()
            return
        super().keyPressEvent(event)

    def is_empty(self) -> bool:
        return self.date() == self.EMPTY

    def clear_date(self) -> None:
        self.setDate(self.EMPTY)

    def text_value(self) -> str:
        """The date as dd.MM.yyyy, or "" when empty."""
        return "" if self.is_empty() else self.date().toString("dd.MM.yyyy")

    def set_text_value(self, text: str) -> None:
        date = QDate.fromString(text.strip(), "dd.MM.yyyy")
        self.setDate(date if date.isValid() else self.EMPTY)


def add_link_action(
    field: QLineEdit,
    icon_name: str,
    tooltip: str,
    slot: Callable[[], object],
    *,
    always: bool = False,
) -> QAction:
    """A clickable icon at the end of ``field`` (mail, phone, web, map) that runs ``slot``.

    It shows while the field has text (``always``: also when empty, e.g. the map on the street
    field, which uses postcode and city too).
    """
    action = field.addAction(icon(icon_name), QLineEdit.ActionPosition.TrailingPosition)
    action.setToolTip(tooltip)
    action.setObjectName(f"{field.objectName()}_link")
    action.triggered.connect(lambda _checked=False: slot())
    if not always:
        action.setVisible(bool(field.text().strip()))
        field.textChanged.connect(lambda text: action.setVisible(bool(text.strip())))
    return action
