"""Faster equals of two reportlab internals a long memo spends a fifth of its time in.

``sameFrag``: reportlab's line breaker asks ``sameFrag`` whether each word of a paragraph
with several fragments (a bold lead, a muted reference) continues the
fragment before it. Its C version (rl_accel) reads eight attributes with
``getattr`` and so raises and clears an AttributeError for each one a
fragment lacks, eight per call on the memo's fragments: ~9 µs a call, a
tenth of a recommendations memo. :func:`same_frag` reads the fragments'
``__dict__`` and answers the same for every fragment.

``stringWidth`` in the line breaker: every word of every paragraph is
measured, and the space after each word again, through three Python calls
(~1.6 µs); a memo says the same few thousand words over and over, so
:func:`string_width` remembers each (text, font, size) width. A font's
widths never change once it is registered, and the memo's fonts are
registered once (fonts.py); the table is emptied when one is, and when it
grows past WIDTHS_MAX entries.

``getAscentDescent``: the line breaker asks it for the font of every word of
a paragraph with several fragments (56,610 calls in a 400-section memo of
recommendations, ~3% of it); for a TrueType font it first raises and catches
an AttributeError (the ascent lives on the face). :func:`ascent_descent`
remembers each (font, size) answer, emptied with the widths.

``ABag.clone`` on fragments and lines: every word piece, fragment and line
of a paragraph is a clone of another (23,307 in a 400-section memo of
recommendations); reportlab's builds a keyword dictionary of the bag's
attributes and passes it to ``__init__``, ~1.8 µs a call. :func:`clone` copies
the attribute dictionary directly: the same class, attributes and order
(none of these bags has an ``__init__`` of its own).

``pdfdocEnc``: every name, number, reference and string of the PDF's objects
is encoded with reportlab's ``extpdfdoc`` codec on the way out (20,214 calls
for a 400-section nested memo, py-spy: 6% of it), a Python codec that maps
each character through a dictionary. For ASCII it is the identity, except
that it refuses the eight control characters U+0018-U+001F (PDFDocEncoding
puts accents there); :func:`pdfdoc_enc` encodes such text as ASCII and leaves
the rest, and those eight, to the codec.

``PDFName``: the key of every entry of every PDF dictionary is written as a
name, escaped character by character in a Python loop, and a memo says
"Type", "Parent" and "Dest" thousands of times; :func:`pdf_name` remembers
each name it escaped (NAMES_MAX at most).

``TTFont.splitString``: every piece of text drawn in a TrueType font is split
into the font's subsets, each character looked up in a Python loop (23,965
calls, cProfile 6.5 s of a 69 s profiled recommendations memo: the largest
self time of the memo). Once a document has drawn a few lines, every
character of a line already has its code in the first subset;
:func:`split_string` then answers with ``str.translate`` over the codes
reportlab assigned, and leaves any text with a character not assigned yet, or
assigned outside the first subset, to reportlab (which assigns codes, exactly
as before: this never assigns one).

``OutlineEntryObject.format``: every outline entry (the memo's bookmarks pane:
one per block, section and recommendation, 2,807 in a 400-section memo of
recommendations) is written through a fresh ``PDFDictionary``: its entries
copied, its keys sorted, each key made a name and each value sent through
reportlab's ``format`` dispatch (cachegrind: 0.55 G of the 10.2 G
instructions that memo's layout and writing take, 5%). :func:`outline_entry`
writes the same keys in the same (sorted) order with the same separators,
references, numbers and destinations written directly, and anything else
(the title, an unusual value) through reportlab's own ``format``.

``_drawBullet``: every item number and ¶ mark is a paragraph bullet (4,404 in a
400-section memo of recommendations; cachegrind: 0.53 G of its 10.2 G), each
through a fresh text object whose ``setFillColor`` tests the colour's type
four ways and whose ``textOut`` measures the bullet again.
:func:`draw_bullet` writes the same operators for a plain bullet at the start
of the line in an RGB colour (the colour's alpha still through reportlab, for
its graphics state) and leaves every other bullet to reportlab.

``TextObject._formatText``: every run of text drawn (23,965 in a 400-section memo of
recommendations) saves and restores the text object's code and position, splits the
text into its font's subsets and joins the pieces; :func:`format_text` writes the one
piece of the first subset directly when :func:`split_string` would answer from its table.

``_putFragLine``: every line of a paragraph of several fragments (5,689 in that memo)
measures each fragment's width and the trailing space of the one before it, for
underlines, links, backgrounds and leader dots; :func:`put_frag_line` writes a line
with none of them without measuring.

All eleven give what reportlab gives (tests/unit/export/test_memo_accel.py).
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject as TextObject
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

# -- what rl_accel's sameFrag compares, in its order --
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_MISSING = object()
WIDTHS_MAX = 100_000  # -- (text, font, size) widths remembered, a few MB at most --
_WIDTHS: dict[tuple[str, str, float, str], float] = {}
WIDTHS = _WIDTHS  # -- read-only for the plain line breaker (text.py); emptied, never replaced --
_ASCENTS: dict[tuple[str, float | None], tuple[float, float]] = {}


def same_frag(f: Any, g: Any) -> bool:
    """Whether ``g`` may join ``f``'s run: neither a callback nor a line break, and the same
    font, size, colour, rise, lines, link, background and no-break (absent on both counts as same)."""
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for name in _COMPARED:
        a, b = fd.get(name, _MISSING), gd.get(name, _MISSING)
        if a is not b and (a is _MISSING or b is _MISSING or a != b):
            return False
    return True


def string_width(text: Any, font_name: str, size: float, encoding: str = "utf8") -> float:
    """reportlab's ``stringWidth``, remembered for plain strings."""
    if type(text) is not str:  # -- bytes, or reportlab's own str kinds (shaped, split words) --
        return pdfmetrics.stringWidth(text, font_name, size, encoding)
    key = (text, font_name, size, encoding)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) >= WIDTHS_MAX:
            _WIDTHS.clear()
        width = _WIDTHS[key] = pdfmetrics.stringWidth(text, font_name, size, encoding)
    return width


