"""Agenda items named by their place on the agenda rather than by topic: "punkt 5",
"item 4", "kl. 10.10", "the first item after the opening", "punkten efter lunchen",
"sista punkten", "what happened at the start of the meeting" — and the reverse,
a topic's item asked for its number or time ("När började punkten om återbruk?").

Only the parsed structure answers these: an item's number and time are those of
its heading in the minutes, never counted or estimated."""
from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.records import AgendaItem, Meeting
from minutes.text import fold_ocr


@dataclass(frozen=True)
class Position:
    """Where on a meeting's agenda the question points. ``kind`` is "number",
    "time", "first", "last", "after_lunch", "before_lunch" or "after_opening";
    ``value`` is the number or the time ("10.10") for those kinds."""

    kind: str
    value: str = ""
    plural: bool = False  # "Which items came after lunch?": all of them, not the next one


# the question is about an agenda item (or what was treated), not about the meeting's time or attendance
_ABOUT_ITEM = re.compile(r"\b(punkt\w*|item\w*|point|arende\w*|dagordning\w*|agenda|diskuter\w*|behandla\w*|"
                         r"togs upp|tog upp|taken up|take up|discuss\w*|handled|dealt with|hande|happened|"
                         r"talked|pratade|avhandla\w*|covered|on the table)\b")
_NUMBER = re.compile(r"\b(?:punkt|item|agenda item|point|paragraf)\s*(?:nr\.?\s*|nummer\s*|number\s*|no\.?\s*)?"
                     r"(\d{1,2})\b(?![.:,]\d)|§\s*(\d{1,2})\b|"
                     r"\b(?:punkt\w*|item\w*|arende\w*)\b[^.?]{0,20}?\b(?:nummer|number|nr\.?|no\.)\s*(\d{1,2})\b")
_TIME = re.compile(r"\b(?:kl\.?|klockan|at|vid|från|fran)\s*(\d{1,2})[.:](\d{2})\b(?!\d)")
_ORDINALS = [
    ("after_opening", re.compile(r"\b(?:efter|after|followed|following) (?:motets |the )?(?:oppnandet|oppning\w*|opening|incheckning\w*|"
                                 r"check-in|welcome|valkomnandet)\b")),
    ("after_lunch", re.compile(r"\b(?:efter|after|followed|following) (?:the )?lunch\w*\b")),
    ("before_lunch", re.compile(r"\b(?:fore|innan|before|preceded|preceding) (?:the )?lunch\w*\b")),
    ("first", re.compile(r"\b(?:forsta|first|opening) (?:punkt\w*|item\w*|point|arende\w*)|"
                         r"\b(?:forst (?:pa dagordningen|i ordningen)|first on the agenda)\b|"
                         r"\b(?:i borjan av|at the (?:start|beginning) of|to (?:start|open)) (?:the |)"
                         r"(?:[\w-]+ ){0,3}?(?:motet|meeting)\b|\bmotet (?:inleddes|borjade|startade|oppnades) med\b|"
                         r"\b(?:meeting|it) (?:open|start|begin|began|opened|started)\w* with\b")),
    ("last", re.compile(r"\b(?:sista|last|final) (?:punkt\w*|item\w*|point|arende\w*)|"
                        r"\b(?:sist (?:pa dagordningen|i ordningen)|last on the agenda)\b|"
                        r"\b(?:i slutet av|at the end of|to close) (?:the )?(?:[\w-]+ ){0,3}?(?:motet|meeting)\b|"
                        r"\bmotet (?:avslutades|slutade) med\b|\b(?:meeting|it) (?:end|close|ended|closed)\w* with\b")),
]

_PLURAL = re.compile(r"\b(items|points|punkter\w*|arenden\w*|agenda items)\b")

# "How did the meeting in May 2023 begin?": the start of a meeting is its first item
_BEGAN = re.compile(r"\bhow did (?:the |)(?:meeting|it)\b[^?]{0,30}\b(?:begin|start|open)\b|"
                    r"\bhur (?:inleddes|borjade|startade|oppnades) (?:motet|det)\b|\bvad inleddes motet med\b")

# a topic's item asked for its time or number on the agenda
_SLOT_TIME = re.compile(r"\b(?:what time|at what time|vilken tid|vilket klockslag|hur dags)\b.*\b(?:punkt\w*|item|"
                        r"point|arende\w*|behandla\w*|diskuter\w*|discuss\w*|taken up|togs upp|start\w*|borja\w*)\b|"
                        r"\b(?:nar|when) (?:borjade|startade|behandlades|togs|did|was|were)\b.*\b(?:punkt\w*|item|"
                        r"point|arende\w*)\b(?!.*\b(?:beslut\w*|decid\w*|datum|date|day|dag)\b)")
_SLOT_NUMBER = re.compile(r"\b(?:vilket|what|which) (?:nummer|number|punktnummer|item number)\b|"
                          r"\bnumbered\b|\bvilken punkt (?:i ordningen|pa dagordningen) var\b")

# a word naming an agenda item
_ITEM_WORD = re.compile(r"\b(punkt\w*|item|point|arende\w*)\b")

