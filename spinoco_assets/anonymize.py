"""`python -m spinoco_assets.anonymize`: an alias of `spinoco anonymize` (JSON lines)."""

from spinoco_assets.cli import main

if __name__ == "__main__":
    main(["anonymize"])
