"""The work areas of the main window: customers, articles, the sales documents, …

Each area is a widget following :class:`meinbuero.gui.areas.base.Area`; the shell
(:mod:`meinbuero.gui.main_window`) is the one place that knows them all.
"""
