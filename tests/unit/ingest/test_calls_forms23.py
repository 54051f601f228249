"""Calls to act in Spanish and German forms the op-ed reader missed (issue 14, recform23): the
future "deberá", "requerimos/necesitamos" before an infinitive, and a German "sollte … werden"
run on into "indem" with no comma. Made-up texts."""

from __future__ import annotations

from briefing_app.ingest.calls import find_calls

SPANISH = [
    "El río se desborda cada primavera y el barrio bajo queda bajo el agua durante semanas.",
    "La alcaldía deberá construir un dique nuevo antes del próximo invierno.",
    "Los vecinos llevan años esperando una respuesta que nunca llega.",
    "Requerimos crear una junta permanente que vigile el cauce del río.",
    "Las lluvias de este año fueron las más intensas de la década.",
    "Necesitamos cambiar la manera en que se decide dónde se construye.",
]

GERMAN = [
    "Der Fluss tritt jedes Frühjahr über die Ufer, und die Unterstadt steht wochenlang unter Wasser.",
    "Die Arbeit der Freiwilligen sollte besser honoriert werden indem die Stadt ihre Kosten trägt.",
    "Viele Familien wohnen seit Jahrzehnten am Ufer.",
    "Der Deich sollte rasch erneuert werden damit die Häuser geschützt sind.",
    "Die letzten Gutachten liegen seit Jahren in der Schublade.",
    "Die Planung sollte neu aufgestellt werden sobald die Gutachten vorliegen.",
]


def _calling(texts: list[str]) -> list[int]:
    return [f.blocks[0] for f in find_calls(texts, ["paragraph"] * len(texts))]


def test_spanish_future_duty_and_we_need_to_are_calls():
    assert _calling(SPANISH) == [1, 3, 5]


def test_german_passive_should_before_a_conjunction_is_a_call():
    assert _calling(GERMAN) == [1, 3, 5]


def test_spanish_we_need_a_thing_and_a_report_stay_prose():
    texts = [
        "Necesitamos más datos sobre el caudal del río.",
        "El alcalde dijo que la ciudad deberá esperar el informe, según la prensa local.",
        "Requerimos información adicional del ministerio.",
    ]
    assert _calling(texts) == []
