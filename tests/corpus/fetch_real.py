"""Download the real-corpus documents whose licence keeps them out of the repository.

Run:  python tests/corpus/fetch_real.py [--mirror DIR]

Each entry of real-sources.json with ``"redistribute": false`` is fetched from
raw.githubusercontent.com at its pinned commit and checked against its SHA-256,
so the benchmark reads exactly the bytes the ground truth was written from.
An entry with ``"gunzip": true`` is stored gzipped upstream (a benchmark's
``.html.gz`` pages); it is unpacked and the checksum is that of the page itself.
``--mirror DIR`` reads ``DIR/<owner>+<name>/repo`` git directories instead of
the network (``git show COMMIT:PATH``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _fetch(entry: dict, mirror: Path | None) -> bytes:
    if mirror is not None:
        git_dir = mirror / entry["repo"].replace("/", "+") / "repo"
        spec = f"{entry['commit']}:{entry['path']}"
        return subprocess.run(
            ["git", "-C", str(git_dir), "show", spec], check=True, capture_output=True
        ).stdout
    path = urllib.parse.quote(entry["path"])  # a space or '#' in a file name is not a URL
    url = f"https://raw.githubusercontent.com/{entry['repo']}/{entry['commit']}/{path}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def main(argv: list[str]) -> int:
    mirror = Path(argv[argv.index("--mirror") + 1]) if "--mirror" in argv else None
    entries = json.loads((HERE / "real-sources.json").read_text("utf-8"))
    failed = 0
    for entry in entries:
        target = HERE / entry["file"]
        if entry["redistribute"] or (
            target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == entry["sha256"]
        ):
            continue
        try:
            data = _fetch(entry, mirror)
            if entry.get("gunzip"):
                data = gzip.decompress(data)
        except (OSError, ValueError, subprocess.CalledProcessError) as exc:
            print(f"{entry['file']}: not fetched ({exc})")
            failed += 1
            continue
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            print(f"{entry['file']}: checksum differs from the pinned version; not written")
            failed += 1
            continue
        target.write_bytes(data)
        print(f"{entry['file']}: fetched")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
