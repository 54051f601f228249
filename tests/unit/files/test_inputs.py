"""Inputs: only regular files are read, never more than the size limit (files/inputs.py)."""

from __future__ import annotations

import os
import time

import pytest

from briefing_app.core.errors import UserError
from briefing_app.files.inputs import read_limited
from briefing_app.ingest.readers import read_document
from briefing_app.project import load_project


@pytest.mark.parametrize("reader", [read_document, load_project])
def test_a_named_pipe_is_refused_without_blocking(tmp_path, reader):
    fifo = tmp_path / ("pipe.briefing" if reader is load_project else "pipe.txt")
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(UserError, match="named pipe"):
        reader(fifo)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_at_once(tmp_path, device):
    link = tmp_path / "article.txt"
    link.symlink_to(device)
    for path in (device, link):
        with pytest.raises(UserError, match="is a device"):
            read_document(path)


def test_reads_stop_one_byte_past_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2049)
    assert read_limited(path, what="x", limit=2049) == b"a" * 2049
    with pytest.raises(UserError, match="too large"):
        read_limited(path, what="x", limit=2048)


def test_a_missing_file_and_a_folder_are_one_sentence(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        read_document(tmp_path / "none.txt")
    with pytest.raises(UserError, match="folder"):
        read_document(tmp_path)
