"""Deterministic extractive summaries: pure Python, no models, no downloads.

Sentences are scored by how central their content words are to the passage
(cosine similarity to the passage's word profile), with a nudge for topic
sentences and penalties for sentences that lean on missing context ("This …",
"Such …"), are fragments, or run far too long. Output keeps document order.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import string
from collections import Counter
from collections.abc import Iterable

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import SENTENCE_STOPS, WEAK_WORDS_ABROAD, split_sentences, word_set

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOPWORDS = word_set(
    """
    a an the and or but if of to in on at by for with from as is are was were be been being it
    its this that these those there their they them he she his her we our you your i not no so
    than then too very can could should would will shall may might must do does did has have
    had into over under about after before between through during also such which who whom
    whose what when where why how all any both each few more most other some own same only just
    """
)
# Openers that point back to something the summary will not show.
_DANGLING_START = re.compile(
    r"^[\"'“‘(]?(this|that|these|those|such|it|its|they|their|them|he|she|his|her|however|but"
    r"|yet|also|and|additionally|moreover|furthermore|still|instead|thus|therefore|hence|so|here|there|then"
    r"|as a result|for (?:instance|example)|in (?:this|that|turn|addition)|at the same time"
    r"|nevertheless|nonetheless|meanwhile|likewise|similarly|otherwise|indeed"
    r"|(?:under|in|with|by|for|from|at|after|despite|given|like|unlike|although|though|while"
    r"|because|since|as|if|when)\s+(?:this|that|these"
    r"|those|such|it|them)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|firstly|secondly|thirdly|finally|lastly)\b",
    re.I,
)
Span = tuple[int, int]


def _stems(text: str) -> list[str]:
    if text.isascii():  # -- lower case first: in ASCII it moves no word's bounds --
        return [w[:6] for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]
    return [low[:6] for w in _WORD.findall(text) if (low := w.lower()) not in _STOPWORDS]


# -- a sentence is summarised again in each passage holding it (its section's summary, then its
# -- recommendation's: 10,033 sentences, 5,459 distinct, in a report of 2,000 recommendations),
# -- so its counts are made once; shared, they are only ever read --
@functools.lru_cache(maxsize=8192)
def _stem_counts(text: str) -> tuple[Counter, int]:
    """The sentence's stem counts and their sum of squares (its norm, squared)."""
    counts = Counter(_stems(text))
    return counts, sum(v * v for v in counts.values())


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class _Candidate:
    """One sentence of the passages: absolute span, text, stems, and where it sits."""

    __slots__ = ("end", "first", "index", "lowered", "norm2", "start", "stems", "text")

    def __init__(self, index: int, start: int, end: int, text: str, *, first: bool) -> None:
        self.index, self.start, self.end, self.text, self.first = index, start, end, text, first
        self.stems, self.norm2 = _stem_counts(text)
        self.lowered = False


def _candidates(passages: list[tuple[str, int]], demote: Iterable[int]) -> list[_Candidate]:
    demoted = set(demote)
    out: list[_Candidate] = []
    for p, (text, offset) in enumerate(passages):
        for n, (s, e) in enumerate(split_sentences(text)):
            c = _Candidate(len(out), offset + s, offset + e, text[s:e], first=n == 0)
            c.lowered = p in demoted
            out.append(c)
    return out


class _Profile:
    """Word counts of all passages, with what cosine-to-the-rest needs precomputed."""

    def __init__(self, cands: list[_Candidate]) -> None:
        # -- a plain dict: Counter.update asks isinstance(Mapping) and loops in Python per call --
        self.counts: dict[str, int] = {}
        get = self.counts.get
        for c in cands:
            for k, v in c.stems.items():
                self.counts[k] = get(k, 0) + v
        self.norm2 = sum(v * v for v in self.counts.values())

    def centrality(self, stems: Counter, own: int) -> float:
        """Cosine of a sentence with the profile minus itself, in time linear in the sentence.

        ``own`` is the sentence's sum of squared counts (its norm, squared)."""
        dot = sum(map(operator.mul, stems.values(), map(self.counts.__getitem__, stems)))
        rest_dot, rest_norm2 = dot - own, self.norm2 - 2 * dot + own
        if rest_norm2 <= 0 or own == 0:
            return dot / math.sqrt(own * self.norm2) if own and self.norm2 else 0.0
        return rest_dot / math.sqrt(own * rest_norm2)


