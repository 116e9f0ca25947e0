"""``meinbuero backup``, ``backup verify|inspect|rotate`` and ``restore``, as a user runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meinbuero.cli import main
from meinbuero.i18n import tr
from meinbuero.services.backup import EXTENSION
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import open_company
from tests.test_cli import assert_one_line_failure, meinbuero


@pytest.fixture
def company(company_path: Path) -> Path:
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            save_customer(session, CustomerInput(company_name="Sicher GmbH"))
    finally:
        database.close()
    return company_path


def names(path: Path) -> list[str]:
    return [r[0] for r in sqlite3.connect(path).execute("SELECT company_name FROM customer")]


def test_backup_verify_restore_as_a_user_runs_them(company: Path, tmp_path: Path) -> None:
    out = tmp_path / "Sicherungen"
    made = meinbuero("backup", "--db", company, "-o", out)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == out and backup.name.endswith(EXTENSION) and backup.is_file()

    verified = meinbuero("backup", "verify", backup)
    assert verified.returncode == 0, verified.stderr
    assert backup.name in verified.stdout

    restored = tmp_path / "Neu.sqlite"
    result = meinbuero("restore", backup, "--db", restored)
    assert result.returncode == 0, result.stderr
    assert names(restored) == ["Sicher GmbH"]

    refused = meinbuero("restore", backup, "--db", restored)
    assert refused.returncode == 1
    assert refused.stdout == "" and refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr


def test_backup_into_the_default_folder_and_a_named_file(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(company)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent == company.with_name("Firma.sqlite.backups")
    target = tmp_path / "genau.meinbuero-backup"
    assert main(["backup", "--db", str(company), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    # not over an existing file
    assert main(["backup", "--db", str(company), "-o", str(target)]) == 1
    assert "genau.meinbuero-backup" in capsys.readouterr().err


def test_password_file(company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    password = tmp_path / "passwort.txt"
    password.write_text("geheim\n", encoding="utf-8")
    wrong = tmp_path / "falsch.txt"
    wrong.write_text("falsch\n", encoding="utf-8")
    target = tmp_path / "zu.meinbuero-backup"
    assert main(["backup", "--db", str(company), "-o", str(target), "--password-file",
                 str(password)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["backup", "verify", str(target), "--password-file", str(wrong)]) == 1
    assert (
        capsys.readouterr().err
        == "meinbuero: "
        + tr("The password for the backup {name} is wrong.", name=target.name)
        + "\n"
    )
    assert main(["backup", "verify", str(target)]) == 1
    assert (
        capsys.readouterr().err
        == "meinbuero: "
        + tr("The backup {name} is protected by a password.", name=target.name)
        + "\n"
    )
    assert main(["backup", "inspect", str(target), "--password-file", str(password)]) == 0
    assert "1" in capsys.readouterr().out
    restored = tmp_path / "Neu.sqlite"
    assert main(["restore", str(target), "--db", str(restored), "--password-file",
                 str(password)]) == 0  # fmt: skip
    assert names(restored) == ["Sicher GmbH"]


def test_restore_with_force_keeps_the_current_file(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "a.meinbuero-backup"
    assert main(["backup", "--db", str(company), "-o", str(backup)]) == 0
    database = open_company(company)
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(company_name="Danach GmbH"))
    database.close()
    assert main(["restore", str(backup), "--db", str(company)]) == 1
    assert sorted(names(company)) == ["Danach GmbH", "Sicher GmbH"]
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(company), "--force"]) == 0
    assert names(company) == ["Sicher GmbH"]
    kept = list(company.with_name("Firma.sqlite.backups").iterdir())
    assert len(kept) == 1 and str(kept[0]) in capsys.readouterr().out


def test_a_damaged_backup_is_one_line_and_exit_1(company: Path, tmp_path: Path) -> None:
    backup = tmp_path / "a.meinbuero-backup"
    assert main(["backup", "--db", str(company), "-o", str(backup)]) == 0
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    expected = tr(
        "The backup {name} is damaged or incomplete and cannot be used.", name=backup.name
    )
    assert_one_line_failure(meinbuero("backup", "verify", backup), expected)
    assert_one_line_failure(meinbuero("restore", backup, "--db", tmp_path / "Neu.sqlite"), expected)
    assert not (tmp_path / "Neu.sqlite").exists()


def test_rotate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for day in range(1, 11):
        (tmp_path / f"Firma 2026-11-{day:02d} 1800{EXTENSION}").write_bytes(b"x")
    (tmp_path / "anderes.txt").write_text("bleibt")
    assert main(["backup", "rotate", str(tmp_path), "--daily", "3", "--weekly", "0",
                 "--monthly", "0"]) == 0  # fmt: skip
    assert len(capsys.readouterr().out.splitlines()) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"Firma 2026-11-{day:02d} 1800{EXTENSION}" for day in (8, 9, 10)
    ] + ["anderes.txt"]
