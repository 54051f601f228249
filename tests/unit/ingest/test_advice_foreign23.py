"""Advice in German, French and Spanish that heldout23's diagnosis found missed (issue 14).

Made-up texts; each test fails without the rule it names.
"""

from __future__ import annotations

from briefing_app.ingest.recommendations import find_list_recommendations


def _listed(intro: str, items: list[str]) -> list[int]:
    texts = ["Ein Absatz davor.", intro, *items]
    kinds = [("paragraph", False), ("heading", False), *[("list_item", True)] * len(items)]
    return [f.blocks[0] for f in find_list_recommendations(texts, kinds, {1})]


# -- a programme's demands stated as what is to be: "The cantons publish their water data.",
# -- "Rail fares are halved by 2030." — no modal, no imperative
_DE_DEMANDS = [
    "Die Kantone veröffentlichen ihre Wasserdaten jedes Jahr vollständig.",
    "Die Bahnpreise werden bis 2030 halbiert.",
    "Die Gemeinden richten Beiräte für junge Menschen ein.",
]


def test_a_list_the_writers_name_as_their_demands_is_their_advice() -> None:
    assert _listed("Unsere Forderungen:", _DE_DEMANDS) == [2, 3, 4]
    assert _listed("Nos trois revendications", _DE_DEMANDS) == [2, 3, 4]
    assert _listed("Our demands:", _DE_DEMANDS) == [2, 3, 4]


def test_demands_without_an_owner_are_no_announcement() -> None:
    # -- "The demands on the staff": a burden described, not the writer's demands
    assert _listed("Die Anforderungen an das Personal", _DE_DEMANDS) == []
    assert _listed("Forderungen der Industrie", _DE_DEMANDS) == []


def _sections(items: list[str]) -> list[tuple[str | None, list[int]]]:
    return [("Pour aller plus loin", list(range(len(items))))]


# -- a further-reading list: each entry opens with a verb but points to material to watch or read
_FURTHER = [
    "Voir la conférence sur la mobilité douce (français), par Vélo Genève",
    "Lire le Guide des pistes cyclables (PDF), par le groupe Mobilité",
    "Lire l'article Le vélo au cœur de la ville (français), par Anne Martin",
    "Regarder la vidéo Why cities need bike lanes (anglais), par Cycle UK",
    "Watch the talk on protected junctions, by the city's planners",
]


def test_lines_pointing_to_material_to_watch_or_read_are_no_steps() -> None:
    from briefing_app.ingest.cues import commands
    from briefing_app.ingest.recommendations import find_imperative_paragraphs

    assert find_imperative_paragraphs(_sections(_FURTHER), _FURTHER) == []
    assert not any(map(commands, _FURTHER))
    # -- a command on the subject itself still is one
    assert commands("Voir les choses en grand et planifier tout le réseau cyclable d'un coup.")
    assert commands("See your doctor before you start any new diet.")


# -- a health leaflet in Spanish: its advice in the familiar and the polite command, with
# -- pronouns attached and after a condition
_ES_LEAFLET = [
    "Bebe agua a menudo y lleva siempre una botella contigo.",
    "Evite las horas de más calor y busque la sombra.",
    "Manténgase en contacto con sus vecinos durante la ola de calor.",
    "Si tiene mareos o dolor de cabeza, acuda a su centro de salud.",
    "Hazte un análisis de sangre una vez al año.",
    "No olvide tomar su medicación a la misma hora.",
]


def test_spanish_commands_familiar_polite_with_pronouns_and_after_a_condition() -> None:
    from briefing_app.ingest.cues import commands, imperative

    assert all(map(commands, _ES_LEAFLET))
    # -- the familiar form is spelt as the third person: with a gerund, or after "No", it reports
    assert not imperative("Sigue siendo el principal problema de la región.")
    assert not imperative("No deja de crecer el número de casos.")
    # -- nouns spelt like a command's form stay nouns
    assert not imperative("Informe anual sobre la calidad del aire.")
    assert not imperative("Práctica clínica y salud pública.")


def test_a_spanish_leaflet_of_commands_is_read_as_advice() -> None:
    from briefing_app.ingest.recommendations import find_advice_sentences

    texts = [*_ES_LEAFLET, "Esta hoja no sustituye el consejo de su médico."]
    found = [texts[f.blocks[0]][slice(*f.span)] for f in find_advice_sentences(texts) if f.span]
    assert found == _ES_LEAFLET


def test_spanish_commands_after_an_example_a_time_lead_in_or_a_symbol() -> None:
    from briefing_app.ingest.cues import commands

    assert commands("Por ejemplo, si olvida un nombre, repase el alfabeto letra a letra.")
    assert commands("Por ejemplo, apunte la matrícula del coche en su libreta.")
    assert commands("Al final de la semana, repase sus notas con calma.")
    assert commands("⭐Dedique diez minutos al día a leer en voz alta ⭐")
    # -- an example that states, and an English example (it only illustrates), are no command
    assert not commands("Por ejemplo, la lectura diaria mejora la atención.")
    assert not commands("For example, if the list is long, use headings.")


def test_a_guides_terse_line_names_its_topic_then_commands() -> None:
    from briefing_app.ingest.recommendations import guide_command

    assert guide_command("Revisiones dentales; acuda al dentista dos veces al año.")
    assert guide_command("Regular check-ups; see your dentist twice a year.")
    assert not guide_command("Revisiones dentales; el dentista las recomienda cada año.")


def test_calls_in_the_passive_and_demands_named_as_such() -> None:
    from briefing_app.ingest.calls import find_calls

    texts = [
        "Notre première revendication est de demander aux communes de fermer le centre aux voitures.",
        "Les rues appartiennent à celles et ceux qui les habitent.",
        "Dans une ville vivante, la voix des piétons doit compter.",
        "Les habitants se plaignent du bruit depuis des années.",
        "Le plan de circulation doit être réexaminé par le conseil municipal avant l'été.",
        "Le quartier compte trois écoles et un marché.",
    ]
    found = [f.blocks[0] for f in find_calls(texts, ["paragraph"] * len(texts))]
    assert found == [0, 2, 4]
    # -- a duty inside a relative clause describes: no call
    one = ["Le projet, qui doit être voté mardi, divise la majorité."] * 3
    assert find_calls(one, ["paragraph"] * 3) == []


def test_a_duty_in_the_passive_without_its_agent_states_a_rule() -> None:
    from briefing_app.ingest.calls import _calls

    assert _calls("Le plan doit être réexaminé par le conseil municipal avant l'été.")
    assert _calls("El plan debe ser aprobado por el pleno antes de junio.")
    # -- what a licence requires: no party called on
    assert not _calls("Toute copie modifiée doit être publiée sous la même licence.")
