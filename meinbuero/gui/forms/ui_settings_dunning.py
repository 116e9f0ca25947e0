# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dunning.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDunning(object):
    def setupUi(self, SettingsDunning):
        if not SettingsDunning.objectName():
            SettingsDunning.setObjectName(u"SettingsDunning")
        self.page_layout = QVBoxLayout(SettingsDunning)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(SettingsDunning)
        self.tabs.setObjectName(u"tabs")
        self.levels_tab = QWidget()
        self.levels_tab.setObjectName(u"levels_tab")
        self.levels_layout = QHBoxLayout(self.levels_tab)
        self.levels_layout.setObjectName(u"levels_layout")
        self.level_list_layout = QVBoxLayout()
        self.level_list_layout.setObjectName(u"level_list_layout")
        self.levels = QListWidget(self.levels_tab)
        self.levels.setObjectName(u"levels")

        self.level_list_layout.addWidget(self.levels)

        self.level_buttons = QHBoxLayout()
        self.level_buttons.setObjectName(u"level_buttons")
        self.add_level = QPushButton(self.levels_tab)
        self.add_level.setObjectName(u"add_level")

        self.level_buttons.addWidget(self.add_level)

        self.remove_level = QPushButton(self.levels_tab)
        self.remove_level.setObjectName(u"remove_level")

        self.level_buttons.addWidget(self.remove_level)


        self.level_list_layout.addLayout(self.level_buttons)


        self.levels_layout.addLayout(self.level_list_layout)

        self.level_form = QFormLayout()
        self.level_form.setObjectName(u"level_form")
        self.name_label = QLabel(self.levels_tab)
        self.name_label.setObjectName(u"name_label")

        self.level_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.levels_tab)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)

        self.level_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.days_label = QLabel(self.levels_tab)
        self.days_label.setObjectName(u"days_label")

        self.level_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_layout = QHBoxLayout()
        self.days_layout.setObjectName(u"days_layout")
        self.days = QLineEdit(self.levels_tab)
        self.days.setObjectName(u"days")
        self.days.setMaximumSize(QSize(50, 16777215))
        self.days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.days_layout.addWidget(self.days)

        self.days_unit = QLabel(self.levels_tab)
        self.days_unit.setObjectName(u"days_unit")
        self.days_unit.setText(u"days")

        self.days_layout.addWidget(self.days_unit)

        self.days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.days_layout.addItem(self.days_spacer)


        self.level_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.days_layout)

        self.fee_label = QLabel(self.levels_tab)
        self.fee_label.setObjectName(u"fee_label")

        self.level_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_layout = QHBoxLayout()
        self.fee_layout.setObjectName(u"fee_layout")
        self.fee = QLineEdit(self.levels_tab)
        self.fee.setObjectName(u"fee")
        self.fee.setMaximumSize(QSize(80, 16777215))
        self.fee.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fee_layout.addWidget(self.fee)

        self.fee_unit = QLabel(self.levels_tab)
        self.fee_unit.setObjectName(u"fee_unit")
        self.fee_unit.setText(u"\u20ac")

        self.fee_layout.addWidget(self.fee_unit)

        self.interest = QCheckBox(self.levels_tab)
        self.interest.setObjectName(u"interest")

        self.fee_layout.addWidget(self.interest)

        self.fee_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fee_layout.addItem(self.fee_spacer)


        self.level_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fee_layout)

        self.days_to_pay_label = QLabel(self.levels_tab)
        self.days_to_pay_label.setObjectName(u"days_to_pay_label")

        self.level_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.days_to_pay_label)

        self.days_to_pay_layout = QHBoxLayout()
        self.days_to_pay_layout.setObjectName(u"days_to_pay_layout")
        self.days_to_pay = QLineEdit(self.levels_tab)
        self.days_to_pay.setObjectName(u"days_to_pay")
        self.days_to_pay.setMaximumSize(QSize(50, 16777215))
        self.days_to_pay.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.days_to_pay_layout.addWidget(self.days_to_pay)

        self.days_to_pay_unit = QLabel(self.levels_tab)
        self.days_to_pay_unit.setObjectName(u"days_to_pay_unit")

        self.days_to_pay_layout.addWidget(self.days_to_pay_unit)

        self.days_to_pay_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.days_to_pay_layout.addItem(self.days_to_pay_spacer)


        self.level_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.days_to_pay_layout)

        self.subject_label = QLabel(self.levels_tab)
        self.subject_label.setObjectName(u"subject_label")

        self.level_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(self.levels_tab)
        self.subject.setObjectName(u"subject")

        self.level_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subject)

        self.text_label = QLabel(self.levels_tab)
        self.text_label.setObjectName(u"text_label")

        self.level_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(self.levels_tab)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.level_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.text)

        self.placeholders = QLabel(self.levels_tab)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.level_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.placeholders)


        self.levels_layout.addLayout(self.level_form)

        self.levels_layout.setStretch(0, 1)
        self.levels_layout.setStretch(1, 3)
        self.tabs.addTab(self.levels_tab, "")
        self.interest_tab = QWidget()
        self.interest_tab.setObjectName(u"interest_tab")
        self.interest_tab_layout = QVBoxLayout(self.interest_tab)
        self.interest_tab_layout.setObjectName(u"interest_tab_layout")
        self.interest_group = QGroupBox(self.interest_tab)
        self.interest_group.setObjectName(u"interest_group")
        self.interest_form = QFormLayout(self.interest_group)
        self.interest_form.setObjectName(u"interest_form")
        self.points_business_label = QLabel(self.interest_group)
        self.points_business_label.setObjectName(u"points_business_label")

        self.interest_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.points_business_label)

        self.points_business = QLineEdit(self.interest_group)
        self.points_business.setObjectName(u"points_business")
        self.points_business.setMaximumSize(QSize(60, 16777215))
        self.points_business.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.interest_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.points_business)

        self.points_consumer_label = QLabel(self.interest_group)
        self.points_consumer_label.setObjectName(u"points_consumer_label")

        self.interest_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.points_consumer_label)

        self.points_consumer = QLineEdit(self.interest_group)
        self.points_consumer.setObjectName(u"points_consumer")
        self.points_consumer.setMaximumSize(QSize(60, 16777215))
        self.points_consumer.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.interest_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.points_consumer)

        self.flat_fee_business = QCheckBox(self.interest_group)
        self.flat_fee_business.setObjectName(u"flat_fee_business")

        self.interest_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.flat_fee_business)

        self.flat_fee_from_level_label = QLabel(self.interest_group)
        self.flat_fee_from_level_label.setObjectName(u"flat_fee_from_level_label")

        self.interest_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.flat_fee_from_level_label)

        self.flat_fee_from_level = QComboBox(self.interest_group)
        self.flat_fee_from_level.setObjectName(u"flat_fee_from_level")

        self.interest_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.flat_fee_from_level)


        self.interest_tab_layout.addWidget(self.interest_group)

        self.rates_group = QGroupBox(self.interest_tab)
        self.rates_group.setObjectName(u"rates_group")
        self.rates_layout = QVBoxLayout(self.rates_group)
        self.rates_layout.setObjectName(u"rates_layout")
        self.current_rate = QLabel(self.rates_group)
        self.current_rate.setObjectName(u"current_rate")
        self.current_rate.setWordWrap(True)

        self.rates_layout.addWidget(self.current_rate)

        self.rates = QTableWidget(self.rates_group)
        self.rates.setObjectName(u"rates")
        self.rates.setColumnCount(2)

        self.rates_layout.addWidget(self.rates)

        self.rate_buttons = QHBoxLayout()
        self.rate_buttons.setObjectName(u"rate_buttons")
        self.add_rate = QPushButton(self.rates_group)
        self.add_rate.setObjectName(u"add_rate")

        self.rate_buttons.addWidget(self.add_rate)

        self.remove_rate = QPushButton(self.rates_group)
        self.remove_rate.setObjectName(u"remove_rate")

        self.rate_buttons.addWidget(self.remove_rate)

        self.rate_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rate_buttons.addItem(self.rate_spacer)


        self.rates_layout.addLayout(self.rate_buttons)


        self.interest_tab_layout.addWidget(self.rates_group)

        self.tabs.addTab(self.interest_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.days_label.setBuddy(self.days)
        self.fee_label.setBuddy(self.fee)
        self.days_to_pay_label.setBuddy(self.days_to_pay)
        self.subject_label.setBuddy(self.subject)
        self.text_label.setBuddy(self.text)
        self.points_business_label.setBuddy(self.points_business)
        self.points_consumer_label.setBuddy(self.points_consumer)
        self.flat_fee_from_level_label.setBuddy(self.flat_fee_from_level)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDunning)
    # setupUi

    def retranslateUi(self, SettingsDunning):
        self.add_level.setText(QCoreApplication.translate("SettingsDunning", u"&Add", None))
        self.remove_level.setText(QCoreApplication.translate("SettingsDunning", u"&Remove", None))
        self.name_label.setText(QCoreApplication.translate("SettingsDunning", u"&Name", None))
        self.days_label.setText(QCoreApplication.translate("SettingsDunning", u"&Due", None))
        self.fee_label.setText(QCoreApplication.translate("SettingsDunning", u"&Fee", None))
        self.interest.setText(QCoreApplication.translate("SettingsDunning", u"Charge &interest (\u00a7 288 BGB)", None))
        self.days_to_pay_label.setText(QCoreApplication.translate("SettingsDunning", u"New dead&line", None))
        self.days_to_pay_unit.setText(QCoreApplication.translate("SettingsDunning", u"days after the letter", None))
        self.subject_label.setText(QCoreApplication.translate("SettingsDunning", u"&Subject", None))
        self.text_label.setText(QCoreApplication.translate("SettingsDunning", u"&Text", None))
        self.tabs.setTabText(self.tabs.indexOf(self.levels_tab), QCoreApplication.translate("SettingsDunning", u"Dunning levels", None))
        self.interest_group.setTitle(QCoreApplication.translate("SettingsDunning", u"Interest (\u00a7 288 BGB)", None))
        self.points_business_label.setText(QCoreApplication.translate("SettingsDunning", u"Points above the base rate, &businesses", None))
        self.points_consumer_label.setText(QCoreApplication.translate("SettingsDunning", u"Points above the base rate, &consumers", None))
        self.flat_fee_business.setText(QCoreApplication.translate("SettingsDunning", u"Charge businesses the &flat fee of 40 \u20ac (\u00a7 288 Abs. 5 BGB)", None))
        self.flat_fee_from_level_label.setText(QCoreApplication.translate("SettingsDunning", u"F&rom level", None))
        self.rates_group.setTitle(QCoreApplication.translate("SettingsDunning", u"Basiszinssatz (Deutsche Bundesbank)", None))
        self.add_rate.setText(QCoreApplication.translate("SettingsDunning", u"Add &rate", None))
        self.remove_rate.setText(QCoreApplication.translate("SettingsDunning", u"Remove ra&te", None))
        self.tabs.setTabText(self.tabs.indexOf(self.interest_tab), QCoreApplication.translate("SettingsDunning", u"Interest and flat fee", None))
        pass
    # retranslateUi

