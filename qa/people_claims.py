"""Claims about people, checked against the sources they cite: who presented or led
something, which municipality a person is from, and the names an answer may write
differently from the minutes (a full name where the minutes use the first name, a
capitalised English domain word that is no name)."""
from __future__ import annotations

import re
from functools import lru_cache

from minutes.records import Source
from minutes.text import fold_ocr

from .claim_text import MARK, clauses, folded_text, sentence_language, text_terms
from .evidence import question_terms, strict_shared as shared
from .glossary import GLOSSARY, GLOSSARY_WORDS
from .intent import MUNICIPALITIES
from .lexical import content_terms
from .names import EVERYWHERE, full_names, generic_word, name_key

# A clause that says someone presented or led (raw text), and what says so in a source (folded).
_SAYS_PRESENTED = re.compile(r"\b(presented|presents|presenting|presentation (?:by|from)|föredrog|föredragit|"
                             r"presenterade|presenterat|redogjorde|redovisade)\b", re.I)
_SAYS_LED = re.compile(r"\b(led(?! to\b)|lead(?= the\b| it\b| them\b| meetings?\b)|leads|leading|chaired|chairs|"
                       r"chair(?:ed)? by|leds|leddes|ledde|leder|"
                       r"leda|ordförande)\b", re.I)
_SRC_PRESENTED = re.compile(r"foredr|presenter|berattade|informer|redovis|visade|gick igenom|aterkopplade|beskrev|"
                            r"redogjorde|genomforde")
_SRC_LED_BY = re.compile(r"\b(?:leds|leddes|ledd|ledda|ledes) av\b(.*?)(?:,\s*att\b|;|$)")
_SRC_LEADS = re.compile(r"\b(?:leder|ledde|leda|ordforande|ordf|genomforde|holl i|haller i|drev|driver)\b")


def roles(sentence: str, sources: list[Source], unit_texts: list[str]) -> list[str]:
    """A person a clause says presented or led is named as doing so: for presenting, in a
    source sentence that says someone presented, or the presenter line (its first sentence:
    "… Mikael Kipowski, Helsingborg stad, närvarade." attended); for leading, after "leds av"
    up to the next clause, or within five words of a word of leading."""
    parts = clauses(MARK.sub(" ", sentence))
    if re.search(r"\b(presented by|presenterades av|föredrogs av|foredrogs av)\b", sentence, re.I):
        parts.append(MARK.sub(" ", sentence))  # "presented by A, B and C": the whole list presented
    asked = [(cl, _SAYS_PRESENTED.search(cl), _SAYS_LED.search(cl)) for cl in parts]
    asked = [a for a in asked if a[1] or a[2]]
    if not asked:
        return []
    source_text = folded_text(" ".join(s.text for s in sources))
    # sentence by sentence: "… kollektivtrafik. Mikael Kipowski, Helsingborg stad, närvarade." attended
    texts = [folded_text(x) for t in unit_texts for x in re.split(r"(?<=\.)\s+(?=[A-ZÅÄÖ])", t)]
    presenters = [folded_text(re.split(r"(?<=\.)\s+", s.item.presenter)[0]) for s in sources
                  if s.item and s.item.presenter]
    whole = folded_text(" ".join([s.text for s in sources] + [_people_of(s.meeting) for s in sources]))
    for clause, presented, led in asked:
        named = named_beside_titles(clause, source_text, sources)
        for n in named:
            rx = _person_rx(n, whole)
            listed = any(rx.search(p) for p in presenters)
            if presented and not (listed or any(rx.search(t) and _SRC_PRESENTED.search(t) for t in texts)):
                return [f"säger att {n} presenterade, vilket källan inte säger"]
            if presented and not listed and _presented_other(rx, clause, named, texts):
                return [f"säger att {n} presenterade något som källan låter andra presentera"]
            if led and _claims_led(rx, fold_ocr(clause)) and not any(_leads(rx, t) for t in texts + presenters):
                return [f"säger att {n} ledde, vilket källan inte säger"]
    return []


