"""Saved web pages: trafilatura strips navigation, ads, share bars and footers; we keep the structure."""

from __future__ import annotations

import html as html_entities
import re
from collections import Counter
from copy import deepcopy

from lxml import etree

from briefing_app.core.document import Document, table_text
from briefing_app.core.errors import UserError
from briefing_app.core.text import without_typed_bold
from briefing_app.ingest.assemble import Piece, assemble
from briefing_app.ingest.dates import page_language, reading_locale
from briefing_app.ingest.pagefurniture import box_lines, furniture_headings
from briefing_app.ingest.pagefurniture import key as heading_key
from briefing_app.ingest.pagemeta import (
    PageMeta,
    guessed_name,
    in_sign_in_box,
    parse_page,
    printed_beside,
    read_page_meta,
)
from briefing_app.ingest.subheads import levelled

_HEADING_TAG = re.compile(r"<h[1-6][\s>]", re.I)
_GLYPH_BULLET = re.compile(r"^[·•▪◦§o\uf0b7\uf0a7]\s+(?=\S)")
_BODY_OPEN = re.compile(r"<body[^>]*>", re.I)
_META_KEYS = {
    "title": "title",
    "author": "author",
    "date": "date",
    "publication": "sitename",
    "standfirst": "description",
}


def parse_html(html: str, *, name: str = "") -> Document:
    """The main article text of a page as blocks, with title/author/date/site from its metadata."""
    xml = _extract(html)
    if xml and "<head" not in xml and _HEADING_TAG.search(html):
        # -- trafilatura keeps headings only inside an article-like container; pages with
        # paragraphs straight under <body> (pandoc, "Save as Web Page") lose them otherwise --
        wrapped = _BODY_OPEN.sub(r"\g<0><article>", html, count=1).replace(
            "</body>", "</article></body>"
        )
        retry = _extract(wrapped)
        if retry and "<head" in retry:
            xml = retry
    if not xml:
        raise UserError(f"{name} has no readable article text (is it a saved web page?).")
    root = etree.fromstring(xml.encode("utf-8"), _parser())
    main = root.find("main")
    _split_headed_blocks(root)
    pieces = levelled(_pieces(main if main is not None else root, depth=0))
    if not pieces:
        raise UserError(f"{name} has no readable article text (is it a saved web page?).")
    metadata = {key: _unescaped(root.get(attr) or "") for key, attr in _META_KEYS.items()}
    metadata["publication"] = _COPYRIGHT.sub("", metadata["publication"])
    metadata["language"] = page_language(html)
    tree = parse_page(html)
    with reading_locale(metadata["language"]):  # -- "07.12.2017" in a title, as the page writes it
        page = read_page_meta(html, root=tree)
    # -- what the page declares wins over trafilatura's guesses ("Username" from a sign-in box,
    # -- a print-edition date from the address, a founding date from a wiki's infobox) --
    metadata["author"] = page.author or guessed_name(metadata["author"])
    if not page.author and _login_only(metadata["author"], html):
        metadata["author"] = ""  # -- "Rfg": a commenter's login the page prints in lower case
    if not page.author:
        metadata["author"] = _with_printed_initials(metadata["author"], html)
    if not page.author and _placeholder(metadata["author"]):
        metadata["author"] = ""  # -- "Name; Email Com": a theme's author field left unfilled
    if _SLUG.fullmatch(metadata["title"]):
        metadata["title"] = ""  # -- no title: the page's h1 or first line says it (detect)
    if page.headline and (
        page.names_no_one(metadata["title"])
        or _retitled(page.headline, metadata["title"])
        or _first_part(page.headline, metadata["title"])
        or _abridged(page.headline, metadata["title"])
        or _shortened(page.headline, metadata["title"])
        or _bracket_added(page.headline, metadata["title"])
        or _kicker_added(page.headline, metadata["title"])
        or _reworded_kicked(page, metadata["title"])
        or _off_title(page.headline, metadata["title"], page.page_title)
    ):
        metadata["title"] = page.headline  # -- the site's name, or a search-engine rewording
    if other := _beside_site_part(metadata["title"], page.page_title, metadata["publication"]):
        metadata["title"] = other  # -- "Site - Headline" read as the site's part alone
    metadata["title"] = _without_site_name(
        _before_trail(metadata["title"]), metadata["publication"]
    )
    # -- trafilatura's guess was the column's name: "Letters", or the label of a printed date:
    # -- "Submitted" of "Submitted on Mon, 2019-01-21". A writer the page itself declares stays
    # -- even when the site is named after them ("Julia" of crazy-julia.de)
    guessed = metadata["author"] != page.author
    if guessed:
        metadata["author"] = _without_site_parts(metadata["author"], page)
    if (
        (guessed and page.names_no_one(metadata["author"]))
        or page.labels_a_date(metadata["author"])
        # -- or the byline of a teaser box in the text, or a photo's credit (pagemeta.printed_beside)
        or (guessed and printed_beside(tree, metadata["author"]))
        or (guessed and in_sign_in_box(tree, metadata["author"]))
    ):
        metadata["author"] = ""
    metadata["title"] = _without_author_label(metadata["title"], metadata["author"])
    metadata["date"] = page.date or ""
    metadata["standfirst"] = metadata["standfirst"] or page.description
    metadata["title"] = _printed_without_label(metadata["title"], pieces)
    pieces = _without_title_repeats(pieces, metadata["title"])
    pieces = _without_teaser_groups(pieces)
    pieces = _without_furniture_headings(pieces, furniture_headings(tree))
    pieces = _without_box_lines(pieces, box_lines(tree))
    pieces = _boxes_unheaded(pieces, metadata["title"])
    pieces = _standfirst(metadata, pieces, deks=page.deks)
    return assemble(pieces, metadata=metadata, name=name, source_format="html")


PRINTED_REACH = 12  # -- the first pieces of the text, where a page prints its headline


