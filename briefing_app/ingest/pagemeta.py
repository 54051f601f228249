"""What a saved web page declares about its article: author, publication date, standfirst.

Read the way a careful reader of a news or opinion page would, most explicit
first: the page's JSON-LD article record, then its meta tags, then what it
prints near the headline (a byline element, ``rel=author``, ``<time datetime>``),
then the date its address or its ``<title>`` carries. Teasers for other
articles (related-story lists, sidebars, promos) carry their own bylines and
dates and are never read. A date is taken as the page writes it, before any
conversion to UTC ("2016-07-29T21:42-04:00" was published on the 29th).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import lxml.html
from lxml import etree

from briefing_app.core.text import word_set
from briefing_app.ingest.dates import (
    dates_in,
    find_date,
    labelled_date,
    parse_date,
    short_numeric_date,
    stamp_date,
)
from briefing_app.ingest.front import CJK_CREDIT_LABEL, clean_author, name_line, organisation
from briefing_app.ingest.vocabulary import HONORIFICS, NON_NAME_WORDS

# -- JSON-LD types that describe the article itself (not the site, a breadcrumb or an image) --
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Posting|Review|Report|Story)$")
# -- "byline": a newspaper's CMS declares its writer so (<META name="byline" content="Jo Li">)
_AUTHOR_META = ("author", "byl", "byline", "article:author", "dc.creator", "dcterms.creator")
_DATE_META = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "date-published",
    "publish-date",
    "publishdate",
    "pubdate",
    "pdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "article:publicationdate",
    "published_at",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
)
# -- the last part of a vendor-prefixed meta name that gives the publication time
# -- ("…:publishtime", "x-pub-date"), or the original date beside an updated one
# -- ("article_date_original" next to "article_date_updated")
_PUBLISH_KEY = re.compile(
    r"[:._-](?:publish(?:ed)?|pub|public)[-_]?(?:time|date|datetime)$"
    r"|[:._-]date[-_]?orig(?:inal)?$|(?:^|[:._-])orig(?:inal)?[-_]?(?:date|time)$"
)
_DESCRIPTION_META = ("description", "og:description", "twitter:description")
# -- containers of other articles' teasers, and page chrome: their bylines are not this article's
# -- ("node-promoted" is Drupal's flag on the article itself, not a promotion box)
_ELSEWHERE = re.compile(
    r"related|teaser|promo(?!ted)|recommend|sidebar|outbrain|taboola|more-?stories|most-?read|popular"
    r"|trending|widget|footer|comment(?!ed)|newsletter|^nav|^rail$|-rail$",
    re.I,
)
_ELSEWHERE_TAGS = {"aside", "nav", "footer"}
_CHROME_ROLES = {"banner", "navigation", "contentinfo", "complementary"}
# -- es/pt/de, fr, es/it, and the "contributor" box a magazine sets its writer's name in
_BYLINE_CLASS = re.compile(r"byline|author|autor|auteur|firma|contributor", re.I)
_DEK_CLASS = re.compile(
    r"(?:^|[-_\s])(?:dek|standfirst|subtitle|sub-?head(?:line)?|strapline)", re.I
)
# -- "By", "von", … and the labels Chinese and Japanese pages print before a name: "作者：",
# -- "作者︱", "文/"; a label with no name after it ("作者：" left empty) names no one
_CJK_LABEL = rf"{CJK_CREDIT_LABEL}\s*[:：︱|｜/／]\s*"
# -- a section's name may open the byline: "Opinion by Jo Li", "Analysis by Jo Li"
_BY_WORD = re.compile(
    r"^(?:(?:(?:opinion|analysis|commentary|perspective)\s+)?by|written by|von|par|por|di|door"
    rf"|av|af|texto|text|reporting by)\s*:?\s+|^{_CJK_LABEL}",
    re.I,
)
# -- a credit line printed in the article: "作者︱春春", "Author: Jane Doe"
_CREDIT_LINE = re.compile(
    rf"^(?:{_CJK_LABEL}|(?:author|autor|auteur|autore)\s*:\s*)(?P<name>[^:：︱|｜/／]{{1,60}})$",
    re.I,
)
# -- a Chinese story's reporter line: "半月谈记者 史卫燕", "新华社记者 张三 李四" — the outlet,
# -- the role and the names, alone in a paragraph (a photo credit ends "… 摄" and is no match)
_REPORTER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:记者|記者|(?:特约)?评论员|(?:特約)?評論員)\s*[:：]?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,5}(?:[ 、，][\u4e00-\u9fff·]{2,5}){0,3})$"
)
_CONTRIBUTORS = re.compile(r"^(?:the\s+)?contributors\b|\bcontributors\s+(?:to|of)\b", re.I)
_NAME = r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}[A-ZÀ-Þ][\w'’.-]*"
_NICKNAME = re.compile(r"\s*\([^()]{1,40}\)(?=\s+\w)")
# -- "/2015/03/18/slug", "/2015-03-18-slug", "/slug-20190520/"
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?:/|[-_][a-z]|$)"
    r"|[-_/]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:/|\.html?)?$",
    re.I,
)
_ISO = re.compile(r"^((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)(?:$|[T\s])")
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# -- class names that mark a printed publication date: "published", "entry-date", "post-time";
# -- or a headline block's time part, "h-time", "detail_tit_time" ("time_1529248500" is a
# -- script's timestamp for a wiki's last edit, not the page's day)
_DATE_CLASS = re.compile(
    r"(?:[\w-]*[-_])?(?:date|dateline|datestamp|timestamp|published|pub-?date|pub-?time"
    r"|publish-?(?:date|time)|post-?time|posted-?on)"
    r"(?:[-_][\w-]*)?|[\w-]*[-_]time"
)
_UPDATED = re.compile(r"updat|modif|edited", re.I)
_UPDATED_TEXT = re.compile(
    r"^(?:last\s+)?(?:updated|modified|edited|mis à jour|actualizado|aktualisiert)", re.I
)
_PUNCTUATION = re.compile(r"[^\w\s]+")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


@dataclass(frozen=True)
class PageMeta:
    """The article's author, ISO date, description and marked standfirst (dek) texts."""

    author: str | None = None
    date: str | None = None
    description: str = ""
    deks: tuple[str, ...] = ()
    # -- the site's and section's names, its theme designer's and its editors', in lower case
    not_authors: frozenset[str] = frozenset()
    headline: str = ""  # -- the h1 the page's <title> repeats, without its kicker
    date_labels: frozenset[str] = frozenset()  # -- words that open a printed date, in lower case
    page_title: str = ""  # -- the <title> as written, site name and all
    # -- the headline's h1 sets a kicker apart in an element of its own: a designed headline
    kicked: bool = False

    def names_no_one(self, guess: str) -> bool:
        """A guessed author that is (part of) the site's or section's name ("Letters")."""
        # -- punctuation as spaces: trafilatura prints the site "ORF.at" as "ORF at"
        g = " ".join(_PUNCTUATION.sub(" ", guess).split()).casefold()
        return bool(g) and any(
            re.search(rf"(?<!\w){re.escape(g)}(?!\w)", _PUNCTUATION.sub(" ", n))
            for n in self.not_authors
        )

    def labels_a_date(self, guess: str) -> bool:
        """A guessed author that is the word the page prints before a date ("Submitted on …")."""
        return " ".join(guess.split()).casefold() in self.date_labels


