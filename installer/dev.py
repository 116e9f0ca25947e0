"""Set up the developer environment and run the program or the checks.

    python installer/dev.py run [ARGS...]   open the program (any meinbuero arguments may follow)
    python installer/dev.py test [PYTEST-ARGS...]   ruff, mypy and the whole test suite
    python installer/dev.py translations    update the .ts files from the sources, compile the .qm
    python installer/dev.py forms           compile ui/*.ui into meinbuero/gui/forms/
    python installer/dev.py lock            rewrite installer/requirements.lock from a fresh venv
    python installer/dev.py bundle          the program as one folder, dist/meinbuero/ (PyInstaller)
    python installer/dev.py installer       the Windows setup from dist/meinbuero/ (NSIS's makensis)

Uses only the standard library, so it runs on a fresh machine with nothing but Python 3.11. It
makes ``.venv`` beside the project on first use and installs the locked packages into it; it
does so again whenever ``installer/requirements.lock`` or ``pyproject.toml`` changes.
"""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
import sys
import venv
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "installer" / "requirements.lock"
STAMP = VENV / "meinbuero-installed.sha256"
CORE_TS = ROOT / "resources" / "translations" / "core_de.ts"
GUI_TS = ROOT / "resources" / "translations" / "meinbuero_de.ts"
FORMS = ROOT / "meinbuero" / "gui" / "forms"
WINDOWS = os.name == "nt"
# The same as pyproject.toml's [build-system], with what hatchling's editable install needs.
BUILD_BACKEND = ["hatchling==1.33.0", "editables==0.6"]
# keyring's backends differ by platform: Secret Service on Linux, Credential Manager on Windows;
# pytest colours its output with colorama on Windows.
LINUX_ONLY = {"secretstorage", "jeepney", "cryptography", "cffi", "pycparser"}
# Shared libraries PySide6's widgets load on Linux (even offscreen), by Debian package.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# PyInstaller reads and writes Windows executables with pefile and pywin32-ctypes.
WINDOWS_ONLY = [
    'pefile==2024.8.26 ; sys_platform == "win32"',
    'pywin32-ctypes==0.2.3 ; sys_platform == "win32"',
    'colorama==0.4.6 ; sys_platform == "win32"',
]


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if WINDOWS else "bin")
    return folder / (name + (".exe" if WINDOWS else ""))


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Make .venv and install the locked packages, unless that is already done."""
    if STAMP.exists() and STAMP.read_text().strip() == _fingerprint():
        return
    if not venv_bin("python").exists():
        print("dev: creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    python = str(venv_bin("python"))
    print("dev: installing the locked packages into .venv", flush=True)
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    STAMP.write_text(_fingerprint())


def ensure_system_libraries() -> None:
    """On Debian/Ubuntu, install the shared libraries Qt needs, if they are missing."""
    if sys.platform != "linux" or not shutil.which("apt-get"):
        return
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = sorted({pkg for lib, pkg in QT_LIBRARIES.items() if lib not in known})
    if not missing:
        return
    if os.geteuid() != 0:
        print("dev: Qt needs these packages, please install them: " + " ".join(missing))
        return
    print("dev: installing " + " ".join(missing), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def run(args: list[str]) -> int:
    ensure_system_libraries()
    ensure_venv()
    command = [str(venv_bin("python")), "-m", "meinbuero", *args]
    if WINDOWS:
        return subprocess.call(command, cwd=ROOT)
    # Become the program (same process): its window belongs to the process that was started.
    os.chdir(ROOT)
    os.execv(command[0], command)


def test(args: list[str]) -> int:
    ensure_system_libraries()
    ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps: list[list[str]] = [
        [str(venv_bin("ruff")), "format", "--check", "."],
        [str(venv_bin("ruff")), "check", "."],
        [str(venv_bin("mypy"))],
        [str(venv_bin("python")), "-m", "pytest", *args],
    ]
    for step in steps:
        print("dev: " + " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)))
        code = subprocess.call(step, cwd=ROOT, env=env)
        if code != 0:
            return code
    return 0


def lock() -> int:
    """Resolve pyproject's pins (with dev extras) in a scratch venv and freeze the result."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        venv.create(scratch, with_pip=True)
        python = str(Path(scratch) / ("Scripts" if WINDOWS else "bin") / "python")
        # The build backend too: .venv installs the project with --no-build-isolation.
        subprocess.run(
            [python, "-m", "pip", "install", "-q", f"{ROOT}[dev]", *BUILD_BACKEND], check=True
        )
        frozen = subprocess.run(
            [python, "-m", "pip", "freeze", "--exclude", "meinbuero"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    lines = []
    for line in frozen.splitlines():
        name = line.split("==")[0].lower()
        lines.append(f'{line} ; sys_platform == "linux"' if name in LINUX_ONLY else line)
    header = "# Every package, pinned. Made by `python installer/dev.py lock`; do not edit.\n"
    LOCK.write_text(header + "\n".join([*lines, *WINDOWS_ONLY]) + "\n")
    return 0


def project_version() -> str:
    """pyproject.toml's version (the bundle's and the setup's)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def bundle(args: list[str]) -> int:
    """Build dist/meinbuero/ with PyInstaller from installer/meinbuero.spec (this machine's OS)."""
    ensure_system_libraries()
    ensure_venv()
    command = [
        str(venv_bin("python")),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build"),
        *args,
        str(ROOT / "installer" / "meinbuero.spec"),
    ]
    print("dev: building dist/meinbuero with PyInstaller", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the icon is drawn by Qt, no screen
    return subprocess.call(command, cwd=ROOT, env=env)


def find_makensis() -> str | None:
    """makensis on PATH, in NSIS's usual Windows folders, or (Debian, as root) installed now."""
    found = shutil.which("makensis")
    if found:
        return found
    if WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(base or "C:/") / "NSIS" / "makensis.exe"
            if candidate.exists():
                return str(candidate)
        return None
    if sys.platform == "linux" and shutil.which("apt-get") and os.geteuid() == 0:
        print("dev: installing nsis", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "nsis"], check=True, env=env)
        return shutil.which("makensis")
    return None


def installer(args: list[str]) -> int:
    """Build dist/meinbuero-<version>-setup.exe from dist/meinbuero/ with makensis."""
    folder = ROOT / "dist" / "meinbuero"
    if not folder.is_dir():
        print("dev: dist/meinbuero is missing: run `dev.py bundle` first", file=sys.stderr)
        return 1
    makensis = find_makensis()
    if makensis is None:
        print(
            "dev: makensis not found: install NSIS (https://nsis.sourceforge.io)", file=sys.stderr
        )
        return 1
    version = project_version()
    numbers = [part for part in version.split(".")[:3] if part.isdigit()]
    file_version = ".".join([*numbers, "0", "0", "0", "0"][:4])  # Windows wants four numbers
    setup = ROOT / "dist" / f"meinbuero-{version}-setup.exe"
    icon = ROOT / "build" / "meinbuero" / "meinbuero.ico"  # made by the spec
    if not WINDOWS:
        print("dev: note: a setup made on Linux holds the Linux bundle (a compile check only)")
    # NSIS on Linux takes options with "-" only; on Windows "/" and "-" both work.
    command = [
        makensis,
        "-V3",
        f"-DVERSION={version}",
        f"-DFILEVERSION={file_version}",
        f"-DSOURCE={folder}",
        f"-DOUTFILE={setup}",
        *([f"-DICON={icon}"] if icon.exists() else []),
        *args,
        str(ROOT / "installer" / "meinbuero.nsi"),
    ]
    code = subprocess.call(command, cwd=ROOT / "installer")
    if code == 0:
        print(f"dev: {setup.relative_to(ROOT)}")
    return code


def core_strings() -> list[tuple[str, str, int]]:
    """Every literal ``tr("...")`` in the core (all of meinbuero/ but gui/): text, file, line."""
    found = []
    package = ROOT / "meinbuero"
    for path in sorted(package.rglob("*.py")):
        if "gui" in path.relative_to(package).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((node.args[0].value, str(path.relative_to(ROOT)), node.lineno))
    return found


def translations() -> int:
    """Both translation files in step with the sources; the GUI's compiled for Qt."""
    core_translations()
    ensure_venv()
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "meinbuero" / "gui").rglob("*.py"), *(ROOT / "ui").glob("*.ui")]
        if FORMS not in p.parents
    ) + [str(p.relative_to(ROOT)) for p in [ROOT / "meinbuero" / "app.py"] if p.exists()]
    tool = str(venv_bin("pyside6-lupdate"))
    subprocess.run(
        [tool, "-locations", "none", "-no-obsolete", *sources, "-ts", str(GUI_TS)],
        check=True,
        cwd=ROOT,
    )
    return compile_translations()


