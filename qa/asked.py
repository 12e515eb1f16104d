"""What a question asks for, and whether quotes state it: a date for "när / when", an amount for
"hur mycket", a count that counts the thing ("how many trainees"), a firm's name, a reason, a board
decision of the day named, another body's decision, an outcome (declined, chosen, appointed), a
duration, the thing a which-question names. Answers quote only when the units about the question
state it; otherwise they abstain with a note naming what the item lacks (``lacking``)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from minutes.records import Source
from minutes.text import fold_ocr, sentences

from .claim_numbers import atoms, covered, unit_atoms
from .evidence import Terms, as_terms, exact, question_terms, shared
from .intent import BOARD_DECISION_Q, MUNICIPALITIES, deciding_body, indexed_people, language, reacting_actor
from .lexical import STOP, content_terms
from .retrieve import Retriever


class Quote(Protocol):
    """A quotable unit: its text and the source (item) it belongs to."""

    text: str
    source: Source


# A day: "22 – 23 augusti", "2025-12-05", "5/3", or a meeting named by its month ("beslut fattas
# på decembermötet" says when, as a date does).
DAY = re.compile(r"\b\d{1,2}(?::[ae])?\s*(?:[–-]\s*\d{1,2}(?::[ae])?\s*)?(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*|"
                  r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}\b|"
                  # the minutes' yymmdd ("redovisningen 230324", "styrelsen 181130")
                  r"\b[12]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b|"
                  r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)m\w{0,3}te",
                  re.I)
# An amount with its unit, or a sum written in thousands ("från 500 000 till 150 000")
_AMOUNT = r"\d[\d .,]*\s*(?:kr|kronor|mkr|miljon|%)|\d+\s*%|(?<![\d.,-])\d{1,3}(?:[ .]\d{3})+(?![\d-])"
# ("kostnadsfritt", "free of charge": what it costs is nothing)
_FREE = r"\bkostnadsfri\w*|\bfree of charge\b|\butan kostnad\b"
# "Who pays for the anniversary?" asks where the money comes from, not for a person
# ("Who holds the money for the sketches?" asks the same: "Medel till detta finns hos sekretariatet")
_PAYS = (r"(?:pays|paid|funds|funded|finances|financed|betalar|betalade|finansierar|finansierade|bekostar|bekostade|"
         r"(?:holds|has|keeps|manages|har|forvaltar) (?:the )?(?:money|funds|funding|pengarna|medlen))")
_ORIGIN_Q = rf".*\bwhere\b.*\bfrom\b|.*\bvarifran\b|.*\bvar\b.*\bfran\b|.*\b(?:who|vem) {_PAYS}\b"
# An origin: a named source ("från Helsingborgs Stad"), who holds it ("finns hos sekretariatet") or a fund
# ("Medel tas från överskjutande medel från 2023", "avsätts 1 mkr från tidigare överskott"); not a change
# "från 500 000 till 150 000"
_ORIGIN = re.compile(r"\b(?:från|fran|from) [A-ZÅÄÖ]\w+|\bhos \w+|"
                     r"(?i:\b(?:tas|hämtas|hamtas|kommer) (?:från|fran)\b|"
                     r"\b(?:från|fran) (?:\w+ )?(?:\w*medel|\w*överskott|\w*overskott|\w*budget\w*)\b)")
# Questions whose answer must be a date, an amount, a count or a name: quotes that state none do not
# answer them ("How many trainees start…?" is not answered by "Traineeerna som startar till hösten …").
# "Which company/consultancy/agency …?" is answered by a firm's name ("Startpoint Advisory", "Leadership
# ARTS"), not by "extern leverantör" or by the public body that sent the letter.
_ASKS_FIRM = re.compile(r"\b(which|what) (\w+ )?(compan\w*|firm|consultan\w*|agency|operator|supplier|vendor|contractor|"
                        r"provider)\b|\b(vilket|vilken|vilka) (\w+ )?\w*(foretag|konsult\w*|byra|leverantor|operator|firma|bolag)\b|"
                        # "Who will be the new communications agency …?" asks a firm, not a person
                        r"\b(?:who|vem) (?:is|was|will be|are|were|ar|var|blir|kommer att bli) (?:the |den |det )?"
                        r"(?:new |nya )?(\w+ )?(agency|consultan\w*|supplier|contractor|provider|\w*byran|\w*konsulten|"
                        r"leverantoren)\b")
_FIRM = re.compile(r"\b[A-ZÅÄÖ][\w-]+ (?:Advisory|Consulting|Consultants|Partners|Group|AB|ARTS|Ltd|Inc|Konsult\w*)\b|"
                   r"\b[A-ZÅÄÖ]{3,}\b")
# A board decision the directors' minutes refer to: "enligt beslut i styrelsen 181130", "process antagen
# på styrelsemötet den 27 oktober 2023", "som styrelsen beslutade om".
BOARD_SAID = re.compile(r"beslut(?:et)? i styrelsen|styrelse\w* (?:har )?(?:beslutat|beslutade|beslot|beslöt|antog|antagit|"
                         r"godkänt|godkande|godkände)|antag\w* (?:på|pa|av|i) styrelse\w*|"
                         r"styrelsen (?:har )?beslutat", re.I)
# A reason or purpose stated: "eftersom …", "syftar till att …", "för att …", "För det fortsatta arbetet med att
# utveckla kollektivtrafiken … behövs fakta" ("återkopplar skälen" gives none).
# ("verka för att antal prioriteringar blir färre" says what to work towards, not why)
_REASON = re.compile(r"\b(eftersom|darfor|därför|darmed|därmed|pa grund av|på grund av|"
                     r"(?<!verka )(?<!verkar )(?<!arbeta )(?<!arbetar )f[oö]r att|syft\w*|i syfte|"
                     r"skal(?:et|en)? (?:ar|är|var)|anledning\w* (?:ar|är|var)|because|due to|in order to|so that|"
                     r"the reason|(?:för|for) (?:det|den) (?:\w+ ){0,3}(?:med|av) att|"
                     # not doing something for want of time is its own reason ("… hinner man inte gå in på")
                     r"hinner (?:\w+ )?inte|hann (?:\w+ )?inte|no time|"
                     # a thing left as it was for years is why it needs work ("har inte uppdaterats sedan 2015")
                     r"(?:har|hade) inte \w+ats sedan|has not been \w+ed since|"
                     # a clash is why a meeting moves ("våra möten krockar två gånger med Skånes kommuner")
                     r"krock\w*|clash\w*)\b", re.I)
_MUNICIPALITY = re.compile(r"(?<!familjen )\b(?:" + "|".join(MUNICIPALITIES) + r")s?\b", re.I)  # not "Familjen Helsingborg"
# A person or municipality, or the named agent of a passive ("görs av Startpoint") or a firm.
# (a definite noun opening a heading, "Projektet Tillgänglighetsguide", is no first name)
_NAMED = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]*[a-zåäöé](?<!et) [A-ZÅÄÖ][a-zåäöé]+|\b(?:" + "|".join(MUNICIPALITIES) + r")\b|"
                    # an association's name is definite ("Kommunförbundet Skåne", "Söderåsens Miljöförbund")
                    r"\b[A-ZÅÄÖ][\wåäö]*(?:förbund|forbund)(?:et)?\b|"
                    r"\b(?:av|by) [A-ZÅÄÖ][\w-]{2,}|" + _FIRM.pattern)
# Who acts, as the minutes often say it: a body or role as the subject of a decision ("att beredningsgruppen tar
# fram", "sekretariatschefen får i uppdrag") or given a task ("uppdra till sekretariatschef")
_BODIES = (r"(?:sekretariatet|sekretariatschef\w*|beredningsgrupp\w*|styrelsen|n[äa]tverket|presidiet|styrgrupp\w*|"
           r"kommundirekt[öo]rsgrupp\w*)")  # not "gruppen", "projektet": too often a heading or the topic itself
# (a heading, "Projektet Tillgänglighetsguide", names no agent)
_AGENT = re.compile(rf"(?:^|\b(?i:att)\s+|\b(?i:uppdra\w*)\s+till\s+)(?i:{_BODIES})\b(?!\s+[A-ZÅÄÖ])|"
                    rf"\b(?i:{_BODIES})\s+(?i:f[åa]r i uppdrag|ska|skall|tar|ansvarar|[åa]terkopplar|[åa]terkommer)\b|"
                    # the agent of a passive ("Budgeten ska sedan beslutas av styrelsen")
                    rf"\b(?i:\w+(?:as|ades|ats)\s+av)\s+(?i:{_BODIES})\b")
# "Who was asked to …?": who is asked or urged to act may be a body ("Projektet ombeds återkomma", "Gruppen
# uppmanas också planera"); only for that question, since the project is often the topic itself
_ASKING = r"asked|urged|requested|ombads|ombeds|uppmanades|uppmanas"
_ASKED_Q = re.compile(rf"\b(?:{_ASKING})\b")
_ASKED_AGENT = re.compile(rf"(?:^|(?<=[.!?] ))(?i:projektet|gruppen|{_BODIES})\s+(?i:ocks[åa]\s+)?(?i:ombeds|uppmanas)\b")
# a first name alone as the subject of a sentence in the past ("Carina reflekterade kring upplägget"); a definite
# noun ("Gruppen diskuterade", "Mötet") is no name
_FIRST_NAME_ACTS = r"^[A-ZÅÄÖ][a-zåäöé]+(?<!et)(?<!en)(?<!rna) [a-zåäö]+(?:ade|de|te)\b"
_ACTOR = re.compile(_NAMED.pattern + "|" + _AGENT.pattern + "|" + _FIRST_NAME_ACTS)
# A person's name (a firm's, "Leadership ARTS", names no trainee or coordinator)
# (nor the cooperation itself: "… anställda i Familjen Helsingborg" names nobody who did anything)
_PERSON = re.compile(r"\b(?!Familjen Helsingborg)[A-ZÅÄÖ][a-zåäöé]*[a-zåäöé](?<!et) [A-ZÅÄÖ][a-zåäöé]+")
_WHO = re.compile(_PERSON.pattern + "|" + _AGENT.pattern)  # a person, or a body that acts
# What kind of words answer the question: a date (a day, a year or a season), an amount, a name, a place.
ASKS = [
    (re.compile(r"\b(nar|until when|when|since when|datum|date|vilken dag)\b"),
     re.compile(DAY.pattern + r"|\b(?:19|20)\d\d\b|sommaren|hosten|varen|\b(?:under|efter|fore|innan|vid) (?:lunchen|motet|dagen)\b|"
                # a meeting to come is a when ("till nästkommande kommundirektörsmöte", "på decembermötet")
                r"i samband med|\bn[äa]stkommande\b|\bn[äa]sta (?:\w+)?m[öo]te\w*|\bdecemberm[öoa]+tet\b", re.I)),
    (re.compile(r"\b(hur mycket|how much|belopp|amount|kostar|kostade|cost|pengar|money|budget\w*|kronor|set aside|"
                r"lon|lonen|"
                r"avsatt\w*|avsatts)\b"),
     re.compile(f"{_AMOUNT}|{_FREE}", re.I)),
    # a person or a body that acts ("att sekretariatschefen tar ett möte med Cecilia"), not a municipality
    # nor the name the question itself gives (``holds``)
    # ("Who pays for the anniversary?" asks where the money comes from: STRICT)
    (re.compile(rf"\b(vem|vilka|who|whom)\b(?! {_PAYS}\b)"), _WHO),
    # "Where do the ideas come from?" asks an origin ("från Helsingborgs Stad"), not any place
    # (or who holds it: "Where does the money come from?" → "Medel till detta finns hos sekretariatet")
    # (or a fund: "Medel tas från överskjutande medel från 2023", "avsätts 1 mkr från tidigare överskott")
    (re.compile(_ORIGIN_Q), _ORIGIN),
    # (with someone: "Medel till detta finns hos sekretariatet")
    (re.compile(rf"^(?!{_ORIGIN_Q}).*\b(var |where|plats|place|location)"),
     re.compile(r"\b(på|pa|i|från|fran) [A-ZÅÄÖ]\w+|\bhos \w+")),
]

# A place: a proper name inside a sentence ("Ring Knutstorp, Terassen", "i Lund") or a way of meeting
# (or an occasion within the meeting: "Punkten genomfördes under lunchen")
_PLACE = re.compile(r"(?m)(?<!^)(?<![.!?:•*-]\s)\b[A-ZÅÄÖ][a-zåäöé]{2,}|(?i:\bvia teams\b|\bdigital\w*|\bonline\b|\bpå plats\b|"
                    r"\b(?:under|vid|på|pa) lunch\w*)")
# "Why …?", "What reason …?", "Vilket skäl …?" (folded): the question asks for a reason
WHY_Q = re.compile(r"^\W*(why|varfor)\b|\b(for what reason|av vilken anledning|av vilket skal|"
                   r"(?:what|which) (?:\w+ )?reasons?|what (?:is|was|were|are) the reasons?|"
                   r"(?:vilket|vilka) (?:\w+ )?skal|vad (?:ar|var) (?:skalet|anledningen)|"
                   r"the reason (?:for|why)|skalet (?:till|for)|"
                   # "Vad var syftet med incheckningsrundan?": a purpose is a reason ("syftar till att …")
                   r"syftet (?:med|bakom)|i vilket syfte|the (?:purpose|aim) (?:of|behind)|for what purpose)\b")
# An amount asked for: a sum, a cost, a fee, a salary (the strict check wants one in the quotes)
AMOUNT_Q = re.compile(r"\b(hur mycket|how much|kostar|kostade|cost|belopp|amount|earn\w*|salary(?! deductions?)|salaries|"
                      r"tjanade|tjanar|tjana|spend|spent|"
                      r"lon|lonen|loner|lonerna|"
                      r"charg(?:e|es|ed)|fees?|price|prices|avgift\w*|priset|"
                      # "Which idea got the most money?": amounts to compare
                      r"most (?:money|funding|funds)|mest (?:pengar|medel)|(?:largest|biggest|highest) (?:budget|amount|sum|"
                      r"grant)|storsta (?:budget\w*|belopp\w*|summa\w*))\b")
# "när"/"when" asks for a date where it opens the question or a clause of its own ("…, and when did it end?");
# inside one it only says under what circumstances ("Hur ska kommunerna få underlag när yttranden tas fram?")
# A stance the quotes state ("Mötet anser att …", "Carina reflekterade kring upplägget")
_OPINION = re.compile(r"\b(tyck\w*|anser|ansag|ansåg|menade|upplev\w*|synpunkt\w*|reflekter\w*|positiv\w*|"
                      r"negativ\w*|nojd\w*|nöjd\w*|kritisk\w*|thinks?|thought|felt|opinion|"
                      r"diskussion om att)\b", re.I)
# the directors' group (or the meeting) as the one whose view is asked
_GROUP = r"\b(?:the directors|directors|the group|the meeting|kommundirektorerna|gruppen|motet)\b"
_THINKS = r"\b(?:think|thought|feel|felt|tyckte|tycker|ansag|anser)\b"
_GROUP_THINKS = re.compile(rf"(?:{_GROUP}.{{0,25}}{_THINKS}|{_THINKS}\s+(?:\w+\s+)?{_GROUP})")
# a start told ("startar", "inleddes", "sedan 2015"); the item's title may tell it ("–start av omgång 1 2024")
_START_SAID = re.compile(r"\b(?:start\w*|borja\w*|inled\w*|grunda\w*|sedan (?:19|20)\d\d)\b", re.I)
# a year, or a date that gives one ("190118", "2025-12-05"); the item's title may give it ("… omgång 1 2024")
_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b|\b\d{6}\b")
STRICT = [(re.compile(r"(?:^|[,;]|\b(?:och|and|men|but|samt)\b)\W*(nar|when)\b|"
                      r"\b(until when|since when|by when|fram till nar|sedan nar|deadline|sista dag\w*)\b"),
            # a month answers "när" ("Skånes utvecklingsdag i april"), not "vilket datum"
            re.compile(ASKS[0][1].pattern + r"|\b(?:i|under|f[öo]re|efter|till|in|during) (?:januari|februari|mars|april|"
                       r"maj|juni|juli|augusti|september|oktober|november|december)\b", re.I),
            "inget datum", "no date"),
           # "Vilken dag i april …?" asks for a day: "under april månad" (or the year of the sentence) is none
           (re.compile(r"\b(vilket datum|what date|vilken dag|which day|what day)\b"), DAY, "inget datum", "no date"),
           # "Vilket år startade acceleratorprogrammet?": a year (or a date that gives one: "190118", "2025-12-05")
           (re.compile(r"\b(vilket ar|vilka ar|which year|what year|which years)\b"), _YEAR_SAID, "inget årtal", "no year"),
           # "What day of the week …?": a weekday, not a date
           (re.compile(r"\b(day of the week|weekday|veckodag\w*)\b"),
            re.compile(r"\b(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)", re.I), "ingen veckodag", "no weekday"),
           # "Which year was the trainee programme founded?": a sentence that it was founded, not a year
           # ("När invigdes Mindpark?": an opening, not the day a meeting was held there)
           (re.compile(r"\b(founded|established|grundades|grundat|grundats|bildades|bildats|inrattades|inrattats|"
                       r"invigdes|invigd|invigt|invigning\w*|inaugurat\w*)\b"),
            re.compile(r"\b(grundade?s?|grundat\w*|bildade?s?|bildat\w*|inrattade?s?|inrattat\w*|founded|established|"
                       r"grundandet|startade?s?|invig\w*|inaugurat\w*)\b", re.I), "inget om när det grundades",
            "nothing on its founding"),
           (AMOUNT_Q,
            ASKS[1][1],
            "inget belopp", "no amount"),
           (re.compile(r"\b(hur manga|how many|in numbers|i siffror|figures|statisti\w*|"
                       # "What was the turnout at the gala?": a count of those who came
                       r"turnout|attendance figures?|deltagarantal\w*|antal(?:et)? (?:deltagare|besokare))\b|"
                       r"^\W*(antal(?:et)?|number of)\b"),
            re.compile(r"\d|\b(tva|tre|fyra|fem|sex|sju|atta|nio|tio|two|three|four|five|six|seven|eight|nine|ten)\b"),
            "inget antal", "no number"),
           (re.compile(rf"^\W*(who|whom|vem)\b(?! {_PAYS}\b)|\b(vilka personer|which people)\b"),
            _ACTOR, "ingen person eller kommun", "no person or municipality"),
           # "Who from Ängelholm was contacted?" asks for a person of the municipality, not the municipality
           (re.compile(r"^\W*(who|whom|vem|vilka)\b.{0,25}\b(from|fran)\s+(?:" + "|".join(MUNICIPALITIES) + r")\b"),
            _PERSON, "ingen person", "no person"),
           # "Which trainees were hired?", "Vilka representanter …?": people asked for by their role need names
           (re.compile(r"\b(which|vilka|vilken)\s+(?:\w+\s+){0,2}?(trainees?|traineer\w*|employees?|anstallda|members?|"
                       r"medlemm\w*|representatives?|representant\w*|guests?|gaster\w*|participants?|deltagar\w*|"
                       r"speakers?|talare|consultants?|konsulter\w*|strategists?|strateger|coordinators?|samordnar\w*|"
                       r"officials?|tjansteman\w*)\b|"
                       # "What are the names of the trainees?", "Vad heter traineerna?"
                       r"\b(?:names? of (?:the )?|namnen pa |namn pa |vad heter |what are .{0,30}\bcalled)"
                       r"(trainees?|traineer\w*|employees?|anstallda|members?|medlemm\w*|participants?|deltagar\w*|"
                       r"consultants?|konsulter\w*|guests?|gaster\w*|people|personer\w*|ledamot\w*)\b"),
            _PERSON, "inga namn", "no names"),
           (re.compile(r"\b(vilka kommuner|vilken kommun|vilka av (?:de )?(?:\w+ )?kommunerna|which municipalit\w*|"
                       r"which of the (?:\w+ )?municipalities)\b"), _MUNICIPALITY, "ingen kommun",
            "no municipality"),
           # "What did X think of …?", "How did they vote?", "Who won …?": the quotes must say so
           (re.compile(r"^(?!.*" + _GROUP_THINKS.pattern + r")(?=.*\b(think|thought|felt|feel|opinion|view of|views? on|tyckte|tycker|ansag|asikt|"
                       r"uppfattning)\b)"),
            _OPINION, "ingen åsikt", "no opinion"),
           # "What did the directors think of the Vegeå idea?": the group's decision on it is its view
           # ("att tacka för informationen" alone is no view of it)
           (_GROUP_THINKS, re.compile(_OPINION.pattern + r"|^\W*att\b(?!\s+(?:tacka|notera) (?:for|för) "
                                                  r"informationen\W*$|\s+notera informationen\W*$)", re.I),
            "ingen åsikt", "no opinion"),
           (re.compile(r"\b(vote\w*|voting|rosta\w*|rostade|rostning|votering)\b"),
            re.compile(r"\b(röst\w*|rost\w*|vot\w*|enhällig\w*|enhallig\w*|unanim\w*|majoritet\w*)\b", re.I),
            "ingen omröstning", "no vote"),
           # "Who wrote the proposal …?": a sentence where someone wrote or drew it up, not one telling of it
           (re.compile(r"\b(who (?:wrote|drafted|authored|drew up|designed|created)|vem (?:skrev|har skrivit|forfattade|utarbetade|"
                       r"ritade|utformade|skapade|designade))\b"),
            re.compile(r"\b(skrev|skrivit|skrivs|tog fram|togs fram|tagit fram|tagits fram|tas fram|framtag\w*|"
                       r"utarbeta\w*|författa\w*|forfatta\w*|ritade|ritat|utformade|utformat|skapade|skapat|design\w*|"
                       r"wrote|written|drafted|drawn up|created)\b", re.I),
            "inte vem som skrev det", "not who wrote it"),
           # "Vilken kommun ska leda återbruksprojektet?": a sentence where someone leads or is responsible
           (re.compile(r"\b(?:ska|skall|kommer att|will|shall|should|is to|is going to) (?:\w+ )?(leda|lead)\b|"
                       r"\b(?:vem|vilken kommun) (leder)\b|\bwho (leads)\b"),
            re.compile(r"\b(led\w*|leds|ansvar\w*|projektledar\w*|ordförande|ordforande|chair\w*|lead\w*|"
                       r"huvudm[aä]n\w*)\b", re.I),
            "inte vem som leder", "not who leads"),
           (re.compile(r"\b(vann|won|win|wins|winner|vinnare|awarded|tilldelades)\b"),
            re.compile(r"\b(vann|vinn\w*|tilldela\w*|won|award\w*|fick uppdraget|fick kontraktet)\b", re.I),
            "ingen vinnare", "no winner"),
           (_ASKS_FIRM, _FIRM, "inget företagsnamn", "no company name"),
           # "In which year did the trainee programme start?": a year told as its start, not any year of it
           # ("inför Traineeprogram 2019" is one year's programme)
           (re.compile(r"\b(?:which year|what year|vilket ar|since when|sedan nar)\b.*\b(?:start\w*|began|begun|begin|"
                       r"launch\w*|found\w*|borjade|inleddes|grundades|kom igang)\b"),
            _START_SAID, "ingen start", "no start"),
           # "Vem ledde diskussionen om styrmodeller?", "Who ran the workshop?": a sentence that says someone led
           # or ran it ("Jörgen Fransson … ledde punkten", "Punkten leddes av …", "Ola Odebäck … genomförde en
           # workshop"), not any sentence that names an actor
           (re.compile(r"^\W*(?:vem|vilka|who)\s+(?:led|ran|leads|runs|conducted|facilitated|chaired|ledde|leder|"
                       r"genomforde|holl i|haller i)\b"),
            re.compile(r"\b(?:ledde|leder|genomforde|genomfor|holl i|haller i|ansvarade|ansvarar)\b|"
                       r"\b(?:leddes|leds|genomfordes|genomfors) av\b", re.I),
            "inte vem som ledde det", "not who led it"),
           # "Vilka ska få det gemensamma underlaget?", "Who will receive …?": whom it is sent or given to
           # ("… skickas ut till nätverksrepresentanterna"), not who made it
           (re.compile(r"^\W*(?:vilka|vem) (?:ska|skall|kommer att|har|hade)? ?"
                       r"(?:fa|fatt|fick|erhalla|erholl|ta emot|tog emot)\b|"
                       r"^\W*who (?:will |should |is to |are to |did |does )?"
                       r"(?:get|gets|got|receive|receives|received)\b|"
                       r"\bto whom\b|\bwho (?:is|was|are|were) (?:it |they )?sent to\b"),
            re.compile(r"\b(?:skickas|skicka|skickar|skickades|sands|sandes|formedlas|distribueras|delas|"
                       r"aterkoppla\w*|meddela\w*|rapportera\w*)\b(?:\s+\S+){0,4}?\s+till\b|\bfar\b|\berbjuds\b", re.I),
            "inte vilka som får det", "not who receives it"),
           (WHY_Q, _REASON, "inget skäl", "no reason"),
           (BOARD_DECISION_Q, BOARD_SAID, "inget beslut av styrelsen", "no decision of the board"),
           # "Who audited the 2023 annual report?": an audit or auditor, not the review the directors got
           (re.compile(r"\b(audit\w*|revisor\w*|reviderade|granskade)\b"),
            re.compile(r"\b(revis\w*|granska\w*|gransknin\w*|audit\w*)\b", re.I), "ingen granskning", "no audit"),
           # "When was the regional development plan revision adopted?": a sentence that adopts or decides it,
           # not one that only discusses it ("Kort diskussion om revidering av …")
           (re.compile(r"^\W*(?:when|nar)\b.*\b(adopted|approved|antogs|antagits|godkandes|faststalldes|"
                       r"beslutades|decided)\b"),
            re.compile(r"\b(antag\w*|antog\w*|beslut\w*|godkän\w*|godkan\w*|fastställ\w*|faststall\w*|adopt\w*|"
                       r"approv\w*|decid\w*)\b|^\W*att\b", re.I),
            "inget beslut", "no decision"),
           # "How often does the steering group meet?": a frequency, not where or how it meets
           (re.compile(r"\b(how often|how frequently|hur ofta)\b"),
            re.compile(r"\b(varje|per|gång\w*|gang\w*|årlig\w*|arlig\w*|månatlig\w*|manatlig\w*|veckovis|dagligen|"
                       r"regelbund\w*|alltid|always|every|each|weekly|monthly|annual\w*|yearly|once|twice|times)\b|\d+\s*(?:ggr|g/)", re.I),
            "ingen frekvens", "no frequency"),
           # "How did the ideas score?", "Vilket betyg fick …?": a score or grade, not that the ideas were presented
           (re.compile(r"\b(score[ds]?|scoring|rated|rating|ratings|betyg\w*|poang\w*)\b"),
            re.compile(r"\b(poäng|poang|betyg\w*|scored?|rated|rating)\b|\b\d+\s*(?:av|of|/)\s*\d+\b", re.I),
            "inget betyg", "no score"),
           # "Where will the study trip go?": a place ("i Lund", "på Marina Plaza", "via Teams"), not a date
           # ("Where did the money come from?", "Var kommer pengarna ifrån?" ask for a source, not a place)
           (re.compile(r"^\W*where\b(?!.*\b(?:comes?|came) from\b)|\bvart\b|"
                       r"^\W*var (?:ska|skall|holls|halls|traffas|ligger|sker|genomfors|ager|kommer|blir|gar|gick)\b"
                       r"(?!.*\bifran\b)"),
            _PLACE, "ingen plats", "no place"),
           # "Where does the money for the sketches come from?": who holds or gives it ("Medel till detta finns hos
           # sekretariatet", "Medel tas från överskjutande medel från 2023"), not the sentence about the sketches
           # (the asking word is captured: the money is what a sentence must be about)
           (re.compile(r"\b(where)\b.*\b(?:money|cash|funds?|funding|financing)\b.*\b(?:comes?|came) from\b|"
                       rf"\b(who|vem) {_PAYS}\b|"
                       r"\b(var) (?:kommer|kom) (?:\w+ )?(?:pengarna|medlen|finansieringen)\b.*\bifran\b"),
            _ORIGIN, "inte varifrån pengarna kommer",
            "not where the money comes from"),
           # "What time did Carina Leffler leave the meeting?": a time of day, not the attendance list
           (re.compile(r"\b(what time|at what time|vilken tid|vilken tidpunkt|hur dags|vilket klockslag)\b"),
            re.compile(r"\b\d{1,2}[.:]\d{2}\b|\bkl\.?\s*\d|\b(?:lunch\w*|förmiddag\w*|formiddag\w*|eftermiddag\w*|"
                       r"morning|afternoon)\b", re.I), "ingen tid", "no time"),
           # "What time did the June 2023 lunch end?": an end, of a span ("08.30-14.00") or said so, not a start
           (re.compile(r"\b(?:what time|at what time|vilken tid|hur dags|vilket klockslag)\b.*\b(end|ended|ends|finish\w*|"
                       r"slutade|slutar|avslutades|avslutas)\b|"
                       r"\b(?:when|nar)\b.*\b(?:meeting|lunch|mote\w*|motet|lunchen)\b.*\b(end|ended|ends|finish\w*|"
                       r"slutade|slutar|avslutades|avslutas)\b"),
            re.compile(r"\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}|\b(?:avslut\w*|slut\w*)\b", re.I),
            "ingen sluttid", "no end time"),
           # "What is Helen Jonasson's job title?": a title ("Utvecklingsdirektör", "sekretariatschef"), not an employer
           (re.compile(r"\b(job title|title|titel|titeln|befattning\w*|yrkestitel|tjanstetitel)\b"),
            # (beside a name: "Ulrika Geeraedts (Utvecklingsdirektör)", "Johan Lindberg, sekretariatschef"; the
            # "kommundirektör" of a decision is no one's title)
            re.compile(r"[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][\w-]+[\s,(]+(?i:\w*(?:chef|direktör|direktor|strateg|samordnar\w*|"
                       r"ordförande|ordforande|sekreterare|handläggare|handlaggare|controller|ekonom|ansvarig|koordinator|"
                       r"projektledare|utvecklare|rådgivare|radgivare|konsult|officer|manager|director|head))\b"),
            "ingen titel", "no title"),
           # "What is X's phone number / e-mail address?"
           (re.compile(r"\b(phone number|telephone number|mobile number|telefonnummer|mobilnummer)\b"),
            re.compile(r"\+?\d[\d ()-]{6,}\d"), "inget telefonnummer", "no phone number"),
           (re.compile(r"\b(e-?mail|e-post|mejl\w*|mailadress\w*)\b"), re.compile(r"\S+@\S+"),
            "ingen e-postadress", "no e-mail address"),
           # "What share of a full-time post …?", "Hur stor andel …?": a percentage or a fraction
           (re.compile(r"\b(what share|what proportion|what percentage|what fraction|how large a share|"
                       r"hur stor andel|vilken andel|hur manga procent|hur stor del|vilken procentsats|vilken procent)\b"),
            re.compile(r"\d+\s*%|\bprocent\w*|\bpercent\w*|\bhalv\w*|\bhälften|\bhalften|\bhalf\b|\bthird\b|"
                       r"\btredjedel\w*|\bfjärdedel\w*|\bfjardedel\w*|\bquarter\b", re.I),
            "ingen andel", "no share"),
           # "Hur mycket kostar tjänsten?": a sum of money; a share of a post ("från 25% till 50%") is no cost
           (re.compile(r"\b(kostar|kostade|kostnad\w*|cost|costs|costed|price|avgift\w*)\b"),
            re.compile(r"\d[\d .,]*\s*(?:kr|kronor|mkr|miljon|sek)\b|\bsek\s*\d|(?<![\d.,-])\d{1,3}(?:[ .,]\d{3})+(?![\d-])|"
                       + _FREE, re.I), "inget belopp", "no amount"),
           # "How much did Helsingborg invest …?": a sum spent; that others take part free of charge is none
           (re.compile(r"\b(invest\w*|spend|spent|satsade|satsat|lade|lagt)\b"),
            re.compile(_AMOUNT, re.I), "inget belopp", "no amount"),
           # "When was the agreement signed?": a signing the quotes state, not that it was last updated
           (re.compile(r"\b(signed|signing|undertecknade?s?|undertecknat\w*|skrevs under|skrev under|signerade?s?)\b"),
            re.compile(r"\b(underteckn\w*|skr\w+ under|skriver på|skriver pa|skrev på|skrev pa|signer\w*|signed|"
                       r"tecknade?s?|tecknat\w*|ingicks|ingåtts|ingatts)", re.I), "inget om undertecknande",
            "nothing on its signing"),
           (re.compile(r"\b(total\w*|in all|overall|sammanlag\w*|summan?|allt som allt)\b"),
            re.compile(r"\b(total\w*|sammanlag\w*|summa\w*|allt som allt|in all)\b", re.I), "ingen totalsumma", "no total")]


# "How many X …?" is answered by a number that counts X ("krockar två gånger"), not by any number in
# the sentence ("den 27 oktober 2023 … prioriteringar"): dates and years are no counts.
# (or a keyword query opening with a count: "antal deltagare traineeprogrammet 2019")
_COUNT_Q = re.compile(r"\b(?:how many|hur manga)\s+([a-z]+)(?:\s+([a-z]+))?|"
                      r"^\W*(?:antal(?:et)?|number of)\s+([a-z]+)(?:\s+([a-z]+))?")
_NUMBER = r"(?:\d+|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|two|three|four|five|six|seven|eight|nine|ten)"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=256)
def _counted(question: str) -> re.Pattern | None:
    """A number followed (within two words) by a word for what the question counts, if it names one."""
    from .glossary import swedish_forms

    m = _COUNT_Q.search(fold_ocr(question).lower())
    if not m:
        return None
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if re.fullmatch(r"kronor|kr|sek|crowns|euros?|miljoner|millions?", first):
        return re.compile(_AMOUNT, re.I)  # "Hur många kronor …?" asks for an amount ("200,000 kr")

    def forms(words: str) -> set[str]:  # the words' stems and the glossary's Swedish for them
        out = content_terms(words) | {f for fs in swedish_forms(words).values() for f in fs}
        return {t for t in out if len(t) >= 3 and not t.isdigit()}

    stems = forms(" ".join(w for w in (first, second) if w))
    # "år", folded, is shorter than any stem ("firar 20 år"); only as the counted word, since "är" folds
    # to it too ("Hur många sidor är …")
    if re.fullmatch(r"years?|ar", first):
        stems.add("ar")
    else:
        stems.discard("ar")
    if not stems:
        return None
    alts = "|".join(sorted((re.escape(t) + (r"\b" if t == "ar" else "") for t in stems), key=len, reverse=True))
    # or the things, named one by one ("Projektidéerna A, B samt C presenterades"): a count the reader sees
    thing = "|".join(re.escape(t) for t in sorted(forms(first), key=len, reverse=True))
    listing = rf"\b\w*(?:{thing or '(?!)'})\w*\s+(?:[^,.;:]{{2,60}},\s*)+[^,.;:]{{2,60}}?\s(?:och|samt|and)\s"
    return re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,2}}?(?:{alts})|(?P<listing>{listing})", re.I)


def _counts(question: str, text: str) -> bool:
    rx = _counted(question)
    if rx is None:
        return True
    return bool(rx.search(_undated(text).lower()))


def _enumerates(question: str, text: str) -> bool:
    """``text`` names the things the question counts one by one, though it states no number."""
    rx = _counted(question)
    return bool(rx and (m := rx.search(_undated(text).lower())) and m["listing"])


def _undated(text: str) -> str:
    """The folded text without its dates and years (they are no counts or figures)."""
    return _YEAR.sub(" ", DAY.sub(" ", fold_ocr(text)))


# "Which hotel …?", "What score did …?", "Vilket miljöförbund …?": the thing asked for must be named in
# the quotes; an item about the study trip that names no hotel does not answer which hotel.
_WHICH_EN = re.compile(r"^\W*(?:which|what)\s+(?!(?:did|does|do|is|was|were|are|will|would|can|could|should|has|have|"
                       r"had|must|may)\b)((?:[a-z-]+\s+){1,6}?)(?:did|does|do|is|was|were|are|will|would|can|"
                       r"could|should|has|have|had|must|may|got|gets|get|became|becomes|[a-z]{3,}ed)\b")
_WHICH_SV = re.compile(r"^\W*(?:vilken|vilket|vilka|vad for)\s+(?:(?:ny|nya|nytt|annan|annat|andra|stora|storsta|"
                       r"tva|tre|fyra|fem)\s+)?"  # "Vilka två personer …": how many, the noun follows
                       r"(?:(?:sorts?|slags?|typ av|typer av)\s+)?"  # "Vilken sorts samverkan …": a kind of the noun
                       r"([a-z]+)(?:\s+([a-z]+))?")
# an inflected adjective before the noun ("Vilket regionalt dokument …?" asks for a document)
_ADJECTIVE_SV = re.compile(r"(?:alt|ala|ellt|ella|iskt|iska|igt|iga|ivt|iva)$")
_PREPOSITION = re.compile(r"\b(?:in|of|for|on|at|from|about|to|with|by|during)\b.*")
# nouns other checks answer (a date, an amount, a firm, people, municipalities) or that ask for a kind
_WHICH_SKIP = set("""procentsats procent andel kind type sort time times date dates day days year years month months amount sum cost company companies
    firm consultancy consultant consultants agency operator supplier vendor contractor provider people person persons
    municipality municipalities decision decisions one ones other else more share proportion percentage fraction
    guidance advice instruction instructions aim aims purpose goal goals reason reasons way ways role roles result results outcome outcomes status topic topics
    issue issues idea ideas point points message change changes step steps question questions task tasks
    assignment information process plan plans part parts view views conclusion conclusions item items period periods
    dag dagar dagarna datumen tider tidpunkt tidpunkter datum tid ar manad belopp summa foretag konsult byra leverantor personer person kommun kommuner beslut fler
    ovriga an som syfte mal skal satt roll resultat utfall fraga fragor uppdrag information process plan del andel
    pengar money utgor galler ska skall har hade ar var blir blev kan kommer far fick ledde leder deltog deltar foreslog
    presenterade beslutade tog gjorde sa sade ansvarar hölls holls halls togs behover skulle sitter satt ingar ingick
    arbetar jobbar traffas punkt punkter arende arenden ort orten""".split())
# "Which organisation is X from?" is answered by a name (Leadership ARTS), not by the word itself
_NAMED_BY = set("organisation organization organisations organizations body bodies network networks group groups "
                "association associations authority authorities forum actor actors "
                "organisationer organisationerna myndighet myndigheter aktor aktorer forbund natverk".split())


_STOP_FOLDED = frozenset(fold_ocr(w) for w in STOP)


# (not the subject of a passive: "What were the directors urged to do …?" asks what, not which directors)
_WERE_THE = re.compile(r"^\W*(?:what|which) (?:were|are) the (?:[a-z-]+ ){0,2}?(\w+s)\b"
                       r"(?! (?:\w+ed|told|given|meant|supposed|expected|taught|sent|asked) to\b)"
                       # "What were the priority principles based on?" asks what they rest on, not which they were
                       r"(?! (?:based|built|founded|grounded) (?:on|upon)\b)")
_LIKE_EN = re.compile(r"^\W*(?:what|how) (?:was|were|is|are|will) (?:the )?(\w+) (?:be )?like\b")


@lru_cache(maxsize=256)
def _asked_thing(question: str) -> str:
    """The noun a which/what question asks for an instance of, or ""."""
    fq = fold_ocr(question).lower()
    if like := _LIKE_EN.match(fq) or _WERE_THE.match(fq):  # "What was the weather like …?", "What were the …s?"
        return "" if like[1] in _WHICH_SKIP or like[1] in _STOP_FOLDED else like[1]
    m = _WHICH_EN.match(fq)
    if m:
        words = _PREPOSITION.sub("", m.group(1)).split()
        head = words[-1] if 1 <= len(words) <= 3 else ""
    else:
        m = _WHICH_SV.match(fq)
        head = (m.group(2) if m.group(2) and _ADJECTIVE_SV.search(m.group(1)) else m.group(1)) if m else ""
    return "" if head in _WHICH_SKIP or head in _STOP_FOLDED else head


def strict_asks(question: str) -> list[tuple]:
    """The entries of ``STRICT`` whose kind of answer the question asks for."""
    fq = fold_ocr(question)
    asks = [x for x in STRICT if x[0].search(fq)]
    # "Who was asked to estimate what an inventory would cost?" asks who; "What should the project estimate the
    # cost of?" asks for the task: no sum is stated yet, and the answer is none
    if re.match(r"\W*(?:who|whom|vem)\b", fq.lower()) or \
            (_ESTIMATE_TASK.search(fq) and not re.search(r"\b(how much|hur mycket|belopp|amount)\b", fq.lower())):
        asks = [x for x in asks if x[2] != "inget belopp"]
    if _MEETING_ACT_WHEN.search(fq.lower()):
        # "When was the 2023 annual report presented?": the meeting that treated it is the answer; its date
        # stands beside every quote's marker
        asks = [x for x in asks if x[2] != "inget datum"]
    return asks


# "When was X discussed / presented?", "När diskuterades X?": something the directors' meeting did (not
# another body: "When did the board adopt the process?" needs the date the quotes give)
_MEETING_ACT_WHEN = re.compile(
    r"^\W*(?:when|nar|vilket datum|what date|on what date)\b(?!.*\b(?:board|styrelse\w*|region\w*|skr|skl|council)\b)"
    r".*\b(?:discuss(?:ed)?|present(?:ed)?|review(?:ed)?|treat(?:ed)?|handle[d]?|raised?|considered|consider|debated?|"
    r"(?:brought|bring|taken|take|took) up|(?:gone|go|went) through|talk(?:ed)? about|on the agenda|"
    r"diskuterades|diskuterats|presenterades|presenterats|behandlades|behandlats|togs (?:\w+ ){0,4}upp|tagits upp|"
    r"foredrogs|redovisades|redovisats|dryftades|gicks igenom|var uppe)\b")
_ESTIMATE_TASK = re.compile(r"\b(estimate|estimating|uppskatta|berakna|beräkna)\b.*\b(cost|costs|kostar|kosta|kostnad\w*)\b",
                            re.I)


# who can have a name asked for as a person's
_PEOPLE_WORD = re.compile(r"(trainee|guest|member|participant|people|person|attendee|director|presenter|representative|"
                          r"speaker|consultant|employee|official|strategist|coordinator|chair|secretar|staff|manager)")


# the group's own people, whom a quote names by name ("Elin Ask och Tomas Rikse" are directors)
# (a "member of the board" is not; a guest is whoever the quote names: "Jörgen Fransson … anslöt och ledde punkten")
_GROUP_PEOPLE = re.compile(r"^(?:directors?|kommundirektor(?:er|erna)?|guests?|gast(?:en|er|erna)?)$")


def _names_thing(question: str, about: list[Quote], retriever: Retriever) -> bool:
    """Whether the quotes name what a which/what question asks for (true when it asks for nothing
    particular; false for an English word neither the glossary nor the minutes know)."""
    from .glossary import GLOSSARY, swedish_forms

    head = _asked_thing(question)
    if not head:
        return True
    if _ASKS_FIRM.search(fold_ocr(question).lower()) and any(holds(_FIRM, u.text, question) for u in about):
        return True  # "Vilken konsultfirma …?" is named by "Startpoint Advisory", which never says "konsultfirma"
    if head in ("names", "namn", "namnen"):
        # "What are the names of the guests …?": people's names, in a sentence about the guests (the steering
        # group's names are not the trainees')
        of = re.search(r"\bnames of (?:the )?(\w+)(.*)", fold_ocr(question).lower())
        if of and not _PEOPLE_WORD.search(of[1] + of[2]):
            return True  # "the names of the three Expo Framtid ideas": things, named as the quotes name them
        whose = question_terms(of[1], "en") if of else {}
        return any(holds(_PERSON, u.text, question) and (not whose or shared(whose, content_terms(u.text)))
                   for u in about)
    if _GROUP_PEOPLE.match(head) and any(holds(_PERSON, u.text, question) for u in about):
        return True  # "Which two directors will prepare …?" is named by "Elin Ask och Tomas Rikse"
    forms = content_terms(head) | {f for fs in swedish_forms(head).values() for f in fs}
    known = language(question) == "sv" or head in GLOSSARY or any(retriever.item_frequency(t) for t in forms)
    if not forms or re.search(rf"\b{re.escape(head)}\b", fold_ocr(" ".join(_own_words(question)))):
        return True  # a name of the question's own ("What has Andreas Ekberg presented?") is no thing asked for
    if head in _NAMED_BY:
        return _names_by(question, head, about, forms) if known else True
    if not known:
        # "Which caterer …?": an English noun neither the glossary nor the minutes know cannot be shown to be
        # named by Swedish quotes, unless the minutes have a cognate of it ("database" ~ "databasen")
        cognates = {w for t in content_terms(head) if len(t) >= 5 for w in retriever.words_holding(t[:5])}
        if not cognates:
            return False
        forms |= cognates
    return _names_by(question, head, about, forms)


def _names_by(question: str, head: str, about: list[Quote], forms: set[str]) -> bool:
    """Whether the quotes name the thing asked for (``head``, as one of ``forms``), or a name for a
    which-organisation question."""
    held = set().union(*(content_terms(u.text) | content_terms(u.source.item_title) for u in about)) if about else set()
    if head in _NAMED_BY and any(holds(_FIRM, u.text, question) or holds(_NAMED, u.text, question) for u in about):
        return True
    # a Swedish compound names the thing by its tail or head ("vattenavrinningsområde" names an area)
    if not any(f in held or (len(f) >= 4 and any(h.endswith(f) or h.startswith(f) for h in held)) for f in forms):
        return False
    # "Vilka lärdomar …?" is not answered by "rapportera en del lärdomar": the quotes name the thing only
    # as some unspecified amount of it
    # (nor as a number of it: "att antal prioriteringar blir färre")
    some = re.compile(rf"\b(?:en del|nagra|vissa|olika|ett antal|antal(?:et)?|some|a few|several|certain|(?:the )?number of)"
                      rf"\s+(?:\w+\s+){{0,2}}"
                      rf"(?:{'|'.join(re.escape(f) for f in forms)})", re.I)
    # an item titled by a compound of the thing names which one ("SKR-s Antikrangelrapport" for "Which report …?")
    if any(t.endswith(f) and len(t) >= len(f) + 4 for u in about for t in content_terms(u.source.item_title)
           for f in forms if len(f) >= 4):
        return True
    naming = [u for u in about if any(f in content_terms(u.text) or f in fold_ocr(u.text).lower() for f in forms)]
    asked = question_terms(question, language(question))
    # "upphandling som verktyg för hållbarhet" names which tool: the word before "som"/"as"
    as_one = re.compile(rf"\b(\w{{4,}}) (?:som|as an?|as) (?:{'|'.join(re.escape(f) for f in forms)})", re.I)
    if any((m := as_one.search(fold_ocr(u.text))) and not shared(asked, content_terms(m[1])) for u in naming):
        return True
    return not naming or not all(some.search(fold_ocr(u.text)) or
                                 _only_generic(u.text, forms | {head}, asked, content_terms(u.source.item_title))
                                 for u in naming)


def _only_generic(text: str, forms: set[str], asked: Terms | None = None, title: Terms | None = None) -> bool:
    """Every mention of the thing ends its clause, with nothing after it to say which: "inom gemensamt
    prioriterade områden." says that there are such areas, not which ("områdena X och Y", "projektet
    Lätt att göra rätt", "projekt att följa upp arbetsmodellen" say which)."""
    words = list(re.finditer(r"\w+", text))
    hits = [m for m in words if any(fold_ocr(m.group(0)).lower().startswith(f) for f in forms if len(f) >= 4)]
    if not hits:
        return False
    for m in hits:
        w = fold_ocr(m.group(0)).lower()
        # (to the end of its clause: "… nya prioriteringar och att förslaget kan gå vidare" goes on to another)
        rest = re.split(r"[.!?,;](?:\s|$)|\b(?:och|samt|men|and|but) att\b", text[m.end():])[0]
        named = m.group(0)[0].isupper() or text[max(0, m.start() - 1):m.start()] in ('"', '”', '“', "'")
        if named or w.endswith("na"):  # ("Söderåsens Miljöförbund.", "”…databasen”")
            return False
        # what follows says which, unless it only repeats the question ("förslag till justeringar och tillägg i
        # underlaget" for "Vilka justeringar … i förfrågningsunderlaget?"; "vägar till att dela goda exempel")
        rest = re.sub(r"^\s*(?:och|samt|eller|and|or)\s+\w+", " ", rest)
        # (nor do the words of the item's title: "förslag på prioriteringsprinciper och prioriteringar för
        # infrastruktur och kollektivtrafik" under "Prioriteringar infrastruktur och kollektivtrafik")
        said = {t for t in content_terms(rest) if not t.isdigit()} - _NOT_WHICH - set(title or ())
        if said and (asked is None or any(not _in_question(w, asked) for w in said)):
            return False
    return True


