"""Use cases on a Session: customers, contact persons, notes, settings, demo company, …

Plain Python, no Qt. Each function takes the Session it works in; the caller decides the
transaction (``with database.sessions.begin() as session: ...``).
"""
