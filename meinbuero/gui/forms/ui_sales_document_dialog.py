# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sales_document_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SalesDocumentDialog(object):
    def setupUi(self, SalesDocumentDialog):
        if not SalesDocumentDialog.objectName():
            SalesDocumentDialog.setObjectName(u"SalesDocumentDialog")
        self.main_layout = QVBoxLayout(SalesDocumentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.banner = QLabel(SalesDocumentDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.main_layout.addWidget(self.banner)

        self.head = QGridLayout()
        self.head.setObjectName(u"head")
        self.left = QFormLayout()
        self.left.setObjectName(u"left")
        self.customer_label = QLabel(SalesDocumentDialog)
        self.customer_label.setObjectName(u"customer_label")

        self.left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer = QLineEdit(SalesDocumentDialog)
        self.customer.setObjectName(u"customer")

        self.left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.contact_person_label = QLabel(SalesDocumentDialog)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QComboBox(SalesDocumentDialog)
        self.contact_person.setObjectName(u"contact_person")

        self.left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.address_label = QLabel(SalesDocumentDialog)
        self.address_label.setObjectName(u"address_label")

        self.left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QPlainTextEdit(SalesDocumentDialog)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)


        self.head.addLayout(self.left, 0, 0, 1, 1)

        self.right = QFormLayout()
        self.right.setObjectName(u"right")
        self.subject_label = QLabel(SalesDocumentDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(SalesDocumentDialog)
        self.subject.setObjectName(u"subject")

        self.right.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject)

        self.reference_label = QLabel(SalesDocumentDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.right.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference = QLineEdit(SalesDocumentDialog)
        self.reference.setObjectName(u"reference")

        self.right.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reference)

        self.document_date_label = QLabel(SalesDocumentDialog)
        self.document_date_label.setObjectName(u"document_date_label")

        self.right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.document_date_label)

        self.document_date = QLineEdit(SalesDocumentDialog)
        self.document_date.setObjectName(u"document_date")
        self.document_date.setMaximumSize(QSize(110, 16777215))

        self.right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.document_date)

        self.service_label = QLabel(SalesDocumentDialog)
        self.service_label.setObjectName(u"service_label")

        self.right.setWidget(3, QFormLayout.ItemRole.LabelRole, self.service_label)

        self.period = QHBoxLayout()
        self.period.setObjectName(u"period")
        self.service_date = QLineEdit(SalesDocumentDialog)
        self.service_date.setObjectName(u"service_date")
        self.service_date.setMaximumSize(QSize(110, 16777215))

        self.period.addWidget(self.service_date)

        self.service_to_label = QLabel(SalesDocumentDialog)
        self.service_to_label.setObjectName(u"service_to_label")

        self.period.addWidget(self.service_to_label)

        self.service_end = QLineEdit(SalesDocumentDialog)
        self.service_end.setObjectName(u"service_end")
        self.service_end.setMaximumSize(QSize(110, 16777215))

        self.period.addWidget(self.service_end)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period.addItem(self.period_spacer)


        self.right.setLayout(3, QFormLayout.ItemRole.FieldRole, self.period)

        self.valid_label = QLabel(SalesDocumentDialog)
        self.valid_label.setObjectName(u"valid_label")

        self.right.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valid_label)

        self.valid_until = QLineEdit(SalesDocumentDialog)
        self.valid_until.setObjectName(u"valid_until")
        self.valid_until.setMaximumSize(QSize(110, 16777215))

        self.right.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valid_until)

        self.terms_label = QLabel(SalesDocumentDialog)
        self.terms_label.setObjectName(u"terms_label")

        self.right.setWidget(5, QFormLayout.ItemRole.LabelRole, self.terms_label)

        self.terms = QHBoxLayout()
        self.terms.setObjectName(u"terms")
        self.net_days = QLineEdit(SalesDocumentDialog)
        self.net_days.setObjectName(u"net_days")
        self.net_days.setMaximumSize(QSize(50, 16777215))

        self.terms.addWidget(self.net_days)

        self.net_days_words = QLabel(SalesDocumentDialog)
        self.net_days_words.setObjectName(u"net_days_words")

        self.terms.addWidget(self.net_days_words)

        self.skonto_percent = QLineEdit(SalesDocumentDialog)
        self.skonto_percent.setObjectName(u"skonto_percent")
        self.skonto_percent.setMaximumSize(QSize(50, 16777215))

        self.terms.addWidget(self.skonto_percent)

        self.skonto_percent_words = QLabel(SalesDocumentDialog)
        self.skonto_percent_words.setObjectName(u"skonto_percent_words")

        self.terms.addWidget(self.skonto_percent_words)

        self.skonto_days = QLineEdit(SalesDocumentDialog)
        self.skonto_days.setObjectName(u"skonto_days")
        self.skonto_days.setMaximumSize(QSize(50, 16777215))

        self.terms.addWidget(self.skonto_days)

        self.skonto_days_words = QLabel(SalesDocumentDialog)
        self.skonto_days_words.setObjectName(u"skonto_days_words")

        self.terms.addWidget(self.skonto_days_words)

        self.terms_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.terms.addItem(self.terms_spacer)


        self.right.setLayout(5, QFormLayout.ItemRole.FieldRole, self.terms)

        self.tax_label = QLabel(SalesDocumentDialog)
        self.tax_label.setObjectName(u"tax_label")

        self.right.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tax_label)

        self.tax_case = QComboBox(SalesDocumentDialog)
        self.tax_case.setObjectName(u"tax_case")

        self.right.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tax_case)


        self.head.addLayout(self.right, 0, 1, 1, 1)

        self.head.setColumnStretch(0, 3)
        self.head.setColumnStretch(1, 2)

        self.main_layout.addLayout(self.head)

        self.messages = QLabel(SalesDocumentDialog)
        self.messages.setObjectName(u"messages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.messages)

        self.tabs = QTabWidget(SalesDocumentDialog)
        self.tabs.setObjectName(u"tabs")
        self.lines_page = QWidget()
        self.lines_page.setObjectName(u"lines_page")
        self.lines_layout = QVBoxLayout(self.lines_page)
        self.lines_layout.setObjectName(u"lines_layout")
        self.line_buttons_layout = QHBoxLayout()
        self.line_buttons_layout.setObjectName(u"line_buttons_layout")
        self.add_article_button = QPushButton(self.lines_page)
        self.add_article_button.setObjectName(u"add_article_button")
        self.add_article_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.add_article_button)

        self.add_item_button = QPushButton(self.lines_page)
        self.add_item_button.setObjectName(u"add_item_button")
        self.add_item_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.add_item_button)

        self.add_text_button = QPushButton(self.lines_page)
        self.add_text_button.setObjectName(u"add_text_button")
        self.add_text_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.add_text_button)

        self.add_subtotal_button = QPushButton(self.lines_page)
        self.add_subtotal_button.setObjectName(u"add_subtotal_button")
        self.add_subtotal_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.add_subtotal_button)

        self.line_buttons_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.line_buttons_layout.addItem(self.line_buttons_gap)

        self.description_button = QPushButton(self.lines_page)
        self.description_button.setObjectName(u"description_button")
        self.description_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.description_button)

        self.remove_button = QPushButton(self.lines_page)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.remove_button)

        self.up_button = QPushButton(self.lines_page)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.lines_page)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setAutoDefault(False)

        self.line_buttons_layout.addWidget(self.down_button)

        self.line_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_buttons_layout.addItem(self.line_buttons_spacer)


        self.lines_layout.addLayout(self.line_buttons_layout)

        self.below_lines = QHBoxLayout()
        self.below_lines.setObjectName(u"below_lines")
        self.keys_hint = QLabel(self.lines_page)
        self.keys_hint.setObjectName(u"keys_hint")
        self.keys_hint.setStyleSheet(u"color: #616161;")
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.below_lines.addWidget(self.keys_hint)

        self.totals = QLabel(self.lines_page)
        self.totals.setObjectName(u"totals")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totals.sizePolicy().hasHeightForWidth())
        self.totals.setSizePolicy(sizePolicy)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.below_lines.addWidget(self.totals)


        self.lines_layout.addLayout(self.below_lines)

        self.tabs.addTab(self.lines_page, "")
        self.texts_page = QWidget()
        self.texts_page.setObjectName(u"texts_page")
        self.texts_layout = QFormLayout(self.texts_page)
        self.texts_layout.setObjectName(u"texts_layout")
        self.header_text_label = QLabel(self.texts_page)
        self.header_text_label.setObjectName(u"header_text_label")

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.header_text_label)

        self.header_text = QPlainTextEdit(self.texts_page)
        self.header_text.setObjectName(u"header_text")
        self.header_text.setTabChangesFocus(True)

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.header_text)

        self.footer_text_label = QLabel(self.texts_page)
        self.footer_text_label.setObjectName(u"footer_text_label")

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.footer_text_label)

        self.footer_text = QPlainTextEdit(self.texts_page)
        self.footer_text.setObjectName(u"footer_text")
        self.footer_text.setTabChangesFocus(True)

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.footer_text)

        self.placeholders_hint = QLabel(self.texts_page)
        self.placeholders_hint.setObjectName(u"placeholders_hint")
        self.placeholders_hint.setStyleSheet(u"color: #616161;")
        self.placeholders_hint.setWordWrap(True)

        self.texts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeholders_hint)

        self.tabs.addTab(self.texts_page, "")
        self.log_page = QWidget()
        self.log_page.setObjectName(u"log_page")
        self.log_layout = QVBoxLayout(self.log_page)
        self.log_layout.setObjectName(u"log_layout")
        self.status_log = QTreeWidget(self.log_page)
        self.status_log.setObjectName(u"status_log")
        self.status_log.setRootIsDecorated(False)

        self.log_layout.addWidget(self.status_log)

        self.tabs.addTab(self.log_page, "")

        self.main_layout.addWidget(self.tabs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(SalesDocumentDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.customer_label.setBuddy(self.customer)
        self.contact_person_label.setBuddy(self.contact_person)
        self.address_label.setBuddy(self.address)
        self.subject_label.setBuddy(self.subject)
        self.reference_label.setBuddy(self.reference)
        self.document_date_label.setBuddy(self.document_date)
        self.service_label.setBuddy(self.service_date)
        self.valid_label.setBuddy(self.valid_until)
        self.terms_label.setBuddy(self.net_days)
        self.tax_label.setBuddy(self.tax_case)
        self.header_text_label.setBuddy(self.header_text)
        self.footer_text_label.setBuddy(self.footer_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SalesDocumentDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SalesDocumentDialog):
        SalesDocumentDialog.setWindowTitle(QCoreApplication.translate("SalesDocumentDialog", u"Sales document", None))
        self.customer_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Customer:", None))
        self.customer.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"Type a name, number or city \u2026", None))
        self.contact_person_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"Contact &person:", None))
        self.address_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Address:", None))
