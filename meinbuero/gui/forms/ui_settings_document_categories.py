# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_document_categories.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDocumentCategories(object):
    def setupUi(self, SettingsDocumentCategories):
        if not SettingsDocumentCategories.objectName():
            SettingsDocumentCategories.setObjectName(u"SettingsDocumentCategories")
        self.categories_layout = QVBoxLayout(SettingsDocumentCategories)
        self.categories_layout.setObjectName(u"categories_layout")
        self.categories_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsDocumentCategories)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.categories_layout.addWidget(self.intro)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.category_list = QListWidget(SettingsDocumentCategories)
        self.category_list.setObjectName(u"category_list")
        self.category_list.setSpacing(2)

        self.list_layout.addWidget(self.category_list)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_category = QPushButton(SettingsDocumentCategories)
        self.add_category.setObjectName(u"add_category")
        self.add_category.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_category)

        self.rename_category = QPushButton(SettingsDocumentCategories)
        self.rename_category.setObjectName(u"rename_category")
        self.rename_category.setAutoDefault(False)

        self.buttons_layout.addWidget(self.rename_category)

        self.hide_category = QPushButton(SettingsDocumentCategories)
        self.hide_category.setObjectName(u"hide_category")
        self.hide_category.setAutoDefault(False)

        self.buttons_layout.addWidget(self.hide_category)

        self.delete_category = QPushButton(SettingsDocumentCategories)
        self.delete_category.setObjectName(u"delete_category")
        self.delete_category.setAutoDefault(False)

        self.buttons_layout.addWidget(self.delete_category)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.list_layout.addLayout(self.buttons_layout)


        self.categories_layout.addLayout(self.list_layout)

        self.size_layout = QHBoxLayout()
        self.size_layout.setObjectName(u"size_layout")
        self.max_size_label = QLabel(SettingsDocumentCategories)
        self.max_size_label.setObjectName(u"max_size_label")

        self.size_layout.addWidget(self.max_size_label)

        self.max_size = QSpinBox(SettingsDocumentCategories)
        self.max_size.setObjectName(u"max_size")
        self.max_size.setMinimum(1)
        self.max_size.setMaximum(100000)

        self.size_layout.addWidget(self.max_size)

        self.size_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.size_layout.addItem(self.size_spacer)


        self.categories_layout.addLayout(self.size_layout)

        self.pending_hint = QLabel(SettingsDocumentCategories)
        self.pending_hint.setObjectName(u"pending_hint")
        self.pending_hint.setWordWrap(True)

        self.categories_layout.addWidget(self.pending_hint)

#if QT_CONFIG(shortcut)
        self.max_size_label.setBuddy(self.max_size)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDocumentCategories)
    # setupUi

    def retranslateUi(self, SettingsDocumentCategories):
        self.intro.setText(QCoreApplication.translate("SettingsDocumentCategories", u"Categories sort the documents in a customer's file (contract, calculation, memo, \u2026). A category that documents have cannot be deleted; hide it, and it is no longer offered.", None))
#if QT_CONFIG(accessibility)
        self.category_list.setAccessibleName(QCoreApplication.translate("SettingsDocumentCategories", u"Document categories", None))
#endif // QT_CONFIG(accessibility)
        self.add_category.setText(QCoreApplication.translate("SettingsDocumentCategories", u"&New\u2026", None))
        self.rename_category.setText(QCoreApplication.translate("SettingsDocumentCategories", u"&Rename\u2026", None))
        self.hide_category.setText(QCoreApplication.translate("SettingsDocumentCategories", u"&Hide", None))
        self.delete_category.setText(QCoreApplication.translate("SettingsDocumentCategories", u"&Delete", None))
        self.max_size_label.setText(QCoreApplication.translate("SettingsDocumentCategories", u"Largest file to add:", None))
        self.max_size.setSuffix(QCoreApplication.translate("SettingsDocumentCategories", u" MB", None))
        self.pending_hint.setText(QCoreApplication.translate("SettingsDocumentCategories", u"Changes are saved with OK or Apply; Cancel discards them.", None))
        pass
    # retranslateUi