def _in_question(word: str, asked: Terms) -> bool:
    """A word the question says, itself or as part of one of its compounds ("underlaget" of
    "förfrågningsunderlaget")."""
    words = set(asked) | {f for fs in asked.values() for f in fs}
    return bool(shared({word: frozenset()}, words) or shared(asked, {word}))


# words after a thing that say when or where it is handled, not which it is
_NOT_WHICH = content_terms("nästkommande kommande nästa möte mötet kommundirektörsmöte kommundirektörsmötet senare "
                           "tidigare styrelsen styrelsemötet")


def holds(rx: re.Pattern, text: str, question: str = "") -> bool:
    """``text`` states what ``rx`` looks for, not counting the numbers the question itself
    states (the "2026" of "When is the 2026 budget decided?" answers nothing)."""
    own = _own_numbers(question)
    if own is not None:
        text = own.sub(" ", text)
    if rx in (_NAMED, _ACTOR, _PERSON, _WHO, _MUNICIPALITY, _PLACE) and not _WHO_IS.match(question):
        # "Who replaced Johan Lindberg?" is not answered by "Johan Lindberg deltog inte", nor "Vem ansvarar
        # för databasen i Västra Götaland?" by "Västra Götalands"; "Region Skåne" answers a question naming
        # "Det öppna Skåne" (a name counts when it has a word of its own); "Who is Natalie Bockstiegel?"
        # asks about the name itself
        named = _own_words(question)
        if rx is _ACTOR and _ASKED_Q.search(fold_ocr(question).lower()) and _ASKED_AGENT.search(text):
            return True
        return any(any(w not in named and w.removesuffix("s") not in named and w + "s" not in named
                       and w not in _LINKING for w in re.findall(r"\w+", fold_ocr(m.group(0))))
                   for t in (text, fold_ocr(text)) for m in rx.finditer(t))
    return bool(rx.search(text) or rx.search(fold_ocr(text)))


