"""WhisperX transcription (stereo channel = speaker) and transcript clean-up. No Dagster."""
