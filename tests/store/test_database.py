"""Opening company files: what is refused, what is migrated, and that nothing is harmed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from meinbuero.store.database import (
    APPLICATION_ID,
    CompanyFileError,
    head_version,
    open_company,
    read_state,
)
from meinbuero.store.models import Customer, CustomerGroup, NumberRange

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def refused(path: Path, *, create: bool = False) -> str:
    """Open ``path``, expect a refusal, and check the file was not touched."""
    before = digest(path) if path.is_file() else None
    with pytest.raises(CompanyFileError) as caught:
        open_company(path, create=create)
    if before is not None:
        assert digest(path) == before
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's read-only look leaves it empty
    return str(caught.value)


def test_new_file_is_marked_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "Neu.sqlite"
    database = open_company(path, create=True)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    with database.sessions() as session:
        assert [g.name for g in session.scalars(select(CustomerGroup))] == [
            "Kunde",
            "Lieferant",
            "Messekontakt",
            "Interessent",
        ]
        customer_range = session.get(NumberRange, "customer")
        assert customer_range is not None and customer_range.prefix == "K"
    database.close()
    state = read_state(path)
    assert state.application_id == APPLICATION_ID
    assert state.schema_version == head_version() == HEAD


def test_missing_file_is_not_created_unasked(tmp_path: Path) -> None:
    path = tmp_path / "gibtsnicht.sqlite"
    assert "gibt es nicht" in refused(path)
    assert not path.exists()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "Notizen.sqlite"
    path.write_text("Einkaufsliste: Milch, Brot\n", encoding="utf-8")
    assert refused(path, create=True) == (
        "Notizen.sqlite ist keine meinbuero-Firmendatei (es ist keine Datenbank)."
    )


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "fremd.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO customer (name) VALUES ('Fremd')")
    connection.commit()
    connection.close()
    message = refused(path, create=True)
    assert (
        message
        == "fremd.db ist keine meinbuero-Firmendatei (sie gehört zu einem anderen Programm)."
    )
    assert dump(path)[-2:] == ["INSERT INTO \"customer\" VALUES(1,'Fremd');", "COMMIT;"]


def test_other_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "anders.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1234")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert "anderen Programm" in refused(path, create=True)


def test_empty_file_only_with_create(tmp_path: Path) -> None:
    path = tmp_path / "leer.sqlite"
    path.touch()
    assert refused(path) == "leer.sqlite ist eine leere Datei, keine meinbuero-Firmendatei."
    open_company(path, create=True).close()
    assert read_state(path).application_id == APPLICATION_ID


def test_folder_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, create=True) == f"{tmp_path.name} ist ein Ordner, keine Firmendatei."


def test_damaged_file_is_refused_untouched(company_path: Path) -> None:
    data = bytearray(company_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema on page 1 is gone
    company_path.write_bytes(bytes(data))
    assert refused(company_path) == (
        "Die Firmendatei Firma.sqlite ist beschädigt und kann nicht geöffnet werden."
    )


def test_newer_file_is_refused_untouched(company_path: Path) -> None:
    connection = sqlite3.connect(company_path)
    connection.execute(f"PRAGMA user_version = {head_version() + 1}")
    connection.commit()
    connection.close()
    message = refused(company_path)
    assert message.startswith("Firma.sqlite wurde mit einer neueren meinbuero-Version")
    assert "Bitte meinbuero aktualisieren." in message


HEAD = head_version()
NEXT = HEAD + 1


def scripts_with(tmp_path: Path, migration: str) -> Path:
    """Our migrations plus one more (the next number) in a folder of the test's own."""
    scripts = tmp_path / "db"
    shutil.copytree(ROOT / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT:04d}_test.py").write_text(
        '"""test migration"""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        f'revision = "{NEXT:04d}"\n'
        f'down_revision = "{HEAD:04d}"\n'
        "branch_labels = None\n"
        "depends_on = None\n\n"
        "def upgrade():\n" + migration + "\n\ndef downgrade():\n    pass\n"
    )
    return scripts


def scripts_up_to(tmp_path: Path, last: int) -> Path:
    """Our migrations up to number ``last``: a program of an older version."""
    scripts = tmp_path / f"db{last}"
    shutil.copytree(ROOT / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for migration in (scripts / "versions").glob("*.py"):
        if int(migration.name[:4]) > last:
            migration.unlink()
    return scripts


def put_customer(company_path: Path) -> None:
    database = open_company(company_path)
    with database.sessions.begin() as session:
        session.add(Customer(number="K1", company_name="Alt GmbH"))
    database.close()


def test_older_file_is_backed_up_and_migrated(company_path: Path, tmp_path: Path) -> None:
    put_customer(company_path)
    scripts = scripts_with(
        tmp_path,
        "    with op.batch_alter_table('customer') as batch:\n"
        "        batch.add_column(sa.Column('rating', sa.Integer(), nullable=True))\n"
        '    op.execute("UPDATE customer SET rating = 5")',
    )
    database = open_company(company_path, script_location=scripts)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT company_name, rating FROM customer")).all() == [
            ("Alt GmbH", 5)
        ]
    database.close()
    assert read_state(company_path).schema_version == NEXT
    backups = list((tmp_path / "Firma.sqlite.backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith(f"-schema{HEAD}.sqlite")
    assert read_state(backups[0]).schema_version == HEAD
    assert any("Alt GmbH" in line for line in dump(backups[0]))


def test_failing_migration_leaves_the_file_as_it_was(company_path: Path, tmp_path: Path) -> None:
    put_customer(company_path)
    before = dump(company_path)
    scripts = scripts_with(
        tmp_path,
        "    op.create_table('halb', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.execute(\"UPDATE customer SET company_name = 'kaputt'\")\n"
        "    raise RuntimeError('Abbruch in der Mitte')",
    )
    with pytest.raises(CompanyFileError) as caught:
        open_company(company_path, script_location=scripts)
    assert str(caught.value) == (
        "Die Firmendatei Firma.sqlite konnte nicht auf den neuen Stand gebracht werden"
        " (Abbruch in der Mitte). Sie blieb unverändert."
    )
    assert dump(company_path) == before
    assert read_state(company_path).schema_version == HEAD
    # the program still opens it at the version it knows
    open_company(company_path).close()


def test_models_match_the_migrations(database: object, tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: models and migrations describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from meinbuero.store.database import Database
    from meinbuero.store.models import Base
    from meinbuero.store.search import is_search_table

    assert isinstance(database, Database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_object": lambda obj, name, type_, reflected, other: (
                    not (type_ == "table" and is_search_table(name))
                ),
                "compare_type": False,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_head_version_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from meinbuero.store.database import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None and int(head) == head_version()


def test_a_file_of_the_first_version_is_migrated_to_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "Alt.sqlite"
    database = open_company(path, create=True, script_location=scripts_up_to(tmp_path, 1))
    with database.sessions.begin() as session:
        session.add(Customer(number="K1", company_name="Alt GmbH"))
    database.close()
    assert read_state(path).schema_version == 1
    open_company(path).close()
    assert read_state(path).schema_version == HEAD
    connection = sqlite3.connect(path)
    indexes = [r[1] for r in connection.execute("PRAGMA index_list(customer)")]
    connection.close()
    assert "ix_customer_live_sort_key" in indexes
    assert any("Alt GmbH" in line for line in dump(path))
