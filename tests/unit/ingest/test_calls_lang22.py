"""The writer's own calls to act in German, French, Spanish, Portuguese and Italian running text
(issue 14): the same forms, threshold and guards as "we must" / "X should" in English."""

from __future__ import annotations

from tests.unit.ingest.builders import analyze_text


def _piece(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _openings(text: str) -> list[str]:
    """Each recommendation's first 20 characters."""
    return [r.text[:20] for r in analyze_text(text).recommendations]


_GERMAN_NEUTRAL = [
    "Der Hafen der Insel wurde vor vierzig Jahren gebaut. Damals fuhren zwei Fähren am Tag.",
    "Heute pendeln jeden Morgen mehr als tausend Menschen aufs Festland und wieder zurück.",
    "Im letzten Winter fiel die Nachtfähre an elf Tagen aus, meist wegen eines Motorschadens.",
]


def test_a_german_op_ed_s_own_calls_are_its_advice() -> None:
    calls = [
        "Deshalb muss die Nachtfähre auch im Winter fahren, ohne Ausnahme.",
        "Es muss sich etwas an der Finanzierung ändern. Ich fordere den Kreistag auf, das Geld "
        "bereitzustellen.",
        "Lassen Sie uns gemeinsam für eine verlässliche Verbindung eintreten.",
    ]
    essay = _piece("Die Fähre gehört allen", [*_GERMAN_NEUTRAL, *calls])
    assert _openings(essay) == [
        "Deshalb muss die Nac",
        "Es muss sich etwas a",
        "Ich fordere den Krei",
        "Lassen Sie uns gemei",
    ]


def test_what_a_german_law_requires_of_a_party_is_no_advice() -> None:
    rules = [
        "Die Reederei muss die Fahrpläne einen Monat vorher veröffentlichen.",
        "Der Kapitän muss jede Verspätung im Logbuch vermerken.",
        "Die Fahrgäste müssen ihre Tickets vor der Abfahrt kaufen.",
    ]
    assert not _openings(_piece("Was das Fährgesetz verlangt", [*_GERMAN_NEUTRAL, *rules]))


def test_a_german_news_report_of_what_officials_say_must_happen_is_no_advice() -> None:
    report = [
        "Die Nachtfähre muss auch im Winter fahren, sagt der Bürgermeister.",
        "Der Kreistag müsse das Geld bereitstellen, erklärte die Landrätin am Montag.",
        "„Wir müssen jetzt handeln“, so der Kapitän. Die Reederei muss die Motoren "
        "tauschen, betonte ein Sprecher.",
    ]
    assert not _openings(_piece("Streit um die Nachtfähre", [*_GERMAN_NEUTRAL, *report]))


_FRENCH_NEUTRAL = [
    "Le port de l'île a été construit il y a quarante ans. Deux bacs y passaient chaque jour.",
    "Aujourd'hui, plus de mille personnes font l'aller-retour vers le continent chaque matin.",
    "L'hiver dernier, le bac de nuit a été annulé onze jours, surtout à cause du moteur.",
]


def test_a_french_guide_s_duties_and_imperatives_are_its_advice() -> None:
    calls = [
        "Il faut prévoir un bac de secours pour les nuits d'hiver.",
        "Il est indispensable de publier les horaires une semaine à l'avance.",
        "La région doit financer les nouveaux moteurs. Vérifiez vos horaires avant de partir.",
    ]
    guide = _piece("Traverser en hiver", [*_FRENCH_NEUTRAL, *calls])
    # -- each call counts on its own, also the second of one paragraph (settled convention)
    assert _openings(guide) == [
        "Il faut prévoir un b",
        "Il est indispensable",
        "La région doit finan",
        "Vérifiez vos horaire",
    ]


def test_a_french_news_story_quoting_il_faut_is_no_advice() -> None:
    story = [
        "« Il faut prévoir un bac de secours », a déclaré le maire mardi.",
        "Selon la préfète, la région doit financer les nouveaux moteurs.",
        "Le capitaine l'a répété : « Il faut agir. » Les passagers, qui doivent attendre, "
        "protestent.",
    ]
    assert not _openings(_piece("Le bac de nuit en panne", [*_FRENCH_NEUTRAL, *story]))


_SPANISH_NEUTRAL = [
    "El puerto de la isla se construyó hace cuarenta años. Entonces salían dos barcos al día.",
    "Hoy más de mil personas viajan cada mañana al continente y vuelven por la tarde.",
    "El invierno pasado el barco nocturno no salió durante once días por una avería.",
]


def test_spanish_portuguese_and_italian_calls_are_advice() -> None:
    spanish = [
        "Hay que garantizar el barco nocturno también en invierno.",
        "Es necesario que el cabildo publique los horarios con una semana de antelación.",
        "Por eso, el gobierno regional debe financiar los motores nuevos.",
    ]
    assert _openings(_piece("El barco es de todos", [*_SPANISH_NEUTRAL, *spanish])) == [
        "Hay que garantizar e",
        "Es necesario que el ",
        "Por eso, el gobierno",
    ]
    portuguese = [
        "O porto da ilha foi construído há quarenta anos.",
        "Hoje mais de mil pessoas viajam todas as manhãs para o continente.",
        "No inverno passado o barco noturno não saiu durante onze dias.",
        "É preciso garantir o barco noturno também no inverno.",
        "Temos que publicar os horários com uma semana de antecedência.",
        "O governo regional deve financiar os motores novos.",
    ]
    assert len(_openings(_piece("O barco é de todos", portuguese))) == 3
    italian = [
        "Il porto dell'isola è stato costruito quarant'anni fa.",
        "Oggi più di mille persone viaggiano ogni mattina verso il continente.",
        "Lo scorso inverno il traghetto notturno non è partito per undici giorni.",
        "Bisogna garantire il traghetto notturno anche in inverno.",
        "È necessario pubblicare gli orari con una settimana di anticipo.",
        "La regione deve finanziare i nuovi motori.",
    ]
    assert len(_openings(_piece("Il traghetto è di tutti", italian))) == 3


def test_a_spanish_news_story_of_what_sources_say_is_no_advice() -> None:
    story = [
        "Según el alcalde, el gobierno regional debe financiar los motores nuevos.",
        "Hay que garantizar el servicio, dijo la consejera el lunes.",
        "Primero, el barco se averió; segundo, los pasajeros, que deben esperar, protestaron.",
    ]
    assert not _openings(_piece("Sin barco nocturno", [*_SPANISH_NEUTRAL, *story]))