def parse_page(html: str) -> Any | None:
    """The saved page as lxml reads it (None when it cannot): one parse for every reader of it."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return None


def read_page_meta(html: str, *, root: Any | None = None) -> PageMeta:
    """Author, date, description and dek elements the page declares, or empty values.

    ``root`` is the page already parsed (``parse_page``); its layout wrappers lose
    a sidebar-like class and id here.
    """
    root = parse_page(html) if root is None else root
    if root is None:
        return PageMeta()
    _unmark_layout(root)
    records = _article_records(root)
    meta = _meta_tags(root)
    not_authors = _site_and_sections(records, meta) | _site_makers(root, meta) | _host_authors(meta)
    not_authors |= _site_companies(meta) | _source_credits(root) | _copyright_bodies(meta)
    return PageMeta(
        author=_author(root, records, meta, not_authors),
        date=_date(root, records, meta),
        description=next((_first(meta, k) for k in _DESCRIPTION_META if meta.get(k)), ""),
        deks=_deks(root),
        not_authors=frozenset(not_authors | _editors(root)),
        headline=parted[1]
        if (parted := _headline_in_parts(root, records))
        else _headline(root) or next((_text(el) for el in _set_headline(root)), ""),
        date_labels=_date_labels(root),
        page_title=next((t for t in map(_text, root.iter("title")) if t), ""),
        kicked=bool(parted) or _kicked(root),
    )


def _unmark_layout(root: Any) -> None:
    """Clear a sidebar-like class from the wrappers that hold the headline and most of the page.

    A layout names its main column after the rail beside it ("two-column-rail"); a
    wrapper around the headline with most of the page's text in it is the page, not
    a sidebar, whatever its class says, so its class must not hide the byline.
    """
    headline = next(iter(root.iter("h1")), None)
    body = root.find("body")
    if headline is None or body is None:
        return
    whole = len(_text(body))
    for anc in headline.iterancestors():
        if anc is body or anc.tag == "html":
            break
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}".split()
        if any(_ELSEWHERE.search(n) for n in names) and 2 * len(_text(anc)) >= whole:
            anc.attrib.pop("class", None)
            anc.attrib.pop("id", None)


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _meta_tags(root: Any) -> dict[str, list[str]]:
    """<meta name|property|itemprop=… content=…>: every value of each key (keys in lower case)."""
    found: dict[str, list[str]] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = " ".join((m.get("content") or "").split())
        if key and value:
            found.setdefault(key, []).append(value)
    return found


def _first(meta: dict[str, list[str]], key: str) -> str:
    return next(iter(meta.get(key, [])), "")


def _article_records(root: Any) -> list[dict[str, Any]]:
    """The JSON-LD objects typed as an article (NewsArticle, BlogPosting, Review …)."""
    records: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = _CDATA.sub("", script.text or "")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # -- "[[[[…" nested past the stack
            continue
        stack = [data]
        nodes: dict[str, dict[str, Any]] = {}
        found: list[dict[str, Any]] = []
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
                if isinstance(item.get("@id"), str):
                    nodes.setdefault(item["@id"], item)
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds):
                    found.append(item)
        records.extend(_with_authors_resolved(r, nodes) for r in found)
    return records


def _with_authors_resolved(
    record: dict[str, Any], nodes: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The record with an author given by reference ({"@id": …}, as Yoast's graph writes it)
    replaced by the node of the graph it names."""
    author = record.get("author")
    items = author if isinstance(author, list) else [author]
    if not any(isinstance(a, dict) and "name" not in a and a.get("@id") in nodes for a in items):
        return record
    resolved = [
        nodes[a["@id"]] if isinstance(a, dict) and "name" not in a and a.get("@id") in nodes else a
        for a in items
    ]
    return {**record, "author": resolved}


# -- authors ---------------------------------------------------------------------------


def _author(
    root: Any, records: list[dict[str, Any]], meta: dict[str, list[str]], not_authors: set[str]
) -> str | None:
    not_people = not_authors | _editors(root)
    own = not_people - _personal_site(meta)  # -- a writer's own site, named after them
    for record in records:
        if names := [
            n for n in _record_names(record.get("author")) if n.casefold() not in not_people
        ]:
            return ", ".join(names)
    for key in _AUTHOR_META:
        values = [_first_last(v) if "creator" in key else v for v in meta.get(key, [])]
        # -- the raw value too: "CDU - Fraktion Erfurt" names the site before it is cut to "CDU"
        unique = dict.fromkeys(
            n for v in values if v.casefold() not in own and (n := _usable_name(v))
        )
        if named := [n for n in unique if n.casefold() not in own]:
            return ", ".join(named)
    printed = _printed_byline(root)
    if printed and printed.casefold() in not_people:
        return _signatures(root)  # -- a column credited as author: its letters are signed
    return (
        printed
        or _h1_byline(root)
        or _headline_byline(root)
        or _credit_line(root)
        or _source_line_writers(root)
        or _card_author(root)
        or _speech_credit(root)
        or _site_owner(root, meta)
    )


def _personal_site(meta: dict[str, list[str]]) -> set[str]:
    """The site's name (in lower case) when it is a person's name the author meta declares too.

    A writer's own site is named after them ("Jo Li" as og:site_name and as the
    author) and prints the name only in its header: the site's name is the
    writer's, not a body filling an empty author field.
    """
    sites = {" ".join(v.split()).casefold() for v in meta.get("og:site_name", []) if name_line(v)}
    declared = {" ".join(v.split()).casefold() for v in meta.get("author", [])}
    return sites & declared


def _site_owner(root: Any, meta: dict[str, list[str]]) -> str | None:
    """The person whose office names the site ("United States Senator Patty Murray"), else None.

    An official's site publishes in the official's name: its press releases carry
    no byline because the site's name is the byline. Only a name after an office
    or honorific counts ("Senator", "Dr"); a site named for a brand does not.
    """
    title = next((t for t in map(_text, root.iter("title")) if t), "")
    parts = _TITLE_PARTS.split(title)
    names = [*meta.get("og:site_name", []), *(parts[-1:] if len(parts) > 1 else [])]
    for site in names:
        words = site.split()
        for k, word in enumerate(words[:-2]):
            rest = " ".join(words[k + 1 :])
            if word.lower().rstrip(".") in _OFFICES and name_line(rest) and not organisation(rest):
                return rest
    return None


def _site_makers(root: Any, meta: dict[str, list[str]]) -> set[str]:
    """Declared authors (in lower case) whom the page credits only in its chrome: not the writer."""
    declared = {v for key in _AUTHOR_META for v in meta.get(key, [])}
    return {n.casefold() for n in declared if len(n) >= 4 and _credited_elsewhere(root, n)}


def _credited_elsewhere(root: Any, name: str) -> bool:
    """The page prints ``name`` only in its chrome: the site's maker, not the article's writer.

    A site theme fills its author meta with its designer's name, credited in the
    footer ("Theme by Peter Amende"). A declared author the page never prints
    is kept: most pages print no byline for the name they declare.
    """
    body = next(iter(root.iter("body")), None)
    if body is None:
        return False
    key = name.casefold()
    places = [t.getparent() for t in body.xpath(".//text()") if key in str(t).casefold()]
    places += [a for a in body.iter("a") if key in (a.get("title") or "").casefold()]
    return bool(places) and all(_site_chrome(el) for el in places)


# -- a picture's box: the credit in its caption names the photographer or the picture's source
_PICTURE_BOX = re.compile(r"photo|foto|caption|picture|image|gallery", re.I)
_PICTURE_REACH = 3  # -- ancestors of a credit that may still be the picture's own box


def printed_beside(root: Any, name: str) -> bool:
    """The page prints ``name`` only beside its article: a teaser, the chrome or a picture's caption.

    An extractor's guessed author comes from whatever element a site classes as
    "author": the byline of another story in a "read also" box inside the text
    (an ``<aside>`` holding that story's headline), or the credit under a photo ("Фото из Инстаграма …" set as
    ``span.author`` in the photo's box), or a writer in a list of other stories
    (each item a headline and its writer). None wrote the article. A name the
    page also prints anywhere else (its own byline) is kept, as is one it never
    prints as a whole.
    """
    body = next(iter(root.iter("body")), None) if root is not None else None
    key = " ".join(name.split()).casefold()
    if body is None or not key:
        return False
    places = [
        t.getparent() for t in body.xpath(".//text()") if key in " ".join(str(t).split()).casefold()
    ]
    return bool(places) and all(
        _in_teaser(el) or _in_picture_box(el) or _in_story_list(el) for el in places
    )


SIGN_IN_REACH = 4  # -- ancestors of a text that may still be its sign-in box


