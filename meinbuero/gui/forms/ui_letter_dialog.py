# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        self.main_layout = QVBoxLayout(LetterDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.banner = QLabel(LetterDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.main_layout.addWidget(self.banner)

        self.splitter = QSplitter(LetterDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.edit_side = QWidget(self.splitter)
        self.edit_side.setObjectName(u"edit_side")
        self.edit_layout = QVBoxLayout(self.edit_side)
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.customer_label = QLabel(self.edit_side)
        self.customer_label.setObjectName(u"customer_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer = QLineEdit(self.edit_side)
        self.customer.setObjectName(u"customer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.contact_person_label = QLabel(self.edit_side)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QComboBox(self.edit_side)
        self.contact_person.setObjectName(u"contact_person")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.template_label = QLabel(self.edit_side)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_row = QHBoxLayout()
        self.template_row.setObjectName(u"template_row")
        self.template = QComboBox(self.edit_side)
        self.template.setObjectName(u"template")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.template.sizePolicy().hasHeightForWidth())
        self.template.setSizePolicy(sizePolicy)

        self.template_row.addWidget(self.template)

        self.apply_template = QPushButton(self.edit_side)
        self.apply_template.setObjectName(u"apply_template")

        self.template_row.addWidget(self.apply_template)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.template_row)

        self.letter_date_label = QLabel(self.edit_side)
        self.letter_date_label.setObjectName(u"letter_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letter_date_label)

        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.letter_date = QLineEdit(self.edit_side)
        self.letter_date.setObjectName(u"letter_date")
        self.letter_date.setMaximumSize(QSize(110, 16777215))

        self.date_row.addWidget(self.letter_date)

        self.advertising = QCheckBox(self.edit_side)
        self.advertising.setObjectName(u"advertising")

        self.date_row.addWidget(self.advertising)

        self.date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_row.addItem(self.date_spacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.date_row)

        self.subject_label = QLabel(self.edit_side)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(self.edit_side)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subject)


        self.edit_layout.addLayout(self.form)

        self.body_label = QLabel(self.edit_side)
        self.body_label.setObjectName(u"body_label")

        self.edit_layout.addWidget(self.body_label)

        self.body = QPlainTextEdit(self.edit_side)
        self.body.setObjectName(u"body")
        self.body.setTabChangesFocus(True)

        self.edit_layout.addWidget(self.body)

        self.placeholders_hint = QLabel(self.edit_side)
        self.placeholders_hint.setObjectName(u"placeholders_hint")
        self.placeholders_hint.setWordWrap(True)
        self.placeholders_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_layout.addWidget(self.placeholders_hint)

        self.ending = QFormLayout()
        self.ending.setObjectName(u"ending")
        self.closing_label = QLabel(self.edit_side)
        self.closing_label.setObjectName(u"closing_label")

        self.ending.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closing_label)

        self.closing = QLineEdit(self.edit_side)
        self.closing.setObjectName(u"closing")

        self.ending.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closing)

        self.signature_label = QLabel(self.edit_side)
        self.signature_label.setObjectName(u"signature_label")

        self.ending.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signature_label)

        self.signature = QLineEdit(self.edit_side)
        self.signature.setObjectName(u"signature")

        self.ending.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signature)


        self.edit_layout.addLayout(self.ending)

        self.splitter.addWidget(self.edit_side)
        self.preview_side = QWidget(self.splitter)
        self.preview_side.setObjectName(u"preview_side")
        self.preview_layout = QVBoxLayout(self.preview_side)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.preview_side)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_layout.addWidget(self.preview_label)

        self.preview = QTextBrowser(self.preview_side)
        self.preview.setObjectName(u"preview")

        self.preview_layout.addWidget(self.preview)

        self.splitter.addWidget(self.preview_side)

        self.main_layout.addWidget(self.splitter)

        self.messages = QLabel(LetterDialog)
        self.messages.setObjectName(u"messages")
        self.messages.setWordWrap(True)

        self.main_layout.addWidget(self.messages)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(LetterDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.customer_label.setBuddy(self.customer)
        self.contact_person_label.setBuddy(self.contact_person)
        self.template_label.setBuddy(self.template)
        self.letter_date_label.setBuddy(self.letter_date)
        self.subject_label.setBuddy(self.subject)
        self.body_label.setBuddy(self.body)
        self.closing_label.setBuddy(self.closing)
        self.signature_label.setBuddy(self.signature)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customer, self.contact_person)
        QWidget.setTabOrder(self.contact_person, self.template)
        QWidget.setTabOrder(self.template, self.apply_template)
        QWidget.setTabOrder(self.apply_template, self.letter_date)
        QWidget.setTabOrder(self.letter_date, self.advertising)
        QWidget.setTabOrder(self.advertising, self.subject)
        QWidget.setTabOrder(self.subject, self.body)
        QWidget.setTabOrder(self.body, self.closing)
        QWidget.setTabOrder(self.closing, self.signature)

        self.retranslateUi(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Letter", None))
        self.customer_label.setText(QCoreApplication.translate("LetterDialog", u"&Customer:", None))
        self.customer.setPlaceholderText(QCoreApplication.translate("LetterDialog", u"Type a name or number\u2026", None))
        self.contact_person_label.setText(QCoreApplication.translate("LetterDialog", u"Contact &person:", None))
        self.template_label.setText(QCoreApplication.translate("LetterDialog", u"&Template:", None))
        self.apply_template.setText(QCoreApplication.translate("LetterDialog", u"&Use", None))
#if QT_CONFIG(tooltip)
        self.apply_template.setToolTip(QCoreApplication.translate("LetterDialog", u"Replace subject and text by the template's", None))
#endif // QT_CONFIG(tooltip)
        self.letter_date_label.setText(QCoreApplication.translate("LetterDialog", u"&Date:", None))
        self.letter_date.setPlaceholderText(QCoreApplication.translate("LetterDialog", u"dd.mm.yyyy", None))
        self.advertising.setText(QCoreApplication.translate("LetterDialog", u"&Advertising", None))
#if QT_CONFIG(tooltip)
        self.advertising.setToolTip(QCoreApplication.translate("LetterDialog", u"Advertising is not sent to recipients who objected to it (Post).", None))
#endif // QT_CONFIG(tooltip)
        self.subject_label.setText(QCoreApplication.translate("LetterDialog", u"&Subject:", None))
        self.body_label.setText(QCoreApplication.translate("LetterDialog", u"&Text:", None))
        self.closing_label.setText(QCoreApplication.translate("LetterDialog", u"C&losing:", None))
        self.signature_label.setText(QCoreApplication.translate("LetterDialog", u"Si&gnature:", None))
        self.preview_label.setText(QCoreApplication.translate("LetterDialog", u"As the recipient reads it:", None))
        self.close_button.setText(QCoreApplication.translate("LetterDialog", u"Close", None))
    # retranslateUi

