"""Price lists: articles from and to Excel (.xlsx) and CSV files.

Reading goes through the customers' import readers (python-calamine for xlsx, CSV with its
encoding and delimiter found): :func:`read_price_list` recognises the columns by their German or
English headers and checks every row as the article dialog would, without writing anything;
:func:`import_price_list` then writes what the preview holds in the caller's one transaction.
A row whose article number exists updates that article (only the columns the file has), every
other row is a new article.

:func:`export_articles` writes the same columns with German headers, so a price list exported,
edited in Excel and read back changes exactly what was edited.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import IO, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.units import unit_code
from meinbuero.domain.values import format_decimal_de, parse_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import articles
from meinbuero.services.errors import InvalidInput
from meinbuero.services.exporting import written_in_place
from meinbuero.services.importing.readers import ImportFailed, SourceTable, read_source
from meinbuero.services.sales_print import UNIT_NAMES
from meinbuero.store.models import Article

Format = Literal["xlsx", "csv"]

FIELDS = ("number", "name", "description", "unit", "unit_price", "vat_rate", "group")
# The headers an export writes. German whatever language the program shows: they are the
# file's format (other programs and the import in any language read them), not user interface.
EXPORT_HEADERS = {
    "number": "Artikelnummer",
    "name": "Bezeichnung",
    "description": "Beschreibung",
    "unit": "Einheit",
    "unit_price": "Nettopreis",
    "vat_rate": "USt-Satz",
    "group": "Artikelgruppe",
}
# Headers as price lists write them, folded by _fold (lower case, letters and digits only,
# anything in brackets dropped): German first, then English.
HEADERS: dict[str, tuple[str, ...]] = {
    "number": (
        "artikelnummer",
        "artnr",
        "artikelnr",
        "nummer",
        "nr",
        "number",
        "articlenumber",
        "itemnumber",
        "itemno",
        "sku",
    ),
    "name": (
        "bezeichnung",
        "artikelbezeichnung",
        "name",
        "artikel",
        "artikelname",
        "kurztext",
        "article",
        "item",
        "itemname",
        "product",
    ),
    "description": ("beschreibung", "langtext", "artikelbeschreibung", "description", "details"),
    "unit": ("einheit", "mengeneinheit", "me", "unit", "uom"),
    "unit_price": (
        "preis",
        "nettopreis",
        "vknetto",
        "einzelpreis",
        "verkaufspreis",
        "vkpreis",
        "price",
        "netprice",
        "unitprice",
    ),
    "vat_rate": (
        "ust",
        "mwst",
        "steuersatz",
        "ustsatz",
        "mwstsatz",
        "umsatzsteuer",
        "vat",
        "vatrate",
        "taxrate",
        "tax",
    ),
    "group": ("artikelgruppe", "warengruppe", "gruppe", "group", "articlegroup", "category"),
}
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
_NOT_WORD = re.compile(r"[^0-9a-zäöüß]+")
# The German unit names the PDF prints (and the export writes) back to their codes.
_PRINTED_UNITS = {name.casefold(): code for code, name in UNIT_NAMES.items()}


def _fold(header: str) -> str:
    return _NOT_WORD.sub("", _BRACKETS.sub("", header.casefold()))


def field_labels() -> dict[str, str]:
    """The fields of an article as messages name them."""
    return articles.labels()


def recognise_columns(headers: list[str]) -> dict[str, int]:
    """Field → index of the column that holds it (the first one whose header fits)."""
    found: dict[str, int] = {}
    lookup = {alias: name for name, aliases in HEADERS.items() for alias in aliases}
    for index, header in enumerate(headers):
        name = lookup.get(_fold(header))
        if name is not None and name not in found:
            found[name] = index
    return found


@dataclass(frozen=True)
class PriceRow:
    """A row of the file, checked: what the article will be (``article_id`` None: a new one)."""

    line: int
    article_id: int | None
    values: articles.ArticleInput


@dataclass(frozen=True)
class RefusedRow:
    line: int
    column: str
    reason: str
    value: str = ""  # the file's text in that cell, as the user sees it in Excel

    def text(self) -> str:
        return tr(
            "Row {line}, column “{column}”: {reason}",
            line=self.line,
            column=self.column,
            reason=self.reason,
        )


@dataclass
class PriceListPreview:
    """What an import of the file would do; nothing is written yet."""

    path: Path
    columns: dict[str, str]  # field → the file's header
    new: list[PriceRow] = field(default_factory=list)
    updated: list[PriceRow] = field(default_factory=list)
    unchanged: int = 0
    refused: list[RefusedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts_text(self) -> str:
        return tr(
            "New: {new}, updated: {updated}, unchanged: {unchanged}, refused: {refused}.",
            new=len(self.new),
            updated=len(self.updated),
            unchanged=self.unchanged,
            refused=len(self.refused),
        )


@dataclass(frozen=True)
class ImportCounts:
    new: int
    updated: int


def _rate_text(text: str, *, column: str) -> str:
    """A VAT rate as the article dialog reads it: "19", "19 %", "7,0"; Excel's percent cells
    (0.19) as 19."""
    rate = parse_decimal_de(text, field=column)
    if rate is None:
        return ""
    if Decimal(0) < rate < Decimal(1):
        rate *= 100
    return format_decimal_de(rate.normalize())


def _unit_text(text: str) -> str:
    typed = text.strip()
    if not typed:
        return ""
    code = _PRINTED_UNITS.get(typed.casefold()) or unit_code(typed)
    return code or typed  # an unknown unit is refused by the check, with the file's text


def _existing(session: Session, numbers: list[str]) -> dict[str, Article]:
    folded = sorted({n.casefold() for n in numbers if n})
    found: dict[str, Article] = {}
    for start in range(0, len(folded), 500):
        block = folded[start : start + 500]
        for article in session.scalars(
            select(Article).where(func.lower(Article.number).in_(block))
        ):
            found[article.number.casefold()] = article
    return found


def read_price_list(path: Path, *, session: Session) -> PriceListPreview:
    """Read and check a price list; raises :class:`ImportFailed` when the file cannot be read
    or has no column the articles need (German message). Nothing is written."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv", ".txt"):
        raise ImportFailed(
            tr(
                "{name}: a price list is read from an Excel workbook (.xlsx) or a CSV file (.csv).",
                name=path.name,
            )
        )
    table = read_source(path)
    return check_price_list(table, session=session)


