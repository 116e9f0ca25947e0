# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_groups.ui'
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

class Ui_SettingsGroups(object):
    def setupUi(self, SettingsGroups):
        if not SettingsGroups.objectName():
            SettingsGroups.setObjectName(u"SettingsGroups")
        self.groups_layout = QVBoxLayout(SettingsGroups)
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsGroups)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.groups_layout.addWidget(self.intro)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.group_list = QListWidget(SettingsGroups)
        self.group_list.setObjectName(u"group_list")
        self.group_list.setSpacing(2)

        self.list_layout.addWidget(self.group_list)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_group = QPushButton(SettingsGroups)
        self.add_group.setObjectName(u"add_group")
        self.add_group.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_group)

        self.rename_group = QPushButton(SettingsGroups)
        self.rename_group.setObjectName(u"rename_group")
        self.rename_group.setAutoDefault(False)

        self.buttons_layout.addWidget(self.rename_group)

        self.delete_group = QPushButton(SettingsGroups)
        self.delete_group.setObjectName(u"delete_group")
        self.delete_group.setAutoDefault(False)

        self.buttons_layout.addWidget(self.delete_group)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.list_layout.addLayout(self.buttons_layout)


        self.groups_layout.addLayout(self.list_layout)

        self.pending_hint = QLabel(SettingsGroups)
        self.pending_hint.setObjectName(u"pending_hint")
        self.pending_hint.setWordWrap(True)

        self.groups_layout.addWidget(self.pending_hint)


        self.retranslateUi(SettingsGroups)
    # setupUi

    def retranslateUi(self, SettingsGroups):
        self.intro.setText(QCoreApplication.translate("SettingsGroups", u"Customer groups sort your customers (customer, supplier, prospect, \u2026). A customer can be in several groups; a group that still has customers cannot be deleted.", None))
#if QT_CONFIG(accessibility)
        self.group_list.setAccessibleName(QCoreApplication.translate("SettingsGroups", u"Customer groups", None))
#endif // QT_CONFIG(accessibility)
        self.add_group.setText(QCoreApplication.translate("SettingsGroups", u"&New\u2026", None))
        self.rename_group.setText(QCoreApplication.translate("SettingsGroups", u"&Rename\u2026", None))
        self.delete_group.setText(QCoreApplication.translate("SettingsGroups", u"&Delete", None))
        self.pending_hint.setText(QCoreApplication.translate("SettingsGroups", u"Changes to the groups are saved with OK or Apply; Cancel discards them.", None))
        pass
    # retranslateUi

