"""Advice in real speeches and papers the earlier rules missed (issue 14, heldout20): a plea
named in the sentence that makes it ("So my urgent plea to the council is to …"), and the
long calls a speaker makes right after an appeal, each a recommendation of its own."""

from __future__ import annotations

from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    """Each recommendation's first 24 characters."""
    return [r.text[:24] for r in article.recommendations]


def test_a_plea_named_without_a_colon_is_an_appeal() -> None:
    speech = (
        f"Remarks on the harbour\n\n{BODY}\n\n"
        "So my urgent plea to the harbour board is to keep the night ferry running.\n"
    )
    assert _openings(analyze_text(speech)) == ["So my urgent plea to the"]
    reported = (
        f"Remarks on the harbour\n\n{BODY}\n\n"
        "Her plea to the harbour board was to keep the night ferry running.\n"
    )
    assert not analyze_text(reported).recommendations


def test_a_long_call_after_an_appeal_is_a_recommendation_of_its_own() -> None:
    speech = (
        f"Remarks on the harbour\n\n{BODY}\n\n"
        "I urge my colleagues to fund the night ferry this year. We should all ask why the "
        "harbour board has let the evening service decline for a decade. We must not leave the "
        "island families without a way home after their late shifts. Let's act now.\n"
    )
    assert _openings(analyze_text(speech)) == [
        "I urge my colleagues to ",
        "We should all ask why th",
        "We must not leave the is",
        "Let's act now.",
    ]


def test_we_have_got_to_is_a_call_as_we_have_to_is() -> None:
    paragraphs = [
        "We have got to start asking who the new bridge is for before we pay for it.",
        f"{BODY} We've got to hear from the islanders first.",
        f"{BODY} And so we have to put the ferry first in the budget.",
        BODY,
        BODY,
    ]
    text = "Remarks on the bridge\n\n" + "\n\n".join(paragraphs) + "\n"
    assert _openings(analyze_text(text)) == [
        "We have got to start ask",
        "We've got to hear from t",
        "And so we have to put th",
    ]


_CONTEXTO = (
    "El comité se reunió durante tres días en marzo y escuchó a cuarenta testigos sobre el "
    "estado de la red regional y lo que hará falta para mantenerla en invierno."
)


def _informe(heading: str, advice: str) -> str:
    """A markdown paper with a background section and an advice section under ``heading``."""
    return (
        f"# Transbordadores nocturnos\n\n## Contexto\n\n{_CONTEXTO}\n\n## {heading}\n\n{advice}\n"
    )


def test_a_spanish_recommendations_section_of_infinitives_advises() -> None:
    items = (
        "- Ampliar el servicio nocturno a todas las islas durante el invierno.\n"
        "- Publicar los horarios con una temporada de antelación.\n"
        "- Financiar un fondo de reserva con el presupuesto regional."
    )
    assert _openings(analyze_text(_informe("Recomendaciones", items), ".md")) == [
        "Ampliar el servicio noct",
        "Publicar los horarios co",
        "Financiar un fondo de re",
    ]


def test_spanish_and_french_duties_under_their_advice_heading_advise() -> None:
    spanish = (
        "El gobierno regional debería ampliar el servicio nocturno a todas las islas.\n\n"
        "La autoridad portuaria debe publicar los horarios con una temporada de antelación."
    )
    assert _openings(analyze_text(_informe("Recomendaciones", spanish), ".md")) == [
        "El gobierno regional deb",
        "La autoridad portuaria d",
    ]
    french = (
        "Le conseil régional devrait étendre le service de nuit à toutes les îles. "
        "Il faut publier les horaires une saison à l'avance."
    )
    assert _openings(analyze_text(_informe("Recommandations", french), ".md")) == [
        "Le conseil régional devr",
        "Il faut publier les hora",
    ]


def test_a_spanish_section_that_reports_stays_prose() -> None:
    report = (
        "El retraso se debe a la falta de barcos de reserva. La red debe de ser la más antigua "
        "de la región, según los testigos."
    )
    assert not analyze_text(_informe("Resultados", report), ".md").recommendations


def test_a_consultation_policy_or_position_paper_advises_as_a_brief_does() -> None:
    from briefing_app.ingest.calls import calls_itself_a_brief

    assert calls_itself_a_brief("Ferries", ["Ferries", "This consultation paper sets out a plan."])
    assert calls_itself_a_brief("Ferries", ["Ferries", "Policy Paper"])
    assert calls_itself_a_brief("Ferries: A Position Paper", [])
    assert not calls_itself_a_brief("Ferries", ["Ferries", "x", "y", "z", "A paper on policy."])
    text = (
        "# Night Ferries\n\nPolicy Paper\n\n## Background\n\n"
        f"{BODY}\n\n## Conclusion\n\n{BODY} The Harbour Board should publish the winter "
        "timetable a season ahead.\n"
    )
    assert _openings(analyze_text(text, ".md")) == ["The Harbour Board should"]