def check_price_list(table: SourceTable, *, session: Session) -> PriceListPreview:
    columns = recognise_columns(table.headers)
    if "name" not in columns and "number" not in columns:
        raise ImportFailed(
            tr(
                "{name} has no column with the article number or name (e.g. “Artikelnummer”, "
                "“Bezeichnung”). Columns found: {headers}",
                name=table.path.name,
                headers=", ".join(h for h in table.headers if h) or "–",
            )
        )
    headers = {name: table.headers[index] for name, index in columns.items()}
    preview = PriceListPreview(path=table.path, columns=headers, warnings=list(table.warnings))
    labels = field_labels()
    column_of = {labels[name]: headers.get(name, labels[name]) for name in FIELDS}
    field_of = {labels[name]: name for name in FIELDS}
    numbers = [row[columns["number"]].strip() for row in table.rows] if "number" in columns else []
    existing = _existing(session, numbers)
    seen: dict[str, int] = {}
    for row, line in zip(table.rows, table.line_numbers, strict=True):

        def cell(name: str, row: list[str] = row) -> str | None:
            index = columns.get(name)
            return None if index is None else row[index].strip()

        number = cell("number") or ""
        if number:
            earlier = seen.get(number.casefold())
            if earlier is not None:
                preview.refused.append(
                    RefusedRow(
                        line,
                        headers["number"],
                        tr(
                            "The article number {number} was in row {line} already.",
                            number=number,
                            line=earlier,
                        ),
                        number,
                    )
                )
                continue
            seen[number.casefold()] = line
        article = existing.get(number.casefold()) if number else None
        values = (
            articles.ArticleInput.of(article)
            if article is not None
            else articles.ArticleInput(number=number)
        )
        if article is not None:
            values = replace(values, number=article.number)
        changes: dict[str, str] = {}
        for name in ("name", "description", "group"):
            text = cell(name)
            if text is not None and (article is None or text):
                changes[name] = text
        unit = cell("unit")
        if unit:
            changes["unit"] = _unit_text(unit)
        price = cell("unit_price")
        if price:
            changes["unit_price"] = price
        elif price == "" and article is None:
            changes["unit_price"] = ""
        rate = cell("vat_rate")
        try:
            if rate:
                changes["vat_rate"] = _rate_text(rate, column=labels["vat_rate"])
            for name, text in changes.items():
                setattr(values, name, text)
            checked = articles.check_article(values)
        except ValidationError as error:
            preview.refused.append(RefusedRow(line, headers["vat_rate"], error.message, rate or ""))
            continue
        except InvalidInput as error:
            for problem in error.errors:
                name = field_of.get(problem.field, "")
                preview.refused.append(
                    RefusedRow(
                        line,
                        column_of.get(problem.field, problem.field),
                        problem.message,
                        (cell(name) or "") if name else "",
                    )
                )
            continue
        if article is None:
            preview.new.append(PriceRow(line, None, values))
        elif _differs(article, checked):
            preview.updated.append(PriceRow(line, article.id, values))
        else:
            preview.unchanged += 1
    return preview


