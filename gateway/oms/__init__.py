"""Order-management core: plain domain code over a SQLAlchemy session (no Twisted, no translators)."""
