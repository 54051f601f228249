"""Slide and notes XML as text: python-pptx builds one prototype per layout, the plan fills it in.

Building every slide through python-pptx's object layer costs ~3 ms a slide
(placeholder cloning, an lxml element and property lookup per run), which made
a 1,000-section report's deck several times slower than Pandoc's. The shapes of
a layout's slide never change from one slide to the next; only the paragraphs
do. So python-pptx makes each kind of slide once, with a comment marker where
the paragraphs go, and every slide is that text with the plan's paragraphs
written in. The XML written is the same, element for element, as python-pptx's
own would be (``tests/unit/export/test_slide_xml.py`` compares them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.packuri import PackURI
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.util import Pt

from briefing_app.core.scripts import is_rtl, language_runs
from briefing_app.export.deck.fit import Para
from briefing_app.export.deck.geometry import NS, BoxStyle, LayoutGeometry, xpath
from briefing_app.export.deck.notes import cut
from briefing_app.export.deck.template import find_body, find_title

_MARK = re.compile(r"<!--bb:(\w+)-->")
_A = NS["a"]
_SLIDENUM_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"  # -- PowerPoint's own GUID --
_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")
# -- the plan's text is sanitized already; a stray one of these would make the part unreadable --
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


class Stamp:
    """Serialised XML with named holes: ``fill(title=…, body=…)`` gives the finished part."""

    def __init__(self, element) -> None:
        self._pieces = _MARK.split(etree.tostring(element, encoding="unicode"))

    def fill(self, **values: str) -> bytes:
        pieces = list(self._pieces)
        pieces[1::2] = [values[name] for name in pieces[1::2]]
        xml = "".join(pieces)
        # -- the declaration python-pptx writes; _text() leaves no surrogate to encode --
        return b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + xml.encode()


class SlideStamp:
    """One layout's slide: its shapes fixed, its title, body and slide number to be filled."""

    def __init__(self, prs, layout, geometry: LayoutGeometry, *, title_slide: bool) -> None:
        part = SlidePart.new(PackURI("/ppt/slides/prototype.xml"), prs.part.package, layout.part)
        slide = part.slide
        slide.shapes.clone_layout_placeholders(layout)
        placeholders = list(slide.placeholders)
        title = find_title(placeholders)
        body = find_body(placeholders, subtitle=True) if title_slide else None
        body = body or find_body(placeholders)
        if not geometry.body_is_placeholder:
            body = None  # -- the layout's body cannot hold text: a text box in the free area --
        self.title_box, self.body_box = title is None, body is None
        self.title_style, self.body_style = geometry.title, geometry.body
        title = title or _textbox(slide, geometry.title)
        body = body or _textbox(slide, geometry.body)
        _drop_unused(slide, keep=(title, body))
        _place(title, geometry.title)
        _place(body, geometry.body)
        self.numbered = not title_slide and _slide_number(slide, layout)
        _title_first(slide, title)
        _hole(title.text_frame, "title")
        _hole(body.text_frame, "body")
        self.layout_part = layout.part
        self._stamp = Stamp(slide._element)
        # -- no paragraphs (a title slide with no subtitle): no empty box, no "Click to add" prompt --
        body._element.getparent().remove(body._element)
        self._without_body = Stamp(slide._element)

    def xml(self, title: str, title_pt: float, paras: Sequence[Para], body_pt: float,
            space: float, number: int) -> bytes:  # fmt: skip
        """The slide's XML with the plan's fitted title and paragraphs at their sizes."""
        stamp = self._stamp if paras else self._without_body
        return stamp.fill(
            title=paragraphs_xml([Para(title, bullet=False)], title_pt, self.title_style,
                                 textbox=self.title_box, space=0.0),
            body=paragraphs_xml(paras, body_pt, self.body_style, textbox=self.body_box,
                                space=space),
            number=str(number),
        )  # fmt: skip


class NotesStamp:
    """A notes slide cloned from the notes master once; each slide's notes fill its body."""

    def __init__(self, prs) -> None:
        master = prs.part.notes_master_part
        part = NotesSlidePart(
            PackURI("/ppt/notesSlides/prototype.xml"), CT.PML_NOTES_SLIDE, prs.part.package,
            CT_NotesSlide.new(),
        )  # fmt: skip
        part.notes_slide.clone_master_placeholders(master.notes_master)
        _hole(part.notes_slide.notes_placeholder.text_frame, "notes")
        self.master_part = master
        self._stamp = Stamp(part._element)

    def xml(self, notes: str) -> bytes:
        """Notes text as python-pptx's ``TextFrame.text`` would set it: a paragraph per line."""
        return self._stamp.fill(notes="".join(_notes_paragraph(line) for line in notes.split("\n")))


