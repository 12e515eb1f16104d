"""English → Swedish words of the minutes' domain, added to the lexical (BM25)
query of an English question so that "public transport" can meet
"kollektivtrafik". The dense side is multilingual already; this gives the
lexical side, and so the agreement check, something to match. General
municipal-governance vocabulary, not fitted to any question set."""
from __future__ import annotations

import re
from functools import lru_cache

from minutes.text import fold_ocr

GLOSSARY = {
    # organisations an answer may spell out that the minutes abbreviate
    "swedish association of local authorities and regions": "skr skl", "sveriges kommuner och regioner": "skr",
    "sveriges kommuner och landsting": "skl", "association of local authorities in skåne": "kommunförbundet",
    "skåne association of local authorities": "kommunförbundet",
    "growth": "tillväxt tillväxtarbetet", "suggestion": "förslag", "suggestions": "förslag", "future": "framtida framtiden framöver",
    "date": "datum senast", "deadline": "senast", "sent": "skicka skickas skickat", "recruit": "rekrytering rekrytera",
    "recruiting": "rekrytering rekrytera", "take part": "delta deltog deltar", "took part": "delta deltog deltar",
    "participate": "delta deltar deltog",
    "summary": "sammanfattning sammanfatta", "summarise": "sammanfatta", "look": "titta tittar", "look at": "titta tittar", "looking": "titta tittar", "summarize": "sammanfatta", "practical": "praktiska praktisk", "aim": "syfte syftar",
    "work": "arbete arbetet", "work towards": "verka", "work for": "verka", "strive": "verka", "fewer": "färre",
    "purpose": "syfte syftar",
    "proposed": "föreslagna förslag föreslog", "meant": "syftar syfte", "intended": "syftar syfte", "cut": "minskar minska", "decrease": "minskar minska minskning", "decreased": "minskar minskas minskade", "decreases": "minskar", "reduction": "minskning minskar", "reduce": "minskar minska", "reduced": "minskar minskas",
    "amount": "belopp", "joint": "gemensamt gemensam gemensamma tillsammans", "common": "gemensam gemensamt",
    "together": "tillsammans gemensamt", "example": "exempel", "examples": "exempel", "share": "dela", "shared": "gemensam gemensamt gemensamma dela delade",
    "times": "gånger", "hotel": "hotell", "salary": "lön lönen", "dialogue": "dialog", "presidium": "presidiet presidiummötet presidium", "presidency": "presidiet", "salary deduction": "löneavdrag", "salary deductions": "löneavdrag", "payroll deduction": "löneavdrag", "payroll deductions": "löneavdrag", "service centre": "servicecenter", "service center": "servicecenter", "wage": "lön", "speaker": "talare", "speakers": "talare", "turnout": "deltagande", "venue": "lokal",
    "attract": "locka", "initiative": "satsning initiativ", "effort": "satsning satsningen", "efforts": "satsning",
    "free": "kostnadsfritt kostnadsfri", "participation": "delta deltagande", "idea behind": "syfte syftar",
    "step": "steg", "next": "nästa nästkommande",
    "suggested": "förslag föreslog föreslagna", "score": "poäng betyg", "grade": "betyg", "member": "medlem medlemmar ledamot", "rating": "betyg",
    "findings": "resultat slutsatser", "circulate": "förmedla förmedlas skicka skickas", "evaluation": "utvärdering", "evaluate": "utvärdera",
    "decide": "beslut besluta", "decided": "beslut beslutade", "decision": "beslut", "decisions": "beslut",
    "meeting": "möte mötet", "meetings": "möten", "board": "styrelsen styrelsemötet", "chair": "ordförande leda",
    "chaired": "ledde ordförande", "led": "ledde", "lead": "leda leds ledning", "leads": "leder leds",
    "going forward": "fortsatt framöver", "continue": "fortsatt fortsätta", "preparing": "förberedelser",
    "agenda": "agendan", "secretary": "sekreterare sekretariatet",
    "secretariat": "sekretariatet sekretariatschef", "head of the secretariat": "sekretariatschefen sekretariatschef", "head of secretariat": "sekretariatschefen sekretariatschef", "head": "chef", "hiring": "rekrytering", "recruitment": "rekrytering",
    "budget": "budget", "funding": "finansiering medel", "fund": "finansiera", "pay for": "finansiera", "money": "medel kronor",
    "way of working": "arbetsform arbetsformen", "working method": "arbetsform arbetsformen",
    "adopted": "antagen antog antogs", "adopt": "anta antagen",
    "transition": "omställning omställningsprogram", "offer": "erbjuda erbjuds erbjuder", "offered": "erbjuds erbjöd",
    "european commission": "europakommissionen europakommissionens", "commission": "kommissionen",
    "parliament": "parlamentet", "free of charge": "kostnadsfritt",
    "potential study": "potentialutredningen potentialutredning", "potential": "potentialutredningen potential",
    "external": "externa extern", "financed": "finansiera finansieras", "finance": "finansiera finansiering",
    "supply": "försörjning trafikförsörjningsprogram", "response": "remissvar svar yttrande",
    "responses": "remissvar yttranden", "responsible": "ansvarar ansvar", "reason": "skäl skälen",
    "reasons": "skäl skälen", "prioritising": "prioriteras prioritering", "prioritizing": "prioriteras prioritering",
    "sending": "skicka skickas", "send": "skicka", "build": "bygger", "builds": "bygger", "based": "bygger",
    "brand": "varumärke", "areas": "områden", "area": "område", "discuss": "diskutera diskussion dialog", "receive": "få erhålla finansiering", "receives": "får erhåller finansiering", "cost": "kostnad kosta", "annual": "årlig", "each year": "årlig", "every year": "årlig", "externally": "externa extern", "mobilisation": "mobilisering", "mobilization": "mobilisering", "development project": "utvecklingsprojekt", "development projects": "utvecklingsprojekt", "test and development projects": "test- och utvecklingsprojekt utvecklingsprojekt", "talk to": "möte träffa kontakta", "meet with": "möte träffa", "next steps": "därefter steg", "digitally": "digitalt", "digital": "digitalt digital", "try": "försöka", "hold": "hålla ha", "well carried out": "väl genomfört", "well done": "väl genomfört", "per year": "årlig", "yearly": "årlig", "report": "rapport redovisning", "annual report": "årsredovisning",
    "public transport": "kollektivtrafik kollektivtrafiken", "transport": "trafik", "infrastructure": "infrastruktur", "infra": "infrastruktur", "set up": "upplägg", "task": "uppdrag uppdra", "tasks": "uppdrag uppdra", "tasked": "uppdrag uppdra",
    "show": "visar visa", "shows": "visar", "showed": "visar", "have time": "hinner hinna", "object": "objekt",
    "objects": "objekt", "part": "del delar", "parts": "delar", "setup": "upplägg", "arrangements": "upplägg",
    "priorities": "prioriteringar", "priority": "prioritering", "prioritised": "prioriteras", "prioritized": "prioriteras",
    "network": "nätverket", "project": "projekt projektet", "programme": "programmet program", "program": "programmet",
    "trainee": "trainee traineeprogrammet", "accelerator": "acceleratorprogrammet accelerator",
    "young leaders": "unga ledare chefer", "young managers": "unga chefer ledare", "young": "unga ung",
    "first": "första", "month": "månad", "leaders": "ledare", "managers": "chefer", "study trip": "studieresa",
    "family day": "familjedag familjedagen", "residential": "internat", "sketch": "skiss skisser",
    "sketches": "skisser skiss", "drafts": "skisser utkast",
    "exist": "finns", "exists": "finns", "available": "finns tillgängliga",
    "similar": "liknande likande", "make sure": "säkerställa", "ensure": "säkerställa",
    "network coordinators": "nätverkssamordnarna nätverkssamordnare", "working model": "arbetsmodellen arbetsmodell",
    "follow up": "följa upp uppföljning", "check-in": "incheckning incheckningsrunda",
    "check in": "incheckning incheckningsrunda", "room": "rum mötesrum lokal", "meeting dates": "mötesdatum",
    "trip": "resa studieresa", "workshop": "workshop", "development plan": "utvecklingsplan", "plan": "plan planera planerar upplägg", "planned": "planerad planerade planeras planera upplägg",
    "strategy": "strategi", "strategist": "strateg", "strategists": "strateger strateg",
    "number": "antal", "numbers": "antal", "working form": "arbetsform arbetsformen",
    "development director": "utvecklingsdirektör", "director of development": "utvecklingsdirektör",
    "regional": "regional regionala", "region": "region",
    "local level": "lokal nivå", "local": "lokal lokala", "locally": "lokal lokala", "consultation": "remiss",
    "procurement": "upphandling", "agreement": "avtal samarbetsavtal", "cooperation": "samarbete samverkan", "collaboration": "samarbete samverkan", "collaborate": "samarbeta samverka", "corners": "hörn", "corner": "hörn", "attempt": "försöka",
    "information": "informationen", "proposal": "förslag", "propose": "föreslå föreslår förslag", "suggest": "föreslå föreslår förslag", "presented": "presenterade föredrog föredragande", "presentation": "presentation redovisning redovisningen", "reflected": "reflekterade", "reflect": "reflektera reflekterade", "anchored": "förankras förankra förankrad", "anchor": "förankra förankras",
    "steering group": "styrgrupp", "anniversary": "firar", "birthday": "firar", "celebration": "firar", "celebrate": "firar", "celebrates": "firar", "celebrating": "firar", "celebrated": "firar firade",
    "jubilee": "firar", "business": "näringsliv", "gala": "galan näringslivsgalan", "set aside": "avsätts avsatts avsatt avsätta", "earmarked": "avsätts avsatts avsatt", "hear from": "föredragande redovisade berättade",
    "tourism": "destination", "reuse": "återbruk", "re-use": "återbruk", "building materials": "byggmaterial",
    "sub-studies": "delstudier", "studies": "studier delstudier", "extended": "förlängs", "prolonged": "förlängs",
    "extend": "förlänga förlängs", "extending": "förlänga förlängd förlängs",
    "prolong": "förlänga förlängs", "prolonging": "förlänga förlängd", "prolongation": "förlängning förlängd",
    "extension": "förlängning förlängd", "return": "lämna tillbaka återkommer återkomma", "hand back": "lämna tillbaka", "governance": "styrmodeller", "steering model": "styrmodell styrmodeller",
    "steering models": "styrmodeller", "steering": "styrning",
    "progress": "uppnått framsteg läget",
    "models": "modeller", "red tape": "krångel antikrångel", "attendance": "närvarande", "attended": "närvarade deltog närvarande", "city": "stad staden", "absent": "förhinder frånvarande",
    "guests": "gäster", "accessibility": "tillgänglighet", "supplier": "leverantör", "ombudsman": "ombudsperson",
    "communication": "kommunikation", "telephony": "telefoni telefonitjänster teleupphandling",
    "telephone": "telefoni telefonitjänster teleupphandling", "representative": "representant",
    "reserve": "reserv", "deputy": "reserv ersättare", "concept": "koncept", "wage deduction": "löneavdrag", "payroll": "löneavdrag",
    "welcome": "välkommen välkomna hälsade", "welcomed": "hälsade välkomna välkommen", "opened": "inledde öppnande öppnade", "open": "öppnande öppna", "framing": "inramning",
    "opening": "öppnande inledning", "participants": "deltagarna deltagare",
    "administrative": "administrativa administration", "post": "tjänst tjänsten", "help": "hjälp stöd", "outside": "extern externa", "communicating": "kommunicera kommuniceras", "service": "tjänst tjänsten", "position": "tjänst tjänsten",
    "input": "inspel medskick", "message": "medskick", "cohesion policy": "sammanhållningspolitiken", "signed": "undertecknade",
    "trainees": "traineerna trainee", "municipalities": "kommuner kommunerna", "municipality": "kommun kommunen",
    "sign": "skriver undertecknar", "sent out": "utskickat skickat", "decides": "beslutas beslutar", "catchment": "vattenavrinningsområde", "water catchment": "vattenavrinningsområde", "stance": "ställa bakom", "prestudy": "förstudie", "pre study": "förstudie", "split": "delas dela uppdelat", "home": "hem", "send back": "medskick", "sent back": "medskick", "briefed": "föredrog föredragande presenterade informerade", "principles": "principer prioriteringsprinciper",
    "political": "politiskt politisk", "clash": "krockar krock", "clashes": "krockar krock", "collide": "krockar krock", "overlap": "krockar krock", "civil servant": "tjänsteman tjänstemannaperspektiv tjänstemän",
    "civil service": "tjänsteman tjänstemannaperspektiv tjänstemän", "officials": "tjänstemän tjänsteman", "perspective": "perspektiv", "come back": "återkomma återkommer återkopplar",
    "asked": "ombeds uppmanas", "remind": "påminde påminna", "reminded": "påminde påminna", "round": "omgång", "go into": "gå in på", "unable to": "hinner inte", "ask for": "begär begära", "asked for": "begär begärde", "request": "begär begäran", "requested": "begär begärde", "guide": "guide tillgänglighetsguide", "inventory": "inventering",
    "estimate": "uppskattning beräkning", "outcome": "resultat utfall", "result": "resultat", "expected": "ska beräknas förväntas",
    "increase": "ökning öka ökar", "increased": "ökning ökar ökade", "fit within": "rymmas ryms", "fit": "rymmas ryms",
    "employees": "anställda medarbetare", "staff": "personal medarbetare",
    # general meeting vocabulary (dev probes: "each municipality … itself", "answer the directors' questions")
    "each": "respektive varje", "itself": "själv", "themselves": "själva själv", "specific": "specifika specifik",
    "question": "fråga frågan", "questions": "frågor frågorna", "answer": "svar svara återkoppla",
    "feedback": "återkoppling återkopplingen återkopplade", "earlier": "tidigare", "previous": "tidigare föregående",
    "consultant": "konsult", "consultants": "konsulter konsult", "firm": "företag byrå", "session": "pass punkt workshop",
    "ran": "ledde leddes genomförde", "carried out": "genomförde genomförs genomföras", "conclude": "därmed slutsats",
    # (not "behöver": "Why did they need the sub-studies?" asks the purpose, not the sentence saying "behövs")
    "needed more": "kräver mer", "needed": "behövs behöver", "need": "behövs behöver behov",
    "require": "kräver krävs", "requires": "kräver krävs", "more": "mer ytterligare",
    "discussion": "diskussion diskuterades", "discussed": "diskuterades diskuterade diskussion dialog",
    "prepare": "förbereda förbereder förberedelse", "material": "underlag", "documents": "underlag handlingar",
    "document": "dokument strategidokument underlag", "choices": "val vägval", "choice": "val vägval",
    "basis": "underlag grund bygger", "based on": "bygger på", "builds on": "bygger på", "contact": "kontakta kontaktar kontaktas", "contacted": "kontaktats kontaktas",
    "tender": "förfrågningsunderlag upphandling", "adjustments": "justeringar", "additions": "tillägg",
    "changes": "förändringar ändringar", "update": "uppdatering uppdatera", "updated": "uppdaterats uppdaterad",
    "statement": "yttrande", "surplus": "överskott överskjutande", "approve": "godkänna godkänner",
    "approved": "godkänna godkände", "thank": "tacka", "thanked": "tacka tackade", "noted": "notera noterade",
    "members": "medlemmar ledamöter", "rota": "turordning", "rotation": "turordning roterande", "schedule": "schema",
    "regular": "ordinarie", "invitation": "inbjudan", "lessons": "lärdomar", "training": "utbildning",
    "coordinator": "samordnare samordnaren", "coordinators": "samordnare nätverkssamordnarna",
    "environmental": "miljö miljöförbund", "federation": "förbund miljöförbund kommunförbundet",
    "consulted": "avstämning kontaktas", "hosted": "värd hälsade", "host": "värd värdkommun",
    "right after": "direkt efter", "immediately after": "direkt efter", "after": "efter", "before": "före inför innan",
    "sustainability": "hållbarhet", "tool": "verktyg",
    "implementation": "implementering", "stage": "steg", "pre-study": "förstudie", "framework": "ramarna ramar",
    "support": "stöd stödja", "internally": "internt", "challenges": "utmaningar", "facts": "fakta",
    "concrete": "konkret konkreta", "relationship": "relation relationen", "reflect": "reflekterade reflektera",
    "expectations": "förväntningar", "function": "funktion funktionen", "preparatory group": "beredningsgruppen", "preparation group": "beredningsgruppen",
    "put together": "ta fram tar fram", "preparation": "förberedelse förberedelser",
    "rotate": "roterande rotera", "rotating": "roterande", "relation": "relation relationen",
    "development day": "utvecklingsdag", "development areas": "utvecklingsområden", "development area": "utvecklingsområden", "development": "utveckling utvecklingen", "hand over": "inspel lämna överlämna", "handed over": "inspel lämnade överlämnade", "funds": "medel finansiering",
    "price": "kosta kostnad", "autumn": "hösten höst", "admin": "administrativa",
    "percentage": "procent", "change": "förändring förändringar ändring", "good practice": "goda exempel",
    "hope": "hoppas önskar", "cutting red tape": "antikrångel krångel", "role": "tjänst tjänsten roll",
    "new hire": "tjänst", "anti red tape": "antikrångel", "reach out": "kontakta kontaktas", "apart from": "förutom",
    "besides": "förutom", "pays": "betalar medel", "pay": "betala medel", "find": "hitta hittas", "begin": "började börja inledde inleddes", "began": "började inledde inleddes", "urge": "uppmana uppmanas", "urged": "uppmana uppmanas",
    "summer": "sommar sommaren", "phase": "steg fas",
    "inform": "information informerar informerade", "informed": "information informerade informerar",
    "pilot": "pilot pilotprojekt pilotprojektplanen",
    "cash": "medel pengar finansiering", "bureaucracy": "krångel antikrångel", "anti bureaucracy": "antikrångel",
    "remotely": "digitalt distans teams", "remote": "digitalt distans teams",
    "outgoing": "avgående", "departing": "avgående", "leaving": "avgående",
    "run": "leda leds ledning", "running": "leda leds ledning",
    "introduced": "inledde inleddes", "kicked off": "inledde inleddes",
    # things an answer may bring in ("a legal review", "a press release"): the verifier needs their Swedish
    "review": "genomgång granskning översyn", "press release": "pressmeddelande", "invoice": "faktura",
    "timetable": "tidplan tidsplan", "survey": "enkät undersökning", "questionnaire": "enkät",
    "website": "webbplats hemsida", "policy": "policy", "contract": "avtal kontrakt", "analysis": "analys",
    "seminar": "seminarium", "conference": "konferens", "newsletter": "nyhetsbrev", "investigation": "utredning",
    "application": "ansökan", "grant": "bidrag", "loan": "lån", "campaign": "kampanj", "course": "kurs utbildning",
    # bodies an answer may name as acting or receiving ("the municipal councils", "the procurement department")
    "council": "fullmäktige nämnd", "councils": "fullmäktige nämnder", "department": "avdelning förvaltning",
    "committee": "kommitté nämnd utskott", "agency": "myndighet byrå", "authority": "myndighet",
    "ministry": "departement", "government": "regering regeringen", "union": "förbund", "association": "förening förbund",
    "company": "företag bolag", "companies": "företag bolag", "business owners": "företagare", "entrepreneurs": "företagare", "owners": "företagare ägare",
    # a decision against: the minutes write "inte prioriteras", "avslås"
    "turned down": "prioriteras avslås avslag", "turn down": "prioritera avslå avslag",
    "rejected": "prioriteras avslås avslag", "declined": "prioriteras avslås avslag",
}
_KEYS = sorted(GLOSSARY, key=len, reverse=True)
_RX = re.compile(r"\b(" + "|".join(re.escape(k) for k in _KEYS) + r")\b", re.I)