def _score(c: _Candidate, profile: _Profile, *, max_words: int, demote_ok: bool) -> float:
    score = profile.centrality(c.stems, c.norm2) + 0.02 * min(len(c.stems), 12) / 12
    words = len(c.text.split())
    score *= 1.15 if c.first else 1.0
    score *= 1.1 if c.index == 0 else 1.0
    score *= 0.45 if _DANGLING_START.match(c.text) else 1.0
    score *= 0.6 if len(c.stems) < 4 else 1.0
    score *= 0.5 if words > max_words else 1.0
    score *= 0.7 if c.text.rstrip().endswith("?") else 1.0
    score *= 0.35 if c.lowered and demote_ok else 1.0
    return score


def summarize(
    passages: list[tuple[str, int]],
    *,
    max_sentences: int = 2,
    max_words: int = 50,
    must_include: int | None = None,
    demote: Iterable[int] = (),
) -> tuple[str, list[Span]]:
    """The most salient sentences of ``passages`` ((text, offset) pairs) and their absolute spans.

    ``must_include`` is the index of a sentence that must be chosen (a
    recommendation's thesis); ``demote`` lists passages to use only when the
    rest has little to offer (recommendation text inside a section). A lone
    sentence longer than ``max_words`` is cut at a clause boundary with "…".
    """
    cands = _candidates(passages, demote)
    if not cands:
        return "", []
    profile = _Profile(cands)
    demote_ok = sum(not c.lowered for c in cands) >= 2
    scores = {c.index: _score(c, profile, max_words=max_words, demote_ok=demote_ok) for c in cands}
    # -- a "sentence" of marks alone (a paragraph opening "… Or what …") says nothing --
    ranked = sorted(
        (c for c in cands if c.text[:1].isalnum() or any(ch.isalnum() for ch in c.text)),
        key=lambda c: (-scores[c.index], c.index),
    )
    if not ranked:
        return "", []
    thesis = (
        cands[must_include] if must_include is not None and 0 <= must_include < len(cands) else None
    )
    if thesis in ranked:  # -- (a thesis of marks alone is passed over) --
        ranked.remove(thesis)
        ranked.insert(0, thesis)
    chosen = _choose(
        ranked, scores, max_sentences=max_sentences, max_words=max_words, demote_ok=demote_ok
    )
    words = sum(len(c.text.split()) for c in chosen)
    if len(chosen) == 1 and words > max_words and must_include is None:
        text, end = _shorten(chosen[0].text, max_words)
        return text, [(chosen[0].start, chosen[0].start + end)]
    return _joined([c.text.strip() for c in chosen]), [(c.start, c.end) for c in chosen]


# -- what ends a sentence in the scripts split_sentences knows (Latin, Arabic, CJK), or leads on
# -- to the next (a colon, a comma): no stop added after these
_ENDED = tuple(SENTENCE_STOPS + ":;," + "\"'”’)]」』）")


# -- a list item's link to the next ("…, to ensure accurate indexes; and")
_LIST_LINK = lazy_compile(r"\s*(?:;|[;,]\s+(?:and|or|et|ou|y|o|und|oder))\s*$", re.I)


def without_list_link(sentence: str) -> str:
    """A list item without its link to the next ("…; and", "…;"), else as it is."""
    # -- a link holds the text's last ";" or ",", after the spaces before it: the pattern is tried
    # -- from there alone, not at every character of the sentence (~7% of summarising) --
    start = max(sentence.rfind(";"), sentence.rfind(","))
    if start < 0:
        return sentence
    while start and sentence[start - 1].isspace():
        start -= 1
    link = _LIST_LINK.match(sentence, start)
    return (sentence[:start] + sentence[link.end() :] or sentence) if link else sentence


