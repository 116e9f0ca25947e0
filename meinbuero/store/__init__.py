"""The company database: SQLAlchemy models, opening and migrating a company file, search index.

No Qt here.
"""
