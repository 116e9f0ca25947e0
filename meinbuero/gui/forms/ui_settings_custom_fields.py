# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_custom_fields.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsCustomFields(object):
    def setupUi(self, SettingsCustomFields):
        if not SettingsCustomFields.objectName():
            SettingsCustomFields.setObjectName(u"SettingsCustomFields")
        self.custom_fields_layout = QVBoxLayout(SettingsCustomFields)
        self.custom_fields_layout.setObjectName(u"custom_fields_layout")
        self.custom_fields_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsCustomFields)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.custom_fields_layout.addWidget(self.intro)

        self.field_table = QTableWidget(SettingsCustomFields)
        self.field_table.setObjectName(u"field_table")
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.field_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.field_table.horizontalHeader().setStretchLastSection(True)
        self.field_table.verticalHeader().setVisible(False)

        self.custom_fields_layout.addWidget(self.field_table)

        self.edit_group = QGroupBox(SettingsCustomFields)
        self.edit_group.setObjectName(u"edit_group")
        self.edit_group.setTitle(u"")
        self.edit_layout = QFormLayout(self.edit_group)
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_label_label = QLabel(self.edit_group)
        self.field_label_label.setObjectName(u"field_label_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.field_label_label)

        self.field_label = QLineEdit(self.edit_group)
        self.field_label.setObjectName(u"field_label")
        self.field_label.setMaxLength(60)

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.field_label)

        self.field_type_label = QLabel(self.edit_group)
        self.field_type_label.setObjectName(u"field_type_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.field_type_label)

        self.field_type = QComboBox(self.edit_group)
        self.field_type.setObjectName(u"field_type")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.field_type.sizePolicy().hasHeightForWidth())
        self.field_type.setSizePolicy(sizePolicy)

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.field_type)

        self.field_choices_label = QLabel(self.edit_group)
        self.field_choices_label.setObjectName(u"field_choices_label")
        self.field_choices_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.field_choices_label)

        self.choices_layout = QVBoxLayout()
        self.choices_layout.setObjectName(u"choices_layout")
        self.field_choices = QPlainTextEdit(self.edit_group)
        self.field_choices.setObjectName(u"field_choices")
        self.field_choices.setTabChangesFocus(True)
        self.field_choices.setMaximumSize(QSize(16777215, 110))

        self.choices_layout.addWidget(self.field_choices)

        self.field_choices_hint = QLabel(self.edit_group)
        self.field_choices_hint.setObjectName(u"field_choices_hint")

        self.choices_layout.addWidget(self.field_choices_hint)


        self.edit_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.choices_layout)


        self.custom_fields_layout.addWidget(self.edit_group)

#if QT_CONFIG(shortcut)
        self.field_label_label.setBuddy(self.field_label)
        self.field_type_label.setBuddy(self.field_type)
        self.field_choices_label.setBuddy(self.field_choices)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.field_table, self.field_label)
        QWidget.setTabOrder(self.field_label, self.field_type)
        QWidget.setTabOrder(self.field_type, self.field_choices)

        self.retranslateUi(SettingsCustomFields)
    # setupUi

    def retranslateUi(self, SettingsCustomFields):
        self.intro.setText(QCoreApplication.translate("SettingsCustomFields", u"Every customer has 20 fields of your own. Give a field a label and a type to show it in the customer details; a field without a label is hidden.", None))
#if QT_CONFIG(accessibility)
        self.field_table.setAccessibleName(QCoreApplication.translate("SettingsCustomFields", u"Custom fields", None))
#endif // QT_CONFIG(accessibility)
        self.field_label_label.setText(QCoreApplication.translate("SettingsCustomFields", u"&Label", None))
        self.field_label.setPlaceholderText(QCoreApplication.translate("SettingsCustomFields", u"empty: the field is hidden", None))
        self.field_type_label.setText(QCoreApplication.translate("SettingsCustomFields", u"&Type", None))
        self.field_choices_label.setText(QCoreApplication.translate("SettingsCustomFields", u"&Choices", None))
        self.field_choices_hint.setText(QCoreApplication.translate("SettingsCustomFields", u"One choice per line.", None))
        pass
    # retranslateUi