def _joined(sentences: list[str]) -> str:
    """The chosen sentences as one text that splits back into the same sentences.

    A list item or a line set as a heading ends without a stop; joined as it is
    to the next one ("… bread recipes Build a beautiful platter") the two read
    as one run-on sentence, in the summary and in the bullets cut from it. An
    item ending on its link to the next ("…; and") ends with a stop instead.
    """
    out = []
    for n, s in enumerate(sentences):
        item = without_list_link(s)
        if item != s:
            out.append(f"{item}.")
        else:
            out.append(s if n == len(sentences) - 1 or s.endswith(_ENDED) else f"{s}.")
    return " ".join(out)


def _choose(
    ranked: list[_Candidate],
    scores: dict[int, float],
    *,
    max_sentences: int,
    max_words: int,
    demote_ok: bool,
) -> list[_Candidate]:
    """The top sentence, then others while they fit, score well and do not repeat it; in order.

    A demoted sentence (a quote, a table, a list item among prose) never joins a sentence of
    the writer's prose: it is there only for a passage that has nothing better.
    """
    chosen = [ranked[0]]
    words = len(ranked[0].text.split())
    for c in ranked[1:]:
        if len(chosen) >= max_sentences or scores[c.index] < 0.5 * scores[ranked[0].index]:
            break
        if c.lowered and demote_ok and not ranked[0].lowered:
            continue
        n = len(c.text.split())
        if words + n <= max_words and _cosine(c.stems, chosen[0].stems) < 0.6:
            chosen.append(c)
            words += n
    return _without_loose_lead_ins(sorted(chosen, key=lambda c: c.index))


def _without_loose_lead_ins(chosen: list[_Candidate]) -> list[_Candidate]:
    """A lead-in ("… the following licences:") says nothing without what it leads into:
    kept only before the sentence that follows it, or when nothing else was chosen."""
    indexes = {c.index for c in chosen}
    kept = [c for c in chosen if not c.text.rstrip().endswith(":") or c.index + 1 in indexes]
    return kept or chosen


def summarize_sentences(
    passages: list[tuple[str, int]], *, max_sentences: int = 2, max_words: int = 50, **options
) -> list[Span]:
    """Spans of :func:`summarize`, for callers that rebuild the text from the source."""
    return summarize(passages, max_sentences=max_sentences, max_words=max_words, **options)[1]


def bullets_from_summary(summary: str) -> list[str]:
    """Split a summary into bullet lines: one per sentence, at least one when non-empty."""
    summary = summary.strip()
    if not summary:
        return []
    return [summary[s:e].strip() for s, e in split_sentences(summary)] or [summary]


# -- headlines --------------------------------------------------------------------------

# -- a cardinal counts only with its stop ("One, …", "Two: …"): "One way to …" opens a thesis
_MARKER = lazy_compile(
    r"^(?:and\s*,?\s*)?(?:(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)(?:ly)?|finally|lastly|last|\(?\d{1,2}[.)]"
    r"|recommendation\s+\d{1,2}\s*[:.])\s*[,.:;—–-]?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[,.:;—–-])\s+",
    re.I,
)
_LEAD_WORDS = (
    r"(?:by|given|in|to|as|while|with|although|though|if|when|since|after|before|because"
    r"|despite|for|under|through|beyond|rather than|in order to)\b"
)
_LEADS_WITH = lazy_compile(_LEAD_WORDS, re.I)
_CONDITION = re.compile(r"if\b", re.I)
_LEAD_CLAUSE = lazy_compile(rf"^{_LEAD_WORDS}[^,;:—]{{3,90}}[,—]\s+(?=\S)", re.I)
_SUBJECT = r"(?:we|i|you|they|let’s|let's|let us)\b"
# -- a speaker's "And let's …", "But to compete …, we …" opens the sentence, not its thesis
# -- (only before a subject or a fronted clause: German "So lagern Sie …" keeps its "So") --
_COORDINATOR = lazy_compile(
    rf"^(?:and|but|so|yet|now),?\s+(?=(?:{_LEAD_WORDS}|{_SUBJECT}|instead of\b))", re.I
)
# -- "Therefore, California must …": the thesis is what follows the connective
_CONNECTIVE = lazy_compile(
    r"^(?:therefore|thus|hence|accordingly|consequently|as such|in short|in sum|in conclusion"
    r"|to conclude|to sum up),\s+(?=\S)",
    re.I,
)
# -- after a fronted clause that holds commas of its own ("As Ms X, who is here tonight, has
# -- shown, we must …"), the main clause starts at the comma or dash followed by its subject --
_SUBJECT_AFTER = lazy_compile(rf"[,—]\s*(?={_SUBJECT})", re.I)

