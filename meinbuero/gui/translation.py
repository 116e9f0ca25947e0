"""The program's language: Qt's translators for the window, the core's tr() for messages.

German is the default and every format (1.234,56 €, 22.11.2026) is German whatever the language,
as the data is German business data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from meinbuero import i18n
from meinbuero.paths import bundled


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the translations of ``language`` (None: the system's) into ``app``.

    Returns the translators; the caller keeps them alive as long as the application runs.
    """
    code = language or i18n.system_language()
    i18n.set_language(code)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed: list[QTranslator] = []
    for translator in list(getattr(app, "_meinbuero_translators", [])):
        app.removeTranslator(translator)
    if code != "en":
        sources = [
            (bundled("resources") / "translations", f"meinbuero_{code}"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{code}"),
        ]
        for folder, name in sources:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                installed.append(translator)
    app._meinbuero_translators = installed  # type: ignore[attr-defined]
    return installed
