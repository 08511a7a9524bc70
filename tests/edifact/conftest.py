"""Fixtures for the EDIFACT tests: corpus folders and a tokenizer helper."""

from __future__ import annotations

import pytest


@pytest.fixture
def edifact_corpus(corpus):
    return corpus / "edifact"


@pytest.fixture
def broken_edifact(corpus):
    return corpus / "broken" / "edifact"