# -- words that open a subordinate or relative clause: the best place to stop a thesis
_CLAUSE_OPENERS = word_set(
    "that which who whom whose where when while because so although though unless whereas "
    "including especially rather since"
)
# -- after a comma these start a clause the thesis can do without ("…, because …")
_SUBORDINATORS = word_set(
    "because since although though unless whereas while so rather including especially which"
)
# -- "of" is missing on purpose: cutting before it strands a noun ("a core part")
_BREAK_BEFORE = word_set(
    """
    in for to from with by on at as into over under through across against between among
    within without toward towards about after before during because since while whereas which
    who that where when so and or but rather than including especially such via
    """
)
_DANGLING_END = (
    word_set(
        """
    the a an of and or but in to for with from by on at as its their his her our your this that
    these those into over under than via is are be was were will would should must can could
    not nor so such which who whose whom where when while including especially very more most
    separate different distinct similar equal able unable due according prior regardless
    instead rather away apart aside relative compared related subject next close
    """
    )
    | WEAK_WORDS_ABROAD
    | word_set("mit dem")  # -- a cut sentence is no title: it ends on no MIT, no DEM
)
# -- the words a headline may never end on, even when the text offers nothing better
_STRICT_END = word_set("the a an of and or in to")
_CLAUSE_PUNCT = ",;:—–("


# -- a heading is its author's own headline: cut only when longer than a slide title holds
HEADING_WORDS = 20


def headline(text: str, *, max_words: int = 15, whole: bool = False) -> str:
    """The thesis of a recommendation: its first sentence's main clause, at most ``max_words``.

    The ordinal marker and a leading subordinate clause ("By applying …,") go;
    a long sentence is cut at a clause boundary, else before a preposition or
    conjunction, never mid-word and never ending on "the"/"of"/"and". A heading
    is ``whole``: one thought, not cut into sentences at an inner question mark
    ('Develop a personal "Should I buy this?" test'). Its author ended it where
    it ends ("Find someone to talk to") and wrote it as a headline, so it is cut
    only beyond HEADING_WORDS.
    """
    if whole:
        max_words = max(max_words, HEADING_WORDS)
    text = _MARKER.sub("", " ".join(text.split()), count=1)
    spans = [] if whole else split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    # -- a heading's condition says whom its advice is for ("If you have a mortgage, consider
    # -- paying it off"): the author's headline keeps it; a purpose or means clause still goes
    main = first if whole and _CONDITION.match(first) else _main_clause(first)
    if len(main.split()) >= 4:
        first = main
    first = first.strip().rstrip(SENTENCE_STOPS).strip()
    words = first.split()
    if len(words) > max_words:
        words = _cut(words, max_words)
        words = _trim_end(words) or _trim_end(words, _STRICT_END) or words
    elif not whole:  # -- a whole sentence ends where its author ended it: "Maybe an app instead"
        words = _trim_end(words, _STRICT_END) or words
    result = _balance(" ".join(words)).rstrip(_CLAUSE_PUNCT + " -")
    return result[:1].upper() + result[1:]


def _main_clause(sentence: str) -> str:
    """The sentence without its opening conjunction and fronted clause, when it has them.

    "But to compete for the best jobs, we also need to level the playing field" is a
    recommendation to level the playing field; its headline must not be the purpose clause.
    """
    rest = _CONNECTIVE.sub("", _COORDINATOR.sub("", sentence, count=1), count=1)
    if not _LEADS_WITH.match(rest):
        return rest
    subject = _SUBJECT_AFTER.search(rest, 0, 160)
    if subject:
        return rest[subject.end() :]
    return _past_listed_lead(rest) or _LEAD_CLAUSE.sub("", rest, count=1)


# -- a comma of a list inside a fronted clause: one to three words follow it up to the next
# -- comma, or the list's last item after "or"/"and"
_LIST_COMMA = lazy_compile(r",\s+(?:(?:[^\s,;:—]+\s+){0,2}[^\s,;:—]+,|(?:or|and)\s)", re.I)
_CLAUSE_COMMA = lazy_compile(r",\s+(?=\S)")


