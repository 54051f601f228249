"""Candidate units and features for a scored recommendation reader (an experiment).

The rule-based reader (``ingest/detect.py`` and the finders it calls) reaches ~0.98
on the sets it was tuned on and 0.3–0.75 on each new blind set. This module turns
every unit the reader looks at, or could, into a row of features any document of
the kind shows — the rules' own verdicts among them — so that
``benchmarks/rec_fit.py`` can fit weights and test them set by set.

Units: every heading (with the text under it) and every sentence of every body
paragraph or list item. A unit is labelled right when an expected recommendation's
opening words start inside it, by the same normalisation and 200-character window
``benchmarks/detection_quality.py`` scores with.

Features never name a file's words: structure (kind, list level, position, the
section's heading, the lead-in before a list, bold), grammar by the project's own
cue lists (imperative verb first, modals in several languages and their subject,
first-person advice cues), quotation, person, questions, past-tense narration,
length, and which rule finder proposed the unit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app.core.document import NOT_OWN_WORDS
from briefing_app.core.text import split_sentences
from briefing_app.ingest import calls, cues, detect, normative, tips
from briefing_app.ingest import recommendations as recs
from briefing_app.ingest.readers import read_document
from briefing_app.ingest.vocabulary import ADVICE_CUES

# -- the finders detect._find_recommendations runs, by module and attribute
FINDERS: tuple[tuple[Any, str], ...] = (
    (detect, "_advice_headings"),
    (recs, "find_tagged"),
    (recs, "find_labelled"),
    (recs, "find_ordinal_runs"),
    (recs, "find_numbered_paragraphs"),
    (recs, "find_list_recommendations"),
    (recs, "find_tip_lists"),
    (recs, "find_labelled_items"),
    (recs, "find_section_advice"),
    (recs, "find_label_runs"),
    (calls, "find_closing_calls"),
    (recs, "find_imperative_paragraphs"),
    (recs, "find_inline_ordinals"),
    (recs, "find_appeals"),
    (calls, "find_calls"),
    (recs, "find_labelled_imperatives"),
    (recs, "find_bold_theses"),
    (normative, "find_normative_advice"),
    (recs, "find_advice_sentences"),
)

# -- a section whose heading says advice follows, in the languages the corpora hold
_ADVICE_SECTION = re.compile(
    r"recommend|empfehl|recomend|recommand|raccomand|advice|what\s+(?:to|you\s+can|we\s+can)\s+do"
    r"|the\s+way\s+forward|next\s+steps|policy\s+(?:options|implications)|conclusions?\s+and"
    r"|تو[صص]ی[هة]|توصيات|提言|建议|建議|권고|제언|提案|対策",
    re.I,
)
# -- modals of duty or need, per language; the subject decides who is addressed
_MODAL_ANY = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|have\s+to|has\s+to"
    r"|deber(?:ía|ían|íamos)|debe(?:n|mos)?|tenemos\s+que|hay\s+que"
    r"|sollte[nt]?|muss|müssen|devrai(?:t|ent)|doi(?:t|vent)|devons|il\s+faut"
    r"|dovrebbe(?:ro)?|deve(?:m|mos)?)\b"
    r"|ينبغي|يجب|باید|应该|应当|必须|需要|べき|必要がある|해야|필요가\s*있다",
    re.I,
)
_WE_MODAL = re.compile(
    r"\b(?:we|wir|nosotros|nous)\b[^.!?]{0,30}?\b(?:should|must|need\s+to|ought\s+to|have\s+to"
    r"|müssen|sollten|devons)\b|\b(?:debemos|tenemos\s+que|debemos|dobbiamo|devemos)\b",
    re.I,
)
_YOU_MODAL = re.compile(
    r"\b(?:you|sie|usted|vous)\s+(?:\w+\s+)?(?:should|must|need\s+to|ought\s+to|have\s+to"
    r"|sollten|müssen|debe|debería|devez|devriez)\b",
    re.I,
)
_PARTY_MODAL = re.compile(
    r"\b(?:government|governments|congress|policymakers|policy\s*makers|agencies|the\s+state"
    r"|states|countries|lawmakers|legislators|ministries|regulators|administration|parliament"
    r"|leaders|employers|schools|cities|the\s+eu|the\s+united\s+states|donors)\b"
    r"[^.!?]{0,40}?\b(?:should|must|need\s+to|ought\s+to)\b",
    re.I,
)
_I_MODAL = re.compile(r"\bI\s+(?:\w+\s+)?(?:should|must|need\s+to|have\s+to)\b")
_QUOTES = re.compile(r"[\"“”„«»]")
_SAYS = re.compile(
    r"\b(?:said|says|told|according\s+to|sagte|dijo|a\s+déclaré|afirmó|erklärte)\b", re.I
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|went|came|said|war|waren|hatte|hatten|fue|fueron|había|estuvo"
    r"|était|étaient|avait|a\s+été)\b|\b\w{3,}ed\b|\b\w+(?:ó|aron|ieron)\b",
    re.I,
)
_WE = re.compile(r"\b(?:we|our|us|wir|unsere?|nosotros|nuestr[oa]s?|nous|notre)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|yours|Sie|Ihre?|usted|vous|votre)\b")
_I = re.compile(r"\b(?:I|my|me|ich|mein|yo|je|moi)\b")
_DIGITS = re.compile(r"\d")
_ADVICE_CUE = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in ADVICE_CUES) + r")\b|" + cues.OWN_ADVICE.pattern,
    re.I,
)
# -- first-person plural exhortation: "let's", "let us", "lasst uns", "vamos a"
_LET_US = re.compile(r"\b(?:let['’]s|let\s+us|lasst\s+uns|vamos\s+a|allons)\b", re.I)
# -- the need stated impersonally: "it is important to", "es necesario", "il est essentiel de"
_IMPORTANT = re.compile(
    r"\b(?:it\s+is|it['’]s)\s+(?:\w+\s+)?(?:important|essential|vital|critical|crucial|necessary"
    r"|time|imperative|urgent)\s+(?:to|that|for)\b"
    r"|\bes\s+(?:\w+\s+)?(?:importante|necesario|fundamental|esencial|urgente|hora)\s+(?:que|de)?"
    r"|\bil\s+est\s+(?:\w+\s+)?(?:important|nécessaire|essentiel|urgent|temps)\s+(?:de|que)"
    r"|\bes\s+ist\s+(?:\w+\s+)?(?:wichtig|notwendig|nötig|an\s+der\s+Zeit|unerlässlich)\b",
    re.I,
)
# -- the word for recommending or proposing, in any of the corpora's languages and voices
# -- ("se recomienda", "mi recomendación", "we propose", "نوصي", "پیشنهاد", "建议")
_RECOMMEND_WORD = re.compile(
    r"\b(?:recommend|recomend|recomiend|recommand|raccomand|empfehl|empfiehl|propos|propon|suggest|sugier"
    r"|urge|advis|aconsej|conseill)\w*"
    r"|توصي|يوصى|نوصي|نقترح|توصیه|پیشنهاد|建议|建議|提言|推奨|提案|권고|권장|제안",
    re.I,
)
# -- a hedge: "could", "might", "may", "podría", "könnte", "pourrait"
_HEDGE = re.compile(
    r"\b(?:could|might|may|would|podr[íi]a\w*|könnte\w*|pourrai\w*|potrebbe\w*)\b", re.I
)
_LEAD_MARK = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[IVX]{1,4}\.|[-•*])\s+")
_RFC = re.compile(r"RFC\s*2119|RFC\s*8174|BCP\s*14")


@dataclass
class Unit:
    """One candidate: a heading or a sentence of a body block, with its window and features."""

    doc: str
    block: int
    span: tuple[int, int]
    window: str  # -- what a recommendation starting here would be matched by
    sentence: str
    features: dict[str, float] = field(default_factory=dict)
    label: int = 0
    kind: str = "paragraph"


@dataclass
class Reading:
    """What the reader saw of one document: its body, sections, and each finder's proposals."""

    body: list[Any]
    section_of: list[int]
    title: str
    source: str
    proposals: dict[str, list[recs.Found]]
    found: list[recs.Found]


