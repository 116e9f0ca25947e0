"""Umsatzliste: every finalised invoice and cancellation of a period with its net amount per
VAT rate, the tax, the gross and what was paid; the sums; and the year's revenue against the
Kleinunternehmer limits (§ 19 UStG: 25 000 € last year, 100 000 € this year; a warning from
90 %). As Excel (.xlsx, real numbers and dates, sums as formulas) or PDF (A4 landscape).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from meinbuero.domain.money import ZERO, TaxCategory
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import sales, settings
from meinbuero.services.errors import Refused
from meinbuero.services.exporting import written_in_place
from meinbuero.store.models import SalesDocument

MONEY_FORMAT = '#,##0.00 "€";-#,##0.00 "€"'
DATE_FORMAT = "DD.MM.YYYY"
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class RevenueRow:
    number: str
    kind: str  # the kind's label
    document_date: date
    customer_number: str
    customer_name: str
    net_by_column: dict[str, Decimal]  # key of RevenueList.columns → net
    net: Decimal
    tax: Decimal
    gross: Decimal
    paid: Decimal


@dataclass(frozen=True)
class Thresholds:
    """The year's revenue against the Kleinunternehmer limits."""

    year: int
    this_year: Decimal
    prior_year: Decimal
    small_business: bool  # the company is set as Kleinunternehmer

    @property
    def share(self) -> Decimal:
        """This year's revenue as a share of 100 000 € (in percent, one decimal)."""
        return (self.this_year * HUNDRED / sales.SMALL_BUSINESS_THIS_YEAR).quantize(Decimal("0.1"))

    def lines(self) -> list[str]:
        return [
            tr(
                "Revenue {year} (net, invoices less cancellations): {amount} € of the "
                "small-business limit of 100.000 € ({share} %).",
                year=self.year,
                amount=format_decimal_de(self.this_year, places=2),
                share=format_decimal_de(self.share, places=1),
            ),
            tr(
                "Revenue {year}: {amount} € (limit for the prior year: 25.000 €).",
                year=self.year - 1,
                amount=format_decimal_de(self.prior_year, places=2),
            ),
        ]

    def warning(self) -> str:
        """What a Kleinunternehmer must know ("" : nothing)."""
        if not self.small_business:
            return ""
        if self.prior_year > sales.SMALL_BUSINESS_PRIOR_YEAR:
            return tr(
                "Your revenue of {year} was more than 25.000 €: the small-business rule "
                "(§ 19 UStG) no longer applies this year.",
                year=self.year - 1,
            )
        if self.this_year > sales.SMALL_BUSINESS_THIS_YEAR:
            return tr(
                "Your revenue this year passed 100.000 €: from then on you must charge VAT "
                "(§ 19 UStG); please ask your tax adviser."
            )
        if self.this_year >= sales.SMALL_BUSINESS_THIS_YEAR * sales.SMALL_BUSINESS_WARN_SHARE:
            return tr(
                "Your revenue this year is {share} % of the small-business limit of 100.000 € "
                "(§ 19 UStG).",
                share=format_decimal_de(self.share, places=1),
            )
        return ""


def thresholds(session: Session, year: int) -> Thresholds:
    return Thresholds(
        year=year,
        this_year=sales.revenue(session, year),
        prior_year=sales.revenue(session, year - 1),
        small_business=settings.company(session).kleinunternehmer,
    )


@dataclass(frozen=True)
class RevenueList:
    date_from: date
    date_to: date
    company: str
    columns: list[tuple[str, str]]  # the net columns: (key, label), highest rate first
    rows: list[RevenueRow]
    thresholds: Thresholds

    def total(self, name: str) -> Decimal:
        return sum((getattr(row, name) for row in self.rows), ZERO)

    def column_total(self, key: str) -> Decimal:
        return sum((row.net_by_column.get(key, ZERO) for row in self.rows), ZERO)


def _column(category: TaxCategory, rate: Decimal) -> tuple[str, str, Decimal]:
    """Key, label and sort weight of a net column."""
    if category in (TaxCategory.STANDARD, TaxCategory.ZERO_RATED):
        value = rate.normalize()
        return f"rate_{value}", tr("Net {rate} %", rate=format_decimal_de(value)), value
    labels = {
        TaxCategory.REVERSE_CHARGE: tr("Net reverse charge"),
        TaxCategory.INTRA_EU: tr("Net intra-EU supply"),
        TaxCategory.EXPORT: tr("Net export"),
        TaxCategory.EXEMPT: tr("Net small business"),
        TaxCategory.OUTSIDE_SCOPE: tr("Net not taxable"),
    }
    return f"case_{category.value}", labels[category], Decimal(-1)


def revenue_list(session: Session, date_from: date, date_to: date) -> RevenueList:
    """The finalised invoices and cancellations dated in the period, by date and number."""
    if date_to < date_from:
        raise Refused(tr("The period ends before it begins."))
    documents = session.scalars(
        select(SalesDocument)
        .where(
            SalesDocument.kind.in_(sales.BILLING_KINDS),
            SalesDocument.finalised_at.is_not(None),
            SalesDocument.document_date >= date_from,
            SalesDocument.document_date <= date_to,
        )
        .options(selectinload(SalesDocument.lines), selectinload(SalesDocument.customer))
        .order_by(SalesDocument.document_date, SalesDocument.number)
    )
    kinds = sales.kind_labels()
    columns: dict[str, tuple[str, Decimal]] = {}
    rows = []
    for document in documents:
        totals = sales.document_totals(
            document.lines, kind=document.kind, tax_case=document.tax_case
        )
        by_column: dict[str, Decimal] = {}
        for line in totals.breakdown:
            key, label, weight = _column(line.category, line.rate)
            columns[key] = (label, weight)
            by_column[key] = by_column.get(key, ZERO) + line.base
        rows.append(
            RevenueRow(
                number=document.number or "",
                kind=kinds[document.kind],
                document_date=document.document_date,
                customer_number=document.customer_number,
                customer_name=document.customer.display_name,
                net_by_column=by_column,
                net=document.net_total,
                tax=document.tax_total,
                gross=document.gross_total,
                paid=document.paid_total,
            )
        )
    ordered = sorted(columns.items(), key=lambda item: (-item[1][1], item[1][0]))
    return RevenueList(
        date_from=date_from,
        date_to=date_to,
        company=settings.company(session).name,
        columns=[(key, label) for key, (label, _weight) in ordered],
        rows=rows,
        thresholds=thresholds(session, date_to.year),
    )


