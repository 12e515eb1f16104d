"""Parser tests on all five samples, as text and as their PDF renderings."""
from __future__ import annotations

import pytest

from ingest.load import load
from ingest.parse import parse
from minutes.records import attendance_text

from .conftest import SAMPLES, sample_text

# date: (title, protocol, [(number, time, title, n_decisions)], present, absent)
EXPECTED = {
    "2019-01-18": ("Kommundirektörsgruppens protokoll 1/2019", "1/2019", [
        ("1", None, "Teleupphandling via Kommunförbundet Skåne", 1),
        ("2", None, "SKLs nätverk för Kommundirektörer", 2),
        ("3", None, "Information om förändringar i Traineeprogrammet", 2),
        ("4", None, "Remiss Trafikförsörjningsprogram 2020-2030", 3),
        ("5", None, "Diskussion kring ny arbetsform och budget från 2020", 1),
        ("6", None, "Region Skåne – om samverkan med kommunerna och om den regionala utvecklingsstrategin ”Det öppna Skåne”", 1),
        ("7", None, "Nätverket Näringsliv och Destination – om ny arbetsform 2020", 1),
    ], 12, []),
    "2023-05-12": ("Kommundirektörmöte i Familjen Helsingborg", None, [
        (None, "08.30", "Välkommen och Incheckning", 1),
        (None, "09.10", "Inför styrelsemötet 2 juni", 2),
        (None, None, "Näringsliv och Destination", 1),
        (None, None, "Dialog om löneavdrag", 0),
        (None, "10.10", "Inför ny Utvecklingsplan 2024-2027", 1),
        (None, "12.00", "Lunch", 0),
    ], 12, []),
    "2023-06-16": ("Kommundirektörmöte i Familjen Helsingborg", None, [
        (None, "08.30", "Välkommen och Incheckning", 1),
        (None, "09.05", "Näringsliv och Destination – förslag på kommunikationskoncept", 1),
        (None, None, "Traineeprojekt 2023/24", 1),
        (None, "09.15", "Projekt Leverantörsombudsperson – om upphandling", 2),
        (None, "10.10", "Projektplan för Återbruk av bygg och anläggningsmaterial", 1),
        (None, "10.35", "Expo Framtid", 3),
        (None, "11.25", "Inför rekrytering av ny sekretariatschef", 0),
        (None, "12.00", "Lunch", 0),
        (None, "13.00", "Inför ny utvecklingsplan 2024-2027", 0),
    ], 9, ["Christian Alexandersson", "Herman Crespin", "Stefan Larsson"]),
    "2024-03-22": ("Kommundirektörmöte i Familjen Helsingborg", None, [
        ("1", None, "Mötets öppnande samt incheckning", 0),
        ("2", None, "Prioriteringar infrastruktur och kollektivtrafik", 3),
        ("3", None, "Finansiering av delstudier för kollektivtrafikens utveckling i Familjen Helsingborg", 2),
        ("4", None, "Uppdatering acceleratorprogrammet", 1),
        ("5", None, "Potentialutredningen", 1),
        ("6", None, "Test- och utvecklingsprojekt –start av omgång 1 2024", 1),
        ("7", None, "Familjen Helsingborgs årsredovisning 2023", 1),
        ("8", None, "Möjlig samverkan kring utvecklingsprogram för unga ledare/chefer", 1),
        ("9", None, "Information från sekretariatet", 3),
        ("12", None, "Övriga frågor", 0),
        ("13", None, "Mötet avslutas", 0),
    ], 11, ["Kristina Magnusson"]),
    "2025-11-21": ("Kommundirektorsmote i Familjen Helsingborg", "8/2025", [
        ("1", None, "Motets 6ppnande och incheckning", 0),
        ("2", None, "SKR-s Antikrangelrapport", 1),
        ("3", None, "Diskussion kring styrmodeller", 1),
        ("4", None, "Samarbetsavtal for Traineeprogrammet", 1),
        ("5", None, "Budget 2026", 1),
        ("6", None, "Véagval Skane", 1),
        (None, None, "Ovrigt", 0),
    ], 8, ["Agneta Fristedt", "Marie Appelqvist", "Carina Leffler"]),
}