@contextmanager
def _recording() -> Iterator[dict[str, Any]]:
    """Run the reader with every finder wrapped so its proposals are kept."""
    seen: dict[str, Any] = {"proposals": {}}
    saved: list[tuple[Any, str, Callable[..., Any]]] = []

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            seen["proposals"].setdefault(name, []).extend(out)
            return out

        return wrapped

    original_find = detect._find_recommendations

    def find(
        body: Any, section_of: Any, source: str = "", *, title: str = "", brief: bool = False
    ) -> Any:
        out = original_find(body, section_of, source, title=title, brief=brief)
        seen.update(body=body, section_of=section_of, source=source, title=title, found=out)
        return out

    for module, name in FINDERS:
        saved.append((module, name, getattr(module, name)))
        setattr(module, name, wrap(name, getattr(module, name)))
    saved.append((detect, "_find_recommendations", original_find))
    detect._find_recommendations = find
    try:
        yield seen
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)


def read(path: Path) -> Reading | None:
    """The reader's view of one file (None when the reader refuses it)."""
    with _recording() as seen:
        try:
            detect.analyze(read_document(path))
        except Exception:
            return None
    if "body" not in seen:
        return None
    return Reading(
        seen["body"],
        seen["section_of"],
        seen["title"],
        seen["source"],
        seen["proposals"],
        seen["found"],
    )


