"""Structure detection: from a Document's blocks to an Article, the way an analyst reads.

Shared by every reader. Nothing here keys on a particular article's words:
front matter, headings, recommendations and the author bio are recognised by
the shape of the text (length, case, punctuation, ordinal markers, position).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from itertools import islice

from briefing_app.core.article import Article, Recommendation, Section
from briefing_app.core.document import BODY_KINDS, NOT_OWN_WORDS, Document
from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.summarize import headline, summarize
from briefing_app.core.text import (
    SENTENCE_STOPS,
    clean_spaces,
    in_capitals,
    sanitize,
    says_the_same,
    split_sentences,
    word_set,
)
from briefing_app.ingest import (
    alerts,
    calls,
    cues,
    front,
    howto,
    inlinelists,
    normative,
    pointlists,
    reviews,
    selfadvice,
    stepheads,
    tipboxes,
    tips,
    zhdirectives,
)
from briefing_app.ingest import recommendations as recs
from briefing_app.ingest.columnhead import column_header
from briefing_app.ingest.cues import TIP_WORDS, arabic_command, french_command
from briefing_app.ingest.dates import (
    dates_in,
    find_date,
    impossible_date,
    parse_date,
    reading_locale,
)
from briefing_app.ingest.divisions import (
    APPENDICES,
    APPENDIX_NUMBER,
    APPENDIX_WORD,
    appendix_line,
    division_level,
    names_appendix,
)
from briefing_app.ingest.figures import find_key_figures
from briefing_app.ingest.front import Para as _Para
from briefing_app.ingest.front import is_person_byline as _is_person_byline
from briefing_app.ingest.front import is_short_line as _is_short_line
from briefing_app.ingest.memohead import MemoHead, addressed_memo, memo_head
from briefing_app.ingest.numbering import heading_count, numbering_style, written_without_spaces
from briefing_app.ingest.reported import reported_lists
from briefing_app.ingest.subheads import is_markup_line
from briefing_app.ingest.vocabulary import CARDINAL_WORDS, IMPERATIVE_VERBS

_SMALL_WORDS = word_set(
    "a an the and or but of to in on at by for with from as vs via into over is are be its nor"
)
# -- captions, credits and page furniture that pasted web text leaves on their own lines
_NOT_HEADING = lazy_compile(
    r"^(?:photos?|images?|pictures?|credits?|source|caption|illustration|file photo|video|watch"
    r"|listen|bildnachweise?|bildquellen?|fotos?|cr[ée]dits?|cr[ée]ditos?"
    r"|read more|related|advertisement|share|subscribe|sign up|getty|ap photo|reuters)\b"
    r"|^(?:图注|图片|圖片|图为|写真)",  # -- the same labels in Chinese and Japanese
    re.I,
)
# -- a comment's or a teaser's timestamp: "2 hours ago", "hace 28 minutos", "vor 3 Tagen"
# -- a clock time in a dateline: "02h02", "15:37"
_TIME_OF_DAY = lazy_compile(r"\b\d{1,2}[:h]\d{2}\b")
_RELATIVE_TIME = lazy_compile(
    r"^(?:(?:\d{1,3}|an?|one) (?:second|minute|hour|day|week|month|year)s? ago"
    r"|hace (?:\d{1,3}|una?) (?:segundo|minuto|hora|d[íi]a|semana|mes|año)(?:s|es)?"
    r"|vor (?:\d{1,3}|einer?|einem) (?:sekunde|minute|stunde|tag|woche|monat|jahr)(?:n|en|e)?"
    r"|il y a (?:\d{1,3}|une?) (?:seconde|minute|heure|jour|semaine|mois|an)s?"
    r"|h[áa] (?:\d{1,3}|uma?) (?:segundo|minuto|hora|dia|semana|m[êe]s|ano)(?:s|es)?"
    r"|\d{1,3} (?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa|just now)$",
    re.I,
)
# -- printed page markers left in running text: "[[Page E1043]]", "[Page 12]"
_PAGE_MARK = re.compile(r"^\[{1,2}Page\s+[A-Z]?\d+\]{1,2}$", re.I)
# -- a contents entry: a dot leader and a page number ("Preface . . . . . . . xi")
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){5,}\s*(?:\d{1,4}|[ivxlc]{1,7})\s*$", re.I)


def _contents_entry(text: str) -> bool:
    """Whether ``text`` ends as a contents line ("Methods ....... 12"): its five dots counted
    first, as most paragraphs have fewer and the search failed at every dot and space."""
    return text.count(".") >= 5 and _CONTENTS_ENTRY.search(text) is not None


_NOT_LETTERS = lazy_compile(r"[\W\d_]+")
_ROMAN = lazy_compile(r"[ivxlc]{1,7}")  # -- front-matter page numbers; "C" may head a glossary


def _wordless(text: str) -> bool:
    """A "heading" without a word: a page or list number ("iii.", "1.", "(2)"), not a letter,
    or a record's key (a digest, "9f3c…e1", set as a heading by an archive)."""
    letters = _NOT_LETTERS.sub("", text)
    return not letters or bool(_ROMAN.fullmatch(letters)) or _identifier(text)


_HEX = frozenset("0123456789abcdef")
IDENTIFIER_DIGITS = 16  # -- a digest holds 16 hex digits or more; a word never does


def _identifier(text: str) -> bool:
    """A digest ("1f0c…9a2e", 32 hex digits), quoted as code or not: hex digits only, with
    both figures and letters among them. A UUID written in its groups ("3f2a…-…") is left
    alone: a document may name one of its parts by it."""
    chars = text.strip("`'\" ").casefold()
    return (
        len(chars) >= IDENTIFIER_DIGITS
        and set(chars) <= _HEX
        and any(c.isdigit() for c in chars)
        and any(c.isalpha() for c in chars)
    )


# -- pointers a page sets around a subhead ("▼ Plans for the harbour ▼"): decoration
_FRAME_MARKS = "▼▲▶◀►◄▸◂▾▴"


def _unframed(text: str, kind: str) -> str:
    """A heading without the pointer marks set before or after it: they are no words of it.

    A news page may frame its subheads with "▼" or "▶"; left on, the mark
    becomes part of the section's name. Only whole headings lose them, and
    only when words remain.
    """
    if kind != "heading":
        return text
    return text.strip(_FRAME_MARKS + " ") or text


_NUMBERED_HEADING = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")


def analyze(doc: Document) -> Article:
    """Detect metadata, sections, recommendations, author bio and key figures."""
    # -- "03/04/2021" as the page writes it, or as the file's creation day tells
    with reading_locale(doc.metadata.get("language"), doc.metadata.get("written")):
        return _analyze(doc)


def _analyze(doc: Document) -> Article:
    paras = [
        _Para(
            text=_unframed(clean_spaces(sanitize(b.text)), b.kind),
            block=b,
            heading_level=b.level if b.kind == "heading" else 0,
        )
        for b in doc.blocks
        if b.kind in BODY_KINDS
        and clean_spaces(sanitize(b.text))
        and not _PAGE_MARK.match(b.text.strip())
    ]
    if doc.source_format == "md":  # -- "Jo Li  \nPolicy Project  \nMarch 2026": lines, not one
        paras = front.byline_stacks(paras, doc.text)
    title, meta, body, bio = _metadata(doc, paras)
    body = _without_title_lines(body, title)
    body = _without_title_dateline(body, title)
    if doc.source_format in ("pdf", "txt"):  # -- elsewhere the author's tags mark the headings
        body = _without_subtitle(paras, body, title)
    bold = _bold_lines(body, doc.text)
    ended = _stops_end_paragraphs(body)
    gone = _gone_neighbours(paras, body, title)
    body = _nested(
        body,
        _without_recurring_fields(
            body,
            [
                _classify_heading(p, body, n, n in bold, ended=ended, gone=gone.get(n))
                for n, p in enumerate(body)
            ],
        ),
    )
    if doc.source_format == "txt":  # -- plain text: the numbers alone tell its parts
        body = _counted_before_sibling(body)
    if doc.source_format not in ("md", "html"):  # -- there the author's tags mark the labels
        body = _appendices_after_references(body)
    body = _without_furniture(
        body, markdown=doc.source_format in ("md", "docx"), tagged=doc.source_format == "html"
    )
    if doc.source_format in ("pdf", "txt"):  # -- where headings are read from type alone
        body = _without_glossary_entries(_without_figure_titles(body))
    body = _with_sibling_appendices(_without_table_labels(body))
    if doc.source_format not in ("md", "html"):  # -- there the author's tags are the levels
        body = _front_matter_beside_chapters(_under_appendices(_one_numbered_series(body)))
    if doc.source_format in ("pdf", "txt"):  # -- where type alone sets a count beside its heading
        body = _under_counted_advice(body)
    linked_words: Counter[int] = Counter()
    for link in doc.links:
        linked_words[link.start] += len(link.text.split())
    body = _without_pointer_tail(body, linked_words)
    body = _without_byline_headings(body, meta.get("author"))
    top_sections, top_of_para = _sections(body)
    # -- every block: a brief's label may be a running foot ("Policy Brief" under each page)
    brief = calls.calls_itself_a_brief(title, [b.text for b in doc.blocks])
    brief = brief or addressed_memo(doc.text)  # -- "To: … / From: …": a memo to a decider
    found = _find_recommendations(body, top_of_para, doc.text, title=title, brief=brief)
    markers = {b: "" for f in found for b in f.blocks}
    markers.update({f.blocks[0]: f.marker for f in found if f.marker and not f.span})
    sections, section_of_para = _outline(body) if top_sections else (top_sections, top_of_para)
    sections = _summarised(sections, body, section_of_para, markers)
    recommendations = _build_recommendations(body, found, section_of_para, sections)
    figures = find_key_figures(
        [(p.text, p.block.start) for p in body if not p.heading_level and not p.block.rows],
        tables=[(p.block.rows, p.block.start) for p in body if p.block.rows],
    )
    return Article(
        title=title,
        source=doc,
        standfirst=_standfirst(meta.get("standfirst"), title, meta.get("author")),
        author=meta.get("author"),
        publication=meta.get("publication"),
        date=meta.get("date"),
        date_source=meta.get("date_source"),
        title_source=meta.get("title_source"),
        sections=tuple(sections),
        recommendations=tuple(recommendations),
        author_bio=bio,
        key_figures=tuple(figures),
    )


def _standfirst(standfirst: str | None, title: str, author: str | None) -> str | None:
    """No standfirst rather than the title again or the author's byline.

    A page whose description only repeats its headline, or a paper's line under
    its title that is the author's name and affiliation ("Jo Lin Department of
    …"), printed the title or the byline twice on the cover slide and in the memo.
    """
    if not standfirst or says_the_same(standfirst, title):
        return None
    if author and standfirst.casefold().startswith(author.casefold()):
        return None
    return standfirst


def _metadata(doc: Document, paras: list[_Para]) -> tuple[str, dict, list[_Para], str | None]:
    """Title, metadata (declared first, then read from the front lines), body and author bio."""
    meta = dict(doc.metadata)
    declared = (meta.pop("date_source", None) or "metadata") if meta.get("date") else None
    if doc.source_format == "txt" and (head := column_header(doc.text)):
        # -- an RFC's or typed memo's header: labels left, authors and date right
        paras = [p for p in paras if p.block.start >= head.end]
        if head.authors:
            meta.setdefault("author", ", ".join(head.authors))
        if head.date:
            meta.setdefault("date", head.date)
    if memo := memo_head(doc.text):
        meta, paras = _memo_metadata(memo, meta, paras, doc.source_format)
    title, rest = front.take_title(paras, meta, doc.source_name)
    front_lines, body = front.take_front_matter(rest)
    fronted = [p.text for p in front_lines]
    read = front.read_front(front_lines)
    for key, value in read.items():
        meta.setdefault(key, value)
    if (
        _first_name_only(meta.get("author"), read.get("author"))
        or _printed_form(meta.get("author"), read.get("author"))
        or _printed_coauthors(meta.get("author"), read.get("author"))
    ):
        meta["author"] = read["author"]  # -- "Tara" in the file, "Emily Webber" printed on it
    elif shown := front.shorter_printed_name(meta.get("author"), fronted):
        meta["author"] = shown  # -- "Jo Maria Li" in the file, "Jo Li Department of …" printed
    elif (
        doc.source_format == "docx"
        and meta.get("author") == doc.metadata.get("author")  # -- the property, no memo's FROM
        and _other_person(meta.get("author"), read.get("author"))
        and _below_title(paras, rest, front_lines)  # -- not a header block set above it
    ):
        meta["author"] = read["author"]  # -- the template's owner in the file, the writer printed
    if (login := meta.get("author")) and (
        login.casefold() in _NOT_AUTHORS or (_LOGIN.fullmatch(login) and not _slug(login))
    ):
        del meta["author"]  # -- a login is no author, and must not hide the closing bio's name
    if signatory := front.behalf_author(body):
        meta["author"] = signatory  # -- "On behalf of Budget Director, Jo Li, …": not the sender
    body, bio = front.take_author_bio(body, meta.get("author"))
    if meta.get("author") is None and bio and (author := front.bio_author(bio)):
        meta["author"] = author
    if not meta.get("date") and (
        when := _text_date(doc, body) or front.credit_date(body) or front.signed_date(body)
    ):
        meta["date"] = when
    if date := meta.get("date"):
        meta["date_source"] = declared or "text"
        meta["date"] = parse_date(date) or date
        if impossible_date(meta["date"]):  # -- "2021-02-30" is no date, not a date as written
            del meta["date"], meta["date_source"]
    if meta.get("author"):
        meta["author"] = _comma_joined(_deslugged(_one_each(_without_roles(meta["author"]))))
        if (
            meta["author"].casefold() in _NOT_AUTHORS
            or _LOGIN.fullmatch(meta["author"])
            or _desk_credit(meta["author"])
        ):
            del meta["author"]  # -- unknown beats wrong: a sign-in box, a site or a login
    if meta.get("author") is None and (credit := front.closing_credit(body)):
        meta["author"] = credit  # -- "Prepared by X and Y." closing the document
    if meta.get("author") is None and (listed := front.closing_roles(body)):
        meta["author"] = listed  # -- "Jo Li, Analyst in Trade" after the text
    if meta.get("author") is None and (labelled := front.labelled_author(body)):
        meta["author"] = labelled  # -- "Briefcase Author: Jo Li" near the end
    if meta.get("author") is None and (maker := front.credit_strip(body)):
        meta["author"] = maker  # -- "… two decades. Jo Li · public data only · 2002–2024"
    if meta.get("author") is None and (group := front.group_credit(body)):
        meta["author"] = group  # -- "Par le groupe de travail X" under a part's heading
    if meta.get("author") is None and (reporter := front.agency_credit(body)):
        meta["author"] = reporter  # -- a wire story credits its reporter at its end
    if meta.get("author") is None and (signed := front.mailed_credit(body)):
        meta["author"] = signed  # -- "최윤호 기자 uknow@donga.com" closing the story
    if meta.get("author") is None and (writer := front.bracketed_credit(body)):
        meta["author"] = writer  # -- "…上。（编译/林靖东）"
    if meta.get("author") is None and (signed_off := front.signature(body)):
        meta["author"] = signed_off[0]  # -- "13 March 2013" / "Jason Harrop Plutext Pty Ltd"
        if not meta.get("date"):
            meta["date"], meta["date_source"] = signed_off[1], "text"
    if meta.get("author") is None and (signer := front.letter_signer(body)):
        meta["author"] = signer  # -- "Best Regards," / "Mallori" closing a letter
    if meta.get("author") is None and (signer := front.caps_signature(body)):
        meta["author"] = signer  # -- "… and confidence. GO. WASHINGTON" closing a message
    if meta.get("author") is None and (speaker := front.titled_speaker(title, body)):
        meta["author"] = speaker  # -- "Jo Li: Why …" over a text opening "JO LI: …"
    if meta.get("author") is None and (office_holder := front.statement_speaker(title)):
        meta["author"] = office_holder  # -- "President Li Statement on …": a press office's title
    if meta.get("author") is None and (reporter := front.sign_off(body)):
        meta["author"] = reporter  # -- "Max Lee, KBS World Radio News." closing the script
    if meta.get("author") is None and (speakers := front.floor_speakers(body)):
        meta["author"] = speakers  # -- a record of floor debate: whoever speaks in it
    if meta.get("author") is None and (cover := front.cover_authors(body)):
        meta["author"], k, end = cover  # -- a report's cover listing its authors
        body = body[:k] + body[end:]
    if meta.get("author") is None and (byline := front.first_page_byline(body)):
        meta["author"] = byline[0]  # -- "By Jo Li" set in a side column of the first page
        body = body[: byline[1]] + body[byline[1] + 1 :]
    if (
        meta.get("author") is None
        and doc.source_format in ("pdf", "docx")
        # -- the kicker over the title ("CUPERTINO UNION SCHOOL DISTRICT") is a front line
        and (issuer := front.cover_issuer([title, *fronted, *front.cover_lines(body)]))
    ):
        meta["author"] = issuer  # -- the body a cover or a letterhead names: "… SCHOOL DISTRICT"
    title = _unquoted(_without_site_suffix(title, (meta.get("publication"), meta.get("author"))))
    title = clean_spaces(_INLINE_TAG.sub("", title)) or title
    return title, meta, body, bio


