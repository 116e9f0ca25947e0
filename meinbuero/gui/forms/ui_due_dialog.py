# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'due_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_DueDialog(object):
    def setupUi(self, DueDialog):
        if not DueDialog.objectName():
            DueDialog.setObjectName(u"DueDialog")
        self.main_layout = QVBoxLayout(DueDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(DueDialog)
        self.heading.setObjectName(u"heading")

        self.main_layout.addWidget(self.heading)

        self.due_view = QTableView(DueDialog)
        self.due_view.setObjectName(u"due_view")
        self.due_view.setMinimumSize(QSize(880, 360))
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_view.setAlternatingRowColors(True)
        self.due_view.setWordWrap(False)

        self.main_layout.addWidget(self.due_view)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.show_on_start = QCheckBox(DueDialog)
        self.show_on_start.setObjectName(u"show_on_start")

        self.bottom_layout.addWidget(self.show_on_start)

        self.buttonbox = QDialogButtonBox(DueDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.buttonbox)


        self.main_layout.addLayout(self.bottom_layout)


        self.retranslateUi(DueDialog)
    # setupUi

    def retranslateUi(self, DueDialog):
        DueDialog.setWindowTitle(QCoreApplication.translate("DueDialog", u"Follow-ups", None))
        self.heading.setText(QCoreApplication.translate("DueDialog", u"Due today", None))
        self.show_on_start.setText(QCoreApplication.translate("DueDialog", u"Show at start", None))
    # retranslateUi

