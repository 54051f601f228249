"""A memorandum's header: its labelled TO / FROM / SUBJECT / DATE lines.

Government, company and student policy memoranda open with labelled lines, in
any language: MEMORANDUM FOR / TO, FROM, SUBJECT or RE, DATE ("An:", "Von:",
"Betreff:"; "Para:", "De:", "Asunto:"; "إلى:", "من:", "الموضوع:"). A reader takes
FROM as the authors (each perhaps followed by their office on its own line:
"Tony Scott / United States Chief Information Officer"), SUBJECT as the title,
and never reads a "To:" line as either. The header is read in the source text,
where its line breaks (or ``<br/>`` of a page kept in Markdown) still separate
the names from the offices.

A lone label in capitals ("FROM:") is a header on its own, as memoranda set
them; in other case a line counts only beside a label of another role
("To:" over "From:"), so a sentence "From: …" in running text is not taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.ingest.dates import find_date
from briefing_app.ingest.front import name_line, organisation

_HEAD = 3000  # -- a memo's labels open it: only its first characters are searched
# -- each role's labels, in the languages whose documents we read
_ROLES = {
    "to": r"TO|MEMORANDUM\s+FOR|ATTN|An|À|Para|Aan|Till|إلى|الى|به|收件人|致|宛先|수신",
    "from": r"FROM|Von|De|Da|Van|Från|Fra|Od|من|از|发件人|發件人|差出人|발신",
    "subject": (
        r"SUBJECT|SUBJ|RE|REGARDING|Betreff|Objet|Asunto|Assunto|Oggetto|Onderwerp|Ämne|Emne|Temat"
        r"|الموضوع|موضوع|主题|主題|事由|件名|제목"
    ),
    "date": r"DATE|Datum|Fecha|Data|Dato|التاريخ|تاریخ|日期|日付|일자|날짜",
    "copy": r"CC|BCC|참조",
    "through": r"THROUGH|THRU",
}
# -- a label opening a line, perhaps after markup ("<h3> FROM:", "**From:**", "M-1<br/>MEMO…")
_LINE_START = r"(?:^|<br\s*/?>)[ \t#>*_]*(?:<[a-z0-9]{1,6}[^<>]{0,80}>[ \t]*)*"
_LABEL = re.compile(
    _LINE_START
    + "(?:"
    + "|".join(f"(?P<{role}>{words})" for role, words in _ROLES.items())
    + r")[ \t]*(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?",
    re.M | re.I,
)
_PIECE_BREAK = lazy_compile(r"<[^<>]{0,80}>|\n|[;,]|\t|\s{3,}|\s+(?:and|&|und|et|y|e)\s+")
_MAX_BLOCK = 600
_MAX_GAP = 400  # -- labelled lines of one header sit close together


@dataclass(frozen=True)
class MemoHead:
    """What a memorandum's header says, and where it lies in the source text."""

    senders: str | None  # -- the FROM block's personal names, comma-joined
    subject: str | None  # -- the SUBJECT / RE line: the memo's title
    date: str | None  # -- the DATE line's date, ISO
    start: int  # -- offset of the line holding the header's first label
    end: int  # -- offset just past the header's last labelled block


def memo_head(text: str) -> MemoHead | None:
    """The memorandum header opening the text, or None when it has none."""
    text = _labels_apart(text[:_HEAD]) + text[_HEAD:]
    labels = _header_labels(text[:_HEAD])
    if not labels:
        return None
    blocks: dict[str | None, str] = {}
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        blocks.setdefault(m.lastgroup, _value(text, m.end(), stop))
    end = labels[-1].end() + len(_value(text, labels[-1].end(), len(text)))
    start = text.rfind("\n", 0, labels[0].start()) + 1
    subject = _one_line(blocks["subject"]) if "subject" in blocks else None
    senders = _names(blocks["from"]) if "from" in blocks else None
    if "from" in blocks and not senders:
        senders = _given_name(_one_line(blocks["from"]), text)
    date = find_date(_one_line(blocks["date"])) if "date" in blocks else None
    return MemoHead(senders, subject or None, date, start, end)