_LINKING = frozenset("av by pa i fran".split())


@lru_cache(maxsize=256)
def _own_words(question: str) -> frozenset[str]:
    """The capitalised words a question states after its first word, folded."""
    return frozenset(fold_ocr(w) for w in re.findall(r"(?<!^)\b[A-ZÅÄÖ][a-zåäöé]+", question.strip()))


_COUNT_LACK = (None, None, "inget antal", "no number")
_LABEL = re.compile(r"\b(?:steg|omgang|punkt|step|round|item|nr)\s*\d+", re.I)
_IN_NUMBERS = re.compile(r"\b(in numbers|i siffror|figures|statisti\w*)\b")
# "What is the name of the new communication concept?": answered by a name the item itself states (a
# capitalised word or a quoted phrase), not by the item's own heading words or the cooperation's bodies
_ASKS_NAME = re.compile(r"\b(?:what(?: i|')s|what was|what will be) the (?:new )?name of\b|\bvad (?:heter|kallas) (?:det|den) nya\b")
_QUOTED = r"[\"”“«]([^\"”“»]{2,60})[\"”“»]"  # a name in quotation marks ("”Det öppna Skåne”")
_NAME_IN_TEXT = re.compile(r"(?m)(?<!^)(?<![.!?:•*-]\s)\b[A-ZÅÄÖ][\w-]{2,}|" + _QUOTED)
_NO_NEW_NAME = frozenset("familjen helsingborg helsingborgs region skane skanes kommun kommuner teams".split()) | \
    frozenset(MUNICIPALITIES)  # (folded already)


