"""Proper names a text states, as the verifier and the answers compare them:
capitalised words that are not sentence openers, months, weekdays or generic nouns,
folded for diacritics and OCR spellings."""
from __future__ import annotations

import re

from ingest.parse import MUNICIPALITIES
from minutes.text import fold_ocr

_MARK = re.compile(r"\[(\d{1,2})\]")
MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"mandag": 1, "monday": 1, "tisdag": 2, "tuesday": 2, "onsdag": 3, "wednesday": 3, "torsdag": 4,
             "thursday": 4, "fredag": 5, "friday": 5, "lordag": 6, "saturday": 6, "sondag": 7, "sunday": 7}

# Capitalised words that are not names: sentence openers, months, weekdays, generic nouns
# an English answer capitalises. A name must occur in the cited source.
_NOT_NAMES = set("""the a an in on at of for and or but to by with from as this that these those it its their there
    they he she we i mr ms dr also however furthermore finally first second third then thus so which who what when
    where how why according board meeting meetings minutes directors director group network secretariat item items
    point project programme program decision decisions municipal municipality municipalities city town region county
    sek kr kronor mkr yes no not all both each every one two three four five six seven eight nine ten
    mötet möte mötena styrelsen gruppen nätverket sekretariatet projektet punkten beslut beslutet kommundirektörerna
    kommundirektörsgruppen enligt dessutom även också det den de en ett och att som för på om till av med från
    under efter inför vid när där här kommun kommunen kommunerna stad staden
    västra östra norra södra vastra ostra sodra western eastern northern southern west east north south
    did does do is are was were has have had can could will would should shall might must
    är var har hade ska skulle kan kunde kommer blev fick
    besides apart except after before during since until while although though because instead meanwhile moreover
    further later earlier next lastly overall today here now only either neither our your his her some many most
    several another other such whereas likewise otherwise therefore hence additionally previously subsequently
    initially currently originally in addition
    därefter sedan senare tidigare först slutligen utöver förutom bland innan medan eftersom därför alltså
    samtidigt vidare endast bara alla båda några flera många varje denna detta dessa hans hennes deras vår våra
    once if unless whether upon following given provided regarding concerning within without through throughout
    among via despite like unlike ifall trots genom mot utan hos kring angående gällande""".split())
_NOT_NAMES |= {fold_ocr(w) for w in _NOT_NAMES}  # as the checks compare them: "Förutom" → "forutom"
# (a yes/no question's opening verb; an answer sentence's opening adverb or preposition: "Besides Ola Odebäck, …")
_NAME_TOKEN = re.compile(r"(?<![\w])([A-ZÅÄÖÉÜ][\wåäöéü'’-]+)")


_GENERIC_TAIL = re.compile(r"(?<=\w)(projektet|projekt|satsningen|satsning|programmet|rapporten|utredningen|"
                           r"natverket|avtalet)$")
_PASSIVE = re.compile(r"\w{3}(ades|ddes|des|tes|ats|tts)$")


def _generic(w: str, f: str) -> bool:
    """A capitalised word that is no name: a generic noun, an opener word, a month or weekday."""
    return w.lower() in _NOT_NAMES or f in _NOT_NAMES or f in MONTHS or f in WEEKDAYS or len(w) < 2


def generic_word(folded: str) -> bool:
    """A (folded) word that is no name however it is capitalised ("the", "city", "board")."""
    return folded in _NOT_NAMES


def name_key(folded: str) -> str:
    """How a folded name is compared: without a plural or genitive s ("Båstads" names Båstad)."""
    return folded.rstrip("s") if len(folded) > 4 else folded


def names(sentence: str) -> set[str]:
    """Folded proper names (capitalised words that are not sentence openers or
    generic nouns) a sentence states."""
    s = _MARK.sub(" ", sentence)
    toks = list(_NAME_TOKEN.finditer(s))
    out = set()
    for i, m in enumerate(toks):
        w = re.sub(r"['’]s?$", "", m[1])  # a possessive: "SKL's" names SKL
        # "SKL-nätverkets" names SKL, "Framtid-idéerna" Framtid
        w = re.sub(r"^([A-ZÅÄÖ][\wåäöé]*?)-[a-zåäö]\w*$", r"\1", w)
        f = fold_ocr(w)
        # "Vegeåprojektet" names Vegeå: a name compounded with a generic noun
        head = _GENERIC_TAIL.sub("", f)
        f = head if len(head) >= 4 else f
        if _generic(w, f):
            continue
        before = s[:m.start()].rstrip()
        # (after a colon a capitalised word is a name: "May 2023: Mindpark, Helsingborg")
        opener = not before or before[-1] in ".!?–-•*\n"
        nxt_cap = i + 1 < len(toks) and toks[i + 1].start() - m.end() <= 1
        # (a municipality opening a sentence is named all the same: "Båstad will answer the referral")
        if opener and (not nxt_cap or _PASSIVE.search(f)) and name_key(f) not in _MUNICIPAL:
            # a capitalised first word is only a name when another capitalised word follows (and is no verb
            # opening a yes/no question: "Prioriterades Vegeå-projektet?")
            continue
        out.add(name_key(f))
    return out


_MUNICIPAL = frozenset(name_key(m) for m in MUNICIPALITIES)
EVERYWHERE = {"familjen", "helsingborg", "helsingborgs", "skane", "region"}


def full_names(sentence: str) -> set[str]:
    """Folded names of two or more capitalised words ("Natalie Bockstiegel", "Startpoint
    Advisory"), but not the organisation every item names (Familjen Helsingborg)."""
    s = _MARK.sub(" ", sentence)
    groups: list[list[str]] = []
    last_end = -2
    for m in _NAME_TOKEN.finditer(s):
        w = re.sub(r"['’]s?$", "", m[1])  # a possessive: "Stefan Larsson's name" names Stefan Larsson
        f = fold_ocr(w)
        if _generic(w, f):
            last_end = -2
            continue
        # (an abbreviation's genitive, "Mikael Johansson SKR:s rapport", names another party)
        if groups and m.start() - last_end <= 1 and not s.startswith(":s", m.end()):
            groups[-1].append(f)
        else:
            groups.append([f])
        last_end = m.end()
    return {" ".join(g) for g in groups if len(g) >= 2 and not set(g) <= EVERYWHERE}


def unnamed(question: str, held: str, skip=frozenset()) -> list[str]:
    """The names the question states (a place, a person, an organisation) that ``held``
    (folded text) lacks, spelt as in the question; ``skip``: words that are no names here."""
    words = {name_key(fold_ocr(re.sub(r"['’]s?$", "", w))): w for w in re.findall(r"[\w'’-]+", question)}
    asked = {n for n in names(question) if n not in skip and n not in EVERYWHERE}
    return sorted(words.get(n, n) for n in asked
                  if not any(re.search(rf"\b{re.escape(f)}", held) for f in _bare_forms(n)))


def _bare_forms(name: str) -> set[str]:
    """A name and its forms without a Swedish definite ending: the question's "Omställningsprogrammet"
    is the minutes' "Omställningsprogram"."""
    return {name} | {name[:-len(e)] for e in ("mets", "met", "ets", "ens", "et", "en", "ns", "n")
                     if name.endswith(e) and len(name) - len(e) >= 6}
