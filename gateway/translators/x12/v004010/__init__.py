"""X12 release 004010: segment dictionary and transaction set structures (data only)."""
