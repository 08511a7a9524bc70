"""Order-management core: plain domain code over a SQLAlchemy session.

No Twisted, no protocols, no translators: documents leave through `gateway.oms.outbox`.
"""
