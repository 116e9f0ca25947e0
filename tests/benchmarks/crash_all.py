"""Crash test of every write (slow: not part of the test run).

    .venv/bin/python tests/benchmarks/crash_all.py [--kills 12] [--seed 1]

Kills (SIGKILL, at a random moment) a process that imports 3 000 customers, saves customers
in a loop, adds a 20 MB document, makes a backup, and restores one — each ``--kills`` times —
and after every kill checks the company file: SQLite's integrity check, and all-or-nothing:
- import: no customer of the file, or all of them;
- save: every customer's street and city from the same save (``Weg N`` in ``Ort N``);
- document add: no new document, or one whose stored file has the SHA-256 its row names;
- backup: no file under a final backup name, or one that verifies;
- restore: the company as it was, or exactly the backup's (the same dump).
Finalising is killed by ``crash_finalise.py`` (numbers, PDFs). ``meinbuero check`` must pass at
the end of each part (it also removes what a killed run left). Exits non-zero when an invariant
is broken; prints what it saw.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SAVER = """
import sys
from meinbuero.services.customers import customer_inputs, save_customer
from meinbuero.store.database import open_company
database = open_company(sys.argv[1])
with database.sessions() as session:
    ids = list(customer_inputs(session, list(range(1, 201))))
print("go", flush=True)
n = 0
while True:
    n += 1
    with database.sessions.begin() as session:
        forms = customer_inputs(session, ids)
        for customer_id, form in forms.items():
            form.street = f"Weg {n}"
            form.city = f"Ort {n}"
            save_customer(session, form, customer_id=customer_id)
