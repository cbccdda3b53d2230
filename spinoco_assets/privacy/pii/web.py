"""E-mail and web addresses, written or dictated ("jan tečka novák zavináč example tečka cz").

Both are found from a rare anchor (each "@", each ".tld") and grown outwards: a regex scan of
the whole text would be slow, and the anchors are where these formats have to be.
"""

from __future__ import annotations

import re

from .base import Candidate, CzechDetector, filth_class, find_all
from .names import fold_accents
from .view import View

_TLD = (
    "cz|sk|com|eu|net|org|info|biz|de|at|pl|io|online|shop|store|cloud|ly|me|co|app|dev|xyz|tv|"
    "uk|it|hu|gl|link|page"
)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_DOT = r"(?: ?\. ?| t[eé][cč]ka )"
# Letters spelled one by one, with dictated dots, right before where the view's e-mail starts.
_SPELLED_BEFORE = re.compile(rf"(?<!\w)(?:[^\W\d_](?:{_DOT}| |-))+\Z")
# Any written link with a scheme.
_WRITTEN = re.compile(r"(?<![\w@])https?://[^\s,;<>\"]+")

# Web addresses said aloud, on the lower-case text: "vé vé vé tečka firma tečka cé zet lomítko
# servis", "tři vé dot voda pomlčka kolar dot es ká", "https dvojtečka dvě lomítka ...".
_NUM = (
    r"(?:nula|jedn[aou]|dv[aěe]|t[rř]i|[cč]ty[rř]i|p[eě]t|[sš]est|sedm|osm|dev[eě]t|deset|"
    r"\w+n[aá]ct|dvacet|t[rř]icet|[cč]ty[rř]icet|\w+des[aá]t|sto|st[aě]|set|tis[ií]c|\d+)"
)
_S_DOT = r"(?:\.| t[eé][cč]ka| dot)"
_S_DASH = r"(?:-| pomlčka| pomlcka| minus| spojovník| spojovnik)"
_S_SLASH = r"(?: ?/| lom[ií]tko| lomeno| slash)"
_S_LABEL = rf"(?:[^\W_]+(?: {_NUM})*(?: [^\W_]+)?)"  # "thermo čtyřicet sedm", "teplo plus"
_S_TLD = (
    r"(?:cz|c[eé] ?zet|sk|es k[aá]|com|kom|eu|e u|é u|net|org|info|biz|de|at|pl|io|online|"
    r"shop|store|cloud)"
)
# After a spoken "www" the dot before a spoken TLD may go unsaid: "vé vé vé firma cé zet".
_S_BARE_TLD = r" (?=c[eé] ?zet|es k[aá])"
_S_WWW = r"(?:w ?w ?w|v[eé] v[eé] v[eé]|(?:dvojit[eé] v[eé] ?){3}|t[rř]i v[eé]|t[rř]ikr[aá]t v[eé])"
_S_SCHEME = rf"(?:https?(?: ?:| dvojte[cč]ka) ?(?://|dv[eě] lom[ií]tka|{_S_SLASH}{_S_SLASH}) ?)"
_SAID = re.compile(
    rf"(?<!\w)(?:{_S_SCHEME}?{_S_WWW}{_S_DOT} ?|{_S_SCHEME})"
    rf"{_S_LABEL}(?:(?:{_S_DOT}|{_S_DASH}) ?{_S_LABEL})*?(?:{_S_DOT} ?|{_S_BARE_TLD}){_S_TLD}(?!\w)"
    rf"(?:{_S_SLASH} ?[^\W_]+(?:(?:{_S_DASH}|{_S_DOT}) ?[^\W_]+)*)*"
)
_SAID_HINTS = ("w w", "www", "vé v", "ve v", "dvojit", "tři v", "tri v", "http", "třikrát")
# Where a match of _SAID or _WRITTEN can begin (see `find_all`): a scheme or a spoken "www".
_SAID_START = re.compile(r"http|w|v[eé] v|dvojit|t[rř]i")
_WRITTEN_START = re.compile(r"http")
_SAID_COM = re.compile(r"\.kom(?=/|:|$)")  # "com" as ASR writes it said