def _new_name(question: str, u: Quote) -> bool:
    """``u`` states a name beyond its item's heading, the question's own names and the usual bodies."""
    heading = set(re.findall(r"\w+", fold_ocr(u.source.item_title).lower()))
    own = {w.lower() for w in _own_words(question)}
    # a name quoted in the heading ("… utvecklingsstrategin ”Det öppna Skåne”") that the question does not give
    if any(set(re.findall(r"\w+", fold_ocr(q).lower())) - own - _NO_NEW_NAME
           for q in re.findall(_QUOTED, u.source.item_title)):
        return True
    known = heading | _NO_NEW_NAME | own
    for m in _NAME_IN_TEXT.finditer(u.text):
        words = re.findall(r"\w+", fold_ocr(m.group(1) or m.group(0)).lower())
        if any(w not in known and not any(w.startswith(h) or h.startswith(w) for h in heading if len(h) >= 5)
               for w in words):
            return True
    return False


_WHO_IS = re.compile(r"^\W*(?i:who|vem)\s+(?i:is|was|are|were|är|ar|var)\s+[A-ZÅÄÖ]")


@lru_cache(maxsize=256)
def _own_numbers(question: str) -> re.Pattern | None:
    """The numbers a question states, as standalone numbers (once per question: ``holds`` runs per unit)."""
    nums = sorted(set(re.findall(r"\d+", question)), key=len, reverse=True)
    return re.compile(rf"(?<![\d-])(?:{'|'.join(nums)})(?![\d-])") if nums else None


