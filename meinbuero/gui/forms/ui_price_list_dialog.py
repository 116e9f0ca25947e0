# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'price_list_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PriceListDialog(object):
    def setupUi(self, PriceListDialog):
        if not PriceListDialog.objectName():
            PriceListDialog.setObjectName(u"PriceListDialog")
        self.main_layout = QVBoxLayout(PriceListDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(PriceListDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.file_label)

        self.counts_layout = QHBoxLayout()
        self.counts_layout.setSpacing(18)
        self.counts_layout.setObjectName(u"counts_layout")
        self.new_count = QLabel(PriceListDialog)
        self.new_count.setObjectName(u"new_count")

        self.counts_layout.addWidget(self.new_count)

        self.updated_count = QLabel(PriceListDialog)
        self.updated_count.setObjectName(u"updated_count")

        self.counts_layout.addWidget(self.updated_count)

        self.unchanged_count = QLabel(PriceListDialog)
        self.unchanged_count.setObjectName(u"unchanged_count")

        self.counts_layout.addWidget(self.unchanged_count)

        self.refused_count = QLabel(PriceListDialog)
        self.refused_count.setObjectName(u"refused_count")

        self.counts_layout.addWidget(self.refused_count)

        self.counts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counts_layout.addItem(self.counts_spacer)


        self.main_layout.addLayout(self.counts_layout)

        self.columns_label = QLabel(PriceListDialog)
        self.columns_label.setObjectName(u"columns_label")
        self.columns_label.setWordWrap(True)

        self.main_layout.addWidget(self.columns_label)

        self.warnings_label = QLabel(PriceListDialog)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(u"color: #8a5a00")

        self.main_layout.addWidget(self.warnings_label)

        self.tabs = QTabWidget(PriceListDialog)
        self.tabs.setObjectName(u"tabs")
        self.refused_tab = QWidget()
        self.refused_tab.setObjectName(u"refused_tab")
        self.refused_layout = QVBoxLayout(self.refused_tab)
        self.refused_layout.setObjectName(u"refused_layout")
        self.refused_table = QTableWidget(self.refused_tab)
        if (self.refused_table.columnCount() < 4):
            self.refused_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.refused_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.refused_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.refused_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.refused_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.refused_table.setObjectName(u"refused_table")
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.setAlternatingRowColors(True)
        self.refused_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_table.setWordWrap(False)
        self.refused_table.horizontalHeader().setStretchLastSection(True)
        self.refused_table.verticalHeader().setVisible(False)

        self.refused_layout.addWidget(self.refused_table)

        self.tabs.addTab(self.refused_tab, "")
        self.articles_tab = QWidget()
        self.articles_tab.setObjectName(u"articles_tab")
        self.articles_layout = QVBoxLayout(self.articles_tab)
        self.articles_layout.setObjectName(u"articles_layout")
        self.articles_table = QTableWidget(self.articles_tab)
        if (self.articles_table.columnCount() < 7):
            self.articles_table.setColumnCount(7)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.articles_table.setHorizontalHeaderItem(6, __qtablewidgetitem10)
        self.articles_table.setObjectName(u"articles_table")
        self.articles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.articles_table.setAlternatingRowColors(True)
        self.articles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articles_table.setWordWrap(False)
        self.articles_table.horizontalHeader().setStretchLastSection(True)
        self.articles_table.verticalHeader().setVisible(False)

        self.articles_layout.addWidget(self.articles_table)

        self.tabs.addTab(self.articles_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.blocked_label = QLabel(PriceListDialog)
        self.blocked_label.setObjectName(u"blocked_label")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet(u"color: #b00000")

        self.main_layout.addWidget(self.blocked_label)

        self.buttonbox = QDialogButtonBox(PriceListDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttonbox)


        self.retranslateUi(PriceListDialog)
    # setupUi

    def retranslateUi(self, PriceListDialog):
        PriceListDialog.setWindowTitle(QCoreApplication.translate("PriceListDialog", u"Import articles", None))
        ___qtablewidgetitem = self.refused_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PriceListDialog", u"Row", None))
        ___qtablewidgetitem1 = self.refused_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PriceListDialog", u"Column", None))
        ___qtablewidgetitem2 = self.refused_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PriceListDialog", u"Value", None))
        ___qtablewidgetitem3 = self.refused_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PriceListDialog", u"Reason", None))
        self.tabs.setTabText(self.tabs.indexOf(self.refused_tab), QCoreApplication.translate("PriceListDialog", u"Refused", None))
        ___qtablewidgetitem4 = self.articles_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PriceListDialog", u"Row", None))
        ___qtablewidgetitem5 = self.articles_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PriceListDialog", u"Action", None))
        ___qtablewidgetitem6 = self.articles_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PriceListDialog", u"Article no.", None))
        ___qtablewidgetitem7 = self.articles_table.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PriceListDialog", u"Article name", None))
        ___qtablewidgetitem8 = self.articles_table.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("PriceListDialog", u"Unit", None))
        ___qtablewidgetitem9 = self.articles_table.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("PriceListDialog", u"Net price", None))
        ___qtablewidgetitem10 = self.articles_table.horizontalHeaderItem(6)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("PriceListDialog", u"VAT", None))
        self.tabs.setTabText(self.tabs.indexOf(self.articles_tab), QCoreApplication.translate("PriceListDialog", u"New and changed", None))
    # retranslateUi

