# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_sales_texts.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsSalesTexts(object):
    def setupUi(self, SettingsSalesTexts):
        if not SettingsSalesTexts.objectName():
            SettingsSalesTexts.setObjectName(u"SettingsSalesTexts")
        self.page_layout = QVBoxLayout(SettingsSalesTexts)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.payment_group = QGroupBox(SettingsSalesTexts)
        self.payment_group.setObjectName(u"payment_group")
        self.payment_layout = QGridLayout(self.payment_group)
        self.payment_layout.setObjectName(u"payment_layout")
        self.net_days_label = QLabel(self.payment_group)
        self.net_days_label.setObjectName(u"net_days_label")

        self.payment_layout.addWidget(self.net_days_label, 0, 0, 1, 1)

        self.net_days = QLineEdit(self.payment_group)
        self.net_days.setObjectName(u"net_days")
        self.net_days.setMaximumSize(QSize(60, 16777215))
        self.net_days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.payment_layout.addWidget(self.net_days, 0, 1, 1, 1)

        self.net_days_unit = QLabel(self.payment_group)
        self.net_days_unit.setObjectName(u"net_days_unit")

        self.payment_layout.addWidget(self.net_days_unit, 0, 2, 1, 1)

        self.skonto_percent_label = QLabel(self.payment_group)
        self.skonto_percent_label.setObjectName(u"skonto_percent_label")

        self.payment_layout.addWidget(self.skonto_percent_label, 1, 0, 1, 1)

        self.skonto_percent = QLineEdit(self.payment_group)
        self.skonto_percent.setObjectName(u"skonto_percent")
        self.skonto_percent.setMaximumSize(QSize(60, 16777215))
        self.skonto_percent.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.payment_layout.addWidget(self.skonto_percent, 1, 1, 1, 1)

        self.skonto_days_label = QLabel(self.payment_group)
        self.skonto_days_label.setObjectName(u"skonto_days_label")

        self.payment_layout.addWidget(self.skonto_days_label, 1, 2, 1, 1)

        self.skonto_days = QLineEdit(self.payment_group)
        self.skonto_days.setObjectName(u"skonto_days")
        self.skonto_days.setMaximumSize(QSize(60, 16777215))
        self.skonto_days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.payment_layout.addWidget(self.skonto_days, 1, 3, 1, 1)

        self.skonto_days_unit = QLabel(self.payment_group)
        self.skonto_days_unit.setObjectName(u"skonto_days_unit")

        self.payment_layout.addWidget(self.skonto_days_unit, 1, 4, 1, 1)

        self.payment_end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payment_layout.addItem(self.payment_end_spacer, 0, 5, 1, 1)

        self.payment_hint = QLabel(self.payment_group)
        self.payment_hint.setObjectName(u"payment_hint")
        self.payment_hint.setWordWrap(True)

        self.payment_layout.addWidget(self.payment_hint, 2, 0, 1, 6)


        self.page_layout.addWidget(self.payment_group)

        self.einvoice_group = QGroupBox(SettingsSalesTexts)
        self.einvoice_group.setObjectName(u"einvoice_group")
        self.einvoice_layout = QFormLayout(self.einvoice_group)
        self.einvoice_layout.setObjectName(u"einvoice_layout")
        self.einvoice_layout.setContentsMargins(-1, 2, -1, 4)
        self.einvoice_on_invalid_label = QLabel(self.einvoice_group)
        self.einvoice_on_invalid_label.setObjectName(u"einvoice_on_invalid_label")

        self.einvoice_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.einvoice_on_invalid_label)

        self.einvoice_on_invalid = QComboBox(self.einvoice_group)
        self.einvoice_on_invalid.setObjectName(u"einvoice_on_invalid")

        self.einvoice_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.einvoice_on_invalid)


        self.page_layout.addWidget(self.einvoice_group)

        self.texts_group = QGroupBox(SettingsSalesTexts)
        self.texts_group.setObjectName(u"texts_group")
        self.texts_group_layout = QVBoxLayout(self.texts_group)
        self.texts_group_layout.setObjectName(u"texts_group_layout")
        self.intro = QLabel(self.texts_group)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.texts_group_layout.addWidget(self.intro)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_label = QLabel(self.texts_group)
        self.kind_label.setObjectName(u"kind_label")

        self.kind_layout.addWidget(self.kind_label)

        self.kind = QComboBox(self.texts_group)
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(200, 0))

        self.kind_layout.addWidget(self.kind)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)

        self.restore_default = QPushButton(self.texts_group)
        self.restore_default.setObjectName(u"restore_default")

        self.kind_layout.addWidget(self.restore_default)


        self.texts_group_layout.addLayout(self.kind_layout)

        self.texts_layout = QHBoxLayout()
        self.texts_layout.setObjectName(u"texts_layout")
        self.editors_layout = QVBoxLayout()
        self.editors_layout.setObjectName(u"editors_layout")
        self.header_label = QLabel(self.texts_group)
        self.header_label.setObjectName(u"header_label")

        self.editors_layout.addWidget(self.header_label)

        self.header = QPlainTextEdit(self.texts_group)
        self.header.setObjectName(u"header")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.header.sizePolicy().hasHeightForWidth())
        self.header.setSizePolicy(sizePolicy)
        self.header.setMinimumSize(QSize(0, 80))
        self.header.setTabChangesFocus(True)

        self.editors_layout.addWidget(self.header)

        self.footer_label = QLabel(self.texts_group)
        self.footer_label.setObjectName(u"footer_label")

        self.editors_layout.addWidget(self.footer_label)

        self.footer = QPlainTextEdit(self.texts_group)
        self.footer.setObjectName(u"footer")
        sizePolicy.setHeightForWidth(self.footer.sizePolicy().hasHeightForWidth())
        self.footer.setSizePolicy(sizePolicy)
        self.footer.setMinimumSize(QSize(0, 80))
        self.footer.setTabChangesFocus(True)

        self.editors_layout.addWidget(self.footer)

        self.editors_layout.setStretch(1, 1)
        self.editors_layout.setStretch(3, 1)

        self.texts_layout.addLayout(self.editors_layout)

        self.placeholder_group = QGroupBox(self.texts_group)
        self.placeholder_group.setObjectName(u"placeholder_group")
        self.placeholder_layout = QVBoxLayout(self.placeholder_group)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.placeholders = QListWidget(self.placeholder_group)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setMinimumSize(QSize(230, 0))
        self.placeholders.setWordWrap(True)

        self.placeholder_layout.addWidget(self.placeholders)

        self.insert = QPushButton(self.placeholder_group)
        self.insert.setObjectName(u"insert")

        self.placeholder_layout.addWidget(self.insert)


        self.texts_layout.addWidget(self.placeholder_group)

        self.texts_layout.setStretch(0, 1)

        self.texts_group_layout.addLayout(self.texts_layout)

        self.hint = QLabel(self.texts_group)
        self.hint.setObjectName(u"hint")
        self.hint.setText(u"")
        self.hint.setWordWrap(True)

        self.texts_group_layout.addWidget(self.hint)


        self.page_layout.addWidget(self.texts_group)

