"""Which file-level properties (DOCX core properties, PDF info) to trust over what the page shows."""

from __future__ import annotations

import re

from briefing_app.ingest.assemble import Piece
from briefing_app.ingest.dates import find_date
from briefing_app.ingest.front import (
    is_short_line,
    kind_label,
    name_line,
    name_list,
    without_post_nominals,
)

_BYLINE = re.compile(r"^(by|written by)\s+\S", re.I)
_PLACEHOLDER_AUTHORS = {
    "",
    "python-docx",
    "microsoft office user",
    "windows user",
    "administrator",
    "admin",
    "user",
    "author",
    "unknown",
    "reportlab",
    "anonymous",
}
# -- a tool's default or a file's name: "Microsoft Word - Report.doc", "Untitled", and the name
# -- of the file a typesetter converted ("p020-dutot.dvi" from TeX's dvips, "paper.tex"), which
# -- a PDF's Title property keeps when the author never set one: no title the document prints
_JUNK_TITLE = re.compile(
    r"^(microsoft (word|powerpoint)\s*-|\(?(untitled|anonymous|unspecified|no title)\)?$"
    r"|document\d*$|presentation\d*$)|\.(docx?|pdf|txt|rtf|odt|dvi|ps|tex)$",
    re.I,
)

# -- a word processor's file name kept as the title: "145 - Universal Basic Income.docx"
_FILE_NAME = re.compile(
    r"(?:\d{1,4}\s*[-–_.]\s*)?(?P<name>[^\W\d_][\w'’,&]*(?: [\w'’,&]+)+)\.(?:docx?|odt|rtf|pages)",
    re.I,
)
# -- the state of a file, not the name of its subject: "Brief final v2.docx", "Copy of …"
_FILE_STATE = re.compile(r"\b(?:draft|final|version|v\d+|copy|rev(?:ised)?|template)\b", re.I)


def _named_file(title: str) -> str:
    """The words of a file name a Title property holds, when a person typed them as a name.

    A PDF printed from a Word file takes the file's name as its title: "145 -
    Universal Basic Income.docx" is the paper's number and its title. Only words
    set apart by spaces count (a slug "p020-dutot" names nothing), and no
    draft's or copy's state; otherwise the property is left as it is.
    """
    m = _FILE_NAME.fullmatch(title)
    if not m or _FILE_STATE.search(m["name"]):
        return title
    return m["name"]


# -- the exporting application's name a title picks up: "Plan - Google Docs"
_APP_SUFFIX = re.compile(
    r"\s+[-–—|]\s+(?:google (?:docs|sheets|slides)|microsoft word|libreoffice writer|pages)$", re.I
)

# -- what an author field adds after the name: "18F, part of the General Services Administration"
_APPOSITION = re.compile(r",\s+(?!and\b|&)[a-z][^,]*$")

# -- an account's display name as a company directory writes it, "Surname, Given": Word fills
# -- the author property from whoever saved the file, which no byline is written like
_DIRECTORY_NAME = re.compile(r"^[^\W\d_][\w'’-]+,\s[^\W\d_][\w'’-]+(?:\s[^\W\d_]\.?)?$")


