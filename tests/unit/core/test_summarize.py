"""Extractive summaries and headlines read like an analyst's, not like the first lines."""

from briefing_app.core.summarize import bullets_from_summary, headline, summarize


def test_headline_drops_ordinal_marker_and_capitalises():
    assert headline("Secondly, the government ought to fund school buildings.") == (
        "The government ought to fund school buildings"
    )


def test_a_counted_cardinal_goes_but_a_sentence_opening_on_one_keeps_it():
    assert headline("Two: cut the ferry fees before the summer.") == (
        "Cut the ferry fees before the summer"
    )
    assert headline("One way to help is to cut the ferry fees.") == (
        "One way to help is to cut the ferry fees"
    )


def test_headline_cuts_at_a_clause_not_mid_phrase():
    text = (
        "Ministers must measure loneliness directly, every year, in the national survey of "
        "young people, so that progress can be tracked and money can follow the evidence."
    )
    result = headline(text)
    assert result == (
        "Ministers must measure loneliness directly, every year, in the national survey of "
        "young people"
    )


def test_headline_prefers_a_short_first_clause_to_a_dangling_cut():
    text = (
        "Allies should coordinate their lists, because a measure that one country imposes and "
        "its neighbour ignores mainly moves business across a border."
    )
    assert headline(text) == "Allies should coordinate their lists"


def test_headline_skips_a_leading_subordinate_clause():
    text = (
        "By applying its experience in reconstruction elsewhere, American companies will be "
        "essential in rebuilding the war-torn areas and the roads between them."
    )
    assert headline(text).startswith("American companies will be essential")


def test_headline_never_ends_on_a_function_word():
    text = "The agency should publish the data of the survey of the households of the region of the country."
    result = headline(text, max_words=8)
    assert result.split()[-1].lower() not in {"the", "of", "and", "in", "to"}
    assert len(result.split()) <= 8


def test_headline_drops_an_unbalanced_quote():
    text = (
        "The United States needs to shift away from its traditional policy of “conflict "
        "prevention” in favor of “conflict resolution” in the region."
    )
    result = headline(text)
    assert result.count("“") == result.count("”")
    assert len(result.split()) <= 15


def test_section_summary_prefers_central_sentences_to_the_opening():
    passages = [
        (
            "Good morning to everyone here today. Rail freight has lost market share to lorries "
            "for thirty years. Rail freight could win back market share if terminals were "
            "closer to factories. Weather was mild.",
            0,
        )
    ]
    text, spans = summarize(passages, max_sentences=1)
    assert text.startswith("Rail freight")
    assert len(spans) == 1


def test_section_summary_avoids_sentences_that_lean_on_missing_context():
    passages = [
        (
            "Flood plans in coastal towns are out of date. This leaves coastal towns and their "
            "flood plans badly exposed to coastal flood risk. Coastal towns must update flood "
            "plans and test coastal flood defences.",
            0,
        )
    ]
    text, _ = summarize(passages)
    assert "This leaves" not in text


def test_recommendation_text_does_not_dominate_a_section_with_other_prose():
    intro = (
        "Grid congestion costs consumers billions every year. Congestion on the grid stops "
        "cheap power reaching consumers who need it.",
        0,
    )
    rec = ("The grid regulator should publish a congestion map every month for consumers.", 200)
    text, _ = summarize([intro, rec], demote=[1])
    assert "regulator should publish" not in text


def test_recommendation_summary_always_includes_its_thesis():
    passages = [
        ("Regulators should require remote identification.", -1),
        (
            "Drones near airports are a growing risk to airports. Airports report drones near "
            "runways weekly, and airports lack drone detection.",
            100,
        ),
    ]
    text, spans = summarize(passages, max_sentences=2, must_include=0)
    assert text.startswith("Regulators should require remote identification.")
    assert len(spans) <= 2


def test_overlong_single_sentence_is_shortened_with_an_ellipsis():
    sentence = " ".join(["word"] * 30 + ["and"] + ["more"] * 40) + "."
    text, spans = summarize([(sentence, 10)], max_words=50)
    assert text.endswith("…")
    assert len(text.split()) <= 50
    assert spans[0][0] == 10 and spans[0][1] < 10 + len(sentence)


def test_summary_is_deterministic():
    passages = [("Alpha beta gamma delta. Beta gamma delta epsilon. Gamma delta zeta eta.", 0)]
    assert summarize(passages) == summarize(passages)


def test_bullets_split_on_sentences():
    assert bullets_from_summary("One thing. Another thing.") == ["One thing.", "Another thing."]
    assert bullets_from_summary("  ") == []


def test_headline_does_not_end_on_a_word_awaiting_its_complement():
    text = (
        "The United States needs to see the conflict as a standalone issue separate from its "
        "worsening relationship with its neighbours."
    )
    assert (
        headline(text, max_words=13)
        == "The United States needs to see the conflict as a standalone issue"
    )


def test_headline_stops_before_a_relative_clause_rather_than_inside_it():
    text = (
        "Regional authorities should agree a drought plan that sets out, in advance, who gets "
        "water first when supplies fall."
    )
    assert headline(text) == "Regional authorities should agree a drought plan"


def test_headline_keeps_a_restrictive_clause_when_a_comma_ends_the_thesis():
    text = (
        "Regional health services must fund the support workers who visit tenants, since they "
        "benefit most from reduced emergency admissions."
    )
    assert (
        headline(text) == "Regional health services must fund the support workers who visit tenants"
    )


