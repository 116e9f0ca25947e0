"""Settings page "Vorlagen": the letter and e-mail templates with their placeholders, and the
closing and signature name of letters.

The templates are edited in memory — what was typed for one stays while another is shown — and
saved together with the dialog (new, changed and deleted ones in its one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.gui.widgets.fields import mark_invalid
from meinbuero.gui.widgets.settings_page import SettingsPage
from meinbuero.services import templates
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.services.templates import TemplateInput


@dataclass(frozen=True)
class _Template:
    """A template as edited: its id (None: new) and what is typed."""

    id: int | None
    data: TemplateInput


class TemplatesPage(SettingsPage):
    key = "templates"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: list[_Template] = []
        self._typed: list[_Template] = []
        self._stored_letter = ("", "")
        self._showing = False
        kinds = templates.kind_labels()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setMinimumWidth(170)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("new_template")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete_template")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        row.addLayout(left)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in kinds.items():
            self.kind.addItem(label, key)
        # The dialog keeps its size: the longest kind may be cut, the list shows it whole.
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(14)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        form.addRow(self.tr("&Name:"), self.name)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        form.addRow(self.tr("&Subject:"), self.subject)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        form.addRow(self.tr("&Text:"), self.body)
        self.advertising = QCheckBox(self.tr("&Advertising"))
        self.advertising.setToolTip(self.tr("Consent is checked when sending."))
        self.advertising.setObjectName("advertising")
        form.addRow("", self.advertising)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form.addRow("", self.hint)
        row.addLayout(form, 1)
        layout.addLayout(row, 1)
        letter_box = QGroupBox(self.tr("End of letters"))
        letter_form = QFormLayout(letter_box)
        self.closing = QLineEdit()
        self.closing.setObjectName("closing")
        self.closing.setPlaceholderText(templates.DEFAULT_CLOSING)
        letter_form.addRow(self.tr("C&losing:"), self.closing)
        self.signature = QLineEdit()
        self.signature.setObjectName("signature")
        letter_form.addRow(self.tr("Si&gnature name:"), self.signature)
        layout.addWidget(letter_box)

        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_template)
        for line in (self.name, self.subject):
            line.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.advertising.toggled.connect(self._edited)
        for line in (self.closing, self.signature):
            line.textChanged.connect(self.emit_changed)

    def title(self) -> str:
        return self.tr("Templates")

    # -- loading, state -------------------------------------------------------------------------

    def load(self, session: Session) -> None:
        self._stored = [
            _Template(
                t.id,
                TemplateInput(
                    kind=t.kind,
                    name=t.name,
                    subject=t.subject,
                    body=t.body,
                    advertising=t.advertising,
                ),
            )
            for t in templates.templates(session)
        ]
        self._typed = list(self._stored)
        self._stored_letter = templates.letter_settings(session)
        self.closing.setText(self._stored_letter[0])
        self.signature.setText(self._stored_letter[1])
        self.signature.setPlaceholderText(templates.signature_name(session))
        self.hint.setText(
            self.tr("Placeholders: {names}").format(
                names=", ".join(templates.placeholder_names(session, with_document=True))
            )
        )
        self._fill_list(None)

    def _fill_list(self, index: int | None) -> None:
        """The templates by kind (a heading per kind, letters first), ``index`` selected."""
        self._rows: list[int | None] = []
        self.list.blockSignals(True)
        self.list.clear()
        for kind, label in templates.kind_labels().items():
            mine = [i for i, t in enumerate(self._typed) if t.data.kind == kind]
            if not mine:
                continue
            heading = QListWidgetItem(label)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            self._rows.append(None)
            for i in sorted(mine, key=lambda i: self._typed[i].data.name.casefold()):
                self.list.addItem(QListWidgetItem(self._typed[i].data.name))
                self._rows.append(i)
        self.list.blockSignals(False)
        found = [r for r in self._rows if r is not None]
        wanted = index if index is not None and index in found else (found[0] if found else None)
        self.list.setCurrentRow(self._rows.index(wanted) if wanted is not None else -1)
        self._show(self.list.currentRow())

    def _index(self, row: int | None = None) -> int | None:
        """The template shown in list row ``row`` (the current row when None)."""
        row = self.list.currentRow() if row is None else row
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _show(self, row: int) -> None:
        self._showing = True
        try:
            index = self._index(row)
            data = self._typed[index].data if index is not None else None
            for widget in (self.kind, self.name, self.subject, self.body, self.advertising):
                widget.setEnabled(data is not None)
            self.delete_button.setEnabled(data is not None)
            if data is None:
                return
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.name.setText(data.name)
            self.subject.setText(data.subject)
            self.body.setPlainText(data.body)
            self.advertising.setChecked(data.advertising)
        finally:
            self._showing = False

    def _edited(self, *_: object) -> None:
        index = self._index()
        if self._showing or index is None:
            return
        data = TemplateInput(
            kind=str(self.kind.currentData()),
            name=self.name.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            advertising=self.advertising.isChecked(),
        )
        moved = data.kind != self._typed[index].data.kind
        self._typed[index] = replace(self._typed[index], data=data)
        if moved:
            self._fill_list(index)  # under its new kind's heading
        else:
            self.list.currentItem().setText(data.name)
        self.emit_changed()

    def select_template(self, kind: str, name: str) -> None:
        """Show the template ``name`` of ``kind``."""
        for index, template in enumerate(self._typed):
            if template.data.kind == kind and template.data.name == name:
                self.list.setCurrentRow(self._rows.index(index))
                return
        raise KeyError(name)

    def new_template(self) -> None:
        kind = str(self.kind.currentData() or "letter")
        self._typed.append(_Template(None, TemplateInput(kind=kind, name=self.tr("New template"))))
        self._fill_list(len(self._typed) - 1)
        self.name.selectAll()
        self.name.setFocus()
        self.emit_changed()

    def delete_template(self) -> None:
        index = self._index()
        if index is not None:
            del self._typed[index]
            self._fill_list(max(index - 1, 0))
            self.emit_changed()

    def is_modified(self) -> bool:
        letter = (self.closing.text().strip(), self.signature.text().strip())
        return self._typed != self._stored or letter != self._stored_letter

    # -- saving ---------------------------------------------------------------------------------

    def save(self, session: Session) -> list[str]:
        kept = {t.id for t in self._typed if t.id is not None}
        for gone in self._stored:
            if gone.id is not None and gone.id not in kept:
                try:
                    templates.delete_template(session, gone.id)
                except Refused as refused:
                    raise InvalidInput([ValidationError(self.tr("Name"), str(refused))]) from None
        stored = {t.id: t for t in self._stored}
        for template in self._typed:
            if template.id is None or stored.get(template.id) != template:
                templates.save_template(session, template.id, template.data)
        templates.save_letter_settings(
            session, closing_text=self.closing.text(), signature=self.signature.text()
        )
        return []

    def show_errors(self, errors: list[ValidationError]) -> tuple[QWidget | None, list[str]]:
        widgets = {
            self.tr("Name"): self.name,
            self.tr("Subject"): self.subject,
        }
        first: QWidget | None = None
        rest: list[str] = []
        for error in errors:
            widget = widgets.get(error.field)
            if widget is None:
                rest.append(str(error))
                continue
            mark_invalid(widget, error.message)
            first = first or widget
        return first, rest

    def marked_widgets(self) -> list[QWidget]:
        return [self.name, self.subject]


__all__ = ["TemplatesPage"]
