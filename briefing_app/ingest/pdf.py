"""Text-based PDFs: words with their font size and weight, read in column order, via pdfplumber."""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter

from briefing_app.core.document import Document
from briefing_app.core.errors import UserError
from briefing_app.ingest.assemble import assemble
from briefing_app.ingest.docmeta import choose_metadata
from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:[^#]{0,60}\s[·|•–—-]\s*)?(?:page\s*)?[-–—]?\s*#+\s*[-–—]?(?:\s*(?:of|/)\s*#+)?"
    r"(?:\s*[·|•–—-]\s[^#]{0,60})?$",
    re.I,
)
_CID = re.compile(r"\(cid:\d+\)")
_BULLET_TOKEN = re.compile(
    r"^(?:[•▪◦●■□◆–—*-]|\(cid:\d+\)|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\))$"
)
_LEADER = re.compile(
    r"(?:\.\s?){4,}\s*\d+$|…{2,}\s*\d+$"
)  # -- a contents line: "Findings ..... 3" --
MARGIN_SHARE = 0.1
MAX_PAGES = 1000
WORD_GAP_RATIO = 0.15  # -- a gap wider than 0.15 em separates words --


def parse_pdf(data: bytes, *, name: str = "") -> Document:
    """Blocks in reading order with headings from font size/weight; run inside run_limited."""
    pages, info = _extract(data, name)
    pages = _drop_running_lines(pages)
    lines = [line for page in pages for line in order_lines(page)]
    pieces = to_pieces(lines)
    if not pieces:
        raise UserError(f"{name} has no readable text.")
    metadata = choose_metadata(
        pieces,
        title=_info_text(info.get("Title")),
        author=_info_text(info.get("Author")),
        date_iso=_pdf_date(_info_text(info.get("CreationDate"))),
    )
    return assemble(pieces, metadata=metadata, name=name, source_format="pdf")


def _extract(data: bytes, name: str) -> tuple[list[list[Line]], dict]:
    """Lines of every page and the info dictionary, or one sentence saying why not."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info = dict(pdf.metadata or {})
            pages, images = _read_pages(pdf, name)
    except PdfminerException as exc:
        raise _explain(exc, name) from None
    if not any(pages):
        if images:
            raise UserError(
                f"{name} contains only scanned page images and no text; run it through OCR "
                "(for example 'Recognize text' in your PDF tool) and open the result."
            )
        raise UserError(f"{name} has no readable text.")
    return pages, info


def _read_pages(pdf, name: str) -> tuple[list[list[Line]], int]:
    if len(pdf.pages) > MAX_PAGES:
        raise UserError(
            f"{name} has {len(pdf.pages)} pages; Briefing Builder reads documents of "
            f"up to {MAX_PAGES} pages, so extract the part you need first."
        )
    pages, images = [], 0
    for number, page in enumerate(pdf.pages):
        pages.append(_page_lines(page, number))
        images += len(page.images)
        page.flush_cache()  # -- keep memory flat on long reports --
    return pages, images


def _explain(exc: Exception, name: str) -> UserError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return UserError(
            f"{name} is password-protected; open it in a PDF viewer, save an unprotected "
            "copy and open that."
        )
    return UserError(f"{name} is a damaged PDF and cannot be read.")


def _page_lines(page, number: int) -> list[Line]:
    """Words grouped into lines by baseline, split where a column gutter separates them."""
    # -- TeX writes no space characters and squeezes gaps below pdfplumber's fixed 3 pt
    # tolerance, gluing words together; a tolerance relative to the font size does not --
    words = page.extract_words(
        extra_attrs=["size", "fontname"],
        keep_blank_chars=False,
        use_text_flow=False,
        x_tolerance_ratio=WORD_GAP_RATIO,
    )
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 0.3 * word["size"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        for segment in _split_row(sorted(row, key=lambda w: w["x0"])):
            lines.append(_line(segment, number, page.height))
    return lines


def _split_row(row: list[dict]) -> list[list[dict]]:
    """Cut a row at gaps wider than ~1.2 em (a column gutter), not after a lone bullet or number."""
    segments = [[row[0]]]
    for prev, word in itertools.pairwise(row):
        gap = word["x0"] - prev["x1"]
        lone_marker = len(segments[-1]) == 1 and _BULLET_TOKEN.match(prev["text"])
        if gap > 1.2 * max(prev["size"], word["size"]) and not lone_marker:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _line(words: list[dict], page: int, page_height: float) -> Line:
    chars = [len(w["text"]) for w in words]
    sizes = Counter()
    bold = 0
    for w, n in zip(words, chars, strict=True):
        sizes[round(w["size"] * 2) / 2] += n
        bold += n if _BOLD.search(w["fontname"] or "") else 0
    return Line(
        text=_line_text(words),
        page=page,
        x0=words[0]["x0"],
        x1=words[-1]["x1"],
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=sizes.most_common(1)[0][0],
        bold=bold * 2 > sum(chars),
        first_word_width=words[0]["x1"] - words[0]["x0"],
        page_height=page_height,
    )


def _line_text(words: list[dict]) -> str:
    """Words joined; a glyph with no Unicode mapping is a bullet when it leads, else dropped."""
    texts = [w["text"] for w in words]
    if len(texts) > 1 and _CID.fullmatch(texts[0]):
        texts[0] = "•"
    return " ".join(t for t in (_CID.sub("", t) for t in texts) if t)


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers, contents lines, and headers/footers repeated in most pages' margins."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    def in_margin(line: Line) -> bool:
        h = line.page_height
        return line.top < h * MARGIN_SHARE or line.bottom > h * (1 - MARGIN_SHARE)

    seen = Counter()
    for page in pages:
        seen.update({key(line) for line in page if in_margin(line)})
    # -- chapter-wise running heads change every few pages, so three repeats are enough --
    needed = min(3, max(2, (len(pages) + 1) // 2))

    def furniture(line: Line) -> bool:
        running = in_margin(line) and (seen[key(line)] >= needed or _PAGE_NUMBER.match(key(line)))
        return bool(running or _LEADER.search(line.text))

    return [[line for line in page if not furniture(line)] for page in pages]


def _info_text(value) -> str:
    """PDF info values arrive as str, bytes (PDFDocEncoding or UTF-16) or pdfminer objects."""
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", errors="replace")
        return value.decode("latin-1", errors="replace")
    return value if isinstance(value, str) else ""


def _pdf_date(value: str) -> str | None:
    """ "D:20210210120000Z" → "2021-02-10"."""
    m = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", value.strip())
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
