# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_company.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QWidget)

class Ui_SettingsCompany(object):
    def setupUi(self, SettingsCompany):
        if not SettingsCompany.objectName():
            SettingsCompany.setObjectName(u"SettingsCompany")
        self.company_layout = QGridLayout(SettingsCompany)
        self.company_layout.setObjectName(u"company_layout")
        self.company_layout.setContentsMargins(0, 0, 0, 0)
        self.address_group = QGroupBox(SettingsCompany)
        self.address_group.setObjectName(u"address_group")
        self.address_group_layout = QFormLayout(self.address_group)
        self.address_group_layout.setObjectName(u"address_group_layout")
        self.address_group_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.address_group)
        self.name_label.setObjectName(u"name_label")

        self.address_group_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.address_group)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.address_group_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_addition_label = QLabel(self.address_group)
        self.name_addition_label.setObjectName(u"name_addition_label")

        self.address_group_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_addition_label)

        self.name_addition = QLineEdit(self.address_group)
        self.name_addition.setObjectName(u"name_addition")
        self.name_addition.setMaxLength(200)

        self.address_group_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_addition)

        self.owner_label = QLabel(self.address_group)
        self.owner_label.setObjectName(u"owner_label")

        self.address_group_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner = QLineEdit(self.address_group)
        self.owner.setObjectName(u"owner")
        self.owner.setMaxLength(200)

        self.address_group_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner)

        self.street_label = QLabel(self.address_group)
        self.street_label.setObjectName(u"street_label")

        self.address_group_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(self.address_group)
        self.street.setObjectName(u"street")
        self.street.setMaxLength(200)

        self.address_group_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.street)

        self.postcode_label = QLabel(self.address_group)
        self.postcode_label.setObjectName(u"postcode_label")

        self.address_group_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.place_layout = QHBoxLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.postcode = QLineEdit(self.address_group)
        self.postcode.setObjectName(u"postcode")
        self.postcode.setMaxLength(20)
        self.postcode.setMaximumSize(QSize(80, 16777215))

        self.place_layout.addWidget(self.postcode)

        self.city = QLineEdit(self.address_group)
        self.city.setObjectName(u"city")
        self.city.setMaxLength(100)

        self.place_layout.addWidget(self.city)


        self.address_group_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.place_layout)

        self.country_label = QLabel(self.address_group)
        self.country_label.setObjectName(u"country_label")

        self.address_group_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QComboBox(self.address_group)
        self.country.setObjectName(u"country")

        self.address_group_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.country)


        self.company_layout.addWidget(self.address_group, 0, 0, 1, 1)

        self.contact_group = QGroupBox(SettingsCompany)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_group_layout = QFormLayout(self.contact_group)
        self.contact_group_layout.setObjectName(u"contact_group_layout")
        self.contact_group_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_group_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.contact_group)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(60)

        self.contact_group_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone)

        self.fax_label = QLabel(self.contact_group)
        self.fax_label.setObjectName(u"fax_label")

        self.contact_group_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fax_label)

        self.fax = QLineEdit(self.contact_group)
        self.fax.setObjectName(u"fax")
        self.fax.setMaxLength(60)

        self.contact_group_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fax)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_group_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.contact_group)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.contact_group_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.website_label = QLabel(self.contact_group)
        self.website_label.setObjectName(u"website_label")

        self.contact_group_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.contact_group)
        self.website.setObjectName(u"website")
        self.website.setMaxLength(300)

        self.contact_group_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.website)


        self.company_layout.addWidget(self.contact_group, 1, 0, 1, 1)

        self.tax_group = QGroupBox(SettingsCompany)
        self.tax_group.setObjectName(u"tax_group")
        self.tax_group_layout = QFormLayout(self.tax_group)
        self.tax_group_layout.setObjectName(u"tax_group_layout")
        self.tax_group_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vat_id_label = QLabel(self.tax_group)
        self.vat_id_label.setObjectName(u"vat_id_label")

        self.tax_group_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vat_id_label)

        self.vat_id = QLineEdit(self.tax_group)
        self.vat_id.setObjectName(u"vat_id")
        self.vat_id.setMaxLength(20)

        self.tax_group_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vat_id)

        self.tax_number_label = QLabel(self.tax_group)
        self.tax_number_label.setObjectName(u"tax_number_label")

        self.tax_group_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tax_number_label)

        self.tax_number = QLineEdit(self.tax_group)
        self.tax_number.setObjectName(u"tax_number")
        self.tax_number.setMaxLength(30)

        self.tax_group_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tax_number)

        self.tax_office_label = QLabel(self.tax_group)
        self.tax_office_label.setObjectName(u"tax_office_label")

        self.tax_group_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tax_office_label)

        self.tax_office = QLineEdit(self.tax_group)
        self.tax_office.setObjectName(u"tax_office")
        self.tax_office.setMaxLength(100)

        self.tax_group_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tax_office)

        self.register_court_label = QLabel(self.tax_group)
        self.register_court_label.setObjectName(u"register_court_label")

        self.tax_group_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.register_court_label)

        self.register_court = QLineEdit(self.tax_group)
        self.register_court.setObjectName(u"register_court")
        self.register_court.setMaxLength(100)

        self.tax_group_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.register_court)

        self.register_number_label = QLabel(self.tax_group)
        self.register_number_label.setObjectName(u"register_number_label")

        self.tax_group_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.register_number_label)

        self.register_number = QLineEdit(self.tax_group)
        self.register_number.setObjectName(u"register_number")
        self.register_number.setMaxLength(40)

        self.tax_group_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.register_number)

        self.managing_director_label = QLabel(self.tax_group)
        self.managing_director_label.setObjectName(u"managing_director_label")

        self.tax_group_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.managing_director_label)

        self.managing_director = QLineEdit(self.tax_group)
        self.managing_director.setObjectName(u"managing_director")
        self.managing_director.setMaxLength(200)

        self.tax_group_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.managing_director)


        self.company_layout.addWidget(self.tax_group, 0, 1, 1, 1)

        self.bank_group = QGroupBox(SettingsCompany)
        self.bank_group.setObjectName(u"bank_group")
        self.bank_group_layout = QFormLayout(self.bank_group)
        self.bank_group_layout.setObjectName(u"bank_group_layout")
        self.bank_group_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.iban_label = QLabel(self.bank_group)
        self.iban_label.setObjectName(u"iban_label")

        self.bank_group_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iban_label)

        self.iban = QLineEdit(self.bank_group)
        self.iban.setObjectName(u"iban")
        self.iban.setMaxLength(42)

        self.bank_group_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bic_label = QLabel(self.bank_group)
        self.bic_label.setObjectName(u"bic_label")

        self.bank_group_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bic_label)

        self.bic = QLineEdit(self.bank_group)
        self.bic.setObjectName(u"bic")
        self.bic.setMaxLength(11)

        self.bank_group_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bic)

        self.bank_name_label = QLabel(self.bank_group)
        self.bank_name_label.setObjectName(u"bank_name_label")

        self.bank_group_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bank_name_label)

        self.bank_name = QLineEdit(self.bank_group)
        self.bank_name.setObjectName(u"bank_name")
        self.bank_name.setMaxLength(200)

        self.bank_group_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bank_name)


        self.company_layout.addWidget(self.bank_group, 1, 1, 1, 1)

        self.kleinunternehmer = QCheckBox(SettingsCompany)
        self.kleinunternehmer.setObjectName(u"kleinunternehmer")

        self.company_layout.addWidget(self.kleinunternehmer, 2, 0, 1, 2)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.company_layout.addItem(self.bottom_spacer, 3, 0, 1, 2)

        self.company_layout.setColumnStretch(0, 1)
        self.company_layout.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.name_addition_label.setBuddy(self.name_addition)
        self.owner_label.setBuddy(self.owner)
        self.street_label.setBuddy(self.street)
        self.postcode_label.setBuddy(self.postcode)
        self.country_label.setBuddy(self.country)
        self.phone_label.setBuddy(self.phone)
        self.fax_label.setBuddy(self.fax)
        self.email_label.setBuddy(self.email)
        self.website_label.setBuddy(self.website)
        self.vat_id_label.setBuddy(self.vat_id)
        self.tax_number_label.setBuddy(self.tax_number)
        self.tax_office_label.setBuddy(self.tax_office)
        self.register_court_label.setBuddy(self.register_court)
        self.register_number_label.setBuddy(self.register_number)
        self.managing_director_label.setBuddy(self.managing_director)
        self.iban_label.setBuddy(self.iban)
        self.bic_label.setBuddy(self.bic)
        self.bank_name_label.setBuddy(self.bank_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.name_addition)
        QWidget.setTabOrder(self.name_addition, self.owner)
        QWidget.setTabOrder(self.owner, self.street)
        QWidget.setTabOrder(self.street, self.postcode)
        QWidget.setTabOrder(self.postcode, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.phone)
        QWidget.setTabOrder(self.phone, self.fax)
        QWidget.setTabOrder(self.fax, self.email)
        QWidget.setTabOrder(self.email, self.website)
        QWidget.setTabOrder(self.website, self.vat_id)
        QWidget.setTabOrder(self.vat_id, self.tax_number)
        QWidget.setTabOrder(self.tax_number, self.tax_office)
        QWidget.setTabOrder(self.tax_office, self.register_court)
        QWidget.setTabOrder(self.register_court, self.register_number)
        QWidget.setTabOrder(self.register_number, self.managing_director)
        QWidget.setTabOrder(self.managing_director, self.iban)
        QWidget.setTabOrder(self.iban, self.bic)
        QWidget.setTabOrder(self.bic, self.bank_name)
        QWidget.setTabOrder(self.bank_name, self.kleinunternehmer)

        self.retranslateUi(SettingsCompany)
    # setupUi

    def retranslateUi(self, SettingsCompany):
        self.address_group.setTitle(QCoreApplication.translate("SettingsCompany", u"Postal address", None))
        self.name_label.setText(QCoreApplication.translate("SettingsCompany", u"Company &name", None))
        self.name_addition_label.setText(QCoreApplication.translate("SettingsCompany", u"Name &addition", None))
        self.owner_label.setText(QCoreApplication.translate("SettingsCompany", u"&Owner", None))
        self.street_label.setText(QCoreApplication.translate("SettingsCompany", u"&Street", None))
        self.postcode_label.setText(QCoreApplication.translate("SettingsCompany", u"&Postcode / city", None))
