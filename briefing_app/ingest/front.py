"""Title, front matter (dateline, byline, publication, standfirst) and the closing author bio.

Recognised by shape and position only: a date on a short line, "By …" lines,
a bare personal name next to a date, a short line before them; at the end, a
short paragraph that introduces a person ("Jane Doe is a senior fellow at …").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefing_app.core.document import Block
from briefing_app.core.lazy_pattern import lazy_compile, lazy_non_ascii
from briefing_app.core.text import split_sentences, visible_length, word_set
from briefing_app.ingest.dates import (
    dates_in,
    find_date,
    labelled_date,
    parse_date,
    short_numeric_date,
)
from briefing_app.ingest.divisions import division_level
from briefing_app.ingest.vocabulary import (
    CJK_ORGANISATION_HEADS,
    HONORIFICS,
    NON_NAME_WORDS,
    ORGANISATION_HEADS,
)

_TERMINAL = ".!;:,…।"  # -- the danda ends a Hindi (Devanagari) sentence
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž\u0391-\u03a9\u0410-\u042f\u0531-\u0556"
_PARTICLES = "de|van|von|der|al|bin|da|di|la|le|del|du|ibn"
_TOKEN = rf"[{_UPPER}][\w'’.-]*"
_PERSON = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|{_PARTICLES})){{1,4}}"
# -- longest first, ties in word order: the same pattern in every process (files.pattern_cache) --
_HONORIFIC = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=lambda h: (-len(h), h)))
_BYLINE = re.compile(
    r"^(?:by|written by|(?:prepared|compiled) by(?=\s*:)|author:?|authors:?|words by|reporting by"
    # -- "Autor:", "Autorin:", "Auteur :", "Autora:", "Autrice:" — a label only with its colon
    r"|(?:autor(?:a|in|es|as|innen)?|auteure?s?|autore|autrice|autori)(?=\s*:)"
    r"|statement of|testimony of"
    r"|remarks (?:of|by)|hon\.|حوار|بقلم|تأليف|به قلم|نوشته(?:\u200c?ی)?(?=[\s:]))\s*[:\-]?\s*(?P<name>.+)$",
    re.I,
)
# -- document-ID lines above a government document's title: "[Congressional Record Volume 151 …]",
# -- "[Page E1042]", "From the Congressional Record Online through the Government Publishing Office"
_ID_LINE = re.compile(
    r"^\[{1,2}[^\[\]]{2,200}\]{1,2}$|^From the .{5,80} (?:Online|through) .{0,80}$", re.I
)
# -- "By" in the languages whose pages we read, only before a person's whole name (a line
# -- opening "Von der Leyen said …" is no byline): de, fr, es/pt, it, nl, sv/nb, da
_FOREIGN_BYLINE = re.compile(
    rf"^(?i:von|par|por|di|door|av|af)\s+(?P<name>{_PERSON}"
    rf"(?:(?:\s*,\s*|\s+(?:y|e|et|und|en|och|og|i)\s+){_PERSON})*)"  # -- "Par A et B"
    r"\s*(?:$|[,|·•/(]|\s[-–—]\s)"
)
_INNER_BYLINE = re.compile(rf"\bby\s+(?:(?i:{_HONORIFIC})\s+)?(?P<name>{_PERSON})\s*(?:$|[,|])")
# -- a speech's delivery line: "National Statement delivered by Ms Jo Li, Minister for …, at … on
# -- 19 November 2024" — the speaker and the day, in a line too long for a byline
_DELIVERED_BY = re.compile(
    rf"\b(?:delivered|given|presented)\s+by\s+(?:(?i:{_HONORIFIC})\s+)?(?P<name>{_PERSON})"
    r"\s*(?:$|[,(|])"
)
_ABOUT = re.compile(r"^(?i:about the authors?|about the writer|the authors?)\s*[:.—–-]\s*")
_LEAD_DASH = re.compile(r"^[-–—*•\s]+")
_BIO = re.compile(
    rf"^(?:(?i:{_HONORIFIC})\s+)?(?P<name>{_PERSON})(?:,[^,]{{1,80}},)?\s+"
    r"(?:is|was|serves|served|has been|are|were|leads|led|heads|teaches|taught|writes|works"
    r"|directs|covers|researches|advises|holds|specialises|specializes)\b"
)
_BIO_CUE = lazy_compile(
    r"\b(fellow|professor|director|researcher|analyst|journalist|correspondent|editor|author"
    r"|economist|historian|specialist|advis[eo]r|advises|consultant|scholar|lecturer|founder"
    r"|chair|former|based|university|institute|centre|center|diplomat|officer|engineer|lawyer"
    r"|programme|program|writes|served|expert|leads|heads)\b",
    re.I,
)


@dataclass(frozen=True)
class Para:
    """A cleaned block of the body with its heading level (0 = body text)."""

    text: str
    block: Block
    heading_level: int = 0


# -- Chinese and Japanese write no spaces: a word is one to two of their characters
_CJK = lazy_non_ascii(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CLOSING = "”\"’'」』）)"
_HANGUL = lazy_non_ascii(r"[\uac00-\ud7af]")
_CJK_TERMINAL = "。！；，："


def is_short_line(text: str, max_words: int) -> bool:
    """A line that could be a title, heading or label: few words, no sentence punctuation at the end.

    A sentence closing inside its quotes ("…一样。”") ends as a sentence too, and
    a line written without spaces (Chinese) counts three characters two words.
    """
    words = len(text.split()) + len(_CJK.findall(text)) * 2 // 3
    end = text.rstrip(_CLOSING)[-1:] or text[-1:]
    # -- letters as seen: a Devanagari vowel sign is a code point but no character of its own
    short = len(text) <= 120 or visible_length(text) <= 120
    return 0 < words <= max_words and short and end not in _TERMINAL + _CJK_TERMINAL


def take_title(paras: list[Para], meta: dict, source_name: str) -> tuple[str, list[Para]]:
    """The title: a level-1 heading, declared metadata, a short first line, or the file name.

    Lines repeating the title at the top (a page that prints its title again
    under the metadata one) are dropped with it.
    """
    if meta.get("title") and any(_labels_a_code(p.text, meta["title"]) for p in paras[:3]):
        del meta["title"]  # -- "CREDO REFERENCE" of "CREDO REFERENCE: 03/599": a field's label
    while paras and (
        _ID_LINE.match(paras[0].text)
        or _REFERENCE.fullmatch(paras[0].text)
        or _TAG_LINE.fullmatch(paras[0].text)
    ):
        if len(paras) == 1:
            break
        if "date" not in meta and (when := find_date(paras[0].text)):
            meta["date"] = when  # -- the issue date an ID line carries: the publication date
        paras = paras[1:]
    if (who := _name_over_title(paras)) is not None:
        meta.setdefault("author", who)  # -- "JO LI" over "Harbour Tolls": a column's byline
        paras = paras[1:]
    if len(paras) > 2 and not paras[0].heading_level and (who := _name_header(paras[0].text)):
        # -- "Jo Li | Policy Brief" over the title: the writer and the paper's kind, no title
        if who.casefold() not in (meta.get("author") or "").casefold():
            meta["author"] = who
        paras = paras[1:]
    if fields := _writer_fields(paras):
        meta.update({k: v for k, v in fields[1].items() if not meta.get(k)})
        paras = paras[fields[0] :]  # -- "Name: Jo Li" / "Email: …" over the title: a form's head
    if _kind_label_over_title(paras):
        paras = paras[1:]  # -- "# Policy Brief" over "## Its subject": the label names nothing
    declared = meta.get("title")
    word_file = source_name.lower().endswith(".docx")
    if (
        len(paras) > 2
        and _TITLE_FIELD.fullmatch(" ".join(paras[0].text.split()))
        and is_short_line(paras[1].text, max_words=20)
    ):
        return paras[1].text.strip(), paras[2:]  # -- a form: "1. Title" over its value
    if (
        paras
        and paras[0].heading_level == 1
        and declared
        and _TEMPLATE_SLOT.fullmatch(paras[0].text)
    ):
        title, rest = declared, paras[1:]  # -- "# <%= page.title %>": the declared title's slot
    elif (
        paras and paras[0].heading_level == 1 and declared and not _repeats(paras[0].text, declared)
    ):
        title, rest = declared, paras  # -- an H1 that is not the declared title is a section
    elif (
        paras
        and paras[0].heading_level == 1
        and not meta.get("title")
        and not _opens_a_part(paras)
        and not (word_file and _first_of_parts(paras))
    ):
        title, rest = _without_chapter_number(paras[0].text), paras[1:]
    elif paras and paras[0].heading_level == 1 and meta.get("title"):
        title, rest = meta["title"], paras[1:]
    elif meta.get("title"):
        title, rest = meta["title"], _without_printed_title(paras, meta["title"])
    elif (
        paras
        and len(paras) > 2
        and not paras[0].heading_level
        and _SALUTATION.match(paras[1].text)
        and (when := _letter_date(paras[0].text))
    ):
        meta.setdefault("date", when)  # -- a letter opens with its date: no title is printed
        title, rest = _file_title(source_name, meta), paras[1:]
    elif (
        k := _top_heading_below_furniture(paras, laid_out=source_name.lower().endswith(".pdf"))
    ) is not None:
        title, rest = paras[k].text, paras[:k] + paras[k + 1 :]
    elif _letterhead_over_heading(paras):
        title, rest = paras[1].text, [paras[0], *paras[2:]]  # -- "HARBOUR COLLEGE" / "# Checklist"
    elif _header_over_sections(paras):
        title, rest = _file_title(source_name, meta), paras  # -- "Jo Li / ECON 101 / 3/4/19"
    elif (
        paras
        and (
            is_short_line(paras[0].text, max_words=30)
            or _long_title_over_parts(paras)
            or _long_title_over_byline(paras)
        )
        and len(paras) > 1
        and not (paras[0].heading_level and _NUMBERED_SECTION.match(paras[0].text))
        and not _opens_a_part(paras)
        and not _opens_quotations(paras)
        and not _NOTE_LINE.match(paras[0].text)
        and not (word_file and _first_of_parts(paras))
        and not (source_name.lower().endswith(".pdf") and _outranked_on_first_page(paras))
    ):
        title, rest = paras[0].text, paras[1:]
        if (run_on := _run_on_line(title, rest)) is not None:
            title, rest = f"{title} {run_on}", rest[1:]  # -- "… Evidence from" / "U.S. Elections"
        if _kicker(paras[0].text, rest):  # -- "Opinion" / "ANALYSIS" above the real headline
            title, rest = rest[0].text, rest[1:]
        elif _DIVISION.match(title) and rest and is_short_line(rest[0].text, max_words=12):
            title, rest = (
                f"{title} – {rest[0].text}",
                rest[1:],
            )  # -- "CHAPTER 1" over "INTRODUCTION"
    else:
        title, rest = _file_title(source_name, meta), paras
    if title == declared and (printed := _printed_headline(rest, title)):
        title = printed  # -- "Headline : 뉴스 : 동아닷컴" declared, "Headline" printed
    elif title == declared and (fuller := _fuller_printed(rest, title)):
        title = fuller  # -- the property left a word out of the printed title
    elif (
        title == declared and paras and rest == paras[1:] and (site := _site_tail(paras[0], title))
    ):
        title = site  # -- the H1 taken as the title's print, without the site's name the title adds
    # -- or the headline printed as a heading under a breadcrumb trail (">要闻", ">正文")
    repeat = next(
        (
            n
            for n, p in enumerate(rest[:TITLE_REPEAT_REACH])
            if (n < 3 or p.heading_level) and _same(p.text, title)
        ),
        None,
    )
    if repeat is not None and len(rest) > repeat + 1:
        rest = rest[:repeat] + rest[repeat + 1 :]
    elif title == declared and rest and (subtitle := _run_on_subtitle(rest[0], title)):
        rest = [Para(subtitle, rest[0].block, rest[0].heading_level), *rest[1:]]
    title = _without_barred_label(_COLUMN_LABEL.sub("", title))
    title = without_kind_label(_FIELD_LABEL.sub("", title, count=1))  # -- "Title: …" of a form
    if (signed := _writer_prefix(title, meta.get("author"))) is not None:
        meta["author"], title = signed  # -- "Jo Li Thesis Abstract" by the file's "Jo"
    elif not meta.get("author") and (named := _named_paper(title, rest)):
        meta["author"] = named  # -- "Jo Li - Final Project Memo": the writer and the paper's kind
    elif not source_name.lower().endswith((".htm", ".html")) and (tail := _byline_tail(title)):
        title, meta["author"] = tail  # -- "Title Jo Li | ECON 4010 |": the byline ran on
        if (left := _byline_rest_date(rest)) is not None:
            meta.setdefault("date", left[1])  # -- its date part, set apart in another column
            rest = rest[: left[0]] + rest[left[0] + 1 :]
    title, when = without_date_tail(title)
    if when:
        meta.setdefault("date", when)
    return title, rest


def _run_on_subtitle(first: Para, title: str) -> str | None:
    """The subtitle a first line prints after the declared title, set apart only by its type.

    "Coverage of Rural Schools Spatial Analysis — March 2026", the title in bold
    and the rest in italics (the PDF reader declares the bold words the title):
    the words after the title are a front line of their own, its date the paper's.
    """
    text = " ".join(first.text.split())
    rest = text[len(title) :].strip() if text.startswith(title + " ") else ""
    return rest if rest and not first.heading_level and is_short_line(rest, 12) else None


def _run_on_line(title: str, rest: list[Para]) -> str | None:
    """The line a title wrapped onto, when the title's line ends on a word that joins words.

    A title set in a body style is broken where the line ran out ("… Evidence from"
    over "U.S. Presidential Elections"); no title ends on "from" or "of", so the short
    line under it, no byline or date, is its end.
    """
    words = title.split()
    if not rest or rest[0].heading_level or not words or words[-1].casefold() not in _JOINING:
        return None
    nxt = rest[0].text.strip()
    if not is_short_line(nxt, max_words=12) or _byline(nxt) or _dateline(nxt):
        return None
    return nxt


# -- words that join two others, never the last of a title: where a wrapped title's line broke
_JOINING = word_set(
    "of from for and but nor than via the in on to with at a an or into about between versus vs"
)


def _file_title(source_name: str, meta: dict) -> str:
    """The file's name standing in for a title nothing printed gives (``title_source`` "file").

    It heads the deck and fills the memo's SUBJECT line, so a name written in lower case
    ("harbour-fees-memo.docx") starts with a capital there: "Harbour fees memo".
    """
    meta["title_source"] = "file"
    stem = " ".join(Path(source_name).stem.replace("_", " ").replace("-", " ").split())
    return stem[:1].upper() + stem[1:] if stem else "Untitled article"


def _letter_date(text: str) -> str | None:
    """The day a first line gives when it is nothing but a full date ("May 5, 2023").

    A letter opens with the day it was written above its salutation ("Dear …"): a
    line that is only a date names no subject, so it is no title. take_title asks
    for the salutation under it, so a dated release keeps its title rules.
    """
    found = dates_in(text)
    if len(found) != 1 or len(found[0][2]) != 10:
        return None
    start, end, iso = found[0]
    rest = (text[:start] + text[end:]).strip(" ,.")
    return iso if not rest or _WEEKDAY.fullmatch(rest) else None


# -- the greeting under a letter's date: "Dear Ms Li,", "To Whom it May Concern:"
_SALUTATION = re.compile(r"^(?:dear\s+\S|to\s+whom\s+it\s+may\s+concern\b)", re.I)
_WEEKDAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?", re.I)


# -- a column's or series' label in lenticular brackets before a Chinese headline: "【观察】…"
_COLUMN_LABEL = re.compile(r"^\s*[【〖][^】〗]{1,20}[】〗]\s*(?=\S)")
# -- a section's label set before the headline behind a bar: "Opinion | …", "World News | …"
_BARRED_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+\|\s+(?=\S)")


def _without_barred_label(title: str) -> str:
    """The title without a one- or two-word section label before a bar ("Opinion | Headline").

    A column prints its name before the headline as a kicker on the same line; the
    label names no subject. Only before a headline of four words or more, and not a
    writer's name ("Jo Li | …" is read as a byline header elsewhere).
    """
    m = _BARRED_LABEL.match(title)
    if not m or name_line(m.group("label")):
        return title
    rest = title[m.end() :]
    return rest if len(rest.split()) >= 4 and "|" not in rest else title


# -- a document-type label a brief prints before its subject: "Policy Brief: …", "Issue Memo – …"
_KIND_LABEL = re.compile(
    r"(?i:(?:policy|issue|research|briefing|position|white|discussion|concept|information)\s+"
    r"(?:brief|memo|memorandum|paper|note|proposal)|briefing|m[eé]morandum|m[eé]mo)"
    r"(?:\s+(?i:draft))?"  # -- its state: "Policy Brief Draft — Its subject"
)
# -- a label only ever printed before a colon: the page's section ("Opinion: …", as a site's
# -- name after the headline) or the part of a report the document is ("Executive Summary: …")
_LABEL_BEFORE_COLON = r"(?i:opinion|op-ed|commentary|editorial|analysis|executive\s+summary)"
_KIND_PREFIX = re.compile(
    rf"^\s*(?:{_KIND_LABEL.pattern}\s*(?::|\s[–—-])|{_LABEL_BEFORE_COLON}\s*:)\s*(?=\S)"
)


def without_kind_label(title: str) -> str:
    """The title without the document-type label printed before its subject ("Policy Brief: X").

    The label says what kind of paper it is, as a cover's "Policy Brief" line set
    above the title does; it names nothing. Only a label closed by a colon or a
    dash counts: "Policy Brief on Next Generation …" is a title's own wording. A
    page's section ("Opinion: …") or the report's part ("Executive Summary: …")
    counts only before a colon: "Analysis – The Ferry Tolls" may be a title.
    """
    m = _KIND_PREFIX.match(title)
    rest = title[m.end() :] if m else ""
    return rest if len(rest.split()) >= 2 else title


def _kind_label_over_title(paras: list[Para]) -> bool:
    """The first line is a document-type label ("Policy Brief") set over the paper's title.

    Only when the line under it could be a title: a short line that names no usual
    part ("Executive Summary" under the label means the label is all the title printed).
    A project's name before the label ("GREEN ALIBI — Policy Brief") over a short
    line that is no sentence is such a label too: the line under it says what the
    paper asks or is about.
    """
    if len(paras) < 3:
        return False
    first = paras[0].text
    named = _KIND_SUFFIX.search(first) is not None and is_short_line(paras[1].text, max_words=30)
    if not (kind_label(first) or (named and not paras[1].heading_level)):
        return False
    nxt = paras[1].text.strip()
    part = re.sub(r"^(?i:executive)\s+", "", nxt.rstrip(":"))
    return len(nxt) <= LONG_TITLE and len(nxt.split()) <= 30 and not _PART_NAME.match(part)


# -- a document-type label closing a line behind a dash: "GREEN ALIBI — Policy Brief"
_KIND_SUFFIX = lazy_compile(rf"\S\s+[–—-]\s+{_KIND_LABEL.pattern}\s*$")


def _writer_prefix(title: str, declared: str | None) -> tuple[str, str] | None:
    """The writer's full name opening the title and the title without it, else None.

    A student heads a paper "Jo Li Thesis Abstract": the name is the file's
    author (its core property holds the first name alone), the rest the title.
    Only a first name declared alone counts: "Jo Li Remembers" by a declared
    "Jo Li" may be a title about her.
    """
    if not declared or len(declared.split()) != 1:
        return None
    want = {w.casefold() for w in declared.split()}
    words = title.split()
    for k in (2, 3):
        name, rest = " ".join(words[:k]), words[k:]
        if len(rest) >= 2 and name_line(name) and want <= {w.casefold() for w in words[:k]}:
            return name, " ".join(rest)
    return None


# -- "Jo Li - Final Project Memo": a name, a dash, and words naming what kind of paper it is
_NAMED_PAPER = re.compile(
    r"(?P<name>[^–—-]{4,60}?)\s+[–—-]\s+(?P<kind>[^–—-]{0,40}\b(?i:memo|memorandum|paper|brief"
    r"|report|essay|proposal|assignment|project|thesis|dissertation)\b[^–—-]{0,20})"
)


def _named_paper(title: str, rest: list[Para]) -> str | None:
    """The writer a title names before the kind of paper it is ("Jo Li - Final Project Memo").

    A student files the paper under their name and the assignment: the name is
    the author, and the whole line stays the title it prints. Only a person's
    name before the dash counts, and only a paper's kind after it; a subject
    ("Harbour Tolls - A Policy Brief") has its words in lower case in the text.
    """
    m = _NAMED_PAPER.fullmatch(" ".join(title.split()))
    if not m or not name_line(m["name"]):
        return None
    text = " ".join(p.text for p in rest)
    if any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in m["name"].split()):
        return None
    return clean_author(m["name"])


BYLINE_TAIL_WORDS = 4  # -- the most words of each part after the name (a course, a date)


def _byline_tail(title: str) -> tuple[str, str] | None:
    """The title and the writer's name when the line under the title ran on into it, else None.

    A student brief sets "Jo Li | ECON 4010 | 11/25/23" in italics under a title
    in the same size; the text layer joins both lines into one paragraph, ending
    "… Possibilities Jo Li | ECON 4010 |". A name closing the part before the
    first bar, each part after it a few words, is the byline, not the title's end.
    """
    parts = [x.strip() for x in title.rstrip(" |").split(" | ")]
    if len(parts) < 2 or any(len(x.split()) > BYLINE_TAIL_WORDS for x in parts[1:]):
        return None
    words = parts[0].split()
    name = " ".join(words[-2:])
    # -- only where the name's start is plain: "… of Control Jo Li" may end "Control Jo Li"
    if len(words) < 5 or not name_line(name) or name_line(" ".join(words[-3:])):
        return None
    return " ".join(words[:-2]), name


# -- the rest of a bar-separated byline line, read apart from it: "| 11/25/23"
_BAR_DATE = re.compile(r"\|\s*(?P<date>[^|]{6,30}?)\s*\|?")


def _byline_rest_date(rest: list[Para]) -> tuple[int, str] | None:
    """The date a byline run on into the title ends with, read apart on the first page, and where.

    The byline line crosses a two-column page's gutter: the text layer ends the
    title "… Jo Li | ECON 4010 |" and puts "| 11/25/23" at the top of the other
    column. A line that is only a bar and a date (two-digit years too: the writer
    marked it as the date by setting it in the byline) is that date.
    """
    for n, p in enumerate(rest):
        if p.block.start >= FIRST_PAGE:
            break
        m = _BAR_DATE.fullmatch(p.text.strip())
        if m and (when := parse_date(m["date"]) or short_numeric_date(m["date"])):
            return n, when
    return None


def kind_label(text: str) -> bool:
    """A line that is only a document-type label ("Policy Brief", "POLICY MEMO:")."""
    return _KIND_LABEL.fullmatch(" ".join(text.split()).strip(" :")) is not None


# -- a date set after the title behind a dash or a bar: "… in Ireland — March 2026"
_DATE_TAIL = re.compile(r"\s+[—–|·-]\s+(?P<date>[^—–|·]{4,40})$")


def without_date_tail(title: str) -> tuple[str, str | None]:
    """The title without the date printed at its end, and that date (ISO), else (title, None).

    A brief prints its month after the title on the title line ("Coverage of
    Rural Schools — March 2026"): the date is the document's, not part of its name.
    Only a whole date after the dash counts ("— Lessons 2020–2024" stays).
    """
    m = _DATE_TAIL.search(title)
    head = title[: m.start()].strip() if m else ""
    when = parse_date(m["date"]) if m else None
    if not when or not any(c.isalpha() for c in head):
        return title, None
    return head, when


def _labels_a_code(line: str, declared: str) -> bool:
    """The declared title is the label of a printed reference field: "Ref: 03/599", "ID: A-12"."""
    text = " ".join(line.split())
    label = " ".join(declared.split())
    if not text.casefold().startswith(label.casefold()):
        return False
    return re.fullmatch(r"\s*[:：#]?\s*[\w./-]*\d[\w./-]*", text[len(label) :]) is not None


# -- a markup tag left alone on a line by a page saved as text: "<pre>", "</div>"
_TAG_LINE = re.compile(r"\s*</?[A-Za-z][A-Za-z0-9]*\s*/?>\s*")

# -- a reference field at the top of a form: "CREDO REFERENCE: 03/599", "Ref. No. 2020/14"
_REFERENCE = re.compile(
    r"\s*(?!(?i:title)\b)[^\W\d_][\w .'-]{0,40}?\s*[:：#]\s*[\w./-]*\d[\w./-]*\s*"
)


# -- a form's title field, the label alone on the first line: "1. Title", "Título:", "Titre"
_TITLE_FIELD = re.compile(r"(?:\d{1,2}\.\s*)?(?i:title|t[íi]tulo|titre|titel|titolo)\s?:?")


# -- what a page title adds after the headline: " | NASA", " : 뉴스 : 동아닷컴", " - Site"
_TITLE_TAIL = lazy_compile(r"\s*[|:–—·»•.-]\s+\S.{0,60}")


def _fuller_printed(paras: list[Para], declared: str) -> str | None:
    """The printed title when the title property is it with a word or two left out.

    A PDF's or Word file's title property is often typed apart from the text
    and shortened ("… medicamentos oncológicos en hospitales …" for the printed
    "… medicamentos oncológicos básicos en hospitales …"). A printed line among
    the first that opens with the property's first word, holds all its words in
    order and ends at its last word, with at most a third more words, is the title.
    """
    want = declared.split()
    if len(want) < 4:
        return None
    for n, p in enumerate(paras[:TITLE_REPEAT_REACH]):
        if not (n < 3 or p.heading_level):
            continue
        words = p.text.split()
        if not words or words[0].casefold() != want[0].casefold():
            continue
        ends = [k for k, w in enumerate(words) if w.casefold() == want[-1].casefold()]
        span = words[: ends[-1] + 1] if ends else []
        if not len(want) < len(span) <= len(want) * 4 // 3 + 1:
            continue
        rest = iter(w.casefold() for w in span)
        if all(w.casefold() in rest for w in want):
            return " ".join(span)
    return None


# -- a site's name after a headline, behind a bar or a dash but never a colon (a subtitle's);
# -- a Chinese site sets it against the separator: " -中新网", " _新华网"
_SITE_TAIL = lazy_compile(r"\s+[|–—·»•_-]\s*[^\W\d_].{0,60}")


def _site_tail(heading: Para, declared: str) -> str | None:
    """The printed H1 when the declared title is it plus a site's name ("Headline -Site")."""
    head = " ".join(heading.text.split())
    if heading.heading_level != 1 or len(head) < 8 or not declared.startswith(head):
        return None
    return head if _SITE_TAIL.fullmatch(declared[len(head) :]) else None


def _printed_headline(paras: list[Para], declared: str) -> str | None:
    """The headline the page prints when its declared title is that headline plus site names.

    A page's or PDF's title property is the headline followed by the site's or the
    section's name after a separator; the headline printed among the opening lines,
    as a heading or on the first lines, is the title without them.
    """
    bare = _QUOTE_MARKS.sub("", declared)
    for n, p in enumerate(paras[:TITLE_REPEAT_REACH]):
        if not (n < 3 or p.heading_level) or len(p.text) < 8:
            continue
        head = " ".join(p.text.split())
        key = _QUOTE_MARKS.sub("", head)  # -- "Listos para el 'X'" printed, "… el X" declared
        if bare.startswith(key) and _TITLE_TAIL.fullmatch(bare[len(key) :]):
            return head
    return None


_QUOTE_MARKS = lazy_compile(r"[\"'“”‘’«»„]")


# -- a heading that is only a site generator's expression (ERB, Liquid/Jinja, Hugo, JS
# -- template literal) prints the page's declared title when the site is built
_TEMPLATE_SLOT = lazy_compile(r"\s*(?:<%=?.*?%>|\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\})\s*", re.S)

TITLE_REPEAT_REACH = 8  # -- how far down the opening lines a heading repeating the title is sought


FIRST_PAGE = 3000  # -- characters a first page holds, at most, before its title is read


LONG_TITLE = 220  # -- the most characters of a two-line title in a brief's heading type


def _long_title_over_parts(paras: list[Para]) -> bool:
    """A long first line set as a heading with a heading of its rank right under it: the title.

    A student brief sets its two-line title ("From Crisis to Action: …,
    Activating a …") in the bold type of its headings and goes straight on to
    "Executive Summary": a line heading nothing is no section, however long.
    """
    if len(paras) < 2:
        return False
    first = paras[0]
    return (
        0 < first.heading_level == paras[1].heading_level
        and len(first.text) <= LONG_TITLE
        and 0 < len(first.text.split()) <= 30
        and first.text.rstrip()[-1:] not in _TERMINAL
    )


def _long_title_over_byline(paras: list[Para]) -> bool:
    """A long first line, no sentence, with the authors' names on the line under it: the title.

    A report's title may run past a short line's length ("Goal 3: Ensure Healthy
    Lives … (by Reducing …)"); the list of its authors set right under it shows
    the line is the title, not a first paragraph.
    """
    if len(paras) < 3:
        return False
    first = paras[0].text.strip()
    return (
        len(first) <= LONG_TITLE
        and 0 < len(first.split()) <= 30
        and first[-1:] not in _TERMINAL
        and (name_list(paras[1].text) is not None or _byline(paras[1].text) is not None)
    )


# -- the names of a document's usual parts: a heading so named opens a part, it names no document
_PART_NAME = lazy_compile(
    r"^(?:context|background|introduction|overview|summary|purpose|scope)$", re.I
)


def _opens_a_part(paras: list[Para]) -> bool:
    """The first heading is the first of its document's parts ("Context" over its text).

    A template that starts straight on its first part, a heading like the
    others ("Context", then "Consent Notice", "Privacy Statement"), has no
    title line: the part's name does not name the document.
    """
    first = paras[0]
    name = _PART_NUMBER.sub("", first.text.strip()).rstrip(":")  # -- "I. Introduction"
    return (
        first.heading_level > 0
        and bool(_PART_NAME.match(name))
        and any(p.heading_level == first.heading_level for p in paras[1:])
    )


def _opens_quotations(paras: list[Para]) -> bool:
    """The first line is a quotation whole, the first of a run of them, and so no title.

    A page of excerpts from a speech sets each in quotation marks, one a
    paragraph: the first is as short as a headline but names nothing. A quoted
    headline ("“No going back”") has a body under it that is not a quotation.
    """
    return (
        len(paras) > 1
        and not paras[0].heading_level
        and _QUOTED_LINE.fullmatch(paras[0].text) is not None
        and paras[1].text.lstrip()[:1] in _OPENING_QUOTES
    )


# -- "Data source: …", "Note: …": a line naming where figures come from, never the paper's name
_NOTE_LINE = lazy_compile(
    r"\s*(?i:(?:data\s+)?sources?|notes?|fuentes?|quellen?|datenquellen?)\s*:\s*\S"
)
_OPENING_QUOTES = '"“«„'
_QUOTED_LINE = lazy_compile(r'\s*["“«„][^"“”«»]+["”»]\s*')


def _first_of_parts(paras: list[Para]) -> bool:
    """A Word file's opening Heading 1 heads the first of its parts: Heading 2s under it, more Heading 1s later.

    Word sets a title in its Title style; a Heading 1 with sections of its own,
    followed by other Heading 1s with theirs, is the document's first part,
    not its name.
    """
    first = paras[0].heading_level
    below = next((n for n, p in enumerate(paras[1:], 1) if 0 < p.heading_level <= first), None)
    return (
        first > 0
        and below is not None
        and paras[below].heading_level == first
        and any(p.heading_level == first + 1 for p in paras[1:below])
    )


# -- the number a part's heading carries before its name: "1.", "1", "I.", "IV."
_PART_NUMBER = lazy_compile(r"^(?:\d{1,2}\.?|[IVX]{1,4}\.)\s+")


def _top_heading_below_furniture(paras: list[Para], *, laid_out: bool = False) -> int | None:
    """The document's one largest heading among its first lines, under a journal's furniture.

    A journal article prints its volume, page and archive notice ("ER 29,2",
    "162", "The current issue … is available at …") above the title in the
    largest type; the title is that heading, not the first line. In a PDF laid out
    in columns (``laid_out``) whole paragraphs may come first in the text layer.
    """
    levels = [p.heading_level for p in paras if p.heading_level]
    if not levels or paras[0].heading_level:
        return None
    top = min(levels)
    k = next(n for n, p in enumerate(paras) if p.heading_level)
    if paras[k].heading_level != top or levels.count(top) > 1:
        return None
    # -- a PDF's columns may be read before its title: the one largest heading on page one
    # -- that opens the headings, unnumbered, is still the title
    late = (
        laid_out
        and paras[k].block.start < FIRST_PAGE
        and not _NUMBERED_SECTION.match(paras[k].text)
    )
    if k >= 4 and not late and not _header_block(paras[:k]):
        return None
    # -- "CHAPTER 1" above "INTRODUCTION" is part of the title (the rule below)
    return None if any(_DIVISION.match(p.text) for p in paras[:k]) else k


def _outranked_on_first_page(paras: list[Para]) -> bool:
    """The first line is a heading, and a heading in larger type follows it on the first page.

    A document's title is the largest type of its opening. An excerpt that starts
    inside a report opens on a figure's label ("MAP OF FINLAND") or a section head
    in small capitals, with the chapter's head set larger just after: it has no
    title of its own on show.
    """
    first = paras[0].heading_level
    return (
        bool(first)
        and any(0 < p.heading_level < first for p in paras[1:] if p.block.start < FIRST_PAGE)
        and not _over_front_lines(paras)
    )


FRONT_REACH = 4  # -- the lines under a title where its writer's name or its date stands


def _over_front_lines(paras: list[Para]) -> bool:
    """The first line has a date or a byline under it, before any heading: it is a title.

    A paper's title in bold body type over its writer, course and date outranks
    nothing, and its sections, a page later, are set larger: it is still the title.
    """
    for p in paras[1 : 1 + FRONT_REACH]:
        if p.heading_level:
            return False
        if _dateline(p.text) or _byline(p.text) or _lone_name(p.text):
            return True
    return False


HEADER_LINES = 7  # -- the most lines a writer's header block sets above a paper's title


def _header_block(lines: list[Para]) -> bool:
    """A student's or writer's header above the title: short lines with a name and a date.

    "Emily Webber / Policy Memo / November 12, 2015 / Student ID 457896" over the
    paper's one heading: the heading is the title, the lines above are its front matter.
    """
    return (
        len(lines) <= HEADER_LINES
        and all(is_short_line(p.text, max_words=6) for p in lines)
        and any(name_line(p.text) for p in lines)
        and any(_dateline(p.text) for p in lines)
    )


def _letterhead_over_heading(paras: list[Para]) -> bool:
    """The first line names an organisation and a heading under it names the document.

    A form or guidance note prints its issuer's name as a letterhead ("THE
    HARBOUR COLLEGE"), then its title as a heading: the letterhead is the issuer
    (read from the front lines), the heading the title. A part's name
    ("Introduction") under it is no title.
    """
    if len(paras) < 3 or paras[0].heading_level or not paras[1].heading_level:
        return False
    name = _PART_NUMBER.sub("", paras[1].text.strip()).rstrip(":")
    return (
        organisation(paras[0].text) is not None
        and is_short_line(paras[1].text, max_words=12)
        and not _PART_NAME.match(name)
    )


def _header_over_sections(paras: list[Para]) -> bool:
    """A writer's header block straight over the first of several sections: no title printed.

    A class paper opens "Jo Li / ECON 101 / 3/4/19" and then "Step 1: The Problem",
    one of the paper's sections at the same level: the name is no title, and
    neither is the section. The date may have a two-digit year here.
    """
    k = next((n for n, p in enumerate(paras) if p.heading_level), None)
    if not k or k > HEADER_LINES:
        return False
    lines = paras[:k]
    level = paras[k].heading_level
    return (
        all(is_short_line(p.text, max_words=6) and not p.heading_level for p in lines)
        and any(name_line(p.text) for p in lines)
        and any(_dateline(p.text) or _SHORT_DATE.fullmatch(p.text.strip()) for p in lines)
        and sum(p.heading_level == level for p in paras[k + 1 :]) >= 1
    )


# -- a date alone on a line with a two-digit year: "3/4/19", "11.25.23"
_SHORT_DATE = lazy_compile(r"\d{1,2}([/.])\d{1,2}\1\d{2}")


# -- a division label standing alone above its name: "CHAPTER 1", "Part II", "Section 3"
_DIVISION = re.compile(r"^(?i:chapter|part|section|book|volume|annex|appendix)\s+[0-9IVXLC]{1,4}$")


# -- a chapter's number before its name on the heading's one line: "Chapitre 4 : Licences",
# -- "Chapter 1 – What is …?"; the name after the separator is the chapter's title
_CHAPTER_NUMBER = lazy_compile(
    r"^(?i:chapter|chapitre|cap[ií]tulo|capitolo|kapitel|hoofdstuk)\s+[0-9IVXLC]{1,4}"
    r"\s*[:：–—.-]\s+(?=\S)"
)


def _without_chapter_number(title: str) -> str:
    """The chapter's name of a heading that numbers it first ("Chapter 1 – What is …?" → "What is …?").

    A chapter saved on its own opens with its number and name on one line: the
    number says where it sits in the book, the name is what it is called.
    """
    return _CHAPTER_NUMBER.sub("", title, count=1) or title


# -- a numbered section heading ("1 Introduction") opens a part of a document, never its title
_NUMBERED_SECTION = lazy_compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


PRINTED_TITLE_DEPTH = (
    6  # -- header lines (name, office, outlet, date) a printed title may sit under
)


def _without_printed_title(paras: list[Para], title: str) -> list[Para]:
    """The body without the declared title printed again under the header lines above it.

    An archive's text file declares the title in its front matter and then prints the
    release as it was: "CHRIS BOWEN MP" / "MINISTER FOR …" / "14 July 2012" over the
    title in capitals, then the text. That line is the title, not a section's heading.
    Only a line that is the whole title, under short lines alone, is dropped.
    """
    wanted = " ".join(title.casefold().split()).strip(" .:")
    for k, p in enumerate(paras[:PRINTED_TITLE_DEPTH]):
        if " ".join(p.text.casefold().split()).strip(" .:") == wanted:
            return paras[:k] + paras[k + 1 :]
        if not is_short_line(p.text, max_words=12):
            break
    return paras


def _repeats(heading: str, title: str) -> bool:
    """The heading is the title again, or its first part ("First, do no harm" of "First, do no harm: …")."""
    h, t = (" ".join(x.casefold().split()).strip(" .:") for x in (heading, title))
    # -- or the title under a kicker the heading prints first ("Verbraucherschutz Mehr Transparenz …")
    return h == t or t.startswith(h) or h.startswith(t) or (len(t) > 20 and h.endswith(" " + t))


# -- the most words of the label a header line sets beside the writer's name ("Policy Brief")
_HEADER_LABEL_WORDS = 4
_HEADER_BAR = lazy_compile(r"\s+[|·•]\s+")  # -- "Jo Li | Policy Brief", "Jo Li · Researcher"


# -- a labelled field of a writer's header block: "Name: Jo Li", "Email: …", "Course: ECON 101"
_WRITER_FIELD = re.compile(
    r"^(?P<label>(?:student\s+)?name|author|e-?mail|student\s+(?:id|number)|class|course"
    r"|instructor|professor|teacher|date)\s*:\s*(?P<value>\S.{0,80})$",
    re.I,
)


def _writer_fields(paras: list[Para]) -> tuple[int, dict[str, str]] | None:
    """How many labelled header lines open the paper, and the author and date they give.

    A class paper opens "Name: Jo Li" / "Email: jli@…" over its title, each line a
    form's field: no title. Only a run naming a person ("Name:") counts, under
    which something is left for the title and the text.
    """
    found: dict[str, str] = {}
    n = 0
    while n < len(paras) - 2 and not paras[n].heading_level:
        m = _WRITER_FIELD.match(" ".join(paras[n].text.split()))
        if not m:
            break
        label, value = m["label"].casefold(), m["value"].strip()
        if label.endswith("name") or label == "author":
            if not _lone_name(value):
                return None
            found.setdefault("author", clean_author(value))
        elif label == "date" and (when := find_date(value)):
            found.setdefault("date", when)
        n += 1
    return (n, found) if "author" in found else None


def _name_over_title(paras: list[Para]) -> str | None:
    """The writer's name a column prints in capitals over its title, above the running text.

    "JO LI" / "Harbour Tolls" / a long paragraph: the name in capitals and the
    short line under it in ordinary type are the byline and the title. A name
    set in the title's own type over a longer line stays the title (a biography).
    """
    if len(paras) < 3 or any(p.heading_level for p in paras[:1]) or paras[2].heading_level:
        return None
    name, title, text = (p.text.strip() for p in paras[:3])
    if not (name.isupper() and _lone_name(name)) or title.isupper() or _lone_name(title):
        return None
    if not is_short_line(title, 12) or _dateline(title) or len(text) < FIRST_PARAGRAPH:
        return None
    return clean_author(name)


FIRST_PARAGRAPH = 150  # -- the fewest characters of the running text's first paragraph


def _name_header(text: str) -> str | None:
    """The writer's name of a header line pairing it with a short label ("Jo Li | Policy Brief").

    Students and consultants head a paper with their name and what the paper is,
    parted by a bar, above its title: the name is the author, the line no title.
    Only two parts count, one a person's name, the other a few words with no
    sentence in them.
    """
    parts = [part.strip() for part in _HEADER_BAR.split(text)]
    if len(parts) > 2 and (who := _letterhead_name(parts)):
        return who
    if len(parts) != 2:
        return None
    for name, label in (parts, parts[::-1]):
        words = len(label.split())
        if _lone_name(name) and 0 < words <= _HEADER_LABEL_WORDS and not _lone_name(label):
            return clean_author(name) if is_short_line(label, _HEADER_LABEL_WORDS) else None
    return None


# -- a way to reach the writer in a letterhead: an e-mail address, a phone number, a web address
_CONTACT = lazy_compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d(][\d ().-]{6,18}\d|(?:https?://|www\.)\S+"
)


def _letterhead_name(parts: list[str]) -> str | None:
    """The writer a letterhead names before their contacts ("Memo Jo Li | jo@x.org | 555-0100").

    A memo's header line sets the writer's name, perhaps after the paper's kind,
    beside ways to reach them; every other part must be a contact for the line
    to be a letterhead.
    """
    name, contacts = parts[0], parts[1:]
    if not all(_CONTACT.fullmatch(c) for c in contacts):
        return None
    m = _KIND_PREFIX.match(name) or re.match(rf"{_KIND_LABEL.pattern}\s+", name)
    name = name[m.end() :] if m else name
    return clean_author(name) if _lone_name(name) else None


def _kicker(first: str, rest: list[Para]) -> bool:
    """A one- or two-word section label printed above a longer headline."""
    if len(first.split()) > 2 or len(rest) < 2 or rest[0].heading_level or name_line(first):
        return False  # -- a name over a longer line is the title (a biography), not a label
    nxt = rest[0].text
    return (
        is_short_line(nxt, max_words=30)
        and len(nxt.split()) > len(first.split()) + 1
        and not _dateline(nxt)
        and _byline(nxt) is None
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()).strip(" .:") == " ".join(b.casefold().split()).strip(
        " .:"
    )


# -- a labelled date that is no publication date: "Date of birth 26 June 1968"
_OTHER_DATE = re.compile(r"\b(?:birth|born|died|death|founded|established|deadline)\b", re.I)


def _dateline(text: str) -> bool:
    if _OTHER_DATE.search(text):
        return False
    return bool(parse_date(text)) or (len(text.split()) <= 16 and bool(find_date(text)))


def _byline(text: str) -> str | None:
    """The author named by a byline ("By Jane Doe | Reuters", "A lecture by Dr Jo Bloggs")."""
    if len(text) > 160:
        return None
    m = _BYLINE.match(text) or _FOREIGN_BYLINE.match(text)
    if m and _GIVEN_NAMES.fullmatch(m.group("name").strip()):
        return ", ".join(n.strip() for n in m.group("name").split(","))  # -- "By Jo, Ana, Sam"
    if m and (listed := _listed_writers(m.group("name"))):
        return listed  # -- "By Jo Li, Ana Roe and Sam Oki"
    if m:
        return clean_author(m.group("name"))
    m = _INNER_BYLINE.search(text) if len(text.split()) <= 14 else None
    if m:
        return clean_author(m.group("name"))
    return _role_byline(text) or _slashed_credit(text)


# -- "Jo Li (PhD Student, Harbour University)": a name with the writer's role in brackets
_ROLE_BYLINE = re.compile(r"(?P<name>[^()]{4,60}?)\s*\((?P<role>[^()]{3,120})\)")
_ROLE_WORD = lazy_compile(r"\b(?:student|candidate|intern|member|chair\w*|president)\b", re.I)


def _role_byline(text: str) -> str | None:
    """The writer of a line that is a name and, in brackets, the writer's role or affiliation.

    A student's or a fellow's paper prints its writer under the title as "Jo Li
    (PhD Student, Harbour University)" or "Jo Li, PhD Student at Harbour
    University": only a person's name with a role or an institution in the
    brackets or after the comma counts ("Health Policy (Draft)" names no one).
    """
    if (m := _COMMA_ROLE.fullmatch(text.strip())) and _lone_name(m["name"]):
        return clean_author(m["name"])
    m = _ROLE_BYLINE.fullmatch(text.strip())
    if not m or not _lone_name(m["name"]):
        return None
    role = m["role"]
    return clean_author(m["name"]) if _ROLE_WORD.search(role) or _BIO_CUE.search(role) else None


# -- "Jo Li, PhD Student at Harbour University", "Jo Li, Senior Fellow": a post after a comma,
# -- ending the line or followed by where it is held (not "Ferry Fares, Student Discounts")
_COMMA_ROLE = re.compile(
    r"(?P<name>[^,()]{4,60}?)\s*,\s*(?:[A-Z][\w.-]*\s+){0,2}"
    r"(?i:student|candidate|fellow|professor|lecturer|researcher|scientist|analyst|economist"
    r"|director|editor|correspondent|journalist|reporter|writer|columnist)"
    r"(?:\s+(?:at|of|in|with|for)\s+\S(?:[^,.;:!?()]*\S)?)?"
)


# -- "Harbour Daily News/Jo Li": the paper's name, a slash, its reporter's name
_SLASHED = re.compile(
    rf"(?P<paper>{_TOKEN}(?:\s+(?:{_TOKEN}|{_PARTICLES}|of|the|and)){{1,5}})\s*/\s*(?P<name>{_PERSON})"
)


def _slashed_credit(text: str) -> str | None:
    """The reporter a credit line names after the paper's name and a slash ("La Voz Diaria/Jo Li").

    A regional paper credits its own story so under the headline. The paper's
    name has two words or more: an agency's credit under a photo ("REUTERS/Jo
    Li") names a photographer, and a line of two people ("Jo Li/Ana Roe") is no
    such credit; a paper named with its article ("La Voz …", "The Courier …")
    reads like a name but is none.
    """
    m = _SLASHED.fullmatch(text.strip())
    if not m or m["paper"].isupper() or not name_line(m["name"]):
        return None
    article = m["paper"].split()[0].casefold() in _PAPER_ARTICLES
    return clean_author(m["name"]) if article or not _lone_name(m["paper"]) else None


# -- the article a newspaper's name opens with, in the languages we read ("La Jornada", "Der Bund")
_PAPER_ARTICLES = word_set("the la el le les los las il lo die der das het")


# -- a list's last writer joined by "and" ("…, Ana Roe and Sam Oki"), in the languages we read
_LAST_JOINED = lazy_compile(r"\s(?:and|und|et|y|e|en|och|og|&)\s+\S")


def _listed_writers(names: str) -> str | None:
    """The writers a byline lists, joined by "and" ("y", "et", "und" …), each a person's name.

    A comma after one name usually adds a role or an agency ("Jo Li, Staff
    Writer"); only a list closed by "and" names writers throughout.
    """
    if not _LAST_JOINED.search(names):
        return None
    return name_list(names.strip(" ."))


def first_page_byline(body: list[Para]) -> tuple[str, int] | None:
    """A "By Jo Li" paragraph on the first page, below the opening lines, and where it is.

    A brief laid out in columns sets its byline in a side column: the text layer
    reads it after the first section's paragraphs. A paragraph that is only
    "By" and a person's name is the byline wherever the first page puts it.
    """
    for n, p in enumerate(body):
        if p.block.start >= FIRST_PAGE:
            break
        m = _BYLINE.match(p.text.strip())
        if m and m.group(0)[:2].casefold() == "by" and name_line(m.group("name").strip(" .")):
            return clean_author(m.group("name").strip(" .")), n
    return None


# -- a team signing with first names only: three or more single capitalised words and commas
# -- ("By Josh, Pony, So, Ha"); "By Jo Li, Reuters" names a person and an agency
_GIVEN_NAMES = lazy_compile(rf"[{_UPPER}][a-z]+(?:\s*,\s*[{_UPPER}][a-z]+){{2,}}")


def is_person_byline(text: str) -> bool:
    """A byline naming a person ("by Jane Doe"), which is never a heading ("By the Numbers" is)."""
    m = _BYLINE.match(text) or _FOREIGN_BYLINE.match(text)
    return bool(m and re.fullmatch(_PERSON, clean_author(m.group("name"))))


_INITIAL = lazy_compile(rf"^[{_UPPER}]\.$")


# -- a word made into an abstract noun ("Identification", "Implications", "Methodology"):
# -- the stuff of headings and topic lists, never of a person's name
_ABSTRACT_NOUN = lazy_compile(r"\w{3,}(?:tions?|sions?|isms?|ologys?|ologies|ities)", re.I)


def name_line(text: str) -> bool:
    """A line that is just a person's name (two to five capitalised words, no title words)."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and re.fullmatch(_PERSON, text) is not None
        and not any(_ABSTRACT_NOUN.fullmatch(w.strip(".,;:")) for w in words)
        # -- a middle initial ("Lucas A. Meyer") is no title word, even when it spells one;
        # -- a leading "A." enumerates a heading ("A. PURPOSE")
        and not any(
            w.lower().strip(".,") in NON_NAME_WORDS
            for k, w in enumerate(words)
            if not (0 < k < len(words) - 1 and _INITIAL.match(w))
        )
    )


_EMPTY_PARENS = lazy_compile(r"\(\s*\)")
_NOTE_MARKS = lazy_compile(r"[*∗†‡§¶]+|(?<=[^\W\d_])\d{1,2}\b")


def name_list(text: str) -> str | None:
    """Authors listed under a paper's title ("Jo Li∗, Ana Petrosyan† and Sam Okonkwo"), or None."""
    if len(text) > 400 or (" | " not in text and not _NAME_JOIN.search(text)):
        return None
    if " | " in text:  # -- an author block set in columns, each cell a name, office or address
        return _cell_names(text)
    cleaned = _EMPTY_PARENS.sub("", _NOTE_MARKS.sub("", text))  # -- "( )": a mail icon's place
    parts = [p.strip(" ,.;") for p in name_parts(cleaned)]
    parts = [re.sub(r"^and\s+", "", p) for p in parts]  # -- "…, and Weining Li"
    # -- "Nora L. Keenan, PhD Kate M. Shaw, MS": each name's degree after it, lines run together
    parts = [p for p in map(_without_leading_degrees, parts) if p]
    if len(parts) >= 2 and all(name_line(p) for p in parts):
        return ", ".join(parts)
    return None


# -- what parts the writers of a list: a comma or semicolon, "&", and "and" in the languages we
# -- read ("Jo Li, Ana Roe and Sam Oki", "Benedikt Nabben und Sabina Wolf", "Jo Li; Ana Roe")
_NAME_JOIN = lazy_compile(
    r"\s*[,;]\s*(?:(?:and|und|et|y|e|i|en|og|och|&)\s+)?"
    r"|\s+(?:and|und|et|y|e|i|en|og|och)\s+|\s*&\s*"
)


def name_parts(text: str) -> list[str]:
    """The parts of a list of writers, split where the list joins them (each caller checks them).

    The one splitter of bylines, author lists and header name lines, so that a
    list read in one place is read the same way in every other.
    """
    return [p for p in (x.strip() for x in _NAME_JOIN.split(text)) if p]


def _without_leading_degrees(part: str) -> str:
    """A part of an author list without the degrees that open it ("PhD Kate M. Shaw" → "Kate M. Shaw").

    A byline writes each author's degree after the name ("Jo Li, PhD"); set one
    author a line, the degree ends up in front of the next name, or alone.
    """
    words = part.split()
    while words and words[0].replace(".", "") in _CREDENTIALS:
        words = words[1:]
    return " ".join(words)


def _cell_names(text: str) -> str | None:
    """The names among a paper's author cells set side by side ("Jo Li | Ana Petrosyan").

    Either every cell is a name, or the cells mix names with their affiliations and
    addresses, as a title page's author block does, and then an e-mail cell shows it
    is one ("119 Pine St. | jo@x.org | Jo Li | Seattle | Acme | ana@x.org | Ana Petrosyan").
    """
    cells = [c.strip(" ,.;") for c in text.split(" | ")]
    mail = [c.split("@")[0].casefold() for c in cells if _MAIL_CELL.fullmatch(c)]
    cells = [_mailed_name(c, mail) or c for c in cells]
    names = [c for c in dict.fromkeys(cells) if name_line(c) and not organisation(c)]
    if names and (len(names) == len(cells) or any(_MAIL_CELL.fullmatch(c) for c in cells)):
        return ", ".join(names)
    return None


def _mailed_name(cell: str, mail: list[str]) -> str | None:
    """The name opening a cell that adds its affiliation ("Karen Sollins, CSAIL, MIT"), else None.

    Only a name whose surname or given name an author e-mail in the block spells
    ("sollins@…") counts: "Sloan School, MIT" opens with no one's name.
    """
    head = cell.split(",")[0].strip()
    if head == cell or not name_line(head):
        return None
    words = [w.casefold() for w in head.split() if len(w) >= 3]
    return head if any(w in box for w in words for box in mail) else None


_MAIL_CELL = lazy_compile(r"\{?[\w.+-]+(?:,[\w.+-]+)*\}?@[\w-]+(?:\.[\w-]+)+")


COVER_REACH = 12  # -- blocks of a cover page (title, subtitles, blurbs) before the body starts


def cover_authors(paras: list[Para]) -> tuple[str, int, int] | None:
    """Authors a cover lists in a block of their own, and where those blocks start and end; else None.

    A report's cover carries title, taglines, the authors' names and the
    series ("Redpaper") in any order, so the names need not sit under the
    title: a block that is only a list of personal names, among the first
    few and before any paragraph of running text, is the author list.
    """
    lone: list[str] = []
    for n, p in enumerate(paras[:COVER_REACH]):
        if not p.heading_level and len(p.text) > 200:
            return None  # -- the body has started: a list of names here is content
        if names := name_list(p.text):
            # -- a journal's cover sets each author over an affiliation: "Marie Gee Wilson" /
            # -- "The University of …" / "Sophie Chen and Sonia Fernandes" lists all of them
            end = n + 1
            # -- a long list set in rows under the title ("…, Jason Orendorff" / "Jesse Ruderman, …")
            while end < len(paras) and (more := name_list(paras[end].text)):
                names, end = f"{names}, {more}", end + 1
            return ", ".join([*lone, names]), n, end
        if name_line(p.text) and p.text not in lone:
            lone.append(p.text)
    return None


def _lone_name(text: str) -> bool:
    """A line that is a person's name after an honorific ("Senator Jo Li", "Dr Ana Petrosyan")."""
    words = text.split()
    honorifics = {h.rstrip(".") for h in HONORIFICS}
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return name_line(" ".join(words))


def shorter_printed_name(declared: str | None, lines: list[str]) -> str | None:
    """The declared author's name as a front line prints it first, its middle names left out.

    A file's author property holds the account's full name ("Jo Maria Li"); the
    paper prints the name the writer signs with, often run on with the
    affiliation under it ("Jo Li Department of …"). Only the declared name's own
    first and last words count, with fewer of its middle names (or their initials) between.
    """
    full = (declared or "").split()
    if len(full) < 3 or not name_line(declared or ""):
        return None
    for line in lines:
        words = line.split()
        for k in range(2, min(len(full), len(words) + 1)):
            shown = words[:k]
            kept = all(w.rstrip(".")[:1] in {m[:1] for m in full[1:-1]} for w in shown[1:-1])
            if shown[0] == full[0] and shown[-1] == full[-1] and kept:
                return " ".join(shown)
    return None


def _name_part(text: str) -> str | None:
    """A person's name among the separated parts of a dateline ("Working paper · 5 June · Jo Li")."""
    for part in re.split(r"\s*[·•|/]\s*|\s+[-–—]\s+", text):
        part = part.strip(" *_,")
        if m := _TAGGED_SURNAME.fullmatch(part):  # -- "Mr. REYES — 4 May 2011"
            return m["name"].title() if m["name"].isupper() else m["name"]
        if name_line(part):
            return part
    return None


# -- a surname after a courtesy title, as a record of debate names its speaker: "Ms. OKAFOR"
_TAGGED_SURNAME = lazy_compile(rf"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<name>[{_UPPER}][\w'’-]+)")


def take_front_matter(paras: list[Para]) -> tuple[list[Para], list[Para]]:
    """Leading dateline, publication, standfirst and byline, up to the first body paragraph."""
    paras = _field_heads(_label_over_name(_without_record_keys(paras)))
    paras, signed = _unmarked_authors(_joined_name_list(paras))
    end = 0
    for n, p in enumerate(paras[:8]):
        ahead = paras[n + 1 : n + 3]
        marked = [_dateline(q.text) or _byline(q.text) is not None for q in ahead]
        if n in signed:
            end = n + 1  # -- a paper's authors, their affiliation marks matching the lines below
            continue
        if (
            p.heading_level
            and not _front_heading(p.text, any(marked))
            and not (n == 0 and _name_over_heading(p, ahead))
            and not (n == 0 and _subtitle_over_byline(ahead))
        ) or division_level(p.text):
            break  # -- "CAPÍTULO PRIMEIRO" opens the body; it is no name
        if (
            _dateline(p.text)
            or _byline(p.text)
            or (n == 0 and _delivered_by(p.text))
            or agency_dateline(p.text)
            or (name_line(p.text) and any(marked))
            or (
                is_short_line(p.text, max_words=8)
                and ahead
                and (marked[0] or is_short_line(ahead[0].text, 8) or name_line(ahead[0].text))
            )
            or (len(p.text) < 400 and any(marked) and not p.text.endswith(":"))
            or (n == 0 and _lone_name(p.text) and bool(ahead) and len(ahead[0].text) > 150)
            or (end == n and _stacked_writer(paras, n))
            or (n == 0 and p.heading_level > 0 and _name_over_heading(p, ahead))
            or (end == n and name_list(p.text) is not None)  # -- under a series line too
            or (
                (_affiliation(p.text) or _marks_an_affiliation(p.text, ahead))
                and any(name_list(q.text) or k in signed for k, q in enumerate(paras[:n]))
            )
            or (n - 1 in signed and _MARK_LINE.fullmatch(p.text) is not None)
        ):
            end = n + 1
        else:
            break
    front = paras[:end]
    if not any(
        _dateline(p.text)
        or _byline(p.text)
        or _delivered_by(p.text)
        or agency_dateline(p.text)
        or _lone_name(p.text)
        or name_list(p.text)
        or _name_header(p.text)
        for p in front
    ):
        return (
            [],
            paras,
        )  # -- short lines with no date or name are the body (a speech's salutations)
    return front, paras[end:]


# -- a wire story's dateline set apart from its first paragraph: the place and the agency
# -- ("Köln (ots)", "BERLIN (dpa)", "Washington (AP) —"); the report's text follows it
_AGENCY_DATELINE = re.compile(
    rf"\s*[{_UPPER}][\w'’.-]+(?:[ /-][{_UPPER}][\w'’.-]+){{0,3}}\s*"
    r"\((?i:ots|dpa|afp|ap|apa|sda|ats|kna|epd|dts|ddp|sid|reuters|efe|ansa|upi|kyodo|xinhua|ips"
    r"|pa|belga|anp)\)\s*[-–—:]?\s*"
)


def agency_dateline(text: str) -> bool:
    """A line that is only a wire story's place and agency ("Köln (ots)"): no title, no section."""
    return _AGENCY_DATELINE.fullmatch(text) is not None


# -- a record's key printed under the title by the archive it was saved from: a content hash or a
# -- UUID ("1754f7b5…", "`123e4567-e89b-…`"), with a digit and a letter; a plain number may be a year
_RECORD_KEY = lazy_compile(
    r"[`'\"]?(?=[^\s]*\d)(?=[^\s]*[a-fA-F])"
    r"(?:[0-9a-f]{16,64}|[0-9A-F]{16,64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})[`'\"]?"
)
KEY_REACH = 3  # -- the opening blocks under the title where an archive prints its record key


def _without_record_keys(paras: list[Para]) -> list[Para]:
    """The opening blocks without a record key an archive set under the title, often as a heading.

    A key names nothing: kept, it stops the front lines under it being read (the
    speaker-and-date line of a congressional record) and becomes a section.
    """
    return [
        p
        for n, p in enumerate(paras)
        if n >= KEY_REACH or not _RECORD_KEY.fullmatch(p.text.strip())
    ]


# -- a front field's label set as a heading of its own ("### Author" over "Jo Li")
_FIELD_HEAD = re.compile(r"(?i:authors?|written by|prepared by|by|date|published|publication date)")


# -- a byline's label set on a line of its own, its name on the next: "featured op-ed by"
_BY_LABEL = lazy_compile(r"(?:\S+\s+){0,4}by\s*:?", re.I)
LABEL_REACH = 4  # -- the opening lines under the title where a byline's label stands


def byline_label(text: str) -> bool:
    """A line that is only a byline's label, the name left for the next line ("An essay by")."""
    return _BY_LABEL.fullmatch(text.strip()) is not None


def _label_over_name(paras: list[Para]) -> list[Para]:
    """A byline's label over the writer's name ("An essay by" / "jo li") as one byline.

    A designed page sets the label and the name apart, each in its own type, the
    name perhaps all in lower case: together they read "By Jo Li", and neither
    line is a section.
    """
    for n, (label, value) in enumerate(itertools.pairwise(paras[: LABEL_REACH + 1])):
        name = value.text.strip()
        name = name.title() if name.islower() else name
        if byline_label(label.text) and _lone_name(name):
            return [*paras[:n], Para(f"By {name}", value.block), *paras[n + 2 :]]
    return paras


def _field_heads(paras: list[Para]) -> list[Para]:
    """Front fields whose labels are set as headings ("### Author" / "Jo Li") as labelled lines.

    A Markdown brief heads its byline and date like sections, the value on the
    line under each label: read as "Author: Jo Li", the pair is a byline and
    neither line is a section.
    """
    out = list(paras)
    n = 0
    while n + 1 < len(out) and n < 6:
        head, value = out[n], out[n + 1]
        if not (head.heading_level and _FIELD_HEAD.fullmatch(head.text.strip().rstrip(":"))):
            break
        if value.heading_level or not is_short_line(value.text, max_words=12):
            break
        label = head.text.strip().rstrip(":")
        out[n : n + 2] = [Para(text=f"{label}: {value.text.strip()}", block=value.block)]
        n += 1
    return out


# -- a Markdown hard line break: two spaces or a backslash before the line's end
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")
STACK_REACH = 4  # -- the opening blocks where a byline stack is sought


def byline_stacks(paras: list[Para], source: str) -> list[Para]:
    """The opening paragraph set as short lines with hard breaks, each line a line of its own.

    A Markdown brief stacks its writer, course and date under the title with
    hard breaks ("Jo Li  " / "Policy Project  " / "March 2026"); the reader joins
    them into one paragraph, which reads as no byline. Only a stack of short lines
    one of which is a person's name is split.
    """
    out = list(paras)
    for n, p in enumerate(paras[:STACK_REACH]):
        if p.heading_level:
            continue
        raw = source[p.block.start : p.block.end]
        lines = [" ".join(x.strip(" *_").split()) for x in _HARD_BREAK.split(raw)]
        if len(lines) < 2 or " ".join(lines) != " ".join(p.text.split()):
            continue
        if all(is_short_line(x, max_words=8) for x in lines) and any(
            _lone_name(x) or _byline(x) for x in lines
        ):
            out[n : n + 1] = [Para(text=x, block=p.block) for x in lines]
            return out
    return out


def _marks_an_affiliation(text: str, ahead: list[Para]) -> bool:
    """An affiliation's mark on a line of its own ("1") over the institution it marks.

    A PDF that drops superscripts prints "1" / "Université de Montréal, Mila, …" / "4" /
    "The Alan Turing Institute, …" under the authors: read as the body, the affiliations
    became the paper's first section and the memo's bottom line.
    """
    return _MARK_LINE.fullmatch(text) is not None and bool(ahead) and _affiliation(ahead[0].text)


def _joined_name_list(paras: list[Para]) -> list[Para]:
    """A paper's author list wrapped over two lines ("… Benjamin Charles Germain" / "Lee, …") as one."""
    if len(paras) < 2 or paras[0].heading_level or paras[1].heading_level:
        return paras
    first, second = paras[0].text, paras[1].text
    continued = first.rstrip().endswith((",", " and", "&"))  # -- the list goes on
    carried = re.match(r"^[^\s,]+\s*,", second) is not None  # -- a surname carried over: "Lee, …"
    if not (continued or carried):
        return paras
    joined = f"{first.rstrip()} {second.lstrip()}"
    if name_list(joined) is None:
        return paras
    return [Para(text=joined, block=paras[0].block), *paras[2:]]


# -- an affiliation's mark set on a line of its own ("a") or glued to its institution
# -- ("aDepartment of Mathematics", "1University of Oxford") when a PDF loses superscripts
_MARK_LINE = re.compile(r"[a-z\d]{1,2}|[*∗†‡§¶]")
_GLUED_MARK = lazy_compile(r"^(?P<mark>[a-z]|\d{1,2})(?=[A-Z][a-z])")
_NAME_MARKS = lazy_compile(
    r"(?<=[a-z])(?P<marks>[a-z\d](?:,\s?[a-z\d*∗†‡])*)(?=\s*(?:,|\band\b|&|$))"
)
SIGNED_REACH = 4  # -- lines under an author line where its affiliations start


def _unmarked_authors(paras: list[Para]) -> tuple[list[Para], set[int]]:
    """A paper's author lines with the affiliation marks a PDF glued to them cut off.

    A title page sets "Alex Saad^{a,1}" over "^{a} Department of Mathematics, …"; the
    text layer gives "Alex Saada,1" over "a" and the institution. A letter counts as a
    mark only when the lines below print it as an affiliation's, and only in a run of
    marks ("a,1"): a lone last letter may end the surname ("Costa").
    """
    out, signed = list(paras), set()
    for n, p in enumerate(paras[:SIGNED_REACH]):
        below = [q.text.strip() for q in paras[n + 1 : n + 1 + SIGNED_REACH]]
        if not any(_affiliation(t) for t in below) or len(p.text) > 300:
            continue
        marks = {t for t in below if _MARK_LINE.fullmatch(t)}
        marks |= {m.group("mark") for t in below if (m := _GLUED_MARK.match(t))}
        if not marks:
            continue
        text = _NAME_MARKS.sub(partial(_without_marks, marks=frozenset(marks)), p.text)
        if text != p.text and (name_line(text) or name_list(text)):
            out[n] = Para(text=text, block=p.block, heading_level=0)
            signed.add(n)
    return out, signed


def _without_marks(m: re.Match[str], *, marks: frozenset[str]) -> str:
    """The run of marks after a name cut when every mark in it is printed below, else kept."""
    parts = [x.strip() for x in m.group("marks").split(",")]
    ours = [x in marks or x.isdigit() or not x.isalnum() for x in parts]
    if len(parts) > 1 and not ours[0] and all(ours[1:]):
        return parts[0]  # -- "Costa,1": the surname's own last letter, then its mark
    # -- a lone letter may end the surname ("Costa"): only a run of marks is cut
    return "" if all(ours) and (len(parts) > 1 or parts[0].isdigit()) else m[0]


# -- what a paper prints under its authors: institutions, e-mail addresses, note marks
_AFFILIATION = re.compile(
    r"@|\b(?:universit\w+|institut\w*|college|school|laborator\w+|labs?|cent(?:er|re)|department"
    r"|faculty|research|inc|corp\w*|ltd|gmbh)\b",
    re.I,
)


def _affiliation(text: str) -> bool:
    """A short line of institutions or addresses, or of note marks alone ("† ‡")."""
    return len(text) <= 300 and (bool(_AFFILIATION.search(text)) or not re.search(r"\w", text))


def _stacked_writer(paras: list[Para], n: int) -> bool:
    """A writer's name or affiliation in a stack of them under the title, each on its own line.

    A paper prints each writer over their university ("Jo Li" / "Department of
    …" / "Ana Roe" / "Harbour Institute"): a name with an affiliation under it,
    or an affiliation right under a name, is a front line.
    """
    text, nxt = paras[n].text, paras[n + 1].text if n + 1 < len(paras) else ""
    if _lone_name(text):
        return _affiliation_line(nxt) and not _lone_name(nxt)
    return n > 0 and _affiliation_line(text) and _lone_name(paras[n - 1].text)


def _affiliation_line(text: str) -> bool:
    """A short line naming an institution ("Department of Economics, Harbour University")."""
    return is_short_line(text, AFFILIATION_WORDS) and _affiliation(text)


AFFILIATION_WORDS = 14  # -- the most words of a writer's affiliation line


def _name_over_heading(p: Para, ahead: list[Para]) -> bool:
    """A person's name set as a heading right under the title, a heading straight under it.

    A PDF brief prints its writer's name in the bold type of its heads ("Wenhui
    Yang" over "Executive Summary:"): a name with no text of its own heads nothing.
    """
    return _lone_name(p.text) and bool(ahead) and ahead[0].heading_level > 0


def _subtitle_over_byline(ahead: list[Para]) -> bool:
    """The lines under a heading straight under the title are its writer's name and a date.

    A magazine sets its subtitle as a heading ("En busca de la política …") over
    the byline and the issue's month: the heading is the subtitle, not a section.
    """
    return (
        len(ahead) == 2
        and not any(q.heading_level for q in ahead)
        and (_lone_name(ahead[0].text) or _byline(ahead[0].text) is not None)
        and _dateline(ahead[1].text)
    )


def _front_heading(text: str, marked_ahead: bool) -> bool:
    """A line set in large type under the title that is a date or a byline, not a section.

    Layout-inferred headings (PDF type sizes) catch an article's centred
    author and date lines: "Lucas A. Meyer" over "2022-07-07".
    """
    if name_list(text) is not None or _delivered_by(text):  # -- a paper's authors, a speaker
        return True
    if len(text.split()) > 8:
        return False
    return (
        bool(parse_date(text))
        or _byline(text) is not None
        or (_lone_name(text) and marked_ahead)
        or credit_line(text)
        or agency_dateline(text)
    )


def _delivered_by(text: str) -> str | None:
    """The speaker a speech's delivery line names ("… delivered by Ms Jo Li, Minister …"), else None.

    A statement's record prints under its title who delivered it, where and when,
    in one long sentence: the speaker is its author, the day its date.
    """
    if len(text.split()) > 60:
        return None
    m = _DELIVERED_BY.search(text)
    return clean_author(m.group("name")) if m and not organisation(m.group("name")) else None


# -- a credit to someone who did not write the piece: "Edited by …", "Translated by …", "Editor: …"
_ROLE_CREDIT = re.compile(
    r"^\s*(?:(?:edited|reviewed|translated|illustrated|compiled|fact-checked|copy-edited"
    r"|photographed|produced|(?:additional\s+)?reporting)\s+by"
    r"|(?:editors?|translators?|illustrations?|photos?)\s*:)\s+(?P<names>[A-Z].*)$",
    re.I,
)


def credit_line(text: str) -> bool:
    """ "Edited by Jo Li and Ana Roe" (translated, illustrated … by; "Editor: …"): people who
    helped make the piece, named under its byline — neither its author nor a section."""
    m = _ROLE_CREDIT.match(text)
    names = m["names"].strip(" .") if m else ""
    return bool(names) and bool(name_line(names) or name_list(names))


def read_front(front: list[Para]) -> dict[str, str]:
    """Metadata from the front lines: date, author, publication, standfirst."""
    found: dict[str, str] = {}
    listed = False  # -- a paper's author list was read: institutions under it are no publication
    stacked = False  # -- a writer's name alone on its line was read: another may follow
    for k, p in enumerate(front):
        previous = front[k - 1].text if k else ""
        if not any(c.isalnum() for c in p.text) or (listed and _affiliation(p.text)):
            continue  # -- a rule line ("______") between a title and its byline
        names = name_list(p.text)
        delivered = _delivered_by(p.text)  # -- "Statement of X delivered by Jo Li": the speaker
        author = delivered or _byline(p.text)
        continued, listed = listed, listed or names is not None
        if _dateline(p.text):
            found.setdefault("date", parse_date(p.text) or find_date(p.text) or p.text)
        elif _SHORT_DATE.fullmatch(p.text.strip()) and (short := short_numeric_date(p.text)):
            found.setdefault("date", short)  # -- "3/4/19" alone in a writer's header block
        if delivered and (when := find_date(p.text)):
            found.setdefault("date", when)  # -- "… delivered by Jo Li … on 19 November 2024, …"
        if author:
            found.setdefault("author", author)
        elif names and continued and found.get("author"):
            # -- a long author list set in two rows under the title: the second row goes on
            found["author"] += ", " + names
        elif "author" not in found and names:
            found["author"] = names
        elif _lone_name(p.text) and "author" not in found:
            found["author"] = clean_author(p.text)
            stacked = True
        elif _lone_name(p.text) and stacked and _affiliation_line(previous):
            found["author"] += ", " + clean_author(p.text)  # -- the next writer of a stack
        elif "author" not in found and (who := _name_header(p.text)):
            found["author"] = who  # -- "Jo Li · Independent Researcher" under the title
        elif _dateline(p.text) and "author" not in found and (name := _name_part(p.text)):
            found["author"] = name
        elif _dateline(p.text) or agency_dateline(p.text):
            continue  # -- "Köln (ots)": where the story was filed, and by which agency
        elif is_short_line(p.text, max_words=8) and "standfirst" not in found:
            found.setdefault("publication", p.text)
        else:
            found.setdefault("standfirst", _FIELD_LABEL.sub("", p.text, count=1))
    return found


# -- a form's field label before a subtitle line ("Title: A Policy for …"): not the reader's text
_FIELD_LABEL = re.compile(r"^\s*(?i:(?:sub)?title)\s*:\s*(?=\S)")


# -- degrees and post-nominals written after a name, compared without dots ("M.D." is "MD")
_CREDENTIALS = frozenset(
    [
        "MD",
        "PhD",
        "DPhil",
        "RN",
        "MPH",
        "MBA",
        "JD",
        "DDS",
        "DMD",
        "DVM",
        "MSc",
        "MSN",
        "BSN",
        "NP",
        "PharmD",
        "FACP",
        "FACS",
        "FRCP",
        "FRCS",
        "CPA",
        "Esq",
        "LLM",
        # -- the master's and bachelor's degrees a health report's byline prints: "Kate M. Shaw, MS"
        "MS",
        "MA",
        "MSW",
        "DrPH",
        "ScD",
        "EdD",
    ]
)


# -- a post-nominal set off by a comma: "CISSP", "Ph.D.", "FRSA" — letters and dots, two or more
# -- capitals; "Jr." (one capital) is part of the name
_POST_NOMINAL = lazy_compile(r"[A-Z][A-Za-z.]{1,9}")


def without_post_nominals(name: str) -> str:
    """A name without the degrees and certifications listed after it ("Brian J. Ruf, CISSP, PMP").

    Each comma-separated tail counts when it is one word shaped like a
    post-nominal (two capitals or more, or a known degree such as "PhD"), so
    "Ruf, Brian" or "Doe, Jr." keep their parts.
    """
    parts = name.split(",")
    while len(parts) > 1 and _post_nominal(parts[-1].strip()):
        parts.pop()
    return ",".join(parts).strip()


def _post_nominal(word: str) -> bool:
    if not _POST_NOMINAL.fullmatch(word):
        return False
    return sum(c.isupper() for c in word) >= 2 or word.replace(".", "") in _CREDENTIALS


def clean_author(name: str) -> str:
    """A byline's name without agency, date, honorific or shouting ("JANE DOE | Reuters")."""
    name = re.split(r"\s*[|,·•/(]\s*|\s+[-–—]\s+|\s+on\s+\w+\s+\d|\s+\d", name)[0]
    name = _without_client(name)
    words = name.strip(" .*_").split()
    while words and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        words = words[1:]
    while len(words) > 2 and words[-1].strip(",").replace(".", "") in _CREDENTIALS:
        words = words[:-1]  # -- "Lynne Eldridge MD": a degree after the name is not part of it
    name = " ".join(words)
    if name.isupper() and " " in name:  # -- "JANE DOE" shouts; "AFP" is an agency's name
        name = " ".join(w.capitalize() if w.lower() != "and" else "and" for w in name.split())
    return name


def _without_client(name: str) -> str:
    """A writer's name without whom they wrote for ("Jo Li for WSDOT as part of …" → "Jo Li").

    A byline names the body a piece was written for after "for"; the person is
    the name before it. A body's own name ("Institute for Fiscal Studies") has
    no person's name before its "for", so it stays whole.
    """
    if " for " not in name:  # -- cheap test before the pattern (issue 20)
        return name
    m = re.match(r"(?P<name>.+?)\s+for\s+(?=(?:the\s+)?[A-Z])", name)
    if m and name_line(m.group("name")) and not organisation(m.group("name")):
        return m.group("name")
    return name


_MORE = lazy_compile(
    r"^(?:see|read|learn|find|view|explore|check\s+out)\s+(?:more|all|other)\b", re.I
)


def take_author_bio(body: list[Para], author: str | None) -> tuple[list[Para], str | None]:
    """The closing "X is a … at …" paragraph, kept out of the content."""
    for k in (1, 2):
        if len(body) <= k:
            break
        p = body[-k]
        if p.heading_level or len(p.text) > 700:
            continue
        # -- a closing "See more case studies on …" pointer does not stop the bio being last
        last = k == 1 or (len(body[-1].text.split()) <= 25 and bool(_MORE.match(body[-1].text)))
        if _is_bio(p.text, author, last=last):
            kept = body[: len(body) - k] + body[len(body) - k + 1 :]
            if kept and kept[-1].heading_level and re.search(r"(?i)\babout\b", kept[-1].text):
                kept = kept[:-1]
            return kept, p.text
    return _headed_bio(body, author)


# -- the heading a document gives its writer's biography
_ABOUT_HEADING = re.compile(r"(?i)about the (?:authors?|writers?)|the authors?")


def _headed_bio(body: list[Para], author: str | None) -> tuple[list[Para], str | None]:
    """The bio under an "About the author" heading, the document's last, whatever follows it.

    A report's closing page introduces its writer under that heading; the endnotes
    a PDF sets after the text can follow it, so the bio need not be the last paragraph.
    """
    heads = [n for n, p in enumerate(body) if p.heading_level]
    if not heads or not _ABOUT_HEADING.fullmatch(body[heads[-1]].text.strip(" :")):
        return body, None
    n = heads[-1]
    if n + 1 >= len(body) or len(body[n + 1].text) > 1200:
        return body, None
    if not _is_bio(body[n + 1].text, author, last=True):
        return body, None
    return body[:n] + body[n + 2 :], body[n + 1].text


def _is_bio(text: str, author: str | None, *, last: bool) -> bool:
    text = _LEAD_DASH.sub("", text)
    about = _ABOUT.match(text)
    rest = text[about.end() :] if about else text
    m = _BIO.match(rest)
    if author and _starts_with_author(rest, author) and re.search(r"\b(is|was|serves)\b", rest):
        return True
    return bool(m) and (last or about is not None) and bool(about or _BIO_CUE.search(rest))


def _starts_with_author(text: str, author: str) -> bool:
    names = [a.strip() for a in re.split(r",|\band\b", author) if a.strip()]
    return any(text.startswith(n) or text.startswith(n.split()[-1] + " ") for n in names)


def bio_author(bio: str) -> str | None:
    """The persons a bio introduces: "A is a designer at X. B is a designer at Y." names both."""
    bio = _LEAD_DASH.sub("", bio)
    about = _ABOUT.match(bio)
    rest = bio[about.end() :] if about else bio
    m = _BIO.match(rest)
    if not m:
        return None
    names = [m.group("name")]
    for s, _e in split_sentences(rest)[1:]:
        if (more := _BIO.match(rest[s:])) and more.group("name") not in names:
            names.append(more.group("name"))
    return ", ".join(names)


# -- a closing credit line: "Prepared by GobiernoUSA.gov and the Web Community, based on …"
# -- also in the passive of a sentence about the piece itself: "This article was written by …",
# -- "The report was co-authored by …" (two words at most name the piece)
_CREDIT = re.compile(
    r"^(?:(?:(?:this|the|our)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:was|were|has\s+been|is)\s+)?"
    r"(?:co-?)?(?:prepared|written|compiled|produced|authored)\s+by:?"
    # -- the same credit in fr, es/pt, de and ar: "Ce guide a été rédigé par", "Este informe
    # -- fue elaborado por", "Dieser Leitfaden wurde verfasst von", "تم كتابة هذا الدليل بواسطة"
    r"|(?:(?:ce|cet|cette)\s+\w+\s+a\s+été\s+)?(?:rédigé|écrit|préparé)e?s?\s+par"
    r"|(?:(?:este|esta|esse|essa)\s+\w+\s+(?:fue|foi)\s+)?"
    r"(?:escrit|elaborad|preparad|redactad)[oa]s?\s+por"
    r"|(?:(?:dieser|diese|dieses)\s+\w+\s+wurde\s+)?(?:geschrieben|verfasst|erstellt)\s+von"
    r"|(?:تمت?\s+)?(?:كتابة|إعداد|اعداد)\s+(?:هذا|هذه)\s+\S+\s+(?:بواسطة|من\s+قبل))"
    r"\s+(?P<names>.+)$",
    re.I,
)
_CREDIT_JOIN = {"and", "&", "the", "y", "et", "und", "e"}


# -- the date a closing credit block states among its lines: "… Date: July 7, 2026"
_CREDIT_DATE = lazy_compile(r"\b(?:date|dated|fecha|datum)\s*:\s*", re.I)


# -- a writer's name and the day, set apart by a dash: "Jo Li – 9/4/97", "Jo Li — 4 May 2020"
_SIGNED_DATE = lazy_compile(r"(?P<name>[^–—-]{4,60}?)\s+[–—-]\s+(?P<date>[^–—-]{6,30})")
SIGNED_DATE_REACH = 3  # -- the opening paragraphs of the body where a signed date line sits


def signed_date(body: list[Para]) -> str | None:
    """The day a line of the writer's name and a date gives, among the body's opening lines.

    A memo set under its title and motto signs "Jo Li – 9/4/97" before the text:
    the date beside the name is the memo's (a two-digit year too, read the way
    the document's language writes dates).
    """
    for p in body[:SIGNED_DATE_REACH]:
        m = _SIGNED_DATE.fullmatch(" ".join(p.text.split()))
        if m and name_line(m["name"]):
            when = parse_date(m["date"]) or short_numeric_date(m["date"])
            if when:
                return when
    return None


def credit_date(body: list[Para]) -> str | None:
    """The day a closing credit ("Compiled by: … Date: July 7, 2026") dates the document."""
    for p in reversed(body[-3:]):
        if p.heading_level or len(p.text) >= 400 or not _CREDIT.match(p.text.strip(" _*")):
            continue
        for m in _CREDIT_DATE.finditer(p.text):
            iso = parse_date(p.text[m.end() : m.end() + 40].strip())
            if iso and len(iso) == 10:
                return iso
            found = dates_in(p.text[m.end() : m.end() + 40])
            if found and found[0][0] == 0 and len(found[0][2]) == 10:
                return found[0][2]
    return None


# -- a labelled author line: "Author: Jo Li", "Briefcase Author: Jo Li", "Report authors: A and B"
_AUTHOR_LINE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[Aa]uthors?\s*:\s*(?P<name>[^:]{3,120})")
AUTHOR_LINE_REACH = 8  # -- closing lines searched: a reference list may follow the credit


# -- a memo written for its signatory: "On behalf of Budget Director, Robert Cenname, below is …"
_ON_BEHALF = lazy_compile(
    rf"^(?i:on behalf of)\s+(?:(?:the\s+)?[{_UPPER}][\w ]{{0,40}}?,\s+)?(?P<name>{_PERSON})\s*,"
)
BEHALF_REACH = 3  # -- the opening paragraphs where a memo says whom it speaks for


def behalf_author(body: list[Para]) -> str | None:
    """The person a memo opens by writing on behalf of, or None.

    Staff send a memo "On behalf of Budget Director, Robert Cenname": the named
    official signs it, and the file's author property is only the staff account
    that saved it. Only a person's name set off by commas right after the phrase
    (perhaps after their office) counts.
    """
    texts = [p.text.strip() for p in body if not p.heading_level][:BEHALF_REACH]
    for text in texts:
        if (m := _ON_BEHALF.match(text)) and name_line(m.group("name")):
            return m.group("name")
    return None


def labelled_author(body: list[Para]) -> str | None:
    """The person a closing "… Author: Jo Li" line names: a brief credits its writer so.

    Only a line that is the label and a person's name (or a list of names) counts.
    """
    for p in reversed([p for p in body[-AUTHOR_LINE_REACH:] if not p.heading_level]):
        m = _AUTHOR_LINE.fullmatch(" ".join(p.text.split()).strip(" _*"))
        name = m["name"].strip(" .") if m else ""
        if name and (name_line(name) or name_list(name)):
            return name_list(name) or name
    return None


# -- "Par le groupe de travail X", "By the working group X": a credit to a named body of writers
_GROUP_CREDIT = re.compile(
    r"(?i:by|par|von|por|di)\s+(?i:the\s+|le\s+|la\s+|l['’]|der\s+|die\s+|el\s+|il\s+)?"
    r"(?i:working\s+group|task\s+force|groupe\s+de\s+travail|arbeitsgruppe|grupo\s+de\s+trabajo"
    rf"|gruppo\s+di\s+lavoro)\s+(?P<name>[{_UPPER}][^.!?:;]{{2,120}})"
)


def group_credit(body: list[Para]) -> str | None:
    """The named body a line of its own credits as the writer ("Par le groupe de travail X").

    A movement's page has a part written by one of its working groups and says so
    in a line under that part's heading; the group's name is the author. Only a
    line that is the credit alone counts, the group named after the label with
    a capital: "by the working group of the council" is a sentence's end.
    """
    for p in body:
        m = _GROUP_CREDIT.fullmatch(" ".join(p.text.split()).strip(" _*"))
        if m and not p.heading_level:
            return m["name"].strip()
    return None


# -- the credit strip closing a dek: "… two decades. Jo Li · public data only · 2002–2024"
_CREDIT_STRIP = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<strip>[^.!?·]+(?:\s·\s[^.!?·]+){2,})$")
_STRIP_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
STRIP_REACH = 3  # -- the paragraphs under the title where a dek and its credit strip are printed
MAKER_LETTERS = 4  # -- the shortest one-word maker's name a strip may open with
STRIP_TEXT = 600  # -- the longest dek read for a strip


