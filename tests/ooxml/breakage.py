"""Rewrite parts of a .pptx in memory, to break one rule at a time (and build odd templates)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

Edit = Callable[[bytes], bytes | None]  # -- None deletes the part --


def rewrite(data: bytes, edits: dict[str, Edit], add: dict[str, bytes] | None = None) -> bytes:
    """``data`` with each named part passed through its edit (zip names, no leading "/")."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        names = {i.filename for i in src.infolist()}
        missing = set(edits) - names
        assert not missing, f"no such part: {missing}"
        for info in src.infolist():
            original = src.read(info)
            body = edits[info.filename](original) if info.filename in edits else original
            if body is not None:
                dst.writestr(info.filename, body)
        for name, body in (add or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def sub(pattern: str, replacement: str, count: int = 1) -> Edit:
    """An edit replacing the first ``count`` matches of a regex (asserting there is one)."""

    def edit(body: bytes) -> bytes:
        text, n = re.subn(pattern, replacement, body.decode("utf-8"), count=count, flags=re.S)
        assert n, f"pattern {pattern!r} not found"
        return text.encode("utf-8")

    return edit
