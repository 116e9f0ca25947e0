"""Price lists read and written: real xlsx and CSV files, a real company file."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.i18n import tr
from meinbuero.services import articles
from meinbuero.services.article_exchange import (
    export_articles,
    import_price_list,
    read_price_list,
    recognise_columns,
)
from meinbuero.services.errors import Refused
from meinbuero.services.importing.readers import ImportFailed
from meinbuero.store.database import Database
from meinbuero.store.models import Article


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.sessions.begin() as session:
        yield session


def xlsx(path: Path, rows: list[list[object]], *, percent_column: int | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if percent_column is not None:
        for cells in sheet.iter_rows(min_row=2, min_col=percent_column, max_col=percent_column):
            for cell in cells:
                cell.number_format = "0%"
    workbook.save(path)
    return path


def add(session: Session, number: str, name: str, price: str, rate: str = "19") -> int:
    return articles.save_article(
        session,
        None,
        articles.ArticleInput(number=number, name=name, unit_price=price, vat_rate=rate),
    )


def by_number(session: Session) -> dict[str, Article]:
    return {a.number: a for a in session.scalars(select(Article))}


def test_columns_by_german_and_english_headers() -> None:
    assert recognise_columns(
        ["Art.-Nr.", "Artikel", "Beschreibung", "ME", "VK netto (€)", "MwSt %", "Warengruppe"]
    ) == {
        "number": 0,
        "name": 1,
        "description": 2,
        "unit": 3,
        "unit_price": 4,
        "vat_rate": 5,
        "group": 6,
    }
    assert recognise_columns(["SKU", "Name", "Unit", "Price", "VAT", "Category", "Farbe"]) == {
        "number": 0,
        "name": 1,
        "unit": 2,
        "unit_price": 3,
        "vat_rate": 4,
        "group": 5,
    }
    assert recognise_columns(["Nummer", "Bezeichnung", "Einzelpreis", "Steuersatz"]) == {
        "number": 0,
        "name": 1,
        "unit_price": 2,
        "vat_rate": 3,
    }


def test_excel_price_list_new_and_updated(session: Session, tmp_path: Path) -> None:
    add(session, "A1001", "Beratung", "90")
    add(session, "A1002", "Kabel", "1,80")
    path = xlsx(
        tmp_path / "Preisliste.xlsx",
        [
            ["Artikelnummer", "Bezeichnung", "Einheit", "Nettopreis", "USt", "Warengruppe"],
            ["A1001", "Beratung", "Std.", 95, 0.19, "Dienstleistung"],  # Excel percent
            ["A1002", "Kabel", "Stk", 1.8, 0.19, ""],  # unchanged
            ["", "Teppichboden", "m²", "1.234,50", "19 %", "Boden"],
            ["B7", "Fachbuch", "Stück", 39.9, 7, "Bücher"],
        ],
        percent_column=5,
    )
    preview = read_price_list(path, session=session)
    assert preview.refused == []
    assert [row.line for row in preview.updated] == [2]
    assert [row.line for row in preview.new] == [4, 5]
    assert preview.unchanged == 1
    counts = import_price_list(session, preview)
    assert (counts.new, counts.updated) == (2, 1)
    found = by_number(session)
    assert (found["A1001"].unit, found["A1001"].unit_price) == ("HUR", Decimal("95"))
    assert found["A1001"].article_group == "Dienstleistung"
    assert found["A1002"].article_group == ""
    carpet = next(a for a in found.values() if a.name == "Teppichboden")
    assert (carpet.unit, carpet.unit_price, carpet.vat_rate) == (
        "MTK",
        Decimal("1234.5"),
        Decimal(19),
    )
    assert carpet.number  # numbered from the range
    book = found["B7"]
    assert (book.unit, book.unit_price, book.vat_rate, book.article_group) == (
        "C62",
        Decimal("39.9"),
        Decimal(7),
        "Bücher",
    )


def test_a_partial_list_changes_only_its_columns(session: Session, tmp_path: Path) -> None:
    article_id = add(session, "A1001", "Beratung", "90", "19")
    session.get_one(Article, article_id).description = "vor Ort"
    path = tmp_path / "Preise.csv"
    path.write_text("Art.-Nr.;Preis\nA1001;99,50\n", encoding="cp1252")
    preview = read_price_list(path, session=session)
    import_price_list(session, preview)
    article = session.get_one(Article, article_id)
    assert (article.name, article.description, article.unit_price, article.vat_rate) == (
        "Beratung",
        "vor Ort",
        Decimal("99.5"),
        Decimal(19),
    )


def test_refused_rows_name_row_column_and_reason(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "Fehler.csv"
    path.write_text(
        "Nummer,Name,Einheit,Preis,MwSt\n"
        'X1,Gut,Stk,"1,00",19\n'
        'X2,,Stk,"2,00",19\n'
        'X3,Eimer,Eimer,"3,00",19\n'
        "X4,Teuer,Stk,viel,19\n"
        "X5,Steuer,Stk,1,120\n"
        "X1,Doppelt,Stk,1,19\n",
        encoding="utf-8",
    )
    preview = read_price_list(path, session=session)
    assert [(r.line, r.column) for r in preview.refused] == [
        (3, "Name"),
        (4, "Einheit"),
        (5, "Preis"),
        (6, "MwSt"),
        (7, "Nummer"),
    ]
    assert [r.value for r in preview.refused] == ["", "Eimer", "viel", "120", "X1"]
    assert preview.refused[1].reason == tr(
        "“{value}” is not a unit the program knows.", value="Eimer"
    )
    assert preview.refused[4].text() == tr(
        "Row {line}, column “{column}”: {reason}",
        line=7,
        column="Nummer",
        reason=tr("The article number {number} was in row {line} already.", number="X1", line=2),
    )
    assert [row.line for row in preview.new] == [2]


def test_a_file_without_article_columns_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "Kunden.csv"
    path.write_text("Firma;Ort\nMüller;Köln\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"Kunden\.csv"):
        read_price_list(path, session=session)
    other = tmp_path / "Liste.vcf"
    other.write_text("BEGIN:VCARD\nEND:VCARD\n", encoding="utf-8")
    with pytest.raises(ImportFailed):
        read_price_list(other, session=session)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_reads_back_the_same(session: Session, tmp_path: Path, fmt: str) -> None:
    add(session, "A1001", "Beratung „Netz“", "95", "19")
    add(session, "A1002", "=Formel?", "0,1234", "7")
    article = session.get_one(Article, add(session, "A1003", "Teppich", "24,90", "19"))
    article.unit, article.article_group, article.description = "MTK", "Boden", "verlegt\nmit Kleber"
    archived = add(session, "A1004", "Alt", "1")
    articles.archive_article(session, archived)
    before = {
        a.number: (a.name, a.description, a.unit, a.unit_price, a.vat_rate, a.article_group)
        for a in session.scalars(select(Article))
    }
    path = tmp_path / f"Artikel.{fmt}"
    assert export_articles(session, path, fmt=fmt) == 3  # type: ignore[arg-type]
    if fmt == "xlsx":
        sheet = load_workbook(path).active
        assert sheet is not None
        header = [c.value for c in next(sheet.iter_rows(max_row=1))]
        assert header == [
            "Artikelnummer",
            "Bezeichnung",
            "Beschreibung",
            "Einheit",
            "Nettopreis",
            "USt-Satz",
            "Artikelgruppe",
        ]
    else:
        assert path.read_bytes().startswith(b"\xef\xbb\xbfArtikelnummer;Bezeichnung;")
    preview = read_price_list(path, session=session)
    assert (len(preview.new), len(preview.updated), preview.unchanged) == (0, 0, 3)
    assert preview.refused == []
    for article in session.scalars(select(Article)):
        if article.number != "A1004":
            article.unit_price += 1
    session.flush()
    preview = read_price_list(path, session=session)
    assert len(preview.updated) == 3
    import_price_list(session, preview)
    after = {
        a.number: (a.name, a.description, a.unit, a.unit_price, a.vat_rate, a.article_group)
        for a in session.scalars(select(Article))
    }
    assert after == before


def test_export_to_a_folder_that_cannot_be_written(session: Session, tmp_path: Path) -> None:
    with pytest.raises(Refused):
        export_articles(session, tmp_path / "fehlt" / "Artikel.xlsx", fmt="xlsx")
    assert not (tmp_path / "fehlt").exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
