"""Benchmark of e-invoices: generating, validating and finalising with an e-invoice, beside a plain
PDF finalise (the baseline) in the same run.

    .venv/bin/python tests/benchmarks/bench_einvoice.py [--rounds 10]

Not part of the test run. Measures (median of ``--rounds``):

- finalising with a plain PDF (the baseline: reportlab and the document store);
- generating the XML alone (CII, UBL) of a finalised invoice;
- generating and validating: cold (a new process: the official rules compiled by saxonche, the
  first time in a process) and warm (compiled rules kept);
- finalising with ZUGFeRD (PDF/A-3) and with XRechnung (CII), each made and validated inside:
  the first in a process (cold) and warm. Goal: the whole finalise with validation ≤ 1 s.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from meinbuero.services import sales  # noqa: E402
from meinbuero.services.conditions import ConditionsInput, save_conditions  # noqa: E402
from meinbuero.services.einvoice.cii import cii_xml  # noqa: E402
from meinbuero.services.einvoice.invoice import einvoice_of  # noqa: E402
from meinbuero.services.einvoice.ubl import ubl_xml  # noqa: E402
from meinbuero.services.einvoice.validate import validate_xml  # noqa: E402
from meinbuero.store.database import Database, open_company  # noqa: E402
from tests.sales_data import add_customer, complete_company, invoice_input  # noqa: E402

COLD = """
import sys, time
sys.path.insert(0, {root!r})
from meinbuero.store.database import open_company
from meinbuero.services import sales
from meinbuero.services.einvoice.cii import cii_xml
from meinbuero.services.einvoice.invoice import einvoice_of
from meinbuero.services.einvoice.validate import validate_xml
database = open_company({path!r})
with database.sessions() as session:
    document = sales.get_document(session, {document_id})
    start = time.perf_counter()
    result = validate_xml(cii_xml(einvoice_of(session, document, xrechnung=True)))
    print(time.perf_counter() - start, result.valid)
"""


WARMED = """
import sys, time
sys.path.insert(0, {root!r})
from meinbuero.store.database import open_company
from meinbuero.services import sales
from meinbuero.services.einvoice import send
database = open_company({path!r})
with database.sessions() as session:
    customer_id = sales.get_document(session, {document_id}).customer_id
    send.warm_up_in_background(session, customer_id)
for thread in send._warming:
    thread.join()
start = time.perf_counter()
with database.sessions.begin() as session:
    sales.finalise(session, {document_id})
print(time.perf_counter() - start)
"""


def first_in_new_process(path: Path, document_id: int) -> float:
    """The first finalise of a new process after the window's background warm-up, in ms."""
    script = WARMED.format(root=str(ROOT), path=str(path), document_id=document_id)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return float(out.split()[0]) * 1000


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def drafts(database: Database, fmt: str, count: int) -> list[int]:
    with database.sessions.begin() as session:
        customer_id = add_customer(session)
        save_conditions(
            session,
            ConditionsInput(
                net_days="30", einvoice_format=fmt, leitweg_id="04011000-1234512345-06"
            ),
            customer_id=customer_id,
        )
        return [
            sales.save_draft(session, None, invoice_input(session, customer_id)).id
            for _ in range(count)
        ]


def finalise_ms(database: Database, ids: list[int]) -> list[float]:
    times = []
    for document_id in ids:
        start = time.perf_counter()
        with database.sessions.begin() as session:
            sales.finalise(session, document_id)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    rounds = parser.parse_args().rounds
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Firma.sqlite"
        database = open_company(path, create=True)
        with database.sessions.begin() as session:
            complete_company(session)
        # Cold first: nothing compiled in this process yet.
        zugferd = drafts(database, "zugferd", rounds + 2)
        xrechnung = drafts(database, "xrechnung_cii", rounds + 2)
        warmed_zugferd = first_in_new_process(path, zugferd.pop())
        warmed_xrechnung = first_in_new_process(path, xrechnung.pop())
        plain = drafts(database, "pdf", rounds + 1)
        first_plain = first_in_new_process(path, plain.pop())
        cold_zugferd = finalise_ms(database, zugferd[:1])[0]
        cold_xrechnung = finalise_ms(database, xrechnung[:1])[0]
        rows.append(("finalise, plain PDF, first in a new process (baseline)", first_plain))
        rows.append(
            ("finalise, plain PDF (baseline)", statistics.median(finalise_ms(database, plain)))
        )
        invoice_id = plain[0]
        with database.sessions() as session:
            document = sales.get_document(session, invoice_id)
            rows.append(
                (
                    "generate CII XML alone",
                    median_ms(
                        lambda: cii_xml(einvoice_of(session, document, xrechnung=True)), rounds
                    ),
                )
            )
            rows.append(
                (
                    "generate UBL XML alone",
                    median_ms(
                        lambda: ubl_xml(einvoice_of(session, document, xrechnung=True)), rounds
                    ),
                )
            )
            cold = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    COLD.format(root=str(ROOT), path=str(path), document_id=invoice_id),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            rows.append(
                ("generate + validate XRechnung CII, cold (new process)", float(cold[0]) * 1000)
            )
            rows.append(
                (
                    "generate + validate XRechnung CII, warm",
                    median_ms(
                        lambda: validate_xml(
                            cii_xml(einvoice_of(session, document, xrechnung=True))
                        ),
                        rounds,
                    ),
                )
            )
            rows.append(
                (
                    "generate + validate XRechnung UBL, warm after its first",
                    (
                        validate_xml(ubl_xml(einvoice_of(session, document, xrechnung=True))),
                        median_ms(
                            lambda: validate_xml(
                                ubl_xml(einvoice_of(session, document, xrechnung=True))
                            ),
                            rounds,
                        ),
                    )[1],
                )
            )
        rows.append(("finalise with ZUGFeRD (PDF/A-3, validated), cold", cold_zugferd))
        rows.append(
            (
                "finalise with ZUGFeRD (PDF/A-3, validated), warm",
                statistics.median(finalise_ms(database, zugferd[1:])),
            )
        )
        rows.append(("finalise with ZUGFeRD, first in a new process after warm-up", warmed_zugferd))
        rows.append(("finalise with XRechnung CII (validated), cold", cold_xrechnung))
        rows.append(
            (
                "finalise with XRechnung CII (validated), warm",
                statistics.median(finalise_ms(database, xrechnung[1:])),
            )
        )
        rows.append(
            ("finalise with XRechnung CII, first in a new process after warm-up", warmed_xrechnung)
        )
        database.close()
    print("| what | ms |\n|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