"""


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "meinbuero", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meinbuero", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    rows = [str(r[0]) for r in query(path, "PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def kill_at_random(process: subprocess.Popen[str], rng: random.Random, longest: float) -> None:
    time.sleep(rng.uniform(0.05, longest))
    process.send_signal(signal.SIGKILL)
    process.wait()


class Part:
    def __init__(self, name: str) -> None:
        self.name = name
        self.outcomes: dict[str, int] = {}
        self.broken: list[str] = []

    def saw(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def check(self, path: Path) -> None:
        done = run("check", "--db", str(path))
        if done.returncode != 0:
            self.broken.append(f"check: {done.stdout.strip()} {done.stderr.strip()}")

    def report(self) -> int:
        state = "OK" if not self.broken else f"BROKEN {self.broken[:3]}"
        print(f"{self.name}: {self.outcomes} {state}")
        return len(self.broken)


def company(folder: Path, name: str, customers: int = 0) -> Path:
    path = folder / f"{name}.sqlite"
    done = run("demo", "--db", str(path), "--customers", str(customers), "--sales-years", "0")
    if done.returncode != 0:
        done = run("new", "--db", str(path))
    assert done.returncode == 0, done.stderr
    return path


def part_import(folder: Path, kills: int, rng: random.Random) -> int:
    part = Part("import of 3 000 customers")
    path = company(folder, "Import", 50)
    source = folder / "neu.csv"
    source.write_text(
        "Kundennummer;Firma;Straße;PLZ;Ort\n"
        + "".join(f"N{i};Neu {i} GmbH;Weg {i};50667;Köln\n" for i in range(3000)),
        encoding="utf-8",
    )
    for _ in range(kills):
        before = query(path, "SELECT count(*) FROM customer")[0][0]
        kill_at_random(cli("import", "--db", str(path), str(source)), rng, 12.0)
        after = query(path, "SELECT count(*) FROM customer")[0][0]
        problems = integrity(path)
        if problems:
            part.broken.append(f"integrity: {problems[:2]}")
        if after == before:
            part.saw("nothing")
        elif after == before + 3000:
            part.saw("all")
            query(path, "DELETE FROM customer WHERE number LIKE 'N%'")
        else:
            part.broken.append(f"{after - before} of 3000 imported")
            break
    part.check(path)
    return part.report()


def part_save(folder: Path, kills: int, rng: random.Random) -> int:
    part = Part("saving 200 customers in a loop")
    path = company(folder, "Save", 300)
    for _ in range(kills):
        process = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert process.stdout is not None
        process.stdout.readline()
        before = query(path, "SELECT id, street, city FROM customer WHERE id <= 200")
        kill_at_random(process, rng, 3.0)
        rows = query(path, "SELECT id, street, city FROM customer WHERE id <= 200")
        # Each customer as it was, or street and city from one save (the same N).
        mixed = [
            row
            for row, old in zip(rows, before, strict=True)
            if row != old
            and not (
                str(row[1]).startswith("Weg ")
                and str(row[2]) == "Ort " + str(row[1]).removeprefix("Weg ")
            )
        ]
        if mixed or integrity(path):
            part.broken.append(f"mixed save {mixed[:2]} / {integrity(path)[:1]}")
        part.saw("consistent")
    part.check(path)
    return part.report()


def part_documents(folder: Path, kills: int, rng: random.Random) -> int:
    part = Part("adding a 20 MB document")
    path = company(folder, "Docs", 5)
    number = query(path, "SELECT number FROM customer LIMIT 1")[0][0]
    big = folder / "Plan.pdf"
    big.write_bytes(os.urandom(20 * 1024 * 1024))
    digest = hashlib.sha256(big.read_bytes()).hexdigest()
    for _ in range(kills):
        before = query(path, "SELECT count(*) FROM document")[0][0]
        process = cli("documents", "add", "--db", str(path), "--customer", str(number), str(big))
        kill_at_random(process, rng, 5.0)
        after = query(path, "SELECT count(*) FROM document")[0][0]
        if after == before:
            part.saw("nothing")
            continue
        rows = query(path, "SELECT sha256 FROM document_version ORDER BY id DESC LIMIT 1")
        store = folder / "Docs.sqlite"
        located = list(store.parent.rglob(rows[0][0])) if rows else []
        if after != before + 1 or rows[0][0] != digest or not located:
            part.broken.append(f"document row without its file ({after - before})")
        elif hashlib.sha256(located[0].read_bytes()).hexdigest() != digest:
            part.broken.append("stored file differs from its hash")
        else:
            part.saw("complete")
    part.check(path)
    return part.report()


def part_backup(folder: Path, kills: int, rng: random.Random) -> int:
    part = Part("backup")
    path = company(folder, "Backup", 3000)
    target = folder / "Sicherungen"
    target.mkdir()
    for _ in range(kills):
        kill_at_random(cli("backup", "--db", str(path), "-o", str(target)), rng, 10.0)
        finals = sorted(target.glob("*.meinbuero-backup"))
        for backup in finals:
            if run("backup", "verify", str(backup)).returncode != 0:
                part.broken.append(f"half backup under its final name: {backup.name}")
            backup.unlink()
        part.saw("complete" if finals else "none")
    from meinbuero.services.backup import remove_stale_temp_files

    # What a killed run left carries temporary names only; the next backup removes it once it
    # is stale (here: at once).
    remove_stale_temp_files(target, older_than=0)
    strays = [p.name for p in target.iterdir() if not p.name.endswith(".meinbuero-backup")]
    if strays:
        part.broken.append(f"left over: {strays[:3]}")
    part.check(path)
    return part.report()


def part_restore(folder: Path, kills: int, rng: random.Random) -> int:
    part = Part("restore over the company")
    path = company(folder, "Restore", 2000)
    target = folder / "Restore-Sicherung"
    target.mkdir()
    assert run("backup", "--db", str(path), "-o", str(target)).returncode == 0
    (backup,) = target.glob("*.meinbuero-backup")
    restored_dump: str | None = None
    query(path, "UPDATE customer SET city = 'Vorher' WHERE id <= 10")
    for _ in range(kills):
        before = dump(path)
        kill_at_random(cli("restore", str(backup), "--db", str(path), "--force"), rng, 10.0)
        now = dump(path)
        if integrity(path):
            part.broken.append(f"integrity: {integrity(path)[:2]}")
        if now == before:
            part.saw("as it was")
        else:
            restored_dump = restored_dump or _restored_dump(folder, backup)
            if now == restored_dump:
                part.saw("restored")
                query(path, "UPDATE customer SET city = 'Vorher' WHERE id <= 10")
            else:
                part.broken.append("neither the old company nor the backup")
                break
    part.check(path)
    return part.report()


def _restored_dump(folder: Path, backup: Path) -> str:
    fresh = folder / "Vergleich.sqlite"
    assert run("restore", str(backup), "--db", str(fresh)).returncode == 0
    return dump(fresh)


PARTS: dict[str, Callable[[Path, int, random.Random], int]] = {
    "import": part_import,
    "save": part_save,
    "documents": part_documents,
    "backup": part_backup,
    "restore": part_restore,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=sorted(PARTS), action="append")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rng = random.Random(args.seed)
    broken = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.only or list(PARTS):
            part_folder = Path(scratch) / name
            part_folder.mkdir()
            broken += PARTS[name](part_folder, args.kills, rng)
    print("OK" if not broken else f"FAILED ({broken})")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
