"""Cleaning: drop running headers, page numbers and e-signature boilerplate,
then join physical lines into logical paragraphs (``Para``) that keep the page
of their first line. Removing a header never ends the paragraph or agenda item
it interrupted."""
from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.records import Line
from minutes.text import fold_ocr, squash

RUNNING_HEADER = re.compile(
    r"^[-–#\s]*Kommundirekt\S*\s+i\s+Familjen\s+Helsingborg\s*(\d+\s*\(\s*\d+\s*\))?\s*$", re.I
)
_PAGE_NO = re.compile(r"^\s*(sida\s+)?\d{1,3}\s*(\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})\s*$", re.I)
_ESIGN_START = re.compile(r"^\s*underskriftssida\s*$", re.I)
_ESIGN_WORDS = re.compile(
    r"underskri|eidas|valider|signatur|pdf|dokument|adobe|knowit|standard|papper|handling|listade", re.I
)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO.match(text))


@dataclass
class Para:
    """A logical line: one paragraph, heading or list entry."""

    text: str
    page: int
    end_page: int
    blank_before: bool
    strike: bool = False
    md_level: int = 0  # markdown heading level in text sources, 0 otherwise


def strip_boilerplate(lines: list[Line], is_structural) -> tuple[list[Line], str | None]:
    """Remove running headers, page numbers and the e-signature page.

    Returns the kept lines and the title line (the first header-like line
    that is not a printed running header), if any."""
    title: str | None = None
    kept: list[Line] = []
    esign_page: int | None = None
    for ln in lines:
        t = ln.text.strip()
        if esign_page is not None:
            # The signature page ends at the page break, or where an item resumes.
            if ln.page == esign_page and not is_structural(t) and (not t or _ESIGN_WORDS.search(t) or len(t) < 60):
                continue
            esign_page = None
        if _ESIGN_START.match(t):
            esign_page = ln.page
            continue
        bare = t.lstrip("#").strip().replace("**", "")
        m = RUNNING_HEADER.match(bare)
        if m:
            if title is None and not m.group(1):
                title = squash(bare.strip("-– "))
            # A header between paragraphs is a page break, not a paragraph end.
            kept.append(Line("\x00pagebreak", ln.page))
            continue
        if is_page_number(t):
            continue
        kept.append(Line(ln.text, ln.page))
    return kept, title


_TERMINAL = re.compile(r"[.!?:”\"]\s*$")
_CLAUSE_END = re.compile(r"[.!?:;,”\"]\s*$")
_BULLET = re.compile(r"^\s*(?:[-–•·*¢]|[oe])\s+(?=[A-ZÅÄÖÉ0-9])")


def paragraphs(lines: list[Line], is_structural) -> list[Para]:
    """Join wrapped lines into paragraphs.

    A line starts a new paragraph after a blank line, when it is structural
    (a heading, keyword or "att" clause), a bullet, or struck through. A page
    break starts one only when the text before it ended a sentence."""
    out: list[Para] = []
    blank, after_break = True, False
    for ln in lines:
        raw = ln.text
        if raw == "\x00pagebreak":
            if out and _TERMINAL.search(out[-1].text):
                blank = True
            after_break = True  # blank lines under a header say nothing about paragraphs
            continue
        if not raw.strip():
            blank = blank or not after_break
            continue
        after_break = False
        md = re.match(r"^\s*(#{1,6})\s+", raw)
        level = len(md.group(1)) if md else 0
        text = raw[md.end():] if md else raw
        strike = bool(re.fullmatch(r"\s*~~.*~~\s*", text))
        text = squash(text.replace("**", "").replace("~~", ""))
        bullet = bool(_BULLET.match(text))
        if bullet:
            text = _BULLET.sub("• ", text)
        if not text:
            continue
        forced = not out or level or strike or bullet or out[-1].md_level or out[-1].strike
        # a blank line inside a sentence (OCR: "… vad som kom fram" / "pa motet med Skanes kommuner.") is no break
        inside = blank and not forced and text[:1].islower() and not _TERMINAL.search(out[-1].text) and \
            not is_structural(text) and not (is_structural(out[-1].text) and len(out[-1].text) < 45)
        new = (blank and not inside) or forced
        # (an "att" that wraps a bullet's unfinished sentence, "… komma till mötet för / att rapportera …",
        # is no decision clause)
        wraps = bool(out) and not new and out[-1].text.startswith("• ") and not _CLAUSE_END.search(out[-1].text) \
            and text.startswith("att ")
        new = new or (is_structural(text) and not wraps) or is_structural_end(out[-1].text)
        # A short heading did not wrap: a capitalised line after it is body text.
        new = new or (is_structural(out[-1].text) and len(out[-1].text) < 45 and not text[:1].islower())
        if new:
            out.append(Para(text, ln.page, ln.page, blank, strike, level))
        else:
            p = out[-1]
            p.text = squash(p.text + " " + text)
            p.end_page = ln.page
        blank = False
    return out


def is_structural_end(text: str) -> bool:
    """A paragraph that nothing may be appended to (a keyword label on its own)."""
    f = fold_ocr(text).strip()
    return bool(re.fullmatch(r"(m\w{0,3}tet beslutar|beslut|n\w{0,2}rvarande( tjanstem\w+)?|anm\S* f\S*rhinder|gaster|ovrigt)\s*:?", f))