def _inflected(word: str) -> str | None:
    """The one-word glossary key an English inflection stands for: "leading" → "lead",
    "prepared" → "prepare" (plain suffixes -s, -es, -ed, -ing, with or without an e)."""
    w = word.lower()
    for suffix, back in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[:-len(suffix)] + back in GLOSSARY:
            return w[:-len(suffix)] + back
    return None


def _keys(question: str) -> list[tuple[str, str]]:
    """(word as the question writes it, glossary key): keys written out, and one-word keys
    the question inflects ("leading" → "lead")."""
    found = [(m, m.lower()) for m in _RX.findall(question.replace("-", " "))]  # "anti-red-tape" holds "red tape"
    written = {k for _, k in found}
    for w in re.findall(r"[A-Za-z]+", question):
        k = _inflected(w) if w.lower() not in GLOSSARY else None
        if k and k not in written:
            found.append((w, k))
    return found


def as_phrases(question: str) -> str:
    """The question with each multiword glossary phrase written as its first Swedish word: "the
    potential study" is "potentialutredningen", one topic, and not "potential" (of "potentialen")."""
    return _RX.sub(lambda m: GLOSSARY[m.group(1).lower()].split()[0] if " " in m.group(1) else m.group(1),
                   question.replace("-", " "))


def phrase_forms(question: str) -> dict[str, set[str]]:
    """For the phrases ``as_phrases`` writes as their first Swedish word: that word (stemmed) → the stemmed
    Swedish words of the phrase's entry ("take part" → "delta", which also counts as "deltog")."""
    from .lexical import content_terms

    out: dict[str, set[str]] = {}
    for m in _RX.findall(question.replace("-", " ")):
        if " " in m:
            sv = GLOSSARY[m.lower()]
            for t in content_terms(sv.split()[0]):
                out.setdefault(t, set()).update(content_terms(sv) - {t})
    return out


