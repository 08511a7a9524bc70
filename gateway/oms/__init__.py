"""Order-management core: domain code over a SQLAlchemy session (no Twisted, no translators)."""
