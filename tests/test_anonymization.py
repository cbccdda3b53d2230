"""Anonymizing timed transcripts: placeholders in text and words, consistency, exact restore."""

import pytest

from spinoco_assets.privacy.anonymization import anonymize_transcript, residue_of, restore
from spinoco_assets.privacy.pii import PiiDetector, Placeholders
from spinoco_assets.transcription.transcript import Segment, Transcript, Word


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def timed(text: str, role: str, start: float = 0.0) -> Segment:
    """A segment whose words last 0.5 s each; digits flagged as interpolated, like alignment."""
    words = [
        Word(start + 0.5 * i, start + 0.5 * i + 0.4, w, role, None, w.strip(",.").isdigit())
        for i, w in enumerate(text.split())
    ]
    return Segment(start, words[-1].end, text, role, words)


def transcript(rid: str, *segments: Segment) -> Transcript:
    return Transcript(rid, "cs", 0.99, 60.0, list(segments))


def test_a_phone_becomes_one_placeholder_word_spanning_its_digits(pii):
    seg = timed("volejte mi na 777 123 456 prosím", "customer", start=10.0)
    anon = anonymize_transcript(transcript("r1", seg), pii, Placeholders())
    [out] = anon.segments
    assert out.text == "volejte mi na @PHONE_001 prosím"
    texts = [w.text for w in out.words]
    assert texts == ["volejte", "mi", "na", "@PHONE_001", "prosím"]
    phone = out.words[3]
    assert (phone.start, phone.end) == (seg.words[3].start, seg.words[5].end)
    assert phone.interpolated  # built from interpolated digit times
    assert anon.counts == {"PHONE": 1}


def test_the_same_value_gets_the_same_placeholder_in_every_recording_of_a_call(pii):
    call = Placeholders()
    a = anonymize_transcript(
        transcript("r1", timed("číslo je 777 123 456 a mail jan.novak@example.cz", "customer")),
        pii,
        call,
    )
    b = anonymize_transcript(
        transcript(
            "r2", timed("ještě jednou sedm sedm sedm jedna dva tři čtyři pět šest", "agent")
        ),
        pii,
        call,
    )
    other = anonymize_transcript(
        transcript("r3", timed("mail jan.novak@example.cz", "customer")), pii, Placeholders()
    )
    assert "@PHONE_001" in a.segments[0].text and "@EMAIL_001" in a.segments[0].text
    assert "@PHONE_001" in b.segments[0].text  # spoken digits, same number
    assert other.segments[0].text == "mail @EMAIL_001"  # another call numbers afresh


def test_restore_gives_back_the_exact_original(pii):
    original = transcript(
        "r1",
        timed("dobrý den, tady paní Nováková, volám z 777 123 456", "customer"),
        timed("děkuji, a váš e-mail?", "agent", 5.0),
        timed("jana tečka novakova zavináč seznam tečka cz", "customer", 9.0),
    )
    anon = anonymize_transcript(original, pii, Placeholders())
    assert all("Nováková" not in s.text and "777" not in s.text for s in anon.segments)
    restored = restore([s.text for s in anon.segments], anon.replacements)
    assert restored == [s.text for s in original.segments]
    assert residue_of(anon) == {}


def test_residue_is_found_when_text_still_holds_personal_data(pii):
    anon = anonymize_transcript(
        transcript("r1", timed("kotel nejede", "agent")), pii, Placeholders()
    )
    assert residue_of(anon) == {}
    anon.segments[0].text += " volejte 777 123 456"  # as if a detector had missed it
    assert residue_of(anon) == {"DIGITS": 1}


def test_a_reviewer_can_mark_values_the_detector_missed(pii):
    original = transcript("r1", timed("tady Xaverius, kotel nejede", "customer"))
    anon = anonymize_transcript(original, pii, Placeholders(), extra=[("NAME", "xaverius")])
    assert anon.segments[0].text == "tady @NAME_001, kotel nejede"
    assert restore([s.text for s in anon.segments], anon.replacements) == [
        original.segments[0].text
    ]


def test_the_calls_own_numbers_are_replaced_in_any_form(pii):
    """Metadata says who called; that number is personal however it is said, even where the
    words around it would make the detector read it as a price or an order number."""
    caller = "+420777123456"
    original = transcript(
        "r1",
        timed("cena objednávky 777 123 456, jo", "customer"),
        timed("volám z čísla sedm sedm sedm jedna dva tři čtyři pět šest", "customer", 4.0),
    )
    plain = anonymize_transcript(original, pii, Placeholders())
    assert "777 123 456" in plain.segments[0].text  # the detector alone keeps it: a price cue
    anon = anonymize_transcript(original, pii, Placeholders(), known_phones=(caller,))
    assert anon.segments[0].text == "cena objednávky @PHONE_001, jo"
    assert anon.segments[1].text == "volám z čísla @PHONE_001"
