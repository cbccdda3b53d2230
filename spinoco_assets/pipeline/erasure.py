"""The erasure job: what the privacy officer runs from the UI (or `spinoco erase`)."""

import dagster as dg
from pydantic import Field

from resources.storage import StorageResource
from spinoco_assets.erasure import ErasureReport, erase, find_targets
from spinoco_assets.pipeline.partitions import PARTITIONS_NAME
from spinoco_assets.stores import Stores


def erase_everywhere(
    instance: dg.DagsterInstance, stores: Stores, calls: list[str], recordings: list[str]
) -> ErasureReport:
    """Files, vault, warehouse, export, then the Dagster partitions of the recordings."""
    report = erase(stores, calls, recordings)
    for rid in recordings:
        if instance.has_dynamic_partition(PARTITIONS_NAME, rid):
            instance.delete_dynamic_partition(PARTITIONS_NAME, rid)
            report.removed["dagster partitions"] += 1
    return report


class ErasureRequest(dg.Config):
    """Exactly one of the three. A phone number or e-mail never goes here (run config is
    stored in clear): use its keyed hash, printed by `spinoco vault key --phone N` (or
    `--email`), or run `spinoco erase --phone N` instead."""

    call_id: str = Field(default="", description="erase this call (Spinoco task ID)")
    phone_hash: str = Field(
        default="", description="erase every call where this phone number came up (its hash)"
    )
    email_hash: str = Field(
        default="", description="erase every call where this e-mail came up (its hash)"
    )


@dg.op(description="Erase a call, or every call of one phone number, from every store.")
def erase_personal_data(
    context: dg.OpExecutionContext, config: ErasureRequest, storage: StorageResource
) -> dg.Output[None]:
    stores = storage.stores()
    given = [(k, h) for k, h in (("phone", config.phone_hash), ("email", config.email_hash)) if h]
    if len(given) + bool(config.call_id) != 1:
        raise dg.Failure("give exactly one of call_id, phone_hash or email_hash")
    kind, id_hash = given[0] if given else ("", "")
    calls, recordings = find_targets(stores, config.call_id or None, kind, id_hash)
    report = erase_everywhere(context.instance, stores, calls, recordings)
    context.log.info(f"erased {len(calls)} call(s), {len(recordings)} recording(s)")
    return dg.Output(
        None,
        metadata={
            "calls": len(calls),
            "recordings": len(recordings),
            "removed": dg.MetadataValue.json(dict(report.removed)),
        },
    )


@dg.job(
    description="Erasure on request (GDPR): audio, landing, vault, warehouse, export, partitions."
)
def erase_personal_data_job() -> None:
    erase_personal_data()