def _printed_without_label(title: str, pieces: list[Piece]) -> str:
    """The headline as the page prints it, when the declared title adds a label before it.

    "Arya News - Liquidity of 50 trillion …" declared, "Liquidity of 50 trillion
    …" printed over the story: the part before the separator is the agency's
    name, however it is spelt, and the printed line is the title.
    """
    if not _LABEL_SEPARATOR.search(title):  # -- cheap test first (issue 20)
        return title
    printed = {" ".join(p.text.split()) for p in pieces[:PRINTED_REACH]}
    for m in _LABEL_SEPARATOR.finditer(title):
        rest = " ".join(title[m.end() :].split())
        if len(rest) >= 8 and rest in printed:
            return rest
    return title


_LABEL_SEPARATOR = re.compile(r"\s+[|｜–—-]\s+")


def _without_author_label(title: str, author: str) -> str:
    """The headline without the columnist's name a portal puts before it ("王文：中美贸易…").

    A Chinese opinion column is listed under its writer's name and a colon; the
    name is the byline, not part of what the piece is called. Only the page's own
    author counts (a quoted speaker's "Obama: …" stays), and only before a colon.
    """
    if not author or not title.startswith(author):  # -- cheap test first (issue 20)
        return title
    rest = title[len(author) :]
    if rest[:1] in ("：", ":") and len(rest.strip("：: ")) >= 4:
        return rest.strip("：: ")
    return title


# -- a copyright line the page declares in place of its name: "© 2016 aryanews.com" --
# -- ("Copyright Clearance Center" is a name: the word alone counts only before a year) --
_COPYRIGHT = re.compile(
    r"^(?:(?:copyright\s*)?(?:©|\(c\))|copyright(?=\s*\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\b)?[\s,.]*",
    re.I,
)


def _unescaped(value: str) -> str:
    """A meta value with its character references resolved, however often the page escaped them.

    A page's template may escape a value it has escaped already: "&amp;amp;amp;copy; 2016"
    in a copyright meta reached the title slide as "&amp;copy; 2016".
    """
    for _ in range(4):
        if "&" not in value:
            break
        value = html_entities.unescape(value)
    return value


_WORD = re.compile(r"[^\W_]{3,}")
_ANY_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = re.compile(r"[|:»/–—]|\s-\s")


# -- an address's last part given as the title ("adac-kindersitztest-herbst-2018" in og:title)
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}")
_PART_BREAK = re.compile(r"\s+[|–—»·•-]\s+")


TRAIL_WORDS = 4  # -- the most words of a part of a <title>'s trail (a section, the site's name)


def _before_trail(title: str) -> str:
    """A <title> without the trail of sections and site after it ("… » Local » Noticias » Site").

    Two or more of the same separator and every part after the first short:
    the page's place on the site, printed after the headline for browser tabs.
    A spaced colon trails only parts of one or two words ("見出し : 政治 : ニュース"):
    French sets a subtitle behind " : ", which is longer.
    """
    for sep in (" » ", " | ", " - ", " – ", " — ", " · ", " • ", " : "):
        parts = title.split(sep)
        if len(parts) < 3:
            continue
        head, trail = parts[0].strip(), parts[1:]
        most = 2 if sep == " : " else TRAIL_WORDS
        if _long_head(head) and all(0 < len(p.split()) <= most for p in trail):
            return head
    return title


# -- a headline in Chinese, Japanese or Korean: its words are not set apart by spaces
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CJK_HEAD_LETTERS = 8


def _long_head(head: str) -> bool:
    """A headline longer than a trail's part: more than TRAIL_WORDS words, or eight CJK letters."""
    return len(head.split()) > TRAIL_WORDS or len(_CJK_LETTER.findall(head)) >= CJK_HEAD_LETTERS


# -- a separator, set with or without spaces: "NEWS WEB EASY|…", "…-新华网", "… | NASA", "… • site"
_ANY_SEPARATOR = r"\s*[|｜:：–—»·•_-]\s*"
# -- a Chinese portal's name after its headline, unspaced: "-新华网", "_新闻频道_央视网"; an ASCII
# -- separator is no Chinese punctuation, so a short run of Han characters after one is the site's
_CJK_SITE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff！？」”）])[-_|｜][\u4e00-\u9fff]{2,8}$")


def _without_site_name(title: str, site: str) -> str:
    """A <title> without the site's name (og:site_name) before or after it, and a portal's tail.

    Pages put their name in front of the headline ("NEWS WEB EASY|子ども…") as
    often as after it; a separator with or without spaces sets it apart.
    """
    if site and len(site) < len(title):
        name = re.escape(" ".join(site.split()))
        for pattern in (
            rf"^{name}{_ANY_SEPARATOR}(?P<rest>.+)$",
            rf"^(?P<rest>.+?){_ANY_SEPARATOR}{name}$",
        ):
            if (m := re.match(pattern, title, re.I)) and len(m.group("rest")) >= 4:
                title = m.group("rest").strip()
                break
    while (m := _CJK_SITE_TAIL.search(title)) and m.start() >= 6:
        title = title[: m.start()]
    return title


def _shortened(headline: str, title: str) -> bool:
    """The declared title is the printed headline cut short: "How to Care for Hydrangeas" of
    "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block".

    The headline goes on from the title's last word with more words, no separator
    between: a section label ("Letters: …") would come before, a site name after one.
    """
    h = " ".join(headline.split())
    t = " ".join(title.split())
    return (
        len(t.split()) >= 3
        and h.casefold().startswith(t.casefold() + " ")
        and re.match(r"\w", h[len(t) + 1 :]) is not None
    )


# -- a bracketed note a share title adds after the headline: "（写真＝ロイター）" (photo: Reuters),
# -- "(Video)", "[Photos]"
_ADDED_BRACKET = re.compile(r"\s*[(（\[［][^()（）\[\]［］]{1,40}[)）\]］]\s*$")


def _bracket_added(headline: str, title: str) -> bool:
    """The declared title is the printed headline with a bracketed note after it (a photo credit)."""
    m = _ADDED_BRACKET.search(title)
    h = " ".join(headline.split()).casefold()
    return m is not None and len(h) >= 8 and " ".join(title[: m.start()].split()).casefold() == h


_TWO_PARTS = re.compile(r"\s+[|–—-]\s+")


