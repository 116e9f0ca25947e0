"""The command line, run as a user runs it: a real process, German messages, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meinbuero import __version__
from meinbuero.services import customers
from meinbuero.store.database import head_version, open_company


def meinbuero(*args: str | Path, lang: str = "de_DE.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, LANGUAGE="")
    return subprocess.run(
        [sys.executable, "-m", "meinbuero", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr == f"meinbuero: {expected}\n"
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = meinbuero("--version")
    assert (result.returncode, result.stdout) == (0, f"meinbuero {__version__}\n")


def test_help_is_german() -> None:
    result = meinbuero("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Aufruf: meinbuero")
    assert "Kunden suchen" in result.stdout


def test_help_in_english_on_an_english_system() -> None:
    result = meinbuero("--help", lang="en_US.UTF-8")
    assert result.stdout.startswith("usage: meinbuero")
    assert "search customers" in result.stdout


def test_new_then_search_and_check(tmp_path: Path) -> None:
    path = tmp_path / "Müller & Söhne.sqlite"
    result = meinbuero("new", "--db", path, "--name", "Müller & Söhne GmbH")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Firma „Müller & Söhne GmbH“ in {path} angelegt.\n"
    database = open_company(path)
    with database.sessions.begin() as session:
        customers.save_customer(
            session,
            customers.CustomerInput(
                kind="person",
                salutation="Frau",
                first_name="Jutta",
                last_name="Müller",
                postcode="50667",
                city="Köln",
                phone="0221 1234567",
                email="jutta@mueller.example",
            ),
        )
    database.close()

    result = meinbuero("search", "--db", path, "Mueller Koln", "--json")
    assert result.returncode == 0, result.stderr
    [found] = json.loads(result.stdout)
    stamp = found.pop("last_processed")
    assert len(stamp) == 16 and stamp[2] == stamp[5] == "." and stamp[13] == ":"
    assert [found] == [
        {
            "id": 1,
            "number": "K10001",
            "name": "Müller, Jutta",
            "postcode": "50667",
            "city": "Köln",
            "phone": "0221 1234567",
            "email": "jutta@mueller.example",
            "groups": "",
            "archived": False,
            "custom": {},
        }
    ]
    table = meinbuero("search", "--db", path, "+49 221 123").stdout.splitlines()
    assert table[0].split() == ["Nr.", "Name", "PLZ", "Ort", "Telefon", "E-Mail"]
    assert table[1].split() == [
        "K10001",
        "Müller,",
        "Jutta",
        "50667",
        "Köln",
        "0221",
        "1234567",
        "jutta@mueller.example",
    ]
    assert meinbuero("search", "--db", path, "Schulz").stdout == (
        "Kein Kunde zu „Schulz“ gefunden.\n"
    )

    check = meinbuero("check", "--db", path)
    assert check.returncode == 0
    assert check.stdout.splitlines()[1:] == [
        f"Datenversion: {head_version()} (aktuell)",
        "Integrität und Verweise: in Ordnung",
        "Suchindex: in Ordnung",
        "Dokumente: 0 Datei(en) geprüft, in Ordnung",
    ]


def test_new_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "da.sqlite"
    path.write_bytes(b"")
    assert_one_line_failure(
        meinbuero("new", "--db", path, "--name", "X"), f"Die Datei {path} gibt es schon."
    )


def test_check_reports_a_broken_search_index(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    assert meinbuero("new", "--db", path, "--name", "F").returncode == 0
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO customer (number, kind, salutation, title, first_name, last_name,"
        " company_name, company_addition, street, postcode, city, country, phone, mobile, fax,"
        " email, invoice_email, website, form_of_address, letter_salutation_override, vat_id,"
        " tax_number, iban, bic, bank_name, account_holder, remark, sort_key, created_at,"
        " last_processed_at) VALUES ('K1', 'company', '', '', '', '', 'Hinten herum GmbH', '',"
        " '', '', '', 'DE', '', '', '', '', '', '', 'Sie', '', '', '', '', '', '', '', '', '',"
        " '2026-01-01', '2026-01-01')"
    )
    connection.commit()
    connection.close()
    result = meinbuero("check", "--db", path)
    assert result.returncode == 3
    assert "Suchindex: 1 Kunden fehlen, 0 Einträge ohne Kunden" in result.stdout


def test_check_refuses_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "bild.sqlite"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert_one_line_failure(
        meinbuero("check", "--db", path),
        "bild.sqlite ist keine meinbuero-Firmendatei (es ist keine Datenbank).",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search",), "diese Angaben fehlen: TEXT (siehe meinbuero --help)"),
        (("suche",), "Argument BEFEHL: ungültige Auswahl: 'suche'"),
        (("demo", "--customers", "viele"), "Argument --customers: ungültiger Wert (int): 'viele'"),
    ],
)
def test_wrong_calls_get_one_german_line(
    args: tuple[str, ...], message: str, tmp_path: Path
) -> None:
    result = (
        meinbuero(*args, "--db", tmp_path / "x.sqlite") if args[0] != "suche" else meinbuero(*args)
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"meinbuero: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_search_in_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nichts.sqlite"
    assert_one_line_failure(
        meinbuero("search", "--db", path, "x"), f"Die Firmendatei {path} gibt es nicht."
    )
    assert not path.exists()


def test_demo_makes_a_searchable_company(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    result = meinbuero("demo", "--db", path, "--customers", "40", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Demofirma in {path} angelegt: 40 Kunden,")
    database = open_company(path)
    with database.sessions() as session:
        assert customers.count_customers(session, include_archived=True) == 40
        anyone = customers.get_customer(session, 1)
    database.close()
    found = json.loads(meinbuero("search", "--db", path, anyone.number, "--json").stdout)
    assert found[0]["number"] == anyone.number
    again = meinbuero("demo", "--db", path, "--customers", "5")
    assert_one_line_failure(
        again,
        "Die Firmendatei enthält bereits Kunden. Eine Demofirma kann nur in einer leeren"
        " Firmendatei angelegt werden.",
    )


def test_db_before_the_command_counts_too(tmp_path: Path) -> None:
    path = tmp_path / "vorne.sqlite"
    assert meinbuero("--db", path, "new", "--name", "Vorne GmbH").returncode == 0
    assert path.exists()
    assert meinbuero("--db", path, "check").returncode == 0


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A company file with a task, a follow-up, an appointment and a birthday."""
    from meinbuero.services import history

    path = tmp_path / "büro.sqlite"
    database = open_company(path, create=True)
    with database.sessions.begin() as session:
        customer = customers.save_customer(
            session,
            customers.CustomerInput(
                kind="person", first_name="Lea", last_name="Lang", birthday="29.02.1980"
            ),
        ).id
        history.add_task(
            session,
            customer_id=customer,
            data=history.TaskInput(subject="Angebot nachfassen", due_on="20.02.2027"),
        )
        history.add_appointment(
            session,
            customer_id=customer,
            data=history.AppointmentInput(
                subject="Beratung", starts_at="01.07.2026 14:30", follow_up_on="24.02.2027"
            ),
        )
    database.close()
    return path


