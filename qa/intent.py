"""What a question asks for, read from its wording and the index's own
vocabulary (people, municipalities, meeting dates). No model: regular
expressions over diacritic-folded text, so "Höganäs" and "Hoganas" are one.

Intents: ``meeting`` (a meeting's agenda), ``place`` (where and when a meeting
was held), ``attendance``, ``role`` (chair,
secretary, head of the secretariat), ``person`` (what someone presented or was
assigned), ``timeline`` (a topic over time), ``decision`` and ``fact``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.dates import MONTH_PATTERN
from ingest.parse import MUNICIPALITIES  # folded names of the eleven member municipalities
from minutes.records import Meeting
from minutes.text import fold, fold_ocr

_EN = set("what who whom which when where why how was were did does do is are the of about decided decision "
          "decisions meeting meetings minutes attended absent present money cost until since much many "
          "and from for with has have chaired presented summarise summarize happened discussed agenda last will to a "
          "an on in it that be by as at this which changes change get got they their there any anyone whats "
          "whos tell me show list new".split())
_SV = set("vad vem vilka vilken vilket när var varför hur är om och det den beslutades beslut mötet möte protokollet "
          "närvarande frånvarande kostar kostnad till från för med har hade togs sades sa ska senaste hölls deltog "
          "föredrog föredragit sammanfatta genom åren att en ett på i som av ska de nån nåt någon något va fick får "
          "blev förändringar ändringar".split())

_MEETING_Q = re.compile(
    r"\b(sammanfatta\w*|sammanfattning|vad togs upp|vad (?:tog|tar) (?:man|de|vi|gruppen|motet) upp|vad hande|"
    r"vad behandlades|vad avhandlades|vad diskuterades|dagordning\w*|"
    # "Which items were discussed at the first meeting of 2019?", "Vilka frågor behandlades i maj 2023?"
    r"(?:which|what) (?:items|topics|matters|issues|points|subjects) (?:were|was) (?:discussed|covered|raised|handled|"
    r"dealt with|taken up|on the agenda)|"
    r"vilka (?:punkter|fragor|arenden|amnen) (?:diskuterades|behandlades|togs upp|avhandlades)|"
    r"agenda|summari[sz]e|summary|what happened|what was discussed|what was on the agenda|what was covered|"
    r"what did (?:the meeting|the directors|the group|they|we) (?:discuss|cover|talk about)|"
    r"vad (?:diskuterade|pratade) (?:motet|gruppen|kommundirektorerna|de|vi)(?: om)?(?=\W*(?:pa|vid|i|under|$))|"
    r"what was (?:addressed|handled)|overview|oversikt|recap|rundown|"
    # "What did the directors go through on 21 November 2025?"
    # (not "Did the proposal go through?")
    r"what did (?:\w+ ){1,3}go through|what (?:was|were) gone through|vad gick (?:\w+ )?igenom|vad gicks igenom|"
    r"on the table|came up|kom upp|tell me about|beratta om|describe|beskriv|"
    # "What is still ongoing from the November 2025 meeting?": its items and decisions say what goes on
    r"highlights|ongoing|pending|outstanding|still open|pagar|pagaende|aterstar|"
    # "Brief me on the November 2025 meeting", "Key decisions from …", "Minutes of 16 June 2023 in short?"
    r"brief me|briefing|key decisions|main decisions|in short|in brief|minutes of|viktigaste besluten|"
    # "Give me the key points from the meeting on 22 March 2024"
    r"key points|main points|takeaways|huvudpunkter\w*|viktigaste punkter\w*)\b")
# "What did the directors decide in November 2025?": a decision question with no topic of its own
_ONLY_DECIDED = re.compile(r"\W*(?:(?:och|and|so|sa|what|which|vad|vilka|vilket|were|was|did|do|the|directors?|group|meeting|at|in|"
                           r"on|of|dar|there|"
                           r"decisions?|decided?|made|taken|reached|fattades|togs|fattade|tog|beslut\w*|besluta\w*|pa|i|vid|"
                           # "Which decisions did the directors take at their last meeting?"
                           r"make|take|their|its|our|"
                           r"motet|mote|kommundirektor\w*|gruppen|har|has|have|they|de|vi|man|senaste|last|latest|"
                           # "Vad beslutades på det första mötet 2024?": the meeting counted within a year
                           r"det|forsta|first|sista|final|earliest|arets|held|holls|"
                           r"all|alla|"
                           # "Was anything decided at …?", "Fattades några beslut på mötet …?"
                           r"any|anything|nagot|nagra|ngt|ngn|"
                           # "Give me the decisions from …", "Summarise what was decided in 2023", "List all decisions"
                           r"give|me|ge|mig|list|lista|show|visa|from|fran|please|summari[sz]e|sammanfatta|everything|allt|"
                           # "Which directors were given tasks in June 2023?": the tasks are in that meeting's decisions
                           r"tasks?|assignments?|uppdrag|given|gavs|who|vem|vilka|which|were)\W*)*")
# (tasks given at a meeting, which its decisions state, are asked like its decisions)
_TASKS = re.compile(r"\b(?:tasks?|assignments?|uppdrag)\b")
# "… om löneavdrag", "… about the budget": a topic at that meeting, not its whole agenda
_TOPIC = re.compile(r"\b(om|angaende|kring|gallande|about|regarding|concerning|on the (?:topic|subject) of)\s+"
                    # "Tell me about the March 2024 meeting": the meeting itself is no topic at it
                    r"(?:the\s+|det\s+|den\s+)?(?!motet\b|mote\b|meeting\b|kommundirektorsmotet\b)\w{3,}|"
                    # "under övriga frågor" names an item; "under mötet", "under lunchen" say when
                    r"\bunder\s+(?!motet|mote|moten|the meeting|lunch\w*|dagen|\d)\w{3,}|"
                    # "What happened with the annual report in March 2024?"
                    r"(?:\b(?:what happened|vad hande|vad har hant)\s+(?:with|to|med)|"
                    r"\b(?:handle|handled|deal with|dealt with|treat|treated|behandlade|hanterade))\s+(?:the\s+)?"
                    r"(?!motet\b|mote\b|meeting\b)\w{3,}")
_ATTEND_Q = re.compile(
    r"\b(narvarande|narvaro|(?:var|fanns) pa plats|franvarande|franvaro|forhinder|apologi\w*|deltog|deltagare|deltagit|via teams|pa distans|"
    r"representerade|representerar|representerat|represents\b|represent\b|foretradde|foretrader|foretratt|foretrada|gast\w*|attend\w*|absent|(?:was|were) (?:\w+ ){0,3}present\b|joined|took part|represented|"
    r"representing|guests?|"
    r"(?<!hur )var (?!det med)\w+(?: \w+)? med|\bvar med\b|var (?:det )?(?:nan|nagon|nagra|ngn)\b.{0,30}\bmed\b|"
    r"show(?:ed)? up|turn(?:ed)? up|saknades|saknade|missing|miss|missed|missade|sits? (?:in|on|for)\b|sitter (?:i|for)\b|"
    r"(?:was|were) at (?:the|that)\b|"
    # "Was Stefan Larsson at the June 2023 meeting?" (not "Was anything decided at the meeting?")
    r"^\W*(?:and )?(?:was|were) (?:(?!(?:\w+ed|it|this|that|anything|something|there|the|a|an|given|taken|chosen|"
    r"shown|done|made|said|held|told|seen)\b)\w+ ){1,3}at (?:the|that|this|their)\b|"
    r"(?:was|were) (?:\w+ ){0,3}at (?:all|every|each|any) (?:of )?(?:the )?meetings?\b|"
    r"(?:could|can|did)(?:n'?t| not) make it\b|made it to\b|unable to (?:attend|come|join)\b|"
    r"not represented\b|inte representerade?\b|(?:was|were) (?:anyone|anybody|someone|somebody)\b.{0,30}\b(?:at|in) (?:the|that)\b|"
    r"(?:come|came) to (?:the|that)\b|(?:was|were) (?:\w+ ){1,3}there\b|(?:was|were)n'?t there\b|"
    r"\bvar (?:\w+ )?inte dar\b|\b(?:vem|vilka|who) (?:var|was|were) (?:\w+ )?(?:dar|there)\W*$|remote\w*|"
    # "Who was there for Helsingborg in June 2023?"
    r"\b(?:vem|vilka|who) (?:var|was|were) (?:dar|there) (?:for|from|fran|representing)\b|"
    # "Vilka från Region Skåne var där?": those of a body who attended
    r"\b(?:vem|vilka|who) (?:fran|from) (?:\w+ ){1,3}?(?:var|was|were) (?:dar|there|med)\b|"
    # "how many were there in March 2024?" (not "how many decisions were there")
    r"\bhow many (?:people |persons |directors |participants )?(?:were|was) there\b|"
    r"\bhur manga (?:personer |kommundirektorer |deltagare )?var (?:dar|pa plats)\b|"
    # "Which municipalities had nobody at the November 2025 meeting?"
    r"\b(?:which|what) municipalit\w* (?:had|have|has) (?:nobody|no one|no-one|noone|no representatives?)\b|"
    r"\bvilka kommuner (?:hade|har) (?:ingen|inte nagon) (?:pa plats|dar|med|narvarande|representant)\b)")
_SUBSTITUTE = re.compile(r"\b(ersatter|ersatte|ersatts|replaces?|replaced|stands? in|stood in|vikarie\w*|substitut\w*|"
                         r"stallforetrad\w*|deputi\w*|deputy)\b")
# Gatherings other than the directors' meetings, whose attendance lists do not answer who takes part in
# them ("Who would attend the agenda preparation together with Carina Leffler?")
_OTHER_GATHERING = re.compile(r"\b(preparations?|forberedelse\w*|presidi\w*|steering group|styrgrupp\w*|training|"
                              r"utbildning\w*)\b")
_WHOSE_MUNICIPALITY = re.compile(r"\b(which|what) municipalit\w*|\bvilken kommun\b|\bvilka kommuner\b|"
                                 r"\b(?:fran|for) vilken kommun|\bwhere (?:is|was|does|did) \w+(?: \w+)? (?:from|work)\b")
# "Who is the director of Klippan?": the attendance lists say who is there for each municipality
_DIRECTOR_OF = re.compile(r"^\W*(?:and |och )?(?:who|vem|vilka|which|vilken)\b.{0,30}\b(?:municipal director|director|"
                          r"kommundirektor\w*|kommunchef\w*|stadsdirektor\w*|chief executive)\b")
# "Vilka har föredragit på mötena?", "Who presented at the March 2024 meeting?": presenters, no topic named
_PRESENTERS_Q = re.compile(r"\W*(?:(?:and |och )?(?:who|vem|vilka|which networks|what networks|vilka natverk)\s+"
                           r"(?:has |have |har |hade )?(?:presented|foredrog|foredragit|"
                           r"presenterade|presenterat|were the presenters|var foredragande|foredragande)|"
                           # "List the presenters at the March 2024 meeting", "Visa alla föredragande"
                           r"(?:(?:list|lista|show|visa|name|give me|ge mig)\s+)?(?:all\s+|alla\s+)?(?:the\s+)?"
                           r"(?:presenters|speakers|foredragande|foredragshallar\w*))\b"
                           r"(?:\W*(?:at|the|meetings?|items?|to|directors|pa|i|in|on|vid|motet|motena|mote|punkter\w*|"
                           r"for|kommundirektorerna|gruppen|group|most|mest|oftast|over|the years|genom|aren)\b)*\W*")
_ROLE_Q = {
    "chair": re.compile(r"\b(ordforande|ordf|leder motena|ledde motet|leds av|mote(?:na|t)? leds|who chair\w*|"
                        r"chair(?:s|ed|man|person)? (?:of )?(?:the )?(?:meeting|group|directors)|"
                        r"who (?:has |have )?(?:leads|led|runs|ran|chaired) (?:the )?(?:directors'? )?meeting\w*|"
                        r"(?:as|som) (?:chair|ordforande)|"
                        # "Vem var mötesledare i maj 2023?"
                        r"motesledare\w*|motesledning\w*|meeting (?:leader|chair)\w*|"
                        # "Who was chairman in 2019?" (of the meeting unless another body is named)
                        r"who (?:is|was|are|were|has been) (?:the )?chair(?:man|woman|person)?(?! of)|"
                        r"(?:ledde|leder|leddes av) (?:kommundirektors)?mote\w*|"
                        # "Vem har lett mötena?"
                        r"(?:har|hade) lett (?:kommundirektors)?mote\w*)\b"),
    "secretary": re.compile(r"\b(sekreterare|sekretariatschef\w*|secretary|secretaries|heads? of (?:the )?secretariat|"
                            # "Who currently heads the secretariat?"
                            r"(?:heads|headed|leads|led|runs|ran) the secretariat|(?:leder|ledde) sekretariatet|"
                            r"secretariat head|chef for sekretariatet|took (?:the )?minutes|minute[- ]?taker|"
                            # "Vem var sekretariatets representant i november 2025?"
                            r"sekretariatets (?:representant|foretradare)|secretariat'?s? representative|"
                            r"representative (?:of|from) the secretariat|"
                            r"(?:wrote|writes|write|kept|keeps|drew up) (?:the )?minutes|"
                            r"(?:skrev|skriver|skrivit|satte upp) (?!under\b)(?:\w+ )?protokoll\w*|"
                            r"protokollforare|forde protokoll\w*)\b"),
    # "Who opened the 2019 meeting?", "Vem hälsade välkommen?": who welcomed the meeting, as its minutes say
    "opened": re.compile(r"\b(?:who|vem)\s+(?:(?:opened|kicked off|started|began|oppnade|inledde|startade)\s+"
                         r"(?:[\w'-]+\s+){0,3}?(?:meeting|mote[nt]?|kommundirektorsmote[nt]?)\b|"
                         r"welcomed\b|halsade\s+(?:\w+\s+)?valkomm\w*)"),
}


# "Who signed the 2019 minutes?", "Vem skrev under protokollet?" (not an agreement signed: "… avtalet")
_SIGNED_Q = re.compile(r"\b(?:who|vem|vilka)\b.*\b(?:signed|undertecknade|undertecknat|skrev under|skrivit under|signerade|"
                       r"signerat)\b.*\b(?:minutes|protokoll\w*)\b|\b(?:signatories|undertecknare)\b")


_WHEN_CLAUSE = re.compile(r"\s(?:when|nar)\s+(?=\w)")


def role_when_clause(folded_question: str) -> re.Match | None:
    """The "när / when" opening a clause after a role asked ("Vem var sekreterare när …"), or None."""
    q = folded_question.lower()
    m = _WHEN_CLAUSE.search(q)
    return m if m and any(rx.search(q[:m.start()]) for rx in _ROLE_Q.values()) else None


def role_asked(question: str) -> str | None:
    """The meeting role a question names ("chair", "secretary"), if any."""
    q = fold_ocr(question).lower()
    return next((role for role, rx in _ROLE_Q.items() if rx.search(q)), None)


# Whom to contact about the minutes: the header's e-mail address
# (a contact person of the minutes, not of another body: "the SKL contact person")
_CONTACT_Q = re.compile(r"(?=.*\b(?:minutes|protokoll\w*|meetings?|mote\w*|secretariat|sekretariatet)\b)"
                        r".*\b(contact persons?|kontaktperson\w*|(?:who|vem) (?:is|was|ar|var) (?:the )?(?:[\w'’]+ ){0,2}?"
                        r"(?:contact|kontakt)\b)|"
                        r"\b(e-?mail(?: address)?|e-?post(?:adress)?\w*|mejl(?:adress)?\w*|mailadress\w*)\b")
_BESIDES = re.compile(r"\b(tillsammans med|together with|besides|utover|forutom|alongside|apart from)\b")
# "Vem valdes till ny sekretariatschef?" asks who was appointed, which only a sentence saying so answers,
# not who held the role at the meetings
_APPOINTED = re.compile(r"\b(valdes|valts|utsags|utsetts|utnamn\w*|rekryter\w*|anstall\w*|tillsatt\w*|"
                        r"eftertrad\w*|ersatt\w*|appointed|chosen|elected|hired|recruited|selected|named|replac\w*|"
                        r"succeed\w*)\b")
# "Vilka var sekreterare?" asks for people; "Vilka hörn i Skåne ska sekretariatschefen …?" for something else
# "Vem ska sekretariatschefen ta upp galan med?": the role holder acts; the question asks whom, not who holds it
_ROLE_ACTS = re.compile(r"^\W*(?:vem|vilka|who|whom)\s+(?:ska|skall|kommer|will|should|must|did|does|do|has|have|"
                        r"har|hade)\s+(?:the\s+)?(?:sekretariatschef\w*|sekreterare\w*|ordforande\w*|head of|secretary|"
                        r"chair(?!ed\b)\w*|secretariat head|secretariat's head)")
_ROLE_SHAPE = re.compile(r"^(?:och |and )?(vem|who|vilka(?= (?:var|ar|har|hade|satt|personer|har varit)\b))\b")
_ITEM_WORD = re.compile(r"\b(\w*(?<!tid)punkt\w*|items?|arendet|\w*projekt\w*|project\w*|\w*program\w*|satsning\w*|"
                        r"initiative|"
                        # "the salary deduction dialogue", "the procurement discussion": a matter, not a meeting
                        r"dialog\w*|discussions?|diskussion\w*|pilot\w*|"
                        r"workshop\w*|natverk\w*|network|presidi\w*|board meeting\w*|styrelsemot\w*|styrgrupp\w*|"
                        r"steering group|"
                        # the board's chair is not the directors' meeting's
                        r"board|styrelse(?:n|ns)?)\b")
# "What has the secretariat presented?", "Vilka punkter föredrog sekretariatet?": an organisation as presenter
_ORG = r"(?:the )?(sekretariatet|secretariat|helsingborgs? stad|city of helsingborg)"
_ORG_VERB = r"(?:presented|present|foredragit|presenterat|redovisat|foredrog|presenterade|redovisade)"
# The secretariat as a party given tasks (its head by role is its part: "att uppdra till sekretariatschef …")
SECRETARIAT = "sekretariatet"
_SECRETARIAT_TASKS_Q = re.compile(r"^\W*(?:vilka|vad for|what|which)\s+(?:uppdrag|uppgifter|tasks|assignments)\s+"
                                  r"(?:har|hade|has|have|did|was|were)\s+(?:the\s+)?(?:sekretariatet|secretariat)\b"
                                  r"|^\W*(?:what|vad)\s+(?:has|have|was|har|hade)\s+(?:the\s+)?(?:sekretariatet|secretariat)\s+"
                                  r"(?:been\s+)?(?:asked|tasked|assigned|fatt i uppdrag|ombetts)\b")
_ORG_PRESENTED_Q = re.compile(r"\W*(?:what|which (?:items?|matters?|points?)|vad|vilka (?:punkter|arenden))\s+"
                              r"(?:(?:has|have|did|har|hade)\s+" + _ORG + r"\s+" + _ORG_VERB + r"|" +
                              _ORG_VERB + r"\s+" + _ORG + r")\b(?:\s+(?:on|at|in|pa|under)\b.*)?\W*")
_PERSON_Q = re.compile(r"\b(foredra\w*|foredrog|presentera\w*|presented|presents|present|uppdrag\w*|assign\w*|task\w*|"
                       r"beratta\w*|informera\w*|redovisa\w*|talked|spoke|told|"
                       r"ansvar\w*|responsib\w*|led|ledde|uppgift(?:er|en|erna)?|sagt|said|deltagit i|involved|involverad\w*|medverka\w*|"
                       r"(?:been )?asked to|ombetts|ombads|"
                       # "Vad har Carina Leffler gjort i gruppen?", "What has X done?": everything they did
                       r"gjort|gjorde|done|did in|contributed|bidragit|"
                       # "What did Anna Pihlqvist respond to?": "Anna Pihlqvist återkopplade på …"
                       r"respond\w*|replied|reply|aterkopplat|aterkopplade|"
                       # "What is Johan Lindberg's job title?": the lines beside the name that state it
                       r"job title|title|titel\w*|befattning\w*)\b")
# "Which item did Johan Lindberg not take part in?", "Vilken punkt deltog inte …?": the items a person
# missed (a meeting missed is in the attendance lists, which the attendance intent reads)
MISSED_Q = re.compile(r"^(?=.*\b(?:\w*punkt\w*|items?|arende\w*)\b)(?:(?=.*(?:\b(?:not|inte|ej)\b|n't\b))"
                      r"(?=.*\b(?:take part|took part|attend\w*|participat\w*|present|there|deltog|delta|deltar|med|"
                      r"narvarande|narvarade)\b)|(?=.*\b(?:miss|missed|missade|absent|franvarande|left|lamnade)\b))")
_TIMELINE_Q = re.compile(r"\b(genom aren|over tid|over the years|over time|through the years|tidslinje|timeline|"
                         r"historik\w*|history|utvecklats|evolved|progressed|behandlats|"
                         # "How has the group's way of working changed since 2019?"
                         r"changed (?:since|over)|(?:forandrats|andrats) (?:sedan|over|genom)|"
                         # "Trace the work on the development plan", "Följ frågan om …"
                         r"^\W*(?:trace|follow|folj)\b|"
                         # "Vid vilka möten har traineeprogrammet tagits upp?", "Which meetings discussed …?"
                         r"vilka moten (?:(?:har|hade) .*(?:tagits upp|diskuterats|behandlats|namnts)|behandlade|"
                         r"diskuterade|tog upp)|"
                         r"which meetings (?:(?:has|have|did) .*(?:come up|been discussed|been raised|been mentioned|"
                         r"discuss|mention)|discussed|dealt with|treated|took up|covered|mentioned)|"
                         r"(?:how often|hur ofta) (?:has|have|har)|"
                         # "How has procurement come up at the meetings?", "Hur har X tagits upp på mötena?"
                         r"how (?:has|have) .*\b(?:come up|been (?:discussed|raised|handled|treated|dealt with) "
                         r"(?:at|in|across|during) (?:the )?meetings)|"
                         r"hur (?:har|hade) .*\b(?:kommit upp|(?:tagits upp|diskuterats|hanterats) (?:pa|i|under) motena)|"
                         # "When was the trainee programme last mentioned?": its dated items, the last one last
                         r"(?:last|first) (?:mentioned|discussed|raised|brought up)|"
                         r"senast (?:namnd|namndes|diskuterad|diskuterades)|(?:namndes|diskuterades) senast|"
                         # "What has the group done about public transport?": all its items, dated
                         r"(?:has|have) (?:the (?:group|directors)|they|we) done|har (?:gruppen|de|vi|man) gjort)\b")
# Where and at what time a meeting was held: a place or clock word together with a meeting word; "the
# meeting held in 2019", "mötet som hölls i mars" only date it
_WHEN_WORD = rf"(?:(?:19|20)\d\d|{MONTH_PATTERN})\b"
_PLACE_Q = re.compile(r"\b(var?t? (?:holls|hols|traffades|mottes|agde|ager|halls|hals)\b|"
                      r"var (?:har|hade) (?:\w+ ){0,2}(?:hallits|hallts|traffats|motts|agt rum)\b|address\w*|adress\w*|"
                      r"i vilken lokal|vilken lokal|"
                      # "Vilken stad hölls mötet i mars 2024 i?": the town of a meeting is on its place line
                      r"vilken (?:stad|ort)\b(?=.*\b(?:holls|hols|traffades|mottes|motet|motena)\b)|"
                      r"(?:which|what) (?:town|city)\b(?=.*\b(?:meeting|meetings|held|met|meet)\b)|"
                      # "Which room at Marina Plaza hosted the May 2023 meeting?": the place line names the room
                      r"(?:which|what) (?:\w+ )?room\b|i vilket rum|vilket rum|motesrum\w*|"
                      # "Was the November 2025 meeting held online?": how it was held is on the place line
                      r"(?:held|met|meet|take place|took place) (?:online|digitally|remotely|virtually|in person|"
                      r"(?:on|via|over|in) teams)|(?:holls|traffades|genomfordes) (?:\w+ ){0,4}(?:digitalt|via teams|"
                      r"pa distans|fysiskt)\b|"
                      rf"vilken plats|where\b|venue|location|(?:held|met) (?:at|in) (?!{_WHEN_WORD})(?=\w)|(?:took|take|takes) place at (?=\w)|"
                      rf"holls (?:pa|i)\b(?! {_WHEN_WORD})|lokal(?:en)?|plats(?:en)?\b|(?<!take )(?<!took )place\b)")
_CLOCK_Q = re.compile(r"\b(vilken tid|what time|klockan|borja\w*|slut(?:a|ade)\b|pagick|hur lange|how long|how many hours|"
                      r"hur manga timmar|start\w*|end(?:ed|s)?\b|beg[ai]n\w*|finish\w*)")
# "What time did lunch begin at the meeting?": a part of the day, which the place-and-time line does not time
_PART_OF_DAY = re.compile(r"\b(lunch\w*|paus\w*|break|fika\w*|kaffe\w*|coffee|middag\w*|dinner)\b")
# "How did the meeting begin?" asks what it began with, not at what time ("how long" does ask a time)
_HOW_NOT_WHEN = re.compile(r"^\W*(?:how|hur)\b(?! (?:long|lange|many|manga|late|sent|early|tidigt|dags)\b)")
_MEETING_WORD = re.compile(r"\b(met\b|mote\w*|sammantrad\w*|traffades|mottes|meet\w*|held|hosted|take place|took place|"
                           r"gather\w*|convene\w*|samlades)")
# Not where or when a meeting was held: what it cost, who, why; and meetings to come, which only
# an item can speak of ("Where will the meetings be held when they clash with …").
_NOT_PLACE_Q = re.compile(r"\b(hur mycket|how much|kosta\w*|cost\w*|pay|paid|betala\w*|vem|vilka(?! mote)|who|varfor|why|"
                          r"nasta|kommande|framtida|next|upcoming|future|will|ska|skall|should|shall|try|trying|"
                          r"forsok\w*|clash\w*|krock\w*)\b")
_WHEN_Q = re.compile(r"^\W*(nar|when|until when|by when|by what date|vilket datum|what date|sedan nar|since when)\b")
# "Which body decides on the 2026 budget?": who is to decide, a fact the item states, not a decision to list
_WHO_DECIDES = re.compile(r"^\W*(?:who|which (?:\w+ )?(?:body|organ|group|forum)|vem|vilket organ|vilken instans)\b.{0,20}?"
                          r"\b(?:decides?|will decide|is to decide|makes? the decision|beslutar|ska besluta|fattar beslut)\b")
_AFTER_DECISION = re.compile(r"\b(after|before|since|following|according to|efter|fore|innan|sedan|enligt)\s+"
                             r"(?:the |a |an |det |)(?:\w+\s+){0,2}?(decisions?|beslut\w*)\b")
# What became of a matter: what the directors did about it, their decisions (not "hur gick det", an
# outcome the minutes may not have)
_STATUS_Q = re.compile(r"^\W*(?:vad (?:hande|har hant) med|what(?: has)? happened (?:with|to)|what(?: i|')s happening with|"
                       r"what became of|what (?:has )?come of|what came of|(?:what is|what's) the status of|"
                       # "How did the March 2024 meeting handle the annual report?"
                       r"how (?:did|was|were|has|have) (?:\w+ ){0,5}(?:handle|handled|deal with|dealt with|treat|treated)|"
                       r"hur (?:behandlades|hanterades|hanterade|behandlade))\b")
_DECISION_Q = re.compile(r"beslut|besluta|beslot|decid|decision|resolv|agreed?\b|bestamde|bestamt|i uppdrag|assigned|tasked|"
                         r"\bvad godkandes\b|\bwhat was approved\b|"
                         r"conclusions? did (?:the )?(?:meeting|directors|group)|"
                         # "What did the group conclude about the potential study?", "the outcome on the agreement"
                         r"what did (?:the )?(?:meeting|directors|group|they|we) conclude\b|"
                         r"vad kom (?:motet|gruppen|kommundirektorerna|de|vi) fram till\b|"
                         r"\bwhat was the outcome (?:on|for|regarding)\b|"
                         # "What did the directors do with the information?": what they decided on it
                         r"what did (?:the )?(?:meeting|directors|group|they|we) do (?:with|about)\b|"
                         r"vad gjorde (?:motet|gruppen|kommundirektorerna|de|vi) (?:med|at)\b|"
                         # "Did the directors back the network's proposal?", "Ställde sig gruppen bakom förslaget?"
                         # (not "Why did the directors reject …?", which presumes what the minutes do not say)
                         r"^(?!\W*(?:why|varfor|how come)\b).*\b(?:did|do|have|has) (?:the )?(?:meeting|directors|group|they|we) "
                         r"(?:back|support|endorse|approve|accept|stand behind)\b|"
                         # "Were the directors supportive of / in favour of the priorities?"
                         r"^(?!\W*(?:why|varfor|how come)\b)\W*(?:was|were|are|is) (?:the )?(?:meeting|directors|group|they) "
                         r"(?:\w+ )?(?:supportive of|in favou?r of|positive (?:to|towards|about))\b|"
                         # "Was the budget 2026 approved by the directors?"
                         r"\b(?:was|were) (?:\w+ ){1,4}(?:approved|adopted|accepted|backed|endorsed) by (?:the )?"
                         r"(?:meeting|directors|group)\b|"
                         # "Godkändes förlängningen?", "Was the extension approved?" (by the meeting, no other body named)
                         r"^\W*(?:godkandes|antogs|beviljades)\b(?!.*\b(?:styrelse\w*|board|region\w*)\b)|"
                         r"^\W*(?:was|were) (?!.*\b(?:board|styrelse\w*|region\w*)\b)(?:\w+ ){1,6}(?:approved|adopted|granted)\W*$|"
                         r"\b(?:godkandes|antogs) (?:\w+ ){0,4}av (?:motet|gruppen|"
                         r"kommundirektorerna)\b|\b(?:stallde|stallt|staller) (?:\w+ ){0,3}bakom\b|"
                         # "vad händer med Vägval Skåne nu?", "what is the status of …": where the matter was left
                         r"^\W*(?:vad hander (?:med|nu med)|hur gar det (?:med|for)|vad ar lage\w* (?:med|for|kring)|"
                         r"what(?: i|')?s (?:happening|going on) with|what is the status of|what(?: i|')?s the status of|"
                         r"what (?:happens next|will happen(?: next)?) (?:to|with))\b")



@dataclass(frozen=True)
class Intent:
    kind: str
    person: str | None = None  # a person of the index named in the question (as the minutes spell it)
    municipality: str | None = None  # folded name, one of MUNICIPALITIES, or "sekretariatet"
    role: str | None = None  # "chair" | "secretary" | "presenter" | "contact" | "signed" | "opened"
    attendance: str | None = None  # "absent" | "remote" | "guests" | "present" | None (all)


def language(question: str) -> str:
    """"sv" or "en". Swedish letters count, but a Swedish place name alone ("Who
    attended in Höganäs?") does not make an English question Swedish."""
    raw = re.findall(r"[A-Za-zÅÄÖÉåäöé]+", question)
    ws = [w.lower() for w in raw]
    names = set(MUNICIPALITIES) | {"skane", "familjen", "helsingborg"}
    # A capitalised word inside a sentence starts a name, whose next few words are the name's, not the
    # question's ("… prioritise Lätt att göra rätt", "What is Det öppna Skåne?", "in Höganäs").
    in_name, run = set(), 0
    for i, (w, r) in enumerate(zip(ws, raw)):
        run = 4 if i and r[0].isupper() else (run - 1 if w not in _EN else 0)
        if run > 0:
            in_name.add(i)
    en = sum(w in _EN for w in ws)
    sv = sum(w in _SV for i, w in enumerate(ws) if i not in in_name)
    sv += 2 * any(re.search(r"[åäö]", w) and fold(w) not in names and i not in in_name
                  for i, w in enumerate(ws))
    if en == sv == 0:
        # keywords only ("accelerator extension date"): English when most are English words the glossary
        # translates into other Swedish words (not cognates: "Budget 2026" stays Swedish)
        from .glossary import GLOSSARY

        own = [w for i, w in enumerate(ws) if i not in in_name]

        def english(w: str) -> bool:  # (or its singular: "materials", "steps")
            return any(x in GLOSSARY and x not in fold(GLOSSARY[x]).split()
                       for x in (w, w[:-1] if len(w) > 4 and w.endswith("s") else w))
        eng = sum(map(english, own))
        return "en" if eng and 2 * eng >= len(own) else "sv"
    if en == sv:
        return "en" if any(w in ("the", "what", "who", "when", "how", "is", "of") for w in ws) else "sv"
    return "en" if en > sv else "sv"


ORG_WORD = re.compile(r"\b(familjen|region|stad|kommun|natverket|sekretariatet)\b")


def indexed_people(retriever) -> dict[str, str]:
    """``people`` of the index's meetings, computed once per load of the index (the retriever's ``loaded_at``);
    the service, the role lines and the place check read the same one."""
    return _people_of(retriever, retriever.loaded_at)


@lru_cache(maxsize=4)
def _people_of(retriever, _loaded_at: float) -> dict[str, str]:
    return people(list(retriever.meetings.values()))


def people(meetings: list[Meeting]) -> dict[str, str]:
    """Folded full name → the name as the minutes spell it: attendees, guests,
    secretaries, chairs, presenters and capitalised name pairs in item text."""
    out: dict[str, str] = {}
    first_names: set[str] = set()

    def add(name: str) -> None:
        name = name.strip(" ,.")
        # "sekretariatet Familjen Helsingborg" of a presenter line names an organisation, not a person
        if 2 <= len(name.split()) <= 4 and not ORG_WORD.search(fold_ocr(name)):
            out.setdefault(fold_ocr(name), name)
            first_names.add(fold_ocr(name.split()[0]))
    for m in meetings:
        for a in m.attendees:
            add(a.name)
        for g in m.guests:
            add(g)
        for n in (m.secretary, m.chair):
            if n:
                add(n)
        for it in m.items:
            if it.presenter:
                for n in re.findall(r"[A-ZÅÄÖÉ][\wé]+(?: [A-ZÅÄÖÉ][\wé]+)+", it.presenter):
                    add(n)
    pair = re.compile(r"\b([A-ZÅÄÖÉ][a-zåäöéü]+) ([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b")
    # a pair that acts ("Natalie Bockstiegel berättade", "Ola Odebäck från Startpoint") is a person
    # even when no list knows the first name
    acting = re.compile(pair.pattern + r"(?= (?:och [A-ZÅÄÖÉ]\w+ [A-ZÅÄÖÉ]\w+ )?(?:berättade|presenterade|informerade|"
                        r"informerar|återkopplade|reflekterade|genomförde|föredrog|anslöt|ledde|från|fran|"
                        r"kontaktar|deltar|deltog)\b|"
                        # an apposition: "Cecilia Leijon, Leadership ARTS, som håller i utbildningen"
                        r",(?: [A-ZÅÄÖ]\w*){1,3}, som\b)")
    # the one contacted ("Camilla Alfredsson kontaktar Fredrik Wahrolén")
    contacted = re.compile(r"(?<=\bkontaktar )" + pair.pattern[2:])
    for m in meetings:
        for it in m.items:
            for a, b in pair.findall(it.text):
                if fold_ocr(a) in first_names:
                    add(f"{a} {b}")
            for a, b in acting.findall(it.text) + contacted.findall(it.text):
                add(f"{a} {b}")
    return out


def find_person(question: str, known: dict[str, str]) -> str | None:
    q = fold_ocr(question)
    hits = [name for key, name in known.items() if re.search(rf"\b{re.escape(key)}\b", q)]
    return max(hits, key=len) if hits else None


def find_municipality(question: str) -> str | None:
    q = fold_ocr(question)
    for key in MUNICIPALITIES:
        if re.search(rf"\b{key}s?\b", q):
            return key
    return None


def classify(question: str, known_people: dict[str, str], names_a_meeting: bool) -> Intent:
    """The intent of a standalone question. ``names_a_meeting``: the question
    names a meeting by date, month or "senaste mötet"."""
    # "whos the head of secretariat", "whats …": an apostrophe left out is still a question word
    q = re.sub(r"\b(who|what|where|when|how)s\b", r"\1 is", fold_ocr(question))
    person = find_person(question, known_people)
    muni = find_municipality(question)
    if person and not re.sub(r"\b(?:" + "|".join(map(re.escape, fold_ocr(person).lower().split())) + r")\b|\W", "",
                             q.lower()):
        return Intent("person", person, None)  # a name alone ("Herman Crespin?"): everything said of the person
    if person and _WHOSE_MUNICIPALITY.search(q) and not _ITEM_WORD.search(q):
        # "Which municipality does Herman Crespin lead?": the attendance lists say whom each director is for
        return Intent("attendance", person, None)
    if muni and not person and _DIRECTOR_OF.search(q) and not _ITEM_WORD.search(q) and not _OTHER_GATHERING.search(q):
        return Intent("attendance", None, muni)
    # ("Why does Cecilia Leijon want to come to the directors' meeting?" asks a reason, not who attended)
    # ("What perspective will Tomas Rikse represent?" asks what of a task to come, not whom a director is for)
    # ("Vem ersätter Kristina Magnusson när hon är frånvarande?" asks a substitute, whom no list names)
    if _ATTEND_Q.search(q) and not re.match(r"\W*(?:why|varfor)\b", q.lower()) and \
            not _SUBSTITUTE.search(q.lower()) and \
            not re.match(r"\W*(?:what|vad|vilket|vilken)\s+(?:\w+\s+)?(?:will|ska|skall|should|kommer)\b", q.lower()) and \
            (names_a_meeting or person or muni or re.search(r"\b(vilka|vem|who)\b", q)
             or re.search(r"\bwhich (?:guests?|people|persons|directors)\b", q)) \
            and not _ITEM_WORD.search(q) and not _OTHER_GATHERING.search(q):
        if not (muni or person) and \
                re.search(r"\b(?:from|for|represented|fran|for) (?:the )?(?:secretariat|sekretariatet)\b", q):
            muni = "sekretariatet"  # the attendance lists name the secretariat as others name a municipality
        att = None
        if re.search(r"franvar|forhinder|absent|apologi\w*|not (?:attend|present)|missing|\bmiss(?:ed)?\b|missade|saknades|"
                     r"\b(?:had|have|has) (?:nobody|no one|no-one|noone|no representatives?)\b|\b(?:hade|har) (?:ingen|inte nagon)\b|"
                     r"inte (?:dar|med)\b|(?:could|can|did)(?:n'?t| not) make it\b|unable to|not represented|"
                     r"inte representerade?\b|"
                     r"(?:not|n'?t) there\b", q):
            att = "absent"
        elif re.search(r"teams|distans|remote|digital|online", q):
            att = "remote"
        elif re.search(r"gast|guest", q) or \
                re.search(r"\b(?:from|fran) (?:region\b|natverket\b|naringsliv\b|the (?:\w+ )?network\b)", q):
            # "Who attended from Region Skåne?": the guests line names the region's people, not the directors
            att = "guests"
        elif re.search(r"narvarande|present|attended", q) and not (person or muni):
            att = "present"
        return Intent("attendance", person, muni, attendance=att)
    if _SECRETARIAT_TASKS_Q.search(q.lower()) and not person:
        # "Vilka uppdrag har sekretariatet fått?": the tasks given to the secretariat, or to its head by role
        return Intent("person", SECRETARIAT, None)
    org = _ORG_PRESENTED_Q.fullmatch(q.lower())
    if org and not person:
        # "What has the secretariat presented?": the items whose presenter line names it
        return Intent("role", municipality="sekretariatet" if "secretariat" in org[1] else "helsingborg",
                      role="presenter")
    if _PRESENTERS_Q.fullmatch(_strip_dates(q)) and not person:
        # "Who presented at the March 2024 meeting?": each item's presenter line ("Which networks presented …?":
        # the lines naming a network)
        return Intent("role", municipality="natverk" if re.search(r"\b(networks|natverk)\b", q.lower()) else muni,
                      role="presenter")
    if _CONTACT_Q.search(q) and (not person or re.search(r"e-?mail|e-?post|mejl|mail", q)):
        # "Vem är kontaktperson för protokollet?", "What is Christian Dahlmann's e-mail address?": the e-mail
        # address in the minutes' header
        return Intent("role", person, muni, role="contact")
    if _SIGNED_Q.search(q) and not re.search(r"\b(?:as|som) (?:the )?(?:chair\w*|ordforande|secretary|sekreterare)\b", q):
        # "Vem skrev under protokollet 2019?": the signature lines, whoever signed
        return Intent("role", municipality=muni, role="signed")
    # "secretary 2024?", "ordförande 2019": a role alone, as a keyword query
    bare_role = re.fullmatch(r"\W*(?:(secretary|sekreterare\w*|sekretariatschef\w*|head of (?:the )?secretariat)|"
                             r"(chair(?:man|person|woman)?|ordforande\w*))\W*", _strip_dates(q).lower())
    if bare_role:
        return Intent("role", municipality=muni, role="secretary" if bare_role[1] else "chair")
    # "Who was the secretary when the accelerator programme was extended?": the clause names the meeting; the
    # role is asked before it
    clause = role_when_clause(q)
    head = q[:clause.start()] if clause else q
    for role, rx in _ROLE_Q.items():
        # "Vem utgör styrgrupp tillsammans med sekretariatschefen?" asks for the others, not the role
        if rx.search(head) and _ROLE_SHAPE.search(head) and not _ITEM_WORD.search(head) and \
                not (person and find_person(head, known_people)) and (clause or not person) and \
                not _BESIDES.search(head) and not _APPOINTED.search(head) and not _ROLE_ACTS.search(head):
            return Intent("role", municipality=muni, role=role)
    # ("When was the June 2023 meeting held?": the place line of a meeting the question dates says its day)
    if (_PLACE_Q.search(q) or (_CLOCK_Q.search(q) and not _PART_OF_DAY.search(q) and not _HOW_NOT_WHEN.match(q))
            or (names_a_meeting and _WHEN_Q.match(q))) \
            and _MEETING_WORD.search(q) \
            and not _ITEM_WORD.search(q) \
            and not _DECISION_Q.search(q) and not _NOT_PLACE_Q.search(q) and not person:
        return Intent("place", municipality=muni)
    if names_a_meeting and _MEETING_Q.search(q) and not _TOPIC.search(_strip_dates(q)):
        return Intent("meeting", person, muni)
    if names_a_meeting and not person and re.fullmatch(r"\W*(motet|the meeting|meeting)?\W*", _strip_dates(q)):
        return Intent("meeting")
    if names_a_meeting and not person and _topicless(q):
        # "Vad beslutades på mötet i mars 2024?": every decision of that meeting, item by item
        return Intent("meeting")
    if person and MISSED_Q.search(q) and re.search(r"\b(vad|vilka|vilket|vilken|what|which)\b", q):
        return Intent("person", person, muni)
    # ("List everything Christian Dahlmann presented", "Visa allt som … föredragit" ask the same)
    if person and _PERSON_Q.search(q) and re.search(r"\b(vad|vilka|vilket|vilken|what|which|list|lista|show|visa|everything|allt)\b", q):
        return Intent("person", person, muni)
    who = re.escape(fold_ocr(person).lower()) if person else ""
    if person and (re.fullmatch(r"\W*(?:vem|who)\s+(?:ar|var|is|was)\s+" + who + r"\W*", q.lower()) or
                   re.fullmatch(r"\W*(?:vilken roll (?:har|hade)|what role (?:does|did|has|had)|what (?:is|was))\s+" + who +
                                r"(?:'s? role|s roll)?(?:\s+(?:have|had))?\W*", q.lower())):
        # "Vem är Jörgen Fransson?", "Vilken roll hade Christian Dahlmann?": every mention, meeting by meeting,
        # says who the minutes say he is
        return Intent("person", person, muni)
    if _TIMELINE_Q.search(q):
        return Intent("timeline", person, muni)
    # the directors' decisions do not answer it (nor another's reaction, "Did Ängelholm agree …?"): a fact to state
    if asks_board_decision(q) or deciding_body(q) or reacting_actor(q):
        return Intent("fact", person, muni)
    # "… after the decision on the new way of working" refers to a decision; it does not ask for one
    asks = _AFTER_DECISION.sub(" ", q)
    if _DECISION_Q.search(asks) and not _WHEN_Q.search(q) and not _WHO_DECIDES.search(q):
        # ("When is the board to decide …?" asks for a date)
        return Intent("decision", person, muni)
    # "Vad hände med teleavtalet?": what the directors did (at a meeting named, when a topic is named too)
    if _STATUS_Q.search(q) and (not names_a_meeting or _TOPIC.search(_strip_dates(q))):
        return Intent("decision", person, muni)
    return Intent("fact", person, muni)


# What the board (styrelsen) decided: the minutes are the directors'; they can only quote a board
# decision they refer to ("enligt beslut i styrelsen 181130"), not the proposals they send it.
BOARD_DECISION_Q = re.compile(r"^(?=.*\b(styrelsen|styrelsens|the board|board)\b)(?=.*\b(beslut\w*|beslot|decid\w*|"
                              r"approv\w*|adopt\w*|antog|antogs|antagen|antagit\w*|faststall\w*|godkan\w*|agree\w*)\b)(?!.*\b(foresl\w*|forslag\w*|"
                              r"propos\w*|recommend\w*|suggest\w*|rekommend\w*)\b)"
                              # "När ska styrelsen besluta …?" asks a date to come; "När beslutade styrelsen …?" a decision
                              r"(?!.*\b(?:when|nar)\b(?!\s+(?:beslutade|beslutades|beslot|godkande|godkandes|antog|antogs|faststalldes|did|was|were|has|have|har)\b))"
                              # "Vilken dag ska styrelsen besluta om budgeten?": likewise a day to come
                              r"(?!.*\b(?:ska|skall|will|shall)\s+(?:\w+\s+){0,2}(?:besluta|decide|approve|adopt|anta|"
                              r"godkanna|faststalla)\b)")


def topicless_decision(question: str) -> bool:
    """"Vad beslutades 2019?": a decision question with no topic, only (perhaps) when."""
    return _topicless(fold_ocr(question))


# "What did the group decide about it?": a pronoun is no topic (the follow-up's items are)
_ABOUT_IT = re.compile(r"\b(?:about|on|regarding|concerning|om|kring|angaende|gallande|i)\s+"
                       r"(?:it|that|this|them|those|these|det|detta|dem|dessa|den|saken|fragan|arendet|punkten)\b")


def _topicless(q: str) -> bool:
    return bool(_DECISION_Q.search(q) or _TASKS.search(q)) and \
        _ONLY_DECIDED.fullmatch(_ABOUT_IT.sub(" ", _strip_dates(q))) is not None


def asks_board_decision(folded_question: str) -> bool:
    return bool(BOARD_DECISION_Q.search(folded_question))


# What another body decided ("What did the HR service centre decide about …?", "Vad beslutade Region
# Skåne om …?"): the directors' minutes answer it only where they say that body decided.
_BODY_DECIDED = re.compile(r"^\W*what (?:did|has|have|had) (?:the )?(?P<x>[\w' -]{2,40}?) (?:decide|decided|agree|agreed|"
                           r"approve|approved|conclude|concluded)\b|"
                           # ("Vad har beslutats om …?" is the passive: no body named)
                           r"^\W*vad (?:beslutade|beslot|har|hade) (?!(?:beslutats|bestamts|fattats|sagts|gjorts)\b)"
                           r"(?P<y>[\w -]{2,40}?) (?:beslutat |bestamt )?"
                           r"(?:om|kring|angaende|gallande|for|infor)\b")
# "How did the board react to …?", "Vad tyckte Region Skåne om …?": an actor other than the directors, whose
# reaction the minutes state only where they name it
_ACTOR_SAID = re.compile(r"^\W*how did (?:the )?(?P<x>[\w' -]{2,40}?) (?:react|respond|receive|view|take|feel|evaluate|"
                         r"assess|rate|judge|experience)\b|"
                         r"^\W*what did (?:the )?(?P<y>[\w' -]{2,40}?) (?:say|think|comment|answer|reply|respond|feel|propose|suggest)\b|"
                         r"^\W*what (?:feedback|response|reply|answer|comments?|views?|opinions?) did (?:the )?"
                         r"(?P<w>[\w' -]{2,40}?) (?:give|provide|offer|send|have|share)\b|"
                         # "Did Ängelholm agree to the reuse project?": its own yes, not that it was contacted
                         r"^\W*did (?:the )?(?P<v>[\w' -]{2,40}?) (?:agree|accept|approve|object|support|oppose|reject)\b|"
                         r"^\W*(?:hur|vad) (?:reagerade|svarade|tyckte|tycker|sa|sade|ansag|kommenterade|foreslog) "
                         r"(?P<z>[\w -]{2,40}?)(?: om| kring| pa| till| i| under| vid|\W*$)")
_OWN_SIDE = (r"meeting|meetings|directors|municipal directors|directors' group|directors' meeting|group|they|we|you|it|"
             r"motet|mote|gruppen|kommundirektorerna|kommundirektorsgruppen|kommundirektorsmotet|familjen helsingborg|"
             r"familjen|man|de|vi|ni|du|alla|everyone")
_OWN_BODY = re.compile(rf"^(?:{_OWN_SIDE}|board|styrelsen|been|it been)\b")  # the board's decisions are asked apart
_OWN_ACTOR = re.compile(rf"^(?:{_OWN_SIDE})$")


def _named_actor(rx: re.Pattern, folded_question: str, own: re.Pattern) -> str:
    m = rx.search(folded_question.lower())
    actor = " ".join(_strip_dates(next((g for g in m.groups() if g), "")).split()) if m else ""  # "the June 2023 meeting"
    return "" if not actor or own.match(actor) else actor


def deciding_body(folded_question: str) -> str:
    """The body other than the directors (and the board) whose decision the question asks for, or ""."""
    return _named_actor(_BODY_DECIDED, folded_question, _OWN_BODY)


# "What did the 2026 budget say about …?": a document says what the item says; it is no actor
_DOCUMENT = re.compile(r"\b(budget\w*|reports?|rapport\w*|minutes|protokoll\w*|items?|punkt\w*|agenda|documents?|"
                       r"dokument\w*|plan|planen|strateg\w*|proposals?|forslag\w*|summary|sammanfattning\w*)$")


def reacting_actor(folded_question: str) -> str:
    """The actor other than the directors whose reaction or words the question asks for, or ""."""
    actor = _named_actor(_ACTOR_SAID, folded_question, _OWN_ACTOR)
    return "" if _DOCUMENT.search(actor) else actor


def _strip_dates(q: str) -> str:
    return re.sub(r"\d+|\b(den|the|on|of|i|in|pa|at|januari|februari|mars|april|maj|juni|juli|augusti|september|"
                  r"oktober|november|december|january|february|march|may|june|july|august|october)\b", " ", q)
