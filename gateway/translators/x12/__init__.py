"""ANSI X12: tokenizer, envelopes, transaction-set translation and acknowledgements."""