def credit_strip(body: list[Para]) -> str | None:
    """The maker a dek's credit strip names first ("Jo Li · public data only · 2002–2024").

    A one-page sheet printed from the web closes the dek under its title with
    its maker, its sources and its period set apart by middle dots. Only a strip
    of three parts or more with a year in one of the others counts, opened by a
    person's name or one capitalised word that is no common heading word.
    """
    for p in body[:STRIP_REACH]:
        text = " ".join(p.text.split())
        if p.heading_level or len(text) > STRIP_TEXT or text.count(" · ") < 2:
            continue  # -- (and the pattern's backtracking stays short)
        m = _CREDIT_STRIP.search(text)
        if not m:
            continue
        first, *others = (x.strip() for x in m["strip"].split(" · "))
        if not any(_STRIP_YEAR.search(x) for x in others):
            continue
        one_word = (
            len(first) >= MAKER_LETTERS
            and first.isalpha()
            and first.istitle()
            and first.casefold() not in NON_NAME_WORDS
        )
        if one_word or _lone_name(first):
            return first
    return None


def closing_roles(body: list[Para]) -> str | None:
    """The writers a closing line lists with their roles ("Jo Li, Analyst in Trade Ana Roe, …").

    A research service's short report names its authors after the text, each
    name followed by a comma and the writer's post ("Specialist in …"), the
    lines run together into one paragraph. The whole paragraph must be such
    pairs: a sentence that quotes someone with their post names no writer.
    """
    for p in body[-AUTHOR_LINE_REACH:]:
        if not p.heading_level and (names := _names_with_roles(p.text)):
            return names
    return None


