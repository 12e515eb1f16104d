"""Dates named in a question narrow the search: "i november 2025",
"den 22 mars 2024", "2024-03-22", "under 2019", "in March 2024", and relative to
the index or today: "senaste mötet", "last meeting", "förra året", "i år".

A bare year is only taken as a date when a word of time precedes it, since
years are also topics ("Budget 2026", "årsredovisning 2023", "budget från 2020")."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ingest.dates import MONTH_PATTERN as _MONTHS, MONTHS
from minutes.text import fold

# "nov 2025", "22 mar. 2024": a short month name counts only with a year beside it ("23 jan" alone,
# "Jan", "mar" could be other words)
SHORT_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "okt": 10, "oct": 10, "nov": 11, "dec": 12}
MONTHS = {**MONTHS, **SHORT_MONTHS}
_MONTHS_Y = rf"(?:{_MONTHS}|(?:{'|'.join(sorted(SHORT_MONTHS, key=len, reverse=True))})\b\.?)"
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# day first, as Swedes and most Europeans write it: "12/5 2023", "12/5-2023", "21.11.2025", "2023/05/12" (not the
# minutes' compact "181130": in a question that is a date an item speaks of, a word to find)
_NUMERIC = re.compile(r"(?<![\d/.,-])(\d{1,2})([/.])(\d{1,2})(?:\2|\s*-\s*|\s+)((?:19|20)\d\d)\b|"
                      r"\b((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?::e)?\s+({_MONTHS_Y})\s+((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTHS_Y})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTHS_Y})(?:motet|mote)?\s+((?:19|20)\d\d)\b")  # ("junimötet 2023")
_YEAR = re.compile(r"\b(?:i|under|ar|aret|in|during|of|motet|motena|meeting|meetings|togs|fattades|"
                   r"beslutades|decided|held|hölls|holls)\s+((?:19|20)\d\d)\b(?![-/]\d)")


def _numeric_day(q: str) -> str | None:
    """A day written in digits other than ISO, as YYYY-MM-DD; day/month swapped when only that is a date."""
    if m := _NUMERIC.search(q):
        y, a, b = (m[4], int(m[1]), int(m[3])) if m[1] else (m[5], int(m[7]), int(m[6]))
        day, month = (a, b) if b <= 12 else (b, a)
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(int(y), month)[1]:
            return f"{y}-{month:02d}-{day:02d}"
    return None


def date_range(question: str) -> tuple[str | None, str | None]:
    """(from, to) as YYYY-MM-DD, or (None, None) when the question names no date."""
    q = fold(question)
    if m := _ISO.search(q):
        d = f"{m[1]}-{m[2]}-{m[3]}"
        return d, d
    if d := _numeric_day(q):
        return d, d
    if m := _DAY_MONTH_YEAR.search(q):
        d = f"{m[3]}-{MONTHS[m[2].rstrip('.')]:02d}-{int(m[1]):02d}"
        return d, d
    if m := _MONTH_DAY_YEAR.search(q):
        d = f"{m[3]}-{MONTHS[m[1].rstrip('.')]:02d}-{int(m[2]):02d}"
        return d, d
    if m := _MONTH_YEAR.search(q):
        y, mo = int(m[2]), MONTHS[m[1].rstrip('.')]
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if m := _YEAR.search(q):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    return None, None


_LATEST = re.compile(r"\b(senaste|forra|sista) (?:kommundirektors)?mote(?:t)?\b|\b(?:the )?(last|latest|most recent|previous)"
                     r" (?:directors'? )?meeting\b|"
                     # "… via Teams senast?", "… these days": the most recent meeting
                     r"\bsenast\W*$|\b(?:these days|nowadays|numera|nufortiden)\b|"
                     # "the next meeting": only the latest minutes can say anything of it
                     r"\b(?:the )?next (?:directors'? )?meeting\b|\bnasta (?:kommundirektors)?mote(?:t)?\b")
_LAST_YEAR = re.compile(r"\b(forra aret|i fjol|last year)\b")
_THIS_YEAR = re.compile(r"\b(i ar|this year)\b")


@dataclass(frozen=True)
class When:
    """The dates a question names. ``latest``: it names the most recent meeting.
    ``year_only``: only a bare year (which may be a topic rather than when
    meetings were held, so the caller drops it when it finds nothing)."""

    date_from: str | None = None
    date_to: str | None = None
    latest: bool = False
    year_only: bool = False
    bare: bool = False  # a year with no word of time ("sekreterare 2019"): narrows structured answers only
    ordinal: str | None = None  # "first" / "last": the first or last meeting held within the dates

    @property
    def names_meeting(self) -> bool:
        return self.latest or self.ordinal is not None or (self.date_from is not None and not self.year_only)


# "mötet 2019", "the 2019 meeting": one meeting named by its year, not a year a topic belongs to
_MEETING_OF_YEAR = re.compile(r"\b(?:motet|kommundirektorsmotet|the meeting|the directors' meeting) (?:i |in |under |during )?"
                              r"(?:ar |year )?(?:19|20)\d\d\b|\bthe (?:19|20)\d\d (?:directors' )?meeting\b"
                              # "the 2026 meeting dates" are dates of that year's meetings, no meeting named
                              r"(?!\s+(?:dates?|schedule|calendar|times?|days?|plan\w*))")


def when(question: str, today: dt.date | None = None) -> When:
    w = _when(question, today)
    if w.year_only and _MEETING_OF_YEAR.search(fold(question).lower()):
        return When(w.date_from, w.date_to)
    return w


# "det sista mötet 2023", "the first meeting of 2024", "2019's last meeting": one meeting, counted within
# the year that stands next to it (a year elsewhere may be a topic: "senaste mötet om budget 2026")
_ORD = r"(forsta|sista|senaste|first|last|latest|final|earliest)"
_MEET = r"(?:kommundirektors)?mote(?:t)?|(?:directors'? )?meeting"
_ORDINAL_YEAR = re.compile(rf"\b{_ORD} (?:{_MEET})\s+(?:som holls |held |that was held )?"
                           rf"(?:(?:i|in|of|under|during|for|ar|year|the year)\s+)*((?:19|20)\d\d)\b(?![-/]\d)|"
                           rf"\b((?:19|20)\d\d)(?:'s|s)? {_ORD} (?:{_MEET})\b|"
                           rf"\bthe {_ORD} ((?:19|20)\d\d) (?:{_MEET})\b|\barets {_ORD} (?:{_MEET})\b.*?\b((?:19|20)\d\d)\b")
# "det första mötet" with no year: the earliest meeting on record
_FIRST_MEETING = re.compile(rf"\b(?:forsta|first|earliest) (?:{_MEET})\b")


def _ordinal_year(q: str) -> When | None:
    m = _ORDINAL_YEAR.search(q.lower())
    if not m:
        return When(ordinal="first") if _FIRST_MEETING.search(q.lower()) else None
    word = m[1] or m[4] or m[5] or m[7]
    year = m[2] or m[3] or m[6] or m[8]
    return When(f"{year}-01-01", f"{year}-12-31",
                ordinal="first" if word in ("forsta", "first", "earliest") else "last")


def _when(question: str, today: dt.date | None = None) -> When:
    q = fold(question)
    if (o := _ordinal_year(q)) is not None:
        return o
    if _LATEST.search(q):
        return When(latest=True)
    d_from, d_to = date_range(question)
    if d_from:
        return When(d_from, d_to, year_only=d_from.endswith("-01-01") and d_to.endswith("-12-31"))
    today = today or dt.date.today()
    if _LAST_YEAR.search(q):
        return When(f"{today.year - 1}-01-01", f"{today.year - 1}-12-31", year_only=True)
    if _THIS_YEAR.search(q):
        return When(f"{today.year}-01-01", f"{today.year}-12-31", year_only=True)
    if m := re.search(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])", q):
        return When(f"{m[1]}-01-01", f"{m[1]}-12-31", year_only=True, bare=True)
    return When()


# "mötet den 22 mars", "the meeting on 29 September", "the 16 June meeting": a meeting named by a day
# with no year (a day alone, "before 5 December", may be any date an item speaks of)
_MEETING_DAY = re.compile(rf"\b(?:motet|kommundirektorsmotet|(?<!board )meeting|directors' meeting) "
                          rf"(?:den |on |of |held on |pa )?"
                          rf"(\d{{1,2}})(?::?e|st|nd|rd|th)?\.?\s+({_MONTHS})\b(?!\s+(?:19|20)\d\d)|"
                          rf"\bthe (\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS}) meeting\b|"
                          rf"\b(?:motet|(?<!board )meeting) (?:on |of )?({_MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)")


def meeting_day(question: str) -> tuple[int, int] | None:
    """(month, day) of a meeting the question names by a day without a year, or None."""
    m = _MEETING_DAY.search(fold(question).lower())
    if not m:
        return None
    day, month = (m[1], m[2]) if m[1] else (m[3], m[4]) if m[3] else (m[6], m[5])
    return MONTHS[month], int(day)


_DAY = re.compile(rf"\b(\d{{1,2}})(?::?e|st|nd|rd|th)?\.?\s+({_MONTHS})\b(?:,?\s+((?:19|20)\d\d)\b)?|"
                  rf"\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?")


def days_named(question: str) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of each day the question names ("on 23 January", "den 5:e april 2024")."""
    out = []
    for m in _DAY.finditer(fold(question).lower()):
        day, month, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        out.append((int(year) if year else None, MONTHS[month], int(day)))
    return out


