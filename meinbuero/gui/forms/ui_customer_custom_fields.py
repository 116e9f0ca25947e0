# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_custom_fields.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CustomerCustomFields(object):
    def setupUi(self, CustomerCustomFields):
        if not CustomerCustomFields.objectName():
            CustomerCustomFields.setObjectName(u"CustomerCustomFields")
        self.main_layout = QVBoxLayout(CustomerCustomFields)
        self.main_layout.setObjectName(u"main_layout")
        self.hint = QLabel(CustomerCustomFields)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.main_layout.addWidget(self.hint)

        self.field_area = QScrollArea(CustomerCustomFields)
        self.field_area.setObjectName(u"field_area")
        self.field_area.setFrameShape(QFrame.Shape.NoFrame)
        self.field_area.setWidgetResizable(True)
        self.field_page = QWidget()
        self.field_page.setObjectName(u"field_page")
        self.field_page_layout = QVBoxLayout(self.field_page)
        self.field_page_layout.setObjectName(u"field_page_layout")
        self.field_form = QFormLayout()
        self.field_form.setObjectName(u"field_form")
        self.field_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.field_page_layout.addLayout(self.field_form)

        self.field_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.field_page_layout.addItem(self.field_spacer)

        self.field_area.setWidget(self.field_page)

        self.main_layout.addWidget(self.field_area)


        self.retranslateUi(CustomerCustomFields)
    # setupUi

    def retranslateUi(self, CustomerCustomFields):
        self.hint.setText(QCoreApplication.translate("CustomerCustomFields", u"No custom fields are defined yet. You can set up to 20 fields with their own label and type under Extras > Settings > Custom fields.", None))
        pass
    # retranslateUi

