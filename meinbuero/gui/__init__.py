"""The window: PySide6 only here (and in meinbuero/app.py). Everything else is plain Python."""
