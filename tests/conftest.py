"""Shared fixtures: real company files on disk, German messages.

The template company file is migrated once per test session and copied for each test, as the
migration is the slow part.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import keyring
import pytest

from meinbuero import i18n
from meinbuero.store.database import Database, open_company
from tests.mail_server import MailServer, MemoryKeyring, start_server

ROOT = Path(__file__).resolve().parents[1]
# ../shared/testdata beside the checkout; from a worktree (/work/wt/NAME) one level further up.
SHARED_TESTDATA = next(
    (
        folder / "shared" / "testdata"
        for folder in ROOT.parents[:2]
        if (folder / "shared" / "testdata").is_dir()
    ),
    ROOT.parent / "shared" / "testdata",
)


def load_dev() -> ModuleType:
    """installer/dev.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("dev", ROOT / "installer" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev() -> ModuleType:
    return load_dev()


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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for this test (the PC's own is never touched)."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def server() -> Iterator[MailServer]:
    """A real SMTP server on localhost (aiosmtpd), AUTH without TLS."""
    running = start_server()
    yield running
    running.stop()
