# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_address.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CustomerAddress(object):
    def setupUi(self, CustomerAddress):
        if not CustomerAddress.objectName():
            CustomerAddress.setObjectName(u"CustomerAddress")
        self.columns = QHBoxLayout(CustomerAddress)
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.address_box = QGroupBox(CustomerAddress)
        self.address_box.setObjectName(u"address_box")
        self.address_form = QFormLayout(self.address_box)
        self.address_form.setObjectName(u"address_form")
        self.kind_label = QLabel(self.address_box)
        self.kind_label.setObjectName(u"kind_label")

        self.address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QWidget(self.address_box)
        self.kind.setObjectName(u"kind")
        self.kind_layout = QHBoxLayout(self.kind)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_company = QRadioButton(self.kind)
        self.kind_company.setObjectName(u"kind_company")
        self.kind_company.setChecked(True)

        self.kind_layout.addWidget(self.kind_company)

        self.kind_person = QRadioButton(self.kind)
        self.kind_person.setObjectName(u"kind_person")

        self.kind_layout.addWidget(self.kind_person)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.address_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.number_label = QLabel(self.address_box)
        self.number_label.setObjectName(u"number_label")

        self.address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(self.address_box)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(32)

        self.address_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number)

        self.company_name_label = QLabel(self.address_box)
        self.company_name_label.setObjectName(u"company_name_label")

        self.address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.company_name_label)

        self.company_name = QLineEdit(self.address_box)
        self.company_name.setObjectName(u"company_name")
        self.company_name.setMaxLength(200)

        self.address_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.company_name)

        self.company_addition_label = QLabel(self.address_box)
        self.company_addition_label.setObjectName(u"company_addition_label")

        self.address_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.company_addition_label)

        self.company_addition = QLineEdit(self.address_box)
        self.company_addition.setObjectName(u"company_addition")
        self.company_addition.setMaxLength(200)

        self.address_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.company_addition)

        self.salutation_label = QLabel(self.address_box)
        self.salutation_label.setObjectName(u"salutation_label")

        self.address_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation_layout = QHBoxLayout()
        self.salutation_layout.setObjectName(u"salutation_layout")
        self.salutation = QComboBox(self.address_box)
        self.salutation.setObjectName(u"salutation")

        self.salutation_layout.addWidget(self.salutation)

        self.title_label = QLabel(self.address_box)
        self.title_label.setObjectName(u"title_label")

        self.salutation_layout.addWidget(self.title_label)

        self.title = QLineEdit(self.address_box)
        self.title.setObjectName(u"title")
        self.title.setMaximumSize(QSize(110, 16777215))
        self.title.setMaxLength(40)

        self.salutation_layout.addWidget(self.title)

        self.salutation_layout.setStretch(0, 1)

        self.address_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.salutation_layout)

        self.first_name_label = QLabel(self.address_box)
        self.first_name_label.setObjectName(u"first_name_label")

        self.address_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.address_box)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(100)

        self.address_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(self.address_box)
        self.last_name_label.setObjectName(u"last_name_label")

        self.address_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.address_box)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(100)

        self.address_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.street_label = QLabel(self.address_box)
        self.street_label.setObjectName(u"street_label")

        self.address_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(self.address_box)
        self.street.setObjectName(u"street")
        self.street.setMaxLength(200)

        self.address_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.street)

        self.postcode_label = QLabel(self.address_box)
        self.postcode_label.setObjectName(u"postcode_label")

        self.address_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.place_layout = QHBoxLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.postcode = QLineEdit(self.address_box)
        self.postcode.setObjectName(u"postcode")
        self.postcode.setMaximumSize(QSize(70, 16777215))
        self.postcode.setMaxLength(20)

        self.place_layout.addWidget(self.postcode)

        self.city = QLineEdit(self.address_box)
        self.city.setObjectName(u"city")
        self.city.setMaxLength(100)

        self.place_layout.addWidget(self.city)

        self.place_layout.setStretch(1, 1)

        self.address_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.place_layout)

        self.country_label = QLabel(self.address_box)
        self.country_label.setObjectName(u"country_label")

        self.address_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QComboBox(self.address_box)
        self.country.setObjectName(u"country")
        self.country.setMaxVisibleItems(20)

        self.address_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.country)

        self.birthday_label = QLabel(self.address_box)
        self.birthday_label.setObjectName(u"birthday_label")

        self.address_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.birthday_label)

        self.birthday = QLineEdit(self.address_box)
        self.birthday.setObjectName(u"birthday")

        self.address_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.birthday)


        self.left_column.addWidget(self.address_box)

        self.letter_box = QGroupBox(CustomerAddress)
        self.letter_box.setObjectName(u"letter_box")
        self.letter_form = QFormLayout(self.letter_box)
        self.letter_form.setObjectName(u"letter_form")
        self.form_of_address_label = QLabel(self.letter_box)
        self.form_of_address_label.setObjectName(u"form_of_address_label")

        self.letter_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.form_of_address_label)

        self.form_of_address = QWidget(self.letter_box)
        self.form_of_address.setObjectName(u"form_of_address")
        self.form_of_address_layout = QHBoxLayout(self.form_of_address)
        self.form_of_address_layout.setObjectName(u"form_of_address_layout")
        self.form_of_address_layout.setContentsMargins(0, 0, 0, 0)
        self.formal = QRadioButton(self.form_of_address)
        self.formal.setObjectName(u"formal")
        self.formal.setChecked(True)

        self.form_of_address_layout.addWidget(self.formal)

        self.informal = QRadioButton(self.form_of_address)
        self.informal.setObjectName(u"informal")

        self.form_of_address_layout.addWidget(self.informal)

        self.form_of_address_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form_of_address_layout.addItem(self.form_of_address_spacer)


        self.letter_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.form_of_address)

        self.letter_salutation_label = QLabel(self.letter_box)
        self.letter_salutation_label.setObjectName(u"letter_salutation_label")

        self.letter_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.letter_salutation_label)

        self.letter_salutation = QLabel(self.letter_box)
        self.letter_salutation.setObjectName(u"letter_salutation")
        self.letter_salutation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.letter_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.letter_salutation)

        self.letter_salutation_custom = QCheckBox(self.letter_box)
        self.letter_salutation_custom.setObjectName(u"letter_salutation_custom")

        self.letter_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letter_salutation_custom)

        self.letter_salutation_override = QLineEdit(self.letter_box)
        self.letter_salutation_override.setObjectName(u"letter_salutation_override")
        self.letter_salutation_override.setEnabled(False)
        self.letter_salutation_override.setMaxLength(200)

        self.letter_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letter_salutation_override)


        self.left_column.addWidget(self.letter_box)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.middle_column = QVBoxLayout()
        self.middle_column.setObjectName(u"middle_column")
        self.communication_box = QGroupBox(CustomerAddress)
        self.communication_box.setObjectName(u"communication_box")
        self.communication_form = QFormLayout(self.communication_box)
        self.communication_form.setObjectName(u"communication_form")
        self.phone_label = QLabel(self.communication_box)
        self.phone_label.setObjectName(u"phone_label")

        self.communication_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_layout = QHBoxLayout()
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone = QLineEdit(self.communication_box)
        self.phone.setObjectName(u"phone")
        self.phone.setMinimumSize(QSize(120, 0))
        self.phone.setMaxLength(60)

        self.phone_layout.addWidget(self.phone)

        self.phone_extension_label = QLabel(self.communication_box)
        self.phone_extension_label.setObjectName(u"phone_extension_label")

        self.phone_layout.addWidget(self.phone_extension_label)

        self.phone_extension = QLineEdit(self.communication_box)
        self.phone_extension.setObjectName(u"phone_extension")
        self.phone_extension.setMaximumSize(QSize(50, 16777215))
        self.phone_extension.setMaxLength(20)

        self.phone_layout.addWidget(self.phone_extension)

        self.phone_layout.setStretch(0, 1)

        self.communication_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_layout)

        self.mobile_label = QLabel(self.communication_box)
        self.mobile_label.setObjectName(u"mobile_label")

        self.communication_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile = QLineEdit(self.communication_box)
        self.mobile.setObjectName(u"mobile")
        self.mobile.setMaxLength(60)

        self.communication_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.fax_label = QLabel(self.communication_box)
        self.fax_label.setObjectName(u"fax_label")

        self.communication_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fax_label)

        self.fax = QLineEdit(self.communication_box)
        self.fax.setObjectName(u"fax")
        self.fax.setMaxLength(60)

        self.communication_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fax)

        self.email_label = QLabel(self.communication_box)
        self.email_label.setObjectName(u"email_label")

        self.communication_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.communication_box)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.communication_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.invoice_email_label = QLabel(self.communication_box)
        self.invoice_email_label.setObjectName(u"invoice_email_label")

        self.communication_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoice_email_label)

        self.invoice_email = QLineEdit(self.communication_box)
        self.invoice_email.setObjectName(u"invoice_email")
        self.invoice_email.setMaxLength(254)

        self.communication_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.invoice_email)

        self.website_label = QLabel(self.communication_box)
        self.website_label.setObjectName(u"website_label")

        self.communication_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.communication_box)
        self.website.setObjectName(u"website")
        self.website.setMaxLength(300)

        self.communication_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.website)

        self.social_profiles_label = QLabel(self.communication_box)
        self.social_profiles_label.setObjectName(u"social_profiles_label")

        self.communication_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.social_profiles_label)

        self.social_profiles_place = QWidget(self.communication_box)
        self.social_profiles_place.setObjectName(u"social_profiles_place")
        self.social_profiles_layout = QVBoxLayout(self.social_profiles_place)
        self.social_profiles_layout.setObjectName(u"social_profiles_layout")
        self.social_profiles_layout.setContentsMargins(0, 0, 0, 0)

        self.communication_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.social_profiles_place)


        self.middle_column.addWidget(self.communication_box)

        self.groups_box = QGroupBox(CustomerAddress)
        self.groups_box.setObjectName(u"groups_box")
        self.groups_layout = QVBoxLayout(self.groups_box)
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups = QListWidget(self.groups_box)
        self.groups.setObjectName(u"groups")
        self.groups.setMaximumSize(QSize(16777215, 110))
        self.groups.setFlow(QListView.Flow.TopToBottom)

        self.groups_layout.addWidget(self.groups)


        self.middle_column.addWidget(self.groups_box)

        self.middle_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.middle_column.addItem(self.middle_spacer)


        self.columns.addLayout(self.middle_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.bank_box = QGroupBox(CustomerAddress)
        self.bank_box.setObjectName(u"bank_box")
        self.bank_form = QFormLayout(self.bank_box)
        self.bank_form.setObjectName(u"bank_form")
        self.vat_id_label = QLabel(self.bank_box)
        self.vat_id_label.setObjectName(u"vat_id_label")

        self.bank_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vat_id_label)

        self.vat_id = QLineEdit(self.bank_box)
        self.vat_id.setObjectName(u"vat_id")
        self.vat_id.setMaxLength(20)

        self.bank_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vat_id)

        self.tax_number_label = QLabel(self.bank_box)
        self.tax_number_label.setObjectName(u"tax_number_label")

        self.bank_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tax_number_label)

        self.tax_number = QLineEdit(self.bank_box)
        self.tax_number.setObjectName(u"tax_number")
        self.tax_number.setMaxLength(30)

        self.bank_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tax_number)

        self.iban_label = QLabel(self.bank_box)
        self.iban_label.setObjectName(u"iban_label")

        self.bank_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.iban_label)

        self.iban = QLineEdit(self.bank_box)
        self.iban.setObjectName(u"iban")
        self.iban.setMaxLength(50)

        self.bank_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bic_label = QLabel(self.bank_box)
        self.bic_label.setObjectName(u"bic_label")

        self.bank_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bic_label)

        self.bic = QLineEdit(self.bank_box)
        self.bic.setObjectName(u"bic")
        self.bic.setMaxLength(15)

        self.bank_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bic)

        self.bank_name_label = QLabel(self.bank_box)
        self.bank_name_label.setObjectName(u"bank_name_label")

        self.bank_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bank_name_label)

        self.bank_name = QLineEdit(self.bank_box)
        self.bank_name.setObjectName(u"bank_name")
        self.bank_name.setMaxLength(200)

        self.bank_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bank_name)

        self.account_holder_label = QLabel(self.bank_box)
        self.account_holder_label.setObjectName(u"account_holder_label")

        self.bank_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.account_holder_label)

        self.account_holder = QLineEdit(self.bank_box)
        self.account_holder.setObjectName(u"account_holder")
        self.account_holder.setMaxLength(200)

        self.bank_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.account_holder)


        self.right_column.addWidget(self.bank_box)

        self.remark_box = QGroupBox(CustomerAddress)
        self.remark_box.setObjectName(u"remark_box")
        self.remark_layout = QVBoxLayout(self.remark_box)
        self.remark_layout.setObjectName(u"remark_layout")
        self.remark = QPlainTextEdit(self.remark_box)
        self.remark.setObjectName(u"remark")
        self.remark.setTabChangesFocus(True)

        self.remark_layout.addWidget(self.remark)


        self.right_column.addWidget(self.remark_box)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(0, 5)
        self.columns.setStretch(1, 5)
        self.columns.setStretch(2, 4)
