"""Conversation metrics from timed words: who talked how long, silences, overlaps, interruptions.

Stereo recordings give each word its speaker exactly (one channel per party), so these are exact
up to the aligner's word times. Mono recordings get their roles from diarization, whose speaker
turns are approximate; overlap and interruptions are then only as good as the diarization.

Speech is the union of word intervals per role, words closer than `JOIN_GAP_S` merged (the gaps
between words of one sentence are not silence).
"""

from __future__ import annotations

from dataclasses import dataclass

from spinoco_assets.transcription.transcript import Segment

ROLES = ("customer", "agent")
JOIN_GAP_S = 0.3  # pauses shorter than this inside someone's speech are still talk
SILENCE_S = 2.0  # a gap in everyone's speech longer than this is a silence
INTERRUPT_MIN_OVERLAP_S = 0.5  # shorter overlaps are backchannels ("jo", "mhm"), not cutting in

Interval = tuple[float, float]


def speech(segments: list[Segment], role: str) -> list[Interval]:
    """Merged speech intervals of one role (word times; a segment without words counts whole)."""
    spans: list[Interval] = []
    for seg in segments:
        if seg.role != role:
            continue
        if seg.words:
            spans += [(w.start, w.end) for w in seg.words if w.end > w.start]
        elif seg.end > seg.start:
            spans.append((seg.start, seg.end))
    return merge(spans, JOIN_GAP_S)


def merge(spans: list[Interval], gap: float = 0.0) -> list[Interval]:
    out: list[Interval] = []
    for start, end in sorted(spans):
        if out and start - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def total(spans: list[Interval]) -> float:
    return sum(end - start for start, end in spans)


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def interruptions(by: list[Interval], of: list[Interval]) -> int:
    """Times `by` starts talking while `of` is talking, overlapping it long enough to count."""
    count = 0
    for start, end in by:
        for o_start, o_end in of:
            if o_start < start < o_end and min(end, o_end) - start >= INTERRUPT_MIN_OVERLAP_S:
                count += 1
                break
    return count


def longest_monologue(own: list[Interval], other: list[Interval]) -> float:
    """Longest stretch of one role's speech that the other never enters (pauses up to
    `SILENCE_S` allowed inside it)."""
    best = 0.0
    run: Interval | None = None
    for start, end in own:
        if run is not None:
            gap_has_other = any(o_start < start and o_end > run[1] for o_start, o_end in other)
            if start - run[1] <= SILENCE_S and not gap_has_other:
                run = (run[0], end)
                best = max(best, run[1] - run[0])
                continue
        run = (start, end)
        best = max(best, end - start)
    return best


def silences(union: list[Interval], duration_s: float) -> list[Interval]:
    """Gaps longer than `SILENCE_S` in everyone's speech (from the start, to the end)."""
    gaps: list[Interval] = []
    pos = 0.0
    for start, end in union:
        if start - pos > SILENCE_S:
            gaps.append((pos, start))
        pos = max(pos, end)
    if duration_s - pos > SILENCE_S:
        gaps.append((pos, duration_s))
    return gaps


def response_gaps(customer: list[Interval], agent: list[Interval]) -> list[float]:
    """For each customer turn, the time until the agent's next speech starts (if it starts
    after the turn ended, before the customer speaks again)."""
    gaps: list[float] = []
    for k, (_, c_end) in enumerate(customer):
        next_customer = customer[k + 1][0] if k + 1 < len(customer) else float("inf")
        nxt = next((a for a, _ in agent if a >= c_end), None)
        if nxt is not None and nxt < next_customer:
            gaps.append(nxt - c_end)
    return gaps


@dataclass(frozen=True)
class RoleMetrics:
    role: str  # "customer", "agent", or "call" for the totals
    talk_s: float
    words: int
    words_per_minute: float | None
    talk_ratio: float | None  # share of all talk time
    longest_monologue_s: float
    interruptions: int  # times this role cut in on the other
    overlap_s: float
    non_talk_s: float | None  # the call row only
    silences: int | None
    longest_silence_s: float | None
    first_response_s: float | None  # agent (and call): the agent's first word
    mean_response_gap_s: float | None  # agent (and call): customer turn end -> agent start


def call_metrics(segments: list[Segment], duration_s: float) -> list[RoleMetrics]:
    """One row per role plus a "call" row with the totals."""
    talk = {role: speech(segments, role) for role in ROLES}
    words = {role: sum(len(s.words) for s in segments if s.role == role) for role in ROLES}
    union = merge(talk["customer"] + talk["agent"])
    all_talk = total(talk["customer"]) + total(talk["agent"])
    overlap = total(intersect(talk["customer"], talk["agent"]))
    span_s = max(duration_s, union[-1][1] if union else 0.0)
    gaps = silences(union, span_s)
    first = talk["agent"][0][0] if talk["agent"] else None
    responses = response_gaps(talk["customer"], talk["agent"])
    mean_gap = round(sum(responses) / len(responses), 3) if responses else None
    rows = []
    for role in ROLES:
        other = talk["agent" if role == "customer" else "customer"]
        talk_s = total(talk[role])
        rows.append(
            RoleMetrics(
                role=role,
                talk_s=round(talk_s, 3),
                words=words[role],
                words_per_minute=round(60 * words[role] / talk_s, 1) if talk_s else None,
                talk_ratio=round(talk_s / all_talk, 4) if all_talk else None,
                longest_monologue_s=round(longest_monologue(talk[role], other), 3),
                interruptions=interruptions(talk[role], other),
                overlap_s=round(overlap, 3),
                non_talk_s=None,
                silences=None,
                longest_silence_s=None,
                first_response_s=round(first, 3) if role == "agent" and first is not None else None,
                mean_response_gap_s=mean_gap if role == "agent" else None,
            )
        )
    rows.append(
        RoleMetrics(
            role="call",
            talk_s=round(total(union), 3),
            words=sum(words.values()),
            words_per_minute=round(60 * sum(words.values()) / all_talk, 1) if all_talk else None,
            talk_ratio=None,
            longest_monologue_s=max(r.longest_monologue_s for r in rows),
            interruptions=sum(r.interruptions for r in rows),
            overlap_s=round(overlap, 3),
            non_talk_s=round(span_s - total(union), 3),
            silences=len(gaps),
            longest_silence_s=round(max((e - s for s, e in gaps), default=0.0), 3),
            first_response_s=round(first, 3) if first is not None else None,
            mean_response_gap_s=mean_gap,
        )
    )
    return rows