def in_sign_in_box(root: Any, guess: str) -> bool:
    """The guessed author's first word is a label of a sign-in box ("账号 密码 自动登录 …").

    An extractor takes a comment form's login box, classed "author", for the
    byline: its words sit beside a password field, or are the words of a link to
    the site's account pages ("Login" in a box the site names "authorize"). No
    writer is named there.
    """
    body = next(iter(root.iter("body")), None) if root is not None else None
    first = guess.split()[0] if guess.split() else ""
    if body is None or not first:
        return False
    for t in body.xpath(".//text()"):
        if first not in str(t):
            continue
        el = t.getparent()
        if el.tag == "a" and str(t).strip() == first and _ACCOUNT_PATH.search(el.get("href") or ""):
            return True  # -- "<a href=/user>Login</a> <a href=/user/register>New to …?</a>"
        for node in [el, *el.iterancestors()][:SIGN_IN_REACH]:
            if node.xpath(".//input[@type='password']"):
                return True
    return False


# -- a link to the site's own account pages: where "Login", "Sign in" and "Register" lead
_ACCOUNT_PATH = re.compile(
    r"^(?:https?://[^/]+)?/(?:user|users|login|signin|sign-in|account|register|my-account)"
    r"(?:[/?#]|$)",
    re.I,
)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _in_teaser(el: Any) -> bool:
    """Inside another story's teaser: a sidebar or chrome box that holds that story's headline.

    A box beside the text without a headline of its own ("<aside>" listing the
    date and "Autor: …") is the article's own details box, its byline included.
    """
    box = _elsewhere_box((el, *el.iterancestors()))
    return box is not None and next(box.iter(*_HEADINGS), None) is not None


STORY_ITEM_REACH = 4  # -- ancestors of a credit that may still be its list item


def _in_story_list(el: Any) -> bool:
    """Inside one item of a list of stories: each item a headline of its own, its writer under it.

    A "Blogs" or "More from" list under the article gives each story's headline,
    writer and date in a list item, with no class naming it a teaser; its writers
    wrote those stories, not this one.
    """
    for node in itertools.islice((el, *el.iterancestors()), STORY_ITEM_REACH):
        if node.tag == "li":
            items = [li for li in node.itersiblings(preceding=True)]
            items += [node, *node.itersiblings()]
            headed = [li for li in items if next(li.iter(*_HEADINGS), None) is not None]
            return node in headed and len(headed) >= 2
    return False


def _in_picture_box(el: Any) -> bool:
    """Inside a ``<figure>`` or a box classed as a photo's or a caption's (a few levels up).

    A box classed as the writer's portrait ("author-photo") holds the byline, no credit.
    """
    for k, node in enumerate((el, *el.iterancestors())):
        if node.tag in ("figure", "figcaption"):
            return True
        names = node.get("class") or ""
        # -- "author-photo", "byline-image": the writer's portrait beside the byline
        if k < _PICTURE_REACH and _PICTURE_BOX.search(names) and not _BYLINE_CLASS.search(names):
            return True
        if node.tag in ("article", "main", "body"):
            break
    return False


def _site_chrome(el: Any) -> bool:
    """In the page's chrome, outside the article and any element marked as its byline.

    A blog prints its byline in the article's own ``<footer class="entry-meta">``
    or in an author box; those are the article's, not the site's. An older page
    marks its byline by id alone (``<p id="byline">``), inside a layout table
    whose id names a column: the id marks it as the article's all the same.
    """
    if not (_elsewhere(el) or el.tag in _ELSEWHERE_TAGS):
        return False
    for node in (el, *el.iterancestors()):
        marks = " ".join(node.get(key) or "" for key in ("class", "id", "itemprop", "rel"))
        if node.tag == "article" or _BYLINE_CLASS.search(marks):
            return False
    return True


# -- "责任编辑：肖春芳", "Edited by Jo Li": the page's editor, whom its author meta often names
_EDITOR = re.compile(
    r"(?:(?:责任编辑|责编|编辑|編輯)\s*[:：︱|｜]?|(?<![\w-])(?i:edited\s+by|editor\s*[:：]))\s*"
    r"(?P<name>[^\s\[\]|｜,，;；:：()（）]{1,20}(?:\s[A-Z][\w'’-]+){0,2})"
)


def _editors(root: Any) -> set[str]:
    """Names the page prints as its editor's (in lower case): never the article's author."""
    body = next(iter(root.iter("body")), root)
    return {m.group("name").casefold() for m in _EDITOR.finditer(_text(body))}


# -- a short printed line that opens with one word and a connective before its date:
# -- "Submitted on Mon, 2019-01-21", "Publié le 3 mars 2020", "Posted: 12/10/2020"
_DATE_LABEL = re.compile(r"(?P<label>[^\W\d_]{2,30})\s*(?::\s*|\s+[^\W\d_]{1,4}\s+)\S")


def _date_labels(root: Any) -> frozenset[str]:
    """The words a page prints in front of its dates: labels, which no extractor should name.

    The shape is that of a byline with the name missing: one word, a colon or
    a short connective, then a date, on a short line. A name printed before a
    date ("Jane Doe, 12 March") has two words or a comma, so it is never one.
    """
    labels: set[str] = set()
    for text in root.xpath("//body//text()"):
        line = " ".join(str(text).split())
        if not 8 <= len(line) <= 120 or not _YEAR.search(line):
            continue
        m = _DATE_LABEL.match(line)
        if m and (found := dates_in(line)) and found[0][0] <= len(m.group()) + 12:
            labels.add(m.group("label").casefold())
    return frozenset(labels)


def _credit_line(root: Any) -> str | None:
    """The name on a labelled credit line in the article ("作者︱春春" under the last paragraph).

    Only a short paragraph or table cell that is nothing but the label and a name
    counts, outside teasers, sidebars and the page chrome: "Written by Alison
    McCook" in a blog post's signature, "作者： 记者王敬照" in an old portal's
    table, where the reporter's role word comes before the name. A reporter line
    naming several ("新华社记者白洁 应强 王宾 王卓伦") gives each, comma-separated.
    """
    for p in root.iter("p", "td"):
        text = _unbracketed(_text(p))
        if len(text) > 80 or (p.tag == "td" and not _leaf_cell(p)):
            continue
        m = _CREDIT_LINE.match(text) or _REPORTER_LINE.match(text)
        name = m.group("name") if m else None
        if (signed := _SIGNED_LINE.match(text)) and name_line(signed.group("name")):
            name = signed.group("name")
        if not name or (_elsewhere(p) and not (signed and _own_footer(p))):
            continue
        if m and m.re is _REPORTER_LINE:  # -- "新华社记者白洁 应强 王宾": each reporter named
            names = [_usable_name(n) for n in re.split(r"[ 、，]", name) if n]
            if all(names):
                return ", ".join(n for n in names if n)
        elif name := _usable_name(_REPORTER_ROLE.sub("", name)):
            return name
    return None


def _own_footer(el: Any) -> bool:
    """``el`` is in the <footer> of the <article> that holds the page's headline.

    HTML's <footer> inside an <article> is that article's own footer, where a blog
    puts its signature ("Posted by Jo Li."); only the page's <footer> is chrome. The
    article must hold a headline (<h1>), so a teaser's footer does not count.
    """
    for anc in el.iterancestors():
        if anc.tag == "footer":
            art = next((a for a in anc.iterancestors() if a.tag == "article"), None)
            return art is not None and bool(art.xpath(".//h1")) and not _elsewhere(art)
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}".split()
        if anc.tag in _ELSEWHERE_TAGS or any(_ELSEWHERE.search(n) for n in names):
            return False
    return False


def _leaf_cell(cell: Any) -> bool:
    """A table cell that holds only inline text (a layout table's credit cell), no block."""
    return not cell.xpath(".//table | .//p | .//div | .//td")


