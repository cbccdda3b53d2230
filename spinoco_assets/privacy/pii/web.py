"""E-mail and web addresses, written or dictated ("jan tečka novák zavináč example tečka cz").

Both are found from a rare anchor (each "@", each ".tld") and grown outwards: a regex scan of
the whole text would be slow, and the anchors are where these formats have to be.
"""

from __future__ import annotations

import re

from .base import Candidate, CzechDetector, filth_class
from .names import FOLD
from .view import View

_TLD = "cz|sk|com|eu|net|org|info|biz|de|at|pl|io|online|shop|store|cloud"
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_DOT = r"(?: ?\. ?| t[eé][cč]ka )"
# Letters spelled one by one, with dictated dots, right before where the view's e-mail starts.
_SPELLED_BEFORE = re.compile(rf"(?<!\w)(?:[^\W\d_](?:{_DOT}| |-))+\Z")
# Any written link with a scheme, and web addresses said aloud ("www tečka firma tečka cézet").
_WRITTEN = re.compile(r"(?<![\w@])https?://[^\s,;<>\"]+")
_SAID = re.compile(
    rf"(?<!\w)(?:w ?w ?w|v[eé] ?v[eé] ?v[eé]){_DOT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}"
    rf"(?:{_TLD}|c[eé] ?zet|cé zet)(?:(?: ?/ ?| lom[ií]tko )[\w-]+)*(?!\w)"
)


class EmailDetector(CzechDetector):
    name = "cz_email"
    pii_type = "EMAIL"
    filth_cls = filth_class("EMAIL")
    # A dictated number may stand apart from the name before "@": "horáková 85@".
    local = re.compile(r"(?<![\w.%+-])\w[\w.%+-]*(?: \d{1,4})?@\Z")
    domain = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])")

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, []
        at = norm.find("@")
        while at >= 0:
            loc = self.local.search(norm, max(0, at - 96), at + 1)
            dom = self.domain.match(norm, at + 1)
            if loc and dom:
                start, end = view.span(loc.start(), dom.end())
                spelled = _SPELLED_BEFORE.search(view.lower, max(0, start - 120), start)
                if spelled:  # "T E R E Z A tečka M U L L E R O V A zavináč ..."
                    start = spelled.start()
                out.append((start, end, self.key(norm[loc.start() : dom.end()])))
            at = norm.find("@", at + 1)
        return out

    def key(self, norm_text):
        return norm_text.replace(" ", "").translate(FOLD)


class UrlDetector(CzechDetector):
    """Web addresses ending in a known TLD; e-mail domains are excluded by the "@" before."""

    name = "cz_url"
    pii_type = "URL"
    filth_cls = filth_class("URL")
    tld = re.compile(rf"\.(?:{_TLD})(?![\w@-])")
    host = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\Z")
    path = re.compile(r"(?::\d+)?(?:/[^\s,;]*)?")

    def candidates(self, view: View) -> list[Candidate]:
        norm, out = view.norm, []
        for t in self.tld.finditer(norm):
            host = self.host.search(norm, max(0, t.start() - 100), t.start())
            if not host:
                continue
            path = self.path.match(norm, t.end())
            end = path.end() if path else t.end()
            while norm[end - 1] in ".:;!?)":
                end -= 1
            out.append((*view.span(host.start(), end), self.key(norm[host.start() : end])))
        lower = view.lower
        said = "w w" in lower or "www" in lower or "vé v" in lower or "ve v" in lower
        for regex, present in ((_WRITTEN, "http" in lower), (_SAID, said)):
            if not present:  # cheap substring tests first: both are rare
                continue
            for m in regex.finditer(lower):
                end = m.end()
                while view.lower[end - 1] in ".:;!?)":
                    end -= 1
                out.append((m.start(), end, self.key(view.lower[m.start() : end])))
        return out

    def key(self, norm_text):
        return _SCHEME.sub("", norm_text.strip()).rstrip("/").translate(FOLD)