def _names_with_roles(text: str) -> str | None:
    """ "Jo Li, Analyst in Trade Ana B. Roe, Specialist in Law" → "Jo Li, Ana B. Roe", else None."""
    parts = [part.strip() for part in text.split(", ")]
    if len(text) > 400 or len(parts) < 2 or not name_line(parts[0]):
        return None
    names = [parts[0]]
    for k, part in enumerate(parts[1:], start=1):
        words = part.split()
        if not any(_ROLE_NOUN.fullmatch(w) for w in words[:3]):
            return None
        if k < len(parts) - 1:  # -- the next writer's name ends this one's post
            name = _trailing_name(words)
            if name is None:
                return None
            names.append(name)
    return ", ".join(names)


# -- the post a report prints after its writer's name: "Specialist in …", "Senior Fellow", …
_ROLE_NOUN = lazy_compile(
    r"(?i:specialist|analyst|professor|fellow|researcher|economist|director|lecturer|scholar"
    r"|attorney|manager|advis[eo]r|consultant|editor|correspondent|officer|coordinator)"
)


def _trailing_name(words: list[str]) -> str | None:
    """The name that ends a run of words: three words with a middle initial, else two."""
    if len(words) >= 5 and _INITIAL.match(words[-2]) and name_line(" ".join(words[-3:])):
        return " ".join(words[-3:])
    if len(words) >= 4 and name_line(" ".join(words[-2:])):
        return " ".join(words[-2:])
    return None


