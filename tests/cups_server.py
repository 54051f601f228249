"""A private CUPS scheduler with a cups-pdf queue, for tests that really print.

It listens only on a socket in a temporary folder (``CUPS_SERVER`` points the
client commands at it), so it never touches the system's printers. cups-pdf
reads ``/etc/cups/cups-pdf-<queue>.conf`` for a ``cups-pdf:/<queue>`` device, so
one config file there sends the queue's output to our folder; it is removed at the end.
cups-pdf needs the scheduler to run as root; elsewhere the tests skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


@dataclass
class CupsServer:
    root: Path
    socket: Path
    queue: str
    out: Path
    process: subprocess.Popen
    config: Path

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def printed(self, count: int = 1, timeout: float = 60.0) -> list[Path]:
        """Wait for ``count`` PDFs to land in the output folder and return them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = subprocess.run(["lpstat", "-o", self.queue], env=self.env(),
                                     capture_output=True, text=True).stdout.strip()  # fmt: skip
            found = sorted(p for p in self.out.rglob("*.pdf") if p.stat().st_size)
            if not pending and len(found) >= count and _settled(found):
                return found
            time.sleep(0.3)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"nothing printed within {timeout}s; cupsd log tail:\n{log}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.config.unlink(missing_ok=True)


def _settled(paths: list[Path]) -> bool:
    sizes = [p.stat().st_size for p in paths]
    time.sleep(0.3)
    return sizes == [p.stat().st_size for p in paths]


def why_not() -> str | None:
    """Why a private CUPS cannot run here, or None when it can."""
    for tool in ("cupsd", "lp", "lpstat", "lpadmin"):
        if shutil.which(tool) is None:
            return (
                f"{tool} is not installed (apt-get install cups cups-bsd printer-driver-cups-pdf)"
            )
    if not BACKEND.exists() or not PPD.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "cups-pdf prints only from a scheduler running as root"
    if not os.access("/etc/cups", os.W_OK):
        return "/etc/cups is not writable (cups-pdf reads its per-queue config there)"
    return None


def start(tmp: Path) -> CupsServer:
    """Start cupsd on a socket under ``tmp`` with one cups-pdf queue printing into tmp/out."""
    root = tmp / "cups"
    os.chmod(tmp, 0o755)  # -- filters run as the unprivileged "lp" user and must reach the spool --
    for sub in ("conf", "spool", "cache", "state", "log", "tmp", "out", "ppd"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    os.chmod(root / "tmp", 0o1777)
    os.chmod(root / "out", 0o777)
    socket = root / "cups.sock"
    queue = f"bbtest{uuid.uuid4().hex[:8]}"
    (root / "conf" / "cupsd.conf").write_text(
        f"Listen {socket}\nBrowsing No\nLogLevel info\nWebInterface No\n"
        "DefaultAuthType None\n<Location />\nOrder allow,deny\nAllow all\n</Location>\n"
        "<Policy default>\n<Limit All>\nOrder deny,allow\n</Limit>\n</Policy>\n"
    )
    (root / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nTempDir {root / 'tmp'}\nErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSystemGroup root\n"
        "Sandboxing Relaxed\nFileDevice Yes\n"
    )
    config = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    config.write_text(
        f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLabel 1\nUserUMask 0000\n"
        f"Spool {root / 'spool'}\nGrp root\n"
    )
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "conf" / "cupsd.conf"), "-s", str(root / "conf" / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    server = CupsServer(root, socket, queue, root / "out", process, config)
    env = server.env()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if subprocess.run(
            ["lpstat", "-r"], env=env, capture_output=True, text=True
        ).stdout.startswith("scheduler is running"):
            break
        if process.poll() is not None:
            server.stop()
            log = (root / "log" / "error_log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"cupsd exited: {log}")
        time.sleep(0.2)
    # -- cups-pdf ignores "copies"; this makes CUPS's pdftopdf filter lay the copies out, so the
    # -- file that arrives shows them, as paper from a printer without hardware copies would --
    ppd = root / "ppd" / "cups-pdf.ppd"
    ppd.write_text(
        PPD.read_text(encoding="latin-1") + "\n*cupsManualCopies: True\n", encoding="latin-1"
    )
    subprocess.run(
        ["lpadmin", "-p", queue, "-v", f"cups-pdf:/{queue}", "-P", str(ppd), "-E"],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(["lpadmin", "-d", queue], env=env, check=True, capture_output=True)
    return server
