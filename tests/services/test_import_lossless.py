"""Issue 12: nothing a user's file holds may be lost.

Each file is written here the way the program it comes from writes it (Outlook's German and
English CSV with its empty dates "0.0.00", Google's CSV, vCard 2.1 with unescaped commas and
quoted-printable soft line breaks, DOS code page text read as Windows-1252), then previewed and
imported into a real company file; what the preview and the report say is compared with what
is stored.
"""

from __future__ import annotations

import base64
import csv
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from meinbuero.services import custom_fields
from meinbuero.services.customers import CustomerInput, get_customer, save_customer
from meinbuero.services.exporting import export_customers
from meinbuero.services.importing import (
    ImportReport,
    Preview,
    RowStatus,
    find_unplaced,
    prepare,
    propose_mapping,
    read_source,
    run_import,
)
from meinbuero.services.importing.layouts import (
    GOOGLE_NEW,
    GOOGLE_OLD,
    OUTLOOK_DE,
    OUTLOOK_EN,
    proposals,
)
from meinbuero.services.importing.readers import MAX_PHOTO_BYTES
from meinbuero.services.importing.values import country_code, guess_field_type
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import Customer, FieldType
from tests.conftest import SHARED_TESTDATA
from tests.services.test_importing import write_xlsx


def run(
    database: Database, path: Path, **options: object
) -> tuple[Preview, ImportReport, list[Customer]]:
    """Preview and import ``path`` with ``options`` of prepare; the customers as stored."""
    table = read_source(path)
    with database.sessions.begin() as session:
        layout, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets, layout=layout, **options)  # type: ignore[arg-type]
        report = run_import(session, preview)
    with database.sessions() as session:
        stored = [get_customer(session, i) for i in dict.fromkeys(report.customer_ids)]
        for customer in stored:
            _ = [customer.groups, customer.contact_persons]  # loaded before the session ends
        session.expunge_all()
    return preview, report, stored


def outlook_csv(path: Path, layout: dict[str, str], rows: list[dict[str, str]]) -> Path:
    """As Outlook's "Export to a file > comma separated values" writes it: every value quoted,
    commas, CRLF, Windows-1252, every column of its layout, empty dates as 0.0.00 (0/0/00)."""
    headers = list(layout)
    empty_date = "0.0.00" if "Geburtstag" in layout else "0/0/00"
    dates = {"Geburtstag", "Jahrestag", "Birthday", "Anniversary"}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(h, empty_date if h in dates else "") for h in headers])
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


# --- 1. a value that cannot be read costs only itself; 2. categories; 4. positions -----------