# First page of each item in the PDF renderings (the text files only know the
# page breaks their repeated header marks).
PDF_PAGES = {
    "2019-01-18": [1, 1, 1, 2, 2, 2, 2],
    "2023-05-12": [1, 1, 3, 3, 3, 3],
    "2023-06-16": [1, 1, 2, 3, 3, 3, 4, 4, 4],
    "2024-03-22": [1, 1, 3, 3, 3, 4, 4, 4, 4, 5, 5],
    "2025-11-21": [1, 1, 1, 1, 2, 2, 2],
}
TEXT_PAGES = {
    "2019-01-18": [1] * 7,
    "2023-05-12": [1, 1, 2, 2, 2, 2],
    "2023-06-16": [1, 1, 1, 2, 2, 2, 3, 3, 3],
    "2024-03-22": [1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4],
    "2025-11-21": [1] * 7,
}


def _parsed(date, form, sample_pdfs):
    path = sample_text(date) if form == "text" else sample_pdfs[date]
    return parse(load(path, 10**8))


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("date", sorted(SAMPLES))
def test_sample_parses(date, form, sample_pdfs):
    m = _parsed(date, form, sample_pdfs)
    title, protocol, items, n_present, absent = EXPECTED[date]
    assert m.parsed and m.date == date
    assert m.title == title
    assert m.protocol == protocol
    assert [(i.number, i.time, i.title, len(i.decisions)) for i in m.items] == items
    assert len(m.present) == n_present
    assert m.absent == absent
    pages = PDF_PAGES[date] if form == "pdf" else TEXT_PAGES[date]
    assert [i.page for i in m.items] == pages
    assert all(d.lower().startswith("att") for i in m.items for d in i.decisions)
    assert not m.warnings


def test_decision_list_survives_page_break(sample_pdfs):
    """2024-03-22 item 9: "Mötet beslutar" ends a page, its three clauses follow on the next."""
    for m in (_parsed("2024-03-22", "text", None), _parsed("2024-03-22", "pdf", sample_pdfs)):
        item = m.items[8]
        assert item.decisions[0] == "att tacka för informationen,"
        assert item.decisions[1].startswith("att studieresa för kommundirektörsgruppen genomförs 22")
        assert item.decision_pages[0] == item.page + 1
        assert "Kommundirekt" not in item.text


def test_subheadings_stay_with_their_item(sample_pdfs):
    for form in ("text", "pdf"):
        m = _parsed("2023-05-12", form, sample_pdfs)
        assert "Projektet Tillgänglighetsguide" in m.items[1].body
        assert "Ledning av kommundirektörsgruppens möten" in m.items[0].body


def test_att_wrapping_a_bullet_sentence_is_no_decision(sample_pdfs):
    """2025-11-21 Övrigt: "… onskar komma till kommundirektérsmotet for / att rapportera …" is one sentence."""
    for form in ("text", "pdf"):
        m = _parsed("2025-11-21", form, sample_pdfs)
        other = next(i for i in m.items if "vrigt" in i.label)
        assert "kommundirektérsmotet for att rapportera en del lardomar." in other.body
        assert not other.decisions


def test_wrapped_title_in_pdf_is_joined(sample_pdfs):
    m = _parsed("2019-01-18", "pdf", sample_pdfs)
    assert m.items[5].title.endswith("”Det öppna Skåne”")


def test_meeting_details():
    m = parse(load(sample_text("2019-01-18"), 10**8))
    assert m.place == "Ring Knutstorp, Terassen, Kågeröd" and m.time == "12.30–16.00"
    assert "Ulrika Geeraedts" in m.guests and "Åsa Lundqvist Peyron" in m.guests and len(m.guests) == 7
    # the guest line keeps whom they came from
    assert "Från nätverket Näringsliv och Destination deltar Anders Lindberg" in m.guests_text
    assert m.secretary == "Johan Lindberg"
    assert m.contact is None  # (its header gives no address)
    assert "incheckningsrunda" in m.preamble
    m = parse(load(sample_text("2025-11-21"), 10**8))
    remote = [a.name for a in m.attendees if a.remote]
    assert "Jonas Jonsson" in remote and "Tomas Rikse" not in remote and "Elin Ask" not in remote
    assert m.secretary == "Mikael Johansson"
    assert m.contact == "mikael.johansson4@helsingborg.se" and "Kontakt: mikael.johansson4@helsingborg.se" in attendance_text(m)
    assert m.items[1].presenter == "Mikael Johansson, sekretariatet"
    m = parse(load(sample_text("2024-03-22"), 10**8))
    assert m.items[2].presenter == "Andreas Ekberg nätverket infrastruktur och kollektivtrafik"
    assert m.place == "Marina Plaza, lokal Galleriet, Helsingborg"