def paragraphs_xml(paras: Sequence[Para], size: float, style: BoxStyle, *, textbox: bool,
                   space: float) -> str:  # fmt: skip
    """``<a:p>`` elements for ``paras`` at ``size`` pt; text boxes also get font, colour, bullets.

    Never empty: a text body without a paragraph breaks the schema, and PowerPoint
    offers to repair the file, so no paragraphs give one empty paragraph.
    """
    out = []
    fill = _fill(style.color, style.font) if textbox else ""
    for para in paras:
        ppr = _ppr(para.level, is_rtl(para.text), para.bullet, space, size, para.scale,
                   style.indent_pt)  # fmt: skip
        runs = []
        for language, chunk in language_runs(para.text) or [("", para.text)]:
            # -- the run language tells PowerPoint which East Asian / complex-script font to use --
            rpr = _rpr(language, size, para.scale, para.bold, fill)
            runs.append(f"<a:r>{rpr}<a:t>{_text(chunk)}</a:t></a:r>")
        out.append(f"<a:p>{ppr}{''.join(runs)}</a:p>")
    return "".join(out) or "<a:p/>"


# -- a deck's paragraphs come in a handful of styles (level, size, bullet): their properties are
# -- the same text on every slide, so each is written once (cProfile on recs-400: 4,938
# -- paragraphs_xml calls, 18,366 ``Pt`` conversions, for some ten distinct properties) --
@functools.lru_cache(maxsize=256)
def _ppr(level: int, rtl: bool, bullet: bool, space: float, size: float, scale: float,
         indent_pt: float) -> str:  # fmt: skip
    """A paragraph's ``<a:pPr>``: level, direction (right-to-left: PowerPoint lays it out and
    puts its bullet from the right), spacing and bullet."""
    attrs = (f' lvl="{level}"' if level else "") + (' algn="r" rtl="1"' if rtl else "")
    spacing = (
        '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{Pt(round(space * size * scale, 1)).centipoints}"/></a:spcBef>'
    )  # fmt: skip
    if not bullet:
        return f'<a:pPr{attrs} marL="0" indent="0">{spacing}<a:buNone/></a:pPr>'
    # -- bullets set explicitly: a template's auto-numbered list style would read "1. 2. 3." --
    indent = int(max(indent_pt, 18.0) * 12700)
    margin = indent * (level + 1)
    return (f'<a:pPr{attrs} marL="{margin}" indent="{-indent}">{spacing}'
            '<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>')  # fmt: skip


@functools.lru_cache(maxsize=256)
def _rpr(language: str, size: float, scale: float, bold: bool, fill: str) -> str:
    """A run's ``<a:rPr>``: language, size, weight, and a text box's font and colour."""
    lang = f' lang="{language}"' if language else ""
    weight = ' b="1"' if bold else ""
    attrs = f'{lang} sz="{Pt(round(size * scale, 1)).centipoints}"{weight}'
    return f"<a:rPr{attrs}>{fill}</a:rPr>" if fill else f"<a:rPr{attrs}/>"


def _fill(color: str | None, font: str | None) -> str:
    """A text box's run colour and font (a placeholder inherits both from its layout)."""
    colour = f'<a:solidFill><a:srgbClr val="{color.upper()}"/></a:solidFill>' if color else ""
    return colour + _latin(font)


def _latin(font: str | None) -> str:
    return f'<a:latin typeface="{escape(font, {chr(34): "&quot;"})}"/>' if font else ""


def _notes_paragraph(line: str) -> str:
    runs = [f"<a:r><a:t>{_text(r)}</a:t></a:r>" if r else "" for r in line.split("\v")]
    direction = '<a:pPr algn="r" rtl="1"/>' if is_rtl(line) else ""  # -- Arabic/Hebrew notes --
    return f"<a:p>{direction}{'<a:br/>'.join(runs)}</a:p>"


RUN_MAX = (
    1_000_000  # -- characters: at most 4 MB of UTF-8, well under lxml's 10 MB per text node --
)


