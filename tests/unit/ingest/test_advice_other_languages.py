"""The author's advice written in other languages than English (issue 14): made-up texts."""

from __future__ import annotations

from briefing_app.ingest.recommendations import find_advice_sentences, find_list_recommendations

# -- a Korean memo's closing: "Therefore this report strongly requests the following." and a
# -- list of noun-phrase actions (decide on, table a bill, budget for) that no modal marks
_KO_INTRO = "따라서 본 보고서는 다음을 강력히 요청한다."
_KO_ITEMS = [
    "2030년까지 지역 도서관 통합 위원회 설치 결정.",
    "차기 정기국회에서 도서관 진흥 법안 상정.",
    "내년 예산안에 디지털 열람실 예산 반영.",
]


def _found(intro: str, items: list[str]) -> list[int]:
    texts = ["본문 단락입니다.", intro, *items]
    kinds = [("paragraph", False), ("paragraph", False), *[("list_item", True)] * len(items)]
    return [f.blocks[0] for f in find_list_recommendations(texts, kinds, set())]


def test_a_list_the_paper_requests_in_korean_is_its_advice() -> None:
    assert _found(_KO_INTRO, _KO_ITEMS) == [2, 3, 4]


def test_a_list_someone_requested_in_the_past_is_a_report() -> None:
    # -- "The ministry requested the following." (past tense): news of another's requests
    assert _found("교육부는 다음을 요청했다.", _KO_ITEMS) == []


def test_the_following_announced_in_spanish_german_and_arabic() -> None:
    items = ["Ampliar el horario de las bibliotecas.", "Digitalizar los archivos municipales."]
    assert _found("Por lo tanto, recomendamos lo siguiente.", items) == [2, 3]
    assert _found("Aus diesen Gründen empfehlen wir Folgendes.", items) == [2, 3]
    assert _found("بناء على ذلك نوصي بما يلي.", items) == [2, 3]
    assert _found("El informe describe lo siguiente.", items) == []


def test_advice_given_as_a_findings_consequence_starts_at_the_connective() -> None:
    # -- "The third option is the costliest and the slowest to put in place, so it is
    # -- recommended to study it further before …": the advice is the clause after "por lo que"
    finding = (
        "La tercera opción es la más costosa y la más lenta de poner en marcha de todas las "
        "alternativas analizadas en este documento, tanto para el ministerio como para los "
        "hospitales regionales"
    )
    text = f"{finding}, por lo que se recomienda estudiarla con más detalle antes de aplicarla."
    found = find_advice_sentences([text])
    assert [text[slice(*f.span)] for f in found if f.span] == [
        "se recomienda estudiarla con más detalle antes de aplicarla."
    ]
