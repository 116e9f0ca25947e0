# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CustomerNotes(object):
    def setupUi(self, CustomerNotes):
        if not CustomerNotes.objectName():
            CustomerNotes.setObjectName(u"CustomerNotes")
        self.main_layout = QVBoxLayout(CustomerNotes)
        self.main_layout.setObjectName(u"main_layout")
        self.note_view = QTableView(CustomerNotes)
        self.note_view.setObjectName(u"note_view")
        self.note_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.note_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note_view.setWordWrap(True)
        self.note_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.main_layout.addWidget(self.note_view)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.delete_note = QPushButton(CustomerNotes)
        self.delete_note.setObjectName(u"delete_note")
        self.delete_note.setAutoDefault(False)

        self.list_buttons.addWidget(self.delete_note)

        self.list_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons.addItem(self.list_spacer)


        self.main_layout.addLayout(self.list_buttons)

        self.new_note_box = QGroupBox(CustomerNotes)
        self.new_note_box.setObjectName(u"new_note_box")
        self.new_note_layout = QHBoxLayout(self.new_note_box)
        self.new_note_layout.setObjectName(u"new_note_layout")
        self.note_text = QPlainTextEdit(self.new_note_box)
        self.note_text.setObjectName(u"note_text")
        self.note_text.setMaximumSize(QSize(16777215, 80))
        self.note_text.setTabChangesFocus(True)

        self.new_note_layout.addWidget(self.note_text)

        self.add_layout = QVBoxLayout()
        self.add_layout.setObjectName(u"add_layout")
        self.add_note = QPushButton(self.new_note_box)
        self.add_note.setObjectName(u"add_note")
        self.add_note.setAutoDefault(False)

        self.add_layout.addWidget(self.add_note)

        self.add_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.add_layout.addItem(self.add_spacer)


        self.new_note_layout.addLayout(self.add_layout)


        self.main_layout.addWidget(self.new_note_box)

        self.main_layout.setStretch(0, 1)

        self.retranslateUi(CustomerNotes)
    # setupUi

    def retranslateUi(self, CustomerNotes):
        self.delete_note.setText(QCoreApplication.translate("CustomerNotes", u"Delete note", None))
        self.new_note_box.setTitle(QCoreApplication.translate("CustomerNotes", u"New note", None))
        self.note_text.setPlaceholderText(QCoreApplication.translate("CustomerNotes", u"Type the note here; date, time and your name are added automatically.", None))
        self.add_note.setText(QCoreApplication.translate("CustomerNotes", u"Add note", None))
        pass
    # retranslateUi