def _beside_site_part(title: str, page_title: str, site: str) -> str | None:
    """The other part of a two-part <title> when the declared title is the part naming the site.

    "Council Group of Erfurt - School Extension Approved": an extractor may keep
    the first part, which holds every word of the site's name (stems too, "Erfurter"
    of "Erfurt"); the headline is the part beside it.
    """
    parts = [p.strip() for p in _TWO_PARTS.split(page_title)]
    title = " ".join(title.split()).casefold()
    # -- an extractor may give the headline as the site's name too: then it names no site
    if (
        len(parts) != 2
        or title != parts[0].casefold()
        or title == " ".join(site.split()).casefold()
    ):
        return None
    named = [w.casefold() for w in _WORD.findall(site) if len(w) >= 3]
    head = [w.casefold() for w in _WORD.findall(parts[0])]
    other = [w.casefold() for w in _WORD.findall(parts[1])]
    if not named or len(other) < 2 or any(w.startswith(n) for n in named for w in other):
        return None
    return parts[1] if all(any(w.startswith(n) for w in head) for n in named) else None


# -- what a kicker adds before the headline in a declared title: "Zugverkehr: ", "Analysis | "
_KICKER_PREFIX = re.compile(r"\s*\w[^:|–—]{0,40}?\s*[:|–—]\s*")
KICKER_WORDS = 4  # -- the most words of a kicker


def _kicker_added(headline: str, title: str) -> bool:
    """The declared title is the printed headline with the h1's kicker before it ("Zugverkehr: …").

    A news page sets a topic label inside its h1, in a span classed as a kicker,
    and its <title> keeps it; the headline read without the kicker is the title.
    """
    h = " ".join(headline.split())
    t = " ".join(title.split())
    if len(h) < 12 or len(t) <= len(h) or not t.casefold().endswith(h.casefold()):
        return False
    prefix = t[: len(t) - len(h)]
    return bool(_KICKER_PREFIX.fullmatch(prefix)) and len(prefix.split()) <= KICKER_WORDS


def _reworded_kicked(page: PageMeta, title: str) -> bool:
    """The <title> rewords a headline the page prints under a kicker of its own element.

    "Grüne in Sachsen-Anhalt beklagen …" for search engines, and in the h1 a kicker
    span over "Kontrolle 'nicht mehr möglich': Grüne …": a headline laid out in
    parts is the article's own, and it shares words with the title it is reworded to.
    """
    head = {w.casefold() for w in _WORD.findall(page.headline)}
    tail = {w.casefold() for w in _WORD.findall(title)}
    return page.kicked and len(head) >= 3 and len(head & tail) >= 2


# -- the words a theme's author field holds before anyone fills it: "name, email@example.com"
_PLACEHOLDER_WORDS = frozenset({"name", "your", "author", "email", "e-mail", "mail", "com"})


def _without_site_parts(guess: str, page: PageMeta) -> str:
    """A guessed author without the parts naming the site ("red; ORF at; Agenturen").

    A story the newsroom puts together is signed with the desk's abbreviation, the
    site and "agencies"; the site's part names no writer, and what is left is only
    newsroom words (detect drops those as a desk's credit).
    """
    parts = [p.strip() for p in guess.split(";")]
    if len(parts) < 2:
        return guess
    kept = [p for p in parts if not page.names_no_one(p)]
    return "; ".join(kept) if len(kept) < len(parts) else guess


def _placeholder(guess: str) -> bool:
    """A guessed author made only of a template's slot words ("Name; Email Com"), no person."""
    words = re.findall(r"[\w-]+", guess.casefold())
    return bool(words) and all(w in _PLACEHOLDER_WORDS for w in words)


def _login_only(guess: str, html: str) -> bool:
    """A one-word guessed author the page prints only in lower case: a login, not a name.

    trafilatura capitalises what it takes from a comment's author link ("rfg"
    becomes "Rfg"); a person's name is printed with its capital somewhere.
    """
    word = guess.strip()
    if not word or " " in word or not word[:1].isupper():
        return False
    printed = re.findall(rf"(?<![\w@/.-]){re.escape(word)}(?![\w@.-])", html, re.I)
    return bool(printed) and all(p == p.lower() for p in printed)


def _with_printed_initials(guess: str, html: str) -> str:
    """A guessed author with the full stops of its initials as the page prints them.

    trafilatura drops the stop after an initial ("John Q. Public" becomes "John Q
    Public"); the page's own spelling is the name's.
    """
    words = guess.split()
    if not any(len(w) == 1 and w.isupper() for w in words):
        return guess
    spelled = r"\s+".join(
        re.escape(w) + (r"\." if len(w) == 1 and w.isupper() else "") for w in words
    )
    printed = re.search(rf"(?<![\w.]){spelled}(?!\w)", html)
    return " ".join(printed.group().split()) if printed else guess


def _off_title(headline: str, guess: str, page_title: str) -> bool:
    """The guessed title is some other heading ("Temas relacionados") the <title> never names.

    The <title> opens with the printed headline ("Headline - 30/01/2017 - Ciência -
    Site"), and the guess shares no word with it: a box's heading lower on the page.
    """
    named = {w.casefold() for w in _WORD.findall(page_title)}
    guessed = {w.casefold() for w in _WORD.findall(guess)}
    opens = _first_part(headline, page_title) or _same_words(headline, page_title)
    return opens and bool(guessed) and not guessed & named


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _first_part(headline: str, title: str) -> bool:
    """The <title> is the printed headline followed by its section and site ("… » Local » Site").

    A site name of several parts is not one suffix the title reader can strip, but
    the h1 tells where the headline ends.
    """
    h = " ".join(headline.split()).casefold()
    t = " ".join(title.split()).casefold()
    return len(h) >= 12 and t.startswith(h) and bool(_PART_BREAK.match(t, len(h)))


def _abridged(headline: str, title: str) -> bool:
    """The declared title is the printed headline with words left out of its middle.

    A share title (og:title) is often shortened for social cards: "15 Tips to
    Overcome Binge Eating" for the printed "15 Helpful Tips to Overcome Binge
    Eating". The headline keeps the title's words in order, with its first and
    last and its separators, and adds at most a third more words; the printed one
    is the article's.
    """
    head = [w.casefold() for w in _ANY_WORD.findall(headline)]
    tail = [w.casefold() for w in _ANY_WORD.findall(title)]
    if len(tail) < 3 or not len(tail) < len(head) <= len(tail) * 4 // 3 + 1:
        return False
    if head[0] != tail[0] or head[-1] != tail[-1]:
        return False
    if _SEPARATORS.findall(headline) != _SEPARATORS.findall(title):
        return False  # -- "Letters to the Editor | Letters: …": a section label, not a word more
    words = iter(head)
    return all(w in words for w in tail)  # -- a subsequence: each found after the previous