# -- a blog post's signature line: "Written by Alison McCook", "Posted by Jo Li"
_SIGNED_LINE = re.compile(r"^(?:written|posted)\s+by\s*:?\s+(?P<name>.+?)\.?$", re.I)
# -- the role a Chinese credit puts before the name: "作者：记者王敬照"
# -- or a columnist's, after the outlet's name: "文/观察者网专栏作者 王文" --
_REPORTER_ROLE = re.compile(
    r"^(?:(?:本报|本刊)?(?:记者|記者|通讯员|通訊員)"
    r"|[\u4e00-\u9fff]{0,8}?(?:专栏作者|專欄作者|专栏作家|專欄作家|特约作者|特約作者))\s*"
)
# -- a credit line set in lenticular brackets: "【文/观察者网专栏作者 王文】" --
_CREDIT_BRACKETS = re.compile(r"^[【\[]\s*(?P<inner>[^【】\[\]]{1,60}?)\s*[】\]]$")


def _unbracketed(text: str) -> str:
    """A short line without the brackets that set it apart as a credit ("【文/王文】" → "文/王文")."""
    if not text.startswith(("【", "[")):  # -- cheap test before the pattern (issue 20)
        return text
    m = _CREDIT_BRACKETS.match(text)
    return m.group("inner") if m else text


# -- the label a transcript sets over a speech: "Remarks of", "Remarks as Prepared for Delivery
# -- by", "Statement of", "Testimony of", "Address by", and the same in de, fr, es
_SPEECH_LABEL = re.compile(
    r"^(?:remarks(?:\s+as\s+prepared\s+for\s+delivery)?|prepared\s+remarks|statement|testimony"
    r"|address|speech|rede|ansprache|discours|allocution|discurso|intervenci[óo]n)"
    r"\s+(?:of|by|von|de|del|de\s+la)\s+(?P<who>.+)$",
    re.I,
)
# -- an elected office or a title a site's name puts before its owner's name ("Senator Patty
# -- Murray"); not "General" or "President", which open company names ("General Mills")
_OFFICES = word_set(
    "senator representative congressman congresswoman governor mayor councillor councilmember"
    " assemblymember ambassador dr professor prof"
)
# -- an office written before the speaker's name: "Vice President", "Secretary of State"
_OFFICE_WORDS = frozenset({"vice", "deputy", "first", "lady", "governor", "mayor", "prime"})


def _speech_credit(root: Any) -> str | None:
    """The speaker a transcript names in the label over the speech ("Remarks of Vice President Jo Li").

    A weekly address or a floor statement is the speaker's own text: the label is
    set on a line of its own (a bold line, a heading or a short paragraph) in the
    article, and the name is what is left once the office before it is dropped.
    """
    for el in root.iter("strong", "b", "h2", "h3", "h4", "p"):
        text = _text(el)
        m = _SPEECH_LABEL.match(text) if len(text) <= 100 else None
        if not m or _elsewhere(el):
            continue
        words = m.group("who").strip(" .:").split()
        while len(words) > 2 and (
            words[0].lower() in _OFFICE_WORDS
            or words[0].lower().rstrip(".") in HONORIFICS | NON_NAME_WORDS
        ):
            words = words[1:]
        if re.fullmatch(_NAME, " ".join(words)) and (name := _usable_name(" ".join(words))):
            return name
    return None


def _signatures(root: Any) -> str | None:
    """Writers who sign the letters of a letters page: a bold name over a town, after each letter.

    ``<p><strong>Ninfa Wood</strong><br><em>Walnut Creek</em></p>``; two or
    more such signatures, else None.
    """
    names: list[str] = []
    for p in root.iter("p"):
        children = [c for c in p if isinstance(c.tag, str)]
        if not children or children[0].tag not in ("strong", "b") or (p.text or "").strip():
            continue
        name = _text(children[0])
        rest = " ".join(_text(p)[len(name) :].split())
        if re.fullmatch(_NAME, name) and len(rest.split()) <= 4 and not _elsewhere(p):
            names.append(name)
    return ", ".join(dict.fromkeys(names)) if len(names) >= 2 else None


def _site_and_sections(records: list[dict[str, Any]], meta: dict[str, list[str]]) -> set[str]:
    """Names of the site and of the article's section ("Letters to the Editor"): never its author.

    Pages fill an empty author field with them (DC.creator "Mac & i", a
    column credited as the JSON-LD author).
    """
    names = {
        v for k in ("og:site_name", "application-name", "article:section") for v in meta.get(k, [])
    }
    for record in records:
        section = record.get("articleSection")
        names.update(
            s for s in (section if isinstance(section, list) else [section]) if isinstance(s, str)
        )
        names.update(_publishing_bodies(record.get("publisher")))
    return {" ".join(n.split()).casefold() for n in names if n.strip()}


# -- what a copyright notice puts around its holder: "©", "(c)", "Copyright", years
# -- "all rights reserved" as Chinese sites write it after the holder: "网易版权所有"
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|\bcopyright\b|\b\d{4}\b|[-–]\s*\d{4}\b|\ball rights reserved\b|版[权權]所有", re.I
)


def _copyright_bodies(meta: dict[str, list[str]]) -> set[str]:
    """The body a page's copyright meta names, when it is no person ("CDU - Fraktion Erfurt").

    A group's or firm's own site fills its author meta with the same name as its
    copyright: the site signs the page, no writer does. A person's name there
    (a blogger's own site) is left alone.
    """
    holders = (" ".join(_COPYRIGHT_NOISE.sub(" ", v).split()) for v in meta.get("copyright", []))
    return {h.casefold() for h in holders if h and not name_line(h)}


# -- the outlet a portal credits for a story it reposts: <a class="source">新华网</a>
_SOURCE_CLASS = re.compile(r"(?:^|[-_])(?:source|origin)(?:$|[-_])", re.I)
_SOURCE_CHARS = 40  # -- an outlet's name, not a paragraph that cites sources


def _source_credits(root: Any) -> set[str]:
    """Names (in lower case) the page prints as the story's source, beside the headline's date.

    A portal that reposts an agency's story credits the agency in a "source"
    link and often declares it as the author too ("新华网"); the writers, if
    any, are the reporters the text names ("新华社记者白洁 应强 …").
    """
    found: set[str] = set()
    for el in root.xpath("//*[@class]"):
        if isinstance(el.tag, str) and any(_SOURCE_CLASS.search(c) for c in _classes(el)):
            text = _text(el)
            if 0 < len(text) <= _SOURCE_CHARS:
                found.add(text.casefold())
    return found


# -- the writers a portal's source line names after the outlet: "本文来源：某某报 作者：张三 李四"
_SOURCE_WRITERS = re.compile(
    rf"(?:^|\s){CJK_CREDIT_LABEL}\s*[:：]\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3})\s*$"
)


def _source_line_writers(root: Any) -> str | None:
    """The writers a reposted story's source line credits after its outlet, comma-separated.

    A portal reposting a paper's story prints "本文来源：<paper> 作者：<names>" in
    its source box under the text: the outlet is no writer (``_source_credits``),
    the names after the label are.
    """
    for el in root.xpath("//*[@class]"):
        source = isinstance(el.tag, str) and any(_SOURCE_CLASS.search(c) for c in _classes(el))
        if source and (m := _SOURCE_WRITERS.search(_text(el))):
            return ", ".join(m["names"].split())
    return None


# -- a field's label set in an element of its own beside its value: "AUTHOR" | "Jo Li"
_AUTHOR_CARD = word_set("author authors by writer")
_DATE_CARD = word_set("date published")
CARD_CHARS = 80  # -- a card's value is a name or a date, not a paragraph


def _card_value(root: Any, labels: frozenset[str]) -> list[str]:
    """The values a page sets in the element right after a label element ("AUTHOR", "DATE").

    A designed brief prints its details as cards: a small label span, then the
    value span. Only leaf elements, outside teasers and the chrome, count.
    """
    found = []
    for el in root.iter("span", "div", "dt", "th", "p", "strong", "b", "small"):
        if len(el) or _text(el).strip(" :：").casefold() not in labels:
            continue
        value = el.getnext()
        if value is None or len(value) or _elsewhere(el):
            continue
        text = _text(value)
        if 0 < len(text) <= CARD_CHARS:
            found.append(text)
    return found


def _card_author(root: Any) -> str | None:
    """The writer an "AUTHOR" card names (a person's name, or a list of names)."""
    for text in _card_value(root, _AUTHOR_CARD):
        if name_line(text) and (name := _usable_name(text)):
            return name
    return None


