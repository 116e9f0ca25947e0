"""What changed, told to every window so each decides whether to refresh (as Anki does).

A window that saves something emits the matching signal; no window reaches into another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataSignals(QObject):
    """One instance per open company file, made by ``meinbuero.app`` and handed to windows."""

    #: A customer was created, changed, archived, restored or deleted (its id).
    customer_changed = Signal(int)
    #: Many customers at once (import, demo): lists reload completely.
    customers_changed = Signal()
    #: Meine Firma, custom field definitions, groups, number ranges or the user's name.
    settings_changed = Signal()
    #: Articles were created, changed, archived or deleted.
    articles_changed = Signal()
    #: Sales documents (quotes, invoices, …) were created, changed or deleted.
    sales_changed = Signal()
    #: Letters were written, changed, finished or deleted.
    letters_changed = Signal()
