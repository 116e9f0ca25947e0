# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_documents.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomerDocuments(object):
    def setupUi(self, CustomerDocuments):
        if not CustomerDocuments.objectName():
            CustomerDocuments.setObjectName(u"CustomerDocuments")
        self.main_layout = QVBoxLayout(CustomerDocuments)
        self.main_layout.setObjectName(u"main_layout")
        self.unsaved_hint = QLabel(CustomerDocuments)
        self.unsaved_hint.setObjectName(u"unsaved_hint")
        self.unsaved_hint.setWordWrap(True)

        self.main_layout.addWidget(self.unsaved_hint)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.category_label = QLabel(CustomerDocuments)
        self.category_label.setObjectName(u"category_label")

        self.filter_layout.addWidget(self.category_label)

        self.category_filter = QComboBox(CustomerDocuments)
        self.category_filter.setObjectName(u"category_filter")
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.category_filter)

        self.search_field = QLineEdit(CustomerDocuments)
        self.search_field.setObjectName(u"search_field")
        self.search_field.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_field)

        self.show_bin = QCheckBox(CustomerDocuments)
        self.show_bin.setObjectName(u"show_bin")

        self.filter_layout.addWidget(self.show_bin)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(CustomerDocuments)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.document_view = QTableView(self.splitter)
        self.document_view.setObjectName(u"document_view")
        self.document_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.document_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.document_view.setAlternatingRowColors(True)
        self.document_view.setSortingEnabled(True)
        self.document_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.document_view.setWordWrap(False)
        self.splitter.addWidget(self.document_view)
        self.properties_scroll = QScrollArea(self.splitter)
        self.properties_scroll.setObjectName(u"properties_scroll")
        self.properties_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.properties_scroll.setWidgetResizable(True)
        self.properties_area = QWidget()
        self.properties_area.setObjectName(u"properties_area")
        self.properties_area_layout = QVBoxLayout(self.properties_area)
        self.properties_area_layout.setObjectName(u"properties_area_layout")
        self.properties_area_layout.setContentsMargins(0, 0, 0, 0)
        self.properties = QGroupBox(self.properties_area)
        self.properties.setObjectName(u"properties")
        self.properties_layout = QVBoxLayout(self.properties)
        self.properties_layout.setObjectName(u"properties_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.title_label = QLabel(self.properties)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.properties)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.category_edit_label = QLabel(self.properties)
        self.category_edit_label.setObjectName(u"category_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_edit_label)

        self.category = QComboBox(self.properties)
        self.category.setObjectName(u"category")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.contact_person_label = QLabel(self.properties)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QComboBox(self.properties)
        self.contact_person.setObjectName(u"contact_person")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.document_date_label = QLabel(self.properties)
        self.document_date_label.setObjectName(u"document_date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.document_date_label)

        self.document_date = QLineEdit(self.properties)
        self.document_date.setObjectName(u"document_date")
        self.document_date.setMaxLength(10)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.document_date)

        self.remark_label = QLabel(self.properties)
        self.remark_label.setObjectName(u"remark_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.remark_label)

        self.remark = QPlainTextEdit(self.properties)
        self.remark.setObjectName(u"remark")
        self.remark.setTabChangesFocus(True)
        self.remark.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remark)


        self.properties_layout.addLayout(self.form_layout)

        self.file_info = QLabel(self.properties)
        self.file_info.setObjectName(u"file_info")
        self.file_info.setWordWrap(True)
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.properties_layout.addWidget(self.file_info)

        self.versions_label = QLabel(self.properties)
        self.versions_label.setObjectName(u"versions_label")

        self.properties_layout.addWidget(self.versions_label)

        self.versions = QListWidget(self.properties)
        self.versions.setObjectName(u"versions")
        self.versions.setMaximumSize(QSize(16777215, 90))

        self.properties_layout.addWidget(self.versions)

        self.properties_buttons = QHBoxLayout()
        self.properties_buttons.setObjectName(u"properties_buttons")
        self.properties_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.properties_buttons.addItem(self.properties_spacer)

        self.save_properties = QPushButton(self.properties)
        self.save_properties.setObjectName(u"save_properties")
        self.save_properties.setAutoDefault(False)

        self.properties_buttons.addWidget(self.save_properties)


        self.properties_layout.addLayout(self.properties_buttons)


        self.properties_area_layout.addWidget(self.properties)

        self.properties_scroll.setWidget(self.properties_area)
        self.splitter.addWidget(self.properties_scroll)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_documents = QPushButton(CustomerDocuments)
        self.add_documents.setObjectName(u"add_documents")
        self.add_documents.setAutoDefault(False)

        self.button_layout.addWidget(self.add_documents)

        self.open_document = QPushButton(CustomerDocuments)
        self.open_document.setObjectName(u"open_document")
        self.open_document.setAutoDefault(False)

        self.button_layout.addWidget(self.open_document)

        self.edit_document = QPushButton(CustomerDocuments)
        self.edit_document.setObjectName(u"edit_document")
        self.edit_document.setAutoDefault(False)

        self.button_layout.addWidget(self.edit_document)

        self.apply_changes = QPushButton(CustomerDocuments)
        self.apply_changes.setObjectName(u"apply_changes")
        self.apply_changes.setAutoDefault(False)

        self.button_layout.addWidget(self.apply_changes)

        self.save_as = QPushButton(CustomerDocuments)
        self.save_as.setObjectName(u"save_as")
        self.save_as.setAutoDefault(False)

        self.button_layout.addWidget(self.save_as)

        self.delete_document = QPushButton(CustomerDocuments)
        self.delete_document.setObjectName(u"delete_document")
        self.delete_document.setAutoDefault(False)

        self.button_layout.addWidget(self.delete_document)

        self.restore_document = QPushButton(CustomerDocuments)
        self.restore_document.setObjectName(u"restore_document")
        self.restore_document.setAutoDefault(False)

        self.button_layout.addWidget(self.restore_document)

        self.empty_bin = QPushButton(CustomerDocuments)
        self.empty_bin.setObjectName(u"empty_bin")
        self.empty_bin.setAutoDefault(False)

        self.button_layout.addWidget(self.empty_bin)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(CustomerDocuments)
        self.count_label.setObjectName(u"count_label")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.status_label = QLabel(CustomerDocuments)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category_filter)
        self.title_label.setBuddy(self.title)
        self.category_edit_label.setBuddy(self.category)
        self.contact_person_label.setBuddy(self.contact_person)
        self.document_date_label.setBuddy(self.document_date)
        self.remark_label.setBuddy(self.remark)
        self.versions_label.setBuddy(self.versions)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerDocuments)
    # setupUi

    def retranslateUi(self, CustomerDocuments):
        self.unsaved_hint.setText(QCoreApplication.translate("CustomerDocuments", u"Please save the new customer first; then documents can be filed here.", None))
        self.category_label.setText(QCoreApplication.translate("CustomerDocuments", u"Category:", None))
        self.search_field.setPlaceholderText(QCoreApplication.translate("CustomerDocuments", u"Search title, remark and file name", None))
        self.show_bin.setText(QCoreApplication.translate("CustomerDocuments", u"Recycle bin", None))