def _card_date(root: Any) -> str | None:
    """The day (or month) a "DATE" card gives."""
    return next((iso for t in _card_value(root, _DATE_CARD) if (iso := parse_date(t))), None)


def _publishing_bodies(value: Any) -> list[str]:
    """The names of the organisations a JSON-LD record declares as its publisher.

    A news site credits a story it prints without a byline to itself: author and
    publisher are the same Organization ("Wirtschaftswoche"). The publisher is the
    site, never the writer; a blog's publisher that is a Person may be its writer.
    """
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        # -- "Organization", "NewsMediaOrganization", "Corporation": a body, not a person
        if any(isinstance(k, str) and k.endswith(("Organization", "Corporation")) for k in kinds):
            names.append(item["name"])
    return names


def _first_last(value: str) -> str:
    """A library-style creator ("Jong, Michiel de", "Kooman, F.") as it is read: "Michiel de Jong"."""
    m = re.fullmatch(r"([^,]{2,40}),\s*([^,]{1,40})", value.strip())
    return f"{m[2]} {m[1]}" if m else value


def _record_names(value: Any) -> list[str]:
    """Names in a JSON-LD author value: a string, a Person/Organization, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        raw = item.get("name") if isinstance(item, dict) else item
        if isinstance(raw, str) and (name := _usable_name(raw)) and name not in names:
            names.append(name)
    return names


# -- a site's address given as the author ("elmundo.es", "www.example.co.uk"): the site, no person
_HOST_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # -- "J.Smith" is a name


def _host_authors(meta: dict[str, list[str]]) -> set[str]:
    """Authors declared as the site's address ("elmundo.es"), as written and as words ("elmundo
    es", what an extractor makes of it): the site, never a writer."""
    hosts = {
        v.strip()
        for key in _AUTHOR_META
        for v in meta.get(key, [])
        if _HOST_NAME.fullmatch(v.strip())
    }
    return {h.casefold() for h in hosts} | {
        " ".join(re.split(r"[.\-_]+", h)).casefold() for h in hosts
    }


# -- the words a company's name ends in when it owns a site: "Arya Group", "Acme Media Ltd"
_COMPANY_WORDS = word_set(
    "group media news network networks inc ltd llc corp company co publishing publications"
    " digital online press holdings"
)
_HOST_IN = re.compile(r"(?:(?<=//)|(?<![\w.-]))(?:www\.)?([a-z0-9-]{3,})\.[a-z]{2,6}\b(?!@)", re.I)


def _site_companies(meta: dict[str, list[str]]) -> set[str]:
    """Authors declared as the company that owns the site (in lower case): never the writer.

    A news site fills its author field with its owner's name ("Arya Group" on
    aryanews.com): the name's first words, run together, open the name of a
    host the page's meta tags give (its address, image or copyright line) and
    the rest are company words. A person's own site ("janedoe.com" by "Jane
    Doe") names no company and keeps its author.
    """
    declared = [v for key in _AUTHOR_META for v in meta.get(key, [])]
    companies = {v for v in declared if v.split()[-1].lower().strip(".,") in _COMPANY_WORDS}
    if not companies:
        return set()
    hosts = {h.lower() for vs in meta.values() for v in vs for h in _HOST_IN.findall(v)}
    found = set()
    for name in companies:
        words = name.split()
        while words and words[-1].lower().strip(".,") in _COMPANY_WORDS:
            words.pop()
        stem = re.sub(r"[\W_]+", "", "".join(words)).lower()
        if len(stem) >= 3 and any(h.replace("-", "").startswith(stem) for h in hosts):
            found.add(name.casefold())
    return found


def guessed_name(raw: str) -> str:
    """An extractor's guessed author without the label it copied ("作者：王文" → "王文").

    A guess that opens with a dash ("— Principles of …") is the attribution under
    a quotation card, which names whom the quote is from, not the writer: none.
    """
    raw = " ".join(raw.split())
    return "" if raw[:1] in _ATTRIBUTION_DASHES else _BY_WORD.sub("", raw)


_ATTRIBUTION_DASHES = "—–―-"  # -- what opens a quotation's attribution line ("— Jo Li")


# -- the address an author field writes after the name, in brackets: "Jo Li (https://jo.li/)",
# -- "Jo Li <jo@li.org>" (the "name (URL)" and "name <e-mail>" forms of RSS and e-mail headers)
_NAME_ADDRESS = re.compile(
    r"\s*[(<\[]\s*(?:[a-z][a-z+.-]*://|mailto:|[\w.+-]+@)[^()<>\[\]]*[)>\]]$", re.I
)


def _usable_name(raw: str) -> str | None:
    """A byline's name, or None for a profile URL, an e-mail, a login ("devindra") or nothing.

    A name followed by its owner's address in brackets ("Jo Li (https://jo.li/)") is the
    name: the address says where to find the writer, it is not the writer.
    """
    raw = _NAME_ADDRESS.sub("", guessed_name(raw))
    if not raw or "://" in raw or "@" in raw or raw.startswith("/") or _HOST_NAME.fullmatch(raw):
        return None
    name = clean_author(_NICKNAME.sub("", raw))
    # -- a login ("devindra") is in lower case; a name in a script without case ("春春") is not
    login = " " not in name and name == name.lower() and name != name.upper()
    if not name or len(name) > 80 or login:
        return None
    if _CONTRIBUTORS.search(name):  # -- "Contributors to Wikimedia projects" signs nothing
        return None
    return name


def _printed_byline(root: Any) -> str | None:
    """The byline printed with the headline: itemprop=author, rel=author or a byline element.

    The first one after the headline wins (a page lists other stories'
    bylines before it); teaser lists, sidebars and footers are skipped.
    """
    candidates = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (
            "author" in (el.get("itemprop") or "").split()
            or (el.tag == "a" and "author" in (el.get("rel") or "").split())
            or _BYLINE_CLASS.search(el.get("class") or "")
            or _initials_link(el) is not None
        )
    ]
    for el in _from_headline(root, candidates):
        if _EDITOR.match(_text(el)):
            continue  # -- "<div class=detail_author>责任编辑：孔德明": the editor's credit
        if name := _initials_link(el) or _byline_name(el):
            return _co_authors(el, name)
    return None


_MAX_CO_AUTHORS = 12  # -- a byline lists a few writers; nested markup must not cost more


def _co_authors(el: Any, name: str) -> str:
    """The byline's name and those of its co-authors, marked up as authors beside it.

    ``<li class="byline"><span itemprop="author">A</span>, <span itemprop="author">B</span>``:
    each writer is an element of their own, under the byline or beside the first.
    """
    parent = el.getparent()
    own = "author" in (el.get("itemprop") or "").split()
    scope = parent if own and parent is not None else el
    marked = scope.xpath("./* | .//*[@itemprop]") if own else scope.xpath(".//*[@itemprop]")
    names = name.split(", ")  # -- the byline may already list several, set apart in bold
    authors = [o for o in marked if o is not el and "author" in (o.get("itemprop") or "").split()]
    for other in authors[:_MAX_CO_AUTHORS]:
        if (found := _byline_name(other)) and found not in names:
            names.append(found)
    return ", ".join(names)


# -- a link to the writer's page in the site's directory of people: "/experts/444",
# -- "/truth-o-meter/staff/louis-jacobson/", "/autoren/jo-li"
_PROFILE_PATH = re.compile(
    r"/(?:authors?|experts?|people|persons?|staff|profiles?|contributors?|writers?|columnists?"
    r"|journalists?|autor(?:en|es)?|auteurs?|autori|redacteurs?)/[^/?#\s]+/?(?:[?#].*)?$",
    re.I,
)
_UNDER_HEADLINE = 10  # -- text pieces after the headline that may still be its byline


