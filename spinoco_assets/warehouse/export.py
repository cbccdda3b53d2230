"""Export for AI work: one numbered .txt per call (anonymized text) and a manifest.

`manifest.csv` maps each number to its call ID; numbers are stable (a re-exported call keeps its
number). Called under the warehouse lock, so writers never race on the manifest.
"""

import csv
import io
from pathlib import Path

from spinoco_assets.files import atomic_write


class Export:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.manifest_path = root / "manifest.csv"

    def _manifest(self) -> dict[str, int]:
        if not self.manifest_path.exists():
            return {}
        with self.manifest_path.open(newline="") as f:
            return {row["call_id"]: int(row["number"]) for row in csv.DictReader(f)}

    def _save(self, manifest: dict[str, int]) -> None:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["number", "call_id", "file"])
        for call_id, number in sorted(manifest.items(), key=lambda kv: kv[1]):
            writer.writerow([number, call_id, self.file_name(number)])
        atomic_write(self.manifest_path, out.getvalue().encode())

    @staticmethod
    def file_name(number: int) -> str:
        return f"{number:06d}.txt"

    def write(self, texts: dict[str, str]) -> int:
        """Write or replace the files of these calls; returns how many were written."""
        manifest = self._manifest()
        next_number = max(manifest.values(), default=0) + 1
        for call_id, text in texts.items():
            if call_id not in manifest:
                manifest[call_id] = next_number
                next_number += 1
            atomic_write(self.root / self.file_name(manifest[call_id]), (text + "\n").encode())
        if texts:
            self._save(manifest)
        return len(texts)

    def remove(self, call_ids: list[str]) -> int:
        manifest = self._manifest()
        removed = 0
        for call_id in call_ids:
            number = manifest.pop(call_id, None)
            if number is not None:
                (self.root / self.file_name(number)).unlink(missing_ok=True)
                removed += 1
        if removed:
            self._save(manifest)
        return removed
