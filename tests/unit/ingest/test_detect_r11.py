"""Detection round 11 (issue 14, real-heldout12): style guides, French advice, headed lists, ligatures."""

from __future__ import annotations

from briefing_app.core.summarize import headline
from briefing_app.ingest.cues import OWN_ADVICE, commands, french_command, imperative
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.html import parse_html
from briefing_app.ingest.pagemeta import _usable_name
from briefing_app.ingest.pdfligatures import restore_ligatures
from briefing_app.ingest.readers import read_bytes
from briefing_app.ingest.recommendations import find_advice_sentences, guide_command
from tests.unit.ingest.builders import BODY, analyze_text


def _openings(article, n: int = 30) -> list[str]:
    return [r.text[:n] for r in article.recommendations]


# -- a style guide: it seldom says "we recommend"; it commands, paragraph after paragraph
STYLE_GUIDE = (
    "# Plain words\n\n"
    "Words shape how readers see a service. This page gathers what we learned.\n\n"
    "## Numbers\n\n"
    "Every reader scans for figures first. Write numbers as numerals, even at the start of a "
    "sentence. If a figure, a date, or a range is uncertain, give its range in the same sentence.\n\n"
    "- Avoid percentages of percentages.\n"
    "- Use the same unit throughout a table.\n\n"
    "## Names\n\n"
    "Use the name people give themselves. For example, don't shorten a ministry's name to "
    "its initials. For help choosing names, see the naming guide.\n\n"
    "- Avoid nicknames for programmes.\n"
    "- Define an acronym the first time it appears.\n\n"
    "## Tone\n\n"
    "Write as you would speak to the reader across a desk. Keep sentences short.\n\n"
    "Check every figure against its source before you publish.\n"
)


def test_a_guide_that_commands_in_its_paragraphs_advises_in_each_command():
    found = _openings(analyze_text(STYLE_GUIDE, ".md"))
    assert "Write numbers as numerals, eve" in found
    assert any(f.startswith("If a figure, a date, or a rang") for f in found)
    assert "Use the name people give thems" in found
    assert "Keep sentences short." in found


def test_a_guide_s_examples_and_reading_pointers_are_not_advice_of_their_own():
    found = " ".join(r.text for r in analyze_text(STYLE_GUIDE, ".md").recommendations)
    assert "don't shorten" not in found
    assert "see the naming guide" not in found


def test_a_report_that_quotes_a_command_or_two_is_no_guide():
    report = (
        "# The winter grid\n\n"
        f"{BODY}\n\n"
        "## What the operators said\n\n"
        f"{BODY} Keep the lights on, the minister told them. {BODY}\n\n"
        f"{BODY}\n\n"
        "## The outlook\n\n"
        f"{BODY} Try the spring figures for comparison. {BODY}\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert analyze_text(report, ".md").recommendations == ()


def test_a_command_after_a_long_condition_or_a_connective_is_a_command():
    assert commands(
        "If a person's situation, medical condition, illness, or injury is relevant to the "
        "content, be as specific as possible."
    )
    assert commands("That said, try to keep your lists as simple as possible.")
    assert not commands("If the grid, the dams, or the lines fail, the region goes dark.")


def test_advice_against_in_the_author_s_voice_is_own_advice():
    assert OWN_ADVICE.search("Like our peers, we strongly discourage writing FAQs.")
    assert not OWN_ADVICE.search("The rules discourage writing FAQs.")


def test_a_guide_telling_its_reader_what_to_do_without_the_imperative():
    assert guide_command("If you repeat a phrase, you should probably use a list instead.")
    assert guide_command("It's better to be clear than clever here.")
    assert not guide_command("For example, don't say something is so simple anyone can do it.")
    assert not guide_command("For help finding the right words, see the style guide.")


def test_an_own_advice_against_makes_a_guide_of_the_page():
    texts = [
        "We recommend putting the most important information first.",
        "Online, people scan. Plan for user testing after launch.",
        "We strongly discourage writing FAQs.",
        "If people keep asking, review the content and improve it.",
    ]
    spans = [texts[f.blocks[0]][f.span[0] : f.span[1]] for f in find_advice_sentences(texts)]
    assert "Plan for user testing after launch." in spans
    assert any(s.startswith("If people keep asking, review") for s in spans)


def test_french_advice_in_the_infinitive_is_a_command():
    assert french_command("Définir clairement ce qui constitue un cybercrime.")
    assert french_command("Utiliser un langage simple et précis.")
    assert french_command("Poser des questions précises.")
    assert imperative("Rassurer les victimes en leur disant qu'il ne s'agit pas d'une arnaque.")
    assert not french_command("Avenir de la France")
    assert not french_command("Entre les deux guerres")
    assert not french_command("Premier ministre du pays")
    assert not imperative("Sister cities and their mayors")
    assert not imperative("Under government plans, the tax rises next year.")
    assert not imperative("After settlement talks, the parties left.")


def test_french_infinitive_headings_are_the_document_s_advice():
    text = (
        "# Signaler un cybercrime\n\n"
        "## Définir clairement ce qu'est une preuve\n\n"
        "Les gens ne savent pas ce dont la police a besoin pour résoudre un crime.\n\n"
        "## Poser des questions précises\n\n"
        "Les victimes bouleversées ne donnent pas tous les détails utiles.\n\n"
        "## Utiliser un langage simple\n\n"
        "Le vocabulaire juridique décourage les victimes de poursuivre.\n"
    )
    headlines = [r.headline for r in analyze_text(text, ".md").recommendations]
    assert [h[:12] for h in headlines] == ["Définir clai", "Poser des qu", "Utiliser un "]


def test_german_impersonal_should_is_advice():
    texts = ["Natürlich sollte man damit so früh wie möglich beginnen. Ich mag Blumen."]
    spans = [texts[0][f.span[0] : f.span[1]] for f in find_advice_sentences(texts)]
    assert spans == ["Natürlich sollte man damit so früh wie möglich beginnen."]


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<meta property="og:site_name" content="example-blog.de">'
        f"</head><body><article>{body}</article></body></html>"
    )


