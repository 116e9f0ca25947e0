"""Printing: the DIN 5008 page and every kind of document drawn onto it. reportlab lives here only.

The input is plain data (:mod:`meinbuero.printing.model`), filled by the services; nothing here
reads the database.
"""