def choose_metadata(
    pieces: list[Piece], *, title: str, author: str, running: list[str] | None = None
) -> dict[str, str]:
    """File properties as metadata, unless the visible text says better or they are tool defaults.

    A file's author is often a login name, so a visible byline near the top wins
    over it; a title is used only when the document shows none of its own. A
    file's creation date is never taken: it is the day the file was saved or
    converted, not the day the text was published (unknown beats made up).
    """
    meta: dict[str, str] = {}
    head = [p.text for p in pieces[:8]]
    shows_title = bool(pieces) and (_heads_title(pieces[0]) or _kicker_over_title(pieces[:2]))
    title = _named_file(_APP_SUFFIX.sub("", " ".join((title or "").split())))
    if (
        title
        and not shows_title
        and not _JUNK_TITLE.search(title)
        and not kind_label(title)  # -- "Policy Brief": what kind of paper, not which
        and _worded(title)
        and not _stale(title, head)
    ):
        meta["title"] = title
    written = _APPOSITION.sub("", " ".join((author or "").split()))
    author = without_post_nominals(written)  # -- "Brian J. Ruf, CISSP, CCSP, PMP"
    looks_like_login = (" " not in author and author == author.lower()) or bool(
        _DIRECTORY_NAME.match(written)
    )
    has_byline = any((_BYLINE.match(t) and len(t) < 120) or name_list(t) for t in head)
    if author.lower() not in _PLACEHOLDER_AUTHORS and not looks_like_login and not has_byline:
        meta["author"] = author
    elif _DIRECTORY_NAME.match(written) and not has_byline and _first_person(pieces):
        surname, given = (part.strip() for part in written.split(",", 1))
        meta["author"] = f"{given} {surname}"  # -- "Goehring, Benjamin" wrote "my analysis"
    elif not has_byline and (signed := _running_author(running or [])):
        meta["author"] = signed
    elif not has_byline and (paged := _paged_name(running or [], written, head)):
        meta["author"] = paged  # -- "Li 1" atop page one: the writer's name by the page number
    if when := _title_date(title, head):
        meta.update(date=when, date_source="metadata")
    return meta


def _heads_title(piece: Piece) -> bool:
    return piece.kind == "heading" and piece.level == 1


KICKER_CHARS = 60  # -- the longest kicker line set over a title (letter-spaced: not by words)


def _kicker_over_title(pieces: list[Piece]) -> bool:
    """A short line that is no sentence ("KEY FINDINGS · ONE PAGE") over a level-1 heading.

    A sheet prints what kind of paper it is in small spaced capitals over its
    title: the title is still shown, and the file's Title property (often the
    web page's, "Key findings — Atlas") is no better than what the page prints.
    """
    if len(pieces) < 2 or not _heads_title(pieces[1]) or pieces[0].kind == "heading":
        return False
    kicker = pieces[0].text.strip()
    return len(kicker) <= KICKER_CHARS and not kicker.endswith((".", "!", "?", ":"))


# -- where a running head's institution begins after the writer's name
_INSTITUTION = re.compile(
    r"\s(?=(?:Universi\w+|Institut\w*|College|School|Escuela|Facultad|Faculty|Department"
    r"|Departamento|Centre|Center|Centro|Hochschule|Université|Università)\b)"
)


# -- the writer speaking of themself: "I plan to", "my analysis", "for me"; a roman one
# -- ("Part I of", "Phase I.") is no pronoun
_FIRST_PERSON = re.compile(
    r"\b(?:[Mm]y|me)\b|\bI['’](?:m|ve|ll|d)\b|\bI\s+(?!(?:of|and|or|in|to|the)\b)[a-z]"
)
FIRST_PERSON_USES = 3  # -- times a text says "I"/"my" before it is read as one person's paper


def _first_person(pieces: list[Piece]) -> bool:
    """True when the text is written in the first person singular ("I plan to …", "my analysis").

    A directory name in the author property ("Surname, Given") is whoever saved
    the file: in an organisation's document (a guide, a policy) a staff member,
    no author. A paper whose writer says "I" is one person's, saved by that
    person: the property then names the writer, written "Given Surname".
    """
    uses = 0
    for piece in pieces:
        uses += len(_FIRST_PERSON.findall(piece.text))
        if uses >= FIRST_PERSON_USES:
            return True
    return False


def _running_author(heads: list[str]) -> str | None:
    """The writer a paper's running head names before their institution ("Jo Li  University of X").

    Student papers and working papers print the author and institution at the top of
    every page; the PDF reader drops the line as furniture. Only a person's name
    followed by an institution counts: a running head with a title is no byline.
    """
    for head in heads:
        parts = _INSTITUTION.split(" ".join(head.split()), maxsplit=1)
        if len(parts) == 2 and name_line(parts[0]):
            return parts[0]
        if signed := _name_and_field(head):
            return signed
    return next((names for head in heads if (names := _running_names(head))), None)


# -- a running head of a name and the page's number: "Li 1", "Jo Li  3"
_PAGED_HEAD = re.compile(r"(?P<name>[^\W\d_][\w'’ -]*?)\s+\d{1,3}")