# -- a letter's complimentary close: "Sincerely,", "Best regards,", "Yours faithfully,"
_VALEDICTION = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?"
    r"|(?:(?:best|kind|warm|with\s+kind)\s+)?regards|best\s+wishes|cordially),\s*$",
    re.I,
)


def letter_signer(body: list[Para]) -> str | None:
    """The name signed under a letter's complimentary close ("Best Regards," / "Mallori").

    A letter ends with a close and its writer's name on the next line; a memo or
    letter often signs with the first name alone, so one capitalised word counts
    here, where the close vouches for it. The signer's role and institution may
    follow the name ("PhD Student" / "Harbour University"): up to SIGNATURE_LINES
    short lines under it.
    """
    texts = [p.text.strip(" _*") for p in body[-(SIGNATURE_LINES + 2) :] if not p.heading_level]
    close = next((k for k, t in enumerate(texts[:-1]) if _VALEDICTION.search(t)), None)
    if close is None or not all(is_short_line(t, 12) for t in texts[close + 2 :]):
        return None
    name = texts[close + 1].rstrip(".")
    one = close + 2 == len(texts) and re.fullmatch(rf"[{_UPPER}][^\W\d_]+", name) is not None
    return name if one or name_line(name) else None


SIGNATURE_LINES = 3  # -- the most lines (role, office, institution) a signature sets under the name


