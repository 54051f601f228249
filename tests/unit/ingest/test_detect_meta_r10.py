"""Titles, authors and dates in shapes the eleventh real set showed (issue 14, round 10).

Each rule has a guard case beside it: the shape that must stay as it was.
"""

from __future__ import annotations

from briefing_app.core.text import visible_length
from briefing_app.ingest.front import name_list
from tests.unit.ingest.builders import analyze_text

# -- a Hindi paragraph of running text: the body under a headline
_HINDI_BODY = (
    "गोवर्धन मठ के स्वामी ने राम मंदिर प्राण प्रतिष्ठा में धर्म गुरुओं के विरोध की बातों का खंडन "
    "किया है। उनका कहना है कि जो लोग भ्रामक अफवाह फैला रहे हैं समय आने पर उन्हें जवाब दिया जाएगा।"
)


def test_a_hindi_headline_is_measured_in_letters_not_code_points():
    # -- 23 words; over 120 code points, under 120 letters once vowel signs count as none
    headline = (
        "22 जनवरी से सतयुग की शुरुआत, स्वामी अधोक्षजानंद ने प्राण प्रतिष्ठा पर सवाल उठाने "
        "वालों को लपेटा, नसीहत में कह दी बड़ी बात"
    )
    assert len(headline) > 120 >= visible_length(headline)
    article = analyze_text(f"{headline}\n\n{_HINDI_BODY}\n\n{_HINDI_BODY}\n")
    assert article.title == headline
    assert article.title_source != "file"
    # -- guard: a line as long in letters is a paragraph, not a title
    long_line = headline + " और आगे भी बहुत कुछ कहा गया जिसे सबने सुना और समझा"
    assert visible_length(long_line) > 120
    article = analyze_text(f"{long_line}\n\n{_HINDI_BODY}\n\n{_HINDI_BODY}\n")
    assert article.title != long_line


def test_authors_with_degrees_set_one_a_line_are_read_as_a_list():
    # -- "Nora L. Keenan, PhD" over "Kate M. Shaw, MS", joined into one line by the reader
    assert name_list("Nora L. Keenan, PhD Kate M. Shaw, MS") == "Nora L. Keenan, Kate M. Shaw"
    assert name_list("Jo Li, PhD, Ana Petrosyan, MD") == "Jo Li, Ana Petrosyan"
    # -- guard: one name and a degree is no list; words that are no names stay none
    assert name_list("Jo Li, MS") is None
    assert name_list("MS Word, PhD Thesis") is None