def _past_listed_lead(sentence: str) -> str:
    """The sentence after a fronted clause that lists things with commas, or "" when none.

    "If a person's situation, medical condition, illness, or injury is relevant
    to the content, be as specific as possible": the clause ends at the first
    comma that does not carry on its list.
    """
    head = sentence[:180]
    for m in _CLAUSE_COMMA.finditer(head):
        if _LIST_COMMA.match(head, m.start()):
            continue
        listed = _LIST_COMMA.match(head, head.find(",")) is not None
        return sentence[m.end() :] if listed and m.start() > head.find(",") else ""
    return ""


def _cut(words: list[str], max_words: int) -> list[str]:
    """The thesis part of an over-long sentence, cut where a reader would pause.

    In order of preference: at a comma that opens a subordinate clause, before
    the first relative clause ("… a plan that sets out …"), at the last clause mark, at a short first
    clause ("Allies should coordinate their lists, because …"), before a
    preposition or conjunction, and only then at the word limit.
    """
    floor = max(3, max_words // 2)
    marks = [n for n in range(1, max_words + 1) if words[n - 1][-1] in _CLAUSE_PUNCT]
    late = [n for n in marks if n >= floor]
    subordinate = [n for n in marks if n >= 4 and _bare(words[n]) in _SUBORDINATORS]
    if subordinate:  # -- "Allies should coordinate their lists, because …"
        return words[: subordinate[0]]
    opener = next(
        (n for n in range(floor, max_words + 1) if _bare(words[n]) in _CLAUSE_OPENERS), None
    )
    if opener is not None and (not late or opener <= late[-1]):
        return words[:opener]
    if late:
        return words[: late[-1]]
    if marks and marks[0] >= 5:
        return words[: marks[0]]
    for n in range(max_words, floor - 1, -1):
        if _bare(words[n]) in _BREAK_BEFORE:
            return words[:n]
    return words[:max_words]


def _bare(word: str) -> str:
    return word.lower().strip("“”\"'(")


_WORD_EDGE = string.punctuation + "“”‘’…—–"  # -- marks around a word: ":A" is still "a" --


def _trim_end(words: list[str], dangling: frozenset[str] = _DANGLING_END) -> list[str]:
    """Drop trailing clause marks and words that leave a phrase hanging ("… of the")."""
    words = list(words)
    while words:
        words[-1] = words[-1].rstrip(_CLAUSE_PUNCT + " -")
        if words[-1] and words[-1].strip(_WORD_EDGE).lower() not in dangling:
            break
        words.pop()
    return words


BRACKET_TAIL = 3  # -- words: an aside cut this short ("(i.e.") says nothing on its own


def _balance(text: str) -> str:
    """Drop a word-opening quote or bracket whose partner the cut removed.

    A bracket opened in the last few words goes with what follows it: "a baseline wage
    (i.e." reads "a baseline wage", not "a baseline wage i.e.".
    """
    pairs = (("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’"), ('"', None))
    for opener, closer in pairs:
        while (
            (text.count(opener) % 2) if closer is None else text.count(opener) > text.count(closer)
        ):
            starts = [
                i for i, c in enumerate(text) if c == opener and (i == 0 or text[i - 1] == " ")
            ]
            if not starts:
                break
            i = starts[-1]
            aside = opener in "([" and i > 0 and len(text[i:].split()) <= BRACKET_TAIL
            text = text[:i].strip() if aside else (text[:i] + text[i + 1 :]).strip()
    return text


def _shorten(sentence: str, max_words: int) -> tuple[str, int]:
    """A too-long sentence cut like a headline, with "…"; also returns the kept length."""
    words = _trim_end(_cut(sentence.split(), max_words))
    if not words:
        words = sentence.split()[:max_words]
    kept = " ".join(words)
    end = _find_end(sentence, words)
    return kept + "…", end


def _find_end(sentence: str, words: list[str]) -> int:
    pos = 0
    for w in words:
        pos = sentence.find(w, pos) + len(w)
    return pos