def _paged_name(heads: list[str], login: str, opening: list[str]) -> str | None:
    """The writer a running head names beside the page number ("Li 1"), else None.

    A paper in MLA style heads every page with its writer's surname and the page
    number, and prints the name nowhere else. A whole name counts; a single word
    only when the file's login holds it ("jli99@…" for "Li"). A head repeating
    words of the opening lines is a short title ("Ferry Tolls 3"), not a name.
    """
    shown = {w.casefold() for t in opening[:3] for w in re.findall(r"\w+", t)}
    for head in heads:
        m = _PAGED_HEAD.fullmatch(" ".join(head.split()))
        if not m or any(w.casefold() in shown for w in m["name"].split()):
            continue
        name = m["name"]
        if name_line(name) or (
            _lone_given_name(name) and len(name) >= 3 and name.casefold() in login.casefold()
        ):
            return name
    return None


FIELD_WORDS = 4  # -- the most words of the field or programme a running head sets after a name


def _name_and_field(head: str) -> str | None:
    """The writer of a running head "Jo Li, Information Science." (a name, then a few words).

    A student's paper heads every page with the name and the course or field,
    parted by a comma. The words after it hold no digit and are no name of their
    own ("Jo Li, Ana Ruiz" is a list of writers, read elsewhere).
    """
    name, _, field = " ".join(head.split()).partition(", ")
    field = field.rstrip(".")
    if not name_line(name) or not field or any(c.isdigit() for c in field):
        return None
    return name if len(field.split()) <= FIELD_WORDS and not name_line(field) else None


# -- a capitalised given name standing alone in a list of writers ("Madiha")
_GIVEN_NAME = re.compile(r"[A-Z][a-z'’-]{2,}")


def _running_names(head: str) -> str | None:
    """The writers a running head lists ("Maja, Anna and Kim Li"), comma-separated; else None.

    A group brief prints its writers' names, some by the given name alone, atop
    every page. Only a list closed by "and" and a full name, its other parts
    single given names or full names, counts: "Health, Wealth and Policy" is no one.
    """
    m = re.fullmatch(r"(?P<first>.+?),?\s+and\s+(?P<last>[^,]+)", " ".join(head.split()))
    if not m or not name_line(m["last"]):
        return None
    parts = [x.strip() for x in m["first"].split(",")]
    if not all(name_line(x) or _lone_given_name(x) for x in parts):
        return None
    return ", ".join([*parts, m["last"]])


def _lone_given_name(word: str) -> bool:
    """One capitalised word that could be a given name: no title word ("Policy", "Brief")."""
    return bool(_GIVEN_NAME.fullmatch(word)) and name_line(f"{word} {word}")


def _stale(title: str, head: list[str]) -> bool:
    """A title property none of whose words the document's opening shows, over a printed title.

    Word keeps the Title property of the template or the older document a file was
    made from ("MS Intranet Strategy" on a memo headed "Complexity"); when the first
    line is a short title of its own and the opening lines share no word with the
    property, the property names some other document.
    """
    words = {w for w in re.findall(r"\w{4,}", title.casefold()) if not w.isdigit()}
    if not words or not head or not is_short_line(head[0], max_words=12):
        return False
    shown = set(re.findall(r"\w{4,}", " ".join(head).casefold()))
    return not words & shown


def _worded(title: str) -> bool:
    """A title with a word in it: a typesetter's job number ("88300 162..177") is none."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 3 or any(not c.isascii() for c in letters)


def _title_date(title: str, head: list[str]) -> str | None:
    """The full date a declared title names, when the opening lines print that day without a year.

    Minutes and notices print "held on 20 June, at 4 pm" and file themselves
    as "Minutes of the meeting of 20 June 2023": the title gives the year. A
    date the text does not echo may be the subject's (a history), so it is not taken.
    """
    when = find_date(title) if title else None
    if not when or len(when) != 10:
        return None
    day = str(int(when[8:]))
    echo = re.compile(rf"(?<![\d/.-]){day}(?:er|st|nd|rd|th|º)?\s+[^\W\d_]{{3,}}\.?(?!\s+\d)")
    return when if any(echo.search(t) and not find_date(t) for t in head) else None
