"""UN/EDIFACT (ISO 9735): tokenizer, envelopes, specs as data, one validator, translations."""
