"""X12 release 005010: the 004010 data with the 5010 changes, plus 999 (data only)."""