def ascent_descent(font_name: str, size: float | None = None) -> tuple[float, float]:
    """reportlab's ``getAscentDescent``, remembered per (font, size)."""
    key = (font_name, size)
    found = _ASCENTS.get(key)
    if found is None:
        found = _ASCENTS[key] = pdfmetrics.getAscentDescent(font_name, size)
    return found


def clone(bag: Any, **attributes: Any) -> Any:
    """reportlab's ``ABag.clone``: a bag of the same class with the attributes of ``bag``, then
    ``attributes`` (for classes that keep ABag's ``__init__``)."""
    new = object.__new__(bag.__class__)
    new.__dict__ = {**bag.__dict__, **attributes} if attributes else bag.__dict__.copy()
    return new


# -- the bags the line breaker clones; none defines an __init__ of its own --
CLONED = (ParaFrag, paragraph.ParaLines, paragraph.FragLine)


# -- the ASCII characters extpdfdoc does not encode as themselves (it refuses them) --
_NOT_ASCII_IN_PDFDOC = bytes(range(0x18, 0x20))
_PDFDOC_ENC = pdfdoc.pdfdocEnc


def pdfdoc_enc(x: Any) -> Any:
    """reportlab's ``pdfdocEnc``: text in PDFDocEncoding (ASCII as itself), anything else as is.

    The test for the refused characters deletes them from the encoded bytes and compares
    lengths: a third of the time of a regex search for them (each page's content stream
    passes here, ~38,000 characters a section of a nested report).
    """
    if isinstance(x, str) and x.isascii():
        data = x.encode("ascii")
        if len(data.translate(None, _NOT_ASCII_IN_PDFDOC)) == len(data):
            return data
    return _PDFDOC_ENC(x)


NAMES_MAX = 10_000  # -- distinct PDF names remembered: a memo uses a few hundred --
_NAMES: dict[str, str] = {}
_PDF_NAME = pdfdoc.PDFName


def pdf_name(data: str, lo: str = "\x21", hi: str = "\x7e") -> str:
    """reportlab's ``PDFName``: ``data`` as a PDF name ("/Type"), remembered per text."""
    if lo != "\x21" or hi != "\x7e" or type(data) is not str:
        return _PDF_NAME(data, lo, hi)
    name = _NAMES.get(data)
    if name is None:
        if len(_NAMES) >= NAMES_MAX:
            _NAMES.clear()
        name = _NAMES[data] = _PDF_NAME(data)
    return name