#if QT_CONFIG(accessibility)
        self.postcode.setAccessibleName(QCoreApplication.translate("SettingsCompany", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.city.setAccessibleName(QCoreApplication.translate("SettingsCompany", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.country_label.setText(QCoreApplication.translate("SettingsCompany", u"Co&untry", None))
        self.contact_group.setTitle(QCoreApplication.translate("SettingsCompany", u"Phone and internet", None))
        self.phone_label.setText(QCoreApplication.translate("SettingsCompany", u"P&hone", None))
        self.fax_label.setText(QCoreApplication.translate("SettingsCompany", u"&Fax", None))
        self.email_label.setText(QCoreApplication.translate("SettingsCompany", u"&E-mail", None))
        self.website_label.setText(QCoreApplication.translate("SettingsCompany", u"&Website", None))
        self.tax_group.setTitle(QCoreApplication.translate("SettingsCompany", u"Taxes and register", None))
        self.vat_id_label.setText(QCoreApplication.translate("SettingsCompany", u"&VAT ID", None))
        self.tax_number_label.setText(QCoreApplication.translate("SettingsCompany", u"&Tax number", None))
        self.tax_office_label.setText(QCoreApplication.translate("SettingsCompany", u"Ta&x office", None))
        self.register_court_label.setText(QCoreApplication.translate("SettingsCompany", u"Register &court", None))
        self.register_number_label.setText(QCoreApplication.translate("SettingsCompany", u"Commercial &register no.", None))
        self.managing_director_label.setText(QCoreApplication.translate("SettingsCompany", u"&Managing director", None))
        self.bank_group.setTitle(QCoreApplication.translate("SettingsCompany", u"Bank account", None))
        self.iban_label.setText(QCoreApplication.translate("SettingsCompany", u"&IBAN", None))
        self.bic_label.setText(QCoreApplication.translate("SettingsCompany", u"&BIC", None))
        self.bank_name_label.setText(QCoreApplication.translate("SettingsCompany", u"Ban&k", None))
        self.kleinunternehmer.setText(QCoreApplication.translate("SettingsCompany", u"Sma&ll business (\u00a7 19 UStG): invoices without VAT", None))
        pass
    # retranslateUi

