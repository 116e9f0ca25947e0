"""Reading files to import into a table: the shape of the rows, line numbers, warnings."""

from __future__ import annotations

import gc
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from meinbuero.services.importing import ImportFailed, read_source
from meinbuero.services.importing.values import looks_garbled, rows_look_garbled

GARBLED = "verstümmelt"


def test_csv_rows_are_stripped_padded_and_numbered_by_line(tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text(
        'Name;Ort;PLZ\n"Müller ";  Köln;01067\n\nSchmidt;Berlin\n'
        '"Zwei\nZeilen";Bonn;53111;mehr\n;;\nWeber;Essen;45127',
        encoding="utf-8",
    )
    table = read_source(path)
    assert table.headers == ["Name", "Ort", "PLZ", ""]
    assert table.rows == [
        ["Müller", "Köln", "01067", ""],
        ["Schmidt", "Berlin", "", ""],
        ["Zwei\nZeilen", "Bonn", "53111", "mehr"],
        ["Weber", "Essen", "45127", ""],
    ]
    # the line a row starts on, past the empty ones and the value with a line break
    assert table.line_numbers == [2, 4, 5, 8]
    assert table.warnings == []


def test_csv_rows_of_one_line_each_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    path.write_bytes(b"Name,Ort\r\nA,B\r\n,\r\nC,D\r\n")
    table = read_source(path)
    assert (table.delimiter, table.rows, table.line_numbers) == (
        ",",
        [["A", "B"], ["C", "D"]],
        [2, 4],
    )


def test_xlsx_cells_become_german_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", " Datum ", "Zahl", "Ja/Nein", None, "Zeit"])
    sheet.append([" Müller ", date(2020, 2, 1), 1234.5, True, None, time(12, 30)])
    sheet.append([None] * 6)
    sheet.append(["Weber", datetime(2021, 3, 4, 5, 6), 12345.0, False, "x", None])
    sheet["H5"] = "weit"
    path = tmp_path / "kunden.xlsx"
    workbook.save(path)

    table = read_source(path)
    assert table.headers == ["Name", "Datum", "Zahl", "Ja/Nein", "", "Zeit", "", ""]
    assert table.rows == [
        ["Müller", "01.02.2020", "1.234,5", "ja", "", "12:30:00", "", ""],
        ["Weber", "04.03.2021", "12345", "nein", "x", "", "", ""],
        ["", "", "", "", "", "", "", "weit"],
    ]
    assert table.line_numbers == [2, 4, 5]
    assert gc.isenabled()  # the collector, paused while reading, runs again


def test_a_damaged_file_leaves_the_collector_running(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFailed):
        read_source(path)
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("Name;Ort\nJÃ¼rgen;Köln\n", True),  # UTF-8 read as Windows-1252
        ("Name;Ort\nM\x84ller;K\x94ln\n", True),  # DOS code page 850 read as Windows-1252
        ("Name;Ort\nJürgen;Köln\n", False),
        ("Name;Ort\nGÃ;¤rtner\n", False),  # the two halves of a mark in two values
        ("NÃ¤me;Ort\nJürgen;Köln\n", False),  # only the header: not a value to import
        ("Name;Ort\nJürgen;Köln\n" * 12_000 + "Ende;MÃ¶lln\n", True),  # in a later chunk
    ],
)
def test_garbled_values_are_warned_of(tmp_path: Path, text: str, garbled: bool) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text(text, encoding="utf-8")
    table = read_source(path)
    assert any(GARBLED in warning for warning in table.warnings) == garbled


def test_garbled_marks() -> None:
    assert looks_garbled("GrÃ¶ÃŸe") and looks_garbled("Stra\xe1e")
    assert not looks_garbled("Größe") and not looks_garbled("Ã")
    assert rows_look_garbled([["a", "b"], ["c", "KÃ¶ln"]])
    assert not rows_look_garbled([["a", "Ã"], ["¤", "b"]])
    assert not rows_look_garbled([])