_OPENING = re.compile(r"\b(oppn\w*|valkommen|incheckning)\b")
_CLOSING = re.compile(r"\b(avslut\w*|underskrift\w*)\b")
_LUNCH = re.compile(r"^lunch\b")


def position_of(question: str) -> Position | None:
    """The agenda position a question names, or None."""
    q = fold_ocr(question)
    if m := _NUMBER.search(q):
        return Position("number", m.group(1) or m.group(2) or m.group(3))
    if _BEGAN.search(q):
        return Position("first")
    if not _ABOUT_ITEM.search(q):
        return None
    if m := _TIME.search(q):
        return Position("time", f"{int(m.group(1)):02d}.{m.group(2)}")
    for kind, rx in _ORDINALS:
        if rx.search(q):
            return Position(kind, plural=bool(_PLURAL.search(q)))
    return None


def asks_slot(question: str) -> str | None:
    """"time" or "number" when a question asks at what time, or as which number, a topic's item
    was on the agenda; None otherwise."""
    q = fold_ocr(question)
    if _SLOT_NUMBER.search(q) and (_ITEM_WORD.search(q) or re.search(r"\b(agenda|dagordning\w*)\b", q)):
        return "number"
    # "Vilken tid började mötet?" asks the meeting's time (its place-and-time line), not an item's
    if _SLOT_TIME.search(q) and _ITEM_WORD.search(q):
        return "time"
    # "What time did lunch begin?": the lunch is an item of its own in the minutes that time it
    if LUNCH_TIME_Q.search(q) and not any(rx.search(q) for kind, rx in _ORDINALS if kind.endswith("lunch")):
        return "time"
    return None


# (when lunch ended the agenda's time does not say: "12.00 Lunch" is when it began)
LUNCH_TIME_Q = re.compile(r"^(?!.*\b(?:end|ended|ends|finish\w*|slutade|slutar|avslutades|over)\b)"
                          r".*\b(?:what time|at what time|vilken tid|vilket klockslag|hur dags|nar|when)\b.*\blunch\w*\b")


def is_lunch(it: AgendaItem) -> bool:
    return _titled(it, _LUNCH)


_SLOT_WORDS = re.compile(r"\b(?:at what time|what time|vilken tid|vilket klockslag|hur dags|which number|what number|"
                         r"vilket nummer|punktnummer|item number|numbered|number|nummer|on the agenda|pa dagordningen|"
                         r"agenda|dagordningen|the item|item|punkten|punkt|point|arendet|start\w*|borja\w*|"
                         r"begin|began|taken up|take up|togs upp|behandlades|discussed|diskuterades)\b", re.I)


def slot_topic(question: str) -> str:
    """The question without the words that ask for a time or number: what the item is about."""
    return " ".join(_SLOT_WORDS.sub(" ", question).split())


def _titled(it: AgendaItem, *rxs: re.Pattern) -> bool:
    """Whether the item's (folded) title matches one of ``rxs``."""
    t = fold_ocr(it.title)
    return any(rx.search(t) for rx in rxs)


def _formal(it: AgendaItem) -> bool:
    return _titled(it, _OPENING, _CLOSING, _LUNCH)


def _minutes(time: str) -> int:
    h, m = time.split(".")
    return int(h) * 60 + int(m)


def items_at(m: Meeting, pos: Position) -> list[AgendaItem]:
    """The items of ``m`` at ``pos`` (empty when the agenda has none there). An opening item with
    nothing recorded under it comes with the item after it: it alone says nothing of the start."""
    items = m.items
    if not items:
        return []
    if pos.kind == "number":
        return [it for it in items if it.number == pos.value]
    if pos.kind == "time":
        exact = [it for it in items if it.time and it.time.replace(":", ".") == pos.value]
        if exact:
            return exact
        # the item under way at that time: the last one started before it, if a later one is timed too
        timed = [it for it in items if it.time]
        before = [it for it in timed if _minutes(it.time.replace(":", ".")) < _minutes(pos.value)]
        return before[-1:] if before and before[-1] is not timed[-1] else []
    if pos.kind == "first":
        first = items[0]
        if _formal(first) and not (first.body or first.decisions) and len(items) > 1:
            return items[:2]
        return [first]
    if pos.kind == "after_opening":
        rest = [it for it in items if not _formal(it)]
        return (rest if pos.plural else rest[:1]) if _formal(items[0]) else []
    if pos.kind == "last":
        rest = [it for it in items if not _titled(it, _CLOSING, _LUNCH)]
        return rest[-1:]
    lunch = [i for i, it in enumerate(items) if _titled(it, _LUNCH)]
    if not lunch:
        return []
    if pos.kind == "after_lunch":
        return [it for it in items[lunch[0] + 1:] if not _formal(it)] if pos.plural else items[lunch[0] + 1:lunch[0] + 2]
    if pos.plural:
        return [it for it in items[:lunch[0]] if not _formal(it)]
    return items[lunch[0] - 1:lunch[0]] if lunch[0] > 0 else []