# Spoken TLDs the view does not render: "eska", "kám", "a té", "jú kej".
_SPOKEN_TLD = r"(?:eska|k[aá]m|a t[eé]|j[uú] kej|d[eé] [eé]|e u|é u|es k[aá]|c[eé] ?zet)"
_D_SEP = r"[ ,]{0,3}"  # a dictated piece by piece address: "jan, zavináč, seznam, tečka, cz"
_D_PIECE = r"[^\W_][\w+]*(?:[._-][\w+]+)*"
_D_LOCAL = (
    rf"(?<![\w.@-]){_D_PIECE}(?:{_D_SEP}[._-]{_D_SEP}{_D_PIECE}|{_D_SEP}\d{{1,4}}(?!\w)){{0,4}}"
)
_D_AT = r"(?:@|(?<=,) ?at(?= ?,)|[\[(] ?at ?[\])])"
_D_DOT = r"(?:\.|dot|[\[(] ?dot ?[\])])"
_D_DOMAIN = rf"{_D_PIECE}(?:{_D_SEP}(?:{_D_DOT}|-){_D_SEP}{_D_PIECE})*?"
_DICTATED = re.compile(
    rf"{_D_LOCAL}{_D_SEP}{_D_AT}{_D_SEP}{_D_DOMAIN}{_D_SEP}{_D_DOT}{_D_SEP}"
    rf"(?:{_SPOKEN_TLD}|{_TLD}|kom)(?![\w@-])"
)
# Where a dictated address with its pieces apart or web-style "(at)" may be: commas or
# brackets around the "@".
_BRACKETED = re.compile(r"[\[(] ?(at|dot) ?[\])]")
_DICTATED_AT = re.compile(r", ?@|@ ?,|, ?at ?,|[\[(] ?at ?[\])]")


class EmailDetector(CzechDetector):
    name = "cz_email"
    pii_type = "EMAIL"
    filth_cls = filth_class("EMAIL")
    # A dictated number may stand apart from the name before "@": "horáková 85@". Spoken
    # English the view leaves as words: "jan dot novak at firma dot cz", "therm minus plus".
    local = re.compile(r"(?<![\w.%+-])\w(?:[\w.%+-]| dot )*(?: \d{1,4}){0,2}\Z")
    # A number said apart inside the first label: "zavináč o dva active tečka cz".
    domain = re.compile(
        r"[\w-]+(?: \d{1,3}(?: [\w-]+)?)?(?:(?:\.| dot | minus )[\w-]+)*(?:\.| dot )"
        rf"(?:{_SPOKEN_TLD}(?!\w)|[^\W\d_]{{2,24}}(?![\w-]))"
        r"|[\w-]+ (cz|sk|com|eu|cé zet|ce zet)(?!\w)"  # "zavináč seznam cz"
    )
    # Anchors: "@" or " at " before a word. Two literal scans are 4x faster than one regex
    # "@| at (?=\w)", which tries " at" at every space; the two never overlap.
    at_sign = re.compile(r"@")
    spoken_at = re.compile(r" at (?=\w)")
    dotted = re.compile(r"\.| dot ")

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, list[Candidate]()
        if "@" not in norm and " at " not in norm:
            if ", at" in norm or ",at" in norm or "at)" in norm or "at]" in norm:
                out += self._dictated(view)
            return out
        anchors = [*self.at_sign.finditer(norm), *self.spoken_at.finditer(norm)]
        for a in sorted(anchors, key=lambda m: m.start()):
            at, after = a.start(), a.end()
            if a.group() == "@":  # ASR puts spaces around "@": "novak @ gmx.at", "jan@ seznam.cz"
                at -= norm.endswith(" ", 0, at)
                after += norm.startswith(" ", after)
            dom = self.domain.match(norm, after)
            if not dom:
                continue
            loc = self.local.search(norm, self._local_from(norm, at), at)
            if not loc:
                continue
            if a.group() != "@" and not self.dotted.search(dom.group()) and not dom.group(1):
                continue  # "ať" unaccented; "at volny cz" ends in a TLD said as a word
            start, end = view.span(loc.start(), dom.end())
            if self._spelled_before(view, start):  # "T E R E Z A tečka M U L L E R O V A ..."
                spelled = _SPELLED_BEFORE.search(view.lower, max(0, start - 120), start)
                if spelled:
                    start = spelled.start()
            out.append((start, end, self.key(norm[loc.start() : dom.end()])))
        if (
            ",@" in norm
            or ", @" in norm
            or "@," in norm
            or "@ ," in norm
            or "at)" in norm
            or "at]" in norm
        ):
            out += self._dictated(view)
        return out

    def _dictated(self, view: View) -> list[Candidate]:
        """Addresses said piece by piece ("jan, zavináč, seznam, tečka, cz") or written
        web-style ("jan(at)firma.cz", "jan [at] firma [dot] cz")."""
        norm, out, last = view.norm, list[Candidate](), -1
        for a in _DICTATED_AT.finditer(norm):
            if a.start() < last:
                continue
            stop = min(len(norm), a.end() + 100)
            m = _DICTATED.search(norm, max(0, a.start() - 80), stop)
            while m is not None and m.end() <= a.start():
                m = _DICTATED.search(norm, m.end(), stop)
            if m is None or not m.start() <= a.start() < m.end():
                continue
            last = m.end()
            end = m.end()
            out.append((*view.span(m.start(), end), self.key(norm[m.start() : end])))
        return out

    @staticmethod
    def _local_from(norm: str, end: int) -> int:
        """Where the part before "@" at `end` can start at the earliest: at most 96 characters
        back, and after the last space that cannot be in it (only the spaces of " dot " and
        of the digit groups before "@" can). A regex search tries every start in its window,
        so a shorter window is a faster one."""
        lo = max(0, end - 96)
        space = norm.rfind(" ", lo, end)
        while space >= 0 and (
            norm.startswith("dot ", space + 1)
            or (space >= 3 and norm.startswith("dot", space - 3))
            or norm[space + 1 : space + 2].isdigit()
        ):
            space = norm.rfind(" ", lo, space)
        return max(lo, space + 1)

    @staticmethod
    def _spelled_before(view: View, start: int) -> bool:
        """Whether spelled letters may end at `start` (the last word before it is one letter
        or "tečka"): a cheap test before `_SPELLED_BEFORE` tries 120 starts."""
        word = view.words_before(start)[1]
        return len(word) == 1 or word in ("tečka", "tecka", "téčka", "técka")

    def key(self, norm_text):
        text = norm_text.replace(" dot ", ".").replace(" at ", "@").replace(" minus ", "-")
        text = _BRACKETED.sub(lambda m: "@" if m.group(1) == "at" else ".", text)
        return fold_accents(text.replace(" ", "").replace(",", ""))


