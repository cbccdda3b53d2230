"""The thin Dagster layer: partitions and asset keys, the batched stages, assets, jobs and
maintenance. The only package here (with resources/ and sensors/) that imports Dagster."""