def _memo_metadata(
    memo: MemoHead, meta: dict, paras: list[_Para], source_format: str
) -> tuple[dict, list[_Para]]:
    """A memorandum's header read as a reader reads it: FROM the authors, SUBJECT the title.

    Its labelled lines are no title, byline or body. The senders it names beat a
    file's author property (whoever saved the file, often one of them) and a
    declared author among them; its subject beats a site's page title.
    """
    meta = dict(meta)
    declared = (meta.get("author") or "").casefold()
    senders = memo.senders or ""
    if senders and (
        not declared
        or source_format in ("docx", "pdf")
        or declared in {s.strip().casefold() for s in senders.split(",")}
    ):
        meta["author"] = senders  # -- a memorandum's "FROM:" block: explicit, before front lines
    labelled = _labelled_title_above(paras, memo.start)
    if labelled is not None:
        meta["title"] = front.without_kind_label(paras[labelled].text)
    elif memo.subject and not _printed_title(paras, memo.end):
        meta["title"] = memo.subject
    if memo.date:
        meta.setdefault("date", memo.date)
    kind_lines = _memo_kind_lines(paras, memo.start) if memo.subject else set()
    if labelled is not None:
        kind_lines.add(labelled)
    return meta, [
        p
        for n, p in enumerate(paras)
        if not memo.start <= p.block.start < memo.end and n not in kind_lines
    ]


def _labelled_title_above(paras: list[_Para], start: int) -> int | None:
    """Where the line right above a memo's TO/FROM block prints its kind and its title, else None.

    "Policy Brief: Addressing Harbour Tolls" over "To: … / From: … / Subject: …":
    the printed title names the paper; its "Subject:" line only files it.
    """
    before = [n for n, p in enumerate(paras) if p.block.start < start]
    if not before:
        return None
    text = paras[before[-1]].text
    return before[-1] if front.without_kind_label(text) != text else None


def _printed_title(paras: list[_Para], end: int) -> bool:
    """A title printed under a memo's TO/FROM block, in type larger than every other heading's.

    A policy memo sets its labelled lines, then its title in display type ("The
    Drug Facts Box" in 28 pt over 16 pt sections): the printed title names the
    memo, its "Subject:" line only files it. A first heading of the sections'
    own rank ("Introduction") is a section, and the subject stays the title.
    """
    after = next((p for p in paras if p.block.start >= end), None)
    if after is None or not after.heading_level:
        return False
    return all(
        p.heading_level > after.heading_level for p in paras if p.heading_level and p is not after
    )


def _memo_kind_lines(paras: list[_Para], start: int) -> set[int]:
    """The short headings right above a memo's TO/FROM block ("MEMORANDUM"): its kind, no section.

    A memorandum names its kind or sender in display type over its labelled
    lines; with nothing between them and the block, they head no part of it.
    Only with a SUBJECT line: without one such a line may be the memo's title.
    A Word memo sets "MEMORANDUM" in bold capitals in a plain paragraph: its
    capitals mark it as that label all the same.
    """
    found: set[int] = set()
    before = [n for n, p in enumerate(paras) if p.block.start < start]
    for n in reversed(before):
        text = paras[n].text
        if not (paras[n].heading_level or in_capitals(text)) or len(text.split()) > 4:
            break
        found.add(n)
    return found


def _text_date(doc: Document, body: list[_Para]) -> str | None:
    """A date the text states outside its front lines: a cover's or letterhead's, or a labelled one."""
    if doc.source_format in ("pdf", "docx") and (when := front.cover_date(front.cover_lines(body))):
        return when  # -- a letterhead's date beside its display lines ("… District  April 6, 2016")
    return front.stated_date(body)  # -- "Last Updated: Nov. 12, 2020" on a line of its own


# -- inline HTML a front-matter title carries literally: "writing for action <em>and</em> …"
_INLINE_TAG = re.compile(
    r"</?(?:em|i|b|strong|span|code|sup|sub|small|mark|u|s|abbr|q|cite)\b[^<>]{0,200}>", re.I
)


_NOT_AUTHORS = {
    "username",
    "user",
    "editorial",
    "editor",
    "editors",
    "wikipedia",
    "admin",
    "administrator",
    "staff",
    "guest",
    "anonymous",
    "unknown",
    "webmaster",
    "author",
    "sign in",
    "log in",
    # -- "the editorial team" in the other languages we read: a desk, not a named author
    "redaktion",
    "die redaktion",
    "rédaction",
    "la rédaction",
    "redacción",
    "redaccion",
    "redazione",
    "la redazione",
    "redactie",
    "de redactie",
    "redação",
    "编辑部",
    "編集部",
    "本报记者",
    "本報記者",
}


# -- the words of a credit that names the newsroom, not a writer: "From staff and wire reports"
_DESK_WORDS = word_set(
    "from by the and & of staff wire wires news service services report reports reporter "
    "reporters writer writers agency agencies dispatch dispatches compiled"
    # -- the desk's abbreviation and "agencies" as German, French, Spanish, Italian pages print them
    " red redaktion agentur agenturen rédaction agences redacción agencias redazione agenzie"
)
_DESK_MARKS = word_set(
    "staff wire wires reports dispatches agencies agenturen agences agencias agenzie redaktion"
    " rédaction redacción redazione"
)


def _desk_credit(author: str) -> bool:
    """A byline made only of newsroom words: "From staff and wire reports", "Staff writer".

    A paper credits a story its desk put together from its own and the agencies'
    copy so, naming no one; the people, if any, are named in a closing line
    ("… and the Associated Press contributed to this report"), not as its author.
    """
    words = [w.strip(".,:;").casefold() for w in author.split()]
    return bool(words) and set(words) <= _DESK_WORDS and bool(_DESK_MARKS & set(words))


def _first_name_only(declared: str | None, printed: str | None) -> bool:
    """A one-word author property (an account's first name) over a full name the front prints.

    Word fills its author field from whoever's account saved the file; a writer
    prints their full name in the header. The printed name wins; a one-word
    property with no name printed (an agency, "FAA") stays.
    """
    return (
        declared is not None
        and printed is not None
        and len(declared.split()) == 1
        and front.name_line(printed)
        and declared.casefold() not in printed.casefold()
    )


def _printed_form(declared: str | None, printed: str | None) -> bool:
    """The author property and the printed byline name one person, spelt apart ("Jo M Li", "Jo Li").

    A file's author field is the account's full name, middle initial and all; the
    header prints the name the writer signs with. Same first and last word: the
    printed form wins.
    """
    if not declared or not printed or declared == printed or not front.name_line(printed):
        return False
    a, b = declared.casefold().split(), printed.casefold().split()
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


def _printed_coauthors(declared: str | None, printed: str | None) -> bool:
    """The author property names one writer, the front lines print that writer and others.

    A file's author field holds whoever saved it; a paper prints all its writers
    under the title ("Jo Li" / her university / "Ana Roe" / his): the printed
    list, which names the declared writer too, is the whole credit.
    """
    if not declared or not printed or "," not in printed:
        return False
    names = [n.strip().casefold() for n in printed.split(",")]
    return declared.strip().casefold() in names and len(names) > 1


def _other_person(declared: str | None, printed: str | None) -> bool:
    """A Word file's author property names one person, the lines under the title another.

    Word fills the property from whoever made the file, often the owner of the
    template a writer filled in; the name printed under the title is the writer's.
    (A header block above the title, a student's, is left to the rules that
    compare the two forms of one name.)
    """
    return (
        declared is not None
        and printed is not None
        and front.name_line(declared)
        and front.name_line(printed)
        and declared.casefold() != printed.casefold()
    )


def _below_title(paras: list[_Para], rest: list[_Para], front_lines: list[_Para]) -> bool:
    """The front lines are printed under the title taken from ``paras``, not above it."""
    title = next((p for p in paras if p not in rest), None)
    return title is not None and all(p.block.start > title.block.start for p in front_lines)


def _one_each(author: str) -> str:
    """Each name once: pages often list the byline twice ("Jo Li; JO LI")."""
    names: list[str] = []
    for name in re.split(r"\s*;\s*", author):
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return "; ".join(names)


def _without_roles(author: str) -> str:
    """The names in a byline without the roles written after them in lower case.

    "Cayce Fischer, concepteur de contenu", "Jo Li, staff writer": a part of a byline
    set wholly in lower case in a script with case is what the person does, not a name.
    """
    parts = [p.strip() for p in author.split(",")]
    kept = [p for p in parts if not p.islower()]
    if kept and len(kept) < len(parts):
        return ", ".join(kept)
    return _without_team_names(author)


def _without_team_names(author: str) -> str:
    """The names of a byline that gives each writer's team after a comma, joined by "and".

    "Amy Morris, Content Design and Jeana Frost, Design Research": every part
    between the "and"s is a full name, a comma, then one more phrase. A list of
    names puts its commas between names and "and" before the last only ("Jo Li,
    Ana Petrosyan and Sam Okonkwo"), so its last part holds no comma.
    """
    groups = _NAME_GROUPS.split(author)
    if len(groups) < 2 or any(g.count(",") != 1 for g in groups):
        return author
    names = [g.split(",")[0].strip() for g in groups]
    return ", ".join(names) if all(front.name_line(n) for n in names) else author


_NAME_GROUPS = lazy_compile(r"\s+(?:and|&)\s+|\s*;\s*")


# -- a user name from a blog's front matter ("lgodfrey", "jdoe_2"): one lower-case word
_LOGIN = lazy_compile(r"[a-z][a-z0-9_.]{2,30}")
# -- a title set in quotes as a whole: ``…'' (plain-text TeX style), "…", “…”, «…», „…“
_QUOTED = re.compile(
    r"^(?:``(?P<a>[^`']+)''|\"(?P<b>[^\"]+)\"|“(?P<c>[^“”]+)”|«\s*(?P<d>[^«»]+?)\s*»|„(?P<e>[^„“]+)“)$"
)


def _unquoted(title: str) -> str:
    """A title without the quotes that wrap all of it (a speech printing its title ``QUOTED'')."""
    m = _QUOTED.match(title.strip())
    return next((g.strip() for g in m.groups() if g), title) if m else title


