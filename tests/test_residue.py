"""The residue scan: what it flags in anonymized text, and what analysts keep."""

import pytest

from spinoco_assets.privacy.residue import residue


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("zavolejte mi na 777 123 456 prosím", "DIGITS"),
        ("účet 123456789/0800", "DIGITS"),
        ("číslo je sedm sedm sedm jedna dva tři čtyři", "SPOKEN_DIGITS"),
        ("mail jana@example.cz", "AT"),
        ("pište na novak zavináč seznam", "AT"),
        ("najdete nás na www tečka firma tečka cz", "WEB"),
        ("bydlím na ulici @NAME_001 12", "ADDRESS"),
        ("volala paní Zelenková kvůli kotli", "NAME"),
        ("volal pan Xaver, že kotel nejde", "NAME"),
    ],
)
def test_what_looks_personal_is_flagged(text: str, kind: str) -> None:
    assert residue(text)[kind] >= 1


@pytest.mark.parametrize(
    "text",
    [
        "volejte @PHONE_001, mail @EMAIL_001, bydlí @ADDRESS_001",
        "faktura FV-2025-63872 na 15 900,- Kč je zaplacená",
        "číslo objednávky je 2024001587, dodání v pátek",
        "plynoměr ukazuje 25927 kubíků",
        "kotel Vaillant ecoTEC plus VU 246/5-5 hlásí F28",
        "tlak 1,5 baru, teplota 65 stupňů, termín 15. 3. 2024 v 8:30",
        "Oběhové čerpadlo cvaká, hlavně v noci",
        "stojí to dva tisíce pět set korun",
    ],
)
def test_what_analysts_need_is_kept(text: str) -> None:
    assert residue(text) == {}