_FINDINGS = re.compile(r"\b(resultat\w*|slutsats\w*|visa(?:r|de|t)\b|uppnå\w*|uppna\w*|kom fram|kommit fram|findings?|"
                       r"conclu\w*|results?|showed|shows)", re.I)
_OUTCOME_WORD = re.compile(r"\b(outcomes?|utfall\w*|results? for)\b")
_RESULT_OF_WORD = re.compile(r"\b(results? of|resultat(?:et)? av)\b")
# a decision that rules on what was put to the meeting ("att projektet … prioriteras"), not one that notes it
_RULED = re.compile(r"\b(prioriteras|prioriterades|godkann\w*|godkand\w*|stalla sig bakom|beviljas|beviljades|avslas|"
                    r"avslogs|antas|antogs|faststalls|faststalldes|tillstyrk\w*)\b")
# a piece of work whose result is its findings, not a decision on it ("resultatet av pilotprojektet om
# återbruk" is not the decision to contact the other municipalities first)
_STUDY_WORD = re.compile(r"\b(stud(?:y|ies)|reports?|evaluations?|surveys?|analys[ie]s|reviews?|investigations?|"
                         r"projects?|pilots?|programmes?|programs?|\w*projekt\w*|\w*program\w*|pilot\w*|"
                         r"\w*utredning\w*|\w*studie\w*|\w*rapport\w*|utvardering\w*|undersokning\w*|analys\w*|"
                         r"kartlaggning\w*)\b")
_DECISION_LINE = re.compile(r"\W*att\b", re.I)
# a verdict on how something went ("väl genomfört projekt")
_VERDICT = re.compile(r"\b(lyckad\w*|lyckat|lyckades|framgång\w*|framgang\w*|success\w*|väl genomför\w*|"
                      r"val genomfor\w*|misslyck\w*|uppnått|uppnatt|failed|failure)", re.I)