def test_a_heading_headline_is_not_cut_at_an_inner_question_mark():
    heading = 'Develop a Personal "Should I Buy This?" Test'
    assert headline(heading, whole=True) == heading


def test_list_items_without_stops_stay_separate_sentences_in_the_summary():
    first = "Add fresh figs to homemade scones, muffins or savory bread recipes"
    second = "Build a beautiful fruit, cheese and cured meats platter that highlights figs"
    text, spans = summarize([(first, 0), (second, 100)])
    assert bullets_from_summary(text) == [f"{first}.", second]
    assert spans == [(0, len(first)), (100, 100 + len(second))]


def test_a_line_leading_on_with_a_colon_gets_no_stop():
    lead = "Fresh figs can be stored for two days in a cool place, as follows:"
    item = "Store ripe figs in a cool place away from light and eat them within two days"
    text, _spans = summarize([(lead, 0), (item, 100)], max_sentences=2)
    assert text == f"{lead} {item}"


def test_headline_drops_the_final_stop_in_every_script():
    # -- a headline is a title: "Act now." reads "Act now", and a Chinese or Arabic one the same --
    assert headline("建议加强区域合作。其次，应当增加投入。") == "建议加强区域合作"
    assert headline("هل يجب أن نتحرك الآن؟ نعم") == "هل يجب أن نتحرك الآن"
    assert headline("。0") == ""


def test_headline_is_the_main_clause_after_a_fronted_clause_with_commas():
    # -- a speech's fronted clauses hold commas of their own; the thesis starts at its subject --
    assert headline(
        "As the inspector, who joined us this morning, has shown, we must audit every depot."
    ) == ("We must audit every depot")
    assert headline(
        "For the families here, and for the thousands of others waiting, let's cap the fee."
    ) == ("Let's cap the fee")
    assert headline(
        "But to compete for the contracts of the future, we need to train more engineers."
    ) == ("We need to train more engineers")
    assert headline("And let's pass the budget this spring.") == "Let's pass the budget this spring"


def test_headline_keeps_an_opening_word_that_is_not_a_speakers_conjunction():
    assert headline("So lagern Sie die Knollen richtig im Keller.") == (
        "So lagern Sie die Knollen richtig im Keller"
    )
    assert headline("Instead of hiring a consultant, use the staff you have.").startswith("Instead")


def test_a_sentence_of_marks_alone_is_never_a_summary_bullet():
    # -- a paragraph opening "… Or what …" (the heading's sentence goes on) splits off "…" --
    summary = summarize(
        [("… Or what kinds of fraud are accepted.", 0), ("Give examples of fraud.", 40)]
    )[0]
    assert "…" not in bullets_from_summary(summary)
    assert summarize([("…", 0)]) == ("", [])
    thesis_of_marks = summarize(
        [("… Or what kinds of fraud are accepted.", 0), ("Give examples of fraud.", 40)],
        must_include=0,
    )[0]
    assert not thesis_of_marks.startswith("…")


def test_a_lead_in_without_what_it_leads_into_is_left_out():
    # -- a summary ended "… restreindre d'autres logiciels :", the list it announced left out --
    passages = [
        ("Ferry queues at the harbour piers grow longer every summer weekend.", 0),
        ("The harbour board listed the ferry piers where queues grow longest:", 100),
        ("North.", 200),
        ("Queues at the ferry piers now reach the ring road on summer weekends.", 300),
    ]
    text, _spans = summarize(passages, max_sentences=2)
    assert not text.rstrip().endswith(":"), text
    assert "listed the ferry piers" not in text


def test_a_sentence_opened_by_a_clause_pointing_back_leans_on_missing_context():
    passages = [
        (
            "Ferry fares rose by a third between 2019 and 2023. Although this matched ferry "
            "costs, ferry fares for island families rose far faster than island wages. Island "
            "ferry fares now take a tenth of island wages.",
            0,
        )
    ]
    text, _ = summarize(passages, max_sentences=1)
    assert not text.startswith("Although this")


def test_a_demoted_sentence_never_joins_the_writers_prose():
    prose = (
        "However, the harbour board raised mooring fees for every berth last spring. Gulls "
        "nested early on the cliffs that year.",
        0,
    )
    item = ("Harbour mooring fees for harbour berths set by the harbour board.", 300)
    text, spans = summarize([prose, item], demote=[1])
    assert text.startswith("However, the harbour board")
    assert "Harbour mooring fees" not in text and all(start < 300 for start, _ in spans)


def test_headline_drops_a_connective_opening_the_thesis():
    text = "Therefore, the council must publish the harbour accounts before the winter review."
    assert (
        headline(text) == "The council must publish the harbour accounts before the winter review"
    )


def test_headline_cut_inside_a_short_aside_drops_the_aside():
    text = (
        "Setting a baseline harbour fee (i.e., twelve pounds) and raising it each year in line "
        "with the ferry operators' costs across the islands."
    )
    assert headline(text) == "Setting a baseline harbour fee"


def test_list_items_ending_on_their_link_to_the_next_end_with_a_stop():
    passages = [
        ("Freezing the ferry fares for island families until the review ends;", 0),
        ("Publishing the ferry accounts for island families every year; and", 100),
    ]
    text, _ = summarize(passages)
    assert text == (
        "Freezing the ferry fares for island families until the review ends. Publishing the "
        "ferry accounts for island families every year."
    )