_TIP = (
    "Für eine weiche Haut braucht es die richtige Pflege, und zwar lange vor dem großen Tag, "
    "denn die Haut verändert sich nur langsam und jede neue Creme braucht ein paar Wochen."
)


def test_a_title_s_site_name_after_a_bullet_separator_is_dropped():
    article = analyze(
        parse_html(_page("Tipps für die Braut &bull; example-blog.de", f"<p>{_TIP}</p>" * 3))
    )
    assert article.title == "Tipps für die Braut"


def test_list_items_headed_by_a_bold_line_are_sections_on_a_page_without_headings():
    items = "".join(
        f"<li><strong>{head}</strong><br/>{_TIP}<br/>{_TIP}</li>"
        for head in ("Weiche Haut", "Schöne Hände", "Gesundes Haar")
    )
    article = analyze(parse_html(_page("Tipps", f"<p>{_TIP}</p><ol>{items}</ol>")))
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == ["Weiche Haut", "Schöne Hände", "Gesundes Haar"]


def test_bold_labelled_items_under_real_headings_stay_list_items():
    items = "".join(
        f"<li><strong>{head}</strong><br/>{_TIP}</li>" for head in ("Neuer Ablauf", "Mehr Zeit")
    )
    body = f"<h2>Was wir wissen</h2><p>{_TIP}</p><ul>{items}</ul><h2>Ausblick</h2><p>{_TIP}</p>"
    article = analyze(parse_html(_page("Ein Bericht", body)))
    assert [s.heading for s in article.sections if s.heading] == ["Was wir wissen", "Ausblick"]


def _chars(word: str, x: float, widths: dict[str, float]) -> tuple[dict, float]:
    chars = []
    for letter in word:
        w = widths[letter]
        chars.append({"text": letter, "fontname": "X+Minion", "size": 9.0, "x0": x, "x1": x + w})
        x += w
    return {"text": word, "chars": chars, "x0": chars[0]["x0"], "x1": x}, x + 2


def test_a_ligature_read_as_its_last_letter_gets_its_f_back():
    widths = {c: 4.0 for c in "abcdemnorstuw "}
    widths.update({"i": 2.4, "l": 2.3, "f": 2.7})
    words, x = [], 0.0
    for text in ("still", "oil", "limit", "fill"):
        word, x = _chars(text, x, widths)
        words.append(word)
    wide, x = _chars("inancial", x, widths)
    wide["chars"][0]["x1"] = wide["chars"][0]["x0"] + 4.9  # -- the "fi" glyph, mapped to "i"
    flow, x = _chars("low", x, widths)
    flow["chars"][0]["x1"] = flow["chars"][0]["x0"] + 4.8  # -- the "fl" glyph, mapped to "l"
    texts = [w["text"] for w in restore_ligatures([*words, wide, flow])]
    assert texts == ["still", "oil", "limit", "fill", "financial", "flow"]