#if QT_CONFIG(tooltip)
        self.address.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"The address as printed in the window (at most 6 lines)", None))
#endif // QT_CONFIG(tooltip)
        self.subject_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Subject:", None))
        self.reference_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Reference:", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"Your reference / order no.", None))
        self.document_date_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Date:", None))
        self.document_date.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"DD.MM.YYYY", None))
        self.service_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"Deli&very/service date:", None))
        self.service_date.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"DD.MM.YYYY", None))
        self.service_to_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"to", None))
        self.service_end.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"DD.MM.YYYY", None))
        self.valid_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Valid until:", None))
        self.valid_until.setPlaceholderText(QCoreApplication.translate("SalesDocumentDialog", u"DD.MM.YYYY", None))
        self.terms_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"Pa&yment:", None))
        self.net_days_words.setText(QCoreApplication.translate("SalesDocumentDialog", u"days net,", None))
        self.skonto_percent_words.setText(QCoreApplication.translate("SalesDocumentDialog", u"% cash discount within", None))
        self.skonto_days_words.setText(QCoreApplication.translate("SalesDocumentDialog", u"days", None))
        self.tax_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"&Tax:", None))
#if QT_CONFIG(tooltip)
        self.add_article_button.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"A new line: type the article's number or name and pick it", None))