def _presented_other(rx: re.Pattern, clause: str, named: set[str], texts: list[str]) -> bool:
    """In a source sentence listing who presented what ("Åsa Nilsson och Olu Lindström presenterade
    Lätt att göra rätt, Karin Gerken Omställningsprogram …"), the clause's object stands in another
    part of the list than the person: true when no part holds both and another part holds the object."""
    said = question_terms(re.sub("|".join(re.escape(n) for n in named), " ", fold_ocr(clause), flags=re.I),
                          sentence_language(clause, None))
    thing = {t: f for t, f in said.items() if not _SAYS_PRESENTED.search(t) and not _SRC_PRESENTED.search(t)}
    if not thing:
        return False
    for t in texts:
        if not (rx.search(t) and _SRC_PRESENTED.search(t)) or "," not in t:
            continue
        parts = [(bool(rx.search(p)), set(shared(thing, text_terms(p)))) for p in t.split(",")]
        best = max(len(h) for _, h in parts)
        if best and not any(mine and len(h) == best for mine, h in parts):
            return True
    return False


_AFFILIATED = re.compile(r"^\s*(?:,|\(|from|of|in|at|fran|i|pa)\s+(?:\w+\s+){0,2}?")


IN_PERSON = re.compile(r"\b(in person|on site|on-site|physically|personally|pa plats|fysiskt|pa motet pa plats)\b")
# (Teams however it is put: "via Teams", "using Teams", "Teams")
REMOTE = re.compile(r"\b((?:via |on |over )?teams|remotely|remote|digitally|online|digitalt|pa distans)\b")


def attendance_mode(sentence: str, sources: list[Source]) -> list[str]:
    """A person the sentence says attended in person (or remotely) is listed so in a cited
    attendance record: "Herman Crespin attended in person" where the list says "via Teams" fails.
    The way of attending belongs to the names of its own clause ("X and Y attended via Teams"), or else
    to the name just before it ("…, and Christer Paulsson, via Teams, in November 2025")."""
    text = fold_ocr(MARK.sub(" ", sentence))
    modes = [(m.start(), False) for m in IN_PERSON.finditer(text)] + [(m.start(), True) for m in REMOTE.finditer(text)]
    if not modes:
        return []
    _, listed, names = _named_listed(sentence, sources)
    # an item's text may say how its guests took part ("Alfred Nerhagen och Katia Lilia … deltog digitalt")
    said = [fold_ocr(t) for s in sources if s.kind == "item" for t in re.split(r"(?<=[.!?])\s+", s.text)]
    for _, n in names:
        told = [t for t in said if re.search(rf"\b{re.escape(n)}\b", t)]
        if any(not remote for _, remote in modes) and any(REMOTE.search(t) for t in told) and \
                not any(IN_PERSON.search(t) for t in told):
            return [f"säger att {n} deltog på plats, källan säger digitalt"]
    for pos, remote in modes:
        lo = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos))
        hi = min([i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0] or [len(text)])
        own = [n for p, n in names if lo < p < hi]
        before = [n for p, n in names if p < pos]
        for n in own or before[-1:]:
            ways = {bool(a.remote) for a in listed.get(n, []) if a.present}
            if not remote and ways == {True}:
                return [f"säger att {n} deltog på plats, listan säger via Teams"]
            if ways and remote and True not in ways:
                return [f"säger att {n} deltog på distans, vilket listan inte säger"]
    return []


def affiliations(sentence: str, sources: list[Source]) -> list[str]:
    """A person the sentence places in a municipality ("Stefan Larsson from Svalöv", "Lilian
    Eriksson, Ängelholm") is placed there by a cited source: the municipality follows the name
    within a few words in a source, or is the person's affiliation in the attendance list."""
    text = fold_ocr(MARK.sub(" ", sentence))
    src = " ".join([folded_text(s.text) for s in sources] + [
        fold_ocr(f"{a.name}, {a.affiliation}") for s in sources for a in s.meeting.attendees])
    for n in full_names(sentence):
        for m in re.finditer(rf"\b{re.escape(n)}\b", text):
            after = text[m.end():m.end() + 40]
            muni = next((k for k in MUNICIPALITIES
                         if re.match(rf"{_AFFILIATED.pattern}{k}s?\b", after)), None)
            if muni and not re.search(rf"\b{re.escape(n)}\b\W+(?:\w+\W+){{0,3}}{muni}", src):
                return [f"sätter {n} i {muni}, vilket källan inte gör"]
    return []