def _headline_byline(root: Any) -> str | None:
    """The writer named in the lines right under the headline, however the page classes them.

    A byline is where every page prints it, under the headline and before the
    body: "By <a>Louis Jacobson</a> on …", "Written by Rachael Link, MS, RD on …",
    or the writer's name linked to their page in the site's directory of people.
    The lines count until the body begins (a long paragraph or a subheading).
    """
    for headline in (h for h in root.iter("h1") if _word_count(_text(h)) >= 4):
        if _elsewhere(headline):
            continue
        pieces = _after_headline(headline)
        for k, (piece, parent) in enumerate(pieces):
            profile = parent.tag == "a" and _PROFILE_PATH.search(parent.get("href") or "")
            if profile and re.fullmatch(_NAME, piece) and (name := _usable_name(piece)):
                return name
            if k == 0 and _credit_name(piece, parent) and (name := _usable_name(piece)):
                return " ".join(w.capitalize() if w.isupper() else w for w in name.split())
            if not _BY_WORD.match(piece + " "):
                continue
            rest = _BY_WORD.sub("", piece + " ").strip()
            if not rest and k + 1 < len(pieces):
                rest = pieces[k + 1][0]  # -- "By " then the linked name
            m = re.match(rf"{_NAME}(?:,\s*[A-Z][\w.]{{0,6}}){{0,3}}", rest)
            if m and (name := _usable_name(m.group(0))):
                return name
        return None
    return None


# -- an element that sets a byline apart without "By": "<div class=credits><b>JO LI</b>"
_CREDIT_CLASS = re.compile(r"credit|byline|author|autor|auteur|firma|assinatura", re.I)


def _credit_name(piece: str, parent: Any) -> bool:
    """The first line under the headline is a bare name set as a credit: bold or classed so.

    Portuguese and Spanish papers print "MARIANA VERSOLATO" over the writer's role,
    with no "Por"; a place or a kicker is not bold in a credits box.
    """
    if not name_line(piece) or parent.tag not in ("b", "strong", "span", "a", "p", "div"):
        return False
    near = [parent, *list(parent.iterancestors())[:2]]
    classed = any(_CREDIT_CLASS.search(el.get("class") or "") for el in near)
    return classed and (
        parent.tag in ("b", "strong") or _CREDIT_CLASS.search(parent.get("class") or "") is not None
    )


def _after_headline(headline: Any) -> list[tuple[str, Any]]:
    """The text pieces printed after ``headline`` until the body begins, with their elements."""
    pieces: list[tuple[str, Any]] = []
    nxt = headline.getnext()
    for node in headline.xpath(
        f"following::text()[normalize-space()][position() <= {_UNDER_HEADLINE}]"
    ):
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style", "noscript") or _elsewhere(parent):
            continue
        text = " ".join(str(node).split())
        if (
            parent.tag in ("h2", "h3", "h4", "h5", "h6")
            and not pieces
            and parent is nxt
            and _word_count(text) >= DEK_WORDS
        ):
            continue  # -- the dek set as an h2 right under the h1, above byline and date
        if parent.tag in ("h2", "h3", "h4", "h5", "h6") or len(text) > 250:
            break  # -- a subheading or a long paragraph: the body has begun
        pieces.append((text, parent))
    return pieces


def _initials_link(el: Any) -> str | None:
    """An author signing with initials that mail them: ``(<a title="Ben Schwan" href="mailto:…">bsc</a>)``.

    German and Dutch news sites end an article so; the link's title names the person.
    """
    if el.tag != "a" or not (el.get("href") or "").lower().startswith("mailto:"):
        return None
    title = " ".join((el.get("title") or "").split())
    initials = _text(el)
    if not re.fullmatch(r"[a-zA-Z]{2,4}", initials) or not re.fullmatch(_NAME, title):
        return None
    return _usable_name(title)


def _from_headline(root: Any, candidates: list[Any]) -> list[Any]:
    """Candidates from the headline on, then those above it; teasers, sidebars, chrome left out."""
    # -- the h1 the <title> repeats: a section's name set in an h1 above it ("Ciência", with
    # -- today's date beside it) is page chrome, not the article's headline
    headline = _headline_h1(root)[0]
    if headline is None:
        headline = next(iter(root.iter("h1")), None)
    order = {el: n for n, el in enumerate(root.iter())}
    start = order.get(headline, 0) if headline is not None else 0
    kept = [el for el in candidates if not _elsewhere(el) and not _in_story_list(el)]
    return sorted(kept, key=lambda el: (order[el] < start, order[el]))


def _byline_name(el: Any) -> str | None:
    """The name in a byline element, its parts (name, date, share count) kept apart."""
    # -- "By <a rel=author>A</a> and <a rel=author>B</a>": every linked author, in order
    linked: list[str] = []
    for a in el.xpath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        if (name := _usable_name(_text(a))) and name not in linked:
            linked.append(name)
    if len(linked) >= 2:
        return ", ".join(linked)
    if len(set_apart := _set_apart_names(el)) >= 2:
        return ", ".join(set_apart)
    named = el.xpath(".//*[@itemprop='name']")
    parts = [_text(named[0])] if named else [" ".join(t.split()) for t in el.itertext()]
    parts = [p for p in parts if p and not _BY_WORD.fullmatch(p + " ")]
    if not parts:
        return None
    text = " | ".join(parts)
    printed_by = _BY_WORD.match(_text(el) + " ") is not None
    declared = printed_by or el.tag == "a" or "author" in (el.get("itemprop") or "")
    # -- a "byline" class without "By …" is often a column name or a comment notice
    if not declared and not re.fullmatch(_NAME, parts[0]):
        return None
    return _usable_name(text)


# -- what joins the names of a byline's writers: a comma, "and" in the languages we read
_NAME_JOINER = re.compile(r"(?i:,|&|/|and|et|und|y|e|i|en|og|och|,\s*and)")


def _set_apart_names(el: Any) -> list[str]:
    """Writers a byline sets apart one by one in bold or links, joined by commas or "and".

    "Par <strong>LILIAN ALEMAGNA</strong>, <strong>LAURE BRETTON</strong> Envoyés
    spéciaux": each writer is an element of their own; the text between two of them
    is only a joiner. Text after the last one (their role) is no name.
    """
    marked = [c for c in el.iter("strong", "b", "a") if c is not el][:_MAX_CO_AUTHORS]
    names: list[str] = []
    for k, child in enumerate(marked):
        text = _text(child)
        if not re.fullmatch(_NAME, text) or not (name := _usable_name(text)):
            return []
        last = k == len(marked) - 1
        joiner = " ".join((child.tail or "").split())
        # -- the next writer follows at once, in the same line: "A, B", "A and B"
        if not last and (
            child.getnext() is not marked[k + 1] or not _NAME_JOINER.fullmatch(joiner)
        ):
            return []
        names.append(name)
    return list(dict.fromkeys(names))


def _elsewhere(el: Any) -> bool:
    """Inside another story's teaser, a sidebar or the page chrome."""
    return _elsewhere_box(el.iterancestors()) is not None


def _elsewhere_box(nodes: Any) -> Any:
    """The first of ``nodes`` (an element's ancestors, inner first) that is a teaser, a
    sidebar or the page chrome, or None."""
    for anc in nodes:
        if anc.tag in ("body", "html"):
            break  # -- the page's own classes (feature flags "f_popular_6_on") are no container
        if anc.tag in _ELSEWHERE_TAGS or anc.get("role") in _CHROME_ROLES:
            return anc  # -- role="banner": the site's header, with today's date in it
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}".split()
        if any(_ELSEWHERE.search(name) for name in names):
            return anc
    return None


# -- dates -----------------------------------------------------------------------------


_CREATED_KEY = re.compile(r"creat", re.I)  # -- "article:create_at", "dateCreated", "dc.created"


def _date(root: Any, records: list[dict[str, Any]], meta: dict[str, list[str]]) -> str | None:
    """The article's date: declared, else printed; a declared creation date the page prints wins.

    A portal that reposts an agency's story declares its own (next morning's)
    publication time, yet also declares when the story was created and prints
    that day under the headline. Two declared dates, and the printed one says
    which is the story's; a creation date the page does not print stays unused.
    """
    declared = _declared_date(root, records, meta)
    created = [
        iso
        for key, values in (*meta.items(), *((k, [v]) for r in records for k, v in r.items()))
        if isinstance(key, str) and _CREATED_KEY.search(key)
        for value in values
        if isinstance(value, str) and (iso := _iso(value))
    ]
    earlier = sorted(iso for iso in created if declared and iso < declared)
    if earlier and _printed_date(root) == earlier[0]:
        return earlier[0]
    return declared


