# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        self.main_layout = QVBoxLayout(EntryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.kind_box = QGroupBox(EntryDialog)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_layout = QHBoxLayout(self.kind_box)
        self.kind_layout.setObjectName(u"kind_layout")
        self.event_choice = QRadioButton(self.kind_box)
        self.event_choice.setObjectName(u"event_choice")
        self.event_choice.setChecked(True)

        self.kind_layout.addWidget(self.event_choice)

        self.task_choice = QRadioButton(self.kind_box)
        self.task_choice.setObjectName(u"task_choice")

        self.kind_layout.addWidget(self.task_choice)

        self.appointment_choice = QRadioButton(self.kind_box)
        self.appointment_choice.setObjectName(u"appointment_choice")

        self.kind_layout.addWidget(self.appointment_choice)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.main_layout.addWidget(self.kind_box)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.event_type_label = QLabel(EntryDialog)
        self.event_type_label.setObjectName(u"event_type_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_type_label)

        self.event_type = QComboBox(EntryDialog)
        self.event_type.setObjectName(u"event_type")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_type)

        self.occurred_at_label = QLabel(EntryDialog)
        self.occurred_at_label.setObjectName(u"occurred_at_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurred_at_label)

        self.occurred_at = QLineEdit(EntryDialog)
        self.occurred_at.setObjectName(u"occurred_at")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurred_at)

        self.subject_label = QLabel(EntryDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(EntryDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setMinimumSize(QSize(360, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject)

        self.starts_at_label = QLabel(EntryDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at = QLineEdit(EntryDialog)
        self.starts_at.setObjectName(u"starts_at")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_at)

        self.ends_at_label = QLabel(EntryDialog)
        self.ends_at_label.setObjectName(u"ends_at_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ends_at_label)

        self.ends_at = QLineEdit(EntryDialog)
        self.ends_at.setObjectName(u"ends_at")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ends_at)

        self.place_label = QLabel(EntryDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(EntryDialog)
        self.place.setObjectName(u"place")
        self.place.setMinimumSize(QSize(360, 0))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.place)

        self.reminder_label = QLabel(EntryDialog)
        self.reminder_label.setObjectName(u"reminder_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reminder_label)

        self.reminder = QComboBox(EntryDialog)
        self.reminder.setObjectName(u"reminder")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reminder)

        self.due_on_label = QLabel(EntryDialog)
        self.due_on_label.setObjectName(u"due_on_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = QLineEdit(EntryDialog)
        self.due_on.setObjectName(u"due_on")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.priority_label = QLabel(EntryDialog)
        self.priority_label.setObjectName(u"priority_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority = QComboBox(EntryDialog)
        self.priority.setObjectName(u"priority")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.priority)

        self.contact_person_label = QLabel(EntryDialog)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QComboBox(EntryDialog)
        self.contact_person.setObjectName(u"contact_person")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.text_label = QLabel(EntryDialog)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(EntryDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(QSize(0, 90))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.text)

        self.done = QCheckBox(EntryDialog)
        self.done.setObjectName(u"done")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.done)

        self.follow_up_on_label = QLabel(EntryDialog)
        self.follow_up_on_label.setObjectName(u"follow_up_on_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.follow_up_on_label)

        self.follow_up_on = QLineEdit(EntryDialog)
        self.follow_up_on.setObjectName(u"follow_up_on")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.follow_up_on)


        self.main_layout.addLayout(self.form)

        self.messages = QLabel(EntryDialog)
        self.messages.setObjectName(u"messages")
        self.messages.setWordWrap(True)

        self.main_layout.addWidget(self.messages)

        self.buttonbox = QDialogButtonBox(EntryDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttonbox)

#if QT_CONFIG(shortcut)
        self.event_type_label.setBuddy(self.event_type)
        self.occurred_at_label.setBuddy(self.occurred_at)
        self.subject_label.setBuddy(self.subject)
        self.starts_at_label.setBuddy(self.starts_at)
        self.ends_at_label.setBuddy(self.ends_at)
        self.place_label.setBuddy(self.place)
        self.reminder_label.setBuddy(self.reminder)
        self.due_on_label.setBuddy(self.due_on)
        self.priority_label.setBuddy(self.priority)
        self.contact_person_label.setBuddy(self.contact_person)
        self.text_label.setBuddy(self.text)
        self.follow_up_on_label.setBuddy(self.follow_up_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"New entry", None))
        self.kind_box.setTitle(QCoreApplication.translate("EntryDialog", u"What do you want to record?", None))
        self.event_choice.setText(QCoreApplication.translate("EntryDialog", u"&Event", None))
        self.task_choice.setText(QCoreApplication.translate("EntryDialog", u"&Task", None))
        self.appointment_choice.setText(QCoreApplication.translate("EntryDialog", u"A&ppointment", None))
        self.event_type_label.setText(QCoreApplication.translate("EntryDialog", u"Type:", None))
        self.occurred_at_label.setText(QCoreApplication.translate("EntryDialog", u"Date/time:", None))
        self.occurred_at.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"dd.mm.yyyy hh:mm", None))
        self.subject_label.setText(QCoreApplication.translate("EntryDialog", u"Subject:", None))
        self.starts_at_label.setText(QCoreApplication.translate("EntryDialog", u"Start:", None))
        self.starts_at.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"dd.mm.yyyy hh:mm", None))
        self.ends_at_label.setText(QCoreApplication.translate("EntryDialog", u"End:", None))
        self.ends_at.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"hh:mm or dd.mm.yyyy hh:mm", None))
        self.place_label.setText(QCoreApplication.translate("EntryDialog", u"Place:", None))
        self.reminder_label.setText(QCoreApplication.translate("EntryDialog", u"Reminder:", None))
        self.due_on_label.setText(QCoreApplication.translate("EntryDialog", u"Due on:", None))
        self.due_on.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"dd.mm.yyyy", None))
        self.priority_label.setText(QCoreApplication.translate("EntryDialog", u"Priority:", None))
        self.contact_person_label.setText(QCoreApplication.translate("EntryDialog", u"Contact person:", None))
        self.text_label.setText(QCoreApplication.translate("EntryDialog", u"Text:", None))
        self.done.setText(QCoreApplication.translate("EntryDialog", u"Done", None))
        self.follow_up_on_label.setText(QCoreApplication.translate("EntryDialog", u"Follow-up:", None))
        self.follow_up_on.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"dd.mm.yyyy (optional)", None))
    # retranslateUi

