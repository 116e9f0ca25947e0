# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_person.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ContactPerson(object):
    def setupUi(self, ContactPerson):
        if not ContactPerson.objectName():
            ContactPerson.setObjectName(u"ContactPerson")
        self.grid = QGridLayout(ContactPerson)
        self.grid.setObjectName(u"grid")
        self.person_form = QFormLayout()
        self.person_form.setObjectName(u"person_form")
        self.salutation_label = QLabel(ContactPerson)
        self.salutation_label.setObjectName(u"salutation_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation_layout = QHBoxLayout()
        self.salutation_layout.setObjectName(u"salutation_layout")
        self.salutation = QComboBox(ContactPerson)
        self.salutation.setObjectName(u"salutation")

        self.salutation_layout.addWidget(self.salutation)

        self.title_label = QLabel(ContactPerson)
        self.title_label.setObjectName(u"title_label")

        self.salutation_layout.addWidget(self.title_label)

        self.title = QLineEdit(ContactPerson)
        self.title.setObjectName(u"title")
        self.title.setMaximumSize(QSize(110, 16777215))
        self.title.setMaxLength(40)

        self.salutation_layout.addWidget(self.title)

        self.salutation_layout.setStretch(0, 1)

        self.person_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.salutation_layout)

        self.first_name_label = QLabel(ContactPerson)
        self.first_name_label.setObjectName(u"first_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(ContactPerson)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(100)

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(ContactPerson)
        self.last_name_label.setObjectName(u"last_name_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(ContactPerson)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(100)

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.position_label = QLabel(ContactPerson)
        self.position_label.setObjectName(u"position_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(ContactPerson)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(100)

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.position)

        self.department_label = QLabel(ContactPerson)
        self.department_label.setObjectName(u"department_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QLineEdit(ContactPerson)
        self.department.setObjectName(u"department")
        self.department.setMaxLength(100)

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.department)

        self.birthday_label = QLabel(ContactPerson)
        self.birthday_label.setObjectName(u"birthday_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthday_label)

        self.birthday = QLineEdit(ContactPerson)
        self.birthday.setObjectName(u"birthday")

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthday)

        self.partner_label = QLabel(ContactPerson)
        self.partner_label.setObjectName(u"partner_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner = QLineEdit(ContactPerson)
        self.partner.setObjectName(u"partner")
        self.partner.setMaxLength(200)

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.partner)

        self.is_main = QCheckBox(ContactPerson)
        self.is_main.setObjectName(u"is_main")

        self.person_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.is_main)


        self.grid.addLayout(self.person_form, 0, 0, 1, 1)

        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.phone_label = QLabel(ContactPerson)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_layout = QHBoxLayout()
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone = QLineEdit(ContactPerson)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(60)

        self.phone_layout.addWidget(self.phone)

        self.phone_extension_label = QLabel(ContactPerson)
        self.phone_extension_label.setObjectName(u"phone_extension_label")

        self.phone_layout.addWidget(self.phone_extension_label)

        self.phone_extension = QLineEdit(ContactPerson)
        self.phone_extension.setObjectName(u"phone_extension")
        self.phone_extension.setMaximumSize(QSize(60, 16777215))
        self.phone_extension.setMaxLength(20)

        self.phone_layout.addWidget(self.phone_extension)

        self.phone_layout.setStretch(0, 1)

        self.contact_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_layout)

        self.mobile_label = QLabel(ContactPerson)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile = QLineEdit(ContactPerson)
        self.mobile.setObjectName(u"mobile")
        self.mobile.setMaxLength(60)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.email_label = QLabel(ContactPerson)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(ContactPerson)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.form_of_address_label = QLabel(ContactPerson)
        self.form_of_address_label.setObjectName(u"form_of_address_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.form_of_address_label)

        self.form_of_address = QWidget(ContactPerson)
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


        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.form_of_address)

        self.letter_salutation_label = QLabel(ContactPerson)
        self.letter_salutation_label.setObjectName(u"letter_salutation_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.letter_salutation_label)

        self.letter_salutation = QLabel(ContactPerson)
        self.letter_salutation.setObjectName(u"letter_salutation")
        self.letter_salutation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.letter_salutation)

        self.letter_salutation_custom = QCheckBox(ContactPerson)
        self.letter_salutation_custom.setObjectName(u"letter_salutation_custom")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.letter_salutation_custom)

        self.letter_salutation_override = QLineEdit(ContactPerson)
        self.letter_salutation_override.setObjectName(u"letter_salutation_override")
        self.letter_salutation_override.setEnabled(False)
        self.letter_salutation_override.setMaxLength(200)

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.letter_salutation_override)

        self.social_profiles_label = QLabel(ContactPerson)
        self.social_profiles_label.setObjectName(u"social_profiles_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.social_profiles_label)

        self.social_profiles_place = QWidget(ContactPerson)
        self.social_profiles_place.setObjectName(u"social_profiles_place")
        self.social_profiles_layout = QVBoxLayout(self.social_profiles_place)
        self.social_profiles_layout.setObjectName(u"social_profiles_layout")
        self.social_profiles_layout.setContentsMargins(0, 0, 0, 0)

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.social_profiles_place)


        self.grid.addLayout(self.contact_form, 0, 1, 1, 1)

        self.texts_grid = QGridLayout()
        self.texts_grid.setObjectName(u"texts_grid")
        self.preferences_label = QLabel(ContactPerson)
        self.preferences_label.setObjectName(u"preferences_label")

        self.texts_grid.addWidget(self.preferences_label, 0, 0, 1, 1)

        self.interests_label = QLabel(ContactPerson)
        self.interests_label.setObjectName(u"interests_label")

        self.texts_grid.addWidget(self.interests_label, 0, 1, 1, 1)

        self.notes_label = QLabel(ContactPerson)
        self.notes_label.setObjectName(u"notes_label")

        self.texts_grid.addWidget(self.notes_label, 0, 2, 1, 1)

        self.preferences = QPlainTextEdit(ContactPerson)
        self.preferences.setObjectName(u"preferences")
        self.preferences.setTabChangesFocus(True)
        self.preferences.setMinimumSize(QSize(0, 50))

        self.texts_grid.addWidget(self.preferences, 1, 0, 1, 1)

        self.interests = QPlainTextEdit(ContactPerson)
        self.interests.setObjectName(u"interests")
        self.interests.setTabChangesFocus(True)
        self.interests.setMinimumSize(QSize(0, 50))

        self.texts_grid.addWidget(self.interests, 1, 1, 1, 1)

        self.notes = QPlainTextEdit(ContactPerson)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 50))

        self.texts_grid.addWidget(self.notes, 1, 2, 1, 1)


        self.grid.addLayout(self.texts_grid, 1, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.salutation_label.setBuddy(self.salutation)
        self.title_label.setBuddy(self.title)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.position_label.setBuddy(self.position)
        self.department_label.setBuddy(self.department)
        self.birthday_label.setBuddy(self.birthday)
        self.partner_label.setBuddy(self.partner)
        self.phone_label.setBuddy(self.phone)
        self.phone_extension_label.setBuddy(self.phone_extension)
        self.mobile_label.setBuddy(self.mobile)
        self.email_label.setBuddy(self.email)
        self.preferences_label.setBuddy(self.preferences)
        self.interests_label.setBuddy(self.interests)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.salutation, self.title)
        QWidget.setTabOrder(self.title, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.position)
        QWidget.setTabOrder(self.position, self.department)
        QWidget.setTabOrder(self.department, self.birthday)
        QWidget.setTabOrder(self.birthday, self.partner)
        QWidget.setTabOrder(self.partner, self.is_main)
        QWidget.setTabOrder(self.is_main, self.phone)
        QWidget.setTabOrder(self.phone, self.phone_extension)
        QWidget.setTabOrder(self.phone_extension, self.mobile)
        QWidget.setTabOrder(self.mobile, self.email)
        QWidget.setTabOrder(self.email, self.formal)
        QWidget.setTabOrder(self.formal, self.informal)
        QWidget.setTabOrder(self.informal, self.letter_salutation_custom)
        QWidget.setTabOrder(self.letter_salutation_custom, self.letter_salutation_override)
        QWidget.setTabOrder(self.letter_salutation_override, self.preferences)
        QWidget.setTabOrder(self.preferences, self.interests)
        QWidget.setTabOrder(self.interests, self.notes)

        self.retranslateUi(ContactPerson)
    # setupUi

    def retranslateUi(self, ContactPerson):
        self.salutation_label.setText(QCoreApplication.translate("ContactPerson", u"Salutation", None))
        self.title_label.setText(QCoreApplication.translate("ContactPerson", u"Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ContactPerson", u"e.g. Dr.", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactPerson", u"First name", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactPerson", u"Last name", None))
        self.position_label.setText(QCoreApplication.translate("ContactPerson", u"Position", None))
        self.department_label.setText(QCoreApplication.translate("ContactPerson", u"Department", None))
        self.birthday_label.setText(QCoreApplication.translate("ContactPerson", u"Birthday", None))
        self.birthday.setPlaceholderText(QCoreApplication.translate("ContactPerson", u"DD.MM. or DD.MM.YYYY", None))
        self.partner_label.setText(QCoreApplication.translate("ContactPerson", u"Partner", None))
        self.is_main.setText(QCoreApplication.translate("ContactPerson", u"Main contact", None))
        self.phone_label.setText(QCoreApplication.translate("ContactPerson", u"Phone", None))
        self.phone_extension_label.setText(QCoreApplication.translate("ContactPerson", u"Extension", None))
        self.mobile_label.setText(QCoreApplication.translate("ContactPerson", u"Mobile", None))
        self.email_label.setText(QCoreApplication.translate("ContactPerson", u"E-mail", None))
        self.form_of_address_label.setText(QCoreApplication.translate("ContactPerson", u"Form of address", None))
        self.formal.setText(QCoreApplication.translate("ContactPerson", u"Formal (Sie)", None))
        self.informal.setText(QCoreApplication.translate("ContactPerson", u"Informal (du)", None))
        self.letter_salutation_label.setText(QCoreApplication.translate("ContactPerson", u"Letter opens with", None))
        self.letter_salutation_custom.setText(QCoreApplication.translate("ContactPerson", u"Adjust", None))
#if QT_CONFIG(tooltip)
        self.letter_salutation_custom.setToolTip(QCoreApplication.translate("ContactPerson", u"Type the letter salutation yourself instead of the one made from the name", None))
#endif // QT_CONFIG(tooltip)
        self.social_profiles_label.setText(QCoreApplication.translate("ContactPerson", u"Social profiles", None))
        self.preferences_label.setText(QCoreApplication.translate("ContactPerson", u"Preferences", None))
        self.interests_label.setText(QCoreApplication.translate("ContactPerson", u"Interests", None))
        self.notes_label.setText(QCoreApplication.translate("ContactPerson", u"Notes", None))
        pass
    # retranslateUi