def _person_rx(name: str, whole: str) -> re.Pattern:
    """A folded person name in a source sentence: the full name, the last name, or the first name
    alone where the cited text or its meeting's attendance names the person in full ("Johan berättade …")."""
    parts = name.split()
    alts = [re.escape(name), re.escape(parts[-1])]
    if re.search(rf"\b{re.escape(name)}\b", whole):
        alts.append(re.escape(parts[0]))
    return re.compile(rf"\b({'|'.join(alts)})\b")


def _claims_led(rx: re.Pattern, clause: str) -> bool:
    """The clause says the person led: named just before a word of leading ("Johan Lindberg will lead"),
    or after "led by / leds av"; not "a proposal from … Carina Leffler on preparing and leading"."""
    for m in _SAYS_LED.finditer(clause):
        before = " ".join(clause[:m.start()].split()[-4:])
        after = " ".join(clause[m.end():].split()[:7]) if re.search(r"\b(by|av)\s*$", clause[:m.end() + 4]) or \
            re.match(r"\s+(by|av)\b", clause[m.end():]) else ""
        if rx.search(before) and not re.search(r"\b(on|om|about|kring|for|för)\b", before) or rx.search(after):
            return True
    return False


def _leads(rx: re.Pattern, text: str) -> bool:
    for m in _SRC_LED_BY.finditer(text):
        if rx.search(m[1]):
            return True
    for m in _SRC_LEADS.finditer(text):
        window = " ".join(text[:m.start()].split()[-5:] + text[m.end():].split()[:5])
        if rx.search(window):
            return True
    return False


def named_in(clause: str, folded_source: str) -> set[str]:
    """The many-word names of a clause, without capitalised domain phrases ("Public Transport")."""
    return {n for n in full_names(clause)
            if not all(domain_word(name_key(p), clause, folded_source) for p in n.split())}


def named_beside_titles(clause: str, folded_source: str, sources: list[Source]) -> set[str]:
    """``named_in`` without the cited items' own names ("at Expo Framtid"): an item's name is what all its
    sentences are about; it presents, leads or stands beside nobody."""
    titles = [folded_text(s.item_title) for s in sources]
    return {n for n in named_in(clause, folded_source) if not any(re.search(rf"\b{re.escape(n)}\b", t) for t in titles)}


def domain_word(name: str, sentence: str, folded_source: str) -> bool:
    """A capitalised English domain word, no name ("The Business Gala", "Public Transport"): a
    glossary word whose Swedish form ("näringsliv", "kollektivtrafik") the source holds."""
    low = sentence.lower()
    for w in re.findall(r"[A-ZÅÄÖÉ][\w'’-]*", sentence):
        w = re.sub(r"['’]s?$", "", w)  # "Commission's"
        if name_key(fold_ocr(w)) != name:
            continue
        for k, sv in GLOSSARY.items():
            if w.lower() in k.split() and re.search(rf"\b{re.escape(k)}\b", low) and \
                    any(fold_ocr(f) in folded_source for f in sv.split()):
                return True
    return False


def called_by_first_name(name: str, sentence: str, folded_source: str, sources: list[Source]) -> bool:
    """A last name the source leaves out because it calls the person by first name ("Johan
    berättade …"): the sentence gives the full name, the source has its first name, and the
    meeting's attendance or presenter lines name that person in full."""
    for full in full_names(sentence):
        first, *_, last = full.split()
        if last != name or not re.search(rf"\b{re.escape(first)}\b", folded_source):
            continue
        if any(re.search(rf"\b{re.escape(full)}\b", folded_text(_people_of(s.meeting))) for s in sources):
            return True
    return False


def first_names(meetings) -> frozenset[str]:
    """The folded first names of the people the minutes' attendance and presenter lines name in full."""
    return frozenset(fold_ocr(m[0].split()[0]) for mt in meetings for m in _PERSON.finditer(_people_of(mt)))