def _retitled(headline: str, title: str) -> bool:
    """The page prints a headline the <title> rewords ("… Der Schlachtplan" over "… Die 8 Tipps").

    Sites write <title> for search engines and tabs, with a site suffix or other
    words, and print the article's own headline in its h1. The h1 is that
    headline when it shares two or more words with <title>, half the words of the
    shorter of the two, and neither holds all the other's words: a site's
    name in an h1 is a part of the title, and an h1 holding the title under a
    section label ("Letters to the Editor | Letters: …") adds nothing to it.
    """
    head = {w.casefold() for w in _WORD.findall(headline)}
    tail = {w.casefold() for w in _WORD.findall(title)}
    shared = len(head & tail)
    return (
        len(head) >= 3
        and shared >= 2
        and shared * 2 >= min(len(head), len(tail))
        and not head <= tail
        and not tail <= head  # -- the title under a section kicker the h1 also holds
    )


# -- trafilatura drops every character Python calls non-printable, the zero-width non-joiner and
# -- joiner among them: Persian writes "اصلاح‌طلبان" with one inside a word, and without it the
# -- letters join into another spelling. They cross it as two letters of a dead script (printable,
# -- word characters, never in a page that has joiners) and come back in its output --
_JOINERS = (
    (re.compile(r"\u200c|&zwnj;|&#8204;|&#x0*200c;", re.I), "\u200c", "\U00010330"),
    (re.compile(r"\u200d|&zwj;|&#8205;|&#x0*200d;", re.I), "\u200d", "\U00010331"),
)


# -- a line the page's own markup calls a subhead: <div class="pf_subheadline">Who pays …?</div>
_CLASSED_SUBHEAD = re.compile(
    r"<(div|p|span)\b[^>]{0,200}?\bclass=\"[^\"]{0,100}?"
    r"(?:sub-?head(?:line|ing)?|cross-?head|inter-?titre|zwischen-?(?:titel|[üu]berschrift))"
    r"[^\"]{0,100}\"[^>]{0,200}>([^<]{1,200})</\1>",
    re.I,
)
_SUBHEAD_HINT = re.compile(r"subhead|crosshead|intertitre|zwischen", re.I)
SUBHEAD_RUN = 2  # -- a series of them parts the text; one alone under the headline is its deck


def _classed_subheads(html: str) -> str:
    """Lines whose class names them subheads, as the headings they are (``<h3>``).

    Trafilatura reads a ``<div class="pf_subheadline">`` as a paragraph, and
    the questions that part an explainer are lost as sections. Only a series
    counts: a page with one "subheadline" has set its deck so, under the title,
    and a line printed twice ("Available for everyone, funded by readers") is a box.
    Pages that never say "subhead" are passed over (the cheap pre-check).
    """
    if not _SUBHEAD_HINT.search(html):
        return html
    seen = Counter(" ".join(text.split()) for _, text in _CLASSED_SUBHEAD.findall(html))
    once = {text for text, n in seen.items() if n == 1}  # -- a box printed twice is furniture
    if len(once) < SUBHEAD_RUN:
        return html

    def heading(m: re.Match[str]) -> str:
        text = " ".join(m.group(2).split())
        return f"<h3>{m.group(2)}</h3>" if text in once else m.group(0)

    return _CLASSED_SUBHEAD.sub(heading, html)


# -- a heading whose whole text a block <div> wraps: <h2><div><a name="…"></a>1. Calipers</div></h2>
_WRAPPED_HEADING = re.compile(
    r"<(h[1-6])\b([^>]{0,300})>\s*<div\b[^>]{0,300}>((?:(?!</?(?:div|h[1-6])\b).){0,2000}?)"
    r"</div>\s*</\1>",
    re.I | re.S,
)
_WRAPPED_HINT = re.compile(r"<h[1-6]\b[^>]{0,300}>\s*<div\b", re.I)


def _unwrapped_headings(html: str) -> str:
    """Headings without the block ``<div>`` a site's template wraps their whole text in.

    A heading holds phrasing content only; some templates still put a ``<div>``
    around it, holding the anchor a table of contents links to. Trafilatura drops
    such a heading when the div opens with that (empty) anchor, and a guide's
    numbered methods are lost as sections. The div adds nothing to the heading:
    its text, and the heading's own tag and attributes, stay as they are.
    """
    if not _WRAPPED_HINT.search(html):
        return html
    return _WRAPPED_HEADING.sub(r"<\1\2>\3</\1>", html)


# -- a heading the page hides from sight: a landmark's label kept for screen readers
# -- (<h2 class="conHeadline hidden">Hauptinhalt</h2>, class "sr-only", the hidden attribute)
_HIDDEN_HEADING = re.compile(
    r"<(h[1-6])\b(?=[^>]{0,300}?(?:\bclass=\"(?:[^\"]{0,200}?\s)?"
    r"(?:hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|offscreen)[\"\s]"
    r"|\shidden(?:[\s>=]|$)|\baria-hidden=\"true\"))[^>]{0,300}>[^<]{0,200}</\1>",
    re.I,
)


def _without_hidden_headings(html: str) -> str:
    """Headings the page hides dropped: a reader of the page never sees them.

    News templates label their regions for screen readers with headings set
    hidden by a class ("Hauptinhalt", "Main content", "Neuer Abschnitt");
    read from the markup they would open sections of the article.
    """
    return _HIDDEN_HEADING.sub("", html)


# -- a paragraph that is only a bold link with a headline's words: "<p><b><a …>Supt. King's plan
# -- is short on specifics</a></b></p>" (an address, "jo@paper.com", is a byline's)
_LINK_TEASER = re.compile(
    r"<p\b[^>]{0,200}>\s*<(b|strong)\b[^>]{0,100}>\s*<a\b[^>]{0,500}>"
    r"[^<@]{0,300}?\S\s+\S+\s+\S[^<@]{0,300}</a>\s*</\1>\s*</p>",
    re.I,
)


