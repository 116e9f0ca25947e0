"""A process that dies while finalising leaves the draft, never a number without its PDF.

The process is a real one, ended with ``os._exit`` (no cleanup, no rollback, as a kill or a
power cut would) at the worst moment: after the PDF was written and synced into the document
store and the rows were flushed, before the commit. The random kills at any moment, and two
processes racing for numbers, are in tests/benchmarks/crash_finalise.py (slow).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from meinbuero.services import sales
from meinbuero.store.database import Database
from meinbuero.store.documents import DocumentStore, store_root
from meinbuero.store.models import Document, NumberRange
from tests.sales_data import add_customer, complete_company, invoice_input

ROOT = Path(__file__).resolve().parents[2]

DIE_BEFORE_COMMIT = """
import os, sys
from meinbuero.services import documents, sales
from meinbuero.store.database import open_company

filed = documents.add_document_bytes

def file_then_die(session, **kwargs):
    document = filed(session, **kwargs)
    session.flush()
    os._exit(9)

documents.add_document_bytes = file_then_die
database = open_company(sys.argv[1])
with database.sessions.begin() as session:
    sales.finalise(session, int(sys.argv[2]))
"""


def draft(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session)
        return sales.save_draft(session, None, invoice_input(session, customer_id)).id


def test_dying_before_the_commit_leaves_the_draft_and_no_number(database: Database) -> None:
    document_id = draft(database)
    database.close()
    died = subprocess.run(
        [sys.executable, "-c", DIE_BEFORE_COMMIT, str(database.path), str(document_id)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert died.returncode == 9, died.stderr
    store = DocumentStore(store_root(database.path))
    stray = list(store.stored_hashes())
    assert len(stray) == 1  # the PDF was on disk before the commit that never came
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert (document.number, document.status, document.pdf_document_id) == (
            None,
            "draft",
            None,
        )
        assert session.scalar(select(func.count(Document.id))) == 0
        assert session.get(NumberRange, "invoice").next_number == 1  # type: ignore[union-attr]
    # The draft is finalised afterwards with the number the dead process did not keep.
    with database.sessions.begin() as session:
        assert sales.finalise(session, document_id).number == "RE-2026-0001"
