"""The document store: content-addressed, atomic, safe against any file name."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest

from meinbuero.domain.files import extension_of, format_size_de, safe_file_name
from meinbuero.store.database import Database
from meinbuero.store.documents import DocumentStore, FileTooLarge, company_file_of, store_root


def test_root_is_beside_the_company_file(database: Database) -> None:
    with database.sessions() as session:
        assert company_file_of(session) == database.path
        assert DocumentStore.of(session).root == database.path.with_name("Firma.dokumente")
    assert store_root(Path("/x/Müller GmbH.sqlite")) == Path("/x/Müller GmbH.dokumente")


def test_same_content_is_stored_once_under_its_hash(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "Firma.dokumente")
    content = b"Vertrag\n" * 1000
    first = store.put_bytes(content)
    second = store.put_bytes(content)
    expected = hashlib.sha256(content).hexdigest()
    assert (first.sha256, first.size, first.created) == (expected, len(content), True)
    assert (second.sha256, second.created) == (expected, False)
    path = store.path_of(expected)
    assert path == tmp_path / "Firma.dokumente" / expected[:2] / expected
    assert path.read_bytes() == content
    assert list(store.stored_hashes()) == [expected]
    assert store.temp_files() == []
    # Read-only, so a viewer cannot change it in place.
    assert not path.stat().st_mode & stat.S_IWUSR


def test_a_damaged_copy_is_replaced_when_the_content_comes_again(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "s")
    stored = store.put_bytes(b"original")
    path = store.path_of(stored.sha256)
    path.chmod(0o644)
    path.write_bytes(b"damaged!!")
    assert store.hash_of(stored.sha256) != stored.sha256
    assert store.put_bytes(b"original").created
    assert store.hash_of(stored.sha256) == stored.sha256


def test_too_large_leaves_nothing(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "s")
    with pytest.raises(FileTooLarge, match="größer als 1 MB"):
        store.put_stream(io.BytesIO(b"x" * (1024 * 1024 + 1)), max_size=1024 * 1024, name="a.bin")
    assert list(store.stored_hashes()) == []
    assert store.temp_files() == []


def test_paths_are_never_from_user_input(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "s")
    for bad in ("../../etc/passwd", "ab", "A" * 64, "..\\..\\x"):
        with pytest.raises(ValueError):
            store.path_of(bad)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("..\\..\\x", "Dokument._x"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ('Angebot: 3/4 "final"?.pdf', "Angebot_ 3_4 _final__.pdf"),
        ("Grüße 🎉.docx", "Grüße 🎉.docx"),
        ("...", "Dokument"),
        ("Bericht. ", "Bericht"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_keeps_the_extension_of_long_names() -> None:
    name = safe_file_name("x" * 250 + ".pdf")
    assert name.endswith(".pdf") and len(name) == 120


def test_extension_and_size() -> None:
    assert extension_of("Vertrag.PDF") == "pdf"
    assert extension_of(".bashrc") == ""
    assert extension_of("ohne") == ""
    assert extension_of("a\\b.eml") == "eml"
    assert format_size_de(0) == "0 Bytes"
    assert format_size_de(1536) == "1,5 KB"
    assert format_size_de(1234567) == "1,2 MB"
    assert format_size_de(200 * 1024 * 1024) == "200 MB"


def test_storing_known_content_again_makes_the_file_young(tmp_path: Path) -> None:
    # So that `meinbuero check` does not take it for a stray while its new row is committed.
    store = DocumentStore(tmp_path / "s")
    stored = store.put_bytes(b"again")
    path = store.path_of(stored.sha256)
    os.utime(path, (1, 1))
    assert store.age_seconds(path) > 3600
    assert not store.put_bytes(b"again").created
    assert store.age_seconds(path) < 60
