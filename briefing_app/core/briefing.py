"""The user's work on one article: picks, order, edits, memo header and templates.

Every change goes through one small method here so the GUI can wrap each in
an undoable command and the CLI can build the same object with defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Literal, get_args

from briefing_app.core.article import Article, Recommendation, Section
from briefing_app.core.errors import UserError
from briefing_app.core.selection import shown_summary
from briefing_app.core.summarize import bullets_from_summary

SCHEMA_VERSION = 2  # 2: nested outline (sections have level and parent_id)
TemplateKind = Literal["deck", "memo"]
EditableField = Literal["title", "summary", "bullets", "notes"]
HeaderField = Literal["to", "through", "sender", "date", "subject", "classification", "bottom_line"]
TEMPLATE_KINDS: tuple[TemplateKind, ...] = get_args(TemplateKind)
EDITABLE_FIELDS: tuple[EditableField, ...] = get_args(EditableField)
HEADER_FIELDS: tuple[HeaderField, ...] = get_args(HeaderField)


def _repeated_recommendations(article: Article) -> set[str]:
    """Ids of recommendations whose headline, letters and digits only, an earlier one has."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for rec in article.recommendations:
        key = "".join(filter(str.isalnum, rec.headline.casefold()))
        if key and key in seen:
            repeated.add(rec.id)
        seen.add(key)
    return repeated


@dataclass
class ItemEdit:
    """What the user typed over the automatic values; None means "automatic"."""

    title: str | None = None
    summary: str | None = None
    bullets: list[str] | None = None
    notes: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass
class MemoHeader:
    """Memo header block; empty strings are filled with defaults at export time."""

    to: str = ""
    through: str = ""
    sender: str = ""
    date: str = ""  # ISO date; empty = the export date
    subject: str = ""  # empty = the article title
    classification: str = ""  # e.g. "UNCLASSIFIED"; empty = no marking
    bottom_line: str = ""  # the memo's BLUF; empty = automatic (standfirst + what follows)


