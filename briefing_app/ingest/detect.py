"""Structure detection: from a Document's blocks to an Article, the way an analyst reads.

Shared by every reader. Nothing here keys on a particular article's words:
front matter, headings, recommendations and the author bio are recognised by
the shape of the text (length, case, punctuation, ordinal markers, position).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.article import Article, Recommendation, Section
from briefing_app.core.document import Block, Document
from briefing_app.core.summarize import headline, summarize_sentences
from briefing_app.core.text import clean_spaces, sanitize
from briefing_app.ingest import recommendations as recs
from briefing_app.ingest.dates import parse_date
from briefing_app.ingest.figures import find_key_figures

_BYLINE = re.compile(r"^(?:by|written by|author:?|words by)\s*[:\-]?\s*(?P<name>.+)$", re.I)
_NAME = (
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|de|van|von|al|bin|da|di|la|le)){0,4}"
)
_BIO = re.compile(
    rf"^(?:about the authors?:?\s*)?(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+"
    r"(?:is|was|serves as|has been|are|were)\s+(?:a|an|the|currently|now|formerly|senior|professor|director|chief|\w+er\b)",
)
_TERMINAL = ".!;:,…"
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "vs",
    "via",
    "into",
    "over",
    "is",
    "are",
    "be",
    "its",
    "nor",
}
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")


@dataclass(frozen=True)
class _Para:
    text: str
    block: Block
    heading_level: int = 0  # 0 = body text


def analyze(doc: Document) -> Article:
    """Detect metadata, sections, recommendations, author bio and key figures."""
    paras = [
        _Para(
            text=clean_spaces(sanitize(b.text)),
            block=b,
            heading_level=b.level if b.kind == "heading" else 0,
        )
        for b in doc.blocks
        if clean_spaces(b.text)
    ]
    meta = dict(doc.metadata)
    title, rest = _take_title(paras, meta, doc.source_name)
    front, body = _take_front_matter(rest)
    meta_found = _read_front(front)
    for key, value in meta_found.items():
        meta.setdefault(key, value)
    author = meta.get("author")
    body, bio = _take_author_bio(body, author)
    if author is None and bio:
        m = _BIO.match(bio)
        author = m.group("name") if m else None
    body = [_classify_heading(p, body, n) for n, p in enumerate(body)]
    sections, section_of_para = _sections(body)
    found = _find_recommendations(body, section_of_para)
    recommendations = _build_recommendations(body, found, section_of_para, sections)
    date = meta.get("date")
    iso = parse_date(date) if date else None
    figures = find_key_figures([(p.text, p.block.start) for p in body if not p.heading_level])
    return Article(
        title=title,
        source=doc,
        standfirst=meta.get("standfirst"),
        author=author,
        publication=meta.get("publication"),
        date=iso or date,
        sections=tuple(sections),
        recommendations=tuple(recommendations),
        author_bio=bio,
        key_figures=tuple(figures),
    )


# -- title and front matter ------------------------------------------------------


def _take_title(paras: list[_Para], meta: dict, source_name: str) -> tuple[str, list[_Para]]:
    if paras and paras[0].heading_level == 1:
        return meta.get("title") or paras[0].text, paras[1:]
    if meta.get("title"):
        return meta["title"], paras
    if paras and _is_short_line(paras[0].text, max_words=30) and len(paras) > 1:
        return paras[0].text, paras[1:]
    stem = Path(source_name).stem.replace("_", " ").replace("-", " ").strip()
    return (stem or "Untitled article"), paras


def _take_front_matter(paras: list[_Para]) -> tuple[list[_Para], list[_Para]]:
    """Leading dateline, publication, standfirst and byline, up to the first body paragraph."""
    end = 0
    for n, p in enumerate(paras[:8]):
        if p.heading_level:
            break
        nxt = paras[n + 1] if n + 1 < len(paras) else None
        if parse_date(p.text) or (_BYLINE.match(p.text) and len(p.text) < 120):
            end = n + 1
            continue
        ahead = paras[n + 1 : n + 3]
        before_byline = any(_BYLINE.match(q.text) and len(q.text) < 120 for q in ahead)
        before_date = any(parse_date(q.text) for q in ahead)
        if (
            _is_short_line(p.text, max_words=8)
            and nxt
            and (parse_date(nxt.text) or _BYLINE.match(nxt.text) or _is_short_line(nxt.text, 8))
        ):
            end = n + 1
            continue
        if len(p.text) < 400 and (before_byline or before_date) and not p.text.endswith(":"):
            end = n + 1
            continue
        break
    return paras[:end], paras[end:]


def _read_front(front: list[_Para]) -> dict[str, str]:
    found: dict[str, str] = {}
    for p in front:
        byline = _BYLINE.match(p.text)
        if parse_date(p.text):
            found.setdefault("date", p.text)
        elif byline:
            found.setdefault("author", _clean_author(byline.group("name")))
        elif _is_short_line(p.text, max_words=8) and "standfirst" not in found:
            found.setdefault("publication", p.text)
        else:
            found.setdefault("standfirst", p.text)
    return found


def _clean_author(name: str) -> str:
    name = re.split(r"\s*[|,·•]\s*|\s+[-–—]\s+|\s+on\s+\w+\s+\d", name)[0]
    return name.strip(" .")


def _take_author_bio(body: list[_Para], author: str | None) -> tuple[list[_Para], str | None]:
    """The closing "X is a … at …" paragraph, kept out of the content."""
    for k in (1, 2):
        if len(body) <= k:
            break
        p = body[-k]
        if p.heading_level or len(p.text) > 700:
            continue
        surname = author.split()[-1] if author else None
        if (
            author
            and (p.text.startswith(author) or (surname and p.text.startswith(surname)))
            and re.search(r"\b(is|was|serves)\b", p.text[:200])
        ) or (_BIO.match(p.text) and k == 1):
            return body[: len(body) - k] + body[len(body) - k + 1 :], p.text
    return body, None


# -- headings and sections -----------------------------------------------------------


def _is_short_line(text: str, max_words: int) -> bool:
    return 0 < len(text.split()) <= max_words and len(text) <= 120 and text[-1] not in _TERMINAL


def _looks_like_heading(text: str) -> bool:
    if not _is_short_line(text, max_words=14) or recs.ordinal_marker(text)[1]:
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 2:
        return True
    if _NUMBERED_HEADING.match(text):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(w[0].isupper() for w in content) / len(content)
    return capitalised >= 0.6 or len(words) <= 6


def _classify_heading(p: _Para, body: list[_Para], n: int) -> _Para:
    """Promote a short stand-alone line to a heading when a longer paragraph follows it."""
    if p.heading_level or p.block.kind != "paragraph":
        return p
    nxt = body[n + 1] if n + 1 < len(body) else None
    if nxt is None or nxt.heading_level or len(nxt.text) < max(80, 1.5 * len(p.text)):
        return p
    if _looks_like_heading(p.text):
        return _Para(text=p.text, block=p.block, heading_level=2)
    return p


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
    used: set[str] = set()
    number = 0
    for heading, members in groups:
        members = [n for n in members if not body[n].heading_level or body[n].heading_level > top]
        if not members:
            continue
        texts = [body[n].text for n in members]
        numbers = list(range(number + 1, number + 1 + len(members)))
        number += len(members)
        passages = [(body[n].text, body[n].block.start) for n in members]
        spans = summarize_sentences(passages)
        doc_text = {body[n].block.start: body[n].text for n in members}
        summary = " ".join(_span_text(doc_text, s) for s in spans)
        sid = _stable_id("s", heading or texts[0], used)
        for n in members:
            section_of[n] = len(sections)
        sections.append(
            Section(
                id=sid,
                heading=heading,
                paragraphs=tuple(texts),
                spans=tuple((body[n].block.start, body[n].block.end) for n in members),
                paragraph_numbers=tuple(numbers),
                summary=summary,
                summary_spans=tuple(spans),
            )
        )
    return sections, section_of


def _span_text(texts_by_start: dict[int, str], span: tuple[int, int]) -> str:
    """Text of an absolute span, looked up in the cleaned paragraph it falls in."""
    start = max(s for s in texts_by_start if s <= span[0])
    text = texts_by_start[start]
    return text[span[0] - start : span[1] - start].strip()


def _stable_id(prefix: str, text: str, used: set[str]) -> str:
    digest = hashlib.sha1(clean_spaces(text)[:300].encode("utf-8", "surrogatepass")).hexdigest()
    base = f"{prefix}-{digest[:8]}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


# -- recommendations -----------------------------------------------------------------


def _find_recommendations(body: list[_Para], section_of: list[int]) -> list[recs.Found]:
    texts = [p.text for p in body]
    boundaries = {n for n, p in enumerate(body) if p.heading_level}
    boundaries |= {n for n in range(1, len(body)) if section_of[n] != section_of[n - 1]}
    kinds = [(p.block.kind, p.block.ordered) for p in body]
    candidates = (
        recs.find_tagged(texts)
        + recs.find_ordinal_runs(texts, boundaries)
        + recs.find_numbered_paragraphs(texts, boundaries)
        + recs.find_list_recommendations(texts, kinds, boundaries)
    )
    taken: set[int] = set()
    found: list[recs.Found] = []
    for f in candidates:
        if f.blocks[0] in taken:
            continue
        blocks = tuple(b for b in f.blocks if b not in taken)
        taken.update(blocks)
        found.append(recs.Found(ordinal=f.ordinal, blocks=blocks, marker=f.marker))
    return sorted(found, key=lambda f: f.blocks[0])


def _build_recommendations(
    body: list[_Para], found: list[recs.Found], section_of: list[int], sections: list[Section]
) -> list[Recommendation]:
    used: set[str] = set()
    numbers = {}
    count = 0
    for n, p in enumerate(body):
        if not p.heading_level or section_of[n] >= 0:
            count += 1
            numbers[n] = count
    result = []
    for ordinal, f in enumerate(found, start=1):
        texts = [body[b].text for b in f.blocks]
        first = recs.strip_marker(texts[0], f.marker)
        passages = [(first, -1)] + [
            (t, body[b].block.start) for t, b in zip(texts[1:], f.blocks[1:], strict=True)
        ]
        spans = summarize_sentences(passages, max_sentences=2, max_words=45)
        by_start = {s: t for t, s in passages}
        summary = " ".join(_span_text(by_start, s) for s in spans)
        section = sections[section_of[f.blocks[0]]] if section_of[f.blocks[0]] >= 0 else sections[0]
        result.append(
            Recommendation(
                id=_stable_id("r", texts[0], used),
                ordinal=ordinal,
                section_id=section.id,
                headline=headline(first),
                text="\n\n".join(texts),
                summary=summary,
                paragraphs=tuple(texts),
                spans=tuple((body[b].block.start, body[b].block.end) for b in f.blocks),
                paragraph_numbers=tuple(numbers.get(b, 0) for b in f.blocks),
                marker=f.marker.strip(),
                summary_spans=tuple(s for s in spans if s[0] >= 0),
            )
        )
    return result
