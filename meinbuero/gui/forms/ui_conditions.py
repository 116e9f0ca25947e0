# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conditions.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CustomerConditions(object):
    def setupUi(self, CustomerConditions):
        if not CustomerConditions.objectName():
            CustomerConditions.setObjectName(u"CustomerConditions")
        self.columns = QHBoxLayout(CustomerConditions)
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.prices_box = QGroupBox(CustomerConditions)
        self.prices_box.setObjectName(u"prices_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.prices_box.sizePolicy().hasHeightForWidth())
        self.prices_box.setSizePolicy(sizePolicy)
        self.prices_form = QFormLayout(self.prices_box)
        self.prices_form.setObjectName(u"prices_form")
        self.price_list_label = QLabel(self.prices_box)
        self.price_list_label.setObjectName(u"price_list_label")

        self.prices_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.price_list_label)

        self.price_list = QLineEdit(self.prices_box)
        self.price_list.setObjectName(u"price_list")
        self.price_list.setMaxLength(100)

        self.prices_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.price_list)

        self.discount_percent_label = QLabel(self.prices_box)
        self.discount_percent_label.setObjectName(u"discount_percent_label")

        self.prices_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.discount_percent_label)

        self.discount_layout = QHBoxLayout()
        self.discount_layout.setObjectName(u"discount_layout")
        self.discount_percent = QLineEdit(self.prices_box)
        self.discount_percent.setObjectName(u"discount_percent")
        self.discount_percent.setMaximumSize(QSize(80, 16777215))
        self.discount_percent.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.discount_layout.addWidget(self.discount_percent)

        self.discount_unit = QLabel(self.prices_box)
        self.discount_unit.setObjectName(u"discount_unit")
        self.discount_unit.setText(u"%")

        self.discount_layout.addWidget(self.discount_unit)

        self.discount_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.discount_layout.addItem(self.discount_spacer)


        self.prices_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.discount_layout)

        self.delivery_terms_label = QLabel(self.prices_box)
        self.delivery_terms_label.setObjectName(u"delivery_terms_label")

        self.prices_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delivery_terms_label)

        self.delivery_terms = QPlainTextEdit(self.prices_box)
        self.delivery_terms.setObjectName(u"delivery_terms")
        self.delivery_terms.setTabChangesFocus(True)
        self.delivery_terms.setMaximumSize(QSize(16777215, 90))

        self.prices_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.delivery_terms)


        self.left_column.addWidget(self.prices_box)

        self.credit_box = QGroupBox(CustomerConditions)
        self.credit_box.setObjectName(u"credit_box")
        sizePolicy.setHeightForWidth(self.credit_box.sizePolicy().hasHeightForWidth())
        self.credit_box.setSizePolicy(sizePolicy)
        self.credit_form = QFormLayout(self.credit_box)
        self.credit_form.setObjectName(u"credit_form")
        self.credit_limit_label = QLabel(self.credit_box)
        self.credit_limit_label.setObjectName(u"credit_limit_label")

        self.credit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.credit_limit_label)

        self.credit_layout = QHBoxLayout()
        self.credit_layout.setObjectName(u"credit_layout")
        self.credit_limit = QLineEdit(self.credit_box)
        self.credit_limit.setObjectName(u"credit_limit")
        self.credit_limit.setMaximumSize(QSize(120, 16777215))
        self.credit_limit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.credit_layout.addWidget(self.credit_limit)

        self.credit_unit = QLabel(self.credit_box)
        self.credit_unit.setObjectName(u"credit_unit")
        self.credit_unit.setText(u"\u20ac")

        self.credit_layout.addWidget(self.credit_unit)

        self.credit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.credit_layout.addItem(self.credit_spacer)


        self.credit_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.credit_layout)

        self.credit_hint = QLabel(self.credit_box)
        self.credit_hint.setObjectName(u"credit_hint")
        self.credit_hint.setWordWrap(True)

        self.credit_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.credit_hint)


        self.left_column.addWidget(self.credit_box)

        self.einvoice_box = QGroupBox(CustomerConditions)
        self.einvoice_box.setObjectName(u"einvoice_box")
        sizePolicy.setHeightForWidth(self.einvoice_box.sizePolicy().hasHeightForWidth())
        self.einvoice_box.setSizePolicy(sizePolicy)
        self.einvoice_form = QFormLayout(self.einvoice_box)
        self.einvoice_form.setObjectName(u"einvoice_form")
        self.einvoice_format_label = QLabel(self.einvoice_box)
        self.einvoice_format_label.setObjectName(u"einvoice_format_label")

        self.einvoice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.einvoice_format_label)

        self.einvoice_format = QComboBox(self.einvoice_box)
        self.einvoice_format.setObjectName(u"einvoice_format")

        self.einvoice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.einvoice_format)

        self.leitweg_id_label = QLabel(self.einvoice_box)
        self.leitweg_id_label.setObjectName(u"leitweg_id_label")

        self.einvoice_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leitweg_id_label)

        self.leitweg_id = QLineEdit(self.einvoice_box)
        self.leitweg_id.setObjectName(u"leitweg_id")

        self.einvoice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leitweg_id)


        self.left_column.addWidget(self.einvoice_box)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.payment_box = QGroupBox(CustomerConditions)
        self.payment_box.setObjectName(u"payment_box")
        sizePolicy.setHeightForWidth(self.payment_box.sizePolicy().hasHeightForWidth())
        self.payment_box.setSizePolicy(sizePolicy)
        self.payment_form = QFormLayout(self.payment_box)
        self.payment_form.setObjectName(u"payment_form")
        self.net_days_label = QLabel(self.payment_box)
        self.net_days_label.setObjectName(u"net_days_label")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.net_days_label)

        self.net_days_layout = QHBoxLayout()
        self.net_days_layout.setObjectName(u"net_days_layout")
        self.net_days = QLineEdit(self.payment_box)
        self.net_days.setObjectName(u"net_days")
        self.net_days.setMaximumSize(QSize(60, 16777215))
        self.net_days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.net_days_layout.addWidget(self.net_days)

        self.net_days_unit = QLabel(self.payment_box)
        self.net_days_unit.setObjectName(u"net_days_unit")

        self.net_days_layout.addWidget(self.net_days_unit)

        self.net_days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.net_days_layout.addItem(self.net_days_spacer)


        self.payment_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.net_days_layout)

        self.skonto_percent_label = QLabel(self.payment_box)
        self.skonto_percent_label.setObjectName(u"skonto_percent_label")

        self.payment_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skonto_percent_label)

        self.skonto_layout = QHBoxLayout()
        self.skonto_layout.setObjectName(u"skonto_layout")
        self.skonto_percent = QLineEdit(self.payment_box)
        self.skonto_percent.setObjectName(u"skonto_percent")
        self.skonto_percent.setMaximumSize(QSize(60, 16777215))
        self.skonto_percent.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.skonto_layout.addWidget(self.skonto_percent)

        self.skonto_percent_unit = QLabel(self.payment_box)
        self.skonto_percent_unit.setObjectName(u"skonto_percent_unit")

        self.skonto_layout.addWidget(self.skonto_percent_unit)

        self.skonto_days = QLineEdit(self.payment_box)
        self.skonto_days.setObjectName(u"skonto_days")
        self.skonto_days.setMaximumSize(QSize(60, 16777215))
        self.skonto_days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.skonto_layout.addWidget(self.skonto_days)

        self.skonto_days_unit = QLabel(self.payment_box)
        self.skonto_days_unit.setObjectName(u"skonto_days_unit")

        self.skonto_layout.addWidget(self.skonto_days_unit)

        self.skonto_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skonto_layout.addItem(self.skonto_spacer)


        self.payment_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.skonto_layout)

        self.payment_terms_text_label = QLabel(self.payment_box)
        self.payment_terms_text_label.setObjectName(u"payment_terms_text_label")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.payment_terms_text_label)

        self.payment_terms_text = QPlainTextEdit(self.payment_box)
        self.payment_terms_text.setObjectName(u"payment_terms_text")
        self.payment_terms_text.setTabChangesFocus(True)
        self.payment_terms_text.setMaximumSize(QSize(16777215, 90))

        self.payment_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.payment_terms_text)

        self.payment_preview_label = QLabel(self.payment_box)
        self.payment_preview_label.setObjectName(u"payment_preview_label")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.payment_preview_label)

        self.payment_preview = QLabel(self.payment_box)
        self.payment_preview.setObjectName(u"payment_preview")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.payment_preview)

        self.dunning_block = QCheckBox(self.payment_box)
        self.dunning_block.setObjectName(u"dunning_block")

        self.payment_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.dunning_block)


        self.right_column.addWidget(self.payment_box)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.price_list_label.setBuddy(self.price_list)
        self.discount_percent_label.setBuddy(self.discount_percent)
        self.delivery_terms_label.setBuddy(self.delivery_terms)
        self.credit_limit_label.setBuddy(self.credit_limit)
        self.einvoice_format_label.setBuddy(self.einvoice_format)
        self.leitweg_id_label.setBuddy(self.leitweg_id)
        self.net_days_label.setBuddy(self.net_days)
        self.skonto_percent_label.setBuddy(self.skonto_percent)
        self.payment_terms_text_label.setBuddy(self.payment_terms_text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.price_list, self.discount_percent)
        QWidget.setTabOrder(self.discount_percent, self.delivery_terms)
        QWidget.setTabOrder(self.delivery_terms, self.credit_limit)
        QWidget.setTabOrder(self.credit_limit, self.net_days)
        QWidget.setTabOrder(self.net_days, self.skonto_percent)
        QWidget.setTabOrder(self.skonto_percent, self.skonto_days)
        QWidget.setTabOrder(self.skonto_days, self.payment_terms_text)
        QWidget.setTabOrder(self.payment_terms_text, self.dunning_block)

        self.retranslateUi(CustomerConditions)
    # setupUi

    def retranslateUi(self, CustomerConditions):
        self.prices_box.setTitle(QCoreApplication.translate("CustomerConditions", u"Prices and delivery", None))
        self.price_list_label.setText(QCoreApplication.translate("CustomerConditions", u"Price list", None))
        self.discount_percent_label.setText(QCoreApplication.translate("CustomerConditions", u"Customer discount", None))
        self.delivery_terms_label.setText(QCoreApplication.translate("CustomerConditions", u"Delivery terms", None))
        self.credit_box.setTitle(QCoreApplication.translate("CustomerConditions", u"Limit of open invoices", None))
        self.credit_limit_label.setText(QCoreApplication.translate("CustomerConditions", u"Limit", None))
        self.credit_hint.setText(QCoreApplication.translate("CustomerConditions", u"Before a new invoice would take the open invoices of this customer above the limit, the program warns. Empty: no limit.", None))
        self.einvoice_box.setTitle(QCoreApplication.translate("CustomerConditions", u"E-invoice", None))
        self.einvoice_format_label.setText(QCoreApplication.translate("CustomerConditions", u"Sending invoices", None))
        self.leitweg_id_label.setText(QCoreApplication.translate("CustomerConditions", u"Leitweg-ID", None))