def _differs(article: Article, checked: articles.CheckedArticle) -> bool:
    return (
        article.name,
        article.description,
        article.unit,
        article.unit_price,
        article.vat_rate,
        article.article_group,
    ) != (
        checked.name,
        checked.description,
        checked.unit,
        checked.unit_price,
        checked.vat_rate,
        checked.group,
    )


def import_price_list(session: Session, preview: PriceListPreview) -> ImportCounts:
    """Write the new and changed articles of a preview, in the caller's transaction.

    The refused rows are left out; a caller that wants all or nothing checks
    ``preview.refused`` first (the command line does).
    """
    for row in preview.updated:
        articles.save_article(session, row.article_id, row.values)
    for row in preview.new:
        articles.save_article(session, None, row.values)
    return ImportCounts(new=len(preview.new), updated=len(preview.updated))


# --- export -------------------------------------------------------------------------------------


def _rows(session: Session, *, archived: bool) -> list[Article]:
    statement = select(Article).order_by(Article.number, Article.id)
    if not archived:
        statement = statement.where(Article.archived_at.is_(None))
    return list(session.scalars(statement))


def _price_text(value: Decimal) -> str:
    places = max(2, -min(0, value.normalize().as_tuple().exponent))  # type: ignore[operator]
    return format_decimal_de(value, places=places)


def _plain(value: Decimal) -> Decimal | int:
    # An integral Decimal would be written as "1E+1" once normalised; an int as "10".
    return int(value) if value == value.to_integral_value() else value.normalize()


def _write_xlsx(target: IO[bytes], rows: list[Article]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from meinbuero.services.exporting import _needs_fix, _xlsx_text

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Artikel")
    sheet.freeze_panes = "A2"
    widths = (16, 40, 50, 10, 14, 10, 20)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for name in FIELDS:
        cell = WriteOnlyCell(sheet, EXPORT_HEADERS[name])
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for article in rows:
        price = WriteOnlyCell(sheet, article.unit_price)
        price.number_format = "#,##0.00##"
        cells: list[object] = [
            article.number,
            article.name,
            article.description or None,
            UNIT_NAMES.get(article.unit, article.unit),
            price,
            _plain(article.vat_rate),
            article.article_group or None,
        ]
        if _needs_fix([cells]):
            cells = _xlsx_text(sheet, cells)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:G{len(rows) + 1}"
    workbook.save(target)


def _write_csv(target: IO[bytes], rows: list[Article]) -> None:
    # Semicolons and UTF-8 with BOM: what a German Excel opens correctly (as the customers' CSV).
    target.write(b"\xef\xbb\xbf")
    text = io.TextIOWrapper(target, encoding="utf-8", newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow([EXPORT_HEADERS[name] for name in FIELDS])
    for article in rows:
        writer.writerow(
            [
                article.number,
                article.name,
                article.description,
                UNIT_NAMES.get(article.unit, article.unit),
                _price_text(article.unit_price),
                format_decimal_de(article.vat_rate.normalize()),
                article.article_group,
            ]
        )
    text.flush()
    text.detach()


def export_articles(session: Session, path: Path, *, fmt: Format, archived: bool = False) -> int:
    """Write the articles (without the archived ones unless ``archived``) to ``path``; returns
    how many. The file is written under a temporary name and moved over ``path`` at the end.

    Raises:
        Refused: The file cannot be written (open in Excel, no permission), German message.
    """
    if fmt not in ("xlsx", "csv"):
        raise ValueError(fmt)
    rows = _rows(session, archived=archived)
    path = Path(path)
    with written_in_place(path) as target:
        if fmt == "xlsx":
            _write_xlsx(target, rows)
        else:
            _write_csv(target, rows)
    return len(rows)