# a month alone ("the December board meeting", "i april"): no day before it, no year after it ("may" is
# mostly the verb)
_MONTH_ALONE = re.compile(rf"\b({_MONTHS})\b(?!\s+(?:19|20)\d\d)")


def _months_outside_days(question: str, rx: re.Pattern) -> list[re.Match]:
    """``rx``'s month mentions in the folded question that are not part of a day ("may" is mostly the verb)."""
    q = fold(question).lower()
    days = [m.span() for m in _DAY.finditer(q)]
    return [m for m in rx.finditer(q) if m[1] != "may" and not any(a <= m.start() < b for a, b in days)]


def months_alone(question: str) -> list[int]:
    """The months a question names without a day or a year ("the December board meeting" → [12])."""
    return [MONTHS[m[1].rstrip('.')] for m in _months_outside_days(question, _MONTH_ALONE)]


_MONTH_YEAR = re.compile(rf"\b({_MONTHS_Y})(?:motet|mote)?\s+((?:19|20)\d\d)\b")  # ("junimötet 2023")


def months_with_year(question: str) -> list[tuple[int, int]]:
    """(year, month) of each month a question names with a year but no day ("styrelsemötet i december 2025")."""
    return [(int(m[2]), MONTHS[m[1].rstrip('.')]) for m in _months_outside_days(question, _MONTH_YEAR)]