#if QT_CONFIG(tooltip)
        self.show_bin.setToolTip(QCoreApplication.translate("CustomerDocuments", u"Show the deleted documents of this customer", None))
#endif // QT_CONFIG(tooltip)
        self.properties.setTitle(QCoreApplication.translate("CustomerDocuments", u"Properties", None))
        self.title_label.setText(QCoreApplication.translate("CustomerDocuments", u"Title:", None))
        self.category_edit_label.setText(QCoreApplication.translate("CustomerDocuments", u"Category:", None))
        self.contact_person_label.setText(QCoreApplication.translate("CustomerDocuments", u"Contact person:", None))
        self.document_date_label.setText(QCoreApplication.translate("CustomerDocuments", u"Date:", None))
        self.document_date.setPlaceholderText(QCoreApplication.translate("CustomerDocuments", u"DD.MM.YYYY", None))
        self.remark_label.setText(QCoreApplication.translate("CustomerDocuments", u"Remark:", None))
        self.versions_label.setText(QCoreApplication.translate("CustomerDocuments", u"Versions (double-click opens):", None))
        self.save_properties.setText(QCoreApplication.translate("CustomerDocuments", u"Save properties", None))
        self.add_documents.setText(QCoreApplication.translate("CustomerDocuments", u"Add\u2026", None))
        self.open_document.setText(QCoreApplication.translate("CustomerDocuments", u"Open", None))
        self.edit_document.setText(QCoreApplication.translate("CustomerDocuments", u"Edit", None))
        self.apply_changes.setText(QCoreApplication.translate("CustomerDocuments", u"Apply changes", None))
        self.save_as.setText(QCoreApplication.translate("CustomerDocuments", u"Save as\u2026", None))
        self.delete_document.setText(QCoreApplication.translate("CustomerDocuments", u"Delete", None))
        self.restore_document.setText(QCoreApplication.translate("CustomerDocuments", u"Restore", None))
        self.empty_bin.setText(QCoreApplication.translate("CustomerDocuments", u"Empty recycle bin\u2026", None))
        pass
    # retranslateUi

