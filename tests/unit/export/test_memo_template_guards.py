"""Memo template guards (issue 19): a BOM is fine, the letterhead image stays in the template's folder."""

from __future__ import annotations

import pytest
from PIL import Image

from briefing_app.core.errors import UserError
from briefing_app.export.memo.template import load_template


def _template(tmp_path, image: str, *, bom: bool = False):
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    Image.new("RGB", (40, 10), "navy").save(folder / "logo.png")
    Image.new("RGB", (40, 10), "red").save(tmp_path / "outside.png")
    path = folder / "mine.toml"
    text = f"[letterhead]\ntext = 'Office'\nimage = {image!r}\n" if image else "[page]\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_a_byte_order_mark_is_accepted(tmp_path):
    template = load_template(_template(tmp_path, "logo.png", bom=True))
    assert template.letterhead_image == (tmp_path / "templates" / "logo.png").resolve()


@pytest.mark.parametrize(
    "image",
    ["../outside.png", "ABSOLUTE", "logo\x00.png", "x" * 5000 + ".png", "sub/../../outside.png"],
)
def test_letterhead_paths_outside_the_folder_or_impossible_are_one_sentence(tmp_path, image):
    image = str(tmp_path / "outside.png") if image == "ABSOLUTE" else image
    path = _template(tmp_path, image)
    with pytest.raises(UserError, match="must be a PNG or JPEG file next to the template") as info:
        load_template(path)
    assert "\n" not in str(info.value) and len(str(info.value)) < 400


def test_a_link_leading_out_of_the_folder_is_refused(tmp_path):
    path = _template(tmp_path, "link.png")
    (path.parent / "link.png").symlink_to(tmp_path / "outside.png")
    with pytest.raises(UserError, match="next to the template"):
        load_template(path)