def headers(data: RevenueList) -> list[str]:
    return [
        tr("Number"),
        tr("Kind"),
        tr("Date"),
        tr("Customer no."),
        tr("Customer"),
        *(label for _key, label in data.columns),
        tr("Net"),
        tr("VAT"),
        tr("Gross"),
        tr("Paid"),
    ]


def title(data: RevenueList) -> str:
    return tr(
        "Revenue list {start} – {end}",
        start=format_date_de(data.date_from),
        end=format_date_de(data.date_to),
    )


# ---------------------------------------------------------------------------------------------
# Excel


def write_xlsx(data: RevenueList, path: Path) -> None:
    """The list as an Excel workbook: numbers as numbers (€ format), dates as dates, the sums
    as formulas, the thresholds below."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr("Revenue list")[:31]
    sheet.append([title(data)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([data.company])
    sheet.append([])
    names = headers(data)
    sheet.append(names)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    first = header_row + 1
    money_columns = range(6, len(names) + 1)
    for row in data.rows:
        sheet.append(
            [
                row.number,
                row.kind,
                row.document_date,
                row.customer_number,
                row.customer_name,
                *(row.net_by_column.get(key, ZERO) for key, _ in data.columns),
                row.net,
                row.tax,
                row.gross,
                row.paid,
            ]
        )
        current = sheet.max_row
        sheet.cell(current, 3).number_format = DATE_FORMAT
        for column in money_columns:
            sheet.cell(current, column).number_format = MONEY_FORMAT
    last = sheet.max_row
    sums: list[object] = [tr("Sum"), "", "", "", ""]
    for column in money_columns:
        letter = get_column_letter(column)
        sums.append(f"=SUM({letter}{first}:{letter}{last})" if data.rows else 0)
    sheet.append(sums)
    sum_row = sheet.max_row
    for cell in sheet[sum_row]:
        cell.font = Font(bold=True)
    for column in money_columns:
        sheet.cell(sum_row, column).number_format = MONEY_FORMAT
    sheet.append([])
    for line in data.thresholds.lines():
        sheet.append([line])
    warning = data.thresholds.warning()
    if warning:
        sheet.append([warning])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="8E1B1B")
    widths = [14, 16, 11, 12, 34] + [14] * (len(names) - 5)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(first, 1)
    with written_in_place(path) as target:
        book.save(target)


# ---------------------------------------------------------------------------------------------
# PDF


def pdf_bytes(data: RevenueList) -> bytes:
    from meinbuero.printing.revenue_list import ListPage, render_list

    def money(value: Decimal) -> str:
        return format_decimal_de(value, places=2)

    rows = [
        [
            row.number,
            row.kind,
            format_date_de(row.document_date),
            row.customer_number,
            row.customer_name,
            *(money(row.net_by_column.get(key, ZERO)) for key, _ in data.columns),
            money(row.net),
            money(row.tax),
            money(row.gross),
            money(row.paid),
        ]
        for row in data.rows
    ]
    sums = [
        tr("Sum"),
        tr("{count} documents", count=len(data.rows)),
        "",
        "",
        "",
        *(money(data.column_total(key)) for key, _ in data.columns),
        *(money(data.total(name)) for name in ("net", "tax", "gross", "paid")),
    ]
    amounts = len(data.columns) + 4
    fixed = [0.09, 0.09, 0.065, 0.065]
    name_share = 0.2
    amount_share = (1 - sum(fixed) - name_share) / amounts
    page = ListPage(
        title=title(data),
        subtitle=tr("{company} · amounts in €", company=data.company),
        headers=headers(data),
        rows=rows,
        widths=[*fixed, name_share, *([amount_share] * amounts)],
        numeric=frozenset(range(5, 5 + amounts)),
        sums=sums,
        notes=data.thresholds.lines(),
        warning=data.thresholds.warning(),
        page_label=tr("Page {page} of {pages}"),
        author=data.company,
    )
    return render_list(page)


def write_pdf(data: RevenueList, path: Path) -> None:
    content = pdf_bytes(data)
    with written_in_place(path) as target:
        target.write(content)


def export(session: Session, path: Path, date_from: date, date_to: date) -> int:
    """Write the Umsatzliste to ``path`` (.xlsx or .pdf); returns the number of documents.

    Raises:
        Refused: another file type, a period ending before it begins, or the file cannot be
            written.
    """
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise Refused(
            tr("The revenue list is written as .xlsx or .pdf, not as “{suffix}”.", suffix=suffix)
        )
    data = revenue_list(session, date_from, date_to)
    if suffix == ".xlsx":
        write_xlsx(data, path)
    else:
        write_pdf(data, path)
    return len(data.rows)


__all__ = [
    "RevenueList",
    "RevenueRow",
    "Thresholds",
    "export",
    "headers",
    "pdf_bytes",
    "revenue_list",
    "thresholds",
    "write_pdf",
    "write_xlsx",
]