def _without_link_teasers(html: str) -> str:
    """Paragraphs that are only a bold link to another story dropped: a teaser, not a subhead.

    A news page lists related stories under its text as bold links, one to a
    paragraph; with the links gone from the extracted text each reads as a
    bold one-line subhead. A subhead names part of this article; a linked
    headline points to another one.
    """
    return _LINK_TEASER.sub("", html)


def _extract(html: str) -> str | None:
    # -- deferred: trafilatura is slow to import (start-up time) --
    import trafilatura

    html = _without_link_teasers(_without_hidden_headings(html))
    html = _unwrapped_headings(_classed_subheads(html))

    kept = [joiner for joiner in _JOINERS if joiner[0].search(html)]
    if any(stand_in in html for _, _, stand_in in kept):
        kept = []  # -- the page writes those letters itself: leave it as it is
    for pattern, _, stand_in in kept:
        html = pattern.sub(stand_in, html)
    xml = trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=True,
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # -- only dates the page declares: the default guesses one from "© 2021" in a footer --
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    for _, joiner, stand_in in kept:
        xml = xml.replace(stand_in, joiner) if xml else xml
    return xml


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


_EDIT_LINK = re.compile(r"\s*\[\s*edit(?: source)?\s*\]\s*$", re.I)


def _pieces(element, *, depth: int) -> list[Piece]:
    """Walk trafilatura's XML (head/p/list/item/table/quote) in document order."""
    pieces: list[Piece] = []
    for child in element:
        tag = child.tag
        if tag == "head":
            # -- a wiki's "[edit]" link is page furniture printed after every heading
            text = _EDIT_LINK.sub("", _text(child))
            pieces.append(Piece(text, kind="heading", level=_heading_level(child)))
        elif tag == "list":
            pieces.extend(_list_items(child, depth=depth))
        elif tag == "table" and any(_holds_article(cell) for cell in child.iter("cell")):
            # -- a layout table: an older site set its page in one; the cells holding
            # -- paragraphs are the article, the others its navigation --
            cells = [cell for cell in child.iter("cell") if _holds_article(cell)]
            cells = [c for c in cells if not any(_inside(c, other) for other in cells)]
            pieces.extend(p for cell in cells for p in _pieces(cell, depth=depth))
        elif tag == "table":
            pieces.append(_table(child))
        elif tag == "quote":  # -- quoted words are never the author's advice or headings
            inner = _pieces(child, depth=depth) or [Piece(_text(child))]
            pieces.extend(Piece(p.text, kind="quote") if p.kind != "table" else p for p in inner)
        elif tag in ("div", "main", "row", "cell"):
            # -- a row or cell outside any table: the layout table an older site set its
            # -- article in (trafilatura keeps the cell that holds the text, without its table) --
            pieces.extend(_pieces(child, depth=depth) or [Piece(_text(child))])
        elif tag == "p" and (lines := _br_set(child)):
            pieces.extend(
                Piece(text, kind="heading", level=0) if head else _paragraph(text, depth=depth)
                for text, head in lines
            )
        elif tag == "p" and _subhead(child):
            # -- level: levelled; a note's mark before it ("*Update 4.") calls a note, not a word
            text = _NOTE_MARK.sub("", _text(child))
            pieces.append(Piece(text, kind="heading", level=0))
        elif tag in ("p", "code"):
            pieces.append(_paragraph(_text(child), depth=depth))
    return pieces


def _holds_article(cell) -> bool:
    """A table cell holding paragraphs of its own: layout, no data (a data cell holds a value).

    One block of paragraphs set with line breaks (see _br_set) is paragraphs of its own too.
    """
    blocks = [c for c in cell if c.tag in ("p", "head", "list", "quote")]
    return len(blocks) >= 2 or any(c.tag == "p" and _br_set(c) for c in blocks)


def _inside(element, container) -> bool:
    return element is not container and any(a is container for a in element.iterancestors())


def _table(table) -> Piece:
    """A table with its cells; a table with no header row gets an empty one (row 0 is the header)."""
    rows = [tuple(_text(c) for c in row.iterchildren("cell")) for row in table.iter("row")]
    rows = [r for r in rows if any(r)]
    first = next(table.iter("row"), None)
    if rows and (first is None or first.find("cell[@role='head']") is None):
        rows.insert(0, ("",) * len(rows[0]))
    return Piece(table_text(tuple(rows)), kind="table", rows=tuple(rows))


def _paragraph(text: str, *, depth: int) -> Piece:
    """Word's "Save as Web Page" writes bullets as paragraphs opening with a symbol glyph."""
    if m := _GLYPH_BULLET.match(text):
        return Piece(text[m.end() :], kind="list_item", level=depth)
    return Piece(text)


def _list_items(lst, *, depth: int) -> list[Piece]:
    ordered = (lst.get("rend") or "").lower() == "ol"
    pieces: list[Piece] = []
    items = list(lst.iterchildren("item"))
    if len(items) == 1 and _holds_article(items[0]):  # -- a list of slides keeps its items
        return _layout_item(items[0], depth=depth)
    headed = [_headed_item(item) for item in items]
    if len(items) >= 2 and all(headed) and _no_headings(lst):
        return [p for h in headed if h for p in h]
    for item in items:
        nested = [c for c in item if c.tag == "list"]
        for c in nested:
            item.remove(c)
        pieces.append(Piece(_text(item), kind="list_item", level=depth, ordered=ordered))
        for c in nested:
            pieces.extend(_list_items(c, depth=depth + 1))
    return pieces


HEAD_WORDS = 12  # -- the most words of a bold line heading a list item's paragraphs
BODY_WORDS = 15  # -- the fewest words of the paragraphs under it


def _no_headings(element) -> bool:
    """Whether the article the element belongs to sets no heading anywhere."""
    return next(element.getroottree().iter("head"), None) is None


