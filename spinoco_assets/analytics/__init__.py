"""Call analytics on anonymized, timed transcripts: conversation metrics and rule categories."""
