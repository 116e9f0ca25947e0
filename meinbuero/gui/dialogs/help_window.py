"""Hilfe > Handbuch (F1): the handbook's Markdown pages in a window of their own.

The pages are ``resources/help/<language>/*.md`` (German; the English folder only says so and
leads there). Qt renders them itself (``QTextBrowser`` with Markdown); every heading gets an
anchor made from its text (:func:`anchor_of`: "Offene Posten" → ``offene-posten``), so links
between pages (``kunden.md#historie``) and the contents tree land on the section. The search
field finds the sections holding every word typed (ä = ae, case ignored).

F1 anywhere opens the page of what is in front (:func:`topic_of`): the main window's current
area, the details window's current tab, the settings' current page, or the window itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero import i18n
from meinbuero.gui.icons import app_icon
from meinbuero.gui.windows import manage
from meinbuero.paths import bundled

GEOMETRY = "help_window/geometry"
SPLITTER = "help_window/splitter"
URL_ROLE = Qt.ItemDataRole.UserRole + 1

#: The handbook's pages in the order of the contents; pages not named here follow by name.
PAGE_ORDER = (
    "index",
    "erste-schritte",
    "kunden",
    "importieren-exportieren",
    "verkauf",
    "zahlungen-mahnwesen",
    "briefe-email",
    "e-rechnung",
    "datensicherung",
    "einstellungen",
    "tastenkuerzel",
    "kommandozeile",
)

#: What F1 shows: main window areas ("area:<key>", a prefix ends with "_"), tabs and windows by
#: their object name, settings pages as "settings:<page>".
TOPICS: dict[str, str] = {
    "area:customers": "kunden.md#die-kundenliste",
    "area:articles": "verkauf.md#artikel",
    "area:sales_": "verkauf.md#die-listen-der-belege",
    "area:letters": "briefe-email.md#briefe",
    "area:open_items": "zahlungen-mahnwesen.md#offene-posten",
    "area:dunning": "zahlungen-mahnwesen.md#mahnwesen",
    "area:": "index.md",
    "CustomerAddress": "kunden.md#adresse",
    "CustomerContacts": "kunden.md#ansprechpartner",
    "CustomerConditions": "kunden.md#konditionen",
    "CustomerCustomFields": "kunden.md#individuelle-felder",
    "CustomerNotes": "kunden.md#notizen",
    "CustomerDocuments": "kunden.md#dokumente",
    "CustomerHistory": "kunden.md#historie",
    "statistics_tab": "kunden.md#statistik",
    "customer_dialog": "kunden.md#das-kundenfenster",
    "entry_dialog": "kunden.md#neu-f10-ereignis-aufgabe-termin",
    "due_dialog": "kunden.md#wiedervorlage",
    "import_wizard": "importieren-exportieren.md#kunden-importieren",
    "export_dialog": "importieren-exportieren.md#kunden-exportieren",
    "calendar_export_dialog": "importieren-exportieren.md#kalender-exportieren",
    "article_dialog": "verkauf.md#artikel",
    "price_list_dialog": "verkauf.md#preislisten-importieren-und-exportieren",
    "sales_document_dialog": "verkauf.md#das-belegfenster",
    "letter_dialog": "briefe-email.md#einen-brief-schreiben",
    "serial_letter_dialog": "briefe-email.md#serienbriefe",
    "backup_dialog": "datensicherung.md",
    "settings:company": "erste-schritte.md#meine-firma-ausfuellen",
    "settings:number_ranges": "einstellungen.md#nummernkreise",
    "settings:history": "einstellungen.md#historie",
    "settings:": "einstellungen.md",
    "SettingsDialog": "einstellungen.md",
    "help_window": "index.md#das-handbuch-benutzen",
}


def help_folders(language: str | None = None) -> list[Path]:
    """Where the handbook's pages are, first found first: the German handbook, with the pages
    of the program's language before it (English: only a start page saying that the handbook
    is German)."""
    root = bundled("resources") / "help"
    code = language or i18n.language()
    folders = [root / code] if code != "de" and (root / code / "index.md").is_file() else []
    return [*folders, root / "de"]


def fold(text: str) -> str:
    """For comparing: lower case, ä = ae, ß = ss, accents dropped."""
    text = text.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def anchor_of(heading: str) -> str:
    """The anchor of a heading: "Neu (F10): Ereignis, Aufgabe, Termin" →
    ``neu-f10-ereignis-aufgabe-termin``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(heading)).strip("-")


@dataclass
class Section:
    title: str
    anchor: str
    level: int
    text: str = ""


@dataclass
class Page:
    name: str  # the file name without .md
    path: Path
    title: str
    sections: list[Section] = field(default_factory=list)

    @property
    def url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path))


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def read_page(path: Path) -> Page:
    """A page and its sections (the text before the first subheading belongs to the title)."""
    title = path.stem
    sections: list[Section] = []
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        found = None if fenced else _HEADING.match(line)
        if found:
            level, text = len(found.group(1)), found.group(2)
            if level == 1 and not sections:
                title = text
            sections.append(Section(text, anchor_of(text), level))
        elif sections:
            sections[-1].text += _LINK.sub(r"\1", line) + "\n"
    return Page(path.stem, path, title, sections)