# -- a signature in capitals after a message's last sentence: "… and confidence. GO. WASHINGTON"
_CAPS_SIGNATURE = re.compile(r"[.!?]\s+(?P<name>[A-Z]{2,}\.?(?:\s+[A-Z]\.)?\s+[A-Z]{3,})\.?$")
# -- the given names an eighteenth- or nineteenth-century signature abbreviates
_SIGNED_GIVEN_NAMES = {
    "go": "George",
    "geo": "George",
    "wm": "William",
    "thos": "Thomas",
    "th": "Thomas",
    "chas": "Charles",
    "jas": "James",
    "jno": "John",
    "saml": "Samuel",
    "benj": "Benjamin",
    "robt": "Robert",
    "richd": "Richard",
    "edw": "Edward",
    "danl": "Daniel",
    "jos": "Joseph",
}


def caps_signature(body: list[Para]) -> str | None:
    """The writer of a message that ends on its signature in capitals ("… confidence. GO. WASHINGTON").

    A president's message or an old letter printed as running text keeps the
    signature on its last line, the given name abbreviated the old way ("Go.",
    "Wm.", "Thos."), read here as the name it stands for. Only such a name
    counts: two words in capitals after a last sentence may be anything
    ("CONTACT US").
    """
    last = next((p.text.strip() for p in reversed(body) if not p.heading_level), "")
    m = _CAPS_SIGNATURE.search(last)
    if not m:
        return None
    words = m["name"].split()
    given = _SIGNED_GIVEN_NAMES.get(words[0].rstrip(".").casefold())
    if given is None or not words[0].endswith("."):
        return None
    rest = [w if w.endswith(".") else w.capitalize() for w in words[1:]]
    return " ".join([given, *rest])


