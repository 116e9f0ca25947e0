"""Click to mail or dial on a PC without a program for it: the real check of this PC (pointed at
an empty or a prepared XDG configuration), the German sentence, and no "E-Mail gesendet"."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from meinbuero.gui import handlers
from meinbuero.gui.contact import ContactLauncher
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.store.database import Database
from tests.gui.conftest import UrlCatcher
from tests.gui.test_contact_links import click_link, events
from tests.gui.test_contact_links import customer as customer
from tests.gui.test_contact_links import details as details

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG configuration is Linux's"
)


def xdg_home(root: Path, monkeypatch: pytest.MonkeyPatch, defaults: dict[str, str]) -> None:
    """A user whose XDG configuration sets ``defaults`` (scheme → desktop file) and nothing
    else: no system-wide files are read."""
    config, data = root / "config", root / "data"
    (data / "applications").mkdir(parents=True)
    config.mkdir()
    lines = ["[Default Applications]"]
    for scheme, desktop in defaults.items():
        lines.append(f"x-scheme-handler/{scheme}={desktop}")
        (data / "applications" / desktop).write_text(
            "[Desktop Entry]\nType=Application\nName=Stand-in\nExec=true %u\n"
            f"MimeType=x-scheme-handler/{scheme};\n",
            encoding="utf-8",
        )
    (config / "mimeapps.list").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(root / "none"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(root / "none"))


@linux_only
def test_a_pc_without_a_mail_program_or_dialler_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xdg_home(tmp_path, monkeypatch, {})
    for scheme in ("mailto", "tel", "callto", "sip"):
        assert not handlers.has_program(scheme)
    assert handlers.missing_program("mailto:a@b.de") == (
        "Auf diesem PC ist kein E-Mail-Programm eingerichtet, daher wurde keine Nachricht"
        " begonnen und nichts in der Historie vermerkt. Richten Sie ein Standard-E-Mail-Programm"
        " ein (Windows: Einstellungen > Apps > Standard-Apps) oder kopieren Sie die Adresse mit"
        " der rechten Maustaste."
    )
    assert (handlers.missing_program("tel:+492211234567") or "").startswith(
        "Auf diesem PC ist kein Programm zum Telefonieren eingerichtet"
    )
    assert handlers.missing_program("https://www.roth.de") is None  # browsers are not checked


@linux_only
@pytest.mark.skipif(
    shutil.which("xdg-mime") is None and shutil.which("gio") is None,
    reason="neither xdg-mime nor gio to ask",
)
def test_a_mail_program_set_in_the_xdg_configuration_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xdg_home(tmp_path, monkeypatch, {"mailto": "standin-mail.desktop"})
    assert handlers.has_program("mailto")
    assert handlers.missing_program("mailto:a@b.de") is None
    assert not handlers.has_program("tel")


def test_a_scheme_the_program_handles_itself_has_a_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catch_urls: Callable[..., UrlCatcher]
) -> None:
    xdg_home(tmp_path, monkeypatch, {})
    catch_urls("sip")
    assert handlers.has_program("sip")
    assert handlers.missing_program("sip:+492211234567") is None


@linux_only
def test_no_mail_program_no_e_mail_recorded_and_the_user_is_told(
    details: CustomerDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    xdg_home(tmp_path, monkeypatch, {})
    told: list[str] = []
    started: list[QUrl] = []
    monkeypatch.setattr(ContactLauncher, "report_failure", lambda launcher, text: told.append(text))

    # xdg-open would "succeed" here: the check must come before it.
    def open_url(url: QUrl) -> bool:
        started.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    click_link(details.address_tab.ui.email)
    click_link(details.address_tab.ui.phone)
    assert events(database) == []
    assert started == []
    assert told[0].startswith("Auf diesem PC ist kein E-Mail-Programm eingerichtet")
    assert told[1].startswith("Auf diesem PC ist kein Programm zum Telefonieren eingerichtet")
