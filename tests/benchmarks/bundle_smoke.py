"""The frozen program, tried as a user would: build dist/meinbuero/ and run what it contains.

    .venv/bin/python tests/benchmarks/bundle_smoke.py [--reuse] [--no-installer]

Not in the test run (it takes minutes). A frozen program fails where a data file or a hidden
import was left out of the bundle, which only running the bundle finds. Every run here uses a
read-only copy of the folder (as an install folder the user cannot write to) with HOME and the
user folders in a scratch directory: settings and company files must land there, never in the
program's folder. Steps: --version, new (the default company file), demo (finalising sales
documents: reportlab with its fonts, segno), check, import (csv, xlsx), search, sales pdf (read
back), articles export, the window offscreen for a few seconds; then the NSIS script compiled
against the bundle (on Linux only a compile check: the setup holds the Linux programs).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "meinbuero"
WINDOWS = os.name == "nt"
EXE = ".exe" if WINDOWS else ""
WINDOW_SECONDS = 5.0


class Failed(Exception):
    pass


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def make_read_only(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def make_writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def listing(folder: Path) -> set[tuple[str, int]]:
    return {
        (str(p.relative_to(folder)), p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


class Smoke:
    """The frozen programs in ``install`` with a scratch home in ``home``."""

    def __init__(self, *, install: Path, home: Path, work: Path) -> None:
        self.install = install
        self.home = home
        self.work = work
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "PYTHON", "VIRTUAL_ENV", "QT_"))
        }
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            APPDATA=str(home / "AppData" / "Roaming"),
            LANG="de_DE.UTF-8",
            LANGUAGE="de",
            QT_QPA_PLATFORM="offscreen",
        )
        self.results: list[tuple[str, float, str]] = []

    def cli(self, *args: str, expect: int = 0, expect_any: bool = False) -> str:
        """Run the frozen command line; ``expect_any``: a refusal in German is fine too (the
        DATEV file needs the adviser's numbers), a traceback never."""
        command = [str(self.install / f"meinbuero-cli{EXE}"), *args]
        done = subprocess.run(
            command, capture_output=True, text=True, env=self.env, cwd=self.work, timeout=600
        )
        wrong = done.returncode not in (0, 1) if expect_any else done.returncode != expect
        if wrong or "Traceback" in done.stderr:
            raise Failed(
                f"{' '.join(args)}: exit {done.returncode}\n{done.stdout[-2000:]}\n"
                f"{done.stderr[-4000:]}"
            )
        return done.stdout

    def step(self, name: str, action: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            note = action()
        except Exception as error:
            seconds = time.perf_counter() - start
            self.results.append((name, seconds, f"FAILED: {error}"))
            print(f"FAIL {name} ({seconds:.1f} s): {error}", flush=True)
            return
        seconds = time.perf_counter() - start
        self.results.append((name, seconds, note))
        print(f"ok   {name} ({seconds:.1f} s) {note}", flush=True)

    @property
    def failed(self) -> bool:
        return any(note.startswith("FAILED") for _, _, note in self.results)

    # --- the steps ------------------------------------------------------------------------------

    def version(self) -> str:
        out = self.cli("--version").strip()
        if not out.startswith("meinbuero "):
            raise Failed(out)
        return out

    def new_default(self) -> str:
        self.cli("new", "--name", "Probe GmbH")
        if WINDOWS:  # platformdirs asks Windows for the folder, whatever the environment says
            import platformdirs

            folder = Path(platformdirs.user_data_dir("meinbuero", appauthor=False))
            if not (folder / "Firma.sqlite").exists():
                raise Failed(f"no Firma.sqlite in {folder}")
            return f"default company file in {folder}"
        found = list(self.home.rglob("Firma.sqlite"))
        if not found:
            raise Failed("no Firma.sqlite under the scratch HOME")
        return f"default company file {found[0].relative_to(self.home)}"

    def demo(self) -> str:
        self.cli("demo", "--db", str(self.db), "--customers", "30", "--sales-years", "1")
        return f"{self.db.stat().st_size // 1024} KB"

    def check(self) -> str:
        return self.cli("check", "--db", str(self.db)).strip().splitlines()[-1]

    def import_files(self) -> str:
        csv_file = self.work / "kunden.csv"
        with csv_file.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["Firma", "Vorname", "Nachname", "Straße", "PLZ", "Ort", "E-Mail"])
            writer.writerow(
                ["Müller Bau GmbH", "Jürgen", "Müller", "Hauptstraße 1", "50667", "Köln", "j@mb.de"]
            )
            writer.writerow(["", "Anna", "Schmidt", "Ringweg 2", "01067", "Dresden", ""])
        xlsx_file = self.work / "kunden.xlsx"
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Firma", "Vorname", "Nachname", "PLZ", "Ort", "Telefon"])
        sheet.append(["Weber KG", "Petra", "Weber", "80331", "München", "089 1234567"])
        book.save(xlsx_file)
        notes = []
        for source, rows in ((csv_file, 2), (xlsx_file, 1)):
            out = self.cli("import", "--db", str(self.db), str(source), "--on-duplicate", "import")
            # German here; English where Windows' language is (a CI runner's).
            counts = [
                line for line in out.splitlines() if line.startswith(("Importiert:", "Imported:"))
            ]
            if not counts or not counts[0].split(":")[1].startswith(f" {rows},"):
                raise Failed(f"{source.name}: {out[-500:]}")
            notes.append(f"{source.suffix} {counts[0]}")
        return "; ".join(notes)

    def search(self) -> str:
        found = json.loads(self.cli("search", "--db", str(self.db), "müller", "--json"))
        names = json.dumps(found, ensure_ascii=False)
        if "Müller Bau" not in names:
            raise Failed(f"the imported Müller Bau GmbH not found: {names[:300]}")
        return f"{len(found)} found"

    def sales_pdf(self) -> str:
        listed = json.loads(
            self.cli("sales", "list", "--db", str(self.db), "--kind", "invoice", "--json")
        )
        numbers = [row["number"] for row in listed if row.get("number")]
        if not numbers:
            raise Failed("no finalised invoice in the demo company")
        pdf = self.work / "rechnung.pdf"
        self.cli("sales", "pdf", "--db", str(self.db), numbers[0], "-o", str(pdf))
        import pdfplumber

        with pdfplumber.open(pdf) as document:
            text = "\n".join(page.extract_text() or "" for page in document.pages)
            fonts = {char["fontname"].split("+")[-1] for char in document.pages[0].chars}
        if numbers[0] not in text:
            raise Failed(f"{numbers[0]} not in the PDF's text")
        if not all("Vera" in font for font in fonts):
            raise Failed(f"fonts other than Vera: {fonts}")
        return f"{len(numbers)} invoices; {numbers[0]} read back, fonts {sorted(fonts)}"

    def einvoice(self) -> str:
        """XRechnung made and checked by the official rules in the frozen program (saxonche,
        lxml, drafthorse, the vendored XSLT), then ZUGFeRD made and read back."""
        listed = json.loads(
            self.cli("sales", "list", "--db", str(self.db), "--kind", "invoice", "--json")
        )
        number = next(row["number"] for row in listed if row.get("number"))
        xml = self.work / "rechnung.xml"
        self.cli("sales", "einvoice", "--db", str(self.db), number, "--format", "xrechnung-cii",
                 "-o", str(xml))  # fmt: skip
        checked = self.cli("einvoice", "validate", str(xml))
        pdf = self.work / "zugferd.pdf"
        self.cli("sales", "einvoice", "--db", str(self.db), number, "--format", "zugferd",
                 "-o", str(pdf))  # fmt: skip
        read = json.loads(self.cli("einvoice", "read", str(pdf), "--json"))
        if read.get("number") != number:
            raise Failed(f"the ZUGFeRD PDF reads as {read.get('number')}, not {number}")
        return f"{number}: {checked.strip().splitlines()[-1]}; ZUGFeRD read back"

    def money(self) -> str:
        """Open items, a statement PDF, the dunning proposals and the DATEV file."""
        items = json.loads(self.cli("open-items", "--db", str(self.db), "--json"))
        customer = json.loads(self.cli("search", "--db", str(self.db), "e", "--json"))[0]["number"]
        statement = self.work / "kontoauszug.pdf"
        self.cli("statement", "--db", str(self.db), "--customer", customer, "-o", str(statement))
        self.cli("dunning", "run", "--db", str(self.db), "--dry-run")
        datev = self.work / "datev.csv"
        self.cli("datev", "--db", str(self.db), "--from", "2026-01-01", "--to", "2026-12-31",
                 "-o", str(datev), expect_any=True)  # fmt: skip
        return f"{len(items)} open items, statement {statement.stat().st_size} B"

    def articles_export(self) -> str:
        notes = []
        for suffix in (".xlsx", ".csv"):
            out = self.work / f"artikel{suffix}"
            self.cli("articles", "export", "--db", str(self.db), "-o", str(out))
            if out.stat().st_size < 100:
                raise Failed(f"{out.name} is nearly empty")
            notes.append(f"{out.name} {out.stat().st_size} B")
        return ", ".join(notes)

    def window(self) -> str:
        """The window offscreen: up, answering, still running after some seconds, no traceback."""
        # The running program answers the call a second start makes (gui/start.py): the answer
        # comes once its event loop runs, that is once the window is there.
        from meinbuero.gui.start import ANSWER, RAISE, server_name

        address = str(Path(tempfile.gettempdir()) / server_name(self.db))
        log = self.work / "window.log"
        with log.open("w") as output:
            start = time.perf_counter()
            process = subprocess.Popen(
                [str(self.install / f"meinbuero{EXE}"), "--db", str(self.db)],
                stdout=output,
                stderr=subprocess.STDOUT,
                env=self.env,
                cwd=self.work,
            )
            try:
                first_window = None
                while time.perf_counter() - start < 60 and process.poll() is None:
                    if not WINDOWS and self._answers(address, RAISE, ANSWER):
                        first_window = time.perf_counter() - start
                        break
                    if WINDOWS and time.perf_counter() - start > WINDOW_SECONDS:
                        break
                    time.sleep(0.05)
                time.sleep(WINDOW_SECONDS)
                code = process.poll()
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        text = log.read_text(errors="replace")
        if code is not None:
            raise Failed(f"the window ended by itself (exit {code}):\n{text[-3000:]}")
        bad = [
            line
            for line in text.splitlines()
            if "Traceback" in line or "Error" in line or "Cannot" in line or "not found" in line
        ]
        if bad:
            raise Failed("the window printed:\n" + "\n".join(bad[:20]))
        if not WINDOWS and first_window is None:
            raise Failed("the window never answered")
        timing = f"first window after {first_window:.2f} s, " if first_window else ""
        return f"{timing}still running after {WINDOW_SECONDS:.0f} s more, nothing printed"

    @staticmethod
    def _answers(address: str, question: bytes, answer: bytes) -> bool:
        if not Path(address).exists():
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(2)
                client.connect(address)
                client.sendall(question)
                return client.recv(64).startswith(answer.strip())
        except OSError:
            return False

    def user_folders(self, before: set[tuple[str, int]]) -> str:
        after = listing(self.install)
        if after != before:
            raise Failed(f"the program folder changed: {sorted(after ^ before)[:10]}")
        if WINDOWS:  # the settings are in the registry (HKCU\\Software\\meinbuero)
            return "program folder unchanged"
        written = sorted(str(p.relative_to(self.home)) for p in self.home.rglob("*") if p.is_file())
        settings = [name for name in written if "meinbuero" in name and "conf" in name.lower()]
        if not settings:
            raise Failed(f"no settings under HOME: {written[:20]}")
        return f"program folder unchanged; written under HOME: {', '.join(written[:6])}"

    @property
    def db(self) -> Path:
        return self.work / "Demo.sqlite"


def static_checks(folder: Path) -> str:
    """Files only a frozen run would miss, looked for by name."""
    internal = folder / "_internal"
    names = {str(p.relative_to(internal)).replace("\\", "/") for p in internal.rglob("*")}
    wanted = {
        "translations (program)": "meinbuero/_bundled/resources/translations/meinbuero_de.qm",
        "translations (core)": "meinbuero/_bundled/resources/translations/core_de.ts",
        "icons": "meinbuero/_bundled/resources/icons/meinbuero.svg",
        "handbook": "meinbuero/_bundled/resources/help/de/index.md",
        "migrations": "meinbuero/_bundled/db/versions/0001_customer_master_data.py",
        "alembic env": "meinbuero/_bundled/db/env.py",
        "Vera": "reportlab/fonts/Vera.ttf",
        "babel de": "babel/locale-data/de.dat",
    }
    missing = [what for what, name in wanted.items() if name not in names]
    patterns = {
        "Qt offscreen platform": "qoffscreen",
        "Qt svg icon engine": "qsvgicon",
        "Qt svg image format": "imageformats/",
        "Qt German translation": "qtbase_de.qm",
        "schwifty bank registry": "schwifty/bank_registry",
        "stdnum data": "stdnum/",
        "faker de_DE": "faker/providers/person/de_DE",
    }
    missing += [what for what, part in patterns.items() if not any(part in n for n in names)]
    # (phonenumbers keeps its metadata in modules, inside the archive: the import's phone
    # numbers try it.)
    if "screenshots" in " ".join(names):
        missing.append("(screenshots must not be bundled)")
    if missing:
        raise Failed("missing: " + ", ".join(missing))
    return f"{len(wanted) + len(patterns)} kinds of data files present"


def compile_installer() -> str:
    command = [sys.executable, str(ROOT / "installer" / "dev.py"), "installer"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise Failed(done.stdout[-3000:] + done.stderr[-3000:])
    setups = sorted((ROOT / "dist").glob("meinbuero-*-setup.exe"), key=lambda p: p.stat().st_mtime)
    if not setups:
        raise Failed("no setup in dist/")
    setup = setups[-1]
    note = " (Linux programs inside: a compile check only)" if not WINDOWS else ""
    return f"{setup.name} {setup.stat().st_size / 1e6:.1f} MB{note}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="use dist/meinbuero if it exists")
    parser.add_argument("--no-installer", action="store_true", help="do not run makensis")
    options = parser.parse_args(argv)

    build_seconds = None
    if not (options.reuse and DIST.is_dir()):
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(ROOT / "installer" / "dev.py"), "bundle"])
        build_seconds = time.perf_counter() - start
        if code != 0:
            print(f"FAIL the build (exit {code})")
            return 1
    size, files = folder_size(DIST)
    print(
        f"dist/meinbuero: {size / 1e6:.1f} MB in {files} files"
        + (f", built in {build_seconds:.0f} s" if build_seconds else " (reused)"),
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="meinbuero-bundle-") as scratch:
        base = Path(scratch)
        install = base / "install" / "meinbuero"
        shutil.copytree(DIST, install, symlinks=True)
        make_read_only(install)
        home = base / "home"
        work = base / "work"
        home.mkdir()
        work.mkdir()
        before = listing(install)
        smoke = Smoke(install=install, home=home, work=work)
        try:
            smoke.step("data files in the bundle", lambda: static_checks(install))
            smoke.step("--version", smoke.version)
            smoke.step("new (default company file)", smoke.new_default)
            smoke.step("demo --customers 30 --sales-years 1", smoke.demo)
            smoke.step("check", smoke.check)
            smoke.step("import csv + xlsx", smoke.import_files)
            smoke.step("search müller", smoke.search)
            smoke.step("sales pdf, read back", smoke.sales_pdf)
            smoke.step("articles export", smoke.articles_export)
            smoke.step("e-invoice: XRechnung validated, ZUGFeRD read back", smoke.einvoice)
            smoke.step("open items, statement, dunning, DATEV", smoke.money)
            smoke.step("window offscreen", smoke.window)
            smoke.step("read-only program folder, user folders", lambda: smoke.user_folders(before))
        finally:
            make_writable(base)
    if not options.no_installer:
        if shutil.which("makensis") or (sys.platform == "linux" and os.geteuid() == 0) or WINDOWS:
            smoke.step("makensis installer/meinbuero.nsi", compile_installer)
        else:
            print("skip makensis (not installed)")

    print("\nsummary")
    for name, seconds, note in smoke.results:
        print(f"  {name:<42} {seconds:7.1f} s  {note.splitlines()[0] if note else ''}")
    print(f"  {'dist/meinbuero':<42} {size / 1e6:7.1f} MB in {files} files")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