def _declared_date(
    root: Any, records: list[dict[str, Any]], meta: dict[str, list[str]]
) -> str | None:
    for record in records:
        if isinstance(value := record.get("datePublished"), str) and (iso := _iso(value)):
            return _local(iso, value, root)
    for key in _DATE_META:
        if iso := _iso(value := _first(meta, key)):
            return _local(iso, value, root)
    for key in meta:  # -- a vendor's own name: "cXenseParse:recs:publishtime", "x:pubdate"
        if _PUBLISH_KEY.search(key) and (iso := _iso(stamp := _first(meta, key))):
            return _local(iso, stamp, root)
    for el in root.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]"):
        value = el.get("datetime") or el.get("content") or el.get("title") or _text(el)
        if iso := _iso(value):
            return iso
    if iso := _rdfa_date(root):
        return iso
    return (
        _printed_date(root)
        or _headline_dateline(root)
        or _labelled_headline_date(root)
        or _byline_date(root)
        or _card_date(root)
        or _address_date(root, meta)
        or _title_date(root, meta)
    )


# -- RDFa's machine-readable date on the article (Drupal: ``property="dc:date" content="…"``)
_RDFA_DATE = "//*[@content][@property='dc:date' or @property='dc:created' or @property='dcterms:date' or @property='dcterms:created' or @property='dcterms:issued']"


def _rdfa_date(root: Any) -> str | None:
    """The day the page's RDFa marks as the article's, when it marks one day only.

    A list of other stories marks each teaser's day the same way; several
    different days say nothing about this article's.
    """
    days = {iso for el in root.xpath(_RDFA_DATE) if (iso := _iso(el.get("content") or ""))}
    return days.pop() if len(days) == 1 else None


def _byline_date(root: Any) -> str | None:
    """The day a byline element prints beside the writer's name: "CHQ Staff | 10/17/18".

    The byline's parts are set apart by bars or dots; one that is a date (a
    two-digit year too, read the page's way) is the article's day. A byline
    element whose text is longer than a byline holds more than one.
    """
    candidates = [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and _BYLINE_CLASS.search(el.get("class") or "")
    ]
    for el in _from_headline(root, candidates):
        text = _text(el)
        if len(text) > BYLINE_CHARS or _UPDATED_TEXT.match(text):
            continue
        for part in _BYLINE_PARTS.split(text):
            if iso := _iso(part):
                return iso
    return None


BYLINE_CHARS = 120  # -- the longest text of a byline element: a name or two and a date
_BYLINE_PARTS = re.compile(r"\s*[|·•]\s*")


def _headline_dateline(root: Any) -> str | None:
    """The day printed in the short line right under the headline, however it is classed.

    "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00" sits in the element after
    the ``h1``; a page names its date classes in ways no list foresees, but the
    line under the headline is where every page prints the day.
    """
    # -- the article's headline: an h1 of four words or more (a logo's h1 is the site's name);
    # -- a page with a desktop and a mobile layout prints it twice, the date under either
    headlines = [h for h in root.iter("h1") if _word_count(_text(h)) >= 4]
    for headline in headlines or _set_headline(root):
        if iso := _date_under(headline):
            return iso
    return None


def _set_headline(root: Any) -> list[Any]:
    """The element printing the <title>'s headline on a page with no h1 (a bold font in a table).

    Pages made before h1 was common set the headline as large bold text; the
    innermost element whose whole text is the <title>'s first part is it.
    """
    title = next((t for t in map(_text, root.iter("title")) if t), "")
    head = _TITLE_PARTS.split(title)[0].strip() if title else ""
    if _word_count(head) < 4:
        return []
    body = next(iter(root.iter("body")), None)
    if body is None:
        return []
    found = [
        el
        for el in body.iter(
            "b", "strong", "font", "span", "div", "td", "p", "dt", "li", "h2", "h3", "h4"
        )
        if _text(el) == head and not _elsewhere(el)
    ]
    return [el for el in found if not any(o is not el and el in o.iterancestors() for o in found)][
        :1
    ]


DEK_WORDS = 6  # -- a dek is a sentence; a section heading ("Background") is a few words
_ABOVE_HEADLINE = 6  # -- text pieces before the headline that may still be its byline block


def _labelled_headline_date(root: Any) -> str | None:
    """A labelled publication date in the headline's block, above or below the headline.

    "Moritz Bachmann · publiziert am 25. September 2018" over the h1: the label
    says the day is the article's own. An update's date is not its publication.
    """
    for headline in (h for h in root.iter("h1") if _word_count(_text(h)) >= 4):
        if _elsewhere(headline):
            continue
        above = headline.xpath(
            f"preceding::text()[normalize-space()][position() <= {_ABOVE_HEADLINE}]"
        )
        texts = [
            " ".join(str(t).split())
            for t in above
            if (parent := t.getparent()) is not None
            and parent.tag not in ("script", "style", "noscript", "title")
            and not _elsewhere(parent)
        ]
        texts += [piece for piece, _ in _after_headline(headline)]
        for text in texts:
            if len(text) <= 120 and not _UPDATED_TEXT.match(text) and (iso := labelled_date(text)):
                return iso
        return None
    return None