_SPLIT_STRING = TTFont.splitString


def _first_subset_codes(font: Any, text: str, doc: Any) -> bytes | None:
    """``text`` coded in ``font``'s first subset for ``doc`` when every character already has a
    code there (reportlab assigned it), else None (reportlab must split or assign)."""
    state = font.state.get(doc)
    if state is None:
        return None
    if text.isascii() and text.isprintable() and _ascii_as_itself(state):
        return text.encode("ascii")
    assignments = state.assignments
    known = state.__dict__.get("_first_subset")
    if known is None or known[0] is not assignments or known[1] != len(assignments):
        # -- codes are only ever added to a state, never changed: its size says what is new --
        table = {code: chr(n) for code, n in assignments.items() if n < 256}
        table.pop(0xA0, None)  # -- reportlab sets a no-break space as the space's code --
        if 32 in table:
            table[0xA0] = table[32]
        known = (assignments, len(assignments), table, frozenset(map(chr, table)))
        state._first_subset = known
    if not known[3].issuperset(text):
        return None
    return text.translate(known[2]).encode("latin-1")


def _ascii_as_itself(state: Any) -> bool:
    """Whether every printable ASCII character is its own code in ``state``: reportlab's
    "asciiReadable" first subset, when the face has all of them (as the memo's faces do).

    Then a line of printable ASCII, most of a memo, is its own codes, without looking each
    character up (~3 µs of a 90-character line, 60 runs a section of recommendations). Asked
    once per state: codes are never changed once assigned, so a true answer stays true, and
    a false one only sends text to the lookup below, as before.
    """
    known = state.__dict__.get("_ascii_as_itself")
    if known is None:
        known = state._ascii_as_itself = all(state.assignments.get(n) == n for n in range(32, 127))
    return known


def split_string(font: Any, text: Any, doc: Any, encoding: str = "utf-8") -> list[Any]:
    """reportlab's ``TTFont.splitString``: [(subset, codes)] of ``text`` in ``doc``; here
    [(0, codes)] when every character already has a code below 256 (and [] for no text)."""
    codes = _first_subset_codes(font, text, doc) if type(text) is str else None
    if codes is None:
        return _SPLIT_STRING(font, text, doc, encoding)
    return [(0, codes)] if text else []


_FORMAT_TEXT = TextObject._formatText
_FONTS = pdfmetrics._fonts  # -- getFont's table: getFont answers from it when the name is there --


def format_text(self: Any, text: Any) -> str:
    """reportlab's ``TextObject._formatText``: the PDF operators that show ``text``; here
    directly for plain text in a TrueType font whose characters all have first-subset codes.

    reportlab's saves and restores the text object's code and position, splits the
    text into subsets and joins the pieces; for one piece of the first subset that
    is "(codes) Tj", after the subset's font operator when the object's subset is
    another. Every other text (shaped, bytes, a Type 1 font, a character without a
    code yet) goes to reportlab.
    """
    font = _FONTS.get(self._fontname)
    if type(text) is not str or type(font) is not TTFont:
        return _FORMAT_TEXT(self, text)
    doc = self._canvas._doc
    codes = _first_subset_codes(font, text, doc)
    if codes is None:
        return _FORMAT_TEXT(self, text)
    if not text:
        return ""
    shown = f"({self._canvas._escape(codes)}) Tj"
    if self._curSubset == 0:
        return shown
    self._curSubset = 0
    size, leading = fp_str(self._fontsize), fp_str(self._leading)
    return f"{font.getSubsetInternalName(0, doc)} {size} Tf {leading} TL {shown}"


# -- an outline entry's keys in PDFDictionary's (sorted) order; Title, Parent and Dest always --
_OUTLINE_KEYS = ("Count", "Dest", "First", "Last", "Next", "Parent", "Prev", "Title")
_OUTLINE_ALWAYS = frozenset(("Dest", "Parent", "Title"))
_OUTLINE_NAMES = {key: ("/" + key + " ").encode("ascii") for key in _OUTLINE_KEYS}
_FORMAT = pdfdoc.format
_OUTLINE_FORMAT = pdfdoc.OutlineEntryObject.format
_REFERENCE = "%s %s R"  # -- PDFObjectReference's --