def opening_first_name(sentence: str, known: frozenset[str]) -> str | None:
    """A sentence that opens with a first name alone ("Christian presented …") that someone in the
    minutes has: a name the source must hold (folded), else None. A first name that is also an
    everyday word ("Per year …") is none."""
    m = re.match(r"\W*([A-ZÅÄÖ][a-zåäöé]+)\b(?!\s+[A-ZÅÄÖ])", MARK.sub(" ", sentence))
    first = fold_ocr(m[1]) if m else ""
    return first if first in known and first not in _EVERYDAY else None


_EVERYDAY = {"per", "will", "may", "mark", "bill", "rose", "august", "april", "maj", "juni", "sten", "bo"}


def _people_of(m) -> str:
    """The people a meeting's attendance and presenter lines name, as one text."""
    return " ".join([a.name for a in m.attendees] + list(m.guests) + [it.presenter or "" for it in m.items])


# The words that frame who does what rather than say it.
_ROLE_FRAME = {"and", "och", "the", "will", "ska", "is", "are", "ar", "was", "were", "to", "att", "till", "a", "an"}
_PERSON = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\b")


def _persons(text: str) -> set[str]:
    """Folded two-word person names ("Lilian Eriksson"), not organisations ("Familjen Helsingborg"); and
    the municipalities a text names, which act too ("Svalöv ska vara ordinarie representant")."""
    folded = fold_ocr(text)
    found = {fold_ocr(m[0]) for m in _PERSON.finditer(text)}
    # "The City of Helsingborg": a pair holding a generic word ("the", "city", "board") is no person, nor
    # one of glossary words ("Local Authorities" of the Swedish Association of …)
    return {n for n in found if not set(n.split()) & EVERYWHERE and n.split()[-1] not in MUNICIPALITIES
            and not any(generic_word(w) for w in n.split()) and not set(n.split()) <= GLOSSARY_WORDS} | \
        {k for k in MUNICIPALITIES if k not in EVERYWHERE and re.search(rf"\b{k}\b", folded)}


# the words that leave the name after them out of what the sentence says is done
_EXCEPTED = re.compile(r"\b(?:utom|forutom|undantaget|except|besides|apart from|other than|with the exception of)\s*$")


def swapped(sentence: str, sources: list[Source], unit_texts: list[str]) -> list[str]:
    """Who does what: the words that follow a person in the claim ("Lilian Eriksson is the regular
    representative"), or precede one named as the agent ("led by …"), must stand so with that person in
    some cited sentence, not only with another person of it ("att Stefan Larsson, Svalöv, är ordinarie
    representant och Lilian Eriksson, Ängelholm, reserv"). Only a claim whose words stand with another
    person and never with the person named fails."""
    plain = MARK.sub(" ", sentence)
    claim = fold_ocr(plain)
    lang = sentence_language(sentence, None)
    people = _persons(plain)
    if not people:
        return []
    whole = folded_text(" ".join([s.text for s in sources] + [_people_of(s.meeting) for s in sources]))
    cited_people = {n for t in unit_texts for n in _persons(t)}
    # a genitive is the person ("Cecilia Leijons önskan" is Cecilia Leijon's), not someone else
    people = {n[:-1] if n.endswith("s") and n[:-1] in cited_people else n for n in people}
    everyone = cited_people | people
    rxs = {n: _full_or_first(n, whole) for n in everyone}
    # what each person of each cited sentence stands with, once for all the claim's people
    stands = [(o, text_terms(_window(t, rxs[o], [rxs[p] for p in everyone if p != o])))
              for t in map(folded_text, unit_texts) for o in everyone if rxs[o].search(t)]
    named = content_terms(" ".join(re.findall(r"\b[A-ZÅÄÖ][\wåäö-]+", plain)))
    titles = content_terms(" ".join(s.item_title for s in sources))
    titles |= {t[:-1] for t in titles if t.endswith("s")}  # "SKLs nätverk" names SKL
    for n in people:
        said = _window_terms(claim, rxs[n], [rxs[o] for o in people if o != n], lang)
        if not said or _EXCEPTED.search(claim.split(fold_ocr(n).lower())[0] if fold_ocr(n).lower() in claim else ""):
            # ("… kontakta övriga kommuner utom Ängelholm, och …": one left out of the act does not do it)
            continue
        hits = [(o == n, shared(said, terms)) for o, terms in stands]
        own = max((len(h) for mine, h in hits if mine), default=0)
        other = max((len(h) for mine, h in hits if not mine), default=0)
        with_n = set().union(*(h for mine, h in hits if mine))
        with_other = set().union(*(h for mine, h in hits if not mine))
        # a word that stands only with another person ("Omställningsprogram" with Karin Gerken, where Åsa
        # Nilsson "presenterade Lätt att göra rätt"): the verb they share does not carry it over
        # (only a named thing counts: a capitalised word that is no word of the cited item's title)
        if (own == 0 and other >= 1) or (own and (with_other - with_n) & named - titles) or \
                (own < other and with_other - with_n):
            return [f"säger att {n} gör det som källan säger om någon annan"]
    return []


