"""YAML front matter, loaded safely: no aliases, no tags, every value text (or None).

A few hundred bytes of YAML anchors and aliases ("billion laughs") expand to
megabytes once a value is turned into text, and YAML's implicit types turn
``date: 2021-02-30`` into an exception and a 5,000-digit number into another.
Front matter is a handful of strings, so it is read with PyYAML's BaseLoader
(no implicit types, no ``!!`` tags) and any alias is refused outright: the
caller gets a plain dict of strings, lists and dicts, or None.
"""

from __future__ import annotations

import html
import re
from datetime import date

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_FRONT_MATTER = 64 * 1024  # -- characters; PyYAML's scanner is quadratic on deep nesting --
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


class _PlainScalars:
    """Plain ``null``/``~``/empty read as None; every other scalar stays text."""

    def construct_scalar(self, node: ScalarNode) -> str | None:
        value = super().construct_scalar(node)  # type: ignore[misc]
        # -- a plain scalar: style None from the pure-Python parser, "" from libyaml
        if not node.style and isinstance(value, str) and _NULL.match(value):
            return None
        return value


class _FrontMatterLoader(_PlainScalars, yaml.BaseLoader):  # type: ignore[misc]
    """Pure-Python BaseLoader that refuses aliases as it composes."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise ComposerError(
                None, None, "aliases are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


# -- libyaml's parser (bundled with PyYAML's wheels) reads front matter ten times faster; its
# -- composer is C, so aliases are found on the composed nodes instead (see _shares_nodes).
# -- What it refuses goes to the pure-Python loader; a few blocks that one refuses (a tab
# -- after "title:") libyaml, YAML's reference parser, reads --
_CLoader: type | None = (
    type("_CFrontMatterLoader", (_PlainScalars, yaml.CBaseLoader), {})
    if getattr(yaml, "__with_libyaml__", False)
    else None
)


def load_front_matter(text: str) -> dict[str, object] | None:
    """The mapping a front-matter block holds, or None if it is not a small, plain YAML mapping."""
    if len(text) > MAX_FRONT_MATTER:
        return None
    try:
        # -- a tag-less loader: nothing but str, list, dict and None is ever constructed --
        data = _load_c(text) if _CLoader is not None else None
        if data is None:
            data = yaml.load(text, Loader=_FrontMatterLoader)
    except (yaml.YAMLError, ComposerError, ConstructorError, RecursionError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(key): value for key, value in data.items()}


def _load_c(text: str) -> object:
    """What libyaml reads, or None (anything it refuses, or a node reached twice, which is what
    an alias makes) so the pure-Python loader decides."""
    loader = _CLoader(text)  # type: ignore[misc]
    try:
        node = loader.get_single_node()
        if node is None or _shares_nodes(node):
            return None
        return loader.construct_document(node)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def _shares_nodes(root: Node) -> bool:
    """Whether a node is reached twice: an alias (``*a``) composes to its anchor's own node."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
    return False


# -- what each field is called in the front matter of the generators and archives we read
_KEYS = {
    "title": ("title",),
    # -- "creators": a citation record's list of names (Zotero, a library's harvest)
    "author": ("author", "authors", "creator", "creators"),
    "date": ("date", "published", "pubdate", "datum", "fecha"),
    "publication": ("publication", "publisher", "source", "site_name"),
    "standfirst": ("subtitle", "description", "summary", "standfirst"),
    "language": ("lang", "language", "locale"),
}


def front_matter_fields(yaml_text: str) -> dict[str, str]:
    """Title, author, date, publication, standfirst and language declared in the front matter.

    The alias-free loader keeps every value as written (``date: 2021-02-30`` stays text for
    the date reader), and refuses aliases, so a few hundred bytes cannot expand to megabytes.
    """
    data = load_front_matter(yaml_text) or {}
    meta: dict[str, str] = {}
    for key, aliases in _KEYS.items():
        values = (v for a in aliases if a in data and (v := _plain(data[a], names=key == "author")))
        # -- a date has a digit: Jekyll's `published: "true"` is a switch, not the day
        value = next((v for v in values if key != "date" or any(c.isdigit() for c in v)), "")
        if value:
            meta[key] = value
    if "date" in meta:
        meta["date_source"] = "metadata"
    return meta


def _plain(value: object, *, names: bool = False) -> str:
    """A scalar, a list of names or a {name: …} mapping as one line of text; else ""."""
    if isinstance(value, list):
        parts = (_plain(v) for v in value[:20])
        return ", ".join(_name_order(p) if names else p for p in parts if p)
    if isinstance(value, dict):
        return _plain(value.get("name")) if not isinstance(value.get("name"), dict | list) else ""
    if isinstance(value, str):
        # Site generators exported from WordPress keep its entities ("&#8211;") in the YAML.
        return " ".join(html.unescape(value).split())
    if isinstance(value, int | float | date) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""


# -- "Bowen, Chris", "van Dyke, Jo A.": a family name, a comma, the given names (no digits)
_FAMILY_FIRST = re.compile(r"(?P<family>[^\W\d][\w'’ -]*?)\s*,\s*(?P<given>[^\W\d][\w'’. -]*)")


def _name_order(item: str) -> str:
    """A listed name as printed ("Chris Bowen"), from the catalogue's "Bowen, Chris".

    Each item of a list of names is one person, so its one comma parts the family
    name from the given names, as a library catalogue and a citation record write
    them; a scalar "Li, Jo" may list two people and is left as it is.
    """
    m = _FAMILY_FIRST.fullmatch(item)
    if not m or len(m["family"].split()) > 3 or not _given_names(m["given"]):
        return item
    return f"{m['given']} {m['family']}"


_INITIAL = re.compile(r"[^\W\d_]\.")
_SUFFIXES = {"jr", "sr"}


def _given_names(part: str) -> bool:
    """One to three given names or initials ("Chris", "Jo A."), no degree ("PhD") or "Jr."."""
    words = part.split()
    return 0 < len(words) <= 3 and all(
        (_INITIAL.fullmatch(w) or (w.isalpha() and w.istitle()))
        and w.rstrip(".").casefold() not in _SUFFIXES
        for w in words
    )