#if QT_CONFIG(tooltip)
        self.leitweg_id.setToolTip(QCoreApplication.translate("CustomerConditions", u"The routing ID of a public buyer, e.g. 04011000-1234512345-06; an XRechnung names it as buyer reference.", None))
#endif // QT_CONFIG(tooltip)
        self.payment_box.setTitle(QCoreApplication.translate("CustomerConditions", u"Payment terms", None))
        self.net_days_label.setText(QCoreApplication.translate("CustomerConditions", u"Payment due", None))
        self.net_days_unit.setText(QCoreApplication.translate("CustomerConditions", u"days net", None))
        self.skonto_percent_label.setText(QCoreApplication.translate("CustomerConditions", u"Cash discount", None))
        self.skonto_percent_unit.setText(QCoreApplication.translate("CustomerConditions", u"% within", None))
        self.skonto_days_unit.setText(QCoreApplication.translate("CustomerConditions", u"days", None))
        self.payment_terms_text_label.setText(QCoreApplication.translate("CustomerConditions", u"Payment terms (text)", None))
        self.payment_preview_label.setText(QCoreApplication.translate("CustomerConditions", u"On invoices", None))
#if QT_CONFIG(tooltip)
        self.dunning_block.setToolTip(QCoreApplication.translate("CustomerConditions", u"No payment reminders or dunning letters for this customer", None))
#endif // QT_CONFIG(tooltip)
        self.dunning_block.setText(QCoreApplication.translate("CustomerConditions", u"Dunning block (no reminders)", None))
        pass
    # retranslateUi

