# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'article_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ArticleDialog(object):
    def setupUi(self, ArticleDialog):
        if not ArticleDialog.objectName():
            ArticleDialog.setObjectName(u"ArticleDialog")
        ArticleDialog.setMinimumSize(QSize(540, 0))
        self.main_layout = QVBoxLayout(ArticleDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.number_label = QLabel(ArticleDialog)
        self.number_label.setObjectName(u"number_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(ArticleDialog)
        self.number.setObjectName(u"number")
        self.number.setMaximumSize(QSize(200, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.name_label = QLabel(ArticleDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ArticleDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.description_label = QLabel(ArticleDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ArticleDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.unit_label = QLabel(ArticleDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QComboBox(ArticleDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setMaximumSize(QSize(200, 16777215))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unit_price_label = QLabel(ArticleDialog)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_price_label)

        self.unit_price = QLineEdit(ArticleDialog)
        self.unit_price.setObjectName(u"unit_price")
        self.unit_price.setMaximumSize(QSize(200, 16777215))
        self.unit_price.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_price)

        self.vat_rate_label = QLabel(ArticleDialog)
        self.vat_rate_label.setObjectName(u"vat_rate_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vat_rate_label)

        self.vat_rate = QComboBox(ArticleDialog)
        self.vat_rate.setObjectName(u"vat_rate")
        self.vat_rate.setMaximumSize(QSize(200, 16777215))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vat_rate)

        self.group_label = QLabel(ArticleDialog)
        self.group_label.setObjectName(u"group_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group = QComboBox(ArticleDialog)
        self.group.setObjectName(u"group")
        self.group.setEditable(True)
        self.group.setMinimumSize(QSize(200, 0))
        self.group.setMaximumSize(QSize(300, 16777215))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.group)

        self.archived = QCheckBox(ArticleDialog)
        self.archived.setObjectName(u"archived")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.archived)


        self.main_layout.addLayout(self.form)

        self.messages = QLabel(ArticleDialog)
        self.messages.setObjectName(u"messages")
        self.messages.setWordWrap(True)
        self.messages.setVisible(False)

        self.main_layout.addWidget(self.messages)

        self.buttonbox = QDialogButtonBox(ArticleDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttonbox)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        self.unit_label.setBuddy(self.unit)
        self.unit_price_label.setBuddy(self.unit_price)
        self.vat_rate_label.setBuddy(self.vat_rate)
        self.group_label.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.name)
        QWidget.setTabOrder(self.name, self.description)
        QWidget.setTabOrder(self.description, self.unit)
        QWidget.setTabOrder(self.unit, self.unit_price)
        QWidget.setTabOrder(self.unit_price, self.vat_rate)
        QWidget.setTabOrder(self.vat_rate, self.group)
        QWidget.setTabOrder(self.group, self.archived)

        self.retranslateUi(ArticleDialog)
    # setupUi

    def retranslateUi(self, ArticleDialog):
        ArticleDialog.setWindowTitle(QCoreApplication.translate("ArticleDialog", u"Article", None))
        self.number_label.setText(QCoreApplication.translate("ArticleDialog", u"Article &no.:", None))
        self.name_label.setText(QCoreApplication.translate("ArticleDialog", u"&Name:", None))
        self.description_label.setText(QCoreApplication.translate("ArticleDialog", u"&Description:", None))
        self.unit_label.setText(QCoreApplication.translate("ArticleDialog", u"&Unit:", None))
        self.unit_price_label.setText(QCoreApplication.translate("ArticleDialog", u"Net &price (\u20ac):", None))
        self.vat_rate_label.setText(QCoreApplication.translate("ArticleDialog", u"&VAT rate:", None))
        self.group_label.setText(QCoreApplication.translate("ArticleDialog", u"&Group:", None))
        self.archived.setText(QCoreApplication.translate("ArticleDialog", u"&Archived (no longer offered)", None))
    # retranslateUi

