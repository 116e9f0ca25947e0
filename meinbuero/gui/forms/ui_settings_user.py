# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_user.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsUser(object):
    def setupUi(self, SettingsUser):
        if not SettingsUser.objectName():
            SettingsUser.setObjectName(u"SettingsUser")
        self.user_layout = QVBoxLayout(SettingsUser)
        self.user_layout.setObjectName(u"user_layout")
        self.user_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.display_name_label = QLabel(SettingsUser)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(SettingsUser)
        self.display_name.setObjectName(u"display_name")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.display_name.sizePolicy().hasHeightForWidth())
        self.display_name.setSizePolicy(sizePolicy)
        self.display_name.setMaxLength(100)
        self.display_name.setMinimumSize(QSize(320, 0))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.display_name_hint = QLabel(SettingsUser)
        self.display_name_hint.setObjectName(u"display_name_hint")
        self.display_name_hint.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_hint)

        self.language_label = QLabel(SettingsUser)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsUser)
        self.language.setObjectName(u"language")
        sizePolicy.setHeightForWidth(self.language.sizePolicy().hasHeightForWidth())
        self.language.setSizePolicy(sizePolicy)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_hint = QLabel(SettingsUser)
        self.language_hint.setObjectName(u"language_hint")
        self.language_hint.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language_hint)


        self.user_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.user_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.display_name_label.setBuddy(self.display_name)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsUser)
    # setupUi

    def retranslateUi(self, SettingsUser):
        self.display_name_label.setText(QCoreApplication.translate("SettingsUser", u"Your &name", None))
        self.display_name_hint.setText(QCoreApplication.translate("SettingsUser", u"Shown as the author of notes.", None))
        self.language_label.setText(QCoreApplication.translate("SettingsUser", u"&Language", None))
        self.language_hint.setText(QCoreApplication.translate("SettingsUser", u"The language takes effect the next time the program starts.", None))
        pass
    # retranslateUi

