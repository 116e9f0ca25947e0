# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_named_list.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsNamedList(object):
    def setupUi(self, SettingsNamedList):
        if not SettingsNamedList.objectName():
            SettingsNamedList.setObjectName(u"SettingsNamedList")
        self.page_layout = QVBoxLayout(SettingsNamedList)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsNamedList)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.item_list = QListWidget(SettingsNamedList)
        self.item_list.setObjectName(u"item_list")
        self.item_list.setSpacing(2)

        self.list_layout.addWidget(self.item_list)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_item = QPushButton(SettingsNamedList)
        self.add_item.setObjectName(u"add_item")
        self.add_item.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_item)

        self.rename_item = QPushButton(SettingsNamedList)
        self.rename_item.setObjectName(u"rename_item")
        self.rename_item.setAutoDefault(False)

        self.buttons_layout.addWidget(self.rename_item)

        self.hide_item = QPushButton(SettingsNamedList)
        self.hide_item.setObjectName(u"hide_item")
        self.hide_item.setAutoDefault(False)

        self.buttons_layout.addWidget(self.hide_item)

        self.delete_item = QPushButton(SettingsNamedList)
        self.delete_item.setObjectName(u"delete_item")
        self.delete_item.setAutoDefault(False)

        self.buttons_layout.addWidget(self.delete_item)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.list_layout.addLayout(self.buttons_layout)


        self.page_layout.addLayout(self.list_layout)

        self.pending_hint = QLabel(SettingsNamedList)
        self.pending_hint.setObjectName(u"pending_hint")
        self.pending_hint.setWordWrap(True)

        self.page_layout.addWidget(self.pending_hint)


        self.retranslateUi(SettingsNamedList)
    # setupUi

    def retranslateUi(self, SettingsNamedList):
        self.add_item.setText(QCoreApplication.translate("SettingsNamedList", u"&New\u2026", None))
        self.rename_item.setText(QCoreApplication.translate("SettingsNamedList", u"&Rename\u2026", None))
        self.hide_item.setText(QCoreApplication.translate("SettingsNamedList", u"&Hide", None))
        self.delete_item.setText(QCoreApplication.translate("SettingsNamedList", u"&Delete", None))
        self.pending_hint.setText(QCoreApplication.translate("SettingsNamedList", u"Changes to the list are saved with OK or Apply; Cancel discards them.", None))
        pass
    # retranslateUi