def _date_under(headline: Any) -> str | None:
    line = headline.getnext()
    beside = line is not None and isinstance(line.tag, str) and not _elsewhere(line)
    if beside and (iso := _dateline_date(_text(line))):
        return iso
    # -- or the first words printed after it, wherever the page nests them: the h1 alone in a
    # -- wrapper, then "<p>23.10.2018</p>"; a "Submitted on …" span opening the article body
    after = headline.xpath("following::text()[normalize-space()][1]")
    first = bool(after) and not _elsewhere(after[0].getparent())
    if first and (iso := _dateline_date(" ".join(str(after[0]).split()))):
        return iso
    # -- or a line that is nothing but a date further down the headline's block, below the
    # -- byline and the standfirst ("<div>August 06, 2019</div>"), before the body begins
    for piece, _ in _after_headline(headline):
        if (iso := parse_date(piece)) and len(iso) == 10:
            return iso
    return None


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _word_count(text: str) -> int:
    """Words in ``text``; Chinese and Japanese, written without spaces, count 3 characters 2."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) * 2 // 3


def _dateline_date(text: str) -> str | None:
    """The day a short printed line gives, unless it is an update's or names only a month.

    A dateline, not a standfirst that tells of a day ("On 3 March 2020 the
    council …."): a longer line counts only when it is no sentence, as a
    dateline with its credits ("22/11/2020 - 04:30 - Fonte: … - Foto: …") is not.
    """
    if not text or len(text) > 120 or _UPDATED_TEXT.match(text):
        return None
    # -- "By Jo Li on Monday, November 18th, 2019 at 11:04 a.m." is a byline, not a sentence
    sentence = not _BY_WORD.match(text + " ")
    if sentence and _word_count(text) > 10 and text.rstrip(" ”’\"'")[-1:] in ".!?。！？":
        return None
    iso = find_date(text)
    return iso if iso and len(iso) == 10 else None


_UTC = re.compile(
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)|\d{2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|\+0000))$",
    re.I,
)


def _local(iso: str, declared: str, root: Any) -> str:
    """The day the page prints when its declared time is in UTC and the print is a day off.

    "2023-01-17T00:30:41Z" is the evening of the 16th where the page was
    published; the page prints "January 16, 2023" with its headline.
    """
    if not _UTC.search(declared.strip()) or not (
        printed := _printed_date(root) or _headline_dateline(root)
    ):
        return iso
    apart = abs((datetime.fromisoformat(printed) - datetime.fromisoformat(iso)).days)
    return printed if apart == 1 else iso


def _iso(value: str) -> str | None:
    """The calendar date of a declared timestamp, as the page wrote it (no time-zone shift)."""
    value = value.strip()
    if m := _ISO.match(value):
        iso = f"{m[1]}-{m[2]}-{m[3]}"
        return iso if find_date(iso) == iso else None
    if not value or len(value) > 60:
        return None
    if found := parse_date(value) or find_date(value):
        return found if len(found) == 10 else None
    if short := short_numeric_date(value):
        return short  # -- "3/09/15 8:00am" in an element marked as the publication date
    if not _YEAR.search(value):
        return None  # -- "9:48 PM": the parser would fill in today's date
    return stamp_date(value)  # -- "Fri Mar 13 21:30:09 EST 2015"


def _printed_date(root: Any) -> str | None:
    """The date printed with the headline: a <time>, or an element classed as a date.

    Not an update ("Last updated …", dateModified), not a date in a table (a
    wiki's infobox gives its subject's founding date), not a teaser's.
    """
    candidates = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (
            el.tag == "time"
            or any(_DATE_CLASS.fullmatch(c) for c in _classes(el))
            # -- or named so by its id: <div id="blog_date">22.05.2014 - Stadt</div>
            or bool(_DATE_CLASS.fullmatch((el.get("id") or "").lower()))
        )
    ]
    for el in _from_headline(root, candidates):
        names = " ".join(_classes(el)) + " " + (el.get("itemprop") or "")
        text = _text(el)
        updated = _UPDATED.search(names) and "published" not in _classes(el)  # -- hAtom
        if updated or _UPDATED_TEXT.match(text) or _in_table(el):
            continue
        value = el.get("datetime") or (el.get("title") if el.tag == "abbr" else None)
        if iso := _iso(value or (text if len(text) <= 80 else "")):
            return iso
    return None


def _classes(el: Any) -> list[str]:
    return (el.get("class") or "").lower().split()


def _in_table(el: Any) -> bool:
    return any(a.tag == "table" for a in el.iterancestors())


def _address_date(root: Any, meta: dict[str, list[str]]) -> str | None:
    """The date in the page's own address (canonical link or og:url): /2015/03/18/…."""
    urls = [_first(meta, "og:url")] + [
        link.get("href") or "" for link in root.iter("link") if link.get("rel") == "canonical"
    ]
    for url in urls:
        if m := _URL_DATE.search(url.split("?")[0]):
            year, month, day = (g for g in m.groups() if g)
            iso = f"{year}-{month}-{day}"
            if find_date(iso) == iso:
                return iso
    return None


def _title_date(root: Any, meta: dict[str, list[str]]) -> str | None:
    """A whole date set apart in the page title ("Headline - 07.12.2017 - Site")."""
    titles = [_text(t) for t in root.iter("title")] + [_first(meta, "title")]
    for title in titles:
        for part in _TITLE_SEPARATOR.split(title):
            if (iso := parse_date(part)) and len(iso) == 10:
                return iso
    return None


# -- headline --------------------------------------------------------------------------

_HIDDEN = re.compile(r"aural|sr-only|visually-?hidden|screen-?reader|hidden", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—»·-]\s+")
_KICKER = re.compile(r"kicker|category|eyebrow|dachzeile|overline|topline|rubri[ck]", re.I)


def _headline(root: Any) -> str:
    """The h1 that shares most words with the page's <title>, without a kicker span inside it.

    Pages print the site's name and a portal name in h1s above the article's
    (``<h1><span class="category">Verbraucherschutz</span>Mehr Transparenz …</h1>``).
    """
    return _headline_h1(root)[1]


def _kicked(root: Any) -> bool:
    """Whether the headline's h1 holds a kicker element beside the headline's words.

    ``<h1><span class="dachzeile">…</span><span class="headline">…</span></h1>``:
    the page lays out its printed headline in parts, so that h1 is the article's.
    """
    h1 = _headline_h1(root)[0]
    return h1 is not None and any(
        isinstance(c.tag, str) and _KICKER.search(c.get("class") or "") for c in h1
    )


# -- a byline set as the headline's last line, after a <br>: "By Jane Doe", or a newspaper's
# -- staff title before the name ("編集委員 中沢克二": senior staff writer, 記者: reporter,
# -- 特派員: correspondent, 論説委員/解説委員: editorial writer, commentator)
_H1_BYLINE = re.compile(
    r"^\s*(?:[Bb]y\s+|(?:上級)?(?:編集委員|論説委員|解説委員|特派員|記者|コラムニスト)\s*)"
    r"(?P<name>[^\s,;:|]+(?:\s+[^\s,;:|]+){0,3})\s*$"
)
_LINE_BREAK = "\x00"


def _without_byline_line(text: str) -> str:
    """The h1's text without a last line that is a byline; line breaks as spaces."""
    lines = text.split(_LINE_BREAK)
    if len(lines) > 1 and not lines[-1].strip():
        lines.pop()
    if len(lines) > 1 and _H1_BYLINE.match(lines[-1]):
        lines.pop()
    return " ".join(lines)


def _h1_byline(root: Any) -> str | None:
    """The name in a byline the headline sets as its last line (see _H1_BYLINE)."""
    h1 = _headline_h1(root)[0]
    if h1 is None or h1.find("br") is None:
        return None
    last = h1.xpath("./br[last()]/following-sibling::node()")
    tail = "".join(n if isinstance(n, str) else _text(n) for n in last)
    m = _H1_BYLINE.match(" ".join(tail.split()))
    return _usable_name(m.group("name")) if m else None


def _headline_in_parts(root: Any, records: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The kicker and the headline a heading prints in two elements, as the article's record
    declares its headline ("Kicker: Headline"), else None.

    A news page may set its SEO title as a small h1 over the article and print the
    headline larger in an h2: a kicker line, then the headline, each an element of
    its own. The article's record (JSON-LD) joins the two with a colon; the page's
    own print of those parts shows which words are the headline.
    """
    declared = {
        " ".join(h.split()) for r in records if isinstance(h := r.get("headline"), str) and ":" in h
    }
    if not declared:
        return None
    for el in root.iter("h1", "h2"):
        parts = [_text(c) for c in el if isinstance(c.tag, str) and _text(c)]
        if len(parts) == 2 and f"{parts[0]}: {parts[1]}" in declared and not _elsewhere(el):
            return parts[0], parts[1]
    return None


def _headline_h1(root: Any) -> tuple[Any, str]:
    """The article's h1 element (None when no h1 shares a word with <title>) and its text."""
    titles = [_text(t) for t in root.iter("title")]
    title = {w.casefold() for t in titles for w in t.split() if len(w) > 2}
    # -- the <title>'s parts after its first ("… » Local » Ultima Hora Mallorca"): a link to
    # -- the front page printed inside the h1 holds one, glued to the headline's last word
    trail = {p.casefold() for t in titles for p in _TITLE_PARTS.split(t)[1:] if p}
    best, best_shared, best_el = "", 0, None
    for h1 in root.iter("h1"):
        if _HIDDEN.search(h1.get("class") or "") or _elsewhere(h1):
            continue
        kept = [h1.text or ""]
        for child in h1:
            if not isinstance(child.tag, str):  # -- a comment or processing instruction
                kept.append(child.tail or "")
                continue
            if child.tag == "br":
                kept.append(_LINE_BREAK)
            elif (
                not _KICKER.search(child.get("class") or "")
                and not _HIDDEN.search(child.get("class") or "")
                and _text(child).casefold() not in trail
            ):
                kept.append(child.text_content())
            kept.append(child.tail or "")
        text = " ".join(_without_byline_line("".join(kept)).split())
        shared = len({w.casefold() for w in text.split()} & title)
        if shared > best_shared:
            best, best_shared, best_el = text, shared, h1
    return best_el, best


# -- standfirst ------------------------------------------------------------------------


def _deks(root: Any) -> tuple[str, ...]:
    """Texts of elements the page marks as a standfirst (class "dek"/"standfirst"/"subtitle")."""
    found: list[str] = []
    for el in root.iter("p", "h2", "h3", "h4", "div", "span"):
        marked = "description" in (el.get("itemprop") or "").split()
        if not (marked or _DEK_CLASS.search(el.get("class") or "")):
            continue
        text = _text(el)
        if 20 <= len(text) <= 600 and not _elsewhere(el) and text not in found:
            found.append(text)
        if len(found) >= 4:
            break
    return tuple(found)