# -- "jane-doe", "jane_doe", "jane.doe": a login or a path naming a writer, not a domain
_SLUG = lazy_compile(r"^[a-z]+(?:-[a-z]+)+$|^[a-z]{2,}(?:[._][a-z]{2,}){1,2}$")
_DOMAIN_END = frozenset({"com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "fr", "de"})
_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?:\||–|—|-|·|»)\s+(?P<site>[^|–—·»]{2,40})$")


def _comma_joined(author: str) -> str:
    """Writers a byline joins with "and" in its language listed with commas, as every byline's.

    "Benedikt Nabben und Sabina Wolf", "Jo Li, Ana Roe and Sam Oki": when every part
    is a person's name, the word between the last two only joins them.
    """
    parts = front.name_parts(author)
    if len(parts) < 2 or not all(front.name_line(p) for p in parts):
        return author
    return ", ".join(parts)


def _deslugged(author: str) -> str:
    """Author names written as URL slugs in front matter ("jane-doe, john-roe") read as names."""
    names = [n.strip() for n in author.split(",")]
    if not any(_slug(n) for n in names) or not all(n == n.lower() for n in names):
        return author
    return ", ".join(" ".join(w.capitalize() for w in re.split(r"[-._]", n)) for n in names)


def _slug(name: str) -> bool:
    """A name written as a slug ("jane-doe", "jane.doe"); a site's domain ("medium.com") is none."""
    return bool(_SLUG.match(name)) and re.split(r"[-._]", name)[-1] not in _DOMAIN_END


def _without_site_suffix(title: str, known: tuple[str | None, ...]) -> str:
    """A page title without its "… | Site" or "… - Author" tail when the tail names one of them."""
    m = _SUFFIX.match(title)
    if not m:
        return title
    site = m.group("site").strip().lower()
    names = {k.strip().lower() for k in known if k}
    if site in {"wikipedia", "medium"} or any(site in n or n in site for n in names):
        return m.group("title").strip()
    return title


# -- headings and sections -----------------------------------------------------------


def _title_words(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {w for w in words if (len(w) >= 4 and w not in _SMALL_WORDS) or w.isdigit()}


_SECTION_NUMBER = lazy_compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
# -- an appendix's or a part's letter or roman number: "E. ", "IV. "
_SECTION_LETTER = lazy_compile(
    r"^(?:(?:[A-Z]|[IVX]{1,4})\.|(?:part|chapter|section) \w{1,4}[:.])\s+", re.I
)


def _without_title_lines(body: list[_Para], title: str) -> list[_Para]:
    """Headings at the very top that spell the title again, in pieces, are the title block.

    A minutes' cover sets "COMITÉ DE DÉMOLITION" over "PROCÈS-VERBAL Séance publique
    tenue le 20 juin …" while the declared title reads them as one line: headings
    before any body text, with none of their own, whose words are mostly the
    title's are not sections (an H1 over its own paragraphs stays one).
    """
    words = _title_words(title)
    n = 0
    while n + 1 < len(body) and body[n].heading_level and body[n + 1].heading_level:
        # -- a section number ("1.1 Nature of Science") is no word of the title's ("Chapter 1")
        own = _title_words(_SECTION_NUMBER.sub("", body[n].text))
        if not own or len(own & words) * 2 <= len(own):
            break
        n += 1
    return body[n:] if n < len(body) else body


TITLE_DATELINE_WORDS = 3  # -- title words, at least, a heading must restate to be its dateline


def _without_title_dateline(body: list[_Para], title: str) -> list[_Para]:
    """The first heading, before any text, restating the whole title with a date: the dateline.

    A ministry's page heads a speech "National Statement of Ruritania delivered
    by Ms Jo Li, Minister for …, at the Summit on 19 November 2024, Capital":
    every word of the title, with who spoke, where and when. It opens no
    section; the speech's text follows it.
    """
    words = _title_words(title)
    first = body[0] if body else None
    if first is None or not first.heading_level or len(words) < TITLE_DATELINE_WORDS:
        return body
    # -- more than the title: a heading spelling just the title is the title's own line
    restated = words < _title_words(first.text) and find_date(first.text) is not None
    if not restated:
        return body
    return [_Para(text=first.text, block=first.block, heading_level=0), *body[1:]]


def _without_subtitle(paras: list[_Para], body: list[_Para], title: str) -> list[_Para]:
    """A heading between the printed title and the date line under it: the title's subtitle.

    A brief sets "Harbour Futures" over "A Framework for Shared Dredging" over
    "March 2026", then its first section: the line in display type between the
    title and the date belongs to the title block and heads no part of the
    text. It stays a line of text (nothing is lost), with the date under it;
    a section's heading has its text, not a date, under it.
    """
    first = body[0] if body else None
    if first is None or not first.heading_level:
        return body
    at = next((i for i, p in enumerate(paras) if p.block is first.block), 0)
    if not 0 < at < len(paras) - 1:
        return body
    named = " ".join(title.casefold().split())
    above = " ".join(paras[at - 1].text.casefold().split())
    dated = dates_in(paras[at + 1].text)
    if not (above and named and above in named and dated and dated[0][0] == 0):
        return body
    # -- the date line set as a heading too ("December 2025" in bold) goes with it into the text
    lines = 2 if len(body) > 1 and body[1].block is paras[at + 1].block else 1
    return [_Para(text=p.text, block=p.block, heading_level=0) for p in body[:lines]] + body[lines:]


# -- headings sites and reports print around an article, never part of it
_FURNITURE_HEADING = lazy_compile(
    r"^(?:site navigation|navigation(?: menu)?|main menu|menu|search|share(?: this)?(?: article| story)?"
    r"|you (?:might|may) also like|related(?: articles| stories| videos| content| coverage)?"
    r"|more (?:from|on|stories|in)\b.*|most (?:popular|read|viewed)|recommended(?: for you)?"
    r"|featured(?: slide ?shows| videos)?|other columns|comments?|leave a (?:comment|reply)"
    # -- a comment box's label in the other languages the corpus reads (es, de, fr, it, pt)
    r"|comentar(?:ios)?|kommentare?|commentaires?|commenti|coment[áa]rios"
    # -- the box with its count and an invitation: "15 » Comentarios ¿Quieres comentar? …"
    r"|\d+\W{0,3}(?:comments?|comentarios|kommentare?|commentaires?|commenti|coment[áa]rios)\b.*"
    # -- an audio player's label over the text: "Listen to this article", "Escucha esta nota aquí"
    r"|listen to (?:this|the) (?:article|story)|escucha(?:r)? (?:esta|la) (?:nota|noticia)(?: aqu[íi])?"
    r"|(?:den )?artikel (?:an)?hören|[ée]couter (?:cet|l['’]) ?article"
    # -- a share bar's label read aloud to screen readers: "このニュースをシェア", "分享到"
    r"|\w{0,12}をシェア(?:する)?|分享(?:到|此文)?"
    r"|advertisement|sponsored(?: content)?|newsletter|sign up\b.*|subscribe\b.*|follow us\b.*"
    r"|connect with\b.*|topics?:.*|tags?:.*|gallery:.*|photos?:.*|(?:table of )?contents"
    # -- a picture's credit set as a heading: "Bildnachweis", "Photo credits: …", "Créditos"
    r"|(?:photo |image |picture )?credits?(?::.*)?|bildnachweise?(?::.*)?|bildquellen?(?::.*)?"
    r"|fotos?:.*|cr[ée]dits? (?:photos?|images?).*|cr[ée]ditos?(?::.*)?"
    r"|tl;? ?dr"  # -- the label of a summary box, not a section of the argument
    # -- a chart's or a ranking's source line set in emphasis: "Source: Top 500 Guide"
    r"|(?:sources?|quellen?|fuentes?|fontes?)\s?:\s.+"
    # -- a report's lists of its figures and tables: front matter, as its contents are
    r"|list of (?:figures|tables|illustrations|exhibits|charts)(?: and (?:figures|tables))?"
    r"|liste des (?:figures|tableaux|illustrations)|abbildungsverzeichnis|tabellenverzeichnis"
    r"|(?:índice|lista) de (?:figuras|tablas|cuadros|gráficos|tabelas|ilustraciones)"
    r"|elenco delle (?:figure|tabelle)"
    # -- a news page's box of recommended articles: "Die Redaktion empfiehlt", "Lesen Sie auch"
    r"|(?:die )?redaktion empfiehlt|(?:das )?könnte sie (?:auch )?interessieren|lesen sie auch"
    r"|mehr zum thema|(?:à|a) lire aussi|lire aussi|le(?:a|e)r (?:tambi[ée]n|m[áa]s)|leia também"
    r"|editor'?s'? picks?|read (?:more|next|also)"
    # -- the same box in the other languages: "El redactor recomienda", "La rédaction recommande"
    r"|(?:el |la )?redac(?:tor|ci[óo]n) recomienda|(?:la )?r[ée]daction (?:vous )?recommande"
    r"|(?:a )?reda[çc][ãa]o recomenda|la redazione (?:consiglia|raccomanda)"
    r"|(?:the )?editors? recommends?"
    # -- a standard's boilerplate set like its sections: "Status of this Memo", "Copyright Notice"
    r"|status of this memo|copyright notice"
    # -- a news site's boxes of other articles in Korean, Chinese and Japanese, the site's name
    # -- before the label or not: "Entermedia 주요뉴스", "相关新闻"
    r"|(?:[\w.]+ ){0,2}(?:주요 ?뉴스|많이 본 뉴스|관련 ?기사|相关(?:新闻|阅读)|热门新闻|推荐阅读"
    # -- a portal's featured box and its tabs of headlines: "重点推荐", "公司新闻"
    r"|(?:重点|精彩|相关)推荐|猜你喜欢|(?:公司|行业)新闻|\w{0,4}(?:新闻|文章)精选[:：]?"
    r"|関連記事|おすすめ記事)"
    # -- a landmark's label for screen readers, hidden on the page: "Hauptinhalt", "Main content"
    r"|(?:skip to )?main content|hauptinhalt|(?:zum )?inhalt springen|contenido principal"
    r"|contenu principal|conte[úu]do principal|contenuto principale"
    r"|\[[^\]]+\])$",  # -- a whole heading in brackets is a link teaser: "[Museum houses …]"
    re.I,
)
# -- back matter: the heading and everything under it until the next heading of its level
_BACK_MATTER = lazy_compile(
    r"^(?:see also|references|external links|notes|footnotes|further reading|bibliography"
    # -- a reference list under another name: "Selected References", "Sources Consulted",
    # -- "Key Sources & Reference Materials", "Notes and References"
    r"|(?:selected |key )?(?:references|sources|notes|bibliography|reference materials)"
    r"(?: (?:&|and) (?:references|sources|notes|reference materials|further reading))?"
    r"|reference|endnotes|(?:works|sources|literature) cited|sources consulted"
    r"|sources|obtaining copies\b.*|order by phone\b.*|connect with\b.*|about the authors?"
    r"|about this (?:report|publication)|acknowledge?ments"
    # -- who contributed, what is attached, what the data is not: a closing note, no argument
    r"|contributors|contributing|disclaimer|licen[cs]e|attachments?|enclosures?"
    # -- the same in the other languages the corpus reads (fr, es, pt, de, it)
    r"|r[ée]f[ée]rences(?: bibliographiques)?|bibliographie|referencias|refer[êe]ncias"
    r"|bibliograf[íi]a|literatur(?:verzeichnis)?|quellen(?:verzeichnis)?|anmerkungen"
    r"|remerciements|agradecimientos|agradecimentos|danksagung|riferimenti|voir aussi"
    r"|mitwirkende|contributeurs|colaboradores|collaboratori|haftungsausschluss"
    r"|lizenz|aviso legal|descargo de responsabilidad|esclusione di responsabilità"
    # -- and in the other scripts it reads (ar, zh, ja, ko): contributors, disclaimer, attachment
    r"|المساهمون|إخلاء المسؤولية|贡献者|免责声明|免責事項|添付(?:資料)?|면책 조항|첨부(?: ?자료)?)$",
    re.I,
)
# -- a reference list runs to the end of the document: its entries and a trailing abstract in
# -- another language ("Summary" after "Références") read as headings of the same size, so
# -- only an appendix ends it
_REFERENCE_LIST = lazy_compile(
    r"^(?:references|bibliography|r[ée]f[ée]rences(?: bibliographiques)?|bibliographie"
    r"|referencias|refer[êe]ncias|bibliograf[íi]a|literatur(?:verzeichnis)?|riferimenti)$",
    re.I,
)
# -- a section holding only the document's figures or tables, or the list of them
_FIGURE_LIST = lazy_compile(
    r"^(?:(?:list\s+of\s+)?(?:figures|tables|illustrations|exhibits|charts)"
    r"(?:\s+(?:and|&)\s+(?:figures|tables|illustrations|exhibits|charts))?)$",
    re.I,
)
# -- a paper's index terms, set like its section heads: a field of its front matter, no section
_INDEX_TERMS = lazy_compile(
    r"^(?:categories and subject descriptors|general terms|key ?words|index terms|ccs concepts"
    r"|acm reference format|mots[- ]cl[ée]s|palabras clave|schl[üu]sselw[öo]rter|parole chiave)$",
    re.I,
)
# -- the line naming the document by its number, before any section: "MEDIA ADVISORY M23-095",
# -- "Memorandum M-16-21", "Report GAO-23-105" (a label of up to three words and a serial)
_DOCUMENT_NUMBER = lazy_compile(r"^(?:[^\W\d_]+ ){1,3}[A-Z]{1,6}-?\d{1,4}(?:[-/]\d{2,6})+$")
_APPENDIX = lazy_compile(rf"^{APPENDIX_WORD}\b", re.I)


# -- a figure's or a table's label and number: "Figure 2", "Table 1.", "Abb. 3:"
_CAPTION_WORDS = (
    r"figure|fig\.|table|exhibit|chart|abbildung|abb\.|tabelle|tableau|tabla|gráfico|grafico|cuadro"
)
# -- (after an abbreviation's stop the space may be left out: "Fig.1")
_CAPTION_NUMBER = r"(?:(?<=\.)\s*|\s+)[A-Z]?\d{1,3}(?:[.\-–]\d{1,3})*[.:]?"
# -- a caption: "Figure 3-11 Selecting …", "Table 2: …", "Example 3-10 …", "Abb. 4 …"
_CAPTION = lazy_compile(rf"^(?:{_CAPTION_WORDS}|example|listing){_CAPTION_NUMBER}\s+\S", re.I)
# -- a caption's label alone on its line: "Table 1.", "Figure 2", "Abb. 3:"
_CAPTION_LABEL = lazy_compile(rf"^(?:{_CAPTION_WORDS}){_CAPTION_NUMBER}$", re.I)


def _without_figure_titles(body: list[_Para]) -> list[_Para]:
    """A heading that belongs to a figure or a table is its caption, not a section.

    A chart sets its own title in large or bold type inside the figure, and the
    caption ("Figure 2: Comparing outcomes …") follows right under it; a table's
    caption sets its label ("Table 1.") on one line and its words in bold on the
    next. Read from type alone (PDF, plain text), either looks like a heading,
    but what heads a section is followed by the section's text, not by the
    caption of a figure or a table's cells (``_over_cells``), and is not the
    second half of a caption. A numbered
    heading ("3.2 Results") stays: its number places it in the outline, and so
    does an appendix's ("Appendix: Figures" over the charts it gathers).
    """
    out = list(body)
    for n, p in enumerate(body):
        if not p.heading_level or _NUMBERED_HEADING.match(p.text) or _APPENDIX.match(p.text):
            continue
        nxt = body[n + 1] if n + 1 < len(body) else None
        prev = body[n - 1] if n > 0 else None
        over_caption = nxt is not None and not nxt.heading_level and _CAPTION.match(nxt.text)
        under_label = (
            prev is not None and not prev.heading_level and _CAPTION_LABEL.match(prev.text.strip())
        )
        if over_caption or under_label or _over_cells(body, n):
            out[n] = _Para(text=p.text, block=p.block, heading_level=0)
    return out


# -- a glossary's entry: a term of up to five words, a dash, its definition ("Host — A computer …")
_GLOSSARY_ENTRY = lazy_compile(r"^[^\W\d_][^\s—–:.]*(?:\s[^\s—–:.]+){0,4}\s[—–]\s+\S")


def _without_glossary_entries(body: list[_Para]) -> list[_Para]:
    """A heading shaped "Term — definition" among entries of that shape is one of them.

    A glossary sets each term in bold and its definition after a dash; read from
    type alone, an entry whose definition fits on the bold line looks like a
    heading. An entry is followed by another entry in running text; a heading
    "Part 2 — Methods" opens text of another shape (even right after a glossary).
    """
    out = list(body)
    for n, p in enumerate(body[:-1]):
        nxt = body[n + 1]
        if (
            p.heading_level
            and _GLOSSARY_ENTRY.match(p.text.strip())
            and not nxt.heading_level
            and _GLOSSARY_ENTRY.match(nxt.text.strip())
        ):
            out[n] = _Para(text=p.text, block=p.block, heading_level=0)
    return out


TABLE_CELLS = 3  # -- fragments in a row under a heading that make it a table's column head
_CELL_WORDS = 4  # -- the most words of a table's cell read as a line of its own


def _over_cells(body: list[_Para], n: int) -> bool:
    """A heading over a run of bare cells ("16.2km", "11.5km", "Mayo") is a table's column head.

    A section's heading opens text; a table read line by line sets its column's
    name in bold over its cells: short fragments, none a sentence. So a heading
    whose next TABLE_CELLS paragraphs are each a few words with no closing stop
    heads a column, not a section.
    """
    cells = body[n + 1 : n + 1 + TABLE_CELLS]
    return len(cells) == TABLE_CELLS and all(
        not c.heading_level
        and c.block.kind == "paragraph"
        and len(c.text.split()) <= _CELL_WORDS
        and not c.text.rstrip().endswith((".", "!", "?", ":", ";", "。"))
        for c in cells
    )


# -- a web or e-mail address: a reference's link or an author's contact line set apart
# -- (the local part is bounded: a long run of letters without "@" stays linear)
_ADDRESS = lazy_compile(
    r"https?://\S|\b[\w.+-]{1,64}@[\w-]{1,63}\.\w|\bdoi:?\s{0,3}10\.\d{4,9}/", re.I
)
# -- code in a figure's label: "USER = ALICE", "CREATE PERMISSION <permission name>"
_SYNTAX = lazy_compile(r"\s=\s|<[a-z][\w ]{0,40}>")


def _without_furniture(
    body: list[_Para], *, markdown: bool = False, tagged: bool = False
) -> list[_Para]:
    """Site furniture headings dropped, back matter cut, sentence-long "headings" made paragraphs.

    A heading tag around a full sentence (a standfirst or teaser set as h2)
    is a paragraph; "You might also like", "Comments" and "Contents" are no
    section; "References" or "Obtaining copies of GAO reports" end the content;
    contents entries ("Preface . . . . xi") and headings without a word ("iii.")
    go. ``markdown`` (Markdown and Word files, whose headings the author
    marked one by one) keeps sentence-long headings: a Word report may head
    its findings with whole sentences ("People stop reporting when …"). So does
    a web page (``tagged``: its heading tags are the writer's marks too) that
    heads its parts with sentences: two or more at one level, each after the
    text has begun (an opinion post's "The current agreement does not follow
    the advice of …"), are its sections, where a standfirst stands alone above
    the text. A PDF's or a plain text's headings are guessed from type and
    layout, where a run of bold sentences is emphasis as often as headings.
    """
    kept: list[_Para] = []
    cut_level = 0
    to_appendix = False
    bylines = _front_names(body)
    sentence_heads = _sentence_headings(body) if tagged else set()
    counted: tuple[str, int] | None = None  # -- the count of the last counted heading kept
    for n, p in enumerate(body):
        if cut_level and (not p.heading_level or p.heading_level > cut_level):
            continue
        if to_appendix and not (_opens_appendix(body, n) or _next_count(counted, p)):
            continue
        if len(p.text) < 300 and _contents_entry(p.text):
            continue  # -- a contents line (short: the search is quadratic on a run of dots)
        cut_level, to_appendix = 0, False
        if not p.heading_level:
            kept.append(p)
            continue
        text = p.text.strip()
        if _wordless(text) and not _next_count(counted, p):
            # -- a page number or a bare list number set large is no section; "9. 280" after
            # -- "8. Skyline Drive" goes on counting the sections (a road named by its number)
            continue
        # -- "7. References", "8. Acknowledgments": back matter numbered like the sections
        unnumbered = _SECTION_NUMBER.sub("", text).rstrip(":")
        unlettered = _SECTION_LETTER.sub("", unnumbered)  # -- "E. Selected References"
        if _BACK_MATTER.match(unlettered):
            cut_level = p.heading_level
            # -- a numbered list of references ends where the next numbered section begins
            to_appendix = bool(_REFERENCE_LIST.match(unnumbered)) and unnumbered == text
            continue
        if _FIGURE_LIST.match(unlettered) and _captions_only(body, n):
            cut_level = p.heading_level  # -- the figures or tables gathered at the end, or listed
            continue
        if _INDEX_TERMS.match(unnumbered):
            kept.append(_Para(text=p.text, block=p.block, heading_level=0))
            continue
        if _FURNITURE_HEADING.match(text.rstrip(":")):
            continue
        opening = not any(not k.heading_level for k in kept)  # -- no paragraph yet: the front
        dateline = opening and (
            (len(text.split()) <= _DATELINE_WORDS and parse_date(text))
            or _signed_date(text)
            or front.agency_dateline(text)  # -- "Köln (ots)": place and agency
            or front.credit_line(text)  # -- "Edited by Jo Li and Ana Roe" under the byline
        )
        if (
            _RELATIVE_TIME.match(text)
            or (_TIME_OF_DAY.search(text) and parse_date(text))
            or dateline  # -- "December 2025" in bold under the title: the issue's date
        ):
            # -- "3 hours ago", "30/01/2017 02h02": a dateline set in a heading tag, no section
            kept.append(_Para(text=p.text, block=p.block, heading_level=0))
            continue
        caption = bool(_CAPTION.match(text) or _CAPTION_LABEL.match(text))  # -- "Fig.1" too
        caption = caption or _over_sourced_list(body, n)
        if caption or _SYNTAX.search(text) or _ADDRESS.search(text) or n in bylines:
            # -- or an article's authors, set large under its title before the text begins
            # -- set in bold like a heading, but it names a figure or shows code
            kept.append(_Para(text=p.text, block=p.block, heading_level=0))
            continue
        if _DOCUMENT_NUMBER.match(text) and not any(k.heading_level for k in kept):
            # -- the document's own number over its first section; "Résolution DM-2023-001"
            # -- inside the minutes' fourth item is a section of them
            kept.append(_Para(text=p.text, block=p.block, heading_level=0))
            continue
        ends = text.endswith(".") and not text.endswith("..")  # -- "You can lean on me to ..."
        sentence = ends and len(text.split()) > 6 and not _is_provision(text)
        # -- a question set as a heading is the heading of its answer, however long (an
        # -- interview, a FAQ): only statements set as headings are standfirsts or teasers
        question = text.rstrip("_*” \"'").endswith("?")
        # -- words, not the guillemets and dashes between them ("« économie-gestion »")
        words = sum(any(c.isalnum() for c in w) for w in text.split())
        if (words > 24 or sentence) and not question and not markdown and n not in sentence_heads:
            kept.append(_Para(text=p.text, block=p.block, heading_level=0))
            continue
        counted = heading_count(text) or counted
        kept.append(p)
    return kept


_SOURCE_LINE = lazy_compile(r"^(?:sources?|quellen?|fuentes?|fontes?)\s?:\s\S", re.I)


def _over_sourced_list(body: list[_Para], n: int) -> bool:
    """Heading ``n`` stands over a list and nothing else, closed by the list's source line.

    A feature boxes a ranking ("Top 60 online retailers", then sixty names,
    then "Source: Retail Guide") inside its text: the heading titles that
    exhibit, as a caption does a table, and the text after it goes on in the
    section it interrupts.
    """
    end = n + 1
    while end < len(body) and body[end].block.kind == "list_item":
        end += 1
    return end > n + 1 and end < len(body) and bool(_SOURCE_LINE.match(body[end].text.strip()))


# -- a speaker or a writer and the day, set apart by a dash or a bar: "Ms. Reyes — 4 May 2011"
_SIGNED_DATE = lazy_compile(r"^(?P<who>[^—–|]{2,40}?)\s+[—–|-]\s+(?P<when>[^—–|]{4,30})$")


def _signed_date(text: str) -> bool:
    """A name of a few words, a dash and a date alone: the record's dateline, under its title
    before the text begins (a transcript, a post), no section of it."""
    m = _SIGNED_DATE.match(text)
    return bool(m and len(m["who"].split()) <= _DATELINE_WORDS and parse_date(m["when"].strip()))


def _next_count(counted: tuple[str, int] | None, p: _Para) -> bool:
    """Heading ``p`` goes on counting the headings before a reference list: the text resumes.

    A student's analysis may set its references between two of its steps
    ("Step 3: …", "References", "Step 4: …"): the next step is the text's
    again, where a reference entry set like a heading counts nothing.
    """
    if counted is None or not p.heading_level:
        return False
    return heading_count(p.text.strip()) == (counted[0], counted[1] + 1)


_DATELINE_WORDS = 4  # -- the most words of a date alone on its line ("15 March 2024")
SENTENCE_HEADS = 2  # -- sentence-long headings of one level after the text: the page's sections


def _sentence_headings(body: list[_Para]) -> set[int]:
    """Headings that are statements (more than six words, a full stop), set in a series.

    Only those after the text's first paragraph count, and only when the same
    level holds at least two of them: a standfirst or teaser stands alone.
    """
    by_level: dict[int, list[int]] = {}
    begun = False
    for n, p in enumerate(body):
        if not p.heading_level:
            begun = begun or p.block.kind != "heading"
            continue
        text = p.text.strip()
        ends = text.endswith(".") and not text.endswith("..")
        if begun and ends and 6 < len(text.split()) <= 24 and not _is_provision(text):
            by_level.setdefault(p.heading_level, []).append(n)
    return {n for run in by_level.values() if len(run) >= SENTENCE_HEADS for n in run}


_POINTER_WORDS = 12  # -- a one-line section this short holding a link points elsewhere
_POINTER_RUN = 2  # -- such sections in a row at the end: back matter, not the text's close


def _without_pointer_tail(body: list[_Para], linked: Counter[int]) -> list[_Para]:
    """Sections at the very end that only point to another file or page, cut as back matter.

    A README ends "License / See LICENSE.", "Contributing / See CONTRIBUTING.",
    "Disclaimer / See DISCLAIMER.": each section one short line that is mostly a
    link (``linked``: words of link text by the start of the block holding them),
    two or more in a row after the text. One alone may be the text's own close
    ("Get involved: join us at …"); a section listing several links
    ("Resources") is the author's, and a sentence that cites its source in a
    link ("The figures come from the World Bank's data") says something itself.
    """
    cut, run = len(body), 0
    n = len(body) - 1
    while n >= 1:
        line, head = body[n], body[n - 1]
        pointer = (
            head.heading_level
            and not line.heading_level
            and len(line.text.split()) <= _POINTER_WORDS
            and 2 * linked[line.block.start] >= len(line.text.split())
        )
        if not pointer:
            break
        cut, run, n = n - 1, run + 1, n - 2
    if run < _POINTER_RUN or cut == 0:
        return body  # -- the whole text points elsewhere: a list of links, kept as it is
    return body[:cut]


# -- a paper's appendices lettered without the word: "A The Activity Component", then "A.1 …" or "B …"
_FIRST_LETTERED = lazy_compile(r"^A\.?\s+\S")
_NEXT_LETTERED = lazy_compile(r"^(?:A\.1|B)\.?\s+\S")
_LOOK_AHEAD = 3  # -- headings: the second lettered one follows at once in an appendix


# -- an appendix's label alone on its line: "APPENDIX B:", "Annex 2", "Anexo III"
_APPENDIX_LABEL = lazy_compile(rf"^{APPENDIX_WORD}{APPENDIX_NUMBER}\s*[:.]?$", re.I)


def _under_appendices(body: list[_Para]) -> list[_Para]:
    """An appendix is a part of the document, beside the part it follows, not under it.

    A paper sets "APPENDIX A AUTOMATICALLY GENERATED TEXTS" in the type of its
    subsections ("A. Shakespeare" under it, "C. Audio Synthesization" before
    it): the appendix rises to the level of the part it follows ("VI.
    DISCUSSION"), unless an "Appendices" heading holds it.
    """
    out = list(body)
    shallower: list[_Para] = []  # -- the open headings, outermost first
    for n, p in enumerate(body):
        if not p.heading_level:
            continue
        while shallower and shallower[-1].heading_level >= p.heading_level:
            shallower.pop()
        parent = shallower[-1] if shallower else None
        if (
            (appendix_line(p.text) or _APPENDIX.match(p.text.strip()))
            and parent is not None
            and not APPENDICES.match(parent.text.strip())
        ):
            out[n] = _Para(text=p.text, block=p.block, heading_level=parent.heading_level)
            shallower.pop()
        shallower.append(out[n])
    return out


def _with_sibling_appendices(body: list[_Para]) -> list[_Para]:
    """An appendix label set as plain text is a heading when another appendix is one.

    A Word memo styles "APPENDIX A" as a heading and types "APPENDIX B:" in
    plain bold: the reader sees two appendices of one rank. The label takes
    the level of the appendix heading nearest before it (or the first after);
    a heading of that level right under it is the appendix's title, one deeper.
    """
    levels = [
        (n, p.heading_level)
        for n, p in enumerate(body)
        if p.heading_level and _APPENDIX.match(p.text)
    ]
    if not levels:
        return body
    out = list(body)
    for n, p in enumerate(body):
        if p.heading_level or p.block.rows or not _APPENDIX_LABEL.match(p.text.strip()):
            continue
        before = [level for k, level in levels if k < n]
        level = before[-1] if before else levels[0][1]
        out[n] = _Para(text=p.text, block=p.block, heading_level=level)
        nxt = body[n + 1] if n + 1 < len(body) else None
        if nxt is not None and nxt.heading_level == level:  # -- the appendix's own title under it
            out[n + 1] = _Para(text=nxt.text, block=nxt.block, heading_level=level + 1)
    return out


# -- a top-level number: "2. Rule and Regulation" (not "3.6 Faculty rules", not "2019.")
_SERIES_NUMBER = lazy_compile(r"^(\d{1,2})\.\s+\S")
SERIES_RUN = 3  # -- numbered headings needed to call them one series


def _one_numbered_series(body: list[_Para]) -> list[_Para]:
    """Headings numbered 1., 2., 3. … in one unbroken run are siblings: one level.

    A Word rule styles "2. Rule and Regulation" Heading 2 and "3. Definitions"
    … "9. Contact Information" Heading 4, and leaves "1. Title" in plain
    type: the reader sees one list of parts. When the numbered headings of
    the whole document count up by one from first to last, they all take the
    shallowest level among them. A series that restarts (items 1–3 under
    every chapter) is no such run and is left alone.
    """
    numbered = [
        (n, int(m.group(1)))
        for n, p in enumerate(body)
        if p.heading_level and (m := _SERIES_NUMBER.match(p.text))
    ]
    numbers = [k for _, k in numbered]
    if len(numbered) < SERIES_RUN or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return body
    level = min(body[n].heading_level for n, _ in numbered)
    out = list(body)
    for n, _ in numbered:
        out[n] = _Para(text=body[n].text, block=body[n].block, heading_level=level)
    return out


# -- the first chapter of a numbered outline: "1 Introduction", "1. Background", "1) …", "I. Scope";
# -- or of an unnumbered one, named as the text's opening (en, de, fr, es, pt, it, nl)
_FIRST_CHAPTER = lazy_compile(
    r"^(?:(?:1[.)]?|I\.)\s+[^\W\d_]"
    r"|(?i:introduction|einleitung|introducción|introdução|introduzione|inleiding)\s*$)"
)


def _front_matter_beside_chapters(body: list[_Para]) -> list[_Para]:
    """Headings before the first chapter sit beside the chapters, never under them.

    A paper sets "Abstract" in smaller type than "1 Introduction", a data model
    its "Revision history" smaller than "1 Overview", a brief its author's name
    large under the title: ranked by type each would be a subsection, yet
    nothing stands before it that it could belong to. A part of the document
    comes before the chapters (front matter) or inside one of them, never
    inside a chapter not yet begun. The first chapter is the first heading
    numbered "1" (or "I.") or named "Introduction" with no shallower heading
    before it, or else the first heading of the document's top level; a
    heading before it and deeper takes its level when the chapters are so
    marked, or when no heading after the first chapter is set at its level (a
    type used only ahead of the text). A deeper type used again inside the
    chapters may be the untitled opening's own subsection ("Methodologies
    we'll use together" before "Methodologies"), and stays. A brief that opens
    with "Introduction" in a smaller type than its later "Results" has begun:
    its opening chapters keep their type's rank.
    """
    heads = [n for n, p in enumerate(body) if p.heading_level]
    if not heads:
        return body
    numbered = next((n for n in heads if _FIRST_CHAPTER.match(body[n].text)), None)
    if numbered is not None and all(
        body[n].heading_level >= body[numbered].heading_level for n in heads if n < numbered
    ):
        first = numbered
    else:
        numbered = None
        top = min(body[n].heading_level for n in heads)
        first = next(n for n in heads if body[n].heading_level == top)
    level = body[first].heading_level
    later = {body[n].heading_level for n in heads if n > first}
    out = list(body)
    for n in heads:
        if n >= first:
            break
        deeper = body[n].heading_level > level
        if deeper and (numbered is not None or body[n].heading_level not in later):
            out[n] = _Para(text=body[n].text, block=body[n].block, heading_level=level)
    return out


def _without_table_labels(body: list[_Para]) -> list[_Para]:
    """A heading that ends in a colon right over a table is the table's label, not a section.

    "Distribution Percentages by Variable:" in bold over its table leads into
    the table the way "The options are:" leads into a list.
    """
    out = list(body)
    for n, p in enumerate(body[:-1]):
        if p.heading_level and p.text.rstrip().endswith(":") and body[n + 1].block.rows:
            out[n] = _Para(text=p.text, block=p.block, heading_level=0)
    return out


def _captions_only(body: list[_Para], n: int) -> bool:
    """Heading ``n`` holds nothing but captions and contents lines down to the next heading.

    A manuscript gathers its figures and tables after the references under
    "Figures" and "Tables" (each a caption over a picture or the table itself); a
    report lists them under "List of Figures". A section by that name with text of
    its own (a style guide's advice on tables) is a section.
    """
    level = body[n].heading_level
    for p in body[n + 1 :]:
        if p.heading_level and p.heading_level <= level:
            return True
        text = p.text.strip()
        shown = p.block.kind == "table" or _CAPTION.match(text) or _contents_entry(text[-40:])
        if text and not shown:
            return False
    return True


def _appendices_after_references(body: list[_Para]) -> list[_Para]:
    """Appendix labels set in body type after the back matter made headings: the outline's end.

    A memo ends "References", then "Appendices" and "Appendix 1", "Appendix 2
    Type of EHR and EMR" … in the type of its text, each over its figures or
    its own bold subheads. Read as paragraphs they fell into the cut
    reference list, and the appendices' subheads with them. After a
    reference list's heading of level L, the line "Appendices" heads at L,
    each appendix's label one below it (at L without it), and a heading inside
    an appendix no deeper than its label sits one below the label, the
    headings under it below it as they were. Their text
    stays out, as it was with the reference list: supporting material (the
    rules a law sets, another state's projects), not the memo's own words. An
    appendix headed as such ("Appendix B" set as a heading) keeps its text, as
    it always did.
    """
    back = next(
        (
            n
            for n, p in enumerate(body)
            if p.heading_level and _REFERENCE_LIST.match(_SECTION_NUMBER.sub("", p.text.strip()))
        ),
        None,
    )
    if back is None:
        return body
    top = body[back].heading_level
    out = body[: back + 1]
    labels = top  # -- the appendices' labels' level: one deeper once "Appendices" heads them
    label = 0  # -- the level of the appendix label read last
    outer = 0  # -- the shallowest heading level inside that appendix so far
    opened = False  # -- past the first label: the appendices, where only headings are kept
    for p in body[back + 1 :]:
        text = p.text.strip()
        if not p.heading_level and names_appendix(text):
            whole = APPENDICES.match(text) is not None  # -- "Appendices" over them all
            level = top if whole else labels
            labels, label, outer = (top + 1, 0, 0) if whole else (labels, level, 0)
            out.append(_Para(text=p.text, block=p.block, heading_level=level))
            opened = True
        elif p.heading_level and _APPENDIX.match(text):
            out.append(p)
            label, opened = 0, False
        elif label and p.heading_level and (outer or p.heading_level <= label):
            # -- its own nesting kept: "1. Privacy Rule" under "HIPAA Main Aspects" stays below it
            outer = min(outer or p.heading_level, p.heading_level)
            level = min(label + 1 + p.heading_level - outer, 6)
            out.append(_Para(text=p.text, block=p.block, heading_level=level))
        elif p.heading_level or not opened:
            out.append(p)
    return out


def _opens_appendix(body: list[_Para], n: int) -> bool:
    """Paragraph ``n`` ends a reference list: an appendix, the appendices' heading, or A, B, …."""
    text = body[n].text.strip()
    return bool(_APPENDIX.match(text) or names_appendix(text) or _lettered_appendix(body, n))


def _lettered_appendix(body: list[_Para], n: int) -> bool:
    """Heading ``n`` opens appendices lettered A, B, … (A.1 under A) after a reference list.

    A paper may letter its appendices without the word "Appendix"; a reference
    entry set like a heading ("A survey of …") is not followed by "A.1" or "B".
    """
    if not body[n].heading_level or not _FIRST_LETTERED.match(body[n].text.strip()):
        return False
    later = (body[k] for k in range(n + 1, len(body)) if body[k].heading_level)
    return any(_NEXT_LETTERED.match(p.text.strip()) for p in islice(later, _LOOK_AHEAD))


def _without_byline_headings(body: list[_Para], author: str | None) -> list[_Para]:
    """A heading that is the article's author, alone or with a date, is a byline.

    News pages set the byline in a heading tag ("Ariel Melgar Cabrera
    3/5/2022 22:41" in an h6 under the headline); it is the author and the
    date, no section of the article.
    """
    name = (author or "").split(",")[0].strip().casefold()
    if len(name.split()) < 2 and not _unspaced_name(name):
        return body
    out = []
    front = True  # -- before the first paragraph of running text: where a byline stands
    for p in body:
        text = p.text.strip()
        if p.heading_level and (
            _name_then_date(text, name)
            or (front and _role_then_name(text, name))
            # -- "Par Jacques Munier" set as an h3 at the chronicle's end: a byline anywhere
            or (_is_person_byline(text) and text.casefold().endswith(name))
        ):
            p = _Para(text=p.text, block=p.block, heading_level=0)
        front = front and (bool(p.heading_level) or len(text) < _BYLINE_TEXT)
        out.append(p)
    return out


_BYLINE_TEXT = 80  # -- characters: a line above the text this short may be a byline or a date
_ROLE_WORDS = 3  # -- a byline's role before the name: "Staff writer", "Senior correspondent"
_ROLE_CHARS = 8  # -- the same in a script without spaces ("半月谈记者": the magazine's reporter)


def _unspaced_name(name: str) -> bool:
    """A name of two or more letters of a script written without spaces (史卫燕, 山田太郎)."""
    return 2 <= len(name) <= 6 and all(
        unicodedata.name(c, "").startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA")) for c in name
    )


def _name_then_date(text: str, name: str) -> bool:
    """The author's name, then nothing, figures only ("3/5/2022 22:41") or a written date."""
    if len(name.split()) < 2 or not text.casefold().startswith(name):
        return False
    rest = text[len(name) :].strip()
    return not any(c.isalpha() for c in rest) or bool(find_date(rest))


def _role_then_name(text: str, name: str) -> bool:
    """A short role or outlet label, then the author's name: "Staff writer Jane Doe".

    The label is a few words (a few characters in a script without spaces) and
    holds no sentence stop, and the line stands above the text (the caller
    checks): a section heading ending in the author's name ("Interview with
    Jane Doe") comes later.
    """
    if not name or not text.casefold().endswith(name) or text.casefold() == name:
        return False
    role = text[: len(text) - len(name)].strip(" \t-–—|:·")
    if not role or any(c in role for c in ".!?。！？"):
        return False
    if _unspaced_name(name) and " " not in role:
        return len(role) <= _ROLE_CHARS
    return len(role.split()) <= _ROLE_WORDS and len(name.split()) >= 2


def _front_names(body: list[_Para]) -> set[int]:
    """Headings before the first paragraph of running text that name people, when 2 or more do.

    A paper sets its authors one per line between the affiliations, in type as
    large as its section headings; one name-shaped heading alone ("Lesson
    Objectives") may be a section, and so is one after a heading that names
    no one ("Technical Failure" under "The Problem"): the names are done.
    """
    found: set[int] = set()
    for n, p in enumerate(body):
        if not p.heading_level:
            words = len(p.text.split())
            # -- a question ends a sentence too ("Should the city cap … prices?")
            if words > 30 or (words >= 10 and p.text.rstrip().endswith((".", "?", "!"))):
                break  # -- running text: a long paragraph, or a sentence ends ("… is shown.")
            continue
        text = p.text.strip()
        if front.name_line(text) or front.name_list(text):
            found.add(n)
        elif found:
            break  # -- a section's heading after the names: the text has begun
    return found if len(found) >= 2 else set()


_UNCASED_WORDS = 10  # -- a subhead in a script without capitals: this many words at most
_ENDED_SHARE = 0.7  # -- of a text's long paragraphs ending in a stop: its sentences are marked
_CLOSERS = "”\"’'」』）)»"  # -- closing a quotation after its stop


def _stops_end_paragraphs(body: list[_Para]) -> bool:
    """True when the text's long paragraphs end in a sentence stop (".", "।", "。" …).

    Then a short line without one, between them, is set apart as a subhead,
    whatever its script; a PDF's lines cut mid-sentence end in no stop.
    """
    long = [p.text.rstrip(_CLOSERS) for p in body if not p.heading_level and len(p.text) > 120]
    ended = sum(text.endswith(tuple(SENTENCE_STOPS)) for text in long)
    return len(long) >= 2 and ended >= _ENDED_SHARE * len(long)


def _uncased_subhead(text: str) -> bool:
    """A line of a script without capitals (Hindi, Arabic), a few words and no stop in it.

    Capitals cannot tell such a subhead from a sentence; in a text whose
    paragraphs end in stops, its missing stop does (``_stops_end_paragraphs``).
    A line ending in a dash ("这5年，一曲曲东风西韵交相辉映——") is a sentence the
    next paragraph finishes, as one ending in a colon is.
    """
    if len(text) > 120 or not _is_short_line(text, _UNCASED_WORDS):
        return False  # -- (the length first: a paragraph is not split into words for nothing)
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and not any(c.isupper() or c.islower() for c in letters)
        and not any(c in SENTENCE_STOPS or c in ":：" for c in text)  # -- nor a label's colon
        and not text.rstrip().endswith(("—", "–", "－", "…"))
    )


_FIGURE = lazy_compile(r"[\d.,%()+−–-]*\d[\d.,%()+−–-]*")
# -- a figure and its unit in lower case: "7.2 points", "$4.5 million", "38 %"
_QUANTITY = lazy_compile(r"^[$€£¥]?\d[\d,.]*\s*(?:%|[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,2})$")
# -- a line ending on a word no heading ends on: the start of a sentence carried on below
_OPEN_END = lazy_compile(r"\s(?:the|a|an|and|or|of|to)$")
# -- a chart's time axis or a table's column heads read as a line: "Jan Feb Mar Apr",
# -- "Q1 Q2 Q3 Q4", "July 2024 August 2024 September 2024"
_PERIOD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12])\.?"
)
_PERIOD_ROW = lazy_compile(
    rf"^{_PERIOD}(?:\s+'?\d{{2,4}})?(?:\s+{_PERIOD}(?:\s+'?\d{{2,4}})?){{2,}}$", re.I
)
FIGURES_ROW = 3  # -- figures on a line, more than its words: a table's row, not a heading
_ROW_OPENING = 80  # -- characters of a line read to tell a row of figures


