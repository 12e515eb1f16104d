"""Render the sample minutes (text) into PDFs laid out like the originals.

A running header "Kommundirektörsmöte i Familjen Helsingborg" and a page number
"2 (4)" on every page; a page break wherever the text repeats that header (that
is where the original's pages broke); headings in bold, long ones wrapping over
two lines; struck-through attendees (``~~name~~``) drawn with a line through.

    python scripts/render_pdfs.py data/minutes data/sample-pdfs
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from fpdf import FPDF

HEADER = "Kommundirektörsmöte i Familjen Helsingborg"
_RUNNING = re.compile(r"^#*\s*Kommundirekt\w*\s+i\s+Familjen\s+Helsingborg\s*$", re.I)
_FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def _font_dir() -> Path:
    for d in _FONT_DIRS:
        if (d / "DejaVuSans.ttf").is_file():
            return d
    raise SystemExit("DejaVu fonts missing: apt-get install fonts-dejavu-core")


class _MinutesPDF(FPDF):
    def header(self):
        self.set_font("dejavu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="TOP")
        self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(6)


def render(txt: Path, pdf_path: Path) -> int:
    """Render one text file; returns the number of pages."""
    fonts = _font_dir()
    pdf = _MinutesPDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("dejavu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dejavu", "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("dejavu", "BI", str(fonts / "DejaVuSans-BoldOblique.ttf"))
    pdf.alias_nb_pages()
    pdf.add_page()
    seen_title = False  # the first running-header line is the title, later ones are page breaks
    for raw in txt.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            pdf.ln(3)
            continue
        if _RUNNING.match(line.strip()):
            if seen_title:
                pdf.add_page()  # the original broke its page here
                continue
            seen_title = True
        heading = re.match(r"^(#+)\s*(.*)$", line.strip())
        if heading:
            level, text = len(heading.group(1)), heading.group(2).replace("**", "")
            pdf.set_font("dejavu", "B", {1: 15, 2: 13}.get(level, 11.5))
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        strike = re.fullmatch(r"\s*~~(.*)~~\s*", line)
        if strike:
            pdf.set_font("dejavu", "", 10.5)
            text = strike.group(1)
            x, y = pdf.get_x(), pdf.get_y()
            pdf.cell(pdf.get_string_width(text) + 1, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.3)
            pdf.line(x + 0.5, y + 3.0, x + 0.5 + pdf.get_string_width(text), y + 3.0)
            continue
        is_title = not line.startswith(" ") and len(line) < 90 and line.lower().startswith(("protokoll", "kommundirektörsgruppens"))
        bold_heading = re.match(r"^\s*(\d{1,2}[.:]\d{2}|\d{1,2}\.)\s+\*\*.*\*\*\s*$", line)
        if is_title:
            pdf.set_font("dejavu", "B", 15)
            pdf.multi_cell(0, 7, line.strip(), new_x="LMARGIN", new_y="NEXT")
        elif bold_heading:
            pdf.set_font("dejavu", "B", 13)
            pdf.multi_cell(0, 6.5, line.strip().replace("**", ""), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dejavu", "", 10.5)
            pdf.multi_cell(0, 5.5, line.strip(), markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(pdf_path))
    return pdf.page_no()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src, out = Path(argv[0]), Path(argv[1])
    for txt in sorted(p for p in src.iterdir() if p.suffix in {".txt", ".md"}):
        pages = render(txt, out / (txt.stem + ".pdf"))
        print(f"{txt.name} -> {txt.stem}.pdf ({pages} s.)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
