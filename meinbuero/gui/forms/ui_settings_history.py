# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_history.ui'
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
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SettingsHistory(object):
    def setupUi(self, SettingsHistory):
        if not SettingsHistory.objectName():
            SettingsHistory.setObjectName(u"SettingsHistory")
        self.page_layout = QVBoxLayout(SettingsHistory)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SettingsHistory)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.email_group = QGroupBox(SettingsHistory)
        self.email_group.setObjectName(u"email_group")
        self.email_layout = QVBoxLayout(self.email_group)
        self.email_layout.setObjectName(u"email_layout")
        self.record_emails = QCheckBox(self.email_group)
        self.record_emails.setObjectName(u"record_emails")

        self.email_layout.addWidget(self.record_emails)

        self.ask_note_for_emails = QCheckBox(self.email_group)
        self.ask_note_for_emails.setObjectName(u"ask_note_for_emails")

        self.email_layout.addWidget(self.ask_note_for_emails)


        self.page_layout.addWidget(self.email_group)

        self.call_group = QGroupBox(SettingsHistory)
        self.call_group.setObjectName(u"call_group")
        self.call_layout = QFormLayout(self.call_group)
        self.call_layout.setObjectName(u"call_layout")
        self.record_calls = QCheckBox(self.call_group)
        self.record_calls.setObjectName(u"record_calls")

        self.call_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.record_calls)

        self.ask_note_for_calls = QCheckBox(self.call_group)
        self.ask_note_for_calls.setObjectName(u"ask_note_for_calls")

        self.call_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.ask_note_for_calls)

        self.dial_scheme_label = QLabel(self.call_group)
        self.dial_scheme_label.setObjectName(u"dial_scheme_label")

        self.call_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dial_scheme_label)

        self.dial_scheme = QComboBox(self.call_group)
        self.dial_scheme.setObjectName(u"dial_scheme")

        self.call_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dial_scheme)


        self.page_layout.addWidget(self.call_group)

        self.template_group = QGroupBox(SettingsHistory)
        self.template_group.setObjectName(u"template_group")
        self.template_layout = QFormLayout(self.template_group)
        self.template_layout.setObjectName(u"template_layout")
        self.mail_subject_label = QLabel(self.template_group)
        self.mail_subject_label.setObjectName(u"mail_subject_label")

        self.template_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mail_subject_label)

        self.mail_subject = QLineEdit(self.template_group)
        self.mail_subject.setObjectName(u"mail_subject")

        self.template_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mail_subject)

        self.mail_body_label = QLabel(self.template_group)
        self.mail_body_label.setObjectName(u"mail_body_label")

        self.template_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mail_body_label)

        self.mail_body = QPlainTextEdit(self.template_group)
        self.mail_body.setObjectName(u"mail_body")
        self.mail_body.setTabChangesFocus(True)

        self.template_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mail_body)

        self.placeholders = QLabel(self.template_group)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setWordWrap(True)

        self.template_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeholders)


        self.page_layout.addWidget(self.template_group)

#if QT_CONFIG(shortcut)
        self.dial_scheme_label.setBuddy(self.dial_scheme)
        self.mail_subject_label.setBuddy(self.mail_subject)
        self.mail_body_label.setBuddy(self.mail_body)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsHistory)
    # setupUi

    def retranslateUi(self, SettingsHistory):
        self.intro.setText(QCoreApplication.translate("SettingsHistory", u"A click on an e-mail address or a phone number in a customer's record starts your mail program or your phone. Here you set what the program writes down in the Historie when you do.", None))
        self.email_group.setTitle(QCoreApplication.translate("SettingsHistory", u"E-mails", None))
        self.record_emails.setText(QCoreApplication.translate("SettingsHistory", u"Record an event (E-mail sent) when I write to a customer", None))
        self.ask_note_for_emails.setText(QCoreApplication.translate("SettingsHistory", u"Ask for a short note about the e-mail", None))
        self.call_group.setTitle(QCoreApplication.translate("SettingsHistory", u"Calls", None))
        self.record_calls.setText(QCoreApplication.translate("SettingsHistory", u"Record an event (Outgoing call) when I call a customer", None))
        self.ask_note_for_calls.setText(QCoreApplication.translate("SettingsHistory", u"Ask for a short note about the call", None))
        self.dial_scheme_label.setText(QCoreApplication.translate("SettingsHistory", u"&Dial with:", None))
        self.template_group.setTitle(QCoreApplication.translate("SettingsHistory", u"New e-mail", None))
        self.mail_subject_label.setText(QCoreApplication.translate("SettingsHistory", u"&Subject:", None))
        self.mail_body_label.setText(QCoreApplication.translate("SettingsHistory", u"&Text:", None))
        self.placeholders.setText(QCoreApplication.translate("SettingsHistory", u"Placeholders: {salutation} the letter salutation, {customer_number}, {company} your company, {user} your name. Long texts are shortened to what mail programs accept from a link.", None))
        pass
    # retranslateUi