def outline_entry(self: Any, document: Any) -> bytes:
    """reportlab's ``OutlineEntryObject.format``: the entry's dictionary, written directly."""
    entries = []
    for key in _OUTLINE_KEYS:
        value = getattr(self, key)
        if value is None and key not in _OUTLINE_ALWAYS:
            continue
        if key == "Title":
            value = pdfdoc.PDFString(value)
        entries.append(_OUTLINE_NAMES[key] + _value(value, document))
    if _multiline(pdfdoc.PDFDictionary):
        return b"<<\n" + b"\n ".join(entries) + b"\n>>"
    for at in reversed(range(6, len(entries), 6)):  # -- a line break every six, as reportlab --
        entries.insert(at, b"\n ")
    return b"<<\n" + b" ".join(entries) + b"\n>>"


def _value(value: Any, document: Any) -> bytes:
    """``pdfdoc.format(value, document)``: references, numbers and page destinations directly."""
    kind = type(value)
    if kind is pdfdoc.PDFObjectReference:
        return (_REFERENCE % document.idToObjectNumberAndVersion[value.name]).encode("ascii")
    if kind is int or kind is float:
        return fp_str(value).encode("ascii")
    if kind is pdfdoc.Destination and not _multiline(pdfdoc.PDFArray):
        spot = value.fmt
        if type(spot) is pdfdoc.PDFDestinationXYZ and value.page is not None:
            page = document.Reference(value.page)
            if type(page) is pdfdoc.PDFObjectReference:
                values = (spot.left, spot.top, spot.zoom)
                if all(type(v) is int or type(v) is float for v in values):
                    spot.page = value.page  # -- as Destination.format leaves it --
                    numbers = " ".join(fp_str(v) for v in values)
                    reference = _REFERENCE % document.idToObjectNumberAndVersion[page.name]
                    name = pdfdoc.PDFName(spot.typename)
                    return f"[ {reference} {name} {numbers} ]".encode("ascii")
    return _FORMAT(value, document)


def _multiline(cls: type) -> bool:
    """Whether reportlab writes this kind of PDF dictionary or array one entry a line."""
    multiline = getattr(cls, "multiline", False)
    return multiline == "forced" or bool(multiline and rl_config.pdfMultiLine)


_DRAW_BULLET = paragraph._drawBullet


def draw_bullet(canvas: Any, offset: float, y: float, text: Any, style: Any, rtl: Any) -> float:
    """reportlab's ``_drawBullet`` for a plain bullet ("3.", "¶ 12") at the start of a line, in
    an RGB colour: the same operators, with the bullet's width remembered (``string_width``) and
    its colour set without ``setFillColor``'s chain of type tests; once its characters have
    codes, written without a text object."""
    colour = getattr(style, "bulletColor", style.textColor)
    if (
        rtl or style.bulletAnchor != "start" or type(text) is not str or not canvas.bottomup
        or type(colour) is not Color or getattr(canvas, "_enforceColorSpace", None)
    ):  # fmt: skip
        return _DRAW_BULLET(canvas, offset, y, text, style, rtl)
    font, size = style.bulletFontName, style.bulletFontSize
    # -- reportlab's "bulletIndent - bulletWidth", the width 0 for a bullet anchored at its start --
    x, y = style.bulletIndent - 0, y + getattr(style, "bulletOffsetY", 0)
    face, alpha = _FONTS.get(font), colour.alpha
    codes = _first_subset_codes(face, text, canvas._doc) if type(face) is TTFont else None
    if codes and (alpha is None or alpha == canvas._extgstate.getValue("ca")):
        # -- the text object's code written directly: its origin, colour, then the font of a
        # -- fresh object (subset unset, leading 1.2 x size) and the text; an alpha the canvas
        # -- has already writes no state, only asks for a PDF version that has transparency --
        if alpha is not None:
            canvas._doc.ensureMinPdfVersion("transparency")
        shown = (
            f"{face.getSubsetInternalName(0, canvas._doc)} {fp_str(size)} Tf "
            f"{fp_str(size * 1.2)} TL ({canvas._escape(codes)}) Tj"
        )
        rgb = fp_str((colour.red, colour.green, colour.blue))
        canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {rgb} rg {shown} ET")
        return max(offset, x + string_width(text, font, size) + size * 0.6 - style.leftIndent)
    code = canvas.beginText(x, y)
    code.setFont(font, size)
    code._fillColorObj = colour
    code._code.append(f"{fp_str((colour.red, colour.green, colour.blue))} rg")
    if colour.alpha is not None:
        code.setFillAlpha(colour.alpha)
    code._x += string_width(text, font, size)
    code._code.append(code._formatText(text))
    canvas.drawText(code)
    return max(offset, code._x + size * 0.6 - style.leftIndent)