# "Which municipalities declined …?", "Vilka kommuner valde att delta?", "Who was elected …?": an outcome
# the quotes must state (an offer to take part says nothing of who declined or chose to).
_OUTCOME_ASKED = [
    # "Blev studieresan av?", "Did the study trip take place?": that it was held, not that it is planned
    # (the question's own end: "What did the group say should happen to …?" asks what, not whether)
    (re.compile(r"\bblev (?!resultatet |utfallet )(?:\w+ )?av\b|\b(?:did|has|have) (?!to\b)(?:\w+ ){1,4}(?:take place|happen|been held|"
                r"been carried out|go ahead)\W*$|\bagde (?:\w+ ){0,3}rum\b|^\W*(?:was|were) (?:\w+ ){1,6}held\W*$"),
     re.compile(r"\b(genomfördes|genomfordes|genomförts|genomforts|ägde rum|agde rum|hölls|holls|blev av|took place|"
                r"was held|happened)\b", re.I)),
    # ("Why did the directors reject the extension?" where they approved it: the premise is no quote's)
    (re.compile(r"\b(declin\w*|refus\w*|reject\w*|turned down|tackade nej|avbojd\w*|avstod|avslog\w*|avslagit|"
                r"avslag|avsla|avslar|sa nej|sade nej)\b"),
     re.compile(r"\b(tackade nej|avböj\w*|avboj\w*|avstå\w*|avsta\w*|avstod|declin\w*|refus\w*|avslå\w*|avsla\w*|"
                r"avslog\w*|inte prioriter\w*|nej till)", re.I)),
    # "Vem efterträdde Palle Lundberg?": a succession the quotes state, not who else attended
    (re.compile(r"\b(eftertradde|efterträdde|eftertratt|eftertrada|eftertrader|succeeded|succeeds?|successor|replaced|"
                r"replaces?|ersatte|ersatta|ersatter|tog over|took over|takes over|tar over)\b"),
     re.compile(r"\b(efterträd\w*|eftertrad\w*|ersätt\w*|ersatt\w*|ersatte|succeed\w*|successor|replac\w*|tillträd\w*|"
                r"tilltrad\w*|ny (?:ordförande|ordforande|sekretariatschef|representant))", re.I)),
    # "When was the communication concept approved?": an approval the quotes state, not a task to draw one up
    (re.compile(r"\b(?:was|were|has been|have been|is|are) (?:\w+ ){0,5}(?:approved|adopted|endorsed)\b|"
                r"\b(?:godkandes|antogs|faststalldes|har godkants|har antagits)\b"),
     re.compile(r"\b(godkänn\w*|godkann\w*|godkänd\w*|godkand\w*|antog|antag\w*|antas|approv\w*|adopt\w*|fastställ\w*|"
                r"faststall\w*|ställa sig bakom|stalla sig bakom|ställde sig bakom|stallde sig bakom|bifall\w*|tillstyrk\w*)",
                re.I)),
    (re.compile(r"\b(accept\w*|tackade ja|tackat ja|tackar ja)\b"), re.compile(r"\b(tackade ja|accept\w*|antog erbjudandet)", re.I)),
    # "Vem rekryterades som ny sekretariatschef?": someone hired, not the item before the recruitment
    (re.compile(r"\b(rekryterades|rekryterats|anstalldes|anstallts|hired|recruited|got the job|fick (?:jobbet|tjansten))\b"),
     re.compile(r"\b(rekryterad\w*|rekryterades|rekryterats|anställd\w*|anstalld\w*|anställdes|anstalldes|hired|recruited|"
                r"tillträd\w*|tilltrad\w*)", re.I)),
    # "Which municipalities signed up …?": that they did, not that they were offered to
    # ("Is it free for the others to join?" asks whether they may, not whether they did)
    (re.compile(r"\b(joined|(?<!to )(?<!can )(?<!may )(?<!could )join|joins|joining|anslot|ansluter|gick med|gar med|signed up|signs up|sign up|enrolled|"
                r"registered|anmalde sig|anmalt sig|har anmalt)\b"),
     re.compile(r"\b(anslöt|anslot|anslutit|gick med|deltar|deltog|joined|anmält sig|anmalt sig|anmälde sig|"
                r"anmalde sig|signed up|enrolled|registered)\b", re.I)),
    # "What were the findings of the study?": a result the quotes report, not the study's procurement
    # "What was the outcome of the revision?", "What did the trainees find?": likewise a result, not the plan
    # (the meeting's own conclusions are its decisions: "What conclusions did the meeting reach on …?")
    (re.compile(r"\b(findings|conclusions?(?! did (?:the )?(?:meeting|directors|group))|slutsats\w*|"
                r"kom(?: \w+){0,5} fram till|came to|found out|"
                r"what did (?:\w+ ){1,3}(?:find|produce|achieve|accomplish|deliver)|"
                # "What did the evaluation of the programme show?": what it showed, not what the programme is
                r"what did (?:\w+ ){1,6}show(?=\W*$)|^\W*vad visade|"
                r"vad (?:har|hade) (?:\w+ ){1,3}(?:producerat|astadkommit|levererat|uppnatt)|"
                r"^\W*(?:what|vad) (?:was|were|blev|var) (?:the )?(?:outcomes?|results?|utfallet|resultatet?)|"
                # "När presenterades resultatet av potentialutredningen?": a result, wherever the question names it
                r"resultatet av|the results? of)\b"),
     _FINDINGS),
    # "What did the coordinators learn?": lessons the quotes state, not that someone wishes to report some
    # ("… önskar komma … för att rapportera en del lärdomar")
    # (in Swedish the thing asked, "Vilka lärdomar …?", is left to the which-check: "inget om lärdomar")
    (re.compile(r"^\W*(?:what|which)\b.*\b(learn|learned|learnt|lessons?)\b"),
     re.compile(r"\b(?:lärdom\w*|lardom\w*|lessons?) (?:är|ar|var|om|kring|från|fran|were|was|are|from|learned|"
                r"learnt|of)\b|\b(?:lärde|larde|lärt|lart) (?:sig|vi|man|de|oss)\b|\blearn(?:ed|t) (?:that|about|how)\b",
                re.I)),
    # "Who objected to the proposal?": an objection the quotes state, not the proposal
    # (the verb, not "specific objects" of a strategy)
    (re.compile(r"\b(objected|objecting|objections?|objects? to|oppos\w*|against|invand\w*|motsatte\w*|reservation\w*)\b"),
     re.compile(r"\b(reservera\w*|reservation\w*|invänd\w*|invand\w*|emot|motsatte\w*|object\w*|oppos\w*|against)",
                re.I)),
    # "Which priorities were removed?": a removal the quotes state, not the list
    (re.compile(r"\b(remov\w*|delet\w*|drop|drops|dropped|struck|scrapped|stroks|struks|togs bort|tas bort|stryks|"
                r"dissolv\w*|disband\w*|closed down|shut down|wound up|lades ner|lagts ner|avvecklade\w*|upplostes)\b"),
     re.compile(r"\b(stryk\w*|ströks|stroks|struk\w*|tas bort|togs bort|tagits bort|utgår|utgar|utgick|remov\w*|"
                r"delet\w*|dropp\w*|scrap\w*|lades ner|lagts ner|läggs ner|laggs ner|avveckl\w*|upplös\w*|upplos\w*|"
                r"dissolv\w*|disband\w*)", re.I)),
    # "What was the project criticised for?": criticism the quotes state, not the project's report
    (re.compile(r"\b(critici[sz]\w*|criticism|complain\w*|kritik\w*|kritiser\w*|klagomal|klagade)\b"),
     re.compile(r"\b(kritik\w*|kritiser\w*|kritisk\w*|klag\w*|missnöj\w*|missnoj\w*|critici\w*|complain\w*)", re.I)),
    # "Vem betalar för …?": who pays, as the quotes state it (funds, costs), not who takes part
    (re.compile(r"\b(betalar|betala|betalade|bekostar|bekosta\w*|pays?|paid|paying|foot the bill)\b"),
     re.compile(r"\b(betala\w*|bekost\w*|finansier\w*|medel|kostnad\w*|kostnadsfri\w*|kronor|kr|mkr|pays?|paid|"
                r"fund\w*|financ\w*)\b", re.I)),
    # "What did X propose for …?": a proposal the quotes state, not that X took part
    # (the active verb: "the next step suggested for …" asks for the step, which an urging states)
    (re.compile(r"\b(proposes?|suggests?|foreslog|foreslar)\b"),
     re.compile(r"\b(förslag\w*|forslag\w*|föreslå\w*|foresla\w*|föreslog|foreslog|propos\w*|suggest\w*)", re.I)),
    # "Was the accelerator programme a success?": a verdict the quotes state, not what the programme is
    (re.compile(r"\b(success\w*|lyckad\w*|lyckat|lyckades|framgang\w*|failure|failed|misslyck\w*)\b"),
     _VERDICT),
    # "När ska potentialutredningen vara klar?": a completion the quotes state (or a project time), not a step
    # ("What should be done with the material?" asks what to do with it, not when it is done)
    (re.compile(r"\b(vara klar|bli klar|vara fardig|bli fardig|be (?:finished|completed|done(?! (?:with|about|to)\b)|"
                r"ready)|finish(?:es|ed)?|complete[sd]?|slutford\w*|avslutas)\b"),
     # ("att tacka för väl genomfört projekt": a project done)
     re.compile(r"\b(klar\w*|färdig\w*|fardig\w*|slutför\w*|slutfor\w*|avslut\w*|complet\w*|finish\w*|ready|"
                r"genomfört|genomfort|genomförts|genomforts|"
                r"projekttid|förläng\w*|forlang\w*|pågår|pagar|till och med|tom)\b", re.I)),
    # "What did the sketches look like?": a description the quotes give, not that there will be sketches
    (re.compile(r"\b(looks? like|looked like|sag ut|ser ut)\b"),
     re.compile(r"\b(ser ut|såg ut|sag ut|utform\w*|utseende|bygger på|bygger pa|baser\w*|består av|bestar av|"
                r"looks? like|looked like)", re.I)),
    # "What does NSR stand for?": the minutes spelling the abbreviation out, not only using it
    (re.compile(r"\b(stand for|stands for|star for|abbreviation|forkortning\w*|acronym)\b"),
     re.compile(r"\b[A-ZÅÄÖ]{2,}\s*\(|\([A-ZÅÄÖ]{2,}\)")),
    # "When did Mikael Johansson become head of the secretariat?": when the role was taken, not that it is held
    (re.compile(r"\b(nar|when)\b.*\b(become|became|blev|took over|tilltradde|tog over|"
                r"(?:start|started|begin|began|borjade|startade) (?:as|som))\b"),
     re.compile(r"\b(tillträd\w*|tilltrad\w*|blev|became|took over|tog över|tog over|utsågs|utsags|väljas|valjas|"
                r"valdes|vald|anställ\w*|anstall\w*|rekryter\w*|new head)\b|\bunder (?:19|20)\d\d", re.I)),
    # "How much did the sub-studies end up costing?": what came of it, not what was proposed
    (re.compile(r"\b(end(?:ed|s)? up|in the end|eventually|slutligen|till slut|i slutandan)\b"),
     re.compile(r"\b(kostade|blev|slutade|landade|uppgick|ended up|turned out|utfall\w*)\b", re.I)),
    # "Who will chair the steering group?": a chair the quotes name, not the group's members
    (re.compile(r"\b(who (?:will|is to|shall) (?:chair|lead)|vem (?:ska|kommer att) (?:leda|vara ordforande)|"
                r"vem blir ordforande)\b"),
     re.compile(r"\b(ordförande|ordforande|ordf|leds av|leder|ledas|ledde|leddes|chair\w*|led by)\b", re.I)),
    # "What did the report recommend?": a recommendation the quotes state
    (re.compile(r"\b(recommend\w*|rekommend\w*)\b"), re.compile(r"\b(rekommend\w*|recommend\w*|föreslår|foreslar|"
                                                                    r"föreslog|foreslog|förslag\w*|forslag\w*)", re.I)),
    (re.compile(r"\b(chose|choose|chooses|chosen|selected|elected|appointed|picked|valde|valdes|valt|valts|utsags|"
                r"utsedd\w*)\b"),
     re.compile(r"\b(valde|valdes|vald|valts|väljas|valjas|utsågs|utsags|utsedd\w*|chose|chosen|selected|elected|"
                r"appointed)\b", re.I)),
]
# "How long …?" is answered by a duration, a span of clock times, or an end ("till den 31 oktober", "sedan 2015")
_ASKS_DURATION = re.compile(r"\b(how long|hur lange|hur lang tid|how many hours|hur manga timmar|"
                            r"hur lang (?:ar|var|blir) (?:\w+ )?(?:\w*tid\w*|perioden?|\w*period\w*))\b")
_DURATION = re.compile(r"\b\d+\s*(?:min\w*|tim\w*|hours?|dag\w*|days?|veck\w*|weeks?|månad\w*|manad\w*|months?|år|ar|years?)\b|"
                       r"\b(?:en|ett|två|tva|tre|fyra|fem|one|two|three|four|five) (?:timm\w*|hours?|dag\w*|days?|veck\w*|"
                       r"weeks?|månad\w*|manad\w*|months?|år|ar|years?)\b|"
                       r"\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d|\btill (?:den )?\d|\bsedan \d{4}|\bsince \d{4}", re.I)
_IN_UNIT = re.compile(r"\b(?:in|i) (months|manader|weeks|veckor|days|dagar|hours|timmar|minutes|minuter)\b")
_UNITS = {"mon": "(?:manad|month)", "man": "(?:manad|month)", "wee": "(?:veck|week)", "vec": "(?:veck|week)",
          "day": "(?:dag|day)", "dag": "(?:dag|day)", "hou": "(?:tim|hour)", "tim": "(?:tim|hour)",
          "min": "(?:min)"}
# "Vad kom fram …?" is not answered by an item saying the meeting discussed "vad som kom fram"
_CAME_OUT_Q = re.compile(r"\b(vad kom fram|vad framkom|what came out|what emerged|what was the outcome of the discussion)\b")
_CAME_OUT_SAID = re.compile(r"\bvad som (?:kom fram|framkom)\b")
# "When was X started?" is answered by a date that says so, not by any date of the item
_ASKS_START = re.compile(r"\b(nar|when)\b.*\b(start\w*|begin\w*|began|begun|launch\w*|borja\w*|inled\w*|paborja\w*)\b")
_STARTED = re.compile(r"\b(start\w*|börja\w*|borja\w*|inled\w*|påbörja\w*|paborja\w*|drog igång|launch\w*|began|begun)",
                      re.I)
_DECIDED = re.compile(r"beslut|besluta|decid|godk|antog|agreed", re.I)
# "When does X end / expire / step down?" is answered by a date said to end something
_ASKS_END = re.compile(r"\b(nar|when)\b.*\b(ends?|ended|expires?|expired|slutar|slutade|upphor|upphorde|avgar|avgick|"
                       r"steps? down|stepped down|leaves?|left|finish(?:es|ed)?)\b")
_ENDED = re.compile(r"\b(slut\w*|upphor\w*|avga\w*|avslut\w*|till och med|t\.?o\.?m|fram till|forlang\w*|ends?|ended|"
                    r"expir\w*|until|tills)\b|\btill (?:den )?\d")


# "Vad blev resultatet av workshopen?": minutes that speak of the workshop only as to come ("en work-shop som
# ska genomföras under april") cannot say how it went
_RESULT_OF = re.compile(r"\b(?:resultat(?:et|en)?|utfall(?:et)?|outcomes?|results?)\s+(?:av|of|fran|from)\s+"
                        r"(?:the\s+|den\s+|det\s+)?([a-z-]+)|\bhow did (?:the )?([a-z-]+) go\b|\bhur gick (?:det med )?([a-z-]+)|"
                        # what a document said: "What was in the joint statement …?" (a statement only to be written)
                        r"^\W*what (?:was|is) in the (?:[a-z]+ )?([a-z]+)\b|"
                        r"^\W*vad (?:stod|star|inneholl|innehaller) (?:i )?(?:det |den |deras )?(?:[a-z]+ )?([a-z]+)\b|"
                        # what a piece of work concluded: "What did Johan Lindberg's summary … conclude?"
                        r"^\W*what did (?:[\w'’-]+ ){0,3}?(summary|report|study|review|analysis|evaluation|survey)\b"
                        r".*\b(?:conclude|find|show|recommend)\b|"
                        # what was shown: "What sketches did the network show on 25 August?" (to be shown then)
                        r"^\W*(?:what|which) ([a-z]+) (?:did (?:[\w'’-]+ ){1,4}(?:show|present|display)|"
                        r"(?:were|was) (?:shown|displayed))\b|"
                        # who took part: "Vilka kommuner deltog i workshopen i april?" (a workshop still to be held)
                        r"\b(?:deltog|deltagit|medverkade) i (?:den |det )?([a-z-]+)|"
                        r"\b(?:took part|participated|attended|joined) (?:in )?(?:the )?([a-z-]+)|"
                        # "Vilka skisser visade nätverket?"
                        r"^\W*(?:vad|vilka|vilken|vilket) ([a-z]+) (?:visade|visades|presenterade|presenterades)\b")
# a noun phrase of up to three words, ending before a preposition or the question's end
_RESULT_HEAD = re.compile(r"[a-z-]+(?: (?!(?:in|at|on|for|from|with|by|i|pa|for|fran|med|av|om|till|under)\b)[a-z-]+){0,2}")
_PLANNED = re.compile(r"\b(ska|skall|kommer att|planera\w*|avser|will|is to|are to|upcoming|kommande|forsoka|forsoker|try to|"
                      r"kan visas|kan presenteras|"
                      # "Avstämning av … förfrågningsunderlag inför upphandling": ahead of it, not done
                      r"infor|"
                      # "att nätverket återkommer med skisser": to come back with them, not yet shown
                      r"aterkommer|aterkomma|comes? back with)\b")


def _items_of(about: list[Quote]) -> list:
    """The items the quotes are of, once each, in order."""
    return list({id(u.source): u.source.item for u in about if u.source.item is not None}.values())