def _covers(f: recs.Found, block: int, span: tuple[int, int], whole: bool) -> tuple[bool, bool]:
    """(the proposal covers the unit, the proposal starts in the unit)."""
    if block not in f.blocks:
        return False, False
    first = block == f.blocks[0]
    if f.span is None or not first:
        return True, first and (whole or span[0] == 0)
    s, e = f.span
    inside = s < span[1] and e > span[0]
    return inside, inside and (span[0] <= s or span[0] == 0)


def _section_headings(body: list[Any]) -> list[str]:
    """For each block, the text of the nearest heading at or before it."""
    out, current = [], ""
    for p in body:
        if p.heading_level:
            current = p.text
        out.append(current)
    return out


def _lead_ins(body: list[Any]) -> list[str]:
    """For each list item, the paragraph just before its list ("" for other blocks)."""
    out, lead = [], ""
    for n, p in enumerate(body):
        if p.block.kind == "list_item":
            if n == 0 or body[n - 1].block.kind != "list_item":
                lead = body[n - 1].text if n else ""
            out.append(lead)
        else:
            out.append("")
    return out


def _groups(body: list[Any]) -> list[tuple[float, int]]:
    """For each list item or heading: the share of its group that advises, and the group's size.

    A list item's group is its run of items at one level; a heading's, every heading
    of its level in the document. Other blocks get (0.0, 0).
    """
    out: list[tuple[float, int]] = [(0.0, 0)] * len(body)
    runs: dict[tuple[str, int, int], list[int]] = {}
    run = 0
    for n, p in enumerate(body):
        if p.heading_level:
            runs.setdefault(("h", p.heading_level, 0), []).append(n)
        elif p.block.kind == "list_item":
            if n and body[n - 1].block.kind != "list_item":
                run += 1
            runs.setdefault(("l", p.block.level or 1, run), []).append(n)
        else:
            run += 1
    for members in runs.values():
        advising = sum(tips.gives_advice(body[m].text) for m in members)
        for m in members:
            out[m] = (advising / len(members), len(members))
    return out


