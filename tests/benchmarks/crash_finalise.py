"""Crash and race test of finalising (slow: not part of the test run).

    .venv/bin/python tests/benchmarks/crash_finalise.py [--kills 40] [--racers 2 --each 25]

1. Kills: a process finalises a draft and is killed (SIGKILL) at a random moment during it,
   again and again. After each kill the company file must hold either the draft as it was (no
   number, no PDF) or the complete finalised document whose filed PDF is on disk with the
   SHA-256 its row names; the invoice range must have given exactly as many numbers as there are
   finalised invoices (no gap, no repeat). Stray files of a killed run are removed by the check.
2. Race: ``--racers`` processes finalise ``--each`` drafts each at the same time on one file;
   every number must be given once, consecutively.
Exits non-zero when an invariant is broken; prints what it saw.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORKER = """
import sys
from meinbuero.services import sales
from meinbuero.store.database import open_company
database = open_company(sys.argv[1])
ids = [int(i) for i in sys.argv[2:]]
print("go", flush=True)
for document_id in ids:
    with database.sessions.begin() as session:
        sales.finalise(session, document_id)
print("done", flush=True)
"""


def make_company(path: Path, drafts: int) -> list[int]:
    from meinbuero.services import sales
    from meinbuero.store.database import open_company
    from tests.sales_data import add_customer, complete_company, invoice_input

    database = open_company(path, create=True)
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session)
        ids = [
            sales.save_draft(session, None, invoice_input(session, customer_id)).id
            for _ in range(drafts)
        ]
    database.close()
    return ids


def worker(path: Path, ids: list[int]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(path), *map(str, ids)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def invariants(path: Path) -> tuple[int, int, list[str]]:
    """(finalised, drafts, problems) of the company file as it is now."""
    from sqlalchemy import select

    from meinbuero.services import documents
    from meinbuero.store.database import open_company
    from meinbuero.store.models import DocumentVersion, NumberRange, SalesDocument

    problems: list[str] = []
    database = open_company(path)
    with database.sessions() as session:
        rows = session.scalars(select(SalesDocument).where(SalesDocument.kind == "invoice")).all()
        final = [r for r in rows if r.number is not None]
        for row in rows:
            if row.number is None:
                if row.pdf_document_id is not None or row.status != "draft":
                    problems.append(f"draft {row.id} half finalised")
                continue
            if row.pdf_document_id is None:
                problems.append(f"{row.number} without its PDF")
                continue
            version = session.scalar(
                select(DocumentVersion).where(DocumentVersion.document_id == row.pdf_document_id)
            )
            stored = documents.stored_path(session, row.pdf_document_id)
            if version is None or not stored.exists():
                problems.append(f"{row.number}: PDF file missing")
            elif hashlib.sha256(stored.read_bytes()).hexdigest() != version.sha256:
                problems.append(f"{row.number}: PDF file differs from its hash")
        numbers = sorted(r.number for r in final if r.number)
        expected = [f"RE-2026-{n:04d}" for n in range(1, len(numbers) + 1)]
        if numbers != expected:
            problems.append(f"numbers not gap-free: {numbers[:5]}… vs {expected[:5]}…")
        next_number = session.get(NumberRange, "invoice").next_number  # type: ignore[union-attr]
        if next_number != len(numbers) + 1:
            problems.append(f"range at {next_number} after {len(numbers)} numbers")
    database.close()
    return len(final), len(rows) - len(final), problems


def kills(folder: Path, count: int, rng: random.Random) -> int:
    path = folder / "Kill.sqlite"
    ids = make_company(path, count)
    outcomes = {"finalised": 0, "draft kept": 0}
    broken = 0
    for document_id in ids:
        process = worker(path, [document_id])
        assert process.stdout is not None
        process.stdout.readline()  # "go": imports done, company open
        time.sleep(rng.uniform(0, 0.8))
        process.send_signal(signal.SIGKILL)
        process.wait()
        final, _drafts, problems = invariants(path)
        outcomes["finalised" if final > outcomes["finalised"] else "draft kept"] += 1
        if problems:
            broken += 1
            print("BROKEN after kill:", problems)
    check = subprocess.run(
        [sys.executable, "-m", "meinbuero", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    print(f"kills: {count}, {outcomes}; check exit {check.returncode}: {check.stdout.strip()}")
    return broken


def race(folder: Path, racers: int, each: int) -> int:
    path = folder / "Race.sqlite"
    ids = make_company(path, racers * each)
    processes = [worker(path, ids[i * each : (i + 1) * each]) for i in range(racers)]
    begin = time.perf_counter()
    outputs = [p.communicate()[0] for p in processes]
    seconds = time.perf_counter() - begin
    final, drafts, problems = invariants(path)
    codes = [p.returncode for p in processes]
    print(
        f"race: {racers} processes × {each} invoices in {seconds:.1f} s: {final} finalised, "
        f"{drafts} drafts left, exit codes {codes}, problems {problems or 'none'}"
    )
    if any(codes) or drafts:
        print(outputs)
        return 1
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--racers", type=int, default=2)
    parser.add_argument("--each", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        broken = kills(folder, args.kills, random.Random(args.seed))
        broken += race(folder, args.racers, args.each)
    print("OK" if not broken else f"FAILED ({broken})")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