def read_pages(folders: list[Path]) -> list[Page]:
    files: dict[str, Path] = {}
    for folder in reversed(folders):  # the first folder's page wins
        files.update({path.stem: path for path in folder.glob("*.md")})
    names = [name for name in PAGE_ORDER if name in files]
    names += sorted(set(files) - set(names))
    return [read_page(files[name]) for name in names]


@dataclass(frozen=True)
class Hit:
    page: Page
    section: Section
    score: int

    @property
    def url(self) -> QUrl:
        url = self.page.url
        if self.section.level > 1:
            url.setFragment(self.section.anchor)
        return url


def search(pages: list[Page], text: str) -> list[Hit]:
    """The sections that hold every word of ``text``, most mentions first (a word in the
    heading counts five times)."""
    words = [fold(word) for word in text.split() if word.strip()]
    if not words:
        return []
    hits: list[Hit] = []
    for page in pages:
        for section in page.sections:
            title, body = fold(section.title), fold(section.text)
            if all(word in title or word in body for word in words):
                score = sum(5 * title.count(word) + body.count(word) for word in words)
                hits.append(Hit(page, section, score))
    hits.sort(key=lambda hit: -hit.score)
    return hits


def topic_of(window: QWidget | None) -> str:
    """The handbook page (and section) for ``window`` as it is now."""
    keys: list[str] = []
    if window is not None:
        area_key = getattr(window, "current_key", None)
        if isinstance(area_key, str):
            keys += [f"area:{area_key}"] + [
                f"area:{area_key[: i + 1]}" for i in range(len(area_key)) if area_key[i] == "_"
            ]
            keys.append("area:")
        current_page = getattr(window, "current_page", None)
        if callable(current_page):
            page = current_page()
            if isinstance(page, str):
                keys += [f"settings:{page}", "settings:"]
        tabs = window.findChild(QTabWidget)
        if tabs is not None and tabs.currentWidget() is not None:
            keys.append(tabs.currentWidget().objectName())
        keys.append(window.objectName())
    for key in keys:
        if key in TOPICS:
            return TOPICS[key]
    return "index.md"