def _grammar(text: str, prefix: str) -> dict[str, float]:
    """Grammar and wording features of one piece of text."""
    words = text.split()
    n = max(1, len(words))
    f = {
        "imperative": float(cues.imperative(text)),
        "commands": float(cues.commands(text)),
        "prescriptive": float(cues.is_prescriptive(text)),
        "gives_advice": float(tips.gives_advice(text)),
        "foreign_imperative": float(bool(tips.FOREIGN_IMPERATIVE.match(text))),
        "modal": float(bool(_MODAL_ANY.search(text))),
        "we_modal": float(bool(_WE_MODAL.search(text))),
        "you_modal": float(bool(_YOU_MODAL.search(text))),
        "party_modal": float(bool(_PARTY_MODAL.search(text))),
        "i_modal": float(bool(_I_MODAL.search(text))),
        "advice_cue": float(bool(_ADVICE_CUE.search(text))),
        "explicit": float(bool(cues.EXPLICIT.search(text))),
        "let_us": float(bool(_LET_US.search(text))),
        "important_to": float(bool(_IMPORTANT.search(text))),
        "recommend_word": float(bool(_RECOMMEND_WORD.search(text))),
        "hedge": float(bool(_HEDGE.search(text))),
        "ordinal": float(cues.ordinal_marker(text)[0] is not None),
        "lead_mark": float(bool(_LEAD_MARK.match(text))),
        "quoted": float(bool(_QUOTES.search(text))),
        "opens_quote": float(bool(recs.OPENS_QUOTE.match(text))),
        "says": float(bool(_SAYS.search(text))),
        "question": float(text.rstrip().endswith(("?", "？", "؟"))),
        "past": min(1.0, 5 * len(_PAST.findall(text)) / n),
        "we": min(1.0, 5 * len(_WE.findall(text)) / n),
        "you": min(1.0, 5 * len(_YOU.findall(text)) / n),
        "i": min(1.0, 5 * len(_I.findall(text)) / n),
        "digits": min(1.0, len(_DIGITS.findall(text)) / n),
        "log_words": math.log1p(len(words)) / 5,
        "short": float(len(words) < 5),
        "long": float(len(words) > 60),
        "ends_colon": float(text.rstrip().endswith(":")),
    }
    return {f"{prefix}{k}": v for k, v in f.items()}