_PUT_FRAG_LINE = paragraph._putFragLine


def _empty_list(value: Any) -> bool:
    return type(value) is list and not value


def _plain_word(frag: Any) -> bool:
    """A fragment drawn as text alone: no callback (image, anchor), underline, strike, link or
    background, nothing that needs the positions ``_putFragLine`` measures."""
    attributes = getattr(frag, "__dict__", None)
    return attributes is not None and (
        "cbDefn" not in attributes
        and _empty_list(attributes.get("us_lines"))
        and _empty_list(attributes.get("link"))
        and not attributes.get("backColor")
    )


def put_frag_line(cur_x: float, tx: Any, line: Any, last: Any, kind: str) -> None:
    """reportlab's ``_putFragLine`` (a line of several fragments: a bold lead, a muted
    "(¶ 12)") for a line of plain words: the same font, colour, rise and text operators.

    reportlab's measures every fragment's width and trailing space as it goes, for
    underlines, links, backgrounds and leader dots; a line with none of them only
    needs the operators, so this leaves out the measuring. Any other line, or a
    leading set by ``autoLeading``, goes to reportlab.
    """
    xs = tx.XtraState
    words = line.words
    if (
        not words or xs.autoLeading in ("min", "max") or (last and xs.style.endDots)
        or xs.backColor
        or xs.us_lines or xs.links or not all(map(_plain_word, words))
    ):  # fmt: skip
        _PUT_FRAG_LINE(cur_x, tx, line, last, kind)
        return
    if tx._leading != xs.leading:
        tx.setLeading(xs.leading)
    final = words[-1]
    for f in words:
        size, colour, rise = f.fontSize, f.textColor, f.rise
        if (tx._fontname, tx._fontsize) != (f.fontName, size):
            tx._setFont(f.fontName, size)
        if xs.textColor != colour:
            xs.textColor = colour
            tx.setFillColor(colour)
        if xs.rise != rise:
            xs.rise = rise
            tx.setRise(rise)
        tx._textOut(f.text, f is final)


def forget_widths() -> None:
    """Empty the remembered widths and ascents (a font was registered, perhaps again under a
    known name)."""
    _WIDTHS.clear()
    _ASCENTS.clear()


def install() -> None:
    """Make reportlab's paragraph module use :func:`same_frag`, :func:`string_width` and
    :func:`ascent_descent`, its fragments and lines :func:`clone`, its PDF objects
    :func:`pdfdoc_enc` and :func:`pdf_name`, its TrueType fonts :func:`split_string`, its text
    objects :func:`format_text` and its outline entries :func:`outline_entry`
    (once per process is enough)."""
    for cls in CLONED:
        cls.clone = clone
    pdfdoc.pdfdocEnc = pdfdoc_enc
    pdfdoc.PDFName = pdf_name
    paragraph.sameFrag = same_frag
    paragraph.stringWidth = string_width
    paragraph.getAscentDescent = ascent_descent
    TTFont.splitString = split_string
    TextObject._formatText = format_text
    pdfdoc.OutlineEntryObject.format = outline_entry
    paragraph._drawBullet = draw_bullet
    paragraph._putFragLine = put_frag_line


# -- An earlier faster ``TTFont.splitString`` re-implemented how reportlab assigns glyph codes
# -- and was dropped (an error there drops or swaps the characters of a name in the printed
# -- memo); split_string only reads the codes reportlab assigned and leaves assigning to it.
