"""A command under a shouted warning word is the writer's advice (ingest/alerts.py): made-up texts."""

from __future__ import annotations

from briefing_app.ingest.alerts import find_alerted_commands


def _found(texts: list[str]) -> list[str]:
    return [texts[f.blocks[0]][slice(*f.span)] for f in find_alerted_commands(texts) if f.span]


def test_commands_after_a_warning_word_in_french_english_and_german() -> None:
    texts = [
        "Le script copie vos fichiers sur le serveur. ATTENTION !! Vérifiez le chemin avant.",
        "IMPORTANT !!! Ne lancez jamais le script en tant que root.",
        "WARNING: Stop the service before you upgrade.",
        "ACHTUNG! Ziehen Sie vorher den Netzstecker.",
    ]
    assert _found(texts) == [
        "Vérifiez le chemin avant.",
        "Ne lancez jamais le script en tant que root.",
        "Stop the service before you upgrade.",
        "Ziehen Sie vorher den Netzstecker.",
    ]


def test_a_french_negative_command_in_an_irregular_form() -> None:
    assert _found(["IMPORTANT !!!!! Ne faites pas de mise à jour un vendredi soir !"]) == [
        "Ne faites pas de mise à jour un vendredi soir !"
    ]


def test_a_warning_that_states_a_fact_or_asks_is_no_advice() -> None:
    texts = [
        "IMPORTANT: the server restarts every night at two.",
        "ATTENTION ! Le bâtiment ferme à 18 heures.",
        "WARNING: Is the cable plugged in?",
        "The word important is overused. Back up the database.",
    ]
    assert _found(texts) == []