#if QT_CONFIG(shortcut)
        self.net_days_label.setBuddy(self.net_days)
        self.skonto_percent_label.setBuddy(self.skonto_percent)
        self.skonto_days_label.setBuddy(self.skonto_days)
        self.einvoice_on_invalid_label.setBuddy(self.einvoice_on_invalid)
        self.kind_label.setBuddy(self.kind)
        self.header_label.setBuddy(self.header)
        self.footer_label.setBuddy(self.footer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsSalesTexts)
    # setupUi

    def retranslateUi(self, SettingsSalesTexts):
        self.payment_group.setTitle(QCoreApplication.translate("SettingsSalesTexts", u"Payment terms for customers without their own Konditionen", None))
        self.net_days_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Payment due within", None))
        self.net_days_unit.setText(QCoreApplication.translate("SettingsSalesTexts", u"days net", None))
        self.skonto_percent_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"Cash &discount", None))
        self.skonto_days_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"% within", None))
        self.skonto_days_unit.setText(QCoreApplication.translate("SettingsSalesTexts", u"days", None))
        self.payment_hint.setText(QCoreApplication.translate("SettingsSalesTexts", u"A customer's own payment terms are set on the Konditionen tab of the customer.", None))
        self.einvoice_group.setTitle(QCoreApplication.translate("SettingsSalesTexts", u"E-invoice", None))
        self.einvoice_on_invalid_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"When the e-invoice is not valid", None))
#if QT_CONFIG(tooltip)
        self.einvoice_on_invalid.setToolTip(QCoreApplication.translate("SettingsSalesTexts", u"Customers get an e-invoice (ZUGFeRD or XRechnung) as set on their Konditionen tab; it is checked against the official rules when the invoice is finalised.", None))
#endif // QT_CONFIG(tooltip)
        self.texts_group.setTitle(QCoreApplication.translate("SettingsSalesTexts", u"Texts of new documents", None))
        self.intro.setText(QCoreApplication.translate("SettingsSalesTexts", u"A new quote, order confirmation, delivery note or invoice starts with these texts above and below its lines; you can still change them in each document. The placeholders in braces are filled in when the document is printed.", None))
        self.kind_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Document:", None))
        self.restore_default.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Restore the standard texts", None))
        self.header_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Text above the lines (header):", None))
        self.footer_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"Text &below the lines (footer):", None))
        self.placeholder_group.setTitle(QCoreApplication.translate("SettingsSalesTexts", u"Placeholders", None))
        self.insert.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Insert", None))
        pass
    # retranslateUi