def compile_translations() -> int:
    qm = GUI_TS.with_suffix(".qm")
    subprocess.run(
        [str(venv_bin("pyside6-lrelease")), "-silent", str(GUI_TS), "-qm", str(qm)], check=True
    )
    return 0


def compile_form(ui: Path) -> str:
    """The Python code pyside6-uic makes of one Designer file."""
    return subprocess.run(
        [str(venv_bin("pyside6-uic")), "--no-autoconnection", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def forms() -> int:
    """Compile every ui/*.ui into meinbuero/gui/forms/ui_<name>.py (generated, not edited)."""
    ensure_venv()
    FORMS.mkdir(parents=True, exist_ok=True)
    init = FORMS / "__init__.py"
    init.write_text('"""Generated from ui/*.ui by `installer/dev.py forms`; do not edit."""\n')
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        (FORMS / f"ui_{ui.stem}.py").write_text(compile_form(ui))
    return 0


def core_translations() -> int:
    """Bring core_de.ts in step with the sources: new strings unfinished, gone ones vanished."""
    existing: dict[str, str] = {}
    if CORE_TS.exists():
        for message in ET.parse(CORE_TS).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
                existing[message.findtext("source") or ""] = translation.text or ""
    strings: dict[str, tuple[str, int]] = {}
    for text, file, line in core_strings():
        strings.setdefault(text, (file, line))
    root = ET.Element("TS", version="2.1", language="de_DE", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "meinbuero"
    missing = 0
    for text in sorted(strings):
        file, _ = strings[text]
        message = ET.SubElement(context, "message")
        # The file only, not the line: line numbers would change the .ts with every edit.
        ET.SubElement(message, "location", filename="../../" + file)
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if existing.get(text):
            translation.text = existing[text]
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    CORE_TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    CORE_TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"dev: {len(strings)} strings, {missing} without German translation")
    return 0


def main() -> int:
    command, *args = sys.argv[1:] or ["help"]
    if command == "run":
        return run(args)
    if command == "test":
        return test(args)
    if command == "lock":
        return lock()
    if command == "translations":
        return translations()
    if command == "forms":
        return forms()
    if command == "bundle":
        return bundle(args)
    if command == "installer":
        return installer(args)
    print(__doc__)
    return 0 if command == "help" else 2


if __name__ == "__main__":
    sys.exit(main())