def _full_or_first(name: str, whole: str) -> re.Pattern:
    """A person in folded text: the full name, or the first name alone where the sources name the
    person in full ("Johan berättade"); never the last name alone (Johan and Anders Lindberg)."""
    first = name.split()[0]
    alts = [re.escape(name)] + ([re.escape(first)] if re.search(rf"\b{re.escape(name)}\b", whole) else [])
    return re.compile(rf"\b({'|'.join(alts)})\b")


_SEP = re.compile(r"\s*(?:,|och|and|samt|&)\s*")
_AFFILIATION = re.compile(r"\s*,?\s*(?:fran|from|of|vid)\s+")


def _window(text: str, rx: re.Pattern, others: list[re.Pattern], words: int = 8) -> str:
    """The words after each mention of a person, up to the next person or the end of the sentence;
    and before it, when it is the agent of a passive ("leds av Johan Lindberg", "led by …"). A list
    of people ("Ardiana Demjaha, Kristina Magnusson och sekretariatschefen utgör …") shares its words."""
    out = []
    for m in rx.finditer(text):
        start, end = m.start(), m.end()
        while True:  # the list goes on: ", Kristina Magnusson", " och Ola Odebäck"; or the person's
            # organisation follows ("Ola Odebäck från Startpoint Advisory genomförde …"): one agent
            sep = _SEP.match(text, end) or _AFFILIATION.match(text, end)
            nxt = sep and next((mm for o in others if (mm := o.match(text, sep.end()))), None)
            if not nxt:
                break
            end = nxt.end()
        while True:  # … and started earlier: "av Startpoint Advisory, Johan Grip"
            prev = next((mm for o in others for mm in o.finditer(text, 0, start)
                         if _SEP.fullmatch(text[mm.end():start])), None)
            if not prev:
                break
            start = prev.start()
        rest = re.split(r"[.;:!?]", text[end:], maxsplit=1)[0]
        stops = [o.search(rest) for o in others]
        stop = min([x.start() for x in stops if x] + [len(rest)])
        out.append(" ".join(rest[:stop].split()[:words]))
        before = text[:start].split()
        if before and before[-1] in ("av", "by"):
            out.append(" ".join(before[-words:]))
    return " ".join(out)


def _window_terms(claim: str, rx: re.Pattern, others: list[re.Pattern], lang: str) -> dict:
    w = _window(claim, rx, others)
    terms = question_terms(w, lang) if w.strip() else {}
    return {t: f for t, f in terms.items() if t not in _ROLE_FRAME and not t[:1].isdigit()}


# What a sentence about who attended says besides names, places and dates
_ATTENDING = """företrädde företräder företrätt representerade representerar representerat deltog deltar deltagit
    närvarade närvarande frånvarande anmält förhinder teams distans plats attended attend attending represented
    represents representing took part present absent apologies sent joined join person remotely online then
    möte mötet mötena meeting meetings också även again also both via missed miss misses struck crossed
    attendance list listan närvarolistan överstruken struken"""
# (a name struck through in the list is how the minutes mark an absence)
ABSENT = re.compile(r"\b(franvar\w*|forhinder|absent|apologies|missing|missed|misses|did not attend|not present|"
                     r"saknades|struck through|crossed out|overstruk\w*|struken)\b")


@lru_cache(maxsize=1)
def _attending_terms() -> frozenset[str]:
    from .names import MONTHS, WEEKDAYS

    return frozenset(content_terms(f"{_ATTENDING} {' '.join(MONTHS)} {' '.join(WEEKDAYS)}"))