def test_outlook_german_empty_dates_categories_positions(
    database: Database, tmp_path: Path
) -> None:
    path = outlook_csv(
        tmp_path / "Kontakte.CSV",
        OUTLOOK_DE,
        [
            {
                "Anrede": "Frau",
                "Vorname": "Eva",
                "Nachname": "Neu",
                "Firma": "Neu AG",
                "Abteilung": "Einkauf",
                "Position": "Leiterin Einkauf",
                "Straße geschäftlich": "Domstraße 1",
                "Ort geschäftlich": "Köln",
                "Postleitzahl geschäftlich": "50667",
                "Land/Region geschäftlich": "Deutschland",
                "Telefon geschäftlich": "0221 123456",
                "Telefon geschäftlich 2": "0221 654321",
                "Kategorien": "Kunden;VIP",
                "E-Mail-Adresse": "eva@neu.de",
                "E-Mail-Typ": "SMTP",
                "Notizen": "Sprechzeiten: Mo 8–12, 15–18",
                "Priorität": "Normal",
                "Vertraulichkeit": "Normal",
                "Privat": "Aus",
            },
            {
                "Vorname": "Max",
                "Nachname": "Muster",
                "Position": "Architekt",
                "Abteilung": "Planung",
                "Straße privat": "Ring 2",
                "Ort privat": "Bonn",
                "Postleitzahl privat": "53111",
                "Geburtstag": "16.4.1980",
                "Kategorien": "Privat",
                "Priorität": "Normal",
            },
            {"Vorname": "Ida", "Nachname": "Irrtum", "Geburtstag": "31.2.1980"},
        ],
    )
    preview, report, (eva, max_, ida) = run(database, path)
    assert preview.layout is not None and preview.layout.key == "outlook_de"
    # 0.0.00 is no date: no row refused, nothing left out for it
    assert [row.status for row in preview.rows] == [RowStatus.NEW] * 3
    assert (eva.birthday_day, max_.birthday_day, max_.birthday_month) == (None, 16, 4)
    assert "0.0.00" not in eva.remark
    # an impossible date: the row is taken without it, and preview and report say so
    (omitted,) = preview.omissions
    assert (omitted.line, omitted.field, omitted.value) == (4, "Geburtstag", "31.2.1980")
    assert ida.birthday_day is None
    assert "Zeile 4: übernommen ohne Geburtstag „31.2.1980“" in report.text()
    assert report.omitted == [omitted] and report.imported == 3
    # the categories become customer groups, offered in the preview, made by the import
    assert preview.new_groups == ["Kunden", "VIP", "Privat"]
    assert [g.name for g in eva.groups] == ["Kunden", "VIP"]
    assert [g.name for g in max_.groups] == ["Privat"]
    # a person at a company: the company, with the person as its contact person
    assert (eva.kind, eva.company_name) == ("company", "Neu AG")
    (person,) = eva.contact_persons
    assert (person.first_name, person.last_name, person.position, person.department) == (
        "Eva",
        "Neu",
        "Leiterin Einkauf",
        "Einkauf",
    )
    # a private person's job, and a second phone number: in the remark, with their names
    assert max_.kind == "person"
    assert max_.remark == "Position: Architekt\nAbteilung: Planung"
    assert eva.remark == "Sprechzeiten: Mo 8–12, 15–18\nTelefon geschäftlich 2: 0221 654321"
    # what has no place is listed as not imported, with its values
    unplaced = {u.header: u for u in preview.unplaced}
    assert set(unplaced) == {"E-Mail-Typ", "Priorität", "Vertraulichkeit", "Privat"}
    assert unplaced["Priorität"].examples == ("Normal",)


def test_outlook_english_empty_dates_and_categories(database: Database, tmp_path: Path) -> None:
    path = outlook_csv(
        tmp_path / "contacts.csv",
        OUTLOOK_EN,
        [
            {
                "First Name": "John",
                "Last Name": "Smith",
                "Company": "Smith Ltd",
                "Job Title": "Buyer",
                "Business Country/Region": "United Kingdom",
                "Categories": "Business;VIP",
                "E-mail Address": "john@smith.example.com",
            },
            {"First Name": "Jane", "Last Name": "Doe", "Birthday": "4/16/1980"},
        ],
    )
    preview, report, (john, jane) = run(database, path)
    assert preview.layout is not None and preview.layout.key == "outlook_en"
    assert report.imported == 2 and report.refused == []
    assert john.birthday_day is None and john.country == "GB"
    assert [g.name for g in john.groups] == ["Business", "VIP"]
    assert john.contact_persons[0].position == "Buyer"
    # "4/16/1980" is no date the program reads: taken without, and said
    assert [(o.field, o.value) for o in preview.omissions] == [("Geburtstag", "4/16/1980")]
    assert jane.birthday_day is None


def test_refusing_unreadable_values_is_a_choice(database: Database, tmp_path: Path) -> None:
    path = outlook_csv(
        tmp_path / "Kontakte.CSV",
        OUTLOOK_DE,
        [
            {"Vorname": "Ida", "Nachname": "Irrtum", "Geburtstag": "31.2.1980"},
            {"Vorname": "Gut", "Nachname": "Gemacht"},
        ],
    )
    preview, report, stored = run(database, path, refuse_unreadable=True)
    assert [row.status for row in preview.rows] == [RowStatus.REFUSED, RowStatus.NEW]
    assert preview.omissions == []
    assert [c.last_name for c in stored] == ["Gemacht"] and report.refused_rows == 1


