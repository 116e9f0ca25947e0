"""Plain-Python rules of customer master data. No Qt, no database session."""
