"""What each slide says, before fitting: one draft per slide, from the Briefing, with notes.

Each slide appears only when it has content. Every slide text passes through
the one shared sanitizer; speaker notes quote the source passage with its
paragraph references ("¶ 12") so a presenter can answer "where does it say so?".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from briefing_app.core.article import Article, Recommendation, Section
from briefing_app.core.briefing import Briefing
from briefing_app.core.document import Row, tables_by_span
from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.selection import (
    edited_parts,
    empty_heading,
    shown_key_figures,
    shown_links,
    shown_paragraphs,
)
from briefing_app.core.text import clean_spaces, sanitize, says_the_same, without_pictographs
from briefing_app.export.deck.fit import Para
from briefing_app.export.deck.notes import bounded_notes, quoted_passage
from briefing_app.export.deck.table import is_small


@dataclass(frozen=True)
class Draft:
    """A slide before fitting: kind, layout role, title, body paragraphs, notes, item id."""

    kind: str
    layout: str
    title: str
    paragraphs: tuple[Para, ...]
    notes: str = ""
    item_id: str | None = None
    table: tuple[Row, ...] = ()  # -- a table slide's rows (see export/deck/table.py) --
    # -- shown instead of a title too long for its box, which then does not open the body:
    # -- a chapter's overview, whose divider just showed the whole title --
    fallback_title: str = ""


# -- a dash glued between two words ("areas—utilities") --
_GLUED_DASH = lazy_compile(r"(?<=[^\W\d])([—–])(?=[^\W\d])")
THIN_SPACE = "\u2009"


def text(value: str | None) -> str:
    """Slide text: sanitized and on one line (a paragraph is one bullet).

    A dash glued between two words gets thin spaces around it: viewers break lines
    after a dash, and "areas—" ending one line with "utilities" opening the next
    reads (and is searched, and checked) as two broken words.
    """
    line = clean_spaces(sanitize(value or "").replace("\n", " ").replace("\r", " "))
    # -- no dash, nothing to glue: the rule's lookbehind is tried at every character (~13 µs a line) --
    if "—" not in line and "–" not in line:
        return line
    return _GLUED_DASH.sub(rf"{THIN_SPACE}\1{THIN_SPACE}", line)


def _paras(lines, **kwargs) -> tuple[Para, ...]:
    return tuple(Para(line, **kwargs) for line in map(text, lines) if line)


def drafts(briefing: Briefing, *, checkpoint: Callable[[], None] | None = None) -> list[Draft]:
    """Every slide's draft in deck order; slides without content are left out.

    ``checkpoint`` is called before each draft is built (see ``plan_deck``).
    """
    builders = (_title, _bluf, _agenda, _sections, _overview, _recommendations, _figures, _source)
    found: list[Draft] = []
    for build in builders:
        for draft in build(briefing):  # -- sections and recommendations come one at a time --
            if checkpoint is not None:
                checkpoint()
            found.append(replace(draft, title=_lead_in(draft.title)))
    return found


_TRAILING_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def _lead_in(title: str) -> str:
    """A heading the author left trailing off ("You can lean on me to ...") ends with a colon.

    On a slide a title ending in an ellipsis reads as one we cut; the author's
    ellipsis leads into what follows, which the slide's bullets now are.
    """
    stem = _TRAILING_ELLIPSIS.sub("", title)
    return f"{stem}:" if stem and stem != title else title


def _title(b: Briefing) -> list[Draft]:
    a = b.article
    byline = " · ".join(x for x in (a.author, a.publication, _date(a)) if x)
    paras = _paras([a.standfirst, byline], bullet=False)
    return [Draft("title", "title", text(a.title) or "Briefing", paras, _article_notes(a))]


BLUF_MAX = 6


def _bluf(b: Briefing) -> list[Draft]:
    """The user's bottom line first, then the first few picked recommendations.

    A bottom line is one slide, not an index; what the user typed as the memo's
    bottom line leads it, as in the memo.
    """
    recs = b.picked_recommendations()
    typed = text(b.header.bottom_line)
    if not recs and not typed:
        return []
    shown = recs[:BLUF_MAX]
    notes = "\n\n".join(f"{_refs(r.paragraph_numbers)}: {r.headline}" for r in shown)
    if typed:
        notes = "\n\n".join(x for x in ("Bottom line as written for this briefing.", notes) if x)
    lines = [b.title_of(r.id) for r in shown]
    if len(recs) > BLUF_MAX:
        more = len(recs) - BLUF_MAX
        noun = "recommendation" if more == 1 else "recommendations"
        lines.append(f"… and {more} more {noun} (see Recommendations)")
    notes = bounded_notes(notes)
    paras = _paras([typed], bullet=False, bold=True) + _paras(lines)
    return [Draft("bluf", "content", "Bottom line up front", paras, sanitize(notes))]


def _agenda(b: Briefing) -> list[Draft]:
    chapters = [s for s in b.picked_sections() if s.level == 1 and not empty_heading(b, s)]
    items = [b.title_of(s.id) for s in chapters]
    if b.picked_recommendations() and "recommendations" not in {i.casefold() for i in items}:
        items.append("Recommendations")
    if shown_key_figures(b):
        items.append("Key figures")
    if len(items) < 2:
        return []
    return [Draft("agenda", "content", "Agenda", _paras(items))]


def _sections(b: Briefing) -> Iterator[Draft]:
    """Each picked section; a chapter whose subsections are picked opens with a divider slide.

    A chapter with no text of its own (its heading is followed at once by its
    first subsection) is the divider only; a subsection like it, under a picked
    chapter, gets no slide: it would be a title over an empty box, and the
    slides of its own subsections follow. A section whose chapter is not picked
    heads what follows it as a chapter would.
    """
    repeated = _repeated_titles(b)
    for s in b.picked_sections():
        if empty_heading(b, s):
            continue
        subs = [d for d in b.article.descendants_of(s.id) if b.is_picked(d.id)]
        heads = s.level == 1 or not b.is_picked(s.parent_id or "")  # -- nothing above it shows
        if subs and not heads and _only_a_heading(b, s):
            continue
        if subs and heads:
            lines = [b.title_of(d.id) for d in subs if d.level == s.level + 1]
            yield Draft("divider", "content", text(b.title_of(s.id)), _paras(lines, bullet=False))
            if not s.paragraphs:
                continue
            own = _item(b, s, "section")  # -- after its divider, the chapter's own text
            yield replace(own, title=f"{own.title}: overview", fallback_title=own.title)
            continue
        own = _item(b, s, "section")
        parent = b.article.item(s.parent_id) if s.parent_id else None
        if own.title.casefold() in repeated and parent is not None:
            own = replace(own, title=f"{text(b.title_of(parent.id))}: {own.title}")
        yield own
        yield from _tables(b, s)


def _repeated_titles(b: Briefing) -> set[str]:
    """Titles more than one picked section bears ("Method" under each of three studies).

    Each slide of such a section says whose it is ("Study 2: Method") instead of being
    numbered "Method (2)", which leaves the reader to count dividers.
    """
    counts = Counter(text(b.title_of(s.id)).casefold() for s in b.picked_sections())
    return {title for title, n in counts.items() if n > 1 and title}


def _only_a_heading(b: Briefing, s: Section) -> bool:
    """Whether a section has neither text, nor bullets, nor speaker notes of its own."""
    return not (s.paragraphs or b.bullets_of(s.id) or b.notes_of(s.id))


def _recommendations(b: Briefing) -> Iterator[Draft]:
    picked = b.picked_recommendations()
    ticked_in = Counter(r.section_id for r in picked)
    for r in picked:
        if ticked_in[r.section_id] == 1 and _told_by_its_section(b, r):
            continue
        if len(picked) > 1 and _only_its_title(b, r):
            continue
        yield _item(b, r, "recommendation")
        yield from _tables(b, r)


def _told_by_its_section(b: Briefing, r: Recommendation) -> bool:
    """Whether the recommendation's slide would repeat its section's, title and text.

    A guide written as advice headings ("Be inclusive", then its text) makes each
    heading a section and a recommendation with the same words, and the deck
    showed them twice. The section's slide stays, in the author's outline (the
    Recommendations overview still lists it). Only that case: the section is
    ticked and unedited, carries the same title, holds no other ticked
    recommendation (the caller counts them once), and shows nothing outside this
    one. A "Recommendations" section holding several keeps every recommendation
    slide, and what the user wrote for a recommendation always gets its own slide.
    """
    if r.id in b.edits or not b.is_picked(r.section_id) or r.section_id in b.edits:
        return False
    if not says_the_same(text(b.title_of(r.id)), text(b.title_of(r.section_id))):
        return False
    section = b.article.item(r.section_id)
    shown = [section.spans[i][0] for i in shown_paragraphs(b, section)]
    return bool(shown) and all(any(a <= x < e for a, e in r.spans) for x in shown)


def _only_its_title(b: Briefing, r: Recommendation) -> bool:
    """Whether the recommendation's slide would say nothing but its title again.

    A one-line piece of advice ("Make a homemade fig jam") is its own headline:
    its slide held the title and the same words as its one bullet, a slide a
    reader rejects. The Recommendations overview (two or more are picked) lists
    it already. What the user wrote for it, and a table it holds, keep the slide.
    """
    if r.id in b.edits:
        return False
    said = " ".join(b.bullets_of(r.id))
    return says_the_same(said, text(b.title_of(r.id))) and next(_tables(b, r), None) is None


def _tables(b: Briefing, item: Section | Recommendation) -> Iterator[Draft]:
    """A slide for each small table among the item's ticked paragraphs, after the item's own."""
    tables = tables_by_span(b.article.source)
    for i in shown_paragraphs(b, item):
        rows = tables.get(item.spans[i], ())
        if rows and is_small(rows):
            rows = tuple(tuple(text(c) for c in row) for row in rows)
            notes = "\n".join(" | ".join(row) for row in rows)
            refs = _refs((item.paragraph_numbers[i],))
            title = text(b.title_of(item.id)).rstrip(" :") or "Table"  # -- "Method:: table"
            yield Draft("table", "content", f"{title}: table", (), sanitize(f"{refs}:\n{notes}"),
                        item.id, rows)  # fmt: skip


def _item(b: Briefing, item: Section | Recommendation, kind: str) -> Draft:
    notes = "\n\n".join(x for x in (b.notes_of(item.id), _source_notes(b, item)) if x)
    notes = bounded_notes(notes, _refs(item.paragraph_numbers))
    title = text(b.title_of(item.id)) or (
        "Recommendation" if kind == "recommendation" else "Section"
    )
    bullets = [_without_label(line, title) for line in b.bullets_of(item.id)]
    return Draft(kind, "content", title, _paras(bullets), sanitize(notes), item.id)


def _without_label(line: str, title: str) -> str:
    """A bullet that opens with the slide's title as its label ("Training: Invest in …" under
    "Training") says it once: the title shows the label, the bullet what follows it."""
    head, colon, rest = line.partition(":")
    if colon and rest.strip() and " ".join(head.split()).casefold() == title.casefold():
        rest = rest.strip()
        return rest[:1].upper() + rest[1:]
    return line


def _overview(b: Briefing) -> list[Draft]:
    recs = b.picked_recommendations()
    if len(recs) < 2:
        return []
    lines = [f"{n}. {text(b.title_of(r.id))}" for n, r in enumerate(recs, start=1)]
    # -- beside the document's own "Recommendations" section, "Recommendations (2)" would read
    # -- as its continuation
    own = any(b.title_of(s.id).casefold() == "recommendations" for s in b.picked_sections())
    title = "Recommendations at a glance" if own else "Recommendations"
    return [Draft("overview", "content", title, _paras(lines, bullet=False))]


# -- a reader takes in a handful of numbers; twelve ran over four or five slides of small
# -- print. The rest stay in the speaker notes (and in the memo's table).
FIGURES_ON_SLIDES = 6


def _figures(b: Briefing) -> list[Draft]:
    """Key figures of the ticked text only; no slide when none is left."""
    figures = shown_key_figures(b)
    if not figures:
        return []
    paras: list[Para] = []
    for fig in figures[:FIGURES_ON_SLIDES]:
        paras += _paras([fig.text], bullet=False, bold=True, scale=1.5, keep_with_next=True)
        paras += _paras([fig.context], bullet=False)
    notes = bounded_notes("\n\n".join(f"{f.text}: {f.context}" for f in figures))
    return [Draft("figures", "content", "Key figures", tuple(paras), sanitize(notes))]


def _source(b: Briefing) -> list[Draft]:
    a = b.article
    lines = [
        a.title,
        f"By {a.author}" if a.author else "",
        a.publication,
        _date(a),
        f"File: {a.source.source_name}" if a.source.source_name else "",
    ]
    notes = sanitize(bounded_notes(a.author_bio or ""))
    return [Draft("source", "content", "Source", _paras(lines, bullet=False), notes)]


def _date(a: Article) -> str:
    return a.date or ""


def _article_notes(a: Article) -> str:
    return sanitize(bounded_notes(a.standfirst or ""))


def _refs(numbers) -> str:
    """Paragraph references such as "¶ 4" or "¶ 4–6"."""
    numbers = sorted(numbers)
    if not numbers:
        return "¶ ?"
    if len(numbers) == 1 or numbers == list(range(numbers[0], numbers[-1] + 1)):
        span = f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"{numbers[0]}"
        return f"¶ {span}"
    return "¶ " + ", ".join(str(n) for n in numbers)


def _source_notes(b: Briefing, item: Section | Recommendation) -> str:
    """The source passages the slide came from, each with its paragraph number.

    Text the user wrote or changed is said to be theirs ("Edited summary; source ¶ 8"),
    and paragraphs of recommendations the user unticked are never quoted.
    """
    shown = set(shown_paragraphs(b, item))
    used = [i for i in _paragraphs_used(item) if i in shown] or sorted(shown)
    refs = _refs([item.paragraph_numbers[i] for i in used])
    edited = edited_parts(b, item.id)
    lead = f"Edited {' and '.join(edited)}; source {refs}" if edited else f"Source: {refs}"
    lines = [lead]
    lines += [quoted_passage(f"¶ {item.paragraph_numbers[i]}", item.paragraphs[i]) for i in used]
    links = shown_links(b, item)
    if links:  # -- the addresses behind the words, for a presenter asked "where is that from?"
        lines.append("Links:\n" + "\n".join(f"{k.text}: {k.url}" for k in links))
    return "\n\n".join(lines)


def _paragraphs_used(item: Section | Recommendation) -> list[int]:
    """Indexes of the paragraphs holding the summary's sentences (all, if unknown)."""
    if isinstance(item, Recommendation) or not item.summary_spans:
        return list(range(len(item.paragraphs)))
    used = [
        i
        for i, (start, end) in enumerate(item.spans)
        if any(start <= s < end for s, _ in item.summary_spans)
    ]
    return used or list(range(len(item.paragraphs)))


