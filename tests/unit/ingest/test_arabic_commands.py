"""Arabic advice in the imperative (issue 14): vowel marks, negative commands, stock headings."""

from __future__ import annotations

import time

from briefing_app.ingest.cues import arabic_command, imperative
from tests.unit.ingest.builders import analyze_text


def test_an_arabic_imperative_is_read_with_or_without_vowel_marks() -> None:
    assert arabic_command("تحقّق من التبعيات الخاصة بك")  # -- shadda inside the word
    assert arabic_command("تحقق من التبعيات الخاصة بك")
    assert imperative("تجنّب التغييرات غير المرغوبة")
    assert not arabic_command("التأكد من الهوية أمر مهم")  # -- a verbal noun, not a command


def test_la_with_the_jussive_of_a_known_verb_is_a_negative_command() -> None:
    assert arabic_command("لا تشارك أسرارك")  # -- from شارك
    assert arabic_command("لا تستخدم كلمة المرور نفسها")  # -- from استخدم
    assert not arabic_command("لا توجد مشكلة في ذلك")  # -- "there is no": not a command
    assert not arabic_command("لا")


def test_sibling_headings_in_arabic_that_command_are_advice() -> None:
    body = "هذا نص عادي يشرح الفكرة بالتفصيل للقراء.\n\n"
    article = analyze_text(
        "# أفضل ممارسات الأمان\n\n" + body
        + "## تأكد من تفعيل المصادقة متعددة العوامل\n\n" + body
        + "## قم بتأمين الكود الخاص بك\n\n" + body
        + "## لا تشارك أسرارك\n\n" + body
        + "## إنشاء آلية للإبلاغ\n\n" + body
        + "## الخلاصة: خطوات قليلة منك\n\n" + body
        + "## المساهمون\n\n" + body,
        ".md",
    )  # fmt: skip
    assert [r.headline for r in article.recommendations] == [
        "تأكد من تفعيل المصادقة متعددة العوامل",
        "قم بتأمين الكود الخاص بك",
        "لا تشارك أسرارك",
    ]


def test_arabic_command_is_bounded_on_hostile_text() -> None:
    def cpu(n: int) -> float:
        text = "لا " + "تـ" * n
        start = time.process_time()
        for _ in range(50):
            arabic_command(text)
        return time.process_time() - start

    small, large = min(cpu(1000) for _ in range(3)), min(cpu(100000) for _ in range(3))
    assert large < 3 * max(small, 1e-4)  # -- only the opening words are read
