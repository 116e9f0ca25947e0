"""Every message of the core has a finished German translation with the same placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from meinbuero import i18n

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{(\w+)\}|%\((\w+)\)[sr]|%[sr]")


def test_every_core_string_is_translated(dev: ModuleType) -> None:
    strings = {text for text, _, _ in dev.core_strings()}
    assert len(strings) > 100
    german = i18n.catalog("de")
    missing = sorted(s for s in strings if not german.get(s))
    assert missing == []


def test_placeholders_survive_translation() -> None:
    wrong = [
        (source, text)
        for source, text in i18n.catalog("de").items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert wrong == []


def test_no_unfinished_or_vanished_entries() -> None:
    root = ET.parse(ROOT / "resources" / "translations" / "core_de.ts").getroot()
    states = [m.find("translation").get("type") for m in root.iter("message")]  # type: ignore[union-attr]
    assert [s for s in states if s is not None] == []


def test_tr_translates_and_fills_in() -> None:
    i18n.set_language("de")
    assert i18n.tr("The customer number {number} is taken.", number="K1") == (
        "Die Kundennummer K1 ist schon vergeben."
    )
    i18n.set_language("en")
    assert i18n.tr("The customer number {number} is taken.", number="K1") == (
        "The customer number K1 is taken."
    )


def test_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert i18n.system_language() == "de"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.system_language() == "de"