def test_a_letter_whose_usual_width_is_unknown_is_left_alone():
    widths = {"i": 2.4, "n": 4.0}
    word, _x = _chars("in", 0.0, widths)
    word["chars"][0]["x1"] = word["chars"][0]["x0"] + 4.9
    assert restore_ligatures([word])[0]["text"] == "in"


def test_an_infinitive_heading_over_its_own_takeaways_is_a_topic_not_advice():
    text = (
        "# Concevoir le contenu\n\n"
        f"{BODY}\n\n"
        "## 1. Fournir la bonne information au bon moment\n\n"
        f"{BODY}\n\n"
        "### À retenir :\n\n"
        "- Réduisez la quantité de texte descriptif.\n"
        "- Séparez l'information essentielle.\n\n"
        "## 2. Expliquer les étapes à l'avance\n\n"
        f"{BODY}\n\n"
        "### À retenir\n\n"
        "- Établissez les attentes relatives aux tâches.\n"
        "- Fournissez des messages clairs.\n"
    )
    found = _openings(analyze_text(text, ".md"), 12)
    assert found == ["Réduisez la ", "Séparez l'in", "Établissez l", "Fournissez d"]


def _meta_page(head: str, body: str, *, charset: str = "utf-8") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body><article>'
        f"{body}{''.join(f'<p>{BODY}</p>' for _ in range(3))}</article></body></html>"
    ).encode()


def _read(page: bytes):
    return analyze(read_bytes(page, name="p.html", suffix=".html"))


def test_a_page_saved_as_utf8_under_an_old_single_byte_declaration_reads_as_utf8():
    page = _meta_page(
        "<title>Cae el jefe de la banda</title>",
        "<h1>Cae el jefe de la banda</h1><p>Ángeles Escrivá informa desde Madrid.</p>",
        charset="iso-8859-15",
    )
    article = _read(page)
    assert "Ángeles Escrivá" in " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_site_address_declared_as_author_is_no_writer():
    page = _meta_page(
        '<title>Cae el jefe de la banda</title><meta name="author" content="elmundo.es">',
        '<h1>Cae el jefe de la banda</h1><p class="firma"><em>Ángeles Escrivá</em> | Madrid</p>',
    )
    assert _read(page).author == "Ángeles Escrivá"
    assert _usable_name("J.Smith") == "J.Smith"  # -- an initial glued to a name is no address


def test_a_byline_set_as_the_headline_s_last_line_is_the_author():
    page = _meta_page(
        "<title>米朝首脳直通電話　習氏に挑むトランプ戦術の成否：日本経済新聞</title>"
        '<meta property="og:title" content="米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）">',
        "<h1><span>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br/>"
        "<span>編集委員　中沢克二</span></h1>",
    )
    article = _read(page)
    assert article.author == "中沢克二"
    assert article.title.split() == ["米朝首脳直通電話", "習氏に挑むトランプ戦術の成否"]


def test_an_author_given_by_reference_in_a_json_ld_graph_is_resolved():
    graph = (
        '{"@context":"https://schema.org","@graph":['
        '{"@type":["Person","Organization"],"@id":"#julia","name":"Julia"},'
        '{"@type":"Article","headline":"Beauty-Tipps","author":{"@id":"#julia"}}]}'
    )
    page = _meta_page(
        "<title>Beauty-Tipps &bull; crazy-julia.de</title>"
        '<meta property="og:site_name" content="crazy-julia.de">'
        f'<script type="application/ld+json">{graph}</script>',
        "<h1>Beauty-Tipps</h1>",
    )
    article = _read(page)
    assert article.author == "Julia"  # -- declared by the page, though the site bears the name
    assert article.title == "Beauty-Tipps"


def test_a_headline_skips_a_fronted_clause_that_lists_things_with_commas():
    assert (
        headline(
            "If a person's situation, medical condition, illness, or injury is relevant to the "
            "content, be as specific as possible."
        )
        == "Be as specific as possible"
    )
    assert headline("If the budget holds, the agency should hire ten more inspectors.") == (
        "The agency should hire ten more inspectors"
    )
