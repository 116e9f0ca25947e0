"""Is there a program on this PC for an e-mail address or a phone number?

QDesktopServices.openUrl reports success on Linux whenever ``xdg-open`` runs, even when it
finds no program for ``mailto:`` (and Windows' shell may show its "choose an app" box): the
Historie would then get "E-Mail gesendet" for a mail never written. So before a mail or a call
is started, :func:`missing_program` asks the system whether a program is set for the URL's
scheme — Linux: ``xdg-mime query default x-scheme-handler/<scheme>`` (``gio mime`` where
xdg-utils are not installed); Windows: the URL association (``AssocQueryStringW``, else the
registry); macOS: yes (Mail and FaceTime are always there) — and says so when there is none.

A scheme the program handles itself (:func:`set_url_handler`, which also hands it to Qt) always
has a program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

#: The schemes whose program is checked before starting it (browsers and maps are not: a PC
#: without a browser is not one this program runs on).
MAIL_SCHEMES = frozenset({"mailto"})
DIAL_SCHEMES = frozenset({"tel", "callto", "sip"})

_in_program: set[str] = set()


def set_url_handler(scheme: str, receiver: QObject, method: str) -> None:
    """Let ``receiver.method`` open the URLs of ``scheme`` (QDesktopServices.setUrlHandler);
    the scheme then has a program."""
    QDesktopServices.setUrlHandler(scheme, receiver, method)  # type: ignore[arg-type]
    _in_program.add(scheme)


def unset_url_handler(scheme: str) -> None:
    QDesktopServices.unsetUrlHandler(scheme)
    _in_program.discard(scheme)


def has_program(scheme: str) -> bool:
    """Whether a program is set on this PC to open URLs of ``scheme``."""
    scheme = scheme.lower()
    if scheme in _in_program:
        return True
    if sys.platform == "darwin":
        return True
    if sys.platform == "win32":
        return _windows_has_program(scheme)
    return _xdg_has_program(scheme)


def missing_program(url: str) -> str | None:
    """The sentence for the user when no program on this PC opens ``url`` (a mail or a call);
    None when there is one, or the URL is not a mail or a call."""
    scheme = QUrl(url).scheme().lower()
    if scheme not in MAIL_SCHEMES | DIAL_SCHEMES or has_program(scheme):
        return None
    if scheme in MAIL_SCHEMES:
        return QCoreApplication.translate(
            "handlers",
            "No e-mail program is set up on this PC, so no message was started and nothing was"
            " recorded in the history. Set a default e-mail program (Windows: Settings > Apps >"
            " Default apps) or copy the address with the right mouse button.",
        )
    return QCoreApplication.translate(
        "handlers",
        "No program for phone calls is set up on this PC, so no call was started and nothing"
        " was recorded in the history. Set one (Windows: Settings > Apps > Default apps) or"
        " choose another way of dialling in Settings > History.",
    )


def _run(command: list[str]) -> str:
    """The output of ``command`` ("" when it cannot run or fails)."""
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
            env=None,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _xdg_has_program(scheme: str) -> bool:
    mime = f"x-scheme-handler/{scheme}"
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is not None:
        return bool(_run([xdg_mime, "query", "default", mime]))
    gio = shutil.which("gio")
    if gio is not None:
        # "Default application for “x-scheme-handler/mailto”: thunderbird.desktop" — or
        # "No default applications for …"; the lines are translated, the file name is not.
        return ".desktop" in _run([gio, "mime", mime]).split("\n", 1)[0]
    return False


if sys.platform == "win32":
    import ctypes
    import winreg
    from ctypes import wintypes

    def _windows_has_program(scheme: str) -> bool:
        assoc_is_protocol = 0x1000
        assoc_executable = 2
        size = wintypes.DWORD(1024)
        buffer = ctypes.create_unicode_buffer(size.value)
        try:
            result = ctypes.windll.shlwapi.AssocQueryStringW(
                assoc_is_protocol, assoc_executable, scheme, "open", buffer, ctypes.byref(size)
            )
        except OSError:
            result = 1
        if result == 0 and buffer.value:
            return True
        try:
            key = winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{scheme}\shell\open\command")
        except OSError:
            return False
        with key:
            command, _kind = winreg.QueryValueEx(key, "")
        return bool(str(command).strip())

else:

    def _windows_has_program(scheme: str) -> bool:
        return False
