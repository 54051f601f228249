"""Recommendations, detection round 10 (issue 14, real-heldout11): who speaks, and where."""

from __future__ import annotations

from briefing_app.ingest.cues import imperative
from briefing_app.ingest.deontic import instructs
from briefing_app.ingest.reported import reports_list
from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article) -> list[str]:
    return [r.text[:30] for r in article.recommendations]


PLAN = (
    "# Vocational education in Finland\n\n"
    f"{BODY}\n\n"
    "## Education policy: objectives and priorities\n\n"
    f"{BODY}\n\n"
    "Every fourth year the government decides on guidelines for education. The development "
    "plan Education and research 2003-08 identifies the following priorities:\n\n"
    "### Improving the education system\n\n"
    "- expand opportunities to study general and vocational subjects;\n"
    "- increase cooperation between polytechnics and universities;\n"
    "- develop adult education into a coherent system.\n\n"
    "### Quantitative aims\n\n"
    "- ensure a better gender balance in vocational education;\n"
    "- provide post-compulsory education or training for all.\n\n"
    f"{BODY}\n"
)


def test_a_plan_s_priorities_the_text_reports_are_not_the_author_s_advice():
    assert analyze_text(PLAN, ".md").recommendations == ()


def test_the_same_list_in_the_author_s_own_voice_is_advice():
    own = PLAN.replace(
        "The development plan Education and research 2003-08 identifies", "We recommend"
    )
    assert _openings(analyze_text(own, ".md"))[:2] == [
        "expand opportunities to study ",
        "increase cooperation between p",
    ]


def test_a_reporting_lead_in_needs_a_third_party_and_a_reporting_verb():
    assert reports_list("The act sets out the following duties:")
    assert reports_list("Approved accommodations included the following (Lazarus, 2006):")
    assert not reports_list("In this report we identify the following priorities:")
    assert not reports_list("This guide lists the following steps:")
    assert not reports_list("Governments should:")
    assert not reports_list("The plan identifies the following priorities.")


GUIDE = (
    "Mitigating web shells\n\n"
    "Detecting anomalous requests\n\n"
    f"{BODY}\n\n"
    "The script lists the least requested pages. The URIs in the results should be verified "
    "benign. Administrators should prioritize vetting results from the core rules. If so, "
    "these requests should appear anomalous in the logs.\n\n"
    "It is recommended to use the compiled versions of the rules.\n\n"
    "Contradictions to these norms should be investigated. Ideally, Windows logging should be "
    "mirrored to a central server.\n\n"
    f"{BODY}\n"
)


def test_a_guide_s_should_instructions_to_things_and_roles_are_advice():
    assert _openings(analyze_text(GUIDE)) == [
        "The URIs in the results should",
        "Administrators should prioriti",
        "It is recommended to use the c",
        "Contradictions to these norms ",
        "Ideally, Windows logging shoul",
    ]


def test_should_instructions_without_advice_in_so_many_words_are_no_advice():
    plain = GUIDE.replace("It is recommended to use", "The package ships")
    assert analyze_text(plain).recommendations == ()


def test_a_forecast_a_report_and_a_subordinate_should_are_no_instruction():
    assert instructs("The URIs in the results should be verified benign.")
    assert instructs("Before adding the rules, administrators should tailor them.")
    assert not instructs("If so, these requests should appear anomalous in web server logs.")
    assert not instructs("These rules should return minimal false positive results.")
    assert not instructs("According to NIST, systems SHOULD be configured to use TLS 1.3.")
    assert not instructs("We conclude that the new station should be built in Barbosa.")
    assert instructs("Organizations are encouraged to understand their network posture.")
    assert not instructs("Residents who were encouraged to leave stayed home.")


def test_advice_against_in_the_author_s_voice_is_advice():
    article = analyze_text(
        "Moving a mailing list\n\n"
        f"{BODY}\n\n"
        "If a department wants to move a list to the new service, we generally wouldn’t "
        "recommend importing an existing list.\n\n"
        f"{BODY}\n\n"
        "Last year we did not recommend a change, and the team kept the old list.\n"
    )
    assert _openings(article) == ["If a department wants to move "]


def test_reassure_opens_a_command():
    # -- the last of ten imperative headings ("Reassure victims that this is not a scam.") was
    # -- the one the verb list did not know
    assert imperative("Reassure victims that this is not a scam.")


def test_a_negative_command_opens_with_don_t():
    assert imperative("Don’t learn to live with it — change it!")
    assert not imperative("Donations rose by a third last year.")


def test_one_command_after_a_label_that_announces_advice():
    article = analyze_text(
        "Naming services\n\n"
        f"{BODY}\n\n"
        "A takeaway from this experience: If a service name doesn’t quite fit, don’t learn to "
        "live with it — change it! Chances are your audience is unclear too.\n\n"
        "What we saw: Teams kept the old name. Nobody asked users.\n\n"
        f"{BODY}\n"
    )
    assert _openings(article) == ["If a service name doesn’t quit"]