def closing_credit(body: list[Para]) -> str | None:
    """Authors a closing credit names ("Prepared by A and B based on …"): persons or named bodies.

    Only the capitalised names right after "by" count, up to the first word
    in lower case that does not join two names ("based on … by Lee Vann" is
    a source, not an author).
    """
    texts = [p.text.strip(" _*") for p in body[-3:] if not p.heading_level and len(p.text) < 400]
    for text in reversed(texts):
        m = _CREDIT.match(text)
        if not m:
            continue
        names: list[str] = []
        comma: list[bool] = []  # -- whether each name was closed by a comma ("A, Kids.gov")
        current: list[str] = []
        for word in m.group("names").split():
            bare = word.strip(",;.")
            if bare.lower() in _CREDIT_JOIN:
                if current:
                    names.append(" ".join(current))
                    comma.append(False)
                current = []
            elif re.fullmatch(r"@[\w.-]+", bare) and not current:
                names.append(bare[1:])  # -- a handle the credit links: "by @xcorail"
                comma.append(word.endswith((",", ";")))
                continue
            elif re.match(rf"[{_UPPER}]", bare):
                current.append(bare)
            else:
                break
            if word.endswith((",", ";")) and current:
                names.append(" ".join(current))
                comma.append(True)
                current = []
        if current:
            names.append(" ".join(current))
        # -- "A and B, Kids.gov, and C, Ed.gov": a body named after a person and a comma is
        # -- where that person works, not a second author
        kept = [
            n
            for k, n in enumerate(names)
            if not (k and comma[k - 1] and name_line(names[k - 1]) and not name_line(n))
        ]
        if kept:
            return ", ".join(kept)
    return None


