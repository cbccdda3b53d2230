"""One partition per Spinoco recording (the key is its UUID), and the names of the assets."""

import dagster as dg

PARTITIONS_NAME = "recording_ids"
recording_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)

RECORDINGS_KEY = dg.AssetKey("recordings")
TRANSCRIPTS_KEY = dg.AssetKey("transcripts")
ANONYMIZED_KEY = dg.AssetKey("anonymized_transcripts")
REDACTED_AUDIO_KEY = dg.AssetKey("redacted_audio")
CALL_METRICS_KEY = dg.AssetKey("call_metrics")
CALL_CATEGORIES_KEY = dg.AssetKey("call_categories")
RESIDUE_CHECK = "residue_scan"
HEALTH_CHECK = "batch_health"