# "mötet i juni", "the meeting in June", "Och i juni?": a meeting named by its month alone ("the board meeting in
# June" names the board's)
_MEETING_MONTH = re.compile(rf"(?<!board )(?<!styrelse)\b(?:motet|meeting|kommundirektorsmotet) "
                            rf"(?:i|in|during|pa|held in) ({_MONTHS})\b|"
                            rf"^\W*(?:och|and|what about|hur var det|men)?\W*(?:i|in) ({_MONTHS})\W*$")


def meeting_month(question: str) -> int | None:
    """The month of a meeting named by its month alone, no day or year ("Who attended the meeting in June?")."""
    if not months_alone(question):
        return None
    m = _MEETING_MONTH.search(fold(question).lower())
    return MONTHS[m[1] or m[2]] if m and (m[1] or m[2]) != "may" else None


def date_words(question: str) -> str:
    """The words of the question that name when (\"i mars 2024\", \"den 22 mars\"), as one string."""
    q = fold(question)
    found = []
    for rx in (_ISO, _NUMERIC, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_YEAR, _YEAR, _LATEST, _LAST_YEAR, _THIS_YEAR):
        found += [m[0] for m in rx.finditer(q)]
    found += re.findall(rf"\b(?:{_MONTHS})\b", q)
    # a day before a month with no year ("on 5 December", "den 5:e april") is a date too, not a number
    found += re.findall(rf"\b\d{{1,2}}(?::?e|st|nd|rd|th)?\.?(?=\s+(?:{_MONTHS})\b)", q)
    return " ".join(found)
