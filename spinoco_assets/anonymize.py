"""Anonymize transcripts from the command line.

    python -m spinoco_assets.anonymize < in.jsonl > out.jsonl

Reads JSON lines {"id", "text"} and writes {"id", "anonymized_text"} lines with one detector;
placeholders are numbered per line. A bad line is reported on stderr by its line number only
(never its content) and skipped; the exit status is then 1.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from spinoco_assets.pii import PiiDetector, Placeholders, anonymize


def run(lines: TextIO, out: TextIO, err: TextIO) -> int:
    detector = PiiDetector()
    failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            err.write(f"line {number}: expected a JSON object with a string 'text'\n")
            failed += 1
            continue
        anonymized, _findings = anonymize(text, detector, Placeholders())
        out.write(
            json.dumps({"id": record.get("id"), "anonymized_text": anonymized}, ensure_ascii=False)
        )
        out.write("\n")
    return 1 if failed else 0


def main() -> int:
    sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    return run(sys.stdin, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
