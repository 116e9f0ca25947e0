# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_sales_texts.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsSalesTexts(object):
    def setupUi(self, SettingsSalesTexts):
        if not SettingsSalesTexts.objectName():
            SettingsSalesTexts.setObjectName(u"SettingsSalesTexts")
        self.page_layout = QVBoxLayout(SettingsSalesTexts)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsSalesTexts)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_label = QLabel(SettingsSalesTexts)
        self.kind_label.setObjectName(u"kind_label")

        self.kind_layout.addWidget(self.kind_label)

        self.kind = QComboBox(SettingsSalesTexts)
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(200, 0))

        self.kind_layout.addWidget(self.kind)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)

        self.restore_default = QPushButton(SettingsSalesTexts)
        self.restore_default.setObjectName(u"restore_default")

        self.kind_layout.addWidget(self.restore_default)


        self.page_layout.addLayout(self.kind_layout)

        self.texts_layout = QHBoxLayout()
        self.texts_layout.setObjectName(u"texts_layout")
        self.editors_layout = QVBoxLayout()
        self.editors_layout.setObjectName(u"editors_layout")
        self.header_label = QLabel(SettingsSalesTexts)
        self.header_label.setObjectName(u"header_label")

        self.editors_layout.addWidget(self.header_label)

        self.header = QPlainTextEdit(SettingsSalesTexts)
        self.header.setObjectName(u"header")
        self.header.setTabChangesFocus(True)

        self.editors_layout.addWidget(self.header)

        self.footer_label = QLabel(SettingsSalesTexts)
        self.footer_label.setObjectName(u"footer_label")

        self.editors_layout.addWidget(self.footer_label)

        self.footer = QPlainTextEdit(SettingsSalesTexts)
        self.footer.setObjectName(u"footer")
        self.footer.setTabChangesFocus(True)

        self.editors_layout.addWidget(self.footer)


        self.texts_layout.addLayout(self.editors_layout)

        self.placeholder_group = QGroupBox(SettingsSalesTexts)
        self.placeholder_group.setObjectName(u"placeholder_group")
        self.placeholder_layout = QVBoxLayout(self.placeholder_group)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.placeholders = QListWidget(self.placeholder_group)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setMinimumSize(QSize(230, 0))
        self.placeholders.setWordWrap(True)

        self.placeholder_layout.addWidget(self.placeholders)

        self.insert = QPushButton(self.placeholder_group)
        self.insert.setObjectName(u"insert")

        self.placeholder_layout.addWidget(self.insert)


        self.texts_layout.addWidget(self.placeholder_group)

        self.texts_layout.setStretch(0, 1)

        self.page_layout.addLayout(self.texts_layout)

        self.hint = QLabel(SettingsSalesTexts)
        self.hint.setObjectName(u"hint")
        self.hint.setText(u"")
        self.hint.setWordWrap(True)

        self.page_layout.addWidget(self.hint)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.header_label.setBuddy(self.header)
        self.footer_label.setBuddy(self.footer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsSalesTexts)
    # setupUi

    def retranslateUi(self, SettingsSalesTexts):
        self.intro.setText(QCoreApplication.translate("SettingsSalesTexts", u"A new quote, order confirmation, delivery note or invoice starts with these texts above and below its lines; you can still change them in each document. The placeholders in braces are filled in when the document is printed.", None))
        self.kind_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Document:", None))
        self.restore_default.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Restore the standard texts", None))
        self.header_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Text above the lines (header):", None))
        self.footer_label.setText(QCoreApplication.translate("SettingsSalesTexts", u"Text &below the lines (footer):", None))
        self.placeholder_group.setTitle(QCoreApplication.translate("SettingsSalesTexts", u"Placeholders", None))
        self.insert.setText(QCoreApplication.translate("SettingsSalesTexts", u"&Insert", None))
        pass
    # retranslateUi

