"""The erasure job: what the privacy officer runs from the UI (or the CLI in erasure.py)."""

import dagster as dg
from pydantic import Field

from resources.storage import StorageResource
from spinoco_assets.erasure import erase_everywhere, find_targets


class ErasureRequest(dg.Config):
    """Exactly one of the two. A phone number never goes here (run config is stored): use its
    pseudonym, printed by `python -m spinoco_assets.pseudonyms NUMBER`, or the erasure CLI."""

    call_id: str = Field(default="", description="erase this call (Spinoco task ID)")
    phone_key: str = Field(default="", description="erase every call of this caller_key")


@dg.op(description="Erase a call, or every call of one phone number, from every store.")
def erase_personal_data(
    context: dg.OpExecutionContext, config: ErasureRequest, storage: StorageResource
) -> dg.Output[None]:
    calls, recordings = find_targets(storage, config.call_id or None, config.phone_key or None)
    report = erase_everywhere(context.instance, storage, calls, recordings)
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
