"""Articles every template must turn into a valid deck: the seed and five hostile ones."""

from __future__ import annotations

from briefing_app.core.briefing import Briefing
from briefing_app.ingest.detect import analyze
from briefing_app.ingest.text import parse_text
from tests.conftest import SEED


def _forty_recommendations() -> str:
    lines = [
        'Forty steps for <safer> R&D & "open" science', "", "By A. Writer", "",
        "Why the council must act now, in forty numbered recommendations.", "",
        "The council reviewed the programme. It found gaps in funding, oversight & review, "
        'and in how "open" data are shared when 3 < 5 and 7 > 2.', "",
        "Recommendations", "",
    ]  # fmt: skip
    for n in range(1, 41):
        lines += [f'{n}. Fund the <lab> #{n} & its staff "properly" so that costs < benefits '
                  f"& results > 0; report by Q{n % 4 + 1} (see <a href='x'>).", ""]  # fmt: skip
    return "\n".join(lines)


RTL = """\
الاتفاق بين أرمينيا وأذربيجان: ما الذي تغيّر؟

تحليل

انتهى النزاع بعد أربعة وأربعين يوماً من القتال، ووُقّع البيان الثلاثي في العاشر من نوفمبر.

המשא ומתן נמשך בז'נבה, והשרים נפגשו כדי ליישב את שאלות המעבר והמכס.

التوصيات

1. على الولايات المتحدة أن تدعم منصة إقليمية شاملة لبناء السلام.

2. يجب فتح ممرات النقل بين البلدين تحت رقابة دولية.
"""

CJK = """\
南コーカサスにおける和平合意の意義

アルメニアとアゼルバイジャンの紛争は、四十四日間の戦闘の後に終結した。三者共同声明は十一月十日に署名された。

亚美尼亚和阿塞拜疆之间的和平协议为美国制定新的地区政策提供了机会。

아르메니아와 아제르바이잔 사이의 평화 협정은 새로운 지역 정책의 기회를 제공한다.

提言

1. 米国は包括的な地域平和構築の枠組みを支援すべきである。

2. 両国間の輸送回廊を国際的な監視の下で開放すべきである。
"""

EMOJI = """\
Peace 🕊️ in the South Caucasus 🇦🇲🇦🇿: what changed 👍🏽

The talks 🤝 ended after forty-four days; families 👨‍👩‍👧‍👦 may return home 🏠.

Ministers met in Geneva 🇨🇭 to settle transit 🚆, customs 🛃 and security 🛡️ questions.

Recommendations

1. Open the corridors 🛣️ under international monitoring 🔭.

2. Fund the return of displaced families 💶 within 12 months 📅.
"""

ARTICLES = {
    "seed": None,  # -- read from seeds/ --
    "three-line": "A short title\n\nOne paragraph that says what happened.\n",
    "forty-recommendations": _forty_recommendations(),
    "rtl": RTL,
    "cjk": CJK,
    "emoji": EMOJI,
}


def briefing_for(name: str) -> Briefing:
    """The briefing over article ``name`` with every item picked (the CLI's default)."""
    text = ARTICLES[name]
    if text is None:
        text = SEED.read_text("utf-8")
    return Briefing.from_article(analyze(parse_text(text, name=f"{name}.txt")))
