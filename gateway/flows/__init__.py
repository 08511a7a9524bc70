"""Per-standard glue between stored messages, translators and the outbox."""
