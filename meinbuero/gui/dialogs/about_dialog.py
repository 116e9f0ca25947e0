"""Hilfe > Über meinbuero: version, licence, the company file, and the libraries with their
licences (:func:`meinbuero.services.about.libraries`)."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero import __version__
from meinbuero.gui.windows import manage
from meinbuero.services.about import libraries, program_licence


class AboutDialog(QDialog):
    """What the program is, its licence, and what it is built on."""

    def __init__(self, *, company_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About meinbuero"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "<h3>meinbuero {version}</h3><p>Customers, contacts, selling and letters of your"
                " business.</p><p>Licence: {licence}</p>"
            ).format(version=__version__, licence=html.escape(program_licence()))
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if company_file is not None:
            file_label = QLabel(self.tr("Company file: {path}").format(path=str(company_file)))
            file_label.setObjectName("company_file")
            file_label.setWordWrap(True)
            file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(file_label)
        layout.addWidget(
            QLabel(
                self.tr("Built with Python {python} and Qt {qt}, and these libraries:").format(
                    python=platform.python_version(), qt=qVersion()
                )
            )
        )
        found = libraries()
        self.table = QTableWidget(len(found), 3)
        self.table.setObjectName("libraries")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, library in enumerate(found):
            for column, text in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttonbox")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)
        manage(self)

    def rows(self) -> list[tuple[str, str, str]]:
        """The libraries as the table shows them."""
        rows: list[tuple[str, str, str]] = []
        for row in range(self.table.rowCount()):
            name, version, licence = (self.table.item(row, column) for column in range(3))
            assert name is not None and version is not None and licence is not None
            rows.append((name.text(), version.text(), licence.text()))
        return rows