#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.company_name_label.setBuddy(self.company_name)
        self.company_addition_label.setBuddy(self.company_addition)
        self.salutation_label.setBuddy(self.salutation)
        self.title_label.setBuddy(self.title)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.street_label.setBuddy(self.street)
        self.postcode_label.setBuddy(self.postcode)
        self.country_label.setBuddy(self.country)
        self.birthday_label.setBuddy(self.birthday)
        self.phone_label.setBuddy(self.phone)
        self.phone_extension_label.setBuddy(self.phone_extension)
        self.mobile_label.setBuddy(self.mobile)
        self.fax_label.setBuddy(self.fax)
        self.email_label.setBuddy(self.email)
        self.invoice_email_label.setBuddy(self.invoice_email)
        self.website_label.setBuddy(self.website)
        self.vat_id_label.setBuddy(self.vat_id)
        self.tax_number_label.setBuddy(self.tax_number)
        self.iban_label.setBuddy(self.iban)
        self.bic_label.setBuddy(self.bic)
        self.bank_name_label.setBuddy(self.bank_name)
        self.account_holder_label.setBuddy(self.account_holder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_company, self.kind_person)
        QWidget.setTabOrder(self.kind_person, self.number)
        QWidget.setTabOrder(self.number, self.company_name)
        QWidget.setTabOrder(self.company_name, self.company_addition)
        QWidget.setTabOrder(self.company_addition, self.salutation)
        QWidget.setTabOrder(self.salutation, self.title)
        QWidget.setTabOrder(self.title, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.street)
        QWidget.setTabOrder(self.street, self.postcode)
        QWidget.setTabOrder(self.postcode, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.birthday)
        QWidget.setTabOrder(self.birthday, self.formal)
        QWidget.setTabOrder(self.formal, self.informal)
        QWidget.setTabOrder(self.informal, self.letter_salutation_custom)
        QWidget.setTabOrder(self.letter_salutation_custom, self.letter_salutation_override)
        QWidget.setTabOrder(self.letter_salutation_override, self.phone)
        QWidget.setTabOrder(self.phone, self.phone_extension)
        QWidget.setTabOrder(self.phone_extension, self.mobile)
        QWidget.setTabOrder(self.mobile, self.fax)
        QWidget.setTabOrder(self.fax, self.email)
        QWidget.setTabOrder(self.email, self.invoice_email)
        QWidget.setTabOrder(self.invoice_email, self.website)
        QWidget.setTabOrder(self.website, self.groups)
        QWidget.setTabOrder(self.groups, self.vat_id)
        QWidget.setTabOrder(self.vat_id, self.tax_number)
        QWidget.setTabOrder(self.tax_number, self.iban)
        QWidget.setTabOrder(self.iban, self.bic)
        QWidget.setTabOrder(self.bic, self.bank_name)
        QWidget.setTabOrder(self.bank_name, self.account_holder)
        QWidget.setTabOrder(self.account_holder, self.remark)

        self.retranslateUi(CustomerAddress)
    # setupUi

    def retranslateUi(self, CustomerAddress):
        self.address_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Address", None))
        self.kind_label.setText(QCoreApplication.translate("CustomerAddress", u"Type", None))
        self.kind_company.setText(QCoreApplication.translate("CustomerAddress", u"Company", None))
        self.kind_person.setText(QCoreApplication.translate("CustomerAddress", u"Private person", None))
        self.number_label.setText(QCoreApplication.translate("CustomerAddress", u"Customer number", None))
        self.company_name_label.setText(QCoreApplication.translate("CustomerAddress", u"Company", None))
        self.company_addition_label.setText(QCoreApplication.translate("CustomerAddress", u"Company addition", None))
        self.salutation_label.setText(QCoreApplication.translate("CustomerAddress", u"Salutation", None))
        self.title_label.setText(QCoreApplication.translate("CustomerAddress", u"Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("CustomerAddress", u"e.g. Dr.", None))
        self.first_name_label.setText(QCoreApplication.translate("CustomerAddress", u"First name", None))
        self.last_name_label.setText(QCoreApplication.translate("CustomerAddress", u"Last name", None))
        self.street_label.setText(QCoreApplication.translate("CustomerAddress", u"Street", None))
        self.postcode_label.setText(QCoreApplication.translate("CustomerAddress", u"Postcode / city", None))
        self.country_label.setText(QCoreApplication.translate("CustomerAddress", u"Country", None))
        self.birthday_label.setText(QCoreApplication.translate("CustomerAddress", u"Birthday", None))
        self.birthday.setPlaceholderText(QCoreApplication.translate("CustomerAddress", u"DD.MM. or DD.MM.YYYY", None))
        self.letter_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Letter salutation", None))
        self.form_of_address_label.setText(QCoreApplication.translate("CustomerAddress", u"Form of address", None))
        self.formal.setText(QCoreApplication.translate("CustomerAddress", u"Formal (Sie)", None))
        self.informal.setText(QCoreApplication.translate("CustomerAddress", u"Informal (du)", None))
        self.letter_salutation_label.setText(QCoreApplication.translate("CustomerAddress", u"Letter opens with", None))
        self.letter_salutation_custom.setText(QCoreApplication.translate("CustomerAddress", u"Adjust", None))
#if QT_CONFIG(tooltip)
        self.letter_salutation_custom.setToolTip(QCoreApplication.translate("CustomerAddress", u"Type the letter salutation yourself instead of the one made from the name", None))
#endif // QT_CONFIG(tooltip)
        self.communication_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Communication", None))
        self.phone_label.setText(QCoreApplication.translate("CustomerAddress", u"Phone", None))
        self.phone_extension_label.setText(QCoreApplication.translate("CustomerAddress", u"Extension", None))
        self.mobile_label.setText(QCoreApplication.translate("CustomerAddress", u"Mobile", None))
        self.fax_label.setText(QCoreApplication.translate("CustomerAddress", u"Fax", None))
        self.email_label.setText(QCoreApplication.translate("CustomerAddress", u"E-mail", None))
        self.invoice_email_label.setText(QCoreApplication.translate("CustomerAddress", u"E-mail for invoices", None))
        self.invoice_email.setPlaceholderText(QCoreApplication.translate("CustomerAddress", u"if other than the e-mail", None))
        self.website_label.setText(QCoreApplication.translate("CustomerAddress", u"Website", None))
        self.social_profiles_label.setText(QCoreApplication.translate("CustomerAddress", u"Social profiles", None))
        self.groups_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Customer groups", None))
        self.bank_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Tax and bank details", None))
        self.vat_id_label.setText(QCoreApplication.translate("CustomerAddress", u"VAT ID", None))
        self.tax_number_label.setText(QCoreApplication.translate("CustomerAddress", u"Tax number", None))
        self.iban_label.setText(QCoreApplication.translate("CustomerAddress", u"IBAN", None))
        self.bic_label.setText(QCoreApplication.translate("CustomerAddress", u"BIC", None))
        self.bank_name_label.setText(QCoreApplication.translate("CustomerAddress", u"Bank", None))
        self.account_holder_label.setText(QCoreApplication.translate("CustomerAddress", u"Account holder", None))
        self.remark_box.setTitle(QCoreApplication.translate("CustomerAddress", u"Remarks / note", None))
        pass
    # retranslateUi

