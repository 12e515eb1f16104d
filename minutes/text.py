"""Text helpers shared by parsing and retrieval.

``fold`` is length-preserving (one output character per input character) so a
match found in folded text can be mapped back onto the original."""
from __future__ import annotations

import re
import unicodedata

# OCR slips seen in the scanned minutes: é for ö ("férhinder"), 6 for ö ("Sval6v").
_OCR_MAP = {"6": "o", "0": "o", "1": "l"}


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1] or c
    return base.lower() if base.isalpha() or base.isdigit() else c.lower()[:1] or c


def fold(text: str) -> str:
    """Lower-case and strip diacritics, one character per character."""
    out = []
    for c in text:
        f = _fold_char(c)
        out.append(f if len(f) == 1 else c)
    return "".join(out)


def fold_ocr(text: str) -> str:
    """``fold`` plus OCR digit slips inside words ("Sval6v" → "svalov")."""
    f = fold(text)
    chars = list(f)
    for i, c in enumerate(chars):
        if c in _OCR_MAP and 0 < i < len(chars) - 1 and chars[i - 1].isalpha() and chars[i + 1].isalpha():
            chars[i] = _OCR_MAP[c]
        elif c == "6" and i + 1 < len(chars) and chars[i + 1].isalpha() and (i == 0 or not chars[i - 1].isalnum()):
            chars[i] = "o"  # "6ppnande" → "oppnande"
    return "".join(chars)


_WS = re.compile(r"[ \t\u00a0]+")


def squash(text: str) -> str:
    """Collapse runs of spaces and trim."""
    return _WS.sub(" ", text).strip()


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9\"”])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences (good enough for Swedish minutes)."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = squash(para.replace("\n", " "))
        if para:
            out.extend(s.strip() for s in _SENT.split(para) if s.strip())
    return out


_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Text in a document that addresses the model rather than the reader. Such
# sentences are withheld from the prompt and never count as support for a
# cited sentence, so a planted instruction cannot pass citation checking.
_INSTRUCTION = re.compile(
    r"(ignor\w*|disregard|forget|glöm\w*|strunta\s+i|bortse\s+från)\W+(?:\w+\W+){0,4}?"
    r"(instru\w*|prompt\w*|regl\w*|rules?|tidigare|previous|above|ovan)"
    r"|\b(system|assistant|assistent)\s*(prompt)?\s*:"
    r"|\byou are now\b|\bdu är nu\b|\bnew instructions?\b|\bnya instruktioner\b"
    r"|\b(svara|answer|reply|respond)\s+(\w+\s+){0,3}?(endast|bara|alltid|only|always|exactly|exakt)\b",
    re.I,
)


def addresses_model(sentence: str) -> bool:
    """Is this sentence an instruction to a language model rather than minutes text?"""
    return bool(_INSTRUCTION.search(sentence))
