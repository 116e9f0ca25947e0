"""Where things are: the user's data folder and the files that ship with the program.

The bundled folders (`resources/`, `db/`) sit at the top of a source checkout; an installed wheel
carries them as `meinbuero/_bundled/`, and a PyInstaller bundle keeps the same layout under
`sys._MEIPASS`. One function finds them in all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "meinbuero"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "meinbuero" / "_bundled"
    package = Path(__file__).resolve().parent
    installed = package / "_bundled"
    if installed.is_dir():
        return installed
    return package.parent


def bundled(name: str) -> Path:
    """A folder shipped with the program: ``"resources"`` or ``"db"``."""
    return _bundle_root() / name


def user_data_dir() -> Path:
    """The user's data folder, e.g. ``%LOCALAPPDATA%\\meinbuero`` on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_company_file() -> Path:
    """The company file opened when no other is named."""
    return user_data_dir() / "Firma.sqlite"


def scratch_folder() -> Path:
    """Our own folder for scratch files (made when asked for); what a killed run left in it
    is removed by the next one."""
    folder = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