def _items_text(items: list, about: list[Quote]) -> str:
    """Every sentence of the items (the quotes' text when they are of no item)."""
    # (a decision is a paragraph of its own: "att …" opens in lower case, which splits no sentence)
    return "\n\n".join("\n\n".join([i.body, *i.decisions]) for i in items) or " ".join(u.text for u in about)


def _only_to_come(question: str, about: list[Quote]) -> bool:
    m = _RESULT_OF.search(fold_ocr(question).lower())
    if not m:
        return False
    said_thing = next(g for g in m.groups() if g).replace("-", "")
    modifiers: Terms = {}
    english = m[4] or m[6] or m[7] or m[9] or (m[1] and language(question) == "en")
    if m[1]:
        # "the result of the potential study procurement": the noun phrase's head, its last word before a
        # preposition ("the outcome of the workshop in April" is of the workshop); the words before it
        # name whose it is
        *before, said_thing = _RESULT_HEAD.match(fold_ocr(question).lower()[m.start(1):])[0].replace("-", "").split()
        modifiers = question_terms(" ".join(before), language(question)) if before else {}
    # (the document asked of in English by its Swedish forms: "statement" is the minutes' "yttrande")
    thing = question_terms(said_thing, "en") if english else as_terms(content_terms(said_thing))
    # every sentence of the items quoted, not only the quotes ("Hur gick workshopen?" may quote another one)
    items = _items_of(about)
    # (of the items whose titles name whose it is, when any does: the potential study's, not the supplier
    # ombudsman project's "om upphandling")
    owned = [i for i in items if modifiers and len(exact(modifiers, content_terms(i.title))) == len(modifiers)]
    text = _items_text(owned or items, about)
    # (split before folding: a sentence opens with a capital)
    said = [f for f in (fold_ocr(t).replace("-", "") for t in sentences(text))
            if thing and shared(thing, content_terms(f))]
    return bool(said) and all(_PLANNED.search(f) for f in said)


# "What did Cecilia Leijon report to the directors?", "Vad berättade Anna Jahnke för styrelsen?": what a named
# person said, which minutes that only announce it ("önskar komma … för att rapportera", "kommer vara med på
# styrelsemötet") do not hold
_SAID_VERB = (r"(?:report|reported|present|presented|tell|told|say|said|share|shared|rapporterade|rapporterat|"
              r"berattade|berattat|sa|sade|sagt|presenterade|presenterat|foredrog|delade)")
_PERSON_SAID_Q = re.compile(r"^\W*(?i:what|vad)\s+(?:(?i:did|has|had|har|hade)\s+)?"
                            rf"(?:((?:[A-ZÅÄÖ][\wåäöé-]+\s+){{1,3}}?){_SAID_VERB}\b|"
                            rf"{_SAID_VERB}\s+((?:[A-ZÅÄÖ][\wåäöé-]+\b\s*){{1,3}}))")
_ANNOUNCED = re.compile(r"\b(ska|skall|kommer|onskar|vill|avser|planerar|will|wants?|wish\w*|plans?|is to|are to)\b")
# (a sentence that tells what was said is no announcement, whatever else it says is to come)
_TOLD = re.compile(r"\b(berattade|informerade|presenterade|redovisade|foredrog|rapporterade|aterkopplade|sa|sade|"
                   r"meddelade|paminde|beskrev|visade|informerar|berattar|presenterar|redovisar)\b")


def _said_only_to_come(question: str, about: list[Quote]) -> bool:
    m = _PERSON_SAID_Q.match(question)
    if not m:
        return False
    # (the surname: a sentence may name the person by it alone; the first name alone is any namesake's)
    surname = fold_ocr((m.group(1) or m.group(2)).split()[-1]).lower()
    text = _items_text(_items_of(about), about)
    # (split before folding: a sentence opens with a capital)
    said = [f for f in (fold_ocr(t).lower() for t in sentences(text)) if re.search(rf"\b{re.escape(surname)}\b", f)]
    return bool(said) and all(_ANNOUNCED.search(f) and not _TOLD.search(f) for f in said)


# a sentence that proposes something to a body ("att föreslå styrelsen besluta …") says what the directors
# ask of it, not how it responded
_ADDRESSED = re.compile(r"\b(?:foresla|foreslar|foreslog|uppmana\w*) (?:till )?(?:styrelsen|presidiet|natverket|regionen)\b")
_REACTED = re.compile(r"\b(svara\w*|tyck\w*|ansag|anser|reager\w*|valkomna\w*|informera\w*|presentera\w*|aterkoppla\w*|"
                      r"beratta\w*|sa|"
                      r"sade|framfor\w*|meddela\w*|foresl\w*|foreslog|forslag\w*|redovisa\w*|onskar|vill|stod\w*|stott|erbjud\w*|kommentera\w*|"
                      r"kritis\w*|positiv\w*|negativ\w*|tackade|beslut\w*|responded|said|react\w*|welcomed|proposed)\b",
                      re.I)


# "How did the initiative go?": how it went, which a verdict states ("väl genomfört"), not what was planned
_HOW_WENT = re.compile(r"\b(how did (?:[\w'’]+ ){1,5}go|how (?:has|have) (?:[\w'’]+ ){1,5}gone|hur gick|"
                       r"hur har (?:\w+ ){1,4}gatt)\b")
_ONLY_ATTENDED = re.compile(r"\b(narvarade|deltog|var med|attended)\b")
# what someone said or told, not what they thought of it
_SAID_Q = re.compile(r"\b(sa|sade|berattade|berattat|informerade|redovisade|say|said|tell|told|report\w*|"
                     r"propose|proposed|suggest|suggested|foreslog|foreslar)\b")


# "Vem blir projektledare för …?": a who-question naming a role is answered by a quote naming that role
_WHO_ROLE = re.compile(r"^\W*(?:who|vem)\s+(?:is|was|will be|becomes|became|blir|ar|var|blev)\s+(?:the\s+|a\s+|ny\s+|new\s+)?"
                       r"(?:project\s+|contact\s+|network\s+)?"
                       r"(\w*(?:ledare|chef|ansvarig|samordnare|ordforande|representant|sekreterare|kontaktperson|leader|"
                       r"manager|coordinator|chair|chairman|contact|representative|secretary))\b")


# "Who are the trainees …?": people of a group, by name
_WHO_ARE = re.compile(r"^\W*(?:who|vem|vilka)\s+(?:are|were|ar|var|blir|blev)\s+(?:the\s+)?(trainee\w*|participant\w*|"
                      r"deltagar\w*)\b")  # (not members: "… utgör styrgrupp" names a group's members without the word)


# a role the glossary's everyday sense would miss: a contact person is no "kontakta"
_ROLE_WORDS = {"contact": {"kontaktperson", "contact person"}}


# "How did Ängelholm respond …?": a reply, not that someone was asked ("NSR fått en fråga")
_ASKS_RESPONSE = re.compile(r"\b(respon(?:se|ses|d|ds|ded)|react(?:ed|ion)?|replie[sd]|reply|svarade|svar fran|"
                            r"(?:what|how) did (?:the |they )?(?:\w+ ){0,2}\w+ answer|answered|"
                            r"reaktion\w*|reagerade)\b")
# ("remissvar" names the response to send, not what it said)
_REPLIED = re.compile(r"\w*(?<!remis)(svar\w*|medskick\w*|respon\w*|reag\w*|reaktion\w*|yttrande\w*|återkoppl\w*|aterkoppl\w*|tyck\w*|"
                      r"anser|ansåg|positiv\w*|negativ\w*|replied|reply)\b", re.I)


# "How did Region Skåne respond …?": who is to have responded
_RESPONDER = re.compile(r"\b(?:how|what) did (?:the )?([\w ]{2,40}?) (?:respond|react|reply|answer)\b|"
                        r"\bhur (?:svarade|reagerade) ([\w ]{2,40}?)(?: pa\b| om\b|\W*$)")
# the directors themselves, as a question names them
_DIRECTORS_ACTOR = r"directors|group|meeting|members|kommundirektorerna|gruppen|motet"
_GENERIC_ACTOR = re.compile(rf"^(?:they|he|she|it|de|han|hon|den|det|{_DIRECTORS_ACTOR})$")


def _responder(fq: str) -> list[str]:
    """The words naming who is to have responded ("region skane"), if the question names anyone."""
    m = _RESPONDER.search(fq)
    return (m[1] or m[2]).split() if m else []


def _directors_respond(fq: str) -> bool:
    """"How did the directors respond to the network's proposal?": the meeting's decisions are its response
    ("att ställa sig bakom nätverkets förslag")."""
    who = _responder(fq)
    return bool(who) and bool(re.fullmatch(_DIRECTORS_ACTOR, who[-1]))


def _by_responder(fq: str, text: str) -> bool:
    """Whether ``text`` can be the response of whom the question names: "att Familjen Helsingborgs medskick
    till Region Skåne" is the directors' word to Region Skåne, no response of Region Skåne's."""
    who = _responder(fq)
    if not who or _GENERIC_ACTOR.match(who[-1]):
        return True
    folded = fold_ocr(text).lower()
    name = " ".join(who)
    return name not in folded or not re.search(rf"\b(?:till|to|for|at)\s+{re.escape(name)}", folded)


# "the 2025 budget", "budgeten för 2025": a budget named by its year
_BUDGET_YEAR_Q = re.compile(r"\b((?:19|20)\d\d)(?:'s|s)? budget\b|\bbudget\w* (?:for |for ar |for aret )?((?:19|20)\d\d)\b")


def asks_group_view(question: str) -> bool:
    """"What did the directors think of …?", "Vad tyckte mötet om …?": the group's own view."""
    return bool(_GROUP_THINKS.search(fold_ocr(question).lower()))


def states_view(text: str) -> bool:
    """A stance or a verdict: "Mötet anser att …", "att tacka för väl genomfört projekt"."""
    return holds(_OPINION, text) or holds(_VERDICT, text)


def headed(s: Source) -> str:
    """An item's title with the heading under it ("Inför styrelsemötet 2 juni" / "Projektet Tillgänglighetsguide"):
    the lines that open its text without ending a sentence."""
    lines = []
    for x in sentences(s.item.text) if s.item is not None else []:
        if re.search(r"[.!?:]\W*$", x):
            break
        lines.append(x)
    return " ".join([s.item_title] + lines)


_AMOUNT_ASKING = frozenset(content_terms("kostar kostade kostnad kosta cost costs budget budgeten budgeterat avsätts "
                                          "avsatt belopp amount pengar money medel kronor årlig"))


def _amount_of_subject(question: str, asked: dict, about: list[Quote]) -> bool:
    """An amount is stated beside what the question prices: "Hur mycket kostar den nya sekretariatschefen?"
    is not answered by the budget line "Ny tjänst … avsätts 1 mkr" when only another sentence names the head
    of the secretariat (without a sum). A question naming nothing found in the quotes is left to the others."""
    terms = {t: f for t, f in asked.items() if not t.isdigit() and t not in _AMOUNT_ASKING}
    named = [u for u in about if shared(terms, content_terms(f"{u.text} {u.source.item_title}"))]
    if not terms or not named:
        return True
    return any(holds(ASKS[1][1], u.text, question) for u in named)


# "Is it true that …?", "Stämmer det att …?": a claim to check
_CLAIM_CHECK = re.compile(r"\W*(?:is it (?:true|correct|right) that|stammer det (?:att|verkligen att)|"
                          r"ar det (?:sant|riktigt|korrekt) att)\b")
# "Who was asked to evaluate …", "Vem fick i uppdrag att utreda …": the task asked of someone
_TASKED = re.compile(rf"\b(?:{_ASKING}|tasked|instructed|commissioned|"
                     r"(?:fick|far|får|fatt|fått|gavs) (?:i )?uppdrag(?:et)?)\s+(?:to|att|with|med)\s+(.+)", re.I)


def _task_word(question: str):
    """The verb of the task a who-question asks about (the task's first word, "evaluate"), with its Swedish
    forms, or None when there is no such task or the verb cannot be checked."""
    m = _TASKED.search(question)
    if not m or not re.match(r"\W*(?:who|vem|vilka|vilken|which)\b", fold_ocr(question).lower()):
        return None
    lang = language(question)
    # the verb only ("summarise the business network …" is not about "business"); an English verb the glossary
    # cannot say in Swedish is not checked ("write", "take … home")
    terms = question_terms(re.match(r"[\w-]*", m.group(1)).group(0), lang)
    return terms if terms and (lang == "sv" or all(terms.values())) else None


