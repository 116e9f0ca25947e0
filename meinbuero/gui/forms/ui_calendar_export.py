# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_export.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CalendarExportDialog(object):
    def setupUi(self, CalendarExportDialog):
        if not CalendarExportDialog.objectName():
            CalendarExportDialog.setObjectName(u"CalendarExportDialog")
        self.main_layout = QVBoxLayout(CalendarExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(CalendarExportDialog)
        self.intro.setObjectName(u"intro")

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.since_label = QLabel(CalendarExportDialog)
        self.since_label.setObjectName(u"since_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since = QDateEdit(CalendarExportDialog)
        self.since.setObjectName(u"since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.since)

        self.until_label = QLabel(CalendarExportDialog)
        self.until_label.setObjectName(u"until_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until = QDateEdit(CalendarExportDialog)
        self.until.setObjectName(u"until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.until)


        self.main_layout.addLayout(self.form)

        self.buttonbox = QDialogButtonBox(CalendarExportDialog)
        self.buttonbox.setObjectName(u"buttonbox")
        self.buttonbox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.buttonbox)

#if QT_CONFIG(shortcut)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarExportDialog)
    # setupUi

    def retranslateUi(self, CalendarExportDialog):
        CalendarExportDialog.setWindowTitle(QCoreApplication.translate("CalendarExportDialog", u"Export calendar", None))
        self.intro.setText(QCoreApplication.translate("CalendarExportDialog", u"Appointments and tasks of all customers in this period:", None))
        self.since_label.setText(QCoreApplication.translate("CalendarExportDialog", u"From:", None))
        self.until_label.setText(QCoreApplication.translate("CalendarExportDialog", u"To:", None))
    # retranslateUi

