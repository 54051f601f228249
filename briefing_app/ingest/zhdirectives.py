"""A Chinese text's own directives: the clauses that open with "要" ("we must …") or hold "必须".

Chinese policy writing advises without "should" or a list: a clause that
opens with the modal "要" ("要释放消费潜力，…。", "这次的疫情冲击提醒我们，要更加关注…")
or "我们要", or one whose subject "必须" act ("扩大内需必须靠政策助力。"), is the
author telling the reader what to do. The same words are no advice when:

- "要" is part of a noun or a conjunction ("要素", "要求", "只要", "重要"): only a
  clause that *opens* with the modal counts, and never with those nouns;
- "要" sits inside a clause ("就是要…" explains, "不是要…" denies, "始终要…" describes);
- the sentence reports someone else's words ("总书记指出，要…", "理论认为，…应该…"):
  a clause ending in a reporting verb before it makes the sentence, and the
  rest of its paragraph, someone else's directive;
- the sentence is a question or opens a quotation.

A text makes such directives as a habit or not at all: fewer than
LEAST_DIRECTIVES in the whole text are a news report's passing "要" and count
for nothing.
"""

from __future__ import annotations

from briefing_app.core.lazy_pattern import lazy_compile
from briefing_app.core.text import split_sentences
from briefing_app.ingest.recommendations import Found

LEAST_DIRECTIVES = 3

# -- "要" that is a noun, a verb of its own or part of a word ("要求", "要素", "要是", "要么")
_YAO_WORD = "求素是么点闻害紧员务塞领旨"
_CLAUSE = lazy_compile(r"[^，,；;：:、]+")
# -- the clause's own opening: "要…", "我们要…", "我们必须…", "各地要…" is a subject too long to tell
_OPENS_MODAL = lazy_compile(rf"^(?:(?:我们|咱们)(?:都|也|还|更|就)?)?(?:要(?![{_YAO_WORD}])|必须)")
# -- "X必须Y" with a subject of its own ("扩大内需必须靠政策助力"); "不必须" is no directive
_MUST = lazy_compile(r"(?<![不未])必须")
# -- a clause that hands the sentence over to someone else: "…指出", "…提出", "…认为"
_REPORTS = lazy_compile(r"(?:指出|提出|强调|表示|认为|称|说|要求|提到|写道|宣布|透露|主张)$")
_CJK = lazy_compile(r"[\u4e00-\u9fff]")
_OPENS_QUOTE = lazy_compile(r"^\s*[“「『\"]")


def find_directives(texts: list[str]) -> list[Found]:
    """Each sentence of a Chinese text that directs the reader (see the module docstring)."""
    found: list[Found] = []
    for k, text in enumerate(texts):
        if "要" not in text and "必须" not in text:
            continue  # -- most paragraphs, and every text in another script
        reported = False
        for s, e in split_sentences(text):
            sentence = text[s:e]
            kind = _directive(sentence)
            reported = reported or kind == "reported"
            if kind == "own" and not reported:
                found.append(Found(ordinal=len(found) + 1, blocks=(k,), marker="", span=(s, e)))
    return found if len(found) >= LEAST_DIRECTIVES else []


def _directive(sentence: str) -> str:
    """Its kind: "own" for the author's directive, "reported" for someone else's, "" for neither."""
    if not _CJK.search(sentence) or _OPENS_QUOTE.match(sentence):
        return ""
    if sentence.rstrip().endswith(("？", "?")):
        return ""
    clauses = [c.strip() for c in _CLAUSE.findall(sentence)]
    for n, clause in enumerate(clauses):
        if _OPENS_MODAL.match(clause) or (n == 0 and _MUST.search(clause)):
            if any(_REPORTS.search(before) for before in clauses[:n]):
                return "reported"
            return "own"
    return ""