# -- the labels Chinese and Japanese texts print before their writer's name: "作者：", "文/",
# -- "记者 ", "编译/" (who compiled and translated a story writes its text); never an editor's
CJK_CREDIT_LABEL = r"(?:作者|撰文|文|记者|記者|筆者|笔者|编译|編譯|(?:特约)?评论员|(?:特約)?評論員)"
# -- a writer's credit closing the text in brackets: "…上。（编译/林靖东）", "（记者 张三 李四）";
# -- it follows the last sentence's stop ("…（编译/测试）" in a list item names a build step)
_BRACKETED_CREDIT = re.compile(
    rf"(?:^|(?<=[。！？!?.”」』]))\s*[（(]\s*{CJK_CREDIT_LABEL}\s*[/／:：︱|｜ ]\s*(?P<names>[^\s()（）/／:：]{{2,12}}"
    rf"(?:[ 、，,][^\s()（）/／:：、，,]{{2,12}}){{0,3}})\s*[）)]\s*$"
)


# -- a Japanese paper's reporter in lenticular brackets after the last sentence: "…。【山田花子】",
# -- with the bureau before "=" in some papers ("【ロンドン=山田花子】")
_LENTICULAR_CREDIT = re.compile(
    r"(?<=[。！？」』])\s*【(?:[^【】=＝]{1,10}[=＝])?(?![^【】]*(?:記事|動画|写真|関連|速報|特集))"
    r"(?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:、[\u3040-\u30ff\u4e00-\u9fff]{2,6}){0,3})】\s*$"
)


def bracketed_credit(body: list[Para]) -> str | None:
    """The writer a Chinese or Japanese story credits in brackets at its very end."""
    texts = [p.text for p in body if not p.heading_level]
    for text in reversed(texts[-3:]):
        tail = text[-80:] if len(text) > 80 else text
        if m := _BRACKETED_CREDIT.search(tail) or _LENTICULAR_CREDIT.search(tail):
            return ", ".join(n for n in re.split(r"[ 、，,]", m.group("names")) if n)
    return None


def titled_speaker(title: str, body: list[Para]) -> str | None:
    """The writer a column names before its title's colon and whose words the text opens with.

    "Jessica Livingston: Why Startups Need to Focus on Sales" over a text that
    begins "JESSICA LIVINGSTON: The most important thing …": the named person
    speaks the whole piece. A title naming someone the text does not open with
    is a headline about them, not by them.
    """
    name = title.split(":", 1)[0].strip()
    if name == title.strip() or not name_line(name):
        return None
    first = next((p.text.strip() for p in body if not p.heading_level), "")
    opens = first[: len(name) + 1].casefold() == f"{name}:".casefold()
    return name if opens else None


# -- an office held by whoever issues a statement: "President Jo Li Statement on …"
_OFFICE = (
    r"(?:(?:Vice|Deputy|Prime|First)\s+)?(?:President|Minister|Secretary|Senator|Governor|Mayor"
    r"|Representative|Congressman|Congresswoman|Chancellor|Ambassador|Speaker|Leader"
    r"|Chair|Chairman|Chairwoman|Commissioner)"
)
_STATEMENT_TITLE = re.compile(
    rf"^{_OFFICE}\s+(?P<a>{_TOKEN}(?:\s+{_TOKEN}){{0,2}}?)\s+(?:Statement|Remarks|Message)\s"
    rf"|^(?:Statement|Remarks|Message)\s+(?:by|of|from)\s+(?:the\s+)?{_OFFICE}\s+"
    rf"(?P<b>{_TOKEN}(?:\s+{_TOKEN}){{0,2}}?)\s+(?:on|at|about|regarding|to)\s"
)