def test_due_prints_the_list_of_a_day(office: Path) -> None:
    result = meinbuero("due", "--db", office, "--date", "2027-02-25", "--days", "7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Datum       Art            Nr.     Kunde      Betreff",
        "20.02.2027  Aufgabe        K10001  Lang, Lea  Angebot nachfassen",
        "24.02.2027  Wiedervorlage  K10001  Lang, Lea  Beratung",
        "28.02.2027  Geburtstag     K10001  Lang, Lea  Lang, Lea (47 Jahre)",
    ]
    assert meinbuero("due", "--db", office, "--date", "2027-02-01", "--days", "3").stdout == (
        "Am 01.02.2027 ist nichts fällig.\n"
    )


def test_due_as_json(office: Path) -> None:
    result = meinbuero("due", "--db", office, "--date", "2028-02-29", "--days", "0", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "reason": "task",
            "day": "2027-02-20",
            "customer_id": 1,
            "customer_number": "K10001",
            "customer_name": "Lang, Lea",
            "subject": "Angebot nachfassen",
            "kind": "task",
            "id": 1,
            "contact_person": "",
            "age": None,
            "overdue": True,
        },
        {
            "reason": "follow_up",
            "day": "2027-02-24",
            "customer_id": 1,
            "customer_number": "K10001",
            "customer_name": "Lang, Lea",
            "subject": "Beratung",
            "kind": "appointment",
            "id": 1,
            "contact_person": "",
            "age": None,
            "overdue": True,
        },
        {
            "reason": "birthday",
            "day": "2028-02-29",
            "customer_id": 1,
            "customer_number": "K10001",
            "customer_name": "Lang, Lea",
            "subject": "Lang, Lea",
            "kind": "customer",
            "id": 1,
            "contact_person": "",
            "age": 48,
            "overdue": False,
        },
    ]


def test_calendar_writes_an_ics_file(office: Path, tmp_path: Path) -> None:
    import icalendar

    out = tmp_path / "termine.ics"
    result = meinbuero("calendar", "--db", office, "-o", out, "--customer", "K10001")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"1 Termine und 1 Aufgaben in {out} geschrieben.\n"
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].to_ical() == b"20260701T143000"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    result = meinbuero(
        "calendar", "--db", office, "-o", out, "--from", "2026-07-02", "--to", "2027-02-19"
    )
    assert result.stdout == f"0 Termine und 0 Aufgaben in {out} geschrieben.\n"


def test_due_and_calendar_fail_in_one_german_line(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    assert_one_line_failure(
        meinbuero("calendar", "--db", office, "-o", out, "--customer", "K99"),
        "Nicht gefunden: Kundennummer K99",
    )
    assert_one_line_failure(
        meinbuero(
            "calendar", "--db", office, "-o", out, "--from", "2027-01-02", "--to", "2027-01-01"
        ),
        "--to liegt vor --from. (siehe meinbuero --help)",
    )
    assert not out.exists()
    assert_one_line_failure(
        meinbuero("due", "--db", office, "--date", "25.02.2027"),
        "Argument --date: „25.02.2027“ ist kein Datum (JJJJ-MM-TT). (siehe meinbuero --help)",
    )
    assert_one_line_failure(
        meinbuero("due", "--db", office, "--days", "-1"),
        "Die Anzahl der Tage kann nicht negativ sein. (siehe meinbuero --help)",
    )
    missing = tmp_path / "fehlt.sqlite"
    assert_one_line_failure(
        meinbuero("due", "--db", missing), f"Die Firmendatei {missing} gibt es nicht."
    )
