"""Bank statements: read CAMT.053 and the German banks' CSV exports, match each booking to an
open invoice, book what the user confirms (:mod:`.importing`)."""
