"""The subject, text and placeholder hint of a text made from a template (serial letter, serial
e-mail): the same rows in each window that writes to many customers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit


@dataclass(frozen=True)
class TextFields:
    subject: QLineEdit
    body: QPlainTextEdit


def add_text_fields(form: QFormLayout, *, placeholders: str, body_height: int) -> TextFields:
    """Add Betreff, Text and the list of ``placeholders`` (comma-separated) to ``form``."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("TextFields", text)

    subject = QLineEdit()
    subject.setObjectName("subject")
    form.addRow(tr("&Subject:"), subject)
    body = QPlainTextEdit()
    body.setObjectName("body")
    body.setTabChangesFocus(True)
    body.setMinimumSize(520, body_height)
    form.addRow(tr("Te&xt:"), body)
    hint = QLabel(tr("Placeholders: {names}").format(names=placeholders))
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #555;")
    form.addRow("", hint)
    return TextFields(subject, body)