def _text(text: str) -> str:
    """Run text escaped for XML, control characters as "_xHHHH_" the way python-pptx writes them.

    A run is cut to :data:`RUN_MAX` as a last guard: a longer text node makes
    the deck unreadable to lxml (python-pptx), whatever the plan let through.
    """
    text = cut(text, RUN_MAX)
    # -- no character to encode or drop (controls, surrogates, U+FFFE/U+FFFF are all unprintable):
    # -- most runs, and notes lines with a "¶" (cProfile on recs-400: 6,966 lines through the
    # -- two substitutions) --
    if text.isprintable():
        return escape(text)
    return escape(_NOT_XML.sub("", _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)))


def _hole(frame, name: str) -> None:
    """Empty a text frame and leave a named marker where its paragraphs go."""
    if name != "notes":
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
    body = frame._txBody
    for p in body.findall(f"{{{_A}}}p"):
        body.remove(p)
    body.append(etree.Comment(f"bb:{name}"))


def _place(shape, style: BoxStyle) -> None:
    """Give a placeholder its own position when the free area differs from the layout's box."""
    box = style.box
    if (shape.left, shape.top, shape.width, shape.height) != (
        box.left,
        box.top,
        box.width,
        box.height,
    ):
        shape.left, shape.top, shape.width, shape.height = box.left, box.top, box.width, box.height


def _textbox(slide, style: BoxStyle):
    box = style.box
    return slide.shapes.add_textbox(box.left, box.top, box.width, box.height)


def _drop_unused(slide, *, keep) -> None:
    """Remove placeholders we did not fill, so no "Click to add text" prompt is left behind."""
    kept = {id(shape._element) for shape in keep}
    for ph in list(slide.placeholders):
        if id(ph._element) not in kept:
            ph._element.getparent().remove(ph._element)


def _slide_number(slide, layout) -> bool:
    """A slide-number field where the layout has an on-page placeholder (python-pptx skips those)."""
    for ph in layout.placeholders:
        if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER and _on_page(ph, slide):
            slide.shapes.clone_placeholder(ph)
            paragraph = slide.placeholders[ph.placeholder_format.idx].text_frame.paragraphs[0]
            field = etree.Element(f"{{{_A}}}fld", id=_SLIDENUM_FIELD_ID, type="slidenum")
            size = _inherited_size(ph)
            if size is not None and size < MIN_NUMBER_SIZE:
                # -- a 7 pt page number is unreadable on a projector: 9 pt at least --
                etree.SubElement(field, f"{{{_A}}}rPr", sz=str(MIN_NUMBER_SIZE))
            etree.SubElement(field, f"{{{_A}}}t").append(etree.Comment("bb:number"))
            end = paragraph._p.find(f"{{{_A}}}endParaRPr")
            if end is not None:
                end.addprevious(field)
            else:
                paragraph._p.append(field)
            return True
    return False


MIN_NUMBER_SIZE = 900  # -- hundredths of a point --


def _inherited_size(ph) -> int | None:
    """The slide number's font size as the layout or its master sets it, if either does."""
    master = ph.part.slide_master if hasattr(ph.part, "slide_master") else None
    elements = [ph._element]
    if master is not None:
        elements += xpath(master._element, ".//p:sp[p:nvSpPr/p:nvPr/p:ph/@type='sldNum']")
    for element in elements:
        sizes = xpath(
            element, ".//a:lvl1pPr/a:defRPr/@sz | .//a:p//a:rPr/@sz | .//a:endParaRPr/@sz"
        )
        if sizes:
            return int(sizes[0])
    return None


def _on_page(ph, slide) -> bool:
    """A resized template may leave its footer below the page: then there is no number to show."""
    prs_part = slide.part.package.presentation_part
    width, height = prs_part.presentation.slide_width, prs_part.presentation.slide_height
    right, bottom = (ph.left or 0) + (ph.width or 0), (ph.top or 0) + (ph.height or 0)
    return right <= width and bottom <= height


def _title_first(slide, title) -> None:
    """Screen readers read shapes in tree order: the title must come first."""
    tree = slide.shapes._spTree
    first = xpath(tree, "./p:sp | ./p:pic | ./p:graphicFrame | ./p:grpSp | ./p:cxnSp")
    if first and first[0] is not title._element:
        first[0].addprevious(title._element)
