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
