"""Minimal NLTK Punkt data, so `whisperx.align` never calls `nltk.download` (no network)."""

from pathlib import Path


def write_punkt_tab(target: Path) -> None:
    """Empty Punkt parameters (no abbreviations, collocations or sentence starters).

    nltk's PunktTokenizer reads these four files from tokenizers/punkt_tab/<language>/;
    whisperx.align loads the aligned language and English and downloads them when missing.
    """
    for language in ("czech", "english"):
        folder = target / "tokenizers" / "punkt_tab" / language
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("collocations.tab", "sent_starters.txt", "abbrev_types.txt"):
            (folder / name).write_text("", encoding="utf-8")
        (folder / "ortho_context.tab").write_text("", encoding="utf-8")
