"""Persistence: SQLAlchemy models, payloads, events, the durable job queue and the outbox."""
