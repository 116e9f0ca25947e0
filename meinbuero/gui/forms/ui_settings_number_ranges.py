# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_number_ranges.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsNumberRanges(object):
    def setupUi(self, SettingsNumberRanges):
        if not SettingsNumberRanges.objectName():
            SettingsNumberRanges.setObjectName(u"SettingsNumberRanges")
        self.number_ranges_layout = QVBoxLayout(SettingsNumberRanges)
        self.number_ranges_layout.setObjectName(u"number_ranges_layout")
        self.number_ranges_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsNumberRanges)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.ranges_group = QGroupBox(self.content)
        self.ranges_group.setObjectName(u"ranges_group")
        self.ranges_layout = QGridLayout(self.ranges_group)
        self.ranges_layout.setObjectName(u"ranges_layout")
        self.ranges_layout.setHorizontalSpacing(12)
        self.range_header = QLabel(self.ranges_group)
        self.range_header.setObjectName(u"range_header")
        self.range_header.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.range_header, 0, 0, 1, 1)

        self.prefix_header = QLabel(self.ranges_group)
        self.prefix_header.setObjectName(u"prefix_header")
        self.prefix_header.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.prefix_header, 0, 1, 1, 1)

        self.with_year_header = QLabel(self.ranges_group)
        self.with_year_header.setObjectName(u"with_year_header")
        self.with_year_header.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.with_year_header, 0, 2, 1, 1)

        self.yearly_reset_header = QLabel(self.ranges_group)
        self.yearly_reset_header.setObjectName(u"yearly_reset_header")
        self.yearly_reset_header.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.yearly_reset_header, 0, 3, 1, 1)

        self.next_number_header = QLabel(self.ranges_group)
        self.next_number_header.setObjectName(u"next_number_header")
        self.next_number_header.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.next_number_header, 0, 4, 1, 1)

        self.width_header = QLabel(self.ranges_group)
        self.width_header.setObjectName(u"width_header")
        self.width_header.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.width_header, 0, 5, 1, 1)

        self.preview_header = QLabel(self.ranges_group)
        self.preview_header.setObjectName(u"preview_header")
        self.preview_header.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.ranges_layout.addWidget(self.preview_header, 0, 6, 1, 1)


        self.content_layout.addWidget(self.ranges_group)

        self.preview = QLabel(self.content)
        self.preview.setObjectName(u"preview")
        self.preview.setText(u"")

        self.content_layout.addWidget(self.preview)

        self.length_warning = QLabel(self.content)
        self.length_warning.setObjectName(u"length_warning")
        self.length_warning.setText(u"")
        self.length_warning.setWordWrap(True)

        self.content_layout.addWidget(self.length_warning)

        self.hint = QLabel(self.content)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.content_layout.addWidget(self.hint)

        self.year_hint = QLabel(self.content)
        self.year_hint.setObjectName(u"year_hint")
        self.year_hint.setWordWrap(True)

        self.content_layout.addWidget(self.year_hint)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll.setWidget(self.content)

        self.number_ranges_layout.addWidget(self.scroll)


        self.retranslateUi(SettingsNumberRanges)
    # setupUi

    def retranslateUi(self, SettingsNumberRanges):
        self.ranges_group.setTitle(QCoreApplication.translate("SettingsNumberRanges", u"Numbers of customers, articles and documents", None))
        self.range_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Number range", None))
        self.prefix_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Prefix", None))
        self.with_year_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Year in\n"
"the number", None))
        self.yearly_reset_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Start again at 1\n"
"every year", None))
        self.next_number_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Next number", None))
        self.width_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Digits", None))
        self.preview_header.setText(QCoreApplication.translate("SettingsNumberRanges", u"Preview", None))
        self.hint.setText(QCoreApplication.translate("SettingsNumberRanges", u"Numbers once given out are never given again, so the next number can only move forward. Shorter numbers are filled with leading zeros up to the number of digits.", None))
        self.year_hint.setText(QCoreApplication.translate("SettingsNumberRanges", u"With the year in the number, a document gets the year of its date: RE-2026-0001. A range that starts again at 1 every year does so with the first document of a new year; this needs the year in the number, otherwise numbers would repeat.", None))
        pass
    # retranslateUi