def continued(title: str, n: int) -> str:
    """The title of the n-th continuation slide: "… (cont.)", then "(cont. 2)", "(cont. 3)"."""
    return f"{title} (cont.)" if n == 1 else f"{title} (cont. {n})"


def unique_titles(found: list[Draft]) -> list[Draft]:
    """Accessibility checkers require unique slide titles: number repeats "(2)", "(3)"."""
    reserved = {d.title.casefold() for d in found}
    seen: set[str] = set()
    out = []
    for draft in found:
        title, n = draft.title, 1
        while title.casefold() in seen:
            n += 1
            title = f"{draft.title} ({n})"
            while title.casefold() in reserved and title.casefold() != draft.title.casefold():
                n += 1  # -- another slide's own title: do not take it --
                title = f"{draft.title} ({n})"
        seen.add(title.casefold())
        out.append(replace(draft, title=title))
    return out


def properties(b: Briefing) -> dict[str, str]:
    """Core properties of the .pptx: title, author, subject, keywords, in words only.

    Emoji are left out (see core.text.is_pictograph): a file browser or a search index
    reads these, and a PDF made from the deck carries them as its metadata.
    """
    a = b.article
    headings = [b.title_of(s.id) for s in b.picked_sections() if s.heading]
    keywords = "; ".join(x for x in ("briefing", a.publication, *headings) if x)
    values = {
        "title": a.title,
        "author": a.author,
        "subject": a.standfirst or f"Briefing on {a.title}",
        "keywords": keywords,
    }
    return {key: without_pictographs(text(value))[:255] for key, value in values.items()}