def _headed_item(item) -> list[Piece] | None:
    """A list item that is a headed section: a bold line of its own over paragraphs.

    A blog sets its numbered tips as one list whose every item opens with a
    bold line, a line break and the tip's paragraphs ("**Schöne Hände**" <br>
    "Ein echtes Must Have …"). Read as list items, each heading fused with its
    paragraphs into one long item; a reader sees a heading and its section.
    The bold line is short and ends in no stop; the item holds no nested list.
    Only on a page that sets no heading of its own (see _list_items): under
    real headings, bold-labelled items ("**New process** Our research …")
    are labelled points of their section.
    """
    first = item[0] if len(item) else None
    rend = first.get("rend") or "" if first is not None else ""
    if (
        first is None
        or first.tag != "hi"
        or (item.text or "").strip()
        or item.find("list") is not None
    ):
        return None
    if not re.search(r"#(?:b|strong)\b", rend):
        return None
    copy = deepcopy(item)
    for lb in copy.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    lines = [" ".join(line.split()) for line in "".join(copy.itertext()).split("\n")]
    lines = [line for line in lines if line]
    head = " ".join("".join(first.itertext()).split())
    if not lines or lines[0] != head or len(head.split()) > HEAD_WORDS or head[-1] in ".!?:;,…":
        return None
    if sum(len(line.split()) for line in lines[1:]) < BODY_WORDS:
        return None
    return [Piece(head, kind="heading", level=0), *(Piece(line) for line in lines[1:])]


def _layout_item(item, *, depth: int) -> list[Piece]:
    """A list's only item holding headings and paragraphs of its own: a page set in a list.

    Some sites lay the whole article out in one ``<li>`` (its headline, byline,
    paragraphs and a fact box's heading); read as one list item it would be a
    single line of thousands of characters. Words between the blocks stay.
    """
    pieces: list[Piece] = []
    if item.text and item.text.strip():
        pieces.append(_paragraph(item.text.strip(), depth=depth))
    for child in item:
        if child.tag in _BLOCKS:
            pieces.extend(_pieces([child], depth=depth))
        elif text := _text(child):
            pieces.append(_paragraph(text, depth=depth))
        if child.tail and child.tail.strip():
            pieces.append(_paragraph(child.tail.strip(), depth=depth))
    return pieces


_BLOCKS = ("p", "head", "list", "quote", "table", "code", "div")


def _heading_level(head) -> int:
    rend = (head.get("rend") or "h2").lower()
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1] in "123456" else 2


# -- a citation mark a wiki or report prints after a word: "foundation:[41]", "[citation needed]"
_CITATION = re.compile(r"(?<=\S)\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]", re.I)


def _text(element) -> str:
    """All text inside, line breaks as spaces (inline formatting carries no structure for us)."""
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return without_typed_bold(_CITATION.sub("", " ".join("".join(element.itertext()).split())))


_BOLD = re.compile(r"#(?:b|strong)\b")
# -- what a subhead never ends in: a sentence's or a clause's end, a closing bracket or quote
_NO_HEAD_END = '.!?:;,…])"”。！？：；，'
# -- what may close a subhead all the same: a question, the heading of its answer ("Why
# -- e-voting?", "دعوت صادقانه؟!"), or a bracketed short name ("PEPA – Klinikum (UKHD)")
_HEAD_CLOSE = re.compile(r"(?:[?？؟]!?|\([^()\s]{1,12}\))$")


# -- a part's counted name before its colon: "Part 1:", "Step 3:", "Teil II:"
_COUNTED_LABEL = re.compile(r"^[^\W\d_]+\s+(?:\d{1,3}|[IVXLC]{1,6})\s?[:：]\s")


# -- a counted part's name alone, a stop or colon after it: "Update 3:", "*Part 2."
_COUNTED_PART = re.compile(r"[*†‡]?[^\W\d_]+\s+(?:\d{1,3}|[IVXLC]{1,6})\s?[.:：]")
_NOTE_MARK = re.compile(r"^[*†‡]+(?=[^\W\d_])")


def _head_end(text: str) -> bool:
    """The line ends as a subhead may: no sentence's or clause's end, or a question, or "(UKHD)".

    A labelled pointer to another page ("Lire : Que sont les … ?") is a teaser,
    whatever it ends in: the label's colon keeps it out. A colon after a part's
    counted name ("Part 1: Who pays first?") labels no pointer: that question
    names the part.
    """
    if text[-1] not in _NO_HEAD_END:
        return True
    labelled = re.search("[:：]", text) is not None and not _COUNTED_LABEL.match(text)
    return _HEAD_CLOSE.search(text) is not None and not labelled


LEAST_BR_SUBHEADS = 2  # -- bold lines in one block before it counts as paragraphs set with <br>
LONG_LINE = 30  # -- words of a line of prose: the block holds paragraphs, not a box of links


def _br_set(p) -> list[tuple[str, bool]] | None:
    """The lines of a block that is a whole article set with line breaks, bold lines marked.

    An older page (a hand-written essay, "October 2010<br><br>…<br><br><b>1.
    Stanford University</b><br><br>Stanford is …") sets its paragraphs apart
    with <br> in one <p>; trafilatura keeps one line break between them. When
    at least LEAST_BR_SUBHEADS lines are wholly bold and short with no sentence
    end, and some other line is a paragraph of prose (LONG_LINE words), each
    line is a paragraph and each bold line a subhead. A box of a bold label
    over short lines of links has no such prose; None for any other block.
    """
    if p.find("lb") is None:
        return None
    lines: list[list[tuple[str, bool]]] = [[(p.text or "", False)]]
    for child in p:
        if child.tag == "lb":
            lines.append([])
        else:
            bold = child.tag == "hi" and bool(_BOLD.search(child.get("rend") or ""))
            lines[-1].append(("".join(child.itertext()), bold))
        lines[-1].append((child.tail or "", False))
    read: list[tuple[str, bool]] = []
    for parts in lines:
        text = _CITATION.sub("", " ".join("".join(t for t, _ in parts).split()))
        if text:
            head = all(bold for t, bold in parts if t.strip()) and _short_head(text)
            read.append((text, head))
    heads = sum(1 for _, head in read if head)
    prose = any(not head and len(text.split()) >= LONG_LINE for text, head in read)
    return read if heads >= LEAST_BR_SUBHEADS and prose else None


