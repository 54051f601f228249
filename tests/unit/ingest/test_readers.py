"""Every format reaches the same structure; bad files get one clear sentence (issue 5)."""

from __future__ import annotations

import codecs
import time

import pytest

from briefing_app.core.errors import UserError
from briefing_app.files.limits import run_limited
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.readers import read_bytes, read_document
from tests.conftest import SEED
from tests.hostile_builders import repack
from tests.unit.ingest import builders


@pytest.fixture(scope="module")
def seed_article():
    return analyze(read_document(SEED))


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_seed_in_every_format_has_the_seed_structure(seed_article, fmt):
    data = {"html": builders.to_html, "docx": builders.to_docx, "pdf": builders.to_pdf}[fmt](
        seed_article
    )
    doc = read_bytes(data, name=f"seed.{fmt}", suffix=f".{fmt}")
    article = analyze(doc)
    assert doc.source_format == fmt
    assert article.title == seed_article.title
    assert article.author == "Nurlan Mustafayev"
    assert article.date == "2021-02-10"
    assert article.publication == seed_article.publication
    assert article.standfirst == seed_article.standfirst
    assert [s.heading for s in article.sections] == [s.heading for s in seed_article.sections]
    assert [len(s.paragraphs) for s in article.sections] == [
        len(s.paragraphs) for s in seed_article.sections
    ]
    assert [r.ordinal for r in article.recommendations] == [1, 2, 3, 4, 5, 6]
    assert [r.text for r in article.recommendations] == [
        r.text for r in seed_article.recommendations
    ]
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text


def test_pdf_renamed_to_txt_is_still_read_as_pdf(seed_article):
    doc = read_bytes(builders.to_pdf(seed_article), name="report.txt", suffix=".txt")
    assert doc.source_format == "pdf"


def test_pasted_text_goes_the_txt_path():
    doc = read_bytes(b"Title line\n\nA pasted paragraph.", name="Pasted text", suffix=".txt")
    assert doc.source_format == "txt"
    assert [b.text for b in doc.blocks] == ["Title line", "A pasted paragraph."]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Café “quoted” — Ərdoğan".encode(),
        codecs.BOM_UTF16_LE + "Café “quoted” — Ərdoğan".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Café “quoted” — Ərdoğan".encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_unicode_text_with_a_bom_is_decoded(data):
    assert read_bytes(data, name="a.txt", suffix=".txt").text == "Café “quoted” — Ərdoğan"


def test_windows_1252_text_is_recognised():
    text = "Café “quoted” naïve — the price is €5 and it’s déjà vu."
    doc = read_bytes(text.encode("cp1252"), name="a.txt", suffix=".txt")
    assert doc.text == text


@pytest.mark.parametrize(
    ("data", "suffix", "expected"),
    [
        (b"", ".txt", "is empty"),
        (b"   \n\n", ".md", "is empty"),
        (bytes(range(256)) * 40, ".txt", "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, ".txt", "is an image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, ".docx", "password-protected"),
        (b"{\\rtf1\\ansi hello}", ".doc", "RTF"),
        (repack({"ppt/presentation.xml": b"<p/>"}), ".docx", "PowerPoint presentation"),
        (repack({"notes.txt": b"hi"}), ".zip", "ZIP archive"),
        (b"PK\x03\x04 truncated", ".docx", "damaged"),
        (b"just some words", ".pdf", "not a PDF"),
        (b"plain words", ".xyz", "unsupported file type"),
        (b"%PDF-1.7\n1 0 obj garbage", ".pdf", "damaged"),
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "image",
        "ole",
        "rtf",
        "pptx",
        "zip",
        "truncated-zip",
        "fake-pdf",
        "unknown",
        "broken-pdf",
    ],
)
def test_bad_input_gets_one_clear_sentence(data, suffix, expected):
    with pytest.raises(UserError) as info:
        read_bytes(data, name=f"file{suffix}", suffix=suffix)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and message.endswith(".")
    assert "Traceback" not in message


