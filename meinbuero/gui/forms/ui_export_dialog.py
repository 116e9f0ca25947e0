# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.customers_box = QGroupBox(ExportDialog)
        self.customers_box.setObjectName(u"customers_box")
        self.customers_layout = QVBoxLayout(self.customers_box)
        self.customers_layout.setObjectName(u"customers_layout")
        self.shown_customers = QRadioButton(self.customers_box)
        self.shown_customers.setObjectName(u"shown_customers")
        self.shown_customers.setChecked(True)

        self.customers_layout.addWidget(self.shown_customers)

        self.all_customers = QRadioButton(self.customers_box)
        self.all_customers.setObjectName(u"all_customers")

        self.customers_layout.addWidget(self.all_customers)


        self.left_layout.addWidget(self.customers_box)

        self.format_box = QGroupBox(ExportDialog)
        self.format_box.setObjectName(u"format_box")
        self.format_layout = QFormLayout(self.format_box)
        self.format_layout.setObjectName(u"format_layout")
        self.format_label = QLabel(self.format_box)
        self.format_label.setObjectName(u"format_label")

        self.format_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(self.format_box)
        self.format_combo.setObjectName(u"format_combo")

        self.format_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.delimiter_label = QLabel(self.format_box)
        self.delimiter_label.setObjectName(u"delimiter_label")

        self.format_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.delimiter_label)

        self.delimiter = QComboBox(self.format_box)
        self.delimiter.setObjectName(u"delimiter")

        self.format_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.delimiter)

        self.encoding_label = QLabel(self.format_box)
        self.encoding_label.setObjectName(u"encoding_label")

        self.format_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encoding_label)

        self.encoding = QComboBox(self.format_box)
        self.encoding.setObjectName(u"encoding")

        self.format_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.encoding)

        self.format_hint = QLabel(self.format_box)
        self.format_hint.setObjectName(u"format_hint")
        self.format_hint.setWordWrap(True)

        self.format_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.format_hint)


        self.left_layout.addWidget(self.format_box)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.fields_box = QGroupBox(ExportDialog)
        self.fields_box.setObjectName(u"fields_box")
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields = QListWidget(self.fields_box)
        self.fields.setObjectName(u"fields")
        self.fields.setAlternatingRowColors(True)

        self.fields_layout.addWidget(self.fields)

        self.field_buttons_layout = QHBoxLayout()
        self.field_buttons_layout.setObjectName(u"field_buttons_layout")
        self.all_fields = QPushButton(self.fields_box)
        self.all_fields.setObjectName(u"all_fields")
        self.all_fields.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.all_fields)

        self.no_fields = QPushButton(self.fields_box)
        self.no_fields.setObjectName(u"no_fields")
        self.no_fields.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.no_fields)

        self.field_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.field_buttons_layout.addItem(self.field_buttons_spacer)


        self.fields_layout.addLayout(self.field_buttons_layout)


        self.columns_layout.addWidget(self.fields_box)


        self.main_layout.addLayout(self.columns_layout)

        self.target_box = QGroupBox(ExportDialog)
        self.target_box.setObjectName(u"target_box")
        self.target_layout = QHBoxLayout(self.target_box)
        self.target_layout.setObjectName(u"target_layout")
        self.target = QLineEdit(self.target_box)
        self.target.setObjectName(u"target")

        self.target_layout.addWidget(self.target)

        self.browse = QPushButton(self.target_box)
        self.browse.setObjectName(u"browse")
        self.browse.setAutoDefault(False)

        self.target_layout.addWidget(self.browse)


        self.main_layout.addWidget(self.target_box)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(ExportDialog)
        self.status.setObjectName(u"status")

        self.main_layout.addWidget(self.status)

        self.buttonbox = QDialogButtonBox(ExportDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.buttonbox)

#if QT_CONFIG(shortcut)
        self.format_label.setBuddy(self.format_combo)
        self.delimiter_label.setBuddy(self.delimiter)
        self.encoding_label.setBuddy(self.encoding)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shown_customers, self.all_customers)
        QWidget.setTabOrder(self.all_customers, self.format_combo)
        QWidget.setTabOrder(self.format_combo, self.delimiter)
        QWidget.setTabOrder(self.delimiter, self.encoding)
        QWidget.setTabOrder(self.encoding, self.target)
        QWidget.setTabOrder(self.target, self.browse)
        QWidget.setTabOrder(self.browse, self.fields)
        QWidget.setTabOrder(self.fields, self.all_fields)
        QWidget.setTabOrder(self.all_fields, self.no_fields)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export customers", None))
        self.customers_box.setTitle(QCoreApplication.translate("ExportDialog", u"Customers", None))
        self.shown_customers.setText(QCoreApplication.translate("ExportDialog", u"The customers shown in the list", None))
        self.all_customers.setText(QCoreApplication.translate("ExportDialog", u"All customers (without the archived ones)", None))
        self.format_box.setTitle(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"File &type:", None))
        self.delimiter_label.setText(QCoreApplication.translate("ExportDialog", u"&Delimiter:", None))
        self.encoding_label.setText(QCoreApplication.translate("ExportDialog", u"&Encoding:", None))
        self.fields_box.setTitle(QCoreApplication.translate("ExportDialog", u"Fields to export", None))
#if QT_CONFIG(accessibility)
        self.fields.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Fields to export", None))
#endif // QT_CONFIG(accessibility)
        self.all_fields.setText(QCoreApplication.translate("ExportDialog", u"&All", None))
        self.no_fields.setText(QCoreApplication.translate("ExportDialog", u"&None", None))
        self.target_box.setTitle(QCoreApplication.translate("ExportDialog", u"Target file", None))
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Target file", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
    # retranslateUi

