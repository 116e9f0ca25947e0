"""Shared fixtures: real company files on disk, German messages.

The template company file is migrated once per test session and copied for each test, as the
migration is the slow part.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from meinbuero import i18n
from meinbuero.store.database import Database, open_company

SHARED_TESTDATA = Path(__file__).resolve().parents[2] / "shared" / "testdata"


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    """Messages in German, as the product shows them."""
    i18n.set_language("de")
    yield
    i18n.set_language(None)


@pytest.fixture(scope="session")
def template_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "Vorlage.sqlite"
    open_company(path, create=True).close()
    return path


@pytest.fixture
def company_path(template_company: Path, tmp_path: Path) -> Path:
    """A fresh, migrated, empty company file of this test's own."""
    path = tmp_path / "Firma.sqlite"
    shutil.copyfile(template_company, path)
    return path


@pytest.fixture
def database(company_path: Path) -> Iterator[Database]:
    database = open_company(company_path)
    yield database
    database.close()
