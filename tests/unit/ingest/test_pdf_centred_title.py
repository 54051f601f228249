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