_ATTENDED = re.compile(r"\b(attend(?!ance)\w*|represent\w*|took part|take part|was present|were present|present at|"
                       r"joined|"
                       r"foretr\w*|deltog|deltar|deltagit|narvarade|var med|satt med)\b")


_NEGATED = re.compile(r"\b(inte|ej|not|never|aldrig)\b")


def _named_listed(sentence: str, sources: list[Source]):
    """The sentence folded, the cited attendance records' entries by folded name, and every name of the
    sentence with its position (listed or not), in order."""
    text = fold_ocr(MARK.sub(" ", sentence))
    listed: dict[str, list] = {}
    for s in sources:
        if s.kind == "attendance":
            for a in s.meeting.attendees:
                listed.setdefault(fold_ocr(a.name), []).append(a)
    names = sorted((m.start(), n) for n in full_names(sentence) for m in re.finditer(rf"\b{re.escape(n)}\b", text))
    # a Swedish genitive ("Stefan Larssons namn") names the listed person
    names = [(p, n[:-1] if n not in listed and n.endswith("s") and n[:-1] in listed else n) for p, n in names]
    return text, listed, names


def attendance_claims(sentence: str, sources: list[Source], places: bool = True) -> list[str]:
    """A sentence citing attendance records says of the people they list what the records say: present
    or absent ("Carina Leffler attended" where she had sent apologies fails), and for which municipality
    (the municipality after a name is that person's in a cited list: "Elin Ask represented Perstorp" fails
    where the list has her for Ängelholm; not with ``places`` false)."""
    if not sources or any(s.kind != "attendance" for s in sources):
        return []
    text, listed, names = _named_listed(sentence, sources)
    people = [(p, n) for p, n in names if n in listed]
    if not people or _NEGATED.search(ABSENT.sub(" ", text)):
        return []
    absent, attended = bool(ABSENT.search(text)), bool(_ATTENDED.search(text))
    for _, n in people:
        if absent and not attended and all(a.present for a in listed[n]):
            return [f"säger att {n} var frånvarande, listan har {n} närvarande"]
        if attended and not absent and not any(a.present for a in listed[n]):
            return [f"säger att {n} deltog, listan har {n} frånvarande"]
    places_said = sorted((m.start(), k) for k in MUNICIPALITIES for m in re.finditer(rf"\b{k}s?\b", text))
    if places and len(places_said) == len(people) >= 2 and all(
            any(fold_ocr(a.affiliation).startswith(k) for a in listed[n]) for (_, k), (_, n) in zip(places_said, people)):
        # "Bjuv, Perstorp och Helsingborg hade anmält förhinder genom Agneta Fristedt, Marie Appelqvist och Carina
        # Leffler": two lists, paired in order (respectively)
        return []
    for k in MUNICIPALITIES if places else ():
        for m in re.finditer(rf"\b{k}s?\b", text):
            before = [n for p, n in people if p < m.start()]
            n = before[-1] if before else people[0][1]
            if not any(fold_ocr(a.affiliation).startswith(k) for a in listed[n]):
                return [f"sätter {n} i {k}, vilket listan inte gör"]
    return []


def attendance_only(sentence: str, sources: list[Source]) -> bool:
    """The sentence cites attendance records only and says nothing but who attended for which municipality,
    when and how ("Herman Crespin företrädde Höganäs i maj 2023 och i november 2025, då via Teams"), every
    person it names being listed. An attendance list is no prose for the embedder to find such a sentence
    in; its parts are checked on their own (``attendance_claims``, ``attendance_mode``, names, dates)."""
    if not sources or any(s.kind != "attendance" for s in sources):
        return False
    text, listed, names = _named_listed(sentence, sources)
    if not names or any(n not in listed for _, n in names):
        return False  # a name the records do not list
    if _NEGATED.search(ABSENT.sub(" ", text)):
        return False
    rest = re.sub("|".join(rf"\b{re.escape(x)}s?\b" for x in [n for _, n in names] + list(MUNICIPALITIES)), " ", text)
    return all(t.isdigit() for t in content_terms(rest) - _attending_terms())