def test_a_parser_that_hangs_is_given_up_within_its_time_limit():
    started = time.monotonic()
    with pytest.raises(UserError, match="took longer than 2 seconds"):
        run_limited(builders.sleep_forever, b"", what="stuck.pdf", timeout=2)
    assert time.monotonic() - started < 10


def test_the_reading_process_never_imports_from_the_folder_the_app_started_in(
    tmp_path, monkeypatch
):
    """A pdfplumber.py or briefing_app/ in the user's current folder must not stand in for ours."""
    monkeypatch.chdir(tmp_path)
    path = run_limited(builders.import_path, what="x.pdf", timeout=30)
    assert str(tmp_path) not in path and "" not in path


def test_cli_inspect_reads_a_docx_and_a_bad_pdf_exits_2(tmp_path, seed_article, capsys):
    from briefing_app.cli import main

    (tmp_path / "a.docx").write_bytes(builders.to_docx(seed_article))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    assert main(["inspect", str(tmp_path / "a.docx")]) == 0
    assert "Options for New Regional Policy" in capsys.readouterr().out
    assert main(["inspect", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "b.pdf" in err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_seed_converted_by_pandoc_keeps_its_structure(seed_article, fmt):
    """A real third-party writer (pandoc: Title/Author/Date styles, bare-<body> HTML)."""
    import subprocess

    from tests.conftest import require_tool

    pandoc = require_tool("pandoc")
    out = subprocess.run(
        [pandoc, "-f", "markdown", "-t", fmt, "-s", "-o", "-"],
        input=builders.to_markdown(seed_article).encode(),
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    article = analyze(read_bytes(out, name=f"seed.{fmt}", suffix=f".{fmt}"))
    assert article.title == seed_article.title
    assert (article.author, article.date) == ("Nurlan Mustafayev", "2021-02-10")
    assert article.standfirst == seed_article.standfirst
    assert [s.heading for s in article.sections] == [s.heading for s in seed_article.sections]
    assert [r.text for r in article.recommendations] == [
        r.text for r in seed_article.recommendations
    ]
    assert article.author_bio == seed_article.author_bio


def _damaged(data: bytes) -> list[bytes]:
    """Truncations and byte flips at fixed points (deterministic, so failures reproduce)."""
    n = len(data)
    cuts = [data[: n // 3], data[: n * 2 // 3]]
    flips = []
    for at in (n // 5, n // 2):
        b = bytearray(data)
        b[at : at + 64] = bytes(64)
        flips.append(bytes(b))
    return cuts + flips


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_damaged_files_give_a_document_or_one_sentence(seed_article, fmt):
    data = {"html": builders.to_html, "docx": builders.to_docx, "pdf": builders.to_pdf}[fmt](
        seed_article
    )
    for n, broken in enumerate(_damaged(data)):
        try:
            doc = read_bytes(broken, name=f"broken{n}.{fmt}", suffix=f".{fmt}")
        except UserError as exc:
            assert "\n" not in str(exc)
        else:
            assert doc.blocks, f"damaged case {n} read as an empty document"


def test_a_parser_that_exhausts_memory_is_stopped_with_one_sentence():
    import sys

    if sys.platform == "win32":
        pytest.skip("address-space limits are POSIX-only; the time limit still applies")
    with pytest.raises(UserError, match=r"bomb\.docx could not be read"):
        run_limited(builders.allocate_too_much, what="bomb.docx", memory_mb=512, timeout=30)


def test_browser_single_file_page_mhtml_is_read(seed_article):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Subject"] = seed_article.title
    message.make_related()
    message.add_related(
        builders.to_html(seed_article).decode(), subtype="html", cte="quoted-printable"
    )
    message.add_related(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png")
    article = analyze(read_bytes(message.as_bytes(), name="page.mhtml", suffix=".mhtml"))
    assert article.title == seed_article.title
    assert [r.text for r in article.recommendations] == [
        r.text for r in seed_article.recommendations
    ]