@dataclass
class Briefing:
    """A mutable selection and edit layer over an immutable :class:`Article`."""

    article: Article
    order: list[str] = field(default_factory=list)
    picked: set[str] = field(default_factory=set)
    edits: dict[str, ItemEdit] = field(default_factory=dict)
    header: MemoHeader = field(default_factory=MemoHeader)
    deck_template: str | None = None
    memo_template: str | None = None

    @classmethod
    def from_article(cls, article: Article, *, select: list[str] | None = None) -> Briefing:
        """A briefing with everything detected picked (or only ``select``), in source order.

        A recommendation that repeats an earlier one's headline (a brief's summary lists its
        recommendations, its last section sets them out again) starts unticked: the deck would
        show it twice. The user sees it in the outline and may tick it.
        """
        order = [s.id for s in article.sections] + [r.id for r in article.recommendations]
        if select is None:
            picked = set(order) - _repeated_recommendations(article)
        else:
            unknown = [i for i in select if not article.has_item(i)]
            if unknown:
                raise UserError(
                    f"Unknown id {unknown[0]!r}; run 'briefing-app inspect' to list the ids."
                )
            picked = set(select)
        return cls(article=article, order=order, picked=picked)

    # -- reading ---------------------------------------------------------------

    def sections(self) -> list[Section]:
        """All sections in the user's order."""
        return [item for i in self.order if isinstance(item := self.article.item(i), Section)]

    def recommendations(self) -> list[Recommendation]:
        """All recommendations in the user's order."""
        return [
            item for i in self.order if isinstance(item := self.article.item(i), Recommendation)
        ]

    def picked_sections(self) -> list[Section]:
        return [s for s in self.sections() if s.id in self.picked]

    def picked_recommendations(self) -> list[Recommendation]:
        return [r for r in self.recommendations() if r.id in self.picked]

    def is_picked(self, item_id: str) -> bool:
        return item_id in self.picked

    def title_of(self, item_id: str) -> str:
        edit = self.edits.get(item_id)
        if edit and edit.title is not None:
            return edit.title
        return self.automatic_title(item_id)

    def automatic_title(self, item_id: str) -> str:
        item = self.article.item(item_id)
        if isinstance(item, Recommendation):
            return item.headline
        return item.heading or "Introduction"

    def summary_of(self, item_id: str) -> str:
        edit = self.edits.get(item_id)
        if edit and edit.summary is not None:
            return edit.summary
        item = self.article.item(item_id)
        # -- a section's automatic summary never quotes a recommendation the user unticked --
        return shown_summary(self, item) if isinstance(item, Section) else item.summary

    def bullets_of(self, item_id: str) -> list[str]:
        """The user's bullets, or the automatic ones derived from the current summary."""

        edit = self.edits.get(item_id)
        if edit and edit.bullets is not None:
            return list(edit.bullets)
        return bullets_from_summary(self.summary_of(item_id))

    def notes_of(self, item_id: str) -> str:
        edit = self.edits.get(item_id)
        return edit.notes if edit and edit.notes is not None else ""

    def edit_of(self, item_id: str) -> ItemEdit:
        """A copy of the user's edit record for an item (all None when untouched)."""
        edit = self.edits.get(item_id)
        return ItemEdit(**asdict(edit)) if edit else ItemEdit()

    # -- changing (each method is one undoable step in the GUI) ----------------

    def set_picked(self, item_id: str, picked: bool) -> None:
        self.article.item(item_id)
        if picked:
            self.picked.add(item_id)
        else:
            self.picked.discard(item_id)

    def position_of(self, item_id: str) -> int:
        """Where :meth:`move` would put the item back: a section's index among its siblings
        (the sections with the same parent), a recommendation's among all recommendations."""
        return self.movable_among(item_id).index(item_id)

    def move(self, item_id: str, position: int) -> None:
        """Move an item to ``position`` among the items :meth:`position_of` counts.

        A section moves among its siblings and carries its subsections with it, so
        the outline stays one the document could have had: every subsection right
        after its chapter, never under a section it does not belong to. The other
        kind keeps its places in ``order``.
        """
        among = self.movable_among(item_id)
        among.remove(item_id)
        among.insert(max(0, min(position, len(among))), item_id)
        item = self.article.item(item_id)
        if isinstance(item, Section):
            rank = {s: n for n, s in enumerate(among)}
            same = [s.id for s in outline_order(self.sections(), rank)]
        else:
            same = among
        kind = set(same)
        slots = [n for n, i in enumerate(self.order) if i in kind]
        for slot, new_id in zip(slots, same, strict=True):
            self.order[slot] = new_id

    def movable_among(self, item_id: str) -> list[str]:
        """The ids :meth:`position_of` counts for this item, in the user's order."""
        item = self.article.item(item_id)
        if isinstance(item, Recommendation):
            return [r.id for r in self.recommendations()]
        parent = _known_parent(self.article, item)
        return [s.id for s in self.sections() if _known_parent(self.article, s) == parent]

    def set_field(self, item_id: str, name: EditableField, value: str | list[str] | None) -> None:
        """Set ``title``, ``summary``, ``bullets`` or ``notes``; None resets it to automatic."""
        self.article.item(item_id)
        if name not in EDITABLE_FIELDS:
            raise ValueError(f"not an editable field: {name}")
        edit = self.edits.setdefault(item_id, ItemEdit())
        setattr(edit, name, list(value) if isinstance(value, list) else value)
        if edit.is_empty():
            del self.edits[item_id]

    def set_header(self, name: HeaderField, value: str) -> None:
        if name not in HEADER_FIELDS:
            raise ValueError(f"not a memo header field: {name}")
        setattr(self.header, name, value)

    def set_template(self, kind: TemplateKind, name: str | None) -> None:
        """Choose the deck or memo template by name or path (None = the default)."""
        if kind not in TEMPLATE_KINDS:
            raise ValueError(f"not a template kind: {kind}")
        setattr(self, f"{kind}_template", name)

    def copy(self) -> Briefing:
        """An independent snapshot sharing the immutable article (for work off the UI thread)."""
        return Briefing(
            article=self.article,
            order=list(self.order),
            picked=set(self.picked),
            edits={i: self.edit_of(i) for i in self.edits},
            header=MemoHeader(**asdict(self.header)),
            deck_template=self.deck_template,
            memo_template=self.memo_template,
        )

    def _restore_outline(self) -> None:
        """Put every subsection back right after its chapter, siblings in the saved order.

        Projects saved before the outline was a tree could carry a subsection dragged
        away from its chapter; read back, it returns under it.
        """
        sections = outline_order(self.sections())
        slots = [n for n, i in enumerate(self.order) if isinstance(self.article.item(i), Section)]
        for slot, section in zip(slots, sections, strict=True):
            self.order[slot] = section.id

    # -- project file -----------------------------------------------------------

    def to_json(self) -> dict:
        """The .briefing project: schema version, embedded source and the user's choices."""
        return {
            "schema": SCHEMA_VERSION,
            "app": "briefing-app",
            "source": self.article.source.to_json(),
            "order": list(self.order),
            "picked": [i for i in self.order if i in self.picked],
            "edits": {
                i: {k: v for k, v in asdict(e).items() if v is not None}
                for i, e in sorted(self.edits.items())
            },
            "header": asdict(self.header),
            "templates": {"deck": self.deck_template, "memo": self.memo_template},
            "outline": [
                {"id": s.id, "level": s.level, "parent_id": s.parent_id}
                for s in self.article.sections
            ],
        }

    def to_bytes(self) -> bytes:
        """The .briefing file's bytes: stable for the same briefing, so saves can be diffed."""
        data = self.to_json()
        try:
            return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        except UnicodeEncodeError:
            # -- a lone surrogate (text handed over as str) has no UTF-8 form; \u-escaped
            # -- JSON keeps it exactly, so the project still saves and reloads with the same ids --
            return (json.dumps(data, ensure_ascii=True, indent=1) + "\n").encode("ascii")

    @classmethod
    def from_json(cls, data: dict, article: Article) -> Briefing:
        """Rebuild a briefing on a freshly analysed article; ids not found are dropped."""
        briefing = cls.from_article(article)
        known = [i for i in data.get("order", []) if article.has_item(i)]
        missing = [i for i in briefing.order if i not in set(known)]
        briefing.picked = {i for i in data.get("picked", []) if article.has_item(i)}
        if data.get("schema") == 1:
            known = _with_subsections(article, known)
            missing = [i for i in missing if i not in set(known)]
            briefing.picked |= _nested_under_picked(article, briefing.picked)
        briefing.order = known + missing
        briefing._restore_outline()
        for item_id, edit in dict(data.get("edits", {})).items():
            if article.has_item(item_id):
                briefing.edits[item_id] = _edit_from_json(edit)
        header = dict(data.get("header", {}))
        briefing.header = MemoHeader(**{k: str(header.get(k, "")) for k in HEADER_FIELDS})
        templates = dict(data.get("templates", {}))
        briefing.deck_template = _optional_str(templates.get("deck"))
        briefing.memo_template = _optional_str(templates.get("memo"))
        return briefing