def _figures_row(text: str) -> bool:
    """A line of figures ("EU-25 1.7 3.9 1.6 2.1"): a table's row read as a line, no heading.

    A table's column header over such a row ("Rate (95% CI)") heads no text either.
    """
    opening = text[:_ROW_OPENING]  # -- a row opens with its figures: read no further
    if sum(map(str.isdigit, opening)) < FIGURES_ROW:
        return False
    tokens = opening.split()
    if len(text) > _ROW_OPENING:
        tokens = tokens[:-1]  # -- the last may be cut
    figures = sum(_FIGURE.fullmatch(t) is not None for t in tokens)
    return figures >= FIGURES_ROW and 2 * figures > len(tokens)


# -- a file's or a variable's name: words joined by underscores, no space ("rates_by_age_NC.png")
_JOINED_NAME = lazy_compile(r"^[^\W_]+(?:_+[^\W_]+)+(?:\.[A-Za-z0-9]{1,5})?$")


def _heading_strength(text: str) -> int:
    """2 for ALL-CAPS or numbered lines, 1 for title- or sentence-case labels, 0 for prose.

    A name joined by underscores (a figure's file name standing as its alt text)
    is never a heading: no writer heads a section so.
    """
    if (
        _JOINED_NAME.match(text.strip())
        or not _is_short_line(text, max_words=14)
        or parse_date(text)
        or _NOT_HEADING.match(text)
        or _RELATIVE_TIME.match(text)
    ):
        return 0
    if text.endswith("-") or re.search(r"[a-z]{2}[.!?] +[A-Z]", text):
        return 0  # -- a line cut mid-word or holding two sentences is the start of a paragraph
    if text.endswith(("—", "–", "－")):
        return 0  # -- "这5年，一曲曲东风西韵交相辉映——": a sentence the next paragraph finishes
    if _figures_row(text) or _QUANTITY.match(text) or _PERIOD_ROW.match(text):
        return 0  # -- "7.2 points" or "Jan Feb Mar" alone on its line: a result or an axis
    if _OPEN_END.search(text):
        return 0  # -- "Direct the agency to" over its list: a sentence the list finishes
    # -- two letters in a row, the vowel signs between Devanagari's letters (no \w) passed over
    lettered = re.search(r"[^\W\d_]{2,}", text) or re.search(
        r"[^\W\d_]{2,}", "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    )
    if not lettered and not re.search(r"[^\W\d_].*\d{2,}", text):
        return 0  # -- "1 2", "x": a formula's leftovers; a bill number ("S. 1095") stays
    if front.is_person_byline(text):
        return 0
    marker = recs.ordinal_marker(text)[1].strip()
    if marker and marker[-1] in ",.:;—–-":
        return 0
    if in_capitals(text):
        return 2
    if _NUMBERED_HEADING.match(text) or written_without_spaces(numbering_style(text)):
        return 2
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return 0
    capitalised = sum(w[0].isupper() for w in content) / len(content)
    return 1 if capitalised >= 0.6 or len(words) <= 6 else 0


_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def _numbered_level(text: str) -> int:
    """A found heading's level: 2 (below a document-level heading), deeper for "2.3" or "2.3.1"."""
    m = _DECIMAL.match(text)
    return 1 + m.group(1).count(".") + 1 if m else 2


# -- a provision of a bill or statute: "SEC. 2. PROHIBITION ON …", "SECTION 1. SHORT TITLE."
_PROVISION = re.compile(
    r"^(?:SECTION|SEC|ARTICLE|ART|TITLE|CHAPTER|PART)\.?\s+[0-9IVXLC]{1,4}\.?\s+\S"
)


def _is_provision(text: str) -> bool:
    """A law's section heading, set in capitals and ending in a full stop (so no other rule takes it).

    Printed bills sit a level below the bill's own heading ("S. 1095").
    """
    letters = [c for c in text if c.isalpha()]
    return (
        bool(_PROVISION.match(text))
        and len(text.split()) <= 20
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    )


# -- a record's field, a one-word name, a colon and its value: "UNITS: dmnl", "Source: …"
_FIELD = lazy_compile(r"^[^\W\d_][\w-]*:\s+\S")


# -- a sentence left open for the list under it to finish: "The four options are", "Steps
# -- include" (a question's "Who we are" is a heading: it opens with its question word)
_LEAD_IN = lazy_compile(
    r"^(?!(?:who|what|where|when|why|how|which)\b).*\b(?:are|is|were|was|include|includes"
    r"|including|as follows|such as)$",
    re.I,
)


def _gone_neighbours(paras: list[_Para], body: list[_Para], title: str) -> dict[int, _Para]:
    """For body lines right under a line taken out as metadata: that line.

    The front block's byline and date are gone from the body when headings
    are classified, so the line after "From: …" or after the date seems to
    stand alone over the text ("Department of …, Tufts University",
    "Student ID 457896"); the line above it in the document tells it is the
    last of the front block's stacked lines. Not under the title: a plain
    text's first heading stands right under its title line.
    """
    kept = {id(p.block): n for n, p in enumerate(body)}
    named = " ".join(title.casefold().split())
    out: dict[int, _Para] = {}
    for i, p in enumerate(paras[1:], start=1):
        n = kept.get(id(p.block))
        above = paras[i - 1]
        if n is None or id(above.block) in kept:
            continue
        line = " ".join(above.text.casefold().split())
        if line and not (named and (line in named or named in line)):
            out[n] = above
    return out


def _classify_heading(
    p: _Para,
    body: list[_Para],
    n: int,
    bold: bool = False,
    *,
    ended: bool = False,
    gone: _Para | None = None,
) -> _Para:
    """Promote a short stand-alone line to a heading when body text follows it.

    ALL-CAPS and numbered lines need only a following paragraph; plain
    title-case lines need a clearly longer one (or a sentence introducing a list).
    A line the source sets wholly in bold is a heading of any case when a
    longer paragraph or a list item follows it.
    """
    if p.heading_level or p.block.kind != "paragraph" or " | " in p.text:
        return p  # -- a row of a table read as a line ("Name | 2,050,601 | Shares") is no heading
    if is_markup_line(p.text):
        return p  # -- "</case4B>", "<w:picture/>" in bold or not: a line of an XML listing is code
    if tipboxes.is_tip_label(p.text):
        return p  # -- "Tip" over a how-to's aside: the box's label (a reader unheaded it)
    nxt = body[n + 1] if n + 1 < len(body) else None
    if nxt is not None and nxt.block.kind == "list_item" and _LEAD_IN.search(p.text):
        return p  # -- "The four options are" over its list: a sentence the list finishes
    if nxt is not None and _opens_its_first_child(p.text, nxt.text) and _heading_strength(p.text):
        return _Para(text=p.text, block=p.block, heading_level=_numbered_level(p.text))
    if nxt is None or nxt.heading_level or " | " in nxt.text or _figures_row(nxt.text):
        return p  # -- a table's row (a letterhead's blocks, its figures) is not the text a heading opens
    if _FIELD.match(p.text) and _FIELD.match(nxt.text):
        return p  # -- "UNITS: person/year" over "Documentation: The rate …": a record's fields
    if bold and nxt.block.kind in ("paragraph", "list_item") and len(nxt.text) > len(p.text):
        return _Para(text=p.text, block=p.block, heading_level=_numbered_level(p.text))
    if bold and _opens_on_a_quotation(body, n):
        return _Para(text=p.text, block=p.block, heading_level=_numbered_level(p.text))
    if _is_provision(p.text):
        return _Para(text=p.text, block=p.block, heading_level=3)
    if division := division_level(p.text):
        return _Para(text=p.text, block=p.block, heading_level=division)
    if nxt.text[:1].islower() and nxt.text[1:2].islower():
        return p  # -- "TEX" over "source file of a book …": a sentence broken at a line, no heading
    prev = body[n - 1] if n > 0 else None
    if _asks_on(prev, p.text):
        return p  # -- "Where are the studios, anyway?" after a paragraph of questions
    if prev and not prev.heading_level and division_level(prev.text):
        return p  # -- the name under "Artigo Sexto" ("Dos Direitos") belongs to that heading
    if prev and _CAPTION.match(prev.text) and not prev.text.rstrip().endswith((".", ")", "]")):
        return p  # -- "DNCP" ending "Gráfico 3. … con datos de la": the caption's wrapped tail
    strength = _heading_strength(p.text) or int(ended and _uncased_subhead(p.text))
    if strength and front.is_person_byline(nxt.text.strip().strip("()[]")):
        return _Para(text=p.text, block=p.block, heading_level=2)  # -- an inserted article's title
    above = gone or prev  # -- a byline or date taken out as metadata still stood above
    if (
        strength == 1
        and above
        and not above.heading_level
        and _is_short_line(above.text, 14)
        and not _wordless(above.text)
    ):
        return p  # -- the last of a stack of short lines (salutations, an address) is no heading
    # -- (a line of code's closing brace "}" above it is no such stack)
    if strength == 2 and prev and _formula_opening(prev.text) and _formula_opening(nxt.text):
        return p  # -- "IL EST RÉSOLU" between "ATTENDU QUE …" and "D’APPROUVER …": the wording
    # -- "1、资产负债表项目变动的情况及原因" over a unit line and a table: a label of the
    # -- unspaced scripts' outline needs no longer paragraph after it
    outline_label = written_without_spaces(numbering_style(p.text))
    if (
        strength == 2
        and _heading_strength(nxt.text) < 2
        and (len(nxt.text) > len(p.text) or outline_label)
    ):
        return _Para(text=p.text, block=p.block, heading_level=_numbered_level(p.text))
    longer = len(nxt.text) >= max(80, 1.5 * len(p.text))
    introduces = nxt.text.endswith(":") and len(nxt.text) > 1.2 * len(p.text)
    if strength and (longer or introduces) and not _heading_strength(nxt.text):
        return _Para(text=p.text, block=p.block, heading_level=_numbered_level(p.text))
    return p


# -- a quotation set as a paragraph of its own: "“Haste makes waste.”" (its stop inside or out)
_QUOTATION = lazy_compile(r"^[“\"«„‘].{2,200}[”\"»“’][.!?]?$")


_PROSE_SENTENCE = lazy_compile(r"^(?:\S+\s+){7,}.*[.!?…][”\"’»)]?$", re.S)


def _opens_on_a_quotation(body: list[_Para], n: int) -> bool:
    """A bold line over a short quotation and then the longer paragraph of its text.

    An essay may open a part on an epigraph ("“Haste makes waste.”") set as a
    paragraph of its own, shorter than the part's bold head: the paragraph
    after the quotation, a sentence of eight words or more, is the text the
    head needs.
    """
    if n + 2 >= len(body):
        return False
    quote, text = body[n + 1], body[n + 2]
    return (
        quote.block.kind in ("paragraph", "quote")
        and bool(_QUOTATION.match(quote.text.strip()))
        and text.block.kind == "paragraph"
        and not text.heading_level
        and _PROSE_SENTENCE.match(text.text.strip()) is not None
    )


def _asks_on(prev: _Para | None, text: str) -> bool:
    """A question standing alone right after a paragraph that ends on a question: the writer
    asking on, not the heading of an answer (a FAQ's answers end in statements)."""
    return (
        prev is not None
        and not prev.heading_level
        and prev.block.kind == "paragraph"
        and text.rstrip().endswith("?")
        and prev.text.rstrip(_CLOSERS + " ").endswith("?")
    )


def _without_recurring_fields(body: list[_Para], classified: list[_Para]) -> list[_Para]:
    """Found headings shaped as a record's field ("UNITS: dmnl") that the text repeats: text.

    A model's listing gives every variable its "UNITS: person/year" line; a
    heading names one part of a document, so a field line printed twice or
    more heads nothing. Headings the reader marked stay as they are.
    """
    fields = Counter(p.text.casefold() for p in body if _FIELD.match(p.text))
    return [
        _Para(text=new.text, block=new.block, heading_level=0)
        if new.heading_level
        and not old.heading_level
        and fields[new.text.casefold()] > 1
        and _FIELD.match(new.text)
        else new
        for old, new in zip(body, classified, strict=True)
    ]


COUNTED_WORDS = 14  # -- the most words of a counted line read as a part's heading


def _counted_before_sibling(body: list[_Para]) -> list[_Para]:
    """A line "2. …" right before the heading "3. …" found after it, nothing counted between: a
    heading too, at its sibling's level.

    A plain text numbers its parts; one part opens on a short quotation, so
    its numbered line is not followed by the longer paragraph a heading needs,
    while the next part's is. The count the found heading goes on names the
    line before it as its sibling.
    """
    found = {
        int(m.group(1)): n
        for n, p in enumerate(body)
        if p.heading_level and (m := _SERIES_NUMBER.match(p.text))
    }
    out = list(body)
    for n, p in enumerate(body):
        m = _SERIES_NUMBER.match(p.text)
        k = found.get(int(m.group(1)) + 1) if m and not p.heading_level else None
        if (
            k is None
            or k < n
            or p.block.kind != "paragraph"
            or len(p.text.split()) > COUNTED_WORDS
            or p.text.rstrip().endswith(tuple(SENTENCE_STOPS + ",;:"))
            or any(_SERIES_NUMBER.match(q.text) for q in body[n + 1 : k])
        ):
            continue
        out[n] = _Para(text=p.text, block=p.block, heading_level=body[k].heading_level)
    return out


def _opens_its_first_child(text: str, nxt: str) -> bool:
    """ "4. Local Time" right over "4.1. Coordinated Universal Time": a numbered heading whose
    first subsection follows at once has no text of its own, and is a heading all the same."""
    m, child = _DECIMAL.match(text), _DECIMAL.match(nxt)
    return bool(m and child and child.group(1) == m.group(1).rstrip(".") + ".1")


def _nested(body: list[_Para], classified: list[_Para]) -> list[_Para]:
    """Headings found by their shape set below the explicit heading above them.

    A page with h3 sections and italic subheads promoted here ("Quelles revues
    prendre en compte ?") reads them as subsections of the h3, not as a
    level-2 heading that would outrank every h3. Numbered ones ("2.3 Scope")
    keep the depth their number gives when it is deeper, and under one explicit
    heading each numbering style first used after another sits a level below it
    ("（一）" under "一、", "1、" under "（一）"; back to "（二）" is back up).
    Documents without explicit headings (plain text) keep the levels found.
    """
    out: list[_Para] = []
    above = 0  # -- the level of the nearest explicit heading so far
    styles: list[str] = []  # -- numbering styles of the headings found under it, outer first
    for n, (old, new) in enumerate(zip(body, classified, strict=True)):
        child = body[n + 1] if n + 1 < len(body) else None
        if old.heading_level:
            above, styles = old.heading_level, []
        elif (
            new.heading_level
            and child
            and child.heading_level
            and _opens_its_first_child(new.text, child.text)
        ):
            # -- "1. TO BE COMPLETED …" over a styled "1.1 APPLICANT DETAILS": one level up
            new = _Para(
                text=new.text, block=new.block, heading_level=max(1, child.heading_level - 1)
            )
        elif new.heading_level and above:
            style = numbering_style(new.text)
            if style in styles:
                del styles[styles.index(style) + 1 :]
            elif style:
                styles.append(style)
            depth = styles.index(style) if style else 0
            level = min(6, max(above + 1 + depth, new.heading_level))
            new = _Para(text=new.text, block=new.block, heading_level=level)
        out.append(new)
    return out


# -- a paragraph wrapped whole in bold: "**Plan ahead**", "<p><strong>2. Plan</strong></p>"
_BOLD_OPEN = lazy_compile(r"\s*(?:<p\b[^<>]{0,300}>\s*)?(\*\*|__|<strong>|<b>)", re.I)
_BOLD_CLOSE = {"**": "**", "__": "__", "<strong>": "</strong>", "<b>": "</b>"}


_NUMBERED_POINT_WORDS = 30  # -- the most words of a numbered bold line read as its point's head


def _bold_lines(body: list[_Para], source: str) -> set[int]:
    """Paragraphs the source sets wholly in bold, short and not ending a sentence: subheads.

    "**Add any bulleted or numbered lists to the outline**" over its paragraph is
    a heading however its words are cased. A bold run ending before the
    paragraph does ("**Note** the …") or a bold sentence ("**Act now.**") is not.
    """
    found = set()
    for n, p in enumerate(body):
        text = p.text.strip()
        words = len(text.split())
        # -- a numbered point's bold head may state the whole point ("10. Investing in …")
        most = _NUMBERED_POINT_WORDS if _SERIES_NUMBER.match(text) else 20
        if p.heading_level or p.block.kind != "paragraph" or not 0 < words <= most:
            continue
        # -- a bold label of two words or more over its list ("**Additional Resources:**")
        # -- is a subhead; "**Note:**" alone is a label, and a phrase opening with a
        # -- preposition ("**In Google Sheets:**") leads into the steps under it
        label = text[-1] == ":" and words >= 2 and text.split()[0].casefold() not in _SMALL_WORDS
        if (text[-1] in ".:;,…" and not label) or _NOT_HEADING.match(text) or parse_date(text):
            continue
        if _QUANTITY.match(text):
            continue  # -- "**7.2 points**": a result set off in bold, no subhead
        raw = source[p.block.start : p.block.end].strip()
        m = _BOLD_OPEN.match(raw)
        if not m:
            continue
        if raw[:2].lower() == "<p" and raw[-4:].lower() == "</p>":
            raw = raw[:-4].rstrip()  # -- (no regex: a run of spaces before it stays linear)
        close = _BOLD_CLOSE[m.group(1).lower()]
        inner = raw[m.end() : len(raw) - len(close)]
        if raw.lower().endswith(close) and close not in inner.lower():
            found.add(n)
    return found


def _formula_opening(text: str) -> bool:
    """A paragraph opening with a formula in capitals, then prose: "WHEREAS the …", "ATTENDU QUE le …".

    Resolutions and minutes write their operative words so; a capitals line among
    such paragraphs ("RESOLVED UNANIMOUSLY") is part of that wording, not a heading.
    """
    words = text.split()[:5]
    caps = 0
    while (
        caps < len(words) and sum(c.isalpha() for c in words[caps]) >= 2 and words[caps].isupper()
    ):
        caps += 1
    letters = sum(c.isalpha() for w in words[:caps] for c in w)
    return 1 <= caps <= 3 and letters >= 4 and len(words) > caps and words[caps][:1].islower()


def _sections(body: list[_Para]) -> tuple[list[Section], list[int]]:
    """Sections split at the shallowest heading level; deeper headings stay as paragraphs."""
    levels = [p.heading_level for p in body if p.heading_level]
    top = min(levels) if levels else 0
    groups: list[tuple[str | None, list[int]]] = [(None, [])]
    for n, p in enumerate(body):
        if p.heading_level and p.heading_level <= top:
            groups.append((p.text, []))
        else:
            groups[-1][1].append(n)
    sections: list[Section] = []
    section_of: list[int] = [-1] * len(body)
    used: Counter[str] = Counter()
    number = 0
    for heading, members in groups:
        members = [n for n in members if not body[n].heading_level or body[n].heading_level > top]
        if not members:
            continue
        texts = [body[n].text for n in members]
        numbers = list(range(number + 1, number + 1 + len(members)))
        number += len(members)
        sid = _stable_id("s", heading or texts[0], used)
        for n in members:
            section_of[n] = len(sections)
        sections.append(_section(body, members, sid, heading, numbers))
    return sections, section_of


def _section(
    body: list[_Para],
    members: list[int],
    sid: str,
    heading: str | None,
    numbers: list[int],
    *,
    level: int = 1,
    parent_id: str | None = None,
) -> Section:
    """A section of ``body``'s paragraphs ``members`` (summarised later, once picked order is known)."""
    return Section(
        id=sid,
        heading=heading,
        paragraphs=tuple(body[n].text for n in members),
        spans=tuple((body[n].block.start, body[n].block.end) for n in members),
        paragraph_numbers=tuple(numbers),
        summary="",
        level=level,
        parent_id=parent_id,
    )


def _outline(body: list[_Para]) -> tuple[list[Section], list[int]]:
    """Sections at every heading level, nested: the outline a reader sees in a report.

    Heading levels are ranked per document (h2/h3 or ## / ### read 1/2), each
    section's parent is the nearest earlier section of a lower level, and a
    heading with nothing but subheadings under it is kept as an empty parent.
    Recommendation finding keeps working on the top-level split (``_sections``);
    only the outline shown and exported nests.
    """
    rank = {lvl: n + 1 for n, lvl in enumerate(sorted({p.heading_level for p in body} - {0}))}
    groups: list[tuple[int | None, list[int]]] = [(None, [])]
    for n, p in enumerate(body):
        if p.heading_level:
            groups.append((n, []))
        else:
            groups[-1][1].append(n)
    sections: list[Section] = []
    section_of: list[int] = [-1] * len(body)
    used: Counter[str] = Counter()
    stack: list[tuple[int, str]] = []  # (level, id) of the open ancestors
    number = 0
    for head, members in groups:
        if head is None and not members:
            continue
        heading = body[head].text if head is not None else None
        level = rank[body[head].heading_level] if head is not None else 1
        texts = [body[n].text for n in members]
        numbers = list(range(number + 1, number + 1 + len(members)))
        number += len(members)
        while stack and stack[-1][0] >= level:
            stack.pop()
        sid = _stable_id("s", heading or texts[0], used)
        for n in members:
            section_of[n] = len(sections)
        sections.append(
            _section(
                body,
                members,
                sid,
                heading,
                numbers,
                level=level if head is not None else 1,
                parent_id=stack[-1][1] if stack and head is not None else None,
            )
        )
        if head is not None:
            stack.append((level, sid))
    return sections, section_of


def _summarised(
    sections: list[Section], body: list[_Para], section_of: list[int], markers: dict[int, str]
) -> list[Section]:
    """Each section with its summary; recommendation paragraphs only if little else is there.

    ``markers`` maps each recommendation paragraph to its ordinal marker, which
    a summary leaves out ("Second, the parties need …" reads "The parties need …").
    """
    result = []
    by_section = _members(body, section_of)
    numbers = _printed_numbers(body)
    for k, section in enumerate(sections):
        members = by_section[k] if k < len(by_section) else []  # -- an empty chapter at the end
        passages = []
        for n in members:
            marker = markers.get(n) or numbers.get(n, "")
            text = body[n].text[len(marker) :] if body[n].text.startswith(marker) else body[n].text
            shift = len(body[n].text) - len(text)
            passages.append((text[:1].upper() + text[1:], body[n].block.start + shift))
        # -- quotes and tables are summarised only when the section has little else; so are
        # -- the items of a list set inside prose that outweighs it (a council's members, a
        # -- list of options), as its fragments say less than the prose around them
        lowered = set(NOT_OWN_WORDS) | (
            {"list_item"} if _prose_outweighs_lists(body, members) else set()
        )
        demote = [i for i, n in enumerate(members) if n in markers or body[n].block.kind in lowered]
        text, spans = summarize(passages, demote=demote)
        result.append(replace(section, summary=text, summary_spans=tuple(spans)))
    return result


_PARAGRAPH_NUMBER = re.compile(r"(\d{1,3})[.)]?[ \t\u00a0]+(?=[^\W\d_])")
NUMBERED_RUN = 3  # -- paragraphs numbered one after another before the numbers count as such


def _printed_numbers(body: list[_Para]) -> dict[int, str]:
    """The number a statement or a resolution prints before each paragraph ("5 Singapore …").

    Summaries leave it out, as they leave out an ordinal marker: a bullet reading "5 Singapore
    is fully committed …" carries the document's numbering, not its words. Only a run of
    paragraphs numbered 1, 2, 3 … (or n, n+1, n+2 …) counts, opening on a capital, so a
    paragraph that opens on a year or a count keeps it.
    """
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    last = None
    for n, p in enumerate(body):
        m = _PARAGRAPH_NUMBER.match(p.text) if p.block.kind == "paragraph" else None
        if m is None or not p.text[m.end()].isupper():
            continue
        number = int(m.group(1))
        if last is None or number != last + 1:
            run = []
        run.append((n, m.group()))
        last = number
        if len(run) >= NUMBERED_RUN:
            found.update(run)
    return found


def _prose_outweighs_lists(body: list[_Para], members: list[int]) -> bool:
    """More words in a section's paragraphs than in its list items: its lists are asides."""
    words = {"paragraph": 0, "list_item": 0}
    for n in members:
        if (kind := body[n].block.kind) in words:
            words[kind] += len(body[n].text.split())
    return words["paragraph"] > words["list_item"] > 0


def _stable_id(prefix: str, text: str, used: Counter[str]) -> str:
    """``prefix-<digest>``, then ``…-2``, ``…-3`` for the same text again.

    ``used`` counts each digest's uses, so a text repeated thousands of times (one
    recommendation per sentence of "We should. We should. …") costs no probing.
    """
    digest = hashlib.sha1(clean_spaces(text)[:300].encode("utf-8", "surrogatepass")).hexdigest()
    base = f"{prefix}-{digest[:8]}"
    used[base] += 1
    return base if used[base] == 1 else f"{base}-{used[base]}"


# -- recommendations -----------------------------------------------------------------


def _find_recommendations(
    body: list[_Para],
    section_of: list[int],
    source: str = "",
    *,
    title: str = "",
    brief: bool = False,
) -> list[recs.Found]:
    """Every finder's candidates, earlier finders winning any block they share.

    ``brief``: the paper calls itself a policy brief, memo or proposal
    (calls.calls_itself_a_brief), so its closing prose advises.
    """
    # -- quoted words, table cells and lists the author reports from another text are not the
    # -- author's advice
    reported = reported_lists(
        [p.text for p in body], [p.block.kind for p in body], [p.heading_level for p in body]
    )
    texts = [
        "" if p.block.kind in NOT_OWN_WORDS or n in reported else p.text for n, p in enumerate(body)
    ]
    headings = {n for n, p in enumerate(body) if p.heading_level}
    changes = {n for n in range(1, len(body)) if section_of[n] != section_of[n - 1]}
    sub = {n for n in headings if section_of[n] >= 0}
    top_headings = headings - sub
    tops = top_headings | changes
    kinds = [(p.block.kind, p.block.ordered) for p in body]
    levels = [p.block.level if p.block.kind == "list_item" else 0 for p in body]
    context = _list_context(body, section_of, sub)
    # -- a section heading is never a recommendation itself; a list may use it as its intro
    plain = [t if n not in top_headings else "" for n, t in enumerate(texts)]
    prose = [t if n not in headings else "" for n, t in enumerate(texts)]
    bold = _bold_paragraphs(body, source)
    finders = (
        lambda: _advice_headings(body, title, bold),
        lambda: recs.find_tagged(prose),
        lambda: recs.find_labelled(plain, tops, sub),
        lambda: recs.find_ordinal_runs(plain, headings | changes),
        lambda: recs.find_numbered_paragraphs(plain, headings | changes),
        lambda: calls.each_call(
            recs.find_list_recommendations(
                texts,
                kinds,
                headings | changes,
                context=context,
                levels=levels,
            ),
            texts,
        ),
        lambda: recs.find_advice_under_counted_heads(texts, kinds, levels),
        lambda: recs.find_tip_lists(
            texts,
            kinds,
            headings | changes,
            headings=headings,
            context=context,
            title=title,
            levels=levels,
        ),
        lambda: tipboxes.find_tip_boxes(texts, headings),
        lambda: recs.find_labelled_items(
            texts, kinds, _bold_labels(body, source), headings | changes
        ),
        lambda: recs.find_calls_to_action(
            texts, [p.heading_level for p in body], [p.block.kind for p in body]
        ),
        lambda: recs.find_declared_labels(texts, _bold_leads(body, source), headings),
        lambda: pointlists.find_numbered_points(
            texts,
            kinds,
            levels,
            headings | changes,
            [_printed_number(source, p.block.start) for p in body],
        ),
        lambda: recs.find_section_advice(_unclaimed_sections(body, section_of, taken), texts),
        lambda: recs.find_label_runs(prose, [p.block.kind for p in body], headings | changes),
        lambda: _closing_calls(body, section_of, taken, prose, brief=brief),
        lambda: calls.find_summary_advice(_unclaimed_sections(body, section_of, set()), prose),
        lambda: stepheads.find_step_subsections(
            texts, [p.heading_level for p in body], [p.block.kind for p in body]
        ),
        lambda: recs.find_imperative_paragraphs(
            _unclaimed_sections(body, section_of, taken), texts
        ),
        lambda: howto.find_announced_commands(
            _unclaimed_sections(body, section_of, taken),
            [t if p.block.kind == "paragraph" else "" for t, p in zip(prose, body, strict=True)],
        ),
        lambda: recs.find_inline_ordinals(prose),
        lambda: inlinelists.find_inline_actions(prose),
        lambda: calls.each_call(recs.find_appeals(prose), prose),
        lambda: calls.each_call(calls.find_calls(prose, [p.block.kind for p in body]), prose),
        lambda: calls.find_concluding_call(prose, [p.block.kind for p in body]),
        lambda: recs.find_labelled_imperatives(prose),
        lambda: alerts.find_alerted_commands(prose),
        lambda: recs.find_bold_theses(
            [t if n not in headings or n in bold else "" for n, t in enumerate(texts)],
            bold,
            subheads=bold & headings,
        ),
        lambda: normative.find_normative_advice(prose),
        lambda: zhdirectives.find_directives(prose),
        lambda: selfadvice.find_self_advice(_unclaimed_sections(body, section_of, set()), prose),
        lambda: recs.find_advice_sentences(prose, [p.block.kind for p in body]),
        lambda: reviews.find_review_suggestions(prose),
    )
    taken: set[int] = set()
    # -- the sentences claimed in each paragraph that no finder has taken whole: a later
    # -- finder's sentence elsewhere in that paragraph is still the author's advice
    claimed: dict[int, list[tuple[int, int]]] = {}
    found: list[recs.Found] = []
    for finder in finders:
        new = [f for f in finder() if f.blocks[0] not in taken or _free_sentence(f, claimed)]
        for f in new:
            blocks = tuple(b for b in f.blocks if b == f.blocks[0] or b not in taken)
            found.append(recs.Found(f.ordinal, blocks, f.marker, f.span))
        whole = {b for f in new for b in (f.blocks[1:] if f.span else f.blocks)}
        for f in new:
            if (
                f.span
                and f.blocks[0] not in whole
                and (f.blocks[0] in claimed or f.blocks[0] not in taken)
            ):
                claimed.setdefault(f.blocks[0], []).append(f.span)
        for b in whole:
            claimed.pop(b, None)
        taken.update(b for f in new for b in f.blocks)
    return sorted(found, key=lambda f: (f.blocks[0], f.span or (0, 0)))


def _free_sentence(f: recs.Found, claimed: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether ``f`` is a sentence span in a paragraph only partly claimed, clear of the claims."""
    spans = claimed.get(f.blocks[0])
    if not f.span or not spans:
        return False
    start, end = f.span
    return all(end <= s or e <= start for s, e in spans)


# -- a list item's number as the source prints it just before the item ("3. ", "12) ")
_PRINTED_NUMBER = re.compile(r"(?:^|\s)(\d{1,3})[.)][ \t]*$")


def _printed_number(source: str, start: int) -> int | None:
    """The number printed before a block in the source, when the source shows one."""
    m = _PRINTED_NUMBER.search(source, max(0, start - 8), start)
    return int(m.group(1)) if m else None


# -- "**Amend, revise or remove _whole paragraphs_**": emphasis inside the bold is still all bold
_STRONG_SOURCE = re.compile(r"^\s*(\*\*|__)(?!\s)(?:(?!\1)[^\n]|\n(?!\s*\n))+(?<!\s)\1\s*$")


def _bold_paragraphs(body: list[_Para], source: str) -> set[int]:
    """Paragraphs written all in bold in the source ("**Policymakers should act to …**").

    A short bold line read as a subhead (a heading found by its shape) is
    one of them too: a run of bold tips loses none to the heading rule.
    """
    return {
        n
        for n, p in enumerate(body)
        if p.block.kind == "paragraph" and _STRONG_SOURCE.match(source[p.block.start : p.block.end])
    }


# -- "Tip 3:", "Step 2.", "Technique 1:", "Bonus tip:", "4)": the label before an imperative heading
_BOLD_LEAD = lazy_compile(
    r"(\*\*|__|<(?:strong|b)>)(?!\s)(?P<label>[^*_<>\n]{1,80}?)(?:\*\*|__|</(?:strong|b)>)"
)


def _bold_labels(body: list[_Para], source: str) -> dict[int, str]:
    """List items opening with a bold label ("**Culture** Conduct …"): the label as the text has it."""
    labels = {}
    for n, p in enumerate(body):
        m = _BOLD_LEAD.match(source, p.block.start) if p.block.kind == "list_item" else None
        words = len(m.group("label").split()) if m else 0
        if m and len(p.text.split()) > words:
            labels[n] = " ".join(p.text.split()[:words])
    return labels


def _bold_leads(body: list[_Para], source: str) -> set[int]:
    """Paragraphs that open with a bold label ("**Processing fee cap.** $500 per …", a bold
    line alone over a table), and headings the source writes as such a bold label."""
    return {
        n
        for n, p in enumerate(body)
        if p.block.kind in ("paragraph", "heading") and _BOLD_RUN_IN.match(source, p.block.start)
    }


# -- a bold run-in label of any length a label takes ("**Arms-length public entity list for
# -- post-employment cooling-off carve-out (§10(4)).**")
_BOLD_RUN_IN = lazy_compile(
    r"(\*\*|__|<(?:strong|b)>)(?!\s)[^*<>\n]{1,200}?(?:\*\*|__|</(?:strong|b)>)"
)


_TIP = lazy_compile(
    r"^(?:(?:(?:bonus|pro|extra|final)\s+)?(?:tip|step|lesson|rule|idea|way|technique|strategy"
    r"|habit|hack)(?:\s+#?\d{1,2})?|\d{1,2})\s*[:.)–—-]\s*",
    re.I,
)


# -- a recommendation's own number as a heading's label: "R1: 'Crypto' Technologies can play a
# -- significant role …", "Rec. 2 –", "Recommendation 3:"; under a heading that names advice the
# -- numbered heading is one whatever its grammar
_REC_LABEL = re.compile(r"^(?:R|Rec\.?|Recommendation)\s*#?\d{1,2}\s*[:.)–—-]\s*\S", re.I)
_COUNTED_LABEL = re.compile(r"[A-Z][^\W\d_]*\s+#?\d{1,2}[a-z]?\s*[:.)–—]\s*")


def _imperative_heading(text: str) -> str:
    """The heading's marker ("Tip 3: ") when the heading is advice in the imperative, else ""."""
    marker = (_TIP.match(text) or re.match("", text)).group(0)  # type: ignore[union-attr]
    # -- "Phase 1: Foundation", "Stage 2 – Setup": a word counted by a number is a label, not a
    # -- verb ("phase", "stage" are verbs too); the command, if any, follows it
    counted = _COUNTED_LABEL.match(text, len(marker))
    marker = text[: counted.end()] if counted else marker
    # -- "Use of force" names a thing; an inner question ('Develop a "Should I buy?" test') is fine
    first = re.match(r"([^\W\d_][\w-]*)(\s+of\b)?", text[len(marker) :])
    verb = first is not None and first.group(1).lower() in IMPERATIVE_VERBS and not first.group(2)
    rest = text[len(marker) :]
    verb = verb or arabic_command(rest) or french_command(rest)
    if verb and not text.endswith("?"):
        return marker or " "
    return ""


# -- headings every kind of document has; they neither give nor deny advice: openings, closings
# -- and back matter, alone or as the label of a longer heading ("Conclusion: small steps …"),
# -- in English and Arabic (introduction, conclusion, summary, contributors, acknowledgements,
# -- references)
_STOCK_HEADING = lazy_compile(
    r"^(?:introduction|conclusions?|summary|background|overview|final thoughts|in closing"
    r"|wrapping up|closing thoughts|the bottom line|bottom line|resources|tl;?dr|contributors"
    r"|acknowledge?ments|references"
    r"|مقدمة|المقدمة|الخلاصة|خلاصة|الخاتمة|خاتمة|الملخص|ملخص|المساهمون|شكر وتقدير|المراجع)"
    r"(?:$|\s*:)",
    re.I,
)


def _advising_heading(text: str) -> bool:
    """A heading that gives advice: in the imperative, or prescribing ("… should be made open")."""
    return bool(_imperative_heading(text)) or (
        not text.rstrip().endswith("?") and recs.is_prescriptive(text)
    )


# -- a heading that names an act by its gerund, after its number at most: "4.1 Strengthening
# -- Operational Efficiency", "Implementing Predictive Analytics" ("During …", "Morning …" name
# -- times, not acts)
_ACT_HEADING = lazy_compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?!(?:During|Nothing|Something|Anything|Everything"
    r"|Morning|Evening|Spring|Building\s+(?:blocks?|codes?)\b))[A-Z][a-z]{2,}ing\s+\S"
)


# -- an option's heading that carries the writer's verdict on it: "1. Pigouvian Tax: +$2.91/beer
# -- ⭐ RECOMMENDED", "Price Ceiling ❌ NOT RECOMMENDED" (advice for or against; capitals, after
# -- the option's name, so a news page's "Recommended" box is none)
_VERDICT = re.compile(r"\w[^\n]{2,80}?\s(?:[^\w\s]{1,2}\s*)?(?:NOT\s+)?RECOMMENDED\W*$")


def _advice_headings(
    body: list[_Para], title: str = "", bold: set[int] | None = None
) -> list[recs.Found]:
    """Headings that give advice in the imperative ("Start small", "Tip 2: Bring …").

    Headings are compared with their siblings (one level under one parent) and
    with every heading of their level in the document: when two or more are
    imperative and they make up at least two thirds of either group (stock
    headings such as "Conclusion" aside), each imperative heading is a
    recommendation, its paragraphs the text. So a guide whose chapters each
    hold one piece of advice ("Acknowledge uncertainty" alone under "Honesty")
    keeps all of it, while a lone imperative heading among descriptive ones
    ("Fix the economy, not just Facebook") stays a section. Sibling headings
    numbered 1, 2, 3 … are the tips a listicle announces ("Die 8 effektivsten
    Tipps", "we put together some tips:") whatever their grammar.
    """
    siblings: dict[tuple[int, int], list[int]] = {}
    by_level: dict[int, list[int]] = {}
    parents: list[tuple[int, int]] = []  # (level, index) of the open headings
    adopted = _counted_under_advice(body)
    for n, p in enumerate(body):
        if not p.heading_level:
            continue
        while parents and parents[-1][0] >= p.heading_level:
            parents.pop()
        if not _STOCK_HEADING.match(p.text.strip().rstrip(":")):
            parent = adopted.get(n, parents[-1][1] if parents else -1)
            key = (parent, p.heading_level)
            siblings.setdefault(key, []).append(n)
            by_level.setdefault(p.heading_level, []).append(n)
        parents.append((p.heading_level, n))
    chosen: set[int] = set()
    groups = [(members, parent) for (parent, _level), members in siblings.items()]
    for members in [*siblings.values(), *by_level.values()]:
        commanding = [n for n in members if _imperative_heading(body[n].text)]
        advice = [n for n in members if n in commanding or tips.suggests(body[n].text)]
        if len(commanding) >= 2 and len(advice) * 3 >= len(members) * 2:
            chosen.update(_tip_run(body, members, advice, title))
    for members, parent in groups:
        # -- under "Recommendations" a heading that prescribes ("Plans should be made open",
        # -- "Further assessment is needed") advises as surely as one in the imperative
        announcer = body[parent].text if parent >= 0 else title
        if not (announcer and cues.ADVICE_HEADING.search(announcer)):
            continue
        # -- there a heading that names an act by its gerund ("Strengthening Operational
        # -- Efficiency") is one recommendation too, its paragraphs saying what to do
        advising = [
            n
            for n in members
            if _advising_heading(body[n].text)
            or _REC_LABEL.match(body[n].text)
            or _ACT_HEADING.match(body[n].text)
        ]
        if len(advising) >= 2 and len(advising) * 3 >= len(members) * 2:
            chosen.update(_tip_run(body, members, advising, title))
    numbered = _announced_tips(body, siblings, title)
    chosen.update(numbered)
    chosen.update(_recommended_heads(body, siblings))
    verdicts = {n for n, p in enumerate(body) if p.heading_level and _VERDICT.search(p.text)}
    chosen.update(verdicts)
    found: list[recs.Found] = []
    for k, n in enumerate(sorted(chosen), 1):
        # -- its text runs on through its own sub-headings ("Technique 1: Use LET" over
        # -- "Introducing LET"), up to the next heading of its level, another piece of advice
        # -- or a bold line standing as a subhead of its own
        level, end = body[n].heading_level, n + 1
        while (
            end < len(body)
            and end not in chosen
            and end not in (bold or set())
            and not 0 < body[end].heading_level <= level
        ):
            end += 1
        if not _advising_heading(body[n].text):
            end = _before_announced_list(body, n + 1, end)
        blocks = (n, *(b for b in range(n + 1, end) if not body[b].heading_level))
        if len(blocks) == 1 and n not in verdicts:
            continue  # -- nothing under it: a cover's tagline or a contents line, not advice
        if any(
            body[b].heading_level and tips.announces_tips(body[b].text) for b in range(n + 1, end)
        ):
            continue  # -- its own takeaways ("À retenir :") below it give the advice: a topic
        marker = numbered.get(n) or _imperative_heading(body[n].text).strip()
        found.append(recs.Found(k, blocks, marker, None))
    return found


# -- a counted subhead: "1. Develop …", "2) Fund …", "Policy 2: …", "Recommendation 3 — …"
# -- (not a decimal one, "1.2 Fund …", a part of a chapter)
_COUNTED_HEAD = lazy_compile(
    r"^(?:[^\W\d_]{2,16}\s+#?(?P<labelled>\d{1,2})\s*[.:)–—-]|(?P<num>\d{1,2})[.)](?!\d))"
    r"\s*(?=\S)"
)


def _counted_under_advice(body: list[_Para]) -> dict[int, int]:
    """Headings counted 1, 2, 3 … right after an advice heading of their own level, each with
    the index of that advice heading.

    A reader that takes levels from type alone (a PDF, a Word file styling every heading
    alike) sets "Policy Recommendations" and the "1. Develop …", "2. Implement …" after it in
    one size: siblings on the page's outline, yet the count belongs to the heading that
    announced it, as it would were it nested. The count starts at 1 with the first heading of
    that level after the advice heading (its introducing paragraphs and deeper headings may
    come between) and ends at the first heading of that level or above that does not carry it
    on; a count of one ("Policy 1" and then "Scenario 1") is no run.
    """
    adopted: dict[int, int] = {}
    for a, head in enumerate(body):
        if not head.heading_level or not cues.ADVICE_HEADING.search(head.text):
            continue
        run: list[int] = []
        for n in range(a + 1, len(body)):
            level = body[n].heading_level
            if not level or level > head.heading_level:
                continue
            m = _COUNTED_HEAD.match(body[n].text)
            if level < head.heading_level or not m:
                break
            if int(m.group("num") or m.group("labelled")) != len(run) + 1:
                break
            run.append(n)
        if len(run) >= 2:
            adopted.update(dict.fromkeys(run, a))
    return adopted


def _under_counted_advice(body: list[_Para]) -> list[_Para]:
    """The advice a heading counts off under it ("1. Develop …" … "5. Reinforce …" after
    "Policy Recommendations" in the same type) nested one level below it, with their own
    subheads: the outline the reader sees.

    Only when two thirds of the count advise, as the recommendations are found
    (``_advice_headings``): chapters counted after "Summary of recommendations" ("1.
    Introduction", "2. Methods") are the document's own parts and stay beside it.
    """
    runs: dict[int, list[int]] = {}
    for n, a in sorted(_counted_under_advice(body).items()):
        runs.setdefault(a, []).append(n)
    out = list(body)
    for a, run in runs.items():
        advising = [
            n for n in run if _advising_heading(body[n].text) or _REC_LABEL.match(body[n].text)
        ]
        if len(advising) * 3 < len(run) * 2:
            continue
        level = body[a].heading_level
        end = next(
            (k for k in range(run[-1] + 1, len(body)) if 0 < body[k].heading_level <= level),
            len(body),
        )
        for k in range(run[0], end):
            if body[k].heading_level:
                deeper = min(6, body[k].heading_level + 1)
                out[k] = _Para(text=body[k].text, block=body[k].block, heading_level=deeper)
    return out


def _before_announced_list(body: list[_Para], start: int, end: int) -> int:
    """Where a tip heading that names a topic ("6. Instagram") ends its text: before a paragraph
    announcing tips over a list whose items advise ("… there are some safety tips you should
    remember …" over four bulleted commands), advice of its own; else at ``end``.

    A heading that itself commands ("Provide good SEO") owns the checklist under it, so this
    is asked only of headings taken as tips by their number.
    """
    for b in range(start, end - 1):
        if body[b].block.kind != "paragraph" or body[b + 1].block.kind != "list_item":
            continue
        last = b + 1
        while last + 1 < end and body[last + 1].block.kind == "list_item":
            last += 1
        items = [body[k].text for k in range(b + 1, last + 1)]
        if tips.announces_tips(body[b].text) and recs.advising_list(items):
            return b + 1
    return end


def _tip_run(body: list[_Para], members: list[int], advice: list[int], title: str) -> list[int]:
    """The advice headings of a group, with the headings between them when tips are announced.

    Under "Tips for …" (the title, the parent heading or the line before the
    first heading says so) the headings from the first piece of advice to the
    last are the tips, whatever their grammar ("Know your audience—younger or
    older?" between two commands); a heading after the last stays a section.
    """
    first = members.index(advice[0])
    before = body[members[first] - 1].text if members[first] > 0 else ""
    parent = next(
        (
            body[n].text
            for n in range(members[first] - 1, -1, -1)
            if 0 < body[n].heading_level < body[members[first]].heading_level
        ),
        "",
    )
    if not any(tips.announces_tips(t) for t in (title, before, parent)):
        between = members[first : members.index(advice[-1]) + 1]
        return [n for n in between if n in advice or _commanding_sibling(body, n)]
    return members[first : members.index(advice[-1]) + 1]


def _commanding_sibling(body: list[_Para], n: int) -> bool:
    """A heading between two imperative siblings that opens with a verb-shaped word and whose
    own paragraphs command ("Pair where appropriate" over "… Be respectful …", between "Take
    breaks" and "Communicate effectively"): a tip whose verb the vocabulary does not list.

    A noun heading there ("Costs", "Pairing basics") does not open verb-shaped, and a verb-shaped
    one whose text only describes stays a section.
    """
    heading = body[n].text.strip()
    if heading.endswith("?") or not cues.verb_shaped(heading):
        return False
    end = n + 1
    while end < len(body) and not body[end].heading_level:
        end += 1
    return any(
        howto.instructs(body[k].text[s:e])
        for k in range(n + 1, end)
        if body[k].block.kind == "paragraph"
        for s, e in split_sentences(body[k].text)
    )


# -- "3. ", "3) ", and the same number after a one-word label ending in a colon or dash ("Tipp 3:",
# -- "Step 3 –", "Paso 3.", "Conseil 3 :")
_TIP_NUMBER = lazy_compile(
    r"^(?:[^\W\d_]{2,12}\s+#?(?P<labelled>\d{1,2})\s?[.:)–—-]|(?P<num>\d{1,2})[.)])\s+(?=\S)"
)


def _announced_tips(
    body: list[_Para], groups: dict[tuple[int, int], list[int]], title: str
) -> dict[int, str]:
    """Sibling headings numbered 1, 2, 3 … (three or more) that the text announces as tips.

    The announcement is a tip word (vocabulary.TIP_WORDS: "tips", "Tipps",
    "consejos", "steps" …) in the title, in the parent heading or in the
    paragraph just before the first one. A report's "1. Introduction",
    "2. Methods" announce nothing and stay sections. "How to …" (and the
    other announcements of tips.announces_tips) announces steps too, but a
    "How to fix housing" report may number its chapters, so then at least a
    third of the numbered headings must themselves advise. The number may
    follow a one-word label ("Tipp 2:", "Step 3 –"). Returns each numbered
    heading's index with its label and number ("3.", "Tipp 2:") as marker.
    "Ways to …" and "steps to …" announce them only as "How to …" does: "The 10
    best ways to measure body fat" numbers methods to choose from ("1. Skinfold
    Calipers"), advice only when the headings advise ("1. Cook at home"), while
    a tip is advice by its very name.
    """
    found: dict[int, str] = {}
    for (parent, _level), members in groups.items():
        run: list[tuple[int, str]] = []
        for n in members:
            m = _TIP_NUMBER.match(body[n].text)
            num = int(m.group("num") or m.group("labelled")) if m else 0
            if m and num == len(run) + 1:
                run.append((n, m.group(0).strip()))
            elif num == 1:
                run = [(n, m.group(0).strip())]  # type: ignore[union-attr]
        if len(run) < 3:
            continue
        first = run[0][0]
        announcing = [title, body[first - 1].text if first > 0 else ""]
        announcing.append(body[parent].text if parent >= 0 else "")
        if any(_names_tips(text) for text in announcing):
            found.update(run)
        elif any(tips.announces_tips(text) for text in announcing):
            # -- "How to …" over "1. Introduction", "2. Method": the steps must also read as advice
            steps = [body[n].text[len(marker) :].strip() for n, marker in run]
            advising = [t for t in steps if _imperative_heading(t) or tips.gives_advice(t)]
            if len(advising) * 3 >= len(run):
                found.update(run)
    return found


# -- a lead-in that recommends a counted set and then gives it as subheads: "We recommend two
# -- major tools easily implementable by LGUs:", "these findings suggest five priority areas:";
# -- the count, then at most three words, then a word naming advice ("three conclusions:",
# -- "four datasets:" name findings and things)
_RECOMMENDS_COUNTED = lazy_compile(
    r"\b(?:recommend|suggest|propose|advise|urge)s?\s+(?:the\s+following\s+)?"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[^\W\d_][\w-]*\s+){0,3}?"
    r"(?:priorit(?:y|ies)|recommendations?|measures?|actions?|steps?|tools?|reforms?|polic(?:y|ies)"
    r"|interventions?|proposals?|strateg(?:y|ies)|instruments?|changes?)\b[^:.!?]{0,80}:\s*$",
    re.I,
)


def _recommended_heads(body: list[_Para], groups: dict[tuple[int, int], list[int]]) -> set[int]:
    """Sibling subheads that the paragraph just before them recommends, as many as it counts.

    A brief often names its recommendations in one sentence and then gives each
    under a subhead of its own, whatever their grammar ("We recommend two major
    tools …:" over "Pigouvian Taxes", "Local Carbon Offsets"; "these findings
    suggest five priority areas:" over "Targeted Reskilling …", "Invest in …").
    The count stated must equal the number of sibling subheads that follow it
    (the whole group, nothing else of that level under that parent): "we
    recommend three steps:" over two chapters is something else.
    """
    found: set[int] = set()
    for members in groups.values():
        first = members[0]
        if len(members) < 2 or first == 0 or body[first - 1].heading_level:
            continue
        m = _RECOMMENDS_COUNTED.search(body[first - 1].text)
        if not m:
            continue
        word = m.group("n").lower()
        count = int(word) if word.isdigit() else CARDINAL_WORDS[word]
        if count == len(members):
            found.update(members)
    return found


_WAYS_TO = re.compile(r"^(?:ways|steps|schritte|pasos|étapes|passos)\b", re.I)


def _names_tips(text: str) -> bool:
    """A tip word ("tips", "Tipps", "consejos") in ``text``, not "ways to …" or "steps to …"."""
    return any(not _WAYS_TO.match(m.group(0)) for m in TIP_WORDS.finditer(text))


def _list_context(body: list[_Para], section_of: list[int], sub: set[int]) -> dict[int, str]:
    """Words that introduce a list besides the line before it: the heading above it."""
    context = _parent_headings(body, section_of, sub)
    heading = ""
    for n, p in enumerate(body):
        if p.heading_level:
            heading = p.text
        elif heading and n not in context:
            context[n] = heading
    return context


def _parent_headings(body: list[_Para], section_of: list[int], sub: set[int]) -> dict[int, str]:
    """For each sub-heading, the heading of the section it sits in."""
    parents: dict[int, str] = {}
    firsts = _firsts(section_of)
    for n in sorted(sub):
        first = firsts[section_of[n]]
        if first > 0 and body[first - 1].heading_level:
            parents[n] = body[first - 1].text
    return parents


def _unclaimed_sections(
    body: list[_Para], section_of: list[int], taken: set[int]
) -> list[tuple[str | None, list[int]]]:
    """(heading, body paragraph indices) of each section in which no recommendation was found."""
    result = []
    firsts = _firsts(section_of)
    for k, members in enumerate(_members(body, section_of)):
        first = firsts.get(k, 0)
        heading = body[first - 1].text if first > 0 and body[first - 1].heading_level else None
        if members and not taken & set(members):
            result.append((heading, members))
    return result


def _closing_calls(
    body: list[_Para], section_of: list[int], taken: set[int], prose: list[str], *, brief: bool
) -> list[recs.Found]:
    """A brief's calls to act in every section (calls.find_closing_calls): beside the advice
    another finder took in a section (its paragraphs stay taken), a sentence naming who is to
    act ("The employers should welcome …") is advice too."""
    sections = _unclaimed_sections(body, section_of, set())
    crowded = [bool(taken & set(members)) for _heading, members in sections]
    return calls.find_closing_calls(sections, prose, brief=brief, crowded=crowded)


def _members(body: list[_Para], section_of: list[int]) -> list[list[int]]:
    """Body paragraph indices of each section, in one pass (a scan per section was quadratic)."""
    members: list[list[int]] = [[] for _ in range(max(section_of, default=-1) + 1)]
    for n, k in enumerate(section_of):
        if k >= 0 and not body[n].heading_level:
            members[k].append(n)
    return members


def _firsts(section_of: list[int]) -> dict[int, int]:
    """The index of each section's first paragraph (heading included)."""
    firsts: dict[int, int] = {}
    for n, k in enumerate(section_of):
        firsts.setdefault(k, n)
    return firsts


def _paragraph_numbers(body: list[_Para], section_of: list[int]) -> dict[int, int]:
    numbers, count = {}, 0
    for n, p in enumerate(body):
        if not p.heading_level or section_of[n] >= 0:
            count += 1
            numbers[n] = count
    return numbers


def _build_recommendations(
    body: list[_Para], found: list[recs.Found], section_of: list[int], sections: list[Section]
) -> list[Recommendation]:
    """Recommendation objects in reading order, numbered 1…n, each with headline and summary.

    A recommendation headed by an advice heading ("Be precise") has the heading
    as its headline and the paragraphs under it as its text: the heading is
    not repeated as the first paragraph.
    """
    used: Counter[str] = Counter()
    numbers = _paragraph_numbers(body, section_of)
    result: list[Recommendation] = []
    for ordinal, f in enumerate(found if sections else [], start=1):
        headed = bool(body[f.blocks[0]].heading_level) and len(f.blocks) > 1
        own = recs.Found(f.ordinal, f.blocks[1:], "", None) if headed else f
        texts, spans = _rec_texts(body, own)
        thesis = body[f.blocks[0]].text if headed else texts[0]
        first = recs.strip_marker(thesis, f.marker)
        if headed:
            passages = [(t, body[b].block.start) for t, b in zip(texts, own.blocks, strict=True)]
        else:
            # -- the thesis passage starts where its marker ends, so spans stay absolute --
            shift = max(0, texts[0].find(first[1:8]) - 1) if len(first) > 8 else 0
            passages = [(first, body[f.blocks[0]].block.start + shift)] + [
                (t, body[b].block.start) for t, b in zip(texts[1:], f.blocks[1:], strict=True)
            ]
        summary, chosen = summarize(passages, max_sentences=2, max_words=55, must_include=0)
        # -- a recommendation headed by a heading lives in the section that heading opens
        home = next((section_of[b] for b in f.blocks if section_of[b] >= 0), -1)
        result.append(
            Recommendation(
                id=_stable_id("r", thesis, used),
                ordinal=ordinal,
                section_id=sections[home].id if home >= 0 else sections[0].id,
                headline=headline(first, whole=bool(body[f.blocks[0]].heading_level)),
                text="\n\n".join(texts),
                summary=summary,
                paragraphs=tuple(texts),
                spans=tuple(spans),
                paragraph_numbers=_numbers_of(own.blocks, numbers),
                marker=f.marker.strip(),
                summary_spans=tuple(chosen),
            )
        )
    return result


def _numbers_of(blocks: tuple[int, ...], numbers: dict[int, int]) -> tuple[int, ...]:
    """One "¶" number per paragraph of a recommendation, so the two stay aligned.

    A heading that heads a recommendation ("Ask before you build") is not a
    numbered paragraph of the article; it is cited with the paragraph it
    introduces (the nearest numbered one after it, else before it).
    """
    numbered = [numbers[b] for b in blocks if b in numbers] or [1]
    return tuple(
        numbers.get(b) or next((numbers[x] for x in blocks if x > b and x in numbers), numbered[-1])
        for b in blocks
    )


def _rec_texts(body: list[_Para], f: recs.Found) -> tuple[list[str], list[tuple[int, int]]]:
    """The paragraphs of a recommendation (the first cut to its sentences) and their spans."""
    texts = [body[b].text for b in f.blocks]
    spans = [(body[b].block.start, body[b].block.end) for b in f.blocks]
    if f.span:
        s, e = f.span
        start = body[f.blocks[0]].block.start
        texts[0], spans[0] = texts[0][s:e].strip(), (start + s, start + e)
    return texts, spans
