"""Text helpers the claim checks share: clauses of a sentence, the language a sentence is
judged in, and cached folding and words of source sentences (they recur from answer to answer)."""
from __future__ import annotations

import re
from functools import lru_cache

from minutes.text import fold_ocr

from .glossary import has_glossary_phrase
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
