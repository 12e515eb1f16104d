"""Dates as the minutes write them: 230512, 2024-03-22, 190118,
"Den 21 november 2025", "den 12 maj" (year taken from elsewhere)."""
from __future__ import annotations

import datetime as dt
import re

from minutes.text import fold_ocr

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}
# the month names as one regex alternation (longest first), shared by the date and question parsers
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
YYMMDD = re.compile(r"(?<![\d./-])(\d\d)(\d\d)(\d\d)(?![\d./-])")
SPELLED = re.compile(rf"\b(\d{{1,2}})(?::e)?\s+({MONTH_PATTERN})(?:\s+((?:19|20)\d\d))?\b")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full date in ``text`` (ISO or YYMMDD), as YYYY-MM-DD."""
    for m in ISO.finditer(text):
        if (d := _valid(int(m[1]), int(m[2]), int(m[3]))):
            return d
    for m in YYMMDD.finditer(text):
        yy, mm, dd = int(m[1]), int(m[2]), int(m[3])
        if 1 <= mm <= 12 and (d := _valid(2000 + yy, mm, dd)):
            return d
    return None


def find_spelled(text: str) -> tuple[int, int, int | None] | None:
    """"den 12 maj [2023]" → (day, month, year or None)."""
    m = SPELLED.search(fold_ocr(text))
    if not m:
        return None
    return int(m[1]), MONTHS[m[2]], int(m[3]) if m[3] else None


def meeting_date(header_lines: list[str], whole_text: str) -> tuple[str | None, list[str]]:
    """Resolve the meeting date from the lines before the first agenda item.

    A spelled-out date with a year wins over a numeric one when they disagree
    less than it does with the rest of the header; a spelled date without a
    year borrows the year of a numeric date or the first year in the text."""
    warnings: list[str] = []
    numeric = next((d for d in map(find_date, header_lines) if d), None)
    spelled = next((s for s in map(find_spelled, header_lines) if s), None)
    if spelled and spelled[2]:
        d = _valid(spelled[2], spelled[1], spelled[0])
        if numeric and d and numeric != d:
            warnings.append(f"datumen i huvudet skiljer sig åt ({numeric} och {d}); använder {numeric}")
            return numeric, warnings
        return d or numeric, warnings
    if numeric:
        return numeric, warnings
    if spelled:
        years = re.findall(r"\b((?:19|20)\d\d)\b", whole_text)
        if years:
            d = _valid(int(years[0]), spelled[1], spelled[0])
            if d:
                return d, warnings
    body_date = find_date(whole_text)
    if body_date:
        warnings.append(f"mötesdatum saknas i huvudet; gissar {body_date} från texten")
    return body_date, warnings