# -- a label of another role inside a line that opens with a label: "To: Director From: Jo Li"
_INLINE_LABEL = re.compile(
    r"[ \t]+(?=(?:" + "|".join(_ROLES.values()) + r")[ \t]*[:：])",
    re.I,
)


def _labels_apart(head: str) -> str:
    """The header with each label on a line of its own, offsets unchanged.

    A PDF's text layer may run a memo's labelled lines into one ("To: Probation
    Director From: Jo Li Date: 4/22/2022"). In a line that opens with a label, a
    capitalised label further on starts a line: the space before it becomes a
    line break, so every offset still points into the same text.
    """
    lines = head.split("\n")
    for k, line in enumerate(lines):
        if _LABEL.match(line):
            lines[k] = _INLINE_LABEL.sub(partial(_break_before, line=line), line)
    return "\n".join(lines)


def _break_before(m: re.Match[str], *, line: str) -> str:
    """A line break in place of the first space before a capitalised label, else the spaces."""
    first = line[m.end() : m.end() + 1]
    return "\n" + m[0][1:] if first.isupper() or not first.isascii() else m[0]


def memo_sender(text: str) -> str | None:
    """The names in a memorandum's FROM block, in order, or None when there is none."""
    head = memo_head(text)
    return head.senders if head else None


def addressed_memo(text: str) -> bool:
    """Whether the text opens as a memo from someone to someone ("To: Secretary of HHS" and
    "From: …" in its header): a paper sent to a reader who decides, written to advise them."""
    roles = {m.lastgroup for m in _header_labels(text[:_HEAD])}
    return {"to", "from"} <= roles


def _header_labels(head: str) -> list[re.Match[str]]:
    """The labels of the header's first run of close lines, if they make a header."""
    run: list[re.Match[str]] = []
    for m in _LABEL.finditer(head):
        if run and m.start() - run[-1].end() > _MAX_GAP:
            break
        run.append(m)
    roles = {m.lastgroup for m in run}
    capital_from = any(m.lastgroup == "from" and m.group("from").isupper() for m in run)
    if len(roles) >= 2 and ({"from", "subject"} & roles):
        return run
    return [m for m in run if m.lastgroup == "from"][:1] if capital_from else []


def _value(text: str, start: int, stop: int) -> str:
    """A label's value: the rest of its line and the indented lines under it, as a typed memo
    aligns them; or, for a label alone on its line, the lines under it up to a blank line."""
    lines = text[start : min(stop, start + _MAX_BLOCK)].split("\n")
    if _content(lines[0]):
        kept = [lines[0]]
        for line in lines[1:]:
            if line.strip() and not line[:1].isspace():
                break
            kept.append(line)
        return "\n".join(kept).rstrip()
    kept, seen = [lines[0]], False
    for line in lines[1:]:
        if seen and not line.strip():
            break
        seen = seen or bool(line.strip())
        kept.append(line)
    return "\n".join(kept)


def _content(line: str) -> bool:
    return bool(re.sub(r"<[^<>]*>|[\s*_]", "", line))


def _one_line(value: str) -> str:
    return " ".join(re.sub(r"<[^<>]*>", " ", value).replace("**", " ").split()).strip(" *_#")


def _names(value: str) -> str | None:
    """The FROM block's personal names; without any, the body it names ("발신: KAIST 정책대학원"):
    a memo sent by an office is signed by that office."""
    names: list[str] = []
    for piece in _PIECE_BREAK.split(value):
        name = piece.strip(" ,*_")
        if name and name_line(name) and name not in names:
            names.append(name)
    return ", ".join(names) or organisation(_one_line(value))


# -- one capitalised word: a writer who signs with the given name alone ("From: Rebe")
_GIVEN = re.compile(r"[A-Z][a-z]{2,20}")


def _given_name(value: str, text: str) -> str | None:
    """The FROM value when it is one capitalised word the text never writes in lower case.

    A student signs a memo with the given name alone; "From: Staff" or "From:
    Management" is a common noun, which the memo's own sentences write in lower case.
    """
    if not _GIVEN.fullmatch(value) or re.search(rf"\b{value.lower()}\b", text):
        return None
    return value
