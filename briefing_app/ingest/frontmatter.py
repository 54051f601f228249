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
from yaml.nodes import Node, ScalarNode

MAX_FRONT_MATTER = 64 * 1024  # -- characters; PyYAML's scanner is quadratic on deep nesting --
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


class _FrontMatterLoader(yaml.BaseLoader):
    """BaseLoader that refuses aliases and reads plain ``null``/``~``/empty as None."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise ComposerError(
                None, None, "aliases are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_scalar(self, node: ScalarNode) -> str | None:  # type: ignore[override]
        value = super().construct_scalar(node)
        if node.style is None and isinstance(value, str) and _NULL.match(value):
            return None
        return value


def load_front_matter(text: str) -> dict[str, object] | None:
    """The mapping a front-matter block holds, or None if it is not a small, plain YAML mapping."""
    if len(text) > MAX_FRONT_MATTER:
        return None
    try:
        # -- a tag-less loader: nothing but str, list, dict and None is ever constructed --
        data = yaml.load(text, Loader=_FrontMatterLoader)
    except (yaml.YAMLError, ComposerError, ConstructorError, RecursionError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(key): value for key, value in data.items()}
