"""The numbering style of a heading's label, in any script: "2.", "(a)", "IV.", "一、", "（一）", "第三节".

Outlines nest by numbering style as much as by type: a report numbers its parts
"第一节", their sections "一、", the points under those "（一）" and "1、"; a
memo numbers "I.", "A.", "1.", "(a)". Which style sits above which is the order
in which a document first uses them, whatever the language, so the style
itself (how the number is written and what encloses it) is what is compared,
never the words after it.
"""

from __future__ import annotations

import itertools
import re

from briefing_app.core.scripts import script

_CJK_DIGITS = "一二三四五六七八九十百零〇两"
# -- what a CJK numbered label is: "第三节", "一、", "（一）", "(1)", "1、"; the label may run
# -- straight into its words, as Chinese writes no space after "、"
_LABEL = re.compile(
    rf"^(?P<open>[(（])?(?P<di>第)?"
    rf"(?P<num>\d{{1,3}}|[{_CJK_DIGITS}]{{1,4}}|[IVX]{{1,5}}|[ivx]{{1,5}}|[A-Za-z]|[①-⑳])"
    rf"(?P<unit>(?(di)[章节節篇部条條款项項回]))"
    rf"(?P<close>(?(open)[)）]|[.、)）]?))"
)


def _kind(num: str) -> str:
    if "①" <= num[0] <= "⑳":  # -- (str.isdigit holds for these too)
        return "①"
    if num.isdigit():
        return "1"
    if num[0] in _CJK_DIGITS:
        return "一"
    if len(num) == 1 and num not in "IVXivx":
        return "A" if num.isupper() else "a"
    return "I" if num.isupper() else "i"


def numbering_style(text: str) -> str | None:
    """The style of the number a heading opens with ("（一）" → "(一)", "1、" → "1、"), else None.

    A label needs something to close it ("、", ".", ")", "节") and words after it;
    a bare number or a year ("2018 年") is no label. Decimal labels ("2.3")
    are left to their depth of dots (see detect).
    """
    m = _LABEL.match(text.strip())
    if not m:
        return None
    rest = text.strip()[m.end() :]
    closed = m["close"] or m["unit"] or _kind(m["num"]) == "①"
    if not closed or not rest.strip() or (m["close"] == "." and rest[:1].isdigit()):
        return None
    if m["close"] in (".", ")") and not rest[:1].isspace() and not script("unspaced").match(rest):
        return None  # -- "U.S. policy", "a)b": Latin labels stand apart from their words
    opening = "(" if m["open"] else ""
    closing = {"）": ")"}.get(m["close"], m["close"])
    return f"{opening}{m['di'] or ''}{_kind(m['num'])}{m['unit']}{closing}"


def written_without_spaces(style: str | None) -> bool:
    """A style of the scripts that write no spaces ("一、", "（一）", "1、", "第一节", "①").

    Such a label opens a heading as surely as "2.3" does: Chinese and Japanese
    lists use other marks ("·", "●"), never these, for items.
    """
    return style is not None and any(c in style for c in "一、第①")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral of I, V and X in either case ("IV" 4, "ix" 9, "xii" 12)."""
    values = [_ROMAN_VALUES[c] for c in numeral.upper()]
    return sum(
        -v if v < nxt else v for v, nxt in itertools.zip_longest(values, values[1:], fillvalue=0)
    )


# -- a heading's count: "Step 4: Criteria", "Question (1) — …", "3. Methods"; not "1.2 Scope"
_COUNT = re.compile(
    r"^(?:(?P<word>[^\W\d_]{2,16})\s+)?#?\(?(?P<n>\d{1,2})\)?\s*[.:)–—-](?!\d)\s*\S"
)


def heading_count(text: str) -> tuple[str, int] | None:
    """The label word (lower case, "" for a bare number) and the number a heading counts by.

    "Step 3: The Alternatives" is ("step", 3): the next of its series is "Step 4: …".
    """
    m = _COUNT.match(text.strip())
    return ((m["word"] or "").lower(), int(m["n"])) if m else None
