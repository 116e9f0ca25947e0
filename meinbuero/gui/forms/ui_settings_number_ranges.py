# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_number_ranges.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsNumberRanges(object):
    def setupUi(self, SettingsNumberRanges):
        if not SettingsNumberRanges.objectName():
            SettingsNumberRanges.setObjectName(u"SettingsNumberRanges")
        self.number_ranges_layout = QVBoxLayout(SettingsNumberRanges)
        self.number_ranges_layout.setObjectName(u"number_ranges_layout")
        self.number_ranges_layout.setContentsMargins(0, 0, 0, 0)
        self.customer_group = QGroupBox(SettingsNumberRanges)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_layout = QFormLayout(self.customer_group)
        self.customer_layout.setObjectName(u"customer_layout")
        self.customer_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.prefix_label = QLabel(self.customer_group)
        self.prefix_label.setObjectName(u"prefix_label")

        self.customer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefix_label)

        self.prefix = QLineEdit(self.customer_group)
        self.prefix.setObjectName(u"prefix")
        self.prefix.setMaxLength(10)
        self.prefix.setMinimumSize(QSize(120, 0))

        self.customer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.next_number_label = QLabel(self.customer_group)
        self.next_number_label.setObjectName(u"next_number_label")

        self.customer_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_number_label)

        self.next_number = QSpinBox(self.customer_group)
        self.next_number.setObjectName(u"next_number")
        self.next_number.setMinimum(1)
        self.next_number.setMaximum(2147483647)
        self.next_number.setMinimumSize(QSize(120, 0))
        self.next_number.setGroupSeparatorShown(False)

        self.customer_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_number)

        self.width_label = QLabel(self.customer_group)
        self.width_label.setObjectName(u"width_label")

        self.customer_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.width_label)

        self.width = QSpinBox(self.customer_group)
        self.width.setObjectName(u"width")
        self.width.setMinimum(1)
        self.width.setMaximum(12)
        self.width.setMinimumSize(QSize(120, 0))

        self.customer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.width)

        self.preview = QLabel(self.customer_group)
        self.preview.setObjectName(u"preview")
        self.preview.setText(u"")

        self.customer_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.preview)


        self.number_ranges_layout.addWidget(self.customer_group)

        self.hint = QLabel(SettingsNumberRanges)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.number_ranges_layout.addWidget(self.hint)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.number_ranges_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.prefix_label.setBuddy(self.prefix)
        self.next_number_label.setBuddy(self.next_number)
        self.width_label.setBuddy(self.width)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsNumberRanges)
    # setupUi

    def retranslateUi(self, SettingsNumberRanges):
        self.customer_group.setTitle(QCoreApplication.translate("SettingsNumberRanges", u"Customer numbers", None))
        self.prefix_label.setText(QCoreApplication.translate("SettingsNumberRanges", u"&Prefix", None))
        self.next_number_label.setText(QCoreApplication.translate("SettingsNumberRanges", u"&Next number", None))
        self.width_label.setText(QCoreApplication.translate("SettingsNumberRanges", u"&Digits", None))
        self.hint.setText(QCoreApplication.translate("SettingsNumberRanges", u"Numbers once given out are never given again, so the next number can only move forward. Shorter numbers are filled with leading zeros up to the number of digits.", None))
        pass
    # retranslateUi

