"""Translators: pure functions between bytes and the canonical model, one package per standard."""