def _head_over_prose(p) -> bool:
    """The block opens with a bold line, then a line break, then prose (LONG_LINE words or more)."""
    first = next(iter(p), None)
    if (p.text or "").strip() or first is None or first.tag != "hi" or _br_set(p):
        return False
    if not _BOLD.search(first.get("rend") or "") or (first.tail or "").strip():
        return False
    after = first.getnext()
    if after is None or after.tag != "lb":
        return False
    head = _text(first)
    # -- a bold question over its answer in one block is an interview's (Q&A), no part's name
    question = head.rstrip().endswith(("?", "？", "؟"))
    return (
        _short_head(head)
        and not question
        and len(_text(p).split()) - len(head.split()) >= LONG_LINE
    )


def _split_headed_blocks(root) -> None:
    """Blocks opened by a bold line and a line break over prose open on a subhead of their own.

    A magazine sets each part's name in bold at the head of the part's first
    paragraph ("<p><b>The sources</b><br>Against those doubts we list …</p>"),
    one such block per part. When a page does so LEAST_BR_SUBHEADS times or
    more, each bold line becomes a paragraph of its own (a subhead, see
    _subhead) before the rest of its block. One bold line over a paragraph may
    be a note's label or a name over a bio: a single one is left as it is. An
    interview sets its questions so over their answers: a question is no part.
    """
    blocks = [p for p in root.iter("p") if _head_over_prose(p)]
    if len(blocks) < LEAST_BR_SUBHEADS:
        return
    for p in blocks:
        lb = p[1]
        rest = etree.Element("p")
        rest.text = (lb.tail or "").lstrip()
        rest.extend(list(p)[2:])  # -- moved with their tails
        p.remove(lb)
        p.addnext(rest)


def _short_head(text: str) -> bool:
    """A line short enough for a subhead (at most 12 words), with no sentence end."""
    return len(text.split()) <= 12 and _head_end(text)


def _subhead(p) -> bool:
    """A paragraph set in bold or italics, one line with no sentence end: a subhead.

    Many sites set their subheads so (``<p><strong>Back on the boat</strong></p>``);
    a word set roman inside the italics ("des « </i>boards<i> »") or a note call
    between two italic runs leaves it a subhead when nearly all its letters are
    emphasised. A bracketed teaser ("[Read: …]") or a "Read more:" label ends in
    punctuation; a line of more than 25 words is a paragraph, and so is a quoted
    sentence whose emphasis ends in its full stop, its speaker named after it,
    and a picture's credit ("Heading image: … by …, 1862") or a quotation
    credited to its source ("“The party is over” – a newspaper").
    """
    parts = [c for c in p if c.tag != "lb"]
    if not parts or any(c.tag != "hi" for c in parts):
        return False
    if not all(re.search(r"#(?:b|i|strong|em)\b", c.get("rend") or "") for c in parts):
        return False
    text = _text(p)
    # -- the text after a line break counts too: a bold label over lines of links ("Related
    # -- stories" <br> two headlines) is a box, not a subhead
    loose = sum(len(x.strip()) for x in [p.text or "", *(c.tail or "" for c in p)])
    if loose * 5 > len(text) or (len(parts) > 1 and len(text.split()) <= 10):
        return False  # -- a short line of two bold runs is a label and its value
    short = 0 < len(text.split()) <= 25 and len(text) <= 200
    # -- a quoted sentence in italics and its speaker in roman ("“<em>… not freedom from
    # -- religion.</em>” A. Preacher") is an epigraph: its emphasis ends a sentence
    stop = "".join(parts[-1].itertext()).rstrip().endswith((".", "!"))
    quoted = stop and any(c.isalpha() for c in parts[-1].tail or "")
    # -- a later part's name alone in italics ("Update 3:" over the update's text) ends as a
    # -- label does, yet names the part
    ends = _head_end(text) or _COUNTED_PART.fullmatch(text) is not None
    return (
        short
        and ends
        and text[0] != "["
        and not quoted
        and not _PICTURE_LABEL.match(text)
        and not _CREDITED_QUOTE.match(text)
    )


# -- a quotation credited to its source after a dash: "“The party is over” – a newspaper"
_CREDITED_QUOTE = re.compile(r"^[\"“„«‘].{2,200}[\"”»’]\s*[-–—]\s*[^\W\d_]")
# -- a picture's credit in italics at the foot: "Final image: View of …", "Cover photo: …"
_PICTURE_LABEL = re.compile(
    r"^(?:[^\W\d_]+\s)?(?:image|photo|picture|illustration|painting)s?\s?:", re.I
)


def _without_title_repeats(pieces: list[Piece], title: str) -> list[Piece]:
    """Headings above the article's headline (a kicker, the site's name) and the title split in parts.

    A page may print "chaos theory" (its topic tag) above the headline, or set
    its title as two headings ("Open Journalism Project:" / "Better Student
    Journalism"); neither is a section of the article.
    """
    key = heading_key(title)
    if not key:
        return pieces
    top = next((n for n, p in enumerate(pieces[:6]) if p.kind != "heading"), len(pieces[:6]))
    at = next((n for n in range(top) if heading_key(pieces[n].text) == key), None)
    if at is not None:
        pieces = pieces[at:]
        top -= at
    drop = {
        n
        for n in range(top)
        if len(pieces[n].text.split()) >= 2
        and heading_key(pieces[n].text) in key
        and heading_key(pieces[n].text) != key
    }
    return [p for n, p in enumerate(pieces) if n not in drop]


# -- headings over lists of other stories: the heading and what is under it are not the article
# -- (a bare "Read more" or "Related" box sits inside an article: only its label goes)
_TEASER_GROUP = re.compile(
    r"^(?:other\b.{0,30}\b(?:columns|stories|articles|news)|more (?:stories|articles|news|from)\b.*"
    r"|related (?:articles|stories|coverage|content)|you (?:might|may) also like"
    r"|recommended(?: for you| stories)?|most (?:popular|read|viewed|shared)|trending(?: now)?"
    r"|editors?'?’?s? picks|latest (?:news|stories)|what to read next|top stories"
    # -- "Auch auf gofeminin.de", "More on example.com": other pages of the site
    r"|(?:\w+ ){1,3}[\w-]+\.(?:com|org|net|de|fr|es|it|at|ch|nl|be|co\.uk|uk|info))$",
    re.I,
)


