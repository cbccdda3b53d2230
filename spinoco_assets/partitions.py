"""One partition per Spinoco recording: the key is the recording's UUID."""

import dagster as dg

recording_partitions = dg.DynamicPartitionsDefinition(name="recording_ids")