#endif // QT_CONFIG(tooltip)
        self.add_article_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Article", None))
        self.add_item_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Free line", None))
        self.add_text_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Text line", None))
        self.add_subtotal_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Subtotal", None))
#if QT_CONFIG(tooltip)
        self.description_button.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"The longer text printed below the line's name (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
        self.description_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Description\u2026", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"Remove the selected lines (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"Move the line up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.up_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Up", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("SalesDocumentDialog", u"Move the line down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Down", None))
        self.keys_hint.setText(QCoreApplication.translate("SalesDocumentDialog", u"Enter: next cell \u00b7 Ins: insert line \u00b7 Del: remove lines \u00b7 Ctrl+Up/Down: move line", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lines_page), QCoreApplication.translate("SalesDocumentDialog", u"&Lines", None))
        self.header_text_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"Text &above the lines:", None))
        self.footer_text_label.setText(QCoreApplication.translate("SalesDocumentDialog", u"Text &below the lines:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.texts_page), QCoreApplication.translate("SalesDocumentDialog", u"Te&xts", None))
        ___qtreewidgetitem = self.status_log.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SalesDocumentDialog", u"Text", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SalesDocumentDialog", u"Status", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SalesDocumentDialog", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SalesDocumentDialog", u"When", None))
        self.tabs.setTabText(self.tabs.indexOf(self.log_page), QCoreApplication.translate("SalesDocumentDialog", u"&Status log", None))
        self.close_button.setText(QCoreApplication.translate("SalesDocumentDialog", u"Close", None))
    # retranslateUi

