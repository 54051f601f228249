"""A title's centred last line and the flush-left heading under it are two blocks."""

from __future__ import annotations

from briefing_app.ingest.pdflayout import Line, order_lines, to_pieces
from tests.unit.ingest.builders import pdf_line

BODY_LINE = "La mala planificación, compra ineficiente y limitada producción nacional hacen que"


def _line(text: str, x0: float, x1: float, top: float, *, bold: bool = False) -> Line:
    return pdf_line(
        text, top, x0=x0, x1=x1, size=12.0, bold=bold, first_word=40.0, page_height=842.0
    )


def test_a_centred_title_line_does_not_run_into_the_heading_under_it():
    lines = [
        _line("Análisis de soluciones a la falta de acceso oportuno", 74.6, 520.6, 73.5, bold=True),
        _line("en hospitales públicos del Paraguay", 206.6, 388.7, 94.2, bold=True),
        _line("RESUMEN EJECUTIVO", 70.9, 190.0, 114.9, bold=True),
        *[_line(BODY_LINE, 70.9, 524.3, 135.6 + 20.7 * k) for k in range(8)],
    ]
    texts = [p.text for p in to_pieces(order_lines(lines))]
    assert "RESUMEN EJECUTIVO" in texts


def test_an_indented_first_line_ending_as_far_from_the_edge_runs_on():
    """A ragged-right paragraph's indented first line may end as far from the right edge as
    its indent: it is no centred line, and the full line under it goes on with it."""
    lines = [
        _line(
            "More specifically, the harbour act was backed by four key groups: 1) the",
            108.0,
            500.6,
            100.0,
        ),
        _line(
            "International Harbour Association (IHA), 2) the National Ferry Company, 3)",
            72.0,
            530.9,
            114.0,
        ),
        _line(
            "Save Local Harbours, and 4) the island council, who asked the board for",
            72.0,
            530.9,
            128.0,
        ),
        _line("a review of the mooring fees before the winter storms.", 72.0, 390.0, 142.0),
    ]
    texts = [p.text for p in to_pieces(order_lines(lines))]
    assert len(texts) == 1 and "groups: 1) the International Harbour" in texts[0]