def _known_names(retriever: Retriever) -> re.Pattern:
    """The names of the people the minutes name (attendance lists, guests, presenters, name pairs in the
    text): "… skickar inbjudan till studieresa till Stefan Larsson" names no place the study trip goes to,
    nor "Anna Jahnke från regionen kommer vara med på styrelsemötet" where the board meets."""
    listed = {a.name for m in retriever.meetings.values() for a in m.attendees}
    return _names_rx(tuple(sorted(set(indexed_people(retriever).values()) | listed)))


@lru_cache(maxsize=8)
def _names_rx(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names if " " in n) or r"(?!)")


def _compared_from(unit: Quote, year: str) -> bool:
    """The item compares with the asked year's budget ("jämfört med Budget 2025") and the unit gives a change
    from a value ("från 25% till 50%"): the "från" value is that year's."""
    body = fold_ocr(unit.source.item.body if unit.source.item is not None else "").lower()
    return bool(re.search(rf"\bjamfort med budget\w* {year}\b", body) and
                re.search(r"\bfran \d", fold_ocr(unit.text).lower()))


def lacking(question: str, strict: list, about: list[Quote], retriever: Retriever) -> list[tuple]:
    """What the question asks for (a date, an amount, a count, the thing a which-question names …)
    that the units ``about`` it do not state."""
    people = _known_names(retriever) if any(x[1] is _PLACE for x in strict) else None
    titled = (_YEAR_SAID, _START_SAID)  # (an item's title may give the year or tell the start)
    lacks = [x for x in strict if not any(holds(x[1], f"{u.text} ({u.source.item_title})" if x[1] in titled
                                               else people.sub(" ", u.text) if x[1] is _PLACE
                                               else u.text, question) for u in about)]
    if any(x[2] == _COUNT_LACK[2] for x in lacks) and any(_enumerates(question, u.text) for u in about):
        lacks = [x for x in lacks if x[2] != _COUNT_LACK[2]]
    fq = fold_ocr(question)
    asked = question_terms(question, language(question))  # (once: the checks below read it)
    if not lacks and about and (task := _task_word(question)) and \
            not any(shared(task, content_terms(u.text)) for u in about):
        # "Who was asked to evaluate the accelerator programme?": no quote says the thing asked of anyone
        lacks.append((None, None, "inte det uppdraget", "not that task"))
    if not lacks and about and _CLAIM_CHECK.match(fq.lower()):
        # "Stämmer det att Vegeåprojektet fick 2 miljoner kronor?": the quotes must state the figures and dates
        # the claim does, or they do not bear it out
        have = set().union(*(unit_atoms(u.text) for u in about))
        if any(not covered(a, have) for a in atoms(question) if not (a[0] == "n" and _YEAR.fullmatch(str(int(a[1]))))):
            lacks.append((None, None, "inte de uppgifterna", "not those figures"))
    why = next((x for x in strict if x[1] is _REASON), None)
    if not lacks and why and asked and about:
        # "Varför ökas den administrativa tjänsten?": the reason is said in a quote about what is asked (half its
        # words, or as many as any quote has), not in the next budget line ("Ny tjänst budgeteras för att …")
        # (of the words asked about: "aim" in "What is the aim of …?" asks for the reason, none says it)
        m = why[0].search(fq.lower())
        topic = {t: f for t, f in asked.items() if not (m and shared({t: f}, content_terms(m.group(0))))} or asked
        near = [len(shared(topic, content_terms(u.text))) for u in about]
        if not any(holds(_REASON, u.text, question) and n and (n >= max(near) or 2 * n >= len(topic))
                   for u, n in zip(about, near)):
            lacks.append(why)
    amount = next((x for x in strict if x[1] is ASKS[1][1]), None)
    if not lacks and amount and not _amount_of_subject(question, asked, about):
        lacks.append(amount)
    years = set(asked)
    if not lacks and years and all(_YEAR.fullmatch(t) for t in years) and \
            not any(years & content_terms(u.text) for u in about):
        # "Where will the 2027 meetings be held?": the year is all it is about, and a title's span ("Inför ny
        # utvecklingsplan 2024-2027") names it over sentences that do not
        lacks.append((None, None, f"inget om {min(years)}", f"nothing on {min(years)}"))
    year = _BUDGET_YEAR_Q.search(fq.lower())
    year = year and (year[1] or year[2])
    if not lacks and year and about and all(
            (t := re.search(r"budget\w* ((?:19|20)\d\d)", fold_ocr(u.source.item_title).lower())) and t[1] != year
            and not _compared_from(u, year) for u in about):
        # "What was the 2025 budget for the gala?" is not answered by the item on Budget 2026
        lacks.append((None, None, f"ingen budget för {year}", f"no budget for {year}"))
    if not lacks and _ASKS_DURATION.search(fq) and not any(holds(_DURATION, u.text, question) for u in about):
        lacks.append((None, None, "ingen tidsrymd", "no duration"))
    unit = _IN_UNIT.search(fq)
    if not lacks and unit and not any(re.search(rf"\b{_UNITS[unit.group(1)[:3]]}", fold_ocr(u.text)) for u in about):
        # "… in months": a span stated in years is no answer in months (the reader would have to compute it)
        lacks.append((None, None, "ingen tidsrymd i den enheten", "no span in that unit"))
    if not lacks and _ASKS_END.search(fq) and not any(
            holds(ASKS[0][1], u.text, question) and _ENDED.search(fold_ocr(u.text)) for u in about):
        # "When does Anna Jahnke's term end?" is not answered by the day she comes to a board meeting
        lacks.append((None, None, "inget slutdatum", "no end date"))
    if not lacks and _ASKS_START.search(fq) and not any(
            holds(ASKS[0][1], u.text, question) and _STARTED.search(u.text + " " + u.source.item_title) for u in about):
        lacks.append((None, None, "inget startdatum", "no start date"))
    days = {a for a in atoms(question) if a[0] in ("dm", "date", "mon")}
    if not lacks and days and BOARD_DECISION_Q.search(fq) and not any(
            holds(BOARD_SAID, u.text, question) and all(covered(a, unit_atoms(u.text)) for a in days) for u in about):
        # "… den 5 december?" is not answered by the board decision of 181130
        lacks.append(next(x for x in STRICT if x[1] is BOARD_SAID))
    body = deciding_body(fq)
    if not lacks and body:
        said = as_terms(content_terms(body))
        if not any(shared(said, content_terms(u.text)) and _DECIDED.search(u.text) for u in about):
            lacks.append((None, None, f"inget beslut av {body}", f"no decision by {body}"))
    actor = reacting_actor(fq)
    if not lacks and actor:
        # (a municipality is no distinctive term of a question, but it is the actor here)
        named = question_terms(actor, language(question)) or as_terms(content_terms(actor))
        # the actor named as acting (saying, proposing, offering), not only named ("… inklusive Söderåsens
        # Miljöförbund" as someone to consult says nothing of how it responded)
        # (the actor as a word of its own: "the trainees" are not the "Traineeprogram" they are in)
        # (and in the same sentence: "… behöver LSR och Närab kontaktas. Därefter … beslut" is no reaction of LSR)
        # "Vad sa Jörgen Fransson om …?" where he is the item's presenter: the item is what he said
        # (and the item holds all else the question names: "… about the cost of train tickets" it does not)
        topic = {t: f for t, f in asked.items()
                 if not exact({t: f}, content_terms(actor)) and not _SAID_Q.search(t)}
        presented = _SAID_Q.search(fq) and any(
            u.source.item is not None and u.source.item.presenter and
            # (named as presenting: "Mikael Kipowski, Helsingborg stad, närvarade." in the line only attended)
            any(exact(named, content_terms(x)) and not _ONLY_ATTENDED.search(fold_ocr(x))
                for x in sentences(u.source.item.presenter)) and
            len(shared(topic, content_terms(u.source.item.text + " " + u.source.item.title))) == len(topic)
            for u in about)
        about_what = {t: f for t, f in topic.items() if not t.isdigit()}  # (a year says when, not what about)
        # (and about the question's topic, in the sentence or its item's title: "Olu Lindström presenterade Lätt
        # att göra rätt" says nothing of Söderåsens Miljöförbund, named in another sentence of the item)
        if named and not presented and not any(exact(named, content_terms(t)) and _REACTED.search(fold_ocr(t))
                                               and not _ADDRESSED.search(fold_ocr(t)) and
                                               (not about_what or
                                                shared(about_what, content_terms(f"{t} {headed(u.source)}")))
                                               for u in about for t in sentences(u.text)):
            lacks.append((None, None, f"inget från {actor}", f"nothing from {actor}"))
    if not lacks and _ASKS_RESPONSE.search(fq) and not any(
            (_REPLIED.search(u.text) or (_directors_respond(fq) and _DECISION_LINE.match(fold_ocr(u.text))))
            and _by_responder(fq, u.text) for u in about):
        lacks.append((None, None, "inget svar", "no response"))
    role = _WHO_ROLE.search(fq.lower())
    if not lacks and role:
        # the role word itself or inside a compound ("projektledaren"), not a compound's head ("projektidén")
        wanted = _ROLE_WORDS.get(role.group(1)) or \
            {w for t, f in question_terms(role.group(1), language(question)).items() for w in {t} | f}
        if wanted and not any(w in fold_ocr(u.text) for w in wanted for u in about):
            lacks.append((None, None, f"ingen {role.group(1)}", f"no {role.group(1)}"))
    group = _WHO_ARE.search(fq.lower())
    # (the group's word or the glossary's Swedish for it, as the head of a word: "deltar" for "deltagarna")
    heads = {w[:5] for t, f in question_terms(group.group(1), language(question)).items() for w in {t} | f} \
        if group else set()
    if not lacks and heads and not any(_PERSON.search(u.text) and any(h in fold_ocr(u.text).lower() for h in heads)
                                       for u in about):
        # "Who are the trainees starting in autumn 2023?": a sentence naming people as trainees, not the
        # steering group's names beside a sentence about the trainees
        lacks.append((None, None, "inga namn", "no names"))
    # "What was the outcome for Lätt att göra rätt?": a decision on it is its outcome (not a study's findings)
    # (so is "the result of Expo Framtid", where no study or report is asked of)
    decided = (_OUTCOME_WORD.search(fq) and any(_DECISION_LINE.match(fold_ocr(u.text)) for u in about)) or \
        (_RESULT_OF_WORD.search(fq) and not _STUDY_WORD.search(fq) and
         any(u.source.item is not None and any(_RULED.search(fold_ocr(d).lower()) for d in u.source.item.decisions)
             for u in about))
    for ask, said in _OUTCOME_ASKED:
        if decided and said is _FINDINGS:
            continue
        if not lacks and ask.search(fq) and not any(said.search(u.text) or said.search(fold_ocr(u.text)) for u in about):
            lacks.append((None, None, "inte utfallet", "no outcome"))
    if not lacks and _CAME_OUT_Q.search(fq) and any(_CAME_OUT_SAID.search(fold_ocr(u.text)) for u in about):
        # "Vad kom fram på mötet med Skånes kommuner?": the item says that something came out ("… och vad som
        # kom fram på mötet"), so it does not record what
        lacks.append((None, None, "inte vad som kom fram", "not what came out of it"))
    if not lacks and _only_to_come(question, about):
        lacks.append((None, None, "bara det som planerades, inget utfall", "only what was planned, no outcome"))
    if not lacks and _said_only_to_come(question, about):
        lacks.append((None, None, "bara att det ska ske", "only that it is to happen"))
    if not lacks and _HOW_WENT.search(fq) and not any(holds(_VERDICT, u.text) for u in about):
        lacks.append((None, None, "inte utfallet", "no outcome"))
    if _counted(question) is not None and not lacks and not any(_counts(question, u.text) for u in about):
        lacks.append(_COUNT_LACK)
    if not lacks and _ASKS_NAME.search(fq.lower()) and not any(_new_name(question, u) for u in about):
        lacks.append((None, None, "inget namn", "no name"))
    if not lacks and _IN_NUMBERS.search(fq) and not any(re.search(r"\d", _LABEL.sub(" ", _undated(u.text))) for u in about):
        lacks.append(_COUNT_LACK)  # "the results in numbers": a date or "steg 2" is no figure
    if not lacks and not _names_thing(question, about, retriever):
        thing = _asked_thing(question)
        lacks.append((None, None, f"inget om {thing}", f"nothing on {thing}"))
    return lacks