def statement_speaker(title: str) -> str | None:
    """The office-holder a statement's title names as its speaker ("President Li Statement on …").

    A government's press office titles a statement with its speaker's office and
    name ("Statement by Governor Jo Li on …"); the text under it carries no
    byline. Only a name after an office counts: "Harbour Trust Statement on …"
    names a body the title gives already.
    """
    m = _STATEMENT_TITLE.match(" ".join(title.split()))
    return (m.group("a") or m.group("b")) if m else None


# -- a company's legal form closing its name: "Plutext Pty Ltd", "Acme Inc.", "Muster GmbH"
_LEGAL_FORM = re.compile(
    r"\s+[A-Z][\w&.-]*\s+(?:Pty\.?\s+)?(?:Ltd|Inc|LLC|LLP|GmbH|AG|SA|BV|Corp)\.?$"
)


def signature(body: list[Para]) -> tuple[str, str] | None:
    """The writer and day a document's closing signature gives: a date line beside a name line.

    A technical note or letter ends "13 March 2013" / "Jason Harrop Plutext Pty
    Ltd": the name (before the firm, when one follows) signs it, the date dates
    it. Both lines must stand together among the last three; a lone date or a lone
    name at the end says nothing.
    """
    texts = [p.text.strip() for p in body[-3:] if not p.heading_level]
    for k in range(len(texts) - 1):
        for when_at, who_at in ((k, k + 1), (k + 1, k)):
            iso = parse_date(texts[when_at]) if len(texts[when_at]) <= 30 else None
            who = _LEGAL_FORM.sub("", texts[who_at])
            # -- before a firm, a first name and a surname: where a longer firm name starts
            # -- is not known, and unknown beats a firm's first word read as a surname
            most = 2 if who != texts[who_at] else 4
            if iso and len(iso) == 10 and name_line(who) and len(who.split()) <= most:
                return who, iso
    return None


# -- a broadcast report's sign-off: "Max Lee, KBS World Radio News.", "Jo Li, NPR News, Kabul."
_SIGN_OFF = re.compile(
    rf"^(?P<name>{_PERSON}),\s+[^,.]{{0,40}}\b(?:News|Radio|Television|TV)(?:,\s+[^,.]{{2,30}})?\.?$"
)


def sign_off(body: list[Para]) -> str | None:
    """The reporter a radio or television script names in its sign-off line.

    A broadcast report closes with the reporter's name and the outlet's news
    service, alone on a line, and the anchor hands over to the same name ("Max Lee
    has more."): a place ("Los Angeles, CBS News.") is handed nothing. The page
    may print more after the sign-off (other stories, its footer), so the line is
    looked for in the whole body.
    """
    texts = [p.text.strip() for p in body if not p.heading_level]
    for text in texts:
        m = _SIGN_OFF.match(text) if len(text) <= 100 else None
        if not m or not name_line(name := m.group("name")):
            continue
        handover = re.compile(rf"\b{re.escape(name)}\s+(?:has|reports|brings)\b")
        if any(t != text and handover.search(t) for t in texts):
            return name
    return None


# -- a floor speaker's tag opening a paragraph of a legislative record: "Mr. JEFFORDS. Mr.
# -- President, …", "Mrs. MURRAY of Washington. …"; a presiding officer is no speaker
_SPEAKER = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Mr|Mrs|Ms|Miss)\.\s+(?P<name>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)?)"
    rf"(?:\s+of\s+[{_UPPER}]\w+(?:\s+[{_UPPER}]\w+)?)?\.\s+\S"
)


# -- a word shortened with a full stop in a name ("St. John", "Dr. No"): a capital and at most one
# -- small letter; a surname in a speaker's tag is longer or set in capitals ("Mr. WU.")
_ABBREVIATION = lazy_compile(rf"[{_UPPER}][a-zà-ÿ]?")


def floor_speakers(body: list[Para]) -> str | None:
    """The members who speak in a record of floor debate, in the order they first speak.

    The record names no author; its paragraphs open with the speaker's tag
    ("Mr. JEFFORDS. Mr. President, …"). The text counts as such a record only
    when its first paragraph opens with a tag, so a story in which a line
    happens to start "Mr. Smith. …" names no authors.
    """
    texts = [p.text for p in body if not p.heading_level]
    if not texts or not _SPEAKER.match(texts[0]):
        return None
    names: list[str] = []
    for text in texts:  # -- a paragraph may hold "The PRESIDING OFFICER. … Mr. KENNEDY. …"
        for m in _SPEAKER.finditer(text):
            name = m.group("name")
            if _ABBREVIATION.fullmatch(name):
                continue  # -- "Mrs. St. John, Kathryn is her name": "St." shortens a word
            name = name.title() if name.isupper() else name
            if name not in names:
                names.append(name)
    return ", ".join(names)


# -- a wire story's closing credit: "…と指摘している。(c)AFP/Aminu ABUBAKAR", "© AFP / Jo DOE"
_AGENCY_CREDIT = re.compile(
    rf"(?:\((?:c|C)\)|©)\s*[A-Z][A-Za-z]{{1,9}}\s*/\s*"
    rf"(?P<name>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,3}})\s*$"
)


def agency_credit(body: list[Para]) -> str | None:
    """The reporter a news agency credits at the very end of its story ("(c)AFP/Aminu ABUBAKAR")."""
    texts = [p.text for p in body if not p.heading_level]
    m = _AGENCY_CREDIT.search(texts[-1][-120:]) if texts else None
    if not m:
        return None
    return " ".join(w.capitalize() if w.isupper() else w for w in m.group("name").split())


# -- a writer's signature closing a story: a name, perhaps a one-word role, and the writer's
# -- address ("최윤호 기자 uknow@donga.com", "정덕현 칼럼니스트 x@y.kr", "Jo Li, jo.li@x.org")
_MAILED_CREDIT = re.compile(
    r"^\.?\s*(?P<who>[^@\s][^@]{1,60}?)[\s,;/|]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
)
_HANGUL_NAME = lazy_compile(
    r"[\uac00-\ud7a3]{2,4}"
)  # -- a Korean name: two to four syllables, unspaced
_HANGUL_ROLE = lazy_compile(r"[\uac00-\ud7a3]{2,6}")


def mailed_credit(body: list[Para]) -> str | None:
    """The writer who signs the end of a story with their e-mail address, or None.

    Korean news closes every story so ("최윤호 기자 uknow@donga.com": name, role,
    address); any paper may close with "Name, address". Only a short line that is
    nothing but a person's name, at most one role word and the address counts, among
    the last paragraphs (a photo credit or copyright line may follow it).
    """
    texts = [p.text.strip() for p in body if not p.heading_level]
    for text in reversed(texts[-4:]):
        m = _MAILED_CREDIT.match(text) if len(text) <= 120 else None
        if not m:
            continue
        who = m.group("who").strip(" ,")
        words = who.split()
        if _HANGUL_NAME.fullmatch(words[0]) and (
            len(words) == 1 or (len(words) == 2 and _HANGUL_ROLE.fullmatch(words[1]))
        ):
            return words[0]
        name = who.split(",")[0].strip()
        if name_line(name) and (name == who or len(who.split(",")) == 2):
            return name
    return None


# -- the small words inside a body's name: "Board of Education", "Department for Transport"
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "la", "le"})
COVER_LINES = 8  # -- display lines above the running text where a cover names its issuer


def organisation(text: str) -> str | None:
    """The body a short line names ("CUPERTINO UNION SCHOOL DISTRICT  April 6, 2016"), or None.

    A line is a body's name when it is a few capitalised words ending in an
    organisation's head noun (District, Inc., Ministry, 公司 …), once a date
    set beside it is cut off. A name in capitals is given in title case.
    """
    text = " ".join(text.split())
    found = dates_in(text)
    if found and found[-1][1] >= len(text.rstrip(" .")) and found[-1][0] > 0:
        text = text[: found[-1][0]].rstrip(" ,;|·–—-")  # -- the date printed beside it
    last = text.split()[-1].lower().rstrip(".") if text else ""
    # -- a full stop that closes "Inc." or "Ltd." ends no sentence
    if not text or len(text) > 80 or text.rstrip(".")[-1:] in _TERMINAL + _CJK_TERMINAL:
        return None
    if text.endswith(".") and last not in ORGANISATION_HEADS:
        return None
    if _CJK.search(text):
        # -- Chinese and Japanese set no spaces between words; Korean does ("KAIST 정책대학원")
        bare = text if _HANGUL.search(text) else text.replace(" ", "")
        return bare if bare.endswith(CJK_ORGANISATION_HEADS) and len(bare) <= 30 else None
    words = text.split()
    if not 2 <= len(words) <= 8 or words[-1].lower().strip(".,") not in ORGANISATION_HEADS:
        return None
    if not all(re.match(rf"[{_UPPER}0-9]", w) or w.lower() in _NAME_JOINERS for w in words):
        return None
    return " ".join(_cased(w, first=k == 0) for k, w in enumerate(words))


def _cased(word: str, *, first: bool) -> str:
    """A word of a body's name set in capitals, in title case ("THE" → "The", "OF" → "of").

    A short word in capitals is an acronym ("NHS"), kept as it is, unless it joins
    the name's words.
    """
    if word.isupper() and word.lower() in _NAME_JOINERS:
        return word.capitalize() if first else word.lower()
    return word.capitalize() if word.isupper() and len(word) > 3 else word


def cover_issuer(lines: list[str]) -> str | None:
    """The body a document's cover or letterhead names: the first display line that is one."""
    return next((name for line in lines[:COVER_LINES] if (name := organisation(line))), None)


def cover_lines(body: list[Para]) -> list[str]:
    """The display lines a document opens with, above its first paragraph of running text.

    A standfirst that opens with the date set off by a dot or a bar ("March 2026 ·
    Based on a model of …") ends them, its date counted as a line of its own.
    """
    lines: list[str] = []
    for p in body[:COVER_LINES]:
        if not p.heading_level and not is_short_line(p.text, max_words=12):
            if date := opening_date(p.text):
                lines.append(date)
            break
        lines.append(p.text)
    return lines


# -- what sets a date apart from the words after it on a standfirst line: "March 2026 · Based on"
_DATE_SEPARATOR = lazy_compile(r"\s*[·•|]\s")


def opening_date(text: str) -> str | None:
    """The words of a date that opens a line and is set off from the rest by a dot or a bar."""
    text = text.strip()
    found = dates_in(text)
    if not found or found[0][0] != 0 or not _DATE_SEPARATOR.match(text, found[0][1]):
        return None
    return text[: found[0][1]]


def cover_date(lines: list[str]) -> str | None:
    """The one date a cover or letterhead prints among its display lines, else None.

    A line that is only an ISO year and month ("2004-08") is a date there too: a
    government manual's cover prints its edition's month so, under the title.
    """
    found = {iso for line in lines if _dateline(line) and (iso := find_date(line))}
    found |= {line.strip() for line in lines if _ISO_MONTH.fullmatch(line.strip())}
    return found.pop() if len(found) == 1 else None


_ISO_MONTH = lazy_compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


# -- a publisher's imprint: "Published in 2024 by the United Nations …", "First published 2019 by"
_IMPRINT = lazy_compile(
    r"(?i)^(?:first\s+)?published\s+(?:in\s+)?(?P<when>(?:[^\W\d_]+\s+)?(?:19|20)\d\d)\s+by\b"
)


def imprint_date(lines: list[str]) -> str | None:
    """The year (or month) a publisher's imprint page says the document was published in.

    Reports of international bodies and books carry an imprint on the back of
    the cover ("Published in 2024 by the United Nations Educational, …"): the
    publication's date as the publisher states it; no day is made up.
    """
    for line in lines:
        if m := _IMPRINT.match(line.strip()):
            when = m["when"]
            return find_date(when) or when[-4:]
    return None


def stated_date(body: list[Para]) -> str | None:
    """The date a document states with a label on a line of its own ("Last Updated: Nov. 12, 2020").

    The label may stand on the line before, as label and value do when a form or a
    printed web page is set in lines ("By:" / "Saturday, September 21, 2013 at 11:51 AM").
    """
    for k, p in enumerate(body):
        if len(p.text) > 80:
            continue
        if iso := labelled_date(p.text):
            return iso
        if k and _label_for_date(body[k - 1]) and (iso := _date_line(p.text)):
            return iso
    return None


# -- a form's numbered field naming a date, on its own line: "8. Dates Approved or Amended"
_DATE_FIELD = re.compile(
    r"(?:\d{1,2}\.\s*)?(?:[^\W\d_]+\s){0,4}(?i:dates?|dated|fecha|datum)(?:\s[^\W\d_]+){0,3}\s?:?"
)


def _label_for_date(p: Para) -> bool:
    """A label set on the line above its value: "By:", or a form's field naming a date.

    A form's numbered fields may be set as headings; an unnumbered heading
    ("Key Dates") heads a schedule, not the document's own date.
    """
    text = " ".join(p.text.split())
    field = _DATE_FIELD.fullmatch(text)
    return bool(_LABEL_LINE.fullmatch(text)) or bool(
        field and (not p.heading_level or text[:1].isdigit())
    )


def _date_line(text: str) -> str | None:
    """The day of a line that is one date, perhaps with its time ("… 2013 at 11:51 AM"), else None."""
    found = dates_in(text)
    if len(found) != 1 or len(found[0][2]) != 10:
        return None
    start, end, iso = found[0]
    rest = f"{text[:start]} {text[end:]}"
    return iso if _TIME_ONLY.fullmatch(rest.strip(" ,.-–—|")) else None


_TIME_ONLY = lazy_compile(
    r"(?:(?:at|um|à|a las|alle|om)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?", re.I
)


# -- a label alone on its line, the value on the next: "By:", "Posted on:", "Datum:"
_LABEL_LINE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?:")
