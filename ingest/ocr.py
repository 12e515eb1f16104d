"""OCR for PDF pages without a usable text layer: pypdfium2 renders the page,
Tesseract (through pytesseract, a thin maintained wrapper; ocrmypdf would
rewrite the whole PDF and pull in Ghostscript for what is one call per page
here) reads it in Swedish and English."""
from __future__ import annotations

import shutil
from pathlib import Path

_SCALE = 300 / 72  # 300 dpi


def tesseract_available(languages: str) -> tuple[bool, str]:
    """(ok, message); the message says how to fix a missing install."""
    if not shutil.which("tesseract"):
        return False, "Tesseract saknas (apt-get install tesseract-ocr tesseract-ocr-swe)"
    try:
        import pytesseract

        have = set(pytesseract.get_languages(config=""))
    except Exception as e:  # a broken install reports itself here
        return False, f"Tesseract kan inte köras ({e})"
    missing = [l for l in languages.split("+") if l not in have]
    if missing:
        return False, f"Tesseract saknar språk {', '.join(missing)} (apt-get install tesseract-ocr-swe)"
    return True, ""


def make_ocr(languages: str = "swe+eng"):
    """A callable ``(pdf_path, pages) -> ({page: text}, warnings)``."""

    def ocr(pdf_path: Path, pages: list[int]):
        ok, why = tesseract_available(languages)
        if not ok:
            return {}, [f"sidorna {', '.join(map(str, pages))} saknar textlager och kunde inte OCR-läsas: {why}"]
        import pypdfium2 as pdfium
        import pytesseract

        out: dict[int, str] = {}
        warnings: list[str] = []
        doc = pdfium.PdfDocument(str(pdf_path))
        try:
            for no in pages:
                try:
                    image = doc[no - 1].render(scale=_SCALE).to_pil().convert("L")
                    text = pytesseract.image_to_string(image, lang=languages, config="--psm 4")
                except Exception as e:
                    warnings.append(f"s. {no}: OCR misslyckades ({type(e).__name__}: {e})")
                    continue
                if text.strip():
                    out[no] = text
                else:
                    warnings.append(f"s. {no}: OCR hittade ingen text")
        finally:
            doc.close()
        if out:
            warnings.append(f"OCR-läste sidorna {', '.join(map(str, sorted(out)))}")
        return out, warnings

    return ocr
