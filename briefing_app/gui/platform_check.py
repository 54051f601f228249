"""Before Qt starts: name the system packages a Linux desktop lacks instead of crashing.

Without them Qt's xcb plugin aborts the process with a long message; we
print one line with the install command and exit 2.
"""

from __future__ import annotations

import ctypes
import os
import sys

# -- the libraries Qt's Linux plugins load (by soname) -> Debian/Ubuntu package --
LINUX_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    # -- the rest of the xcb plugin's own libraries: a minimal Debian with an X server (Xvfb)
    # -- lacked icccm and keysyms, and Qt aborted with its long message --
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}


def missing_packages() -> list[str]:
    """Debian package names of the libraries Qt needs that are not installed (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    libraries = dict(LINUX_LIBRARIES)
    if platform in HEADLESS_PLATFORMS:
        libraries = {k: v for k, v in libraries.items() if k.startswith("libfontconfig")}
    return [package for soname, package in libraries.items() if not loadable(soname)]


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname``, as Qt will ask it to.

    (ctypes.util.find_library ran `ldconfig -p` in a child process for each library,
    about 10 ms before the window could show.)
    """
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem() -> str | None:
    """One sentence when no window can open, with the command that fixes it; else None."""
    missing = missing_packages()
    if missing:
        return (
            "Qt cannot open a window because system libraries are missing; install them with: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display and platform not in HEADLESS_PLATFORMS:
        return "No display to open a window on (DISPLAY is not set); run it in a desktop session."
    return None
