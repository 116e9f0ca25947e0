# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'einvoice_view_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_EInvoiceViewDialog(object):
    def setupUi(self, EInvoiceViewDialog):
        if not EInvoiceViewDialog.objectName():
            EInvoiceViewDialog.setObjectName(u"EInvoiceViewDialog")
        self.main_layout = QVBoxLayout(EInvoiceViewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.view = QTextBrowser(EInvoiceViewDialog)
        self.view.setObjectName(u"view")
        self.view.setMinimumSize(QSize(760, 560))
        self.view.setOpenLinks(False)

        self.main_layout.addWidget(self.view)

        self.supplier_frame = QFrame(EInvoiceViewDialog)
        self.supplier_frame.setObjectName(u"supplier_frame")
        self.supplier_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.supplier_layout = QHBoxLayout(self.supplier_frame)
        self.supplier_layout.setObjectName(u"supplier_layout")
        self.supplier_label = QLabel(self.supplier_frame)
        self.supplier_label.setObjectName(u"supplier_label")
        self.supplier_label.setWordWrap(True)

        self.supplier_layout.addWidget(self.supplier_label)

        self.file_with_supplier = QPushButton(self.supplier_frame)
        self.file_with_supplier.setObjectName(u"file_with_supplier")

        self.supplier_layout.addWidget(self.file_with_supplier)

        self.new_supplier = QPushButton(self.supplier_frame)
        self.new_supplier.setObjectName(u"new_supplier")

        self.supplier_layout.addWidget(self.new_supplier)

        self.supplier_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.supplier_frame)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.save_pdf = QPushButton(EInvoiceViewDialog)
        self.save_pdf.setObjectName(u"save_pdf")

        self.bottom_layout.addWidget(self.save_pdf)

        self.status = QLabel(EInvoiceViewDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.bottom_layout.addWidget(self.status)

        self.buttonbox = QDialogButtonBox(EInvoiceViewDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.buttonbox)

        self.bottom_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.bottom_layout)


        self.retranslateUi(EInvoiceViewDialog)
    # setupUi

    def retranslateUi(self, EInvoiceViewDialog):
        EInvoiceViewDialog.setWindowTitle(QCoreApplication.translate("EInvoiceViewDialog", u"E-invoice", None))
        self.supplier_label.setText("")
        self.file_with_supplier.setText(QCoreApplication.translate("EInvoiceViewDialog", u"File with the supplier", None))
        self.new_supplier.setText(QCoreApplication.translate("EInvoiceViewDialog", u"Create as new supplier", None))
        self.save_pdf.setText(QCoreApplication.translate("EInvoiceViewDialog", u"Save as PDF\u2026", None))
        self.status.setText("")
    # retranslateUi

