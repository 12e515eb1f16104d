"""Text helpers the claim checks share: clauses of a sentence, the language a sentence is
judged in, and cached folding and words of source sentences (they recur from answer to answer)."""
from __future__ import annotations

import re
from functools import lru_cache

from minutes.text import fold_ocr, sentences

from .glossary import has_glossary_phrase, swedish_forms
from .intent import language
from .lexical import content_terms

MARK = re.compile(r"\[(\d{1,2})\]")


def marked_segments(sentence: str) -> list[tuple[str, list[int]]]:
    """A sentence cut after each group of markers, each part with the ranks it cites: "X in May 2023 [2]
    and Y in March 2024 [4]." → ("X in May 2023", [2]), ("and Y in March 2024.", [4]). Text after the
    last group belongs to it."""
    out: list[tuple[str, list[int]]] = []
    start = 0
    for m in re.finditer(r"(?:\s*\[\d{1,2}\])+", sentence):
        out.append((sentence[start:m.start()], [int(r) for r in MARK.findall(m[0])]))
        start = m.end()
    tail = sentence[start:]
    if out and tail.strip(" .!?"):
        out[-1] = (out[-1][0] + tail, out[-1][1])
    return [(t.strip(), r) for t, r in out if t.strip(" ,.;")]


_JOIN = re.compile(r"(\S+) (?:and|och|samt|but|men|while) (?=[A-ZÅÄÖÉ])")


def clauses(sentence: str) -> list[str]:
    """A sentence cut at commas, semicolons and colons, and at a conjunction that starts a
    new clause ("… about the project and Camilla Alfredsson will …"), not one that joins
    two names ("Karin Gerken and Olu Lindström")."""
    out: list[str] = []
    for part in re.split(r"[,;:]\s+|\s+(?:and|och) (?=(?:that|att)\b)", sentence):  # "… and that the head …"
        start = 0
        for m in _JOIN.finditer(part):
            if not m[1][0].isupper():  # "… 50 % och Näringslivsgalan …" starts a clause too
                out.append(part[start:m.end(1)])
                start = m.end()
        out.append(part[start:])
    return [p for p in out if p.strip()]


def sentence_language(sentence: str, answer_lang: str | None) -> str:
    """The sentence's language; an English answer's sentence that reads as English (two of
    its function words) stays English whatever Swedish names it quotes."""
    if answer_lang == "en" and (len(_EN_FUNCTION.findall(MARK.sub(" ", sentence).lower())) >= 2 or
                                english_noun_line(sentence)):
        return "en"
    return language(sentence)


_EN_FUNCTION = re.compile(r"\b(the|and|of|to|was|were|is|will|that|with|for)\b")


def english_noun_line(sentence: str) -> bool:
    """A short line of an English answer naming a thing in English (the list line "- SKR's anti-red-tape
    report"): fewer than two English function words, no Swedish one, and an English word the glossary
    knows, which the language detector alone takes for Swedish. Such a line is English, and its words are
    checked one by one (the embedder cannot judge it)."""
    plain = MARK.sub(" ", sentence).lower()
    return len(plain.split()) <= 8 and \
        len(_EN_FUNCTION.findall(plain)) < 2 and \
        not re.search(r"\b(och|att|som|för|av|med|till|på|om|det|den|de|en|ett|är|var)\b", plain) and \
        has_glossary_phrase(plain) and language(plain) != "en"


@lru_cache(maxsize=8192)
def folded_text(text: str) -> str:
    return fold_ocr(text)


@lru_cache(maxsize=2048)
def text_terms(text: str) -> frozenset:
    return frozenset(content_terms(text))


def _bare_line(text: str) -> str:
    """A line as compared verbatim: folded, without a bullet, bold marks, a clock time or item number before
    a heading ("08.30 Välkommen …", "punkt 2 …"), a "Beslut:" lead, or end punctuation."""
    t = fold_ocr(MARK.sub(" ", text)).lower().replace("*", " ")
    t = re.sub(r"^[\s\-•#]*(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s+|punkt \d+\s+|\d+\.\s+)?(?:beslut:\s*)?", "", t)
    return re.sub(r"\s+", " ", t).strip(" .,;:!?")


@lru_cache(maxsize=512)
def _source_lines(src_text: str) -> frozenset[str]:
    # line by line first: the citation line ("…, s. 2") must not run into the item's heading
    return frozenset(_bare_line(x) for line in src_text.split("\n") for x in sentences(line))


def whole_line(claim: str, src_text: str) -> bool:
    """The claim is one whole sentence or heading of the source, word for word ("- Ledning av
    kommundirektörsgruppens möten [7]"): supported as it stands, whatever its embedding says. (A whole
    sentence, never a part: "Johan Lindberg deltog" is a part of "Johan Lindberg deltog inte.")"""
    bare = _bare_line(claim)
    return len(bare.split()) >= 2 and bare in _source_lines(src_text)


# a negation in a claim, either language ("was not prioritised", "declined", "ingen", "utan")
_NEGATED = re.compile(r"\b(inte|ej|icke|aldrig|ingen|inget|inga|utan|not|never|no|none|neither|nor|without|"
                      r"declin\w*|reject\w*|refus\w*|avslog|avslag\w*|avbo\w*)\b|n't\b")
_NEGATION_SV = re.compile(r"\b(?:inte|ej|icke)\b", re.I)
# the words a negation of the minutes may deny: "deltog inte", "inte prioriteras"; both sides of each
# negation ("… vattenavrinningsområde inte prioriteras": the word before must not hide the word after)
_DENIED = re.compile(r"(?:\b(\w{4,}) )?\b(?:inte|ej|icke)\b(?= (\w{4,})\b)?")


def negation_dropped(claim: str, unit: str) -> str:
    """The verb a supporting sentence of the minutes denies ("Johan Lindberg deltog inte.") that the claim
    states without any negation ("Johan Lindberg deltog", "Johan Lindberg took part"), or ""."""
    if not unit or not _NEGATION_SV.search(unit) or _NEGATED.search(fold_ocr(claim).lower()):
        return ""  # (most sources deny nothing: the cheap test first)
    said = content_terms(claim)
    said |= {t for forms in swedish_forms(claim).values() for t in forms}
    return _denied_word(fold_ocr(unit).lower(), said)


def negation_added(claim: str, unit: str) -> str:
    """The verb a Swedish claim denies ("Lätt att göra rätt prioriteras inte") that its supporting sentence of
    the minutes states without any negation ("att projektet Lätt att göra rätt prioriteras med medskick"),
    or ""."""
    folded = fold_ocr(claim).lower()
    if not unit or _NEGATED.search(fold_ocr(unit).lower()) or not _NEGATION_SV.search(folded):
        return ""
    return _denied_word(folded, content_terms(unit))


def _denied_word(folded: str, terms: set[str]) -> str:
    """The first word on either side of a negation in ``folded`` that is one of ``terms``, or ""."""
    for m in _DENIED.finditer(folded):
        for word in filter(None, (m[1], m[2])):
            if content_terms(word) & terms:
                return word
    return ""

