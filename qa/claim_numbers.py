"""The facts a sentence states as numbers: amounts, percentages, dates, days, months, years, times,
weekdays and number words, normalised so that "SEK 500,000" = "500 000 kr" = "0,5 mkr", "22–23 August"
= "22 – 23 augusti" and "190215" = "15 februari 2019"; and whether a source states them."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from minutes.text import fold_ocr

from .claim_text import MARK
from .names import MONTHS, WEEKDAYS

_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM = r"\d{1,3}(?:[ \u00a0.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
_QUANT = re.compile(rf"(?<![\w])({_NUM})(?:\s*(%|procent|percent|mkr|miljoner|miljon|million|millions|mn|tkr|tusen|"
                    rf"thousand)|(k|m)\b)?", re.I)  # "SEK 225k", "SEK 1m"
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|:e|e)?(?:\s*[–-]\s*(\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                        rf"({_MONTH_RX})\b\.?")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RX})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[–-]\s*(\d{{1,2}}))?\b")
_COMPACT = re.compile(r"(?<!\d[\s.,])(?<!\d)\b(\d\d)(\d\d)(\d\d)\b(?![\s.,]\d)")  # YYMMDD, not "225 000"
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")
NUMBER_WORDS = {w: i for i, ws in enumerate(["", "", "två tva two", "tre three", "fyra four", "fem five", "sex six",
                                               "sju seven", "åtta atta eight", "nio nine", "tio ten",
                                               "elva eleven", "tolv twelve"]) for w in ws.split()}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
# A month with no day ("by June 2024", "decembermötet"); "may" only where it is a month ("in May").
_MONTH_WORD = re.compile(r"\b(" + "|".join(m for m in MONTHS if len(m) > 4 or m in ("mars", "maj", "juni", "juli", "may", "june", "july"))
                         + r")(?:s|m\w{0,3}te\w*)?\b")
# "half a million kronor", "en halv miljon", "a quarter of a million", "two million": amounts in words
_WORD_MILLION = re.compile(r"\b(?:(a|an|en|ett|one|two|tva|three|tre|four|fyra|five|fem)\s+)?(?:(half|halv|halva|quarter|kvarts)"
                           r"\s+(?:of\s+)?(?:a\s+|an\s+|en\s+)?)?(million|millions|miljon|miljoner|mkr)\b")
# "seventy-five thousand kronor", "two hundred thousand": English amounts in words below a million
_UNITS_EN = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
    "seventeen eighteen nineteen".split()
_TENS_EN = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SMALL_EN = rf"(?:(?:{'|'.join(_TENS_EN)})(?:[- ](?:{'|'.join(_UNITS_EN[:9])}))?|{'|'.join(_UNITS_EN)})"
_WORD_THOUSAND = re.compile(rf"\b(?:(?P<h>{'|'.join(_UNITS_EN[:9])}|a)\s+hundred(?:\s+and)?\s*)?(?P<s>{_SMALL_EN})?"
                            rf"\s*thousand\b")


def _small_en(words: str) -> int:
    parts = re.split(r"[- ]", words)
    return sum(_TENS_EN.index(p) * 10 + 20 if p in _TENS_EN else _UNITS_EN.index(p) + 1 for p in parts if p)


_FRACTION = {"half": 0.5, "halv": 0.5, "halva": 0.5, "quarter": 0.25, "kvarts": 0.25}
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_CLOCK = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|noon)(?!\w)", re.I)
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})\b")
# a time in words: "half past eight", "quarter to nine", "ten o'clock", Swedish "halv nio" (08.30), "kvart över åtta"
_HOUR = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + "|one|ett)"  # (an hour, not an article)
_WORD_CLOCK = re.compile(rf"\b(half past|quarter past|quarter to|halv|kvart over|kvart i)\s+{_HOUR}\b"
                         rf"(?:\s*(pm|p\.m\.|in the afternoon|in the evening))?|\b{_HOUR}\s+o'?clock\b"
                         rf"(?:\s*(pm|p\.m\.|in the afternoon|in the evening))?|"
                         # "four in the afternoon"
                         rf"\b{_HOUR}\s+(in the afternoon|in the evening)\b", re.I)
_WORD_CLOCK_MIN = {"half past": (0, 30), "quarter past": (0, 15), "quarter to": (-1, 45), "halv": (-1, 30),
                   "kvart over": (0, 15), "kvart i": (-1, 45)}



def _num(s: str) -> float | None:
    s = s.replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", s):
        return float(re.sub(r"[ .,]", "", s))  # thousands separators: 500 000, 500,000, 500.000
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def atoms(text: str) -> set[tuple]:
    """The numbers, amounts, percentages, dates, days, years, times and weekdays a
    text states, normalised: ("n", 500000.0), ("pct", 25.0), ("dm", 31, 10),
    ("day", 22), ("wd", 5), ("time", "08.30")."""
    t = fold_ocr(text)
    t = MARK.sub(" ", t)
    out: set[tuple] = set()
    spans: list[tuple[int, int]] = []
    for m in _ISO.finditer(t):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        out |= {("n", float(y)), ("dm", d, mo)}
        spans.append(m.span())
    for m in _COMPACT.finditer(t):  # "kommundirektörmöte 190215", "styrelsen 181130"
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out |= {("n", float(2000 + y)), ("dm", d, mo)}
            spans.append(m.span())
    # "22–23 augusti" and "August 22–23": the groups holding the month and the day(s)
    for rx, month, days in ((_DAY_MONTH, 3, (1, 2)), (_MONTH_DAY, 1, (2, 3))):
        for m in rx.finditer(t):
            out |= {("dm", int(m[d]), MONTHS[m[month]]) for d in days if m[d]}
            spans.append(m.span())
    for m in _SLASH.finditer(t):
        if 1 <= int(m[2]) <= 12:
            out.add(("dm", int(m[1]), int(m[2])))
            spans.append(m.span())
    for m in _DOTTED.finditer(t):  # "31.10.2024"
        if 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
            out |= {("dm", int(m[1]), int(m[2])), ("n", float(m[3]))}
            spans.append(m.span())
    for m in _WORD_CLOCK.finditer(t):
        words = (m[1] or "").lower()
        hour = m[2] or m[4] or m[6]
        h = int(hour) if hour.isdigit() else NUMBER_WORDS.get(hour.lower(), 0) or 1  # ("ett"/"one": no entry)
        shift, minute = _WORD_CLOCK_MIN.get(words, (0, 0))
        # meetings are held by day: twelve is noon ("half past twelve" is 12.30), one to five are afternoon hours
        # ("one o'clock" is 13.00)
        h = (h + shift) % 12 + (12 if (m[3] or m[5] or m[7]) else 0) or 12
        h += 12 if 1 <= h <= 5 else 0
        out.add(("time", f"{h:02d}.{minute:02d}"))
        spans.append(m.span())
    for m in _CLOCK.finditer(t):  # "8:30 am", "4 pm", "12 noon"
        if any(a <= m.start() < b for a, b in spans):
            continue
        hour = int(m[1]) % 12 + (12 if (m[3] or "").startswith("p") or m[3] == "noon" else 0)
        out.add(("time", f"{hour:02d}.{m[2] or '00'}"))
        spans.append(m.span())
    for m in _TIME.finditer(t):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if int(m[1]) < 24 and int(m[2]) < 60 and not re.match(r"\d{3}", t[m.end() + 1:m.end() + 4] or "x"):
            out.add(("time", f"{int(m[1]):02d}.{m[2]}"))
            spans.append(m.span())
    for m in _QUANT.finditer(t):
        if any(a <= m.start() < b for a, b in spans):
            continue
        v = _num(m[1])
        if v is None:
            continue
        unit = (m[2] or {"k": "thousand", "m": "million"}.get((m[3] or "").lower(), "")).lower()
        if unit in ("%", "procent", "percent"):
            out.add(("pct", v))
        elif unit in ("mkr", "miljoner", "miljon", "million", "millions", "mn"):
            out.add(("n", round(v * 1_000_000)))
        elif unit in ("tkr", "tusen", "thousand"):
            out.add(("n", round(v * 1000)))
        else:
            out.add(("n", v))
    for m in _WORD_MILLION.finditer(t):
        if any(a <= m.start() < b for a, b in spans) or (re.search(r"\d[\s\u00a0]*$", t[:m.start()]) and not m[1]):
            continue  # "1 mkr", "0,5 mkr" are read as numbers above
        count = float(NUMBER_WORDS.get(m[1] or "", 1))
        out.add(("n", round(count * _FRACTION.get(m[2] or "", 1.0) * 1_000_000)))
        spans.append(m.span())
    for m in _WORD_THOUSAND.finditer(t):
        if any(a <= m.start() < b for a, b in spans) or not (m["h"] or m["s"]):
            continue
        hundreds = (1 if m["h"] == "a" else _UNITS_EN.index(m["h"]) + 1) * 100 if m["h"] else 0
        out.add(("n", float((hundreds + (_small_en(m["s"]) if m["s"] else 0)) * 1000)))
        spans.append(m.span())
    for m in _NUMBER_WORD.finditer(t):  # "i tre år", "two of the meetings" (OCR: "tva ganger")
        if any(a <= m.start() < b for a, b in spans):
            continue
        out.add(("n", float(NUMBER_WORDS[m[1]])))
    for m in _MONTH_WORD.finditer(t):
        if any(a <= m.start() < b for a, b in spans) or (
                m[1] == "may" and not re.search(r"\b(in|of|by|since|until|from|during|early|late|mid)\s+$", t[:m.start()])
                and not re.match(r"\s+(?:19|20)\d\d", t[m.end():])):
            continue
        out.add(("mon", MONTHS[m[1]]))
    for w, d in WEEKDAYS.items():
        for m in re.finditer(rf"\b{w}\w*", t):
            # "Friday 22 March 2024" says no more than the date it names (which is checked)
            if _weekday_of_date(t[m.end():m.end() + 30]) != d:
                out.add(("wd", d))
    return {(a[0], float(a[1])) if a[0] == "n" else a for a in out}


_US_DATE = re.compile(rf"^\W*({_MONTH_RX})\w*\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_FULL_DATE = re.compile(rf"^\W*(?:the\s+|den\s+)?(\d{{1,2}})(?:st|nd|rd|th|:e|e)?\s+(?:of\s+)?({_MONTH_RX})\w*,?\s+((?:19|20)\d\d)\b")


def _weekday_of_date(after: str) -> int | None:
    """The weekday (1 = Monday) of a full date that opens ``after`` ("22 March 2024"), if any."""
    m = _FULL_DATE.match(after)
    us = None if m else _US_DATE.match(after)  # "Friday, March 22, 2024"
    if not m and not us:
        return None
    day, month, year = (m[1], m[2], m[3]) if m else (us[2], us[1], us[3])
    try:
        return dt.date(int(year), MONTHS[month], int(day)).isoweekday()
    except (ValueError, KeyError):
        return None


_FROM_TO = re.compile(rf"\b(?:fran|from)\s+(?:sek\s+)?({_NUM})\s*(?:%|procent|percent|kr|kronor)?\s*(?:till|to)\s+"
                      rf"(?:sek\s+)?({_NUM})", re.I)


def change_pairs(text: str) -> list[tuple[float, float]]:
    """The (from, to) numbers of the changes a text states ("från 25% till 50%")."""
    return [(a, b) for m in _FROM_TO.finditer(fold_ocr(text)) if (a := _num(m[1])) is not None and (b := _num(m[2])) is not None]


# "25% to 50%", "25 till 50 procent": a change written without its "from"
_TO = re.compile(rf"(?<![\d.,])({_NUM})\s*(?:%|procent|percent|kr|kronor)?\s*(?:till|to)\s+(?:sek\s+)?({_NUM})", re.I)


# "from a quarter to half time": shares of a post in words, as the percentages the minutes write
_SHARE = {"quarter": 25.0, "kvart": 25.0, "half": 50.0, "halv": 50.0, "full": 100.0, "hel": 100.0}
_SHARE_TO = re.compile(r"\b(?:from|fran)\s+(?:a\s+|an\s+|en\s+)?(quarter|kvart|half|halv|full|hel)[\w-]*\s+"
                       r"(?:to|till)\s+(?:a\s+|an\s+|en\s+)?(quarter|kvart|half|halv|full|hel)", re.I)


def stated_changes(text: str) -> list[tuple[float, float]]:
    """The (from, to) numbers of the changes a claim states, with or without "from", in figures or as
    shares of a post."""
    # (_TO finds every change _FROM_TO does: the "from" is only not required)
    folded = fold_ocr(text)
    return [(a, b) for m in _TO.finditer(folded) if (a := _num(m[1])) is not None and (b := _num(m[2])) is not None] + \
        [(_SHARE[m[1].lower()], _SHARE[m[2].lower()]) for m in _SHARE_TO.finditer(folded)]


def reversed_change(sentence: str, source: str) -> bool:
    """"från 50 till 25 procent" where the source says "fran 25% till 50%": the numbers are there, the
    direction is not."""
    def pairs(t: str) -> set[tuple]:
        return {(_num(m[1]), _num(m[2])) for m in _FROM_TO.finditer(fold_ocr(MARK.sub(" ", t)))}
    have = pairs(source)
    return any((b, a) in have and (a, b) not in have for a, b in pairs(sentence) if a != b)


def listed(sentence: str) -> int:
    """How many things a sentence lists after a colon ("Three ideas were presented: A, B and C"):
    a count the sentence itself shows, though the source states no number."""
    if ":" not in sentence:
        return 0
    tail = sentence.split(":", 1)[1]
    parts = [p for p in re.split(r",|;|\band\b|\boch\b|\bsamt\b|\bas well as\b", tail) if p.strip(" .")]
    # "…, alla från Helsingborgs stad" / "…, all from …" says something of the items; it is none of them
    parts = [p for p in parts if not re.match(r"\s*(alla|samtliga|båda|bada|all|both|each|every)\b", p, re.I)]
    return len(parts) if len(parts) >= 2 else 0


def covered(a: tuple, have: set[tuple]) -> bool:
    if a in have:
        return True
    if a[0] == "n":
        # a bare number may be a day, a year or a percentage written in the source
        v = a[1]
        return any((b[0] == "dm" and (b[1] == v)) or (b[0] == "pct" and b[1] == v) or
                   (b[0] == "time" and v == int(b[1][:2]) and b[1].endswith(".00")) for b in have)
    if a[0] == "pct":
        return ("n", a[1]) in have
    if a[0] == "mon":
        return any(b[0] == "dm" and b[2] == a[1] for b in have)
    if a[0] == "time":  # "12.00" for "12 noon", the hour alone for "until 12"
        return a[1].endswith(".00") and any(b[0] == "time" and b[1] == a[1] for b in have)
    return False


@lru_cache(maxsize=8192)
def unit_atoms(text: str) -> frozenset:
    return frozenset(atoms(text))


def show(a: tuple) -> str:
    if a[0] == "dm":
        return f"{a[1]}/{a[2]}"
    if a[0] == "n":
        v = a[1]
        return f"{int(v):,}".replace(",", " ") if v == int(v) else str(v)
    if a[0] == "pct":
        return f"{a[1]:g} %"
    if a[0] == "mon":
        return next(m for m, n in MONTHS.items() if n == a[1])
    if a[0] == "wd":
        return next(w for w, n in WEEKDAYS.items() if n == a[1])
    return str(a[1])