class UrlDetector(CzechDetector):
    """Web addresses ending in a known TLD; e-mail domains are excluded by the "@" before."""

    name = "cz_url"
    pii_type = "URL"
    filth_cls = filth_class("URL")
    tld = re.compile(rf"\.(?:{_TLD})(?![\w@-])")
    # The dot said in English, no "www" before: "zakladka dot cz", "firma dot kom lomeno".
    said_tld = re.compile(rf" dot (?:{_TLD}|kom)(?![\w@-])")
    host = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?[\w-]+(?: \d+)?(?:\.[\w-]+)*\Z")
    path = re.compile(r"(?::\d+)?(?:/[^\s,;]*)?")
    # A dash said as "minus" inside a written host; the view leaves "minus" a word, as it
    # is one in "minus pět stupňů".
    minus_before = re.compile(r"(?<![\w@.-])[\w-]+ minus \Z")

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, []
        tlds = list(self.tld.finditer(norm))
        if " dot " in norm:  # a substring test first: rare
            tlds += self.said_tld.finditer(norm)
        for t in tlds:
            host = self.host.search(norm, self._host_from(norm, t.start()), t.start())
            if not host:
                continue
            start = host.start()
            while norm.endswith(" minus ", 0, start):  # "autodilna minus vyskocil tecka eu"
                dash = self.minus_before.search(norm, max(0, start - 60), start)
                if dash is None:
                    break
                start = dash.start()
            path = self.path.match(norm, t.end())
            end = path.end() if path else t.end()
            while norm[end - 1] in ".:;!?)":
                end -= 1
            out.append((*view.span(start, end), self.key(norm[start:end])))
        lower = view.lower
        said = any(hint in lower for hint in _SAID_HINTS)
        for regex, starts, present in (
            (_WRITTEN, _WRITTEN_START, "http" in lower),
            (_SAID, _SAID_START, said),
        ):
            if not present:  # cheap substring tests first: both are rare
                continue
            for m in find_all(regex, starts, lower):
                end = m.end()
                while view.lower[end - 1] in ".:;!?)":
                    end -= 1
                out.append((m.start(), end, self.key(view.lower[m.start() : end])))
        return out

    @staticmethod
    def _host_from(norm: str, end: int) -> int:
        """Where a host ending at `end` can start at the earliest: at most 100 characters back
        and after the last two spaces (it holds one at most, "firma 24.cz"). A regex search
        tries every start, so a shorter window is a faster one."""
        lo = max(0, end - 100)
        space = norm.rfind(" ", lo, end)
        return lo if space < 0 else max(lo, norm.rfind(" ", lo, space) + 1)

    def key(self, norm_text):
        text = norm_text.strip().replace(" minus ", "-").replace(" dot ", ".")
        text = _SCHEME.sub("", _SAID_COM.sub(".com", text))
        return fold_accents(text.rstrip("/"))
