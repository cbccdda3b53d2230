"""Personal data: the Czech PII detector, anonymization, the sealed vault, pseudonyms, erasure.

No Dagster here; everything personal that leaves this package is a placeholder or a keyed hash.
"""