def google_csv(path: Path, layout: dict[str, str], row: dict[str, str]) -> Path:
    """As Google Contacts exports "Google CSV": every column of its layout, UTF-8, commas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(layout))
    writer.writerow([row.get(h, "") for h in layout])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_google_csv_labels_and_group_membership(database: Database, tmp_path: Path) -> None:
    # Google Contacts' "Google CSV" (today's) and its older format, UTF-8, commas
    new = google_csv(
        tmp_path / "contacts.csv",
        GOOGLE_NEW,
        {
            "First Name": "Anna",
            "Middle Name": "Maria",
            "Last Name": "Berg",
            "Organization Title": "Lehrerin",
            "Labels": "* myContacts ::: Eltern ::: * starred",
            "E-mail 1 - Label": "* Home",
            "E-mail 1 - Value": "anna@berg.de",
            "E-mail 2 - Label": "Work",
            "E-mail 2 - Value": "a.berg@schule.de",
            "Phone 1 - Label": "Mobile",
            "Phone 1 - Value": "0170 1234567",
            "Address 1 - Street": "Weg 3",
            "Address 1 - City": "Ulm",
            "Address 1 - Postal Code": "89073",
            "Address 1 - Country": "Germany",
            "Notes": "Mag Kaffee, schwarz",
        },
    )
    preview, _, (anna,) = run(database, new)
    assert preview.layout is not None and preview.layout.key == "google_new"
    assert [g.name for g in anna.groups] == ["Eltern"]  # Google's own groups left out
    assert anna.remark == (
        "Mag Kaffee, schwarz\nMiddle Name: Maria\nE-mail 2 - Value: a.berg@schule.de\n"
        "Position: Lehrerin"
    )
    old = google_csv(
        tmp_path / "google.csv",
        GOOGLE_OLD,
        {
            "Name": "Otto Alt",
            "Given Name": "Otto",
            "Family Name": "Alt",
            "Group Membership": "* myContacts ::: Freunde ::: Kunden",
            "E-mail 1 - Type": "* Home",
            "E-mail 1 - Value": "otto@alt.de",
        },
    )
    preview, _, (otto,) = run(database, old)
    assert preview.layout is not None and preview.layout.key == "google_old"
    assert [g.name for g in otto.groups] == ["Freunde", "Kunden"]


# --- 3. vCard 2.1 ----------------------------------------------------------------------------

VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N:Sommer;Paul\r\n"
    "FN:Paul Sommer\r\n"
    "ORG:Bau, Holz & Co. KG;Einkauf, Nord\r\n"
    "TITLE:Leiter Einkauf, Vertrieb\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Sprechzeiten: Mo 8=E2=80=9312, 15=E2=80=93=\r\n"
    "18 Uhr; Sa nach Vereinbarung=0D=0AGr=C3=\r\n"
    "=BC=C3=9Fe an die Familie\r\n"
    "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Stra=C3=9Fe 1, Hinterhaus;K=C3=\r\n"
    "=B6ln;;50667;Deutschland\r\n"
    "TEL;WORK;VOICE:0221 123456\r\n"
    "TEL;WORK;VOICE:0221 123457\r\n"
    "CATEGORIES:Kunden;Messe 2024\r\n"
    "EMAIL;PREF;INTERNET:paul@bau-holz.de\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N:Winter;Wilma\r\n"
    "TITLE:Ärztin, Chirurgie\r\n"
    "LABEL;HOME;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Lindenallee 4=0D=0A10115 Berlin\r\n"
    "END:VCARD\r\n"
)


def test_vcard_21_commas_semicolons_and_soft_breaks_kept(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "Kontakte.vcf"
    path.write_bytes(VCARD_21.encode("utf-8"))
    preview, report, (paul, wilma) = run(database, path)
    assert report.refused == [] and report.omitted == []
    assert paul.company_name == "Bau, Holz & Co. KG"
    assert paul.remark.startswith(
        "Sprechzeiten: Mo 8–12, 15–18 Uhr; Sa nach Vereinbarung\nGrüße an die Familie"
    )
    assert "TEL 2: 0221 123457" in paul.remark  # a second number kept, with its name
    assert (paul.street, paul.postcode, paul.city) == ("Straße 1, Hinterhaus", "50667", "Köln")
    (person,) = paul.contact_persons
    assert (person.position, person.department) == ("Leiter Einkauf, Vertrieb", "Einkauf, Nord")
    assert [g.name for g in paul.groups] == ["Kunden", "Messe 2024"]
    # a private person: the job in the remark; the address as one label, split
    assert wilma.kind == "person" and wilma.remark == "Position: Ärztin, Chirurgie"
    assert (wilma.street, wilma.postcode, wilma.city) == ("Lindenallee 4", "10115", "Berlin")
    assert preview.unplaced == []


def test_shared_quoted_printable_vcard_is_whole(database: Database) -> None:
    path = SHARED_TESTDATA / "radicale__vcard-quoted-printable1.vcf"
    if not path.exists():
        pytest.skip(f"shared test data not found: {path}")
    _, _, (customer,) = run(database, path)
    assert customer.website == "http://weibo.com/3094900433?闪闪H红星"


# --- photos -----------------------------------------------------------------------------------


def _photo_card(name: str, size: int) -> str:
    picture = b"\xff\xd8\xff\xe0" + b"\x00" * (size - 6) + b"\xff\xd9"
    data = base64.b64encode(picture).decode("ascii")
    lines = "\r\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{name};\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{lines}\r\nEND:VCARD\r\n"
    )


def test_a_photo_above_the_limit_is_left_out_and_said(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "Fotos.vcf"
    path.write_text(
        _photo_card("Klein", 2000) + _photo_card("Riesig", MAX_PHOTO_BYTES + 1000),
        encoding="utf-8",
    )
    table = read_source(path)
    assert [table.photos[0].content[:2], len(table.photos[0].content)] == [b"\xff\xd8", 2000]
    assert 1 not in table.photos  # the large one not taken …
    assert table.warnings == [  # … and said
        "Karte 2: Das Foto ist größer als 10 MB und wurde nicht übernommen."
    ]
    preview, report, (small, large) = run(database, path)
    assert (small.last_name, large.last_name) == ("Klein", "Riesig")
    assert report.photos == 1 and report.warnings == preview.warnings


# --- 5. columns no field takes -------------------------------------------------------------


def test_unplaced_columns_are_listed_and_become_custom_fields(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Firma;Umsatz;Letzter Besuch;Newsletter;Stufe;Lieblingsessen\n"
        "A GmbH;1.234,50;01.02.2024;ja;Gold;Pizza mit Ananas\n"
        "B GmbH;17;15.03.2024;nein;Silber;Spätzle\n"
        "C GmbH;;;ja;Gold;Maultaschen\n"
        "D GmbH;-3;02.01.2023;nein;Silber;\n",
        encoding="utf-8",
    )
    table = read_source(path)
    with database.sessions.begin() as session:
        _, targets = propose_mapping(session, table)
        unplaced = find_unplaced(table, targets)
        assert [(u.header, u.field_type) for u in unplaced] == [
            ("Umsatz", FieldType.NUMBER),
            ("Letzter Besuch", FieldType.DATE),
            ("Newsletter", FieldType.BOOL),
            ("Stufe", FieldType.CHOICE),
            ("Lieblingsessen", FieldType.TEXT),
        ]
        preview = prepare(session, table, targets, new_fields=[u.column for u in unplaced[:4]])
        assert [u.header for u in preview.unplaced] == ["Lieblingsessen"]  # still listed
        report = run_import(session, preview)
    assert report.new_fields == ["Umsatz", "Letzter Besuch", "Newsletter", "Stufe"]
    with database.sessions() as session:
        defined = {d.label: d for d in custom_fields.defined(session)}
        assert defined["Stufe"].choice_list == ["Gold", "Silber"]
        first = custom_fields.values(session, report.customer_ids[0])
        by_label = {defined_label: first[d.slot] for defined_label, d in defined.items()}
        assert by_label == {
            "Umsatz": "1.234,5",
            "Letzter Besuch": "01.02.2024",
            "Newsletter": "ja",
            "Stufe": "Gold",
        }


def test_at_most_the_free_slots_become_custom_fields(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        for slot in range(1, 20):
            custom_fields.save_definition(session, slot=slot, label=f"F{slot}", field_type="text")
    path = tmp_path / "liste.csv"
    path.write_text("Firma;Eins;Zwei\nA GmbH;1;2\n", encoding="utf-8")
    table = read_source(path)
    with database.sessions() as session:
        _, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets, new_fields=[1, 2])
    assert [(f.slot, f.label) for f in preview.new_fields] == [(20, "Eins")]
    assert [u.header for u in preview.unplaced] == ["Zwei"]
    assert any("Nur 1 individuelle Felder sind frei" in w for w in preview.warnings)


def test_field_type_guesses() -> None:
    assert guess_field_type(["0221 12345", "0228 1"]) == (FieldType.TEXT, [])  # codes
    assert guess_field_type(["2024-01-31", "01.02.2024"])[0] == FieldType.DATE
    assert guess_field_type(["a", "b", "c"])[0] == FieldType.TEXT  # each once: no choice


# --- 6. headers with typos and variants ------------------------------------------------------


def test_headers_with_typos_are_matched_and_the_proposal_is_said(
    database: Database, tmp_path: Path
) -> None:
    headers = [
        "Kundennnummer",
        "Firma",
        "Tel. geschäftlich 2",
        "E-Mail 2",
        "Strasse/Hausnr.",
        "Ort",
    ]
    found = proposals(headers, custom_labels={})
    assert [p.target for p in found] == [
        "customer.number",
        "customer.company_name",
        "customer.remark_labelled",
        "customer.remark_labelled",
        "customer.street",
        "customer.city",
    ]
    assert (found[0].similar_to, found[0].score) == ("Kundennummer", 96)
    assert found[1].similar_to == ""  # the very name: nothing to say
    assert found[2].similar_to == "Telefon geschäftlich 2"  # Outlook's header
    assert found[4].similar_to == ""  # an alias of ours, written out: plain enough
    path = tmp_path / "liste.csv"
    path.write_text(
        ";".join(headers) + "\nK-77;Alt GmbH;0221 2;info2@alt.de;Weg 1;Köln\n", encoding="utf-8"
    )
    _, _, (customer,) = run(database, path)
    assert customer.number == "K-77"  # the user's own number kept
    assert customer.remark == "Tel. geschäftlich 2: 0221 2\nE-Mail 2: info2@alt.de"


# --- 7. DOS code page; country names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Österreich", "AT"),
        ("Oesterreich", "AT"),
        ("Austria", "AT"),
        ("AT", "AT"),
        ("A", "AT"),
        ("Schweiz", "CH"),
        ("CH", "CH"),
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("D", "DE"),
        ("DE", "DE"),
        ("BRD", "DE"),
    ],
)
def test_country_names_and_codes(text: str, code: str) -> None:
    assert country_code(text) == code


def test_dos_text_in_a_workbook_is_repaired_in_the_preview(
    database: Database, tmp_path: Path
) -> None:
    # A DOS file opened in Excel as Windows-1252 and saved: the garbled text is in the cells.
    dos = "Großkopf;Köln;Österreich".encode("cp850").decode("cp1252").split(";")
    assert dos == ["Groákopf", "K”ln", "™sterreich"]
    rows = [
        ["Nachname", "Ort", "Land", "Bemerkung"],
        [*dos, "„Zitat“ bleibt, José auch"],
        ["Straáburger", "Wien", "A", ""],  # "á" inside a word: DOS "ß" here
    ]
    write_xlsx(tmp_path / "dos.xlsx", rows)
    preview, _, (first, second) = run(database, tmp_path / "dos.xlsx")
    assert [(r.line, r.header, r.before, r.after) for r in preview.repairs] == [
        (2, "Nachname", "Groákopf", "Großkopf"),
        (2, "Ort", "K”ln", "Köln"),
        (2, "Land", "™sterreich", "Österreich"),
        (3, "Nachname", "Straáburger", "Straßburger"),
    ]  # "„Zitat“" and "José" are not garbled
    assert (first.last_name, first.city, first.country) == ("Großkopf", "Köln", "AT")
    assert first.remark == "„Zitat“ bleibt, José auch"
    assert (second.last_name, second.country) == ("Straßburger", "AT")
    # not repaired, when so chosen: the garbled country cannot be read, and is said
    preview, _, (kept, _) = run(database, tmp_path / "dos.xlsx", repair=False)
    assert not preview.repair and len(preview.repairs) == 4
    assert kept.last_name == "Groákopf"
    assert [(o.field, o.value) for o in preview.omissions] == [("Land", "™sterreich")]


def test_text_without_sure_signs_is_not_repaired(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "fremd.xlsx", [["Nachname", "Ort"], ["Málaga", "„Zitat“"]])
    preview, _, (customer,) = run(database, path)
    assert preview.repairs == [] and customer.last_name == "Málaga"


def test_a_csv_of_windows_and_dos_lines_is_repaired(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "gemischt.csv"
    path.write_bytes(
        "Nachname;Ort;Land\r\n".encode("cp1252")
        + "Müller;Düsseldorf;Deutschland\r\n".encode("cp1252")
        + "Großkopf;Köln;Österreich\r\n".encode("cp850")
        + "Jürgens;Überlingen;Deutschland\r\n".encode("cp850")
    )
    preview, _, stored = run(database, path)
    assert [(c.last_name, c.city, c.country) for c in stored] == [
        ("Müller", "Düsseldorf", "DE"),
        ("Großkopf", "Köln", "AT"),
        ("Jürgens", "Überlingen", "DE"),
    ]
    # more DOS lines than Windows ones: read as DOS, the Windows line repaired
    assert preview.table.encoding == "cp850"
    assert [(r.line, r.before, r.after) for r in preview.repairs] == [
        (2, "M³ller", "Müller"),
        (2, "D³sseldorf", "Düsseldorf"),
    ]


# --- 8. street with "PLZ Ort"; 9. control characters --------------------------------------------


def test_street_holding_postcode_and_city_is_split(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "adressen.csv"
    path.write_text(
        "Nachname;Straße;PLZ;Ort\n"
        'Eins;"Hauptstr. 5\n50667 Köln";;\n'
        "Zwei;Ringweg 3, A-1010 Wien;;\n"
        'Drei;"Gasse 1\nHinterhaus";12345;Irgendwo\n',
        encoding="utf-8",
    )
    _, _, stored = run(database, path)
    assert [(c.street, c.postcode, c.city, c.country) for c in stored] == [
        ("Hauptstr. 5", "50667", "Köln", "DE"),
        ("Ringweg 3", "1010", "Wien", "AT"),
        ("Gasse 1, Hinterhaus", "12345", "Irgendwo", "DE"),  # postcode given: only joined
    ]


def test_control_characters_are_stripped_line_breaks_kept(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "kaputt.csv"
    path.write_bytes(
        b"Nachname;Ort;Bemerkung\r\n"
        b'M\xc3\xbcl\x00ler\x07;K\xc3\xb6ln\x1b;"erste Zeile\r\nzweite\x0c Zeile"\r\n'
    )
    _, _, (customer,) = run(database, path)
    assert (customer.last_name, customer.city) == ("Müller", "Köln")
    assert customer.remark == "erste Zeile\nzweite Zeile"
    with database.sessions() as session:
        assert customer_ids(session.connection(), ListQuery(text="Müller")) == [customer.id]


# --- 10. the same thing counted everywhere ----------------------------------------------------


def test_counts_agree_and_unchanged_is_unchanged(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(number="K1", company_name="Alt GmbH", city="Bonn"))
        save_customer(session, CustomerInput(number="K2", company_name="Zwei GmbH", city="Ulm"))
    path = tmp_path / "k.csv"
    path.write_text(
        "Kundennummer;Firma;Ort;PLZ\n"
        "K1;Alt GmbH;Bonn;\n"  # nothing new
        "K2;Zwei GmbH;Köln;\n"  # a new city
        ";Neu GmbH;;1\n"  # new, without its postcode
        ";;;12345\n",  # no name: refused, for two reasons? one row
        encoding="utf-8",
    )
    preview, report, stored = run(database, path)
    statuses = [row.status for row in preview.rows]
    assert statuses == [RowStatus.UNCHANGED, RowStatus.UPDATE, RowStatus.NEW, RowStatus.REFUSED]
    assert (report.unchanged, report.updated, report.imported) == (1, 1, 1)
    assert report.refused_rows == preview.count(RowStatus.REFUSED) == 1
    assert len(stored) == 3
    text = report.text()
    assert "Unverändert: 1" in text and "Aktualisiert: 1" in text and "Abgelehnt: 1" in text
    assert preview.counts_text().startswith(
        "Zeilen: 4 – neue Kunden: 1, Aktualisierungen: 1, unverändert: 1,"
    )
    # the preview says what is stored
    with database.sessions() as session:
        cities = dict(session.execute(select(Customer.company_name, Customer.city)).all())
        postcodes = dict(session.execute(select(Customer.company_name, Customer.postcode)).all())
    assert cities == {row.name: row.customer.city for row in preview.rows if row.name}
    assert postcodes["Neu GmbH"] == "" == preview.rows[2].customer.postcode


# --- CSV injection ----------------------------------------------------------------------------


def test_csv_export_neutralises_formulas_and_the_import_takes_them_back(
    database: Database, tmp_path: Path, template_company: Path
) -> None:
    values: dict[str, Any] = {
        "company_name": '=HYPERLINK("http://x";"klick")',
        "city": "@Köln",
        "phone": "+49 221 123456",
        "remark": "-5 Grad\n=1+1",
        "company_addition": "-",
    }
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(number="K1", **values))
        save_customer(session, CustomerInput(number="-5", kind="person", last_name="Minus"))
        export_customers(session, path=tmp_path / "k.csv", format="csv")
    with (tmp_path / "k.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = {row[0]: row for row in csv.reader(file, delimiter=";")}
    cells = rows["K1"]
    assert '\'=HYPERLINK("http://x";"klick")' in cells
    assert "'@Köln" in cells and "'+49 221 123456" in cells
    assert "'-5 Grad\n=1+1" in cells and "'-" in cells
    assert rows["-5"][0] == "-5"  # a plain number is no formula
    # imported into a new company, every value is as it was
    import shutil

    from meinbuero.store.database import open_company

    shutil.copyfile(template_company, tmp_path / "Neu.sqlite")
    fresh = open_company(tmp_path / "Neu.sqlite")
    try:
        _, report, stored = run(fresh, tmp_path / "k.csv")
    finally:
        fresh.close()
    assert report.refused == [] and report.omitted == []
    by_number = {c.number: c for c in stored}
    for name, value in values.items():
        assert getattr(by_number["K1"], name) == value, name
    assert by_number["-5"].last_name == "Minus"
