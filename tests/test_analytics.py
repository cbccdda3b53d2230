"""Call metrics against values computed by hand; rule categories on realistic anonymized text."""

from pathlib import Path

import pytest

from spinoco_assets.analytics.categories import load_rules
from spinoco_assets.analytics.metrics import call_metrics, longest_monologue
from spinoco_assets.transcription.transcript import Segment, Word


def seg(role: str, *words: tuple[float, float], text: str = "") -> Segment:
    timed = [Word(a, b, f"w{k}", role) for k, (a, b) in enumerate(words)]
    return Segment(words[0][0], words[-1][1], text or " ".join(w.text for w in timed), role, timed)


def test_metrics_match_a_hand_computed_call():
    # customer 0-1, 1.1-2 (one stretch: the 0.1 s pause is talk), 6-8
    # agent 2.5-4, 7-9 (cuts in on the customer for 1 s), 12.5-13; the recording lasts 15 s
    segments = [
        seg("customer", (0.0, 1.0), (1.1, 2.0)),
        seg("agent", (2.5, 4.0)),
        seg("customer", (6.0, 8.0)),
        seg("agent", (7.0, 9.0)),
        seg("agent", (12.5, 13.0)),
    ]
    rows = {r.role: r for r in call_metrics(segments, 15.0)}
    customer, agent, call = rows["customer"], rows["agent"], rows["call"]
    assert (customer.talk_s, agent.talk_s) == (4.0, 4.0)
    assert (customer.words, agent.words) == (3, 3)
    assert customer.words_per_minute == 45.0  # 3 words in 4 s
    assert (customer.talk_ratio, agent.talk_ratio) == (0.5, 0.5)
    assert call.overlap_s == 1.0  # 7-8
    assert (agent.interruptions, customer.interruptions) == (1, 0)
    assert call.talk_s == 7.0 and call.non_talk_s == 8.0
    assert call.silences == 1 and call.longest_silence_s == 3.5  # 9-12.5; 4-6 is exactly 2 s
    assert agent.first_response_s == 2.5
    assert agent.mean_response_gap_s == 2.5  # (0.5 after the first turn + 4.5 after the second) / 2
    assert customer.first_response_s is None and customer.non_talk_s is None


def test_a_short_backchannel_is_overlap_not_an_interruption():
    segments = [seg("customer", (0.0, 5.0)), seg("agent", (2.0, 2.3))]  # "mhm"
    rows = {r.role: r for r in call_metrics(segments, 5.0)}
    assert rows["call"].overlap_s == 0.3
    assert rows["agent"].interruptions == 0


def test_a_monologue_runs_over_pauses_until_the_other_speaks():
    assert longest_monologue([(0, 2), (3, 5)], []) == 5.0  # a 1 s pause inside
    assert longest_monologue([(0, 2), (3, 5)], [(2.2, 2.8)]) == 2.0  # the other spoke
    assert longest_monologue([(0, 2), (4.5, 5)], []) == 2.0  # a silence ends it


def test_an_empty_recording_has_no_rates():
    rows = {r.role: r for r in call_metrics([], 30.0)}
    assert rows["agent"].words_per_minute is None and rows["call"].non_talk_s == 30.0
    assert rows["call"].silences == 1 and rows["agent"].first_response_s is None


def line(role: str, start: float, text: str) -> Segment:
    return Segment(start, start + 4, text, role, [])


RULES = load_rules()


def categories(*segments: Segment, duration: float = 300.0) -> set[str]:
    return {m.category for m in RULES.evaluate(list(segments), duration)}


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (
            line("agent", 40, "Dobře, technik k vám přijede ve čtvrtek dopoledne."),
            "technician_visit_booked",
        ),
        (
            line("agent", 40, "technik prijede ve ctvrtek, mate objednano"),
            "technician_visit_booked",
        ),
        (line("customer", 10, "Chtěla bych reklamovat tu opravu od @NAME_001."), "complaint"),
        (line("customer", 10, "Podávám stížnost na vašeho technika."), "complaint"),
        (line("customer", 20, "Nepřišla mi faktura za revizi."), "invoice_payment"),
        (line("agent", 20, "Platbu jsme přijali na účet @BANK_ACCOUNT_001."), "invoice_payment"),
        (line("customer", 30, "Chci zrušit smlouvu na servis kotle."), "cancellation"),
        (line("customer", 30, "Dejte mi prosím vašeho vedoucího."), "escalation_request"),
        (
            line("customer", 30, "Kotel zase vůbec nefunguje, už po druhé tento měsíc."),
            "repeat_fault",
        ),
        (line("customer", 290, "Moc děkuji, na shledanou."), "thank_you"),
    ],
)
def test_each_default_category_finds_its_calls(segment, expected):
    assert expected in categories(segment)


@pytest.mark.parametrize(
    ("segments", "absent"),
    [
        (
            [line("customer", 40, "Technik přijede kdy?")],
            "technician_visit_booked",
        ),  # not the agent
        ([line("customer", 5, "Děkuji, že to berete.")], "thank_you"),  # not near the end
        (
            [
                line("customer", 30, "Chci zrušit smlouvu."),
                line("customer", 60, "Ne, počkejte, nechci rušit smlouvu, jen se ptám na cenu."),
            ],
            "cancellation",  # taken back: the `none` rule vetoes it
        ),
        ([line("customer", 30, "Kotel nefunguje.")], "repeat_fault"),  # a first fault
        ([line("customer", 30, "Mám dotaz na tlak v systému.")], "complaint"),
    ],
)
def test_categories_do_not_fire_outside_their_conditions(segments, absent):
    assert absent not in categories(*segments)


def test_where_a_category_matched_is_reported():
    segments = [line("agent", 0, "Dobrý den"), line("customer", 8, "Chci reklamovat opravu.")]
    [match] = [m for m in RULES.evaluate(segments, 60) if m.category == "complaint"]
    assert (match.segment_no, match.role, match.start_s, match.matched) == (
        1,
        "customer",
        8,
        "reklamovat",
    )


def test_a_bad_rules_file_names_the_file_and_the_problem(tmp_path: Path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("complaint:\n  description: x\n  any:\n    - role: customer\n")
    with pytest.raises(ValueError, match=r"(?s)rules\.yaml, category 'complaint'.*phrases"):
        load_rules(bad)
    bad.write_text("complaint:\n  description: x\n  any:\n    - regex: '(unclosed'\n")
    with pytest.raises(ValueError, match="rules.yaml"):
        load_rules(bad)


def test_a_changed_rules_file_changes_the_version(tmp_path: Path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("x:\n  description: x\n  any:\n    - phrases: [kotel]\n")
    first = load_rules(rules).digest
    rules.write_text("x:\n  description: x\n  any:\n    - phrases: [kotl]\n")
    assert load_rules(rules).digest != first != RULES.digest