def has_glossary_phrase(text: str) -> bool:
    """Whether ``text`` writes out a glossary key ("anti-red-tape" holds "red tape")."""
    return bool(_RX.search(text.replace("-", " ")))


def swedish_terms(question: str) -> str:
    """The Swedish words for the domain words of an English question."""
    return " ".join(GLOSSARY[k] for _, k in _keys(question))


# The glossary's English words, folded (and its phrases): capitalised in an answer or a question, they are no names
GLOSSARY_WORDS = frozenset(GLOSSARY) | frozenset(fold_ocr(w) for k in GLOSSARY for w in k.split())


def swedish_forms(question: str) -> dict[str, set[str]]:
    """Each (stemmed) English domain word of the question → the stemmed Swedish words
    that stand for it in the minutes ("public", "transport" → {"kollektivtrafik", …})."""
    from .lexical import content_terms

    out: dict[str, set[str]] = {}
    for w, k in _keys(question):
        sv = content_terms(GLOSSARY[k])
        for t in content_terms(w):
            out.setdefault(t, set()).update(sv)
    return out


# Swedish words a question may put for the minutes' own ("pengarna" for "Medel till detta finns hos
# sekretariatet", "andra kommuner" for "övriga kommuner"). Question side only: a word counts as its fellows
# when judging which sentence and item hold the question's words.
SWEDISH_SYNONYMS = ["pengar pengarna medel medlen", "andra övriga", "jubileum jubileet firar", "kostar kosta kostade kostnad kostnaden kostnadsfritt",
                    "uppdrag uppdraget uppdra uppdras", "sträva strävar verka verkar"]


@lru_cache(maxsize=4)
def synonym_map(groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each stemmed word of the groups → the other words of its group(s)."""
    from .lexical import content_terms

    out: dict[str, set[str]] = {}
    for group in groups:
        stems = content_terms(group)
        for t in stems:
            out.setdefault(t, set()).update(stems - {t})
    return {t: frozenset(f) for t, f in out.items()}


def swedish_synonyms(question: str) -> dict[str, frozenset[str]]:
    """Each stemmed word of a Swedish question → the minutes' words that also count as it."""
    from .lexical import content_terms

    syn = synonym_map(tuple(SWEDISH_SYNONYMS))
    return {t: syn[t] for t in content_terms(question) if t in syn}