def units_of(reading: Reading, doc: str) -> list[Unit]:
    """Every candidate unit of one document with its features (labels left at 0)."""
    body, section_of = reading.body, reading.section_of
    total = max(1, len(body))
    heads = _section_headings(body)
    leads = _lead_ins(body)
    bold = detect._bold_paragraphs(body, reading.source)
    prose = [p.text for p in body if not p.heading_level and p.block.kind not in NOT_OWN_WORDS]
    doc_modal = sum(bool(_MODAL_ANY.search(t)) for t in prose) / max(1, len(prose))
    doc_imper = sum(cues.imperative(t) for t in prose) / max(1, len(prose))
    doc_feats = {
        "doc_modal_share": doc_modal,
        "doc_imperative_share": doc_imper,
        "rule_doc_found": float(bool(reading.found)),  # -- a rule verdict too
        "doc_rfc": float(bool(_RFC.search(reading.source[:200_000]))),
        "doc_title_tips": float(tips.announces_tips(reading.title or "")),
        "doc_title_advice": float(bool(_ADVICE_SECTION.search(reading.title or ""))),
    }
    groups = _groups(body)
    # -- each block's proposals, so a document cut into thousands of sentence proposals
    # -- costs no scan of all of them per unit
    proposed: dict[int, list[tuple[str, recs.Found]]] = {}
    for name, proposals in reading.proposals.items():
        for prop in proposals:
            for b in prop.blocks:
                proposed.setdefault(b, []).append((name, prop))
    won_in: dict[int, list[recs.Found]] = {}
    for won in reading.found:
        for b in won.blocks:
            won_in.setdefault(b, []).append(won)
    units: list[Unit] = []
    for n, p in enumerate(body):
        if p.heading_level:
            nxt = next((q.text for q in body[n + 1 :] if not q.heading_level), "")
            spans = [(0, len(p.text))]
            windows = [f"{p.text} {nxt}"]
        else:
            spans = split_sentences(p.text)[:40] or [(0, len(p.text))]
            windows = [p.text[s:] for s, _ in spans]
        for k, ((s, e), window) in enumerate(zip(spans, windows, strict=True)):
            sentence = p.text[s:e]
            kind = "heading" if p.heading_level else p.block.kind
            f: dict[str, float] = {f"kind_{kind}": 1.0}
            f.update(doc_feats)
            f.update(_grammar(sentence, ""))
            if k == 0 and p.block.kind == "list_item":
                f["list_level"] = min(3, max(1, p.block.level or 1)) - 1.0
                f["ordered"] = float(bool(p.block.ordered))
            f["first_sentence"] = float(k == 0)
            f["sentence_index"] = min(1.0, k / 5)
            f["pos"] = n / total
            f["last_quarter"] = float(n >= 0.75 * total)
            f["first_tenth"] = float(n < 0.1 * total)
            f["in_section"] = float(section_of[n] >= 0)
            f["bold"] = float(n in bold)
            heading = heads[n] if not p.heading_level else heads[n - 1] if n else ""
            f["advice_section"] = float(bool(_ADVICE_SECTION.search(heading)))
            f["tips_section"] = float(tips.announces_tips(heading))
            f["heading_advice"] = float(bool(cues.ADVICE_HEADING.search(heading)))
            lead = leads[n]
            if lead:
                f["lead_colon"] = float(lead.rstrip().endswith(":"))
                f["lead_announces"] = float(
                    bool(cues.ANNOUNCE.search(lead)) or tips.announces_tips(lead)
                )
                f["lead_modal"] = float(bool(_MODAL_ANY.search(lead)))
            if p.heading_level:
                f["heading_level"] = min(4, p.heading_level) / 4
                f.update(_grammar(windows[0][len(p.text) :][:300], "under_"))
            for name, prop in proposed.get(n, []):
                covers, starts = _covers(prop, n, (s, e), bool(p.heading_level))
                if covers:
                    f[f"rule_{name}"] = 1.0
                    f["rule_any"] = 1.0
                if starts:
                    f[f"rule_start_{name}"] = 1.0
                    f["rule_start_any"] = 1.0
            for won in won_in.get(n, []):
                covers, starts = _covers(won, n, (s, e), bool(p.heading_level))
                if starts:
                    f["rule_won_start"] = 1.0
                elif covers:
                    f["rule_won_inside"] = 1.0
            # -- a few interactions a linear model cannot form itself
            g = f.get
            f["x_modal_advice_section"] = g("modal", 0) * g("advice_section", 0)
            f["x_imperative_list"] = g("imperative", 0) * g("kind_list_item", 0)
            f["x_imperative_heading"] = g("imperative", 0) * g("kind_heading", 0)
            f["x_lead_list"] = g("lead_announces", 0) * g("lead_colon", 0)
            f["x_modal_last"] = g("modal", 0) * g("last_quarter", 0)
            f["x_we_modal_doc"] = g("we_modal", 0) * doc_modal
            f["x_recommend_last"] = g("recommend_word", 0) * g("last_quarter", 0)
            f["x_imperative_short"] = g("imperative", 0) * (1 - g("long", 0))
            f["x_imperative_doc"] = g("imperative", 0) * doc_imper
            # -- the unit's group: its list (same level, one run) or its headings' level
            share, size = groups[n]
            if size:
                f["group_advice_share"] = share
                f["group_log_size"] = math.log1p(size) / 3
                f["x_group_advice"] = share * g("gives_advice", 0)
            if p.block.kind in NOT_OWN_WORDS:
                f["not_own_words"] = 1.0
            units.append(Unit(doc, n, (s, e), window, sentence, f, 0, kind))
    return units


def label(units: list[Unit], expected: list[str], norm: Callable[[str], str]) -> int:
    """Mark the unit each expected opening starts in; return how many expected found a unit."""
    heads = [norm(u.window)[:200] for u in units]
    lengths = [len(norm(u.sentence)) for u in units]
    placed = 0
    for e in expected:
        words = norm(e)
        for u, head, size in zip(units, heads, lengths, strict=True):
            at = head.find(words)
            if at >= 0 and at <= size:
                u.label = 1
                placed += 1
                break
    return placed


def chosen(units: list[Unit], probs: Sequence[float], threshold: float) -> list[str]:
    """The windows of the recommendations the units scoring ``threshold`` or more make.

    A chosen heading's recommendation takes the chosen sentences under it; a run
    of chosen sentences in one paragraph is one recommendation.
    """
    found: list[str] = []
    heading_open = False
    last_block = -1
    for u, p in zip(units, probs, strict=True):
        if u.kind == "heading":
            heading_open = p >= threshold
            if heading_open:
                found.append(u.window)
            last_block = -1
            continue
        if p < threshold:
            last_block = -1
            continue
        if heading_open or u.block == last_block:
            continue  # -- part of the heading's or the sentence run's recommendation
        found.append(u.window)
        last_block = u.block
    return found