def outline_order(sections: list[Section], rank: dict[str, int] | None = None) -> list[Section]:
    """``sections`` as the outline reads them: each followed by its subtree, depth first.

    Siblings keep their order in ``sections`` unless ``rank`` orders them (ids not in
    ``rank`` keep theirs). A section whose parent is not in the article sits at the top.
    """
    given = {s.id for s in sections}
    children: dict[str | None, list[Section]] = {}
    for s in sections:
        children.setdefault(s.parent_id if s.parent_id in given else None, []).append(s)
    if rank:
        for siblings in children.values():
            siblings.sort(key=lambda s: rank.get(s.id, -1))
    out: list[Section] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        section = stack.pop()
        out.append(section)
        stack += reversed(children.get(section.id, []))
    if len(out) < len(sections):  # -- a parent loop nothing should make: keep them all --
        placed = {s.id for s in out}
        out += [s for s in sections if s.id not in placed]
    return out


def _known_parent(article: Article, section: Section) -> str | None:
    parent = section.parent_id
    return parent if parent is not None and article.has_item(parent) else None


def _nested_under_picked(article: Article, picked: set[str]) -> set[str]:
    """Migration of schema-1 projects: their outline was flat.

    A subsection the nested outline now lists on its own was part of its top-level
    section's text in schema 1, so it keeps that section's pick.
    """
    return {d.id for s in article.sections if s.id in picked for d in article.descendants_of(s.id)}


def _with_subsections(article: Article, order: list[str]) -> list[str]:
    """A schema-1 order with each section's new subsections placed right after it."""
    placed = set(order)
    result: list[str] = []
    for item_id in order:
        result.append(item_id)
        if isinstance(article.item(item_id), Section):
            extra = [d.id for d in article.descendants_of(item_id) if d.id not in placed]
            result += extra
            placed.update(extra)
    return result


def _edit_from_json(data: dict) -> ItemEdit:
    bullets = data.get("bullets")
    return ItemEdit(
        title=_optional_str(data.get("title")),
        summary=_optional_str(data.get("summary")),
        bullets=[str(b) for b in bullets] if isinstance(bullets, list) else None,
        notes=_optional_str(data.get("notes")),
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)
