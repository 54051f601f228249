"""YAML front matter, loaded safely: no aliases, no tags, every value text (or None).

A few hundred bytes of YAML anchors and aliases ("billion laughs") expand to
megabytes once a value is turned into text, and YAML's implicit types turn
``date: 2021-02-30`` into an exception and a 5,000-digit number into another.
Front matter is a handful of strings, so it is read with PyYAML's BaseLoader
(no implicit types, no ``!!`` tags) and any alias is refused outright: the
caller gets a plain dict of strings, lists and dicts, or None.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import (
    AliasEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import Node, ScalarNode

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
# -- events are turned into values here (see _value), aliases refused on the way. What it
# -- refuses goes to the pure-Python loader; a few blocks that one refuses (a tab after
# -- "title:") libyaml, YAML's reference parser, reads --
_CLoader: type | None = yaml.CBaseLoader if getattr(yaml, "__with_libyaml__", False) else None


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
    """What libyaml reads, or None (anything it refuses, an alias, a duplicate anchor, a second
    document, an unhashable key) so the pure-Python loader decides."""
    loader = _CLoader(text)  # type: ignore[misc]
    try:
        loader.get_event()  # -- the stream's start
        if isinstance(loader.get_event(), StreamEndEvent):
            return None  # -- no document
        value = _value(loader, loader.get_event(), set())
        loader.get_event()  # -- the document's end
        return value if isinstance(loader.get_event(), StreamEndEvent) else None
    except (yaml.YAMLError, _Refused):
        return None
    finally:
        loader.dispose()


class _Refused(Exception):
    """What BaseLoader's composer or constructor refuses, or an alias (refused here)."""


def _value(loader: yaml.CBaseLoader, event: Event | None, anchors: set[str]) -> object:
    """The str, None, list or dict BaseLoader with _PlainScalars builds of the node ``event``
    opens, read from libyaml's events (composing nodes first, with a Python call per node to
    resolve a tag nothing reads, and then constructing them cost three times as much).

    As BaseLoader: every tag ignored, a mapping's keys built like its values, an unhashable key
    and a duplicate anchor refused."""
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        if anchor in anchors or isinstance(event, AliasEvent):
            raise _Refused
        anchors.add(anchor)
    if isinstance(event, ScalarEvent):
        value = event.value
        return None if not event.style and _NULL.match(value) else value
    if isinstance(event, SequenceStartEvent):
        items = []
        while not isinstance(event := loader.get_event(), SequenceEndEvent):
            items.append(_value(loader, event, anchors))
        return items
    if not isinstance(event, MappingStartEvent):
        raise _Refused
    mapping: dict[object, object] = {}
    while not isinstance(event := loader.get_event(), MappingEndEvent):
        key = _value(loader, event, anchors)
        if not isinstance(key, Hashable):
            raise _Refused
        mapping[key] = _value(loader, loader.get_event(), anchors)
    return mapping