_TEASER_LABEL = re.compile(r"^(?:read more|read next|also read|related|more|see more)$", re.I)


def _without_teaser_groups(pieces: list[Piece]) -> list[Piece]:
    """Lists of other stories cut, and labels of inline teaser boxes dropped.

    A group heading ("Other opinion columns", "More stories") goes with the
    teasers under it, up to the next heading of its level or higher; a
    "Read more" label sits inside the article, so only the label goes.
    """
    out: list[Piece] = []
    cut = 0
    for piece in pieces:
        if cut and (piece.kind != "heading" or piece.level > cut):
            continue
        cut = 0
        if piece.kind == "heading" and _TEASER_GROUP.match(heading_key(piece.text)):
            cut = piece.level or 1
            continue
        if piece.kind == "heading" and _TEASER_LABEL.match(heading_key(piece.text)):
            continue
        out.append(piece)
    return out


def _without_furniture_headings(
    pieces: list[Piece], furniture: tuple[frozenset[str], frozenset[str]]
) -> list[Piece]:
    """Teaser and form-box headings dropped, with the few lines under them, and a list's label.

    ``furniture`` holds the keys of headings the page sets as links to other
    pages and as labels of boxes with form controls (``pagefurniture``). A
    box's lines under its label go with it when short; so do a teaser's date
    or blurb when teasers follow one another (a list of other stories). A
    lone linked heading over the text is the article's headline linked to
    its address: only the heading goes. A heading with nothing of its own
    right above a furniture heading ("Editor's Pick") names the list.
    """
    teasers, forms = furniture
    if not teasers and not forms:
        return pieces
    both = teasers | forms
    heads = [p.kind == "heading" and heading_key(p.text) in both for p in pieces]
    out: list[Piece] = []
    cut = 0
    run = False  # -- the heading before was furniture, cut with its lines
    for n, piece in enumerate(pieces):
        if cut and (piece.kind != "heading" or piece.level > cut):
            continue
        cut = 0
        label = (
            piece.kind == "heading"
            and n + 1 < len(pieces)
            and heads[n + 1]
            and pieces[n + 1].level >= piece.level
        )
        if heads[n] or label:
            end = _end_of_short(pieces, n)
            boxed = heading_key(piece.text) in forms
            if end is not None and (boxed or label or run or (end < len(pieces) and heads[end])):
                cut, run = piece.level or 1, True
            continue
        run = False
        out.append(piece)
    return out


def _without_box_lines(pieces: list[Piece], lines: dict[str, int]) -> list[Piece]:
    """Lines of the page's form boxes dropped: a sign-up's pitch, a report-an-error label, a button.

    ``lines`` maps their keys to their box's length (``pagefurniture.box_lines``);
    a box holding half the extracted text or more is the article itself.
    """
    if not lines:
        return pieces
    article = sum(len(p.text) for p in pieces)
    return [
        p
        for p in pieces
        if p.kind in ("table", "code") or 2 * lines.get(heading_key(p.text), article) >= article
    ]


_TEASER_TEXT = (
    400  # -- characters: a teaser's date and blurb, a box's offer; an article runs longer
)


def _end_of_short(pieces: list[Piece], n: int) -> int | None:
    """Where the text under heading ``n`` ends (the next heading as high), if it is short."""
    level = pieces[n].level or 1
    total = 0
    for end in range(n + 1, len(pieces)):
        piece = pieces[end]
        if piece.kind == "heading" and (piece.level or 1) <= level:
            return end
        total += len(piece.text)
        if total > _TEASER_TEXT:
            return None
    return len(pieces)


def _boxes_unheaded(pieces: list[Piece], title: str) -> list[Piece]:
    """Headings of a box set above the article's first section are its lines, not sections.

    A review's score card ("Pros", "Cons", "Summary" as h4/h5) or a fact box
    sits before the article's own sections (h3) and deeper than them: its
    headings have no section to belong to, so they are kept as text. A box
    is short: a run of subsections closed by one late top heading ("About
    the author") keeps its headings.
    """
    levels = [
        p.level for p in pieces if p.kind == "heading" and heading_key(p.text) != heading_key(title)
    ]
    if not levels:
        return pieces
    top = min(levels)
    first = next(n for n, p in enumerate(pieces) if p.kind == "heading" and p.level == top)
    boxed = [n for n in range(first) if pieces[n].kind == "heading" and pieces[n].level > top]
    if not boxed or sum(len(p.text) for p in pieces[boxed[0] : first]) > _BOX_CHARS:
        return pieces
    return [Piece(p.text) if n in boxed else p for n, p in enumerate(pieces)]


_BOX_CHARS = 1200  # -- a score card or fact box; a section's text runs longer


def _standfirst(
    metadata: dict[str, str], pieces: list[Piece], *, deks: tuple[str, ...]
) -> list[Piece]:
    """The standfirst is what the page marks as one; no paragraph of the body is taken for it.

    A heading at the top equal to the description (a dek set as ``<h2>``) or a
    top block the page marks as a dek (class "dek", "standfirst", "subtitle")
    is the standfirst and leaves the body. A body paragraph equal to, or
    starting with, the description stays in the body: the description is the
    site's excerpt of its own lead, so there is no separate standfirst.
    """
    description = heading_key(metadata.get("standfirst", ""))
    marked = {heading_key(d) for d in deks}
    for n, piece in enumerate(pieces[:3]):
        text = heading_key(piece.text)
        dek = piece.kind == "heading" and text == description and len(text.split()) >= 8
        if dek or (piece.kind in ("heading", "paragraph") and text in marked):
            metadata["standfirst"] = piece.text
            return pieces[:n] + pieces[n + 1 :]
    excerpt = description.rstrip(".… ")[:80]
    if excerpt and any(
        p.kind == "paragraph" and heading_key(p.text).startswith(excerpt) for p in pieces
    ):
        metadata["standfirst"] = ""
    return pieces
