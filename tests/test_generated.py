"""Generated files are in step with their sources: the forms with ui/*.ui, the compiled
translations with the .ts files, and the GUI's German translation is complete."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI_TS = ROOT / "resources" / "translations" / "meinbuero_de.ts"


UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui", UI_FILES, ids=[p.name for p in UI_FILES])
def test_form_is_compiled_from_its_ui_file(ui: Path, dev: ModuleType) -> None:
    compiled = ROOT / "meinbuero" / "gui" / "forms" / f"ui_{ui.stem}.py"
    assert compiled.exists(), f"run: python installer/dev.py forms ({ui.name})"
    assert compiled.read_text() == dev.compile_form(ui), (
        f"{compiled.name} is out of date: run python installer/dev.py forms"
    )


def test_every_compiled_form_has_its_ui_file() -> None:
    forms = ROOT / "meinbuero" / "gui" / "forms"
    stems = {p.stem.removeprefix("ui_") for p in forms.glob("ui_*.py")}
    assert stems == {p.stem for p in UI_FILES}


def test_gui_translation_is_complete() -> None:
    root = ET.parse(GUI_TS).getroot()
    messages = list(root.iter("message"))
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_compiled_translation_is_up_to_date(tmp_path: Path, dev: ModuleType) -> None:
    fresh = tmp_path / "meinbuero_de.qm"
    import subprocess

    subprocess.run(
        [str(dev.venv_bin("pyside6-lrelease")), "-silent", str(GUI_TS), "-qm", str(fresh)],
        check=True,
    )
    assert GUI_TS.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        "run: python installer/dev.py translations"
    )


def test_gui_translation_knows_every_string_of_the_sources(tmp_path: Path, dev: ModuleType) -> None:
    """lupdate over the sources adds nothing new to a copy of the .ts file."""
    import shutil
    import subprocess

    copy = tmp_path / "meinbuero_de.ts"
    shutil.copyfile(GUI_TS, copy)
    sources = [
        str(p)
        for p in [
            *(ROOT / "meinbuero" / "gui").rglob("*.py"),
            *UI_FILES,
            ROOT / "meinbuero" / "app.py",
        ]
        if p.exists() and "forms" not in p.relative_to(ROOT).parts
    ]
    subprocess.run(
        [
            str(dev.venv_bin("pyside6-lupdate")),
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    before = {m.findtext("source") for m in ET.parse(GUI_TS).getroot().iter("message")}
    after = {m.findtext("source") for m in ET.parse(copy).getroot().iter("message")}
    assert after - before == set(), "run: python installer/dev.py translations"
