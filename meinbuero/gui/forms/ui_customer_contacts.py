# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_contacts.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomerContacts(object):
    def setupUi(self, CustomerContacts):
        if not CustomerContacts.objectName():
            CustomerContacts.setObjectName(u"CustomerContacts")
        self.main_layout = QVBoxLayout(CustomerContacts)
        self.main_layout.setObjectName(u"main_layout")
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_contact = QPushButton(CustomerContacts)
        self.new_contact.setObjectName(u"new_contact")
        self.new_contact.setAutoDefault(False)

        self.button_layout.addWidget(self.new_contact)

        self.save_contact = QPushButton(CustomerContacts)
        self.save_contact.setObjectName(u"save_contact")
        self.save_contact.setAutoDefault(False)

        self.button_layout.addWidget(self.save_contact)

        self.make_main = QPushButton(CustomerContacts)
        self.make_main.setObjectName(u"make_main")
        self.make_main.setAutoDefault(False)

        self.button_layout.addWidget(self.make_main)

        self.delete_contact = QPushButton(CustomerContacts)
        self.delete_contact.setObjectName(u"delete_contact")
        self.delete_contact.setAutoDefault(False)

        self.button_layout.addWidget(self.delete_contact)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        self.splitter = QSplitter(CustomerContacts)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.contact_view = QTableView(self.splitter)
        self.contact_view.setObjectName(u"contact_view")
        self.contact_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.splitter.addWidget(self.contact_view)
        self.form_box = QGroupBox(self.splitter)
        self.form_box.setObjectName(u"form_box")
        self.form_box_layout = QVBoxLayout(self.form_box)
        self.form_box_layout.setObjectName(u"form_box_layout")
        self.form_box_layout.setContentsMargins(2, 2, 2, 2)
        self.form_area = QScrollArea(self.form_box)
        self.form_area.setObjectName(u"form_area")
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidgetResizable(True)

        self.form_box_layout.addWidget(self.form_area)

        self.splitter.addWidget(self.form_box)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(CustomerContacts)
    # setupUi

    def retranslateUi(self, CustomerContacts):
        self.new_contact.setText(QCoreApplication.translate("CustomerContacts", u"New contact person", None))
        self.save_contact.setText(QCoreApplication.translate("CustomerContacts", u"Save contact person", None))
        self.make_main.setText(QCoreApplication.translate("CustomerContacts", u"Make main contact", None))
        self.delete_contact.setText(QCoreApplication.translate("CustomerContacts", u"Delete", None))
        self.form_box.setTitle(QCoreApplication.translate("CustomerContacts", u"Contact person", None))
        pass
    # retranslateUi