def test_esignature_page_is_dropped():
    for date in ("2023-06-16", "2024-03-22"):
        m = parse(load(sample_text(date), 10**8))
        assert all("eIDAS" not in i.text and "Underskriftssida" not in i.text for i in m.items)
    m = parse(load(sample_text("2023-06-16"), 10**8))
    assert m.items[-1].body.endswith("till kommundirektörsgruppen.")


@pytest.mark.parametrize("text,date", [
    ("Kommundirektörsmöte\n\nHelsingborg 230512\n\nMötet hölls den 12 maj.\n\n1. Punkt\n\nBeslut\n\natt göra.", "2023-05-12"),
    ("Protokoll\n\nDen 21 november 2025 kl 08.30\n\n1. Punkt\n\nMotet beslutar\n\natt notera.", "2025-11-21"),
    ("Protokoll\n\nMötet genomfördes den 12 maj kl 9.\n\n1. Punkt 2023\n\nBeslut\n\natt göra.", "2023-05-12"),
    ("Kommundirektörsgruppens protokoll 2/2019\n\nTid/Plats: 190215 kl. 12.30\n\n1. Punkt\n\nBeslut\n\natt x.", "2019-02-15"),
])
def test_date_forms(tmp_path, text, date):
    f = tmp_path / "m.txt"
    f.write_text(text, encoding="utf-8")
    assert parse(load(f, 10**8)).date == date


def test_ocr_keyword_slips(tmp_path):
    f = tmp_path / "ocr.txt"
    f.write_text("Kommundirektorsmote i Familjen Helsingborg\n\nHelsingborg 2025-01-10\n\nNarvarande:\n\n"
                 "Anna Berg, Bjuv\nPer Ek, Sval6v via Teams\n\nAnmalt férhinder:\n\nEva Al, Klippan\n\n"
                 "1. Ekonomi\n\nFéredragande: Per Ek\n\nText om ekonomi.\n\nMotet beslutar\n\natt notera.\n",
                 encoding="utf-8")
    m = parse(load(f, 10**8))
    assert m.present == ["Anna Berg", "Per Ek"] and m.absent == ["Eva Al"]
    assert m.items[0].presenter == "Per Ek" and m.items[0].decisions == ["att notera."]


def test_a_blank_line_inside_a_sentence_does_not_split_it(tmp_path):
    # OCR leaves blank lines inside sentences; a lowercase line after one that ended no sentence continues it
    f = tmp_path / "ocr.txt"
    f.write_text("Kommundirektorsmote i Familjen Helsingborg\n\nHelsingborg 2025-01-10\n\n1. Vagval\n\n"
                 "Sammanfattning: Motet diskuterade vad som kom fram\n\npa motet med Skanes kommuner.\n\n"
                 "Ny mening har.\n\nMotet beslutar\n\natt notera.\n", encoding="utf-8")
    body = parse(load(f, 10**8)).items[0].body
    assert "vad som kom fram pa motet med Skanes kommuner." in body and "\n\nNy mening har." in body


def test_cp1252_text(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Kommundirektörsmöte i Familjen Helsingborg\n\nHelsingborg 2020-02-02\n\n1. Budget\n\nMötet beslutar\n\natt anta budgeten.\n".encode("cp1252"))
    m = parse(load(f, 10**8))
    assert m.date == "2020-02-02" and m.items[0].decisions == ["att anta budgeten."]


def test_non_minutes_kept_as_raw_text(tmp_path):
    f = tmp_path / "memo.txt"
    f.write_text("En promemoria om parkering.\n\nDen handlar om bilar och inget annat.\n", encoding="utf-8")
    m = parse(load(f, 10**8))
    assert not m.parsed and m.raw_pages and "parkering" in m.raw_pages[0]
    assert any("inga dagordningspunkter" in w for w in m.warnings)
