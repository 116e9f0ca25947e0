# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CustomerHistory(object):
    def setupUi(self, CustomerHistory):
        if not CustomerHistory.objectName():
            CustomerHistory.setObjectName(u"CustomerHistory")
        self.main_layout = QVBoxLayout(CustomerHistory)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.kind_label = QLabel(CustomerHistory)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_layout.addWidget(self.kind_label)

        self.kind_filter = QComboBox(CustomerHistory)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filter_layout.addWidget(self.kind_filter)

        self.period_label = QLabel(CustomerHistory)
        self.period_label.setObjectName(u"period_label")

        self.filter_layout.addWidget(self.period_label)

        self.period_filter = QComboBox(CustomerHistory)
        self.period_filter.setObjectName(u"period_filter")

        self.filter_layout.addWidget(self.period_filter)

        self.search_field = QLineEdit(CustomerHistory)
        self.search_field.setObjectName(u"search_field")
        self.search_field.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_field)


        self.main_layout.addLayout(self.filter_layout)

        self.history_view = QTableView(CustomerHistory)
        self.history_view.setObjectName(u"history_view")
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.main_layout.addWidget(self.history_view)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_entry = QPushButton(CustomerHistory)
        self.new_entry.setObjectName(u"new_entry")
        self.new_entry.setAutoDefault(False)

        self.button_layout.addWidget(self.new_entry)

        self.open_entry = QPushButton(CustomerHistory)
        self.open_entry.setObjectName(u"open_entry")
        self.open_entry.setAutoDefault(False)

        self.button_layout.addWidget(self.open_entry)

        self.export_calendar = QPushButton(CustomerHistory)
        self.export_calendar.setObjectName(u"export_calendar")
        self.export_calendar.setAutoDefault(False)

        self.button_layout.addWidget(self.export_calendar)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(CustomerHistory)
        self.count_label.setObjectName(u"count_label")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_filter)
        self.period_label.setBuddy(self.period_filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerHistory)
    # setupUi

    def retranslateUi(self, CustomerHistory):
        self.kind_label.setText(QCoreApplication.translate("CustomerHistory", u"Kind:", None))
        self.period_label.setText(QCoreApplication.translate("CustomerHistory", u"Period:", None))
        self.search_field.setPlaceholderText(QCoreApplication.translate("CustomerHistory", u"Search subject and text", None))
        self.new_entry.setText(QCoreApplication.translate("CustomerHistory", u"New\u2026 (F10)", None))
        self.open_entry.setText(QCoreApplication.translate("CustomerHistory", u"Open", None))
        self.export_calendar.setText(QCoreApplication.translate("CustomerHistory", u"Export calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_calendar.setToolTip(QCoreApplication.translate("CustomerHistory", u"This customer's appointments and tasks as an iCalendar file (.ics) for Outlook, Thunderbird or Google", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

