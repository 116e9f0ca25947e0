"""E-invoices (EN 16931): ZUGFeRD/Factur-X and XRechnung made from our invoices, validated by the
official XSD and Schematron rules offline, and read from what suppliers send."""