class HelpBrowser(QTextBrowser):
    """Shows a Markdown page with an anchor at each heading."""

    def doSetSource(  # noqa: N802 (Qt's name)
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        super().doSetSource(name, type)
        self._mark_headings()
        url = QUrl(name)
        if url.hasFragment():
            self.scrollToAnchor(url.fragment())

    def _mark_headings(self) -> None:
        document = self.document()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                cursor = QTextCursor(block)  # at the block's start, nothing selected
                spaced = block.blockFormat()
                spaced.setTopMargin(14 if level > 1 else 4)
                spaced.setBottomMargin(6)
                cursor.setBlockFormat(spaced)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                marked = QTextCharFormat()
                marked.setAnchor(True)
                marked.setAnchorNames([anchor_of(block.text())])
                cursor.mergeCharFormat(marked)
            block = block.next()
        # Laid out again as a whole: else blocks after a changed heading may keep no height.
        document.markContentsDirty(0, document.characterCount())

    def mark_word(self, word: str, *, after: str = "") -> bool:
        """Select the first ``word`` (typed as "ae" or "ä") in the section ``after`` (or the
        page); whether it was found."""
        document = self.document()
        start = QTextCursor(document)
        block = document.begin()
        while after and block.isValid():
            if block.blockFormat().headingLevel() and anchor_of(block.text()) == after:
                start = QTextCursor(block)
                break
            block = block.next()
        spellings = [word]
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe")):
            spellings.append(spellings[-1].replace(plain, umlaut))
        for spelling in dict.fromkeys(spellings):
            found = document.find(spelling, start)
            if not found.isNull():
                self.setTextCursor(found)
                return True
        return False

    def anchors(self) -> list[str]:
        """The anchors of the page shown (for tests and links)."""
        found: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(anchor_of(block.text()))
            block = block.next()
        return found


class HelpWindow(QWidget):
    """The handbook: contents on the left, search above them, the page on the right."""

    def __init__(
        self, *, settings: QSettings | None = None, folders: list[Path] | None = None
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("meinbuero – Handbook"))
        self.setWindowIcon(app_icon())
        self.settings = settings
        self.folders = folders or help_folders()
        self.pages = read_pages(self.folders)

        self.back_button = self._button(self.tr("Back"), "back_button")
        self.forward_button = self._button(self.tr("Forward"), "forward_button")
        self.contents_button = self._button(self.tr("Contents"), "contents_button")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Search the handbook"))
        self.search_field.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.contents_button)
        bar.addStretch(1)

        self.contents = QTreeWidget()
        self.contents.setObjectName("contents")
        self.contents.setHeaderHidden(True)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results_label = QLabel()
        self.results_label.setObjectName("results_label")
        self.results_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.results_label)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.contents, 3)

        self.browser = HelpBrowser()
        self.browser.setObjectName("browser")
        self.browser.setOpenExternalLinks(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._fill_contents()
        self._show_results([])
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_topic("index.md"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.search_field.textChanged.connect(self.run_search)
        self.search_field.returnPressed.connect(self._first_result)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.resize(1000, 680)
        if settings is not None:
            geometry = settings.value(GEOMETRY)
            if geometry is not None:
                self.restoreGeometry(geometry)
            splitter = settings.value(SPLITTER)
            if splitter is not None:
                self.splitter.restoreState(splitter)
        manage(self)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        return button

    # --- pages --------------------------------------------------------------------------------

    def url_of(self, topic: str) -> QUrl:
        """``topic`` ("kunden.md#historie") as the URL of its file."""
        name, _, anchor = topic.partition("#")
        found = [folder / name for folder in self.folders if (folder / name).is_file()]
        url = QUrl.fromLocalFile(str(found[0] if found else self.folders[-1] / name))
        if anchor:
            url.setFragment(anchor)
        return url

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(self.url_of(topic), QTextDocument.ResourceType.MarkdownResource)

    @property
    def current_topic(self) -> str:
        """The page (and section) shown, as "kunden.md#historie"."""
        source = self.browser.source()
        name = Path(source.toLocalFile()).name
        return f"{name}#{source.fragment()}" if source.hasFragment() else name

    def _fill_contents(self) -> None:
        self.contents.clear()
        for page in self.pages:
            item = QTreeWidgetItem(self.contents, [page.title])
            item.setData(0, URL_ROLE, page.url)
            parents = {1: item}
            for section in page.sections:
                if section.level == 1:
                    continue
                parent = parents.get(section.level - 1, item)
                child = QTreeWidgetItem(parent, [section.title])
                url = page.url
                url.setFragment(section.anchor)
                child.setData(0, URL_ROLE, url)
                parents[section.level] = child
        self.contents.expandToDepth(0)

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        url = item.data(0, URL_ROLE)
        if isinstance(url, QUrl):
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _source_changed(self, url: QUrl) -> None:
        # The contents follow the page shown.
        path = Path(url.toLocalFile())
        for index in range(self.contents.topLevelItemCount()):
            item = self.contents.topLevelItem(index)
            if item is None:
                continue
            page_url = item.data(0, URL_ROLE)
            if isinstance(page_url, QUrl) and Path(page_url.toLocalFile()) == path:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break
        title = self.browser.documentTitle()
        if not title:
            page = next((p for p in self.pages if p.path == path), None)
            title = page.title if page else ""
        self.setWindowTitle(self.tr("meinbuero – Handbook") + (f": {title}" if title else ""))

    # --- search -------------------------------------------------------------------------------

    def run_search(self, text: str) -> list[Hit]:
        hits = search(self.pages, text)
        self._show_results(hits, searched=bool(text.strip()))
        return hits

    def _show_results(self, hits: list[Hit], *, searched: bool = False) -> None:
        self.results.clear()
        for hit in hits:
            label = hit.page.title
            if hit.section.level > 1:
                label += f" › {hit.section.title}"
            item = QListWidgetItem(label)
            item.setData(URL_ROLE, hit.url)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        self.results_label.setVisible(searched)
        if searched:
            self.results_label.setText(
                self.tr("{count} places found").format(count=len(hits))
                if hits
                else self.tr("Nothing found.")
            )

    def _result_chosen(self, item: QListWidgetItem) -> None:
        url = item.data(URL_ROLE)
        if not isinstance(url, QUrl):
            return
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        words = self.search_field.text().split()
        if words:
            self.browser.mark_word(words[0], after=url.fragment())

    def _first_result(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self._result_chosen(self.results.item(0))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.settings is not None:
            self.settings.setValue(GEOMETRY, self.saveGeometry())
            self.settings.setValue(SPLITTER, self.splitter.saveState())
        super().closeEvent(event)


class HelpDesk(QObject):
    """Keeps the application's one help window (made when first asked for)."""

    def __init__(self, *, settings: QSettings | None, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("help_desk")
        self.settings = settings
        self.window: HelpWindow | None = None

    def show_help(self, topic: str) -> HelpWindow:
        window = self.window
        if window is None:
            window = HelpWindow(settings=self.settings)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(self._forget)
            self.window = window
        window.show_topic(topic)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.activateWindow()  # brings it forward too (Windows' foreground window)
        return window

    def _forget(self) -> None:
        self.window = None


def help_desk(settings: QSettings | None = None) -> HelpDesk:
    """The application's help desk (made the first time it is asked for)."""
    app = QApplication.instance()
    assert app is not None
    found = app.findChild(HelpDesk, "help_desk")
    if found is None:
        found = HelpDesk(settings=settings, parent=app)
    elif found.settings is None:
        found.settings = settings
    return found


def show_help(window: QWidget | None, settings: QSettings | None = None) -> HelpWindow:
    """Open the handbook at the page for ``window`` as it is now (Hilfe > Handbuch, F1)."""
    return help_desk(settings).show_help(topic_of(window))


def show_topic(topic: str, settings: QSettings | None = None) -> HelpWindow:
    """Open the handbook at ``topic`` ("tastenkuerzel.md")."""
    return help_desk(settings).show_help(topic)
