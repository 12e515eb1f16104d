"""Lexical side: tokenising (Swedish stemming, then diacritic folding so that
"Mötet" and the OCR'd "Motet" meet) and a BM25 index (bm25s) over chunks."""
from __future__ import annotations

import re
from functools import lru_cache

from minutes.text import fold_ocr, words

# (also the words as typed in a hurry: "nån", "nåt", "whats", "didnt")
STOP = set(
    """att och i på av för med om som till det den de en ett är var vara har hade kan ska skulle vi man
    från eller men inte så sig sin sina dess deras där när hur vad vem vilka vilken vilket varför något
    några alla också under efter innan mot vid ut upp in nu då här detta dessa denna blev blir bli
    mötet mote motet möte möten mötena motena motet kommundirektörsmöte kommundirektörsmötet gruppen togs fattades
    beslutades beslut besluta beslutade beslutet besluten beslutat beslutats bestämts fattats fattat fattade tagits
    sagt sades protokollet protokollen
    the a an of to in on at for and or is was were be been are what which who whom when where why how
    did do does done about with from by as that this these those it its their there decided decide decision
    decisions meeting meetings minutes say said any has have had will would should can could
    want wants wanted new happen happens happened happening not ny nya nytt handle handled deal dealt treat treated talk talked talking pratat prata pratade pratar
    between among within without during into onto upon than then just only very such regarding concerning
    någon nån nåt nåra nånting ngn ngt typ whats whos wheres whens hows whys thats theres dont doesnt didnt
    isnt wasnt werent arent they them we our us he she his her him being after before else
    fråga frågan frågor frågorna""".split()
)

# Swedish definite and genitive endings a stemmed name may still lack ("vegea" of "Vegeå" against
# "vegean" of "Vegeån" and "Vegeåns")
INFLECTED = ("n", "en", "et", "ns", "ens", "ets")


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("swedish")


# "work-shop" is also the word "workshop" a question writes
_HYPHENATED = re.compile(r"\b([^\W\d_]{2,})-([^\W\d_]{2,})\b")


def tokens(text: str, keep_stop: bool = False) -> list[str]:
    ws = [w.lower() for w in words(_HYPHENATED.sub(r"\1 \2 \1\2", text) if "-" in text else text)]
    if not keep_stop:
        ws = [w for w in ws if w not in STOP and fold_ocr(w) not in STOP]
    # Snowball leaves the definite "-an" ("studieresan"); strip it so it meets "studieresa".
    return [fold_ocr(s[:-2] if len(s) > 7 and s.endswith("an") else s) for s in _stemmer().stemWords(ws)]


def content_terms(text: str) -> set[str]:
    """Stemmed, folded content words (numbers kept, other words of 1–2 letters dropped)."""
    return _content(tokens(text))


def _content(toks: list[str]) -> set[str]:
    return {t for t in toks if len(t) > 2 or t.isdigit()}


_EMAIL_ADDRESS = re.compile(r"\S+@\S+")


class BM25Index:
    """BM25 over the given chunk texts; ``scores`` is aligned with ``ids``."""

    def __init__(self, ids: list[str], texts: list[str]):
        import bm25s

        self.ids = ids
        self._bm25 = None
        # (an e-mail address is no words: "johan.lindberg@…" in a header does not make it about him)
        toks = [tokens(_EMAIL_ADDRESS.sub(" ", t)) for t in texts]
        # content_terms of each text, from the same tokenisation (for document frequencies)
        self.terms = [_content(ts) for ts in toks]
        if ids:
            self._bm25 = bm25s.BM25()
            self._bm25.index([ts or ["_"] for ts in toks], show_progress=False)

    def scores(self, query: str):
        import numpy as np

        q = tokens(query)
        if self._bm25 is None or not q:
            return np.zeros(len(self.ids))
        return self._bm25.get_scores(q)
