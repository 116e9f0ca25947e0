"""Benchmark of serial letters, beside bare reportlab drawing the same pages.

    .venv/bin/python tests/benchmarks/bench_letters.py [--repeat 5] [--letters 200]

Not part of the test run. Measures, in the same process, in turns:

- ours: :func:`meinbuero.services.letters.serial_letter` on a real company file with
  ``--letters`` customers (each with an address): the placeholders of every letter filled from
  the database, the letters laid out, one PDF — nothing filed;
- ours, printing only: :func:`render_letters` of the same letters, already filled;
- bare: a reportlab ``Canvas`` drawing the same words at the same positions in the same fonts
  (read from our PDF before the clock starts: it pays for no layout, no database).

The median of ``--repeat`` runs counts. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from meinbuero import i18n
from meinbuero.printing.letter import render_letters
from meinbuero.printing.page import register_fonts
from meinbuero.services import letters, templates
from meinbuero.services.customers import CustomerInput, add_customers
from meinbuero.store.database import open_company
from tests.benchmarks.bench_pdf import bare, median_ms, page_contents
from tests.sales_data import complete_company


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args()
    i18n.set_language("de")
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        database = open_company(Path(folder) / "Bench.sqlite", create=True)
        with database.sessions.begin() as session:
            complete_company(session)
            add_customers(
                session,
                [
                    CustomerInput(
                        kind="person",
                        salutation="Frau" if n % 2 else "Herr",
                        first_name=f"Vorname{n}",
                        last_name=f"Nachname{n}",
                        street=f"Lindenweg {n}",
                        postcode="50667",
                        city="Köln",
                        form_of_address="du" if n % 3 == 0 else "Sie",
                    )
                    for n in range(args.letters)
                ],
            )
        with database.sessions() as session:
            template = templates.find_template(
                session, "letter", "Angebot an Bestandskunden (Werbung)"
            )
            data = letters.SerialInput(subject=template.subject, body=template.body)
            ids = list(range(1, args.letters + 1))
            printed = [
                letters.print_letter(
                    session,
                    letters.LetterInput(
                        customer_id=i, subject=data.subject, body=data.body, closing="Grüße"
                    ),
                    draft=False,
                )
                for i in ids
            ]

            def ours() -> object:
                with database.sessions() as inner:
                    return letters.serial_letter(inner, ids, data)

            pdf = render_letters(printed)
            pages = page_contents(pdf)
            rows = [
                ("ours: serial_letter (database + layout)", median_ms(ours, args.repeat)),
                (
                    "ours: render_letters (layout only)",
                    median_ms(lambda: render_letters(printed), args.repeat),
                ),
                ("bare reportlab canvas, same words", median_ms(lambda: bare(pages), args.repeat)),
            ]
        database.close()
    print(f"| {args.letters} letters, {len(pages)} pages | median ms |")
    print("| --- | ---: |")
    for name, value in rows:
        print(f"| {name} | {value:.0f} |")


if __name__ == "__main__":
    main()
