"""Explain a missing Qt platform library before Qt aborts with a bare message.

On Linux, Qt's xcb plugin needs libxcb-cursor0 and a few other X libraries that a
fresh desktop may lack; Qt then prints a cryptic line and aborts the process.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

from ...i18n import translate

XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_linux_packages() -> list[str]:
    """Debian package names of the X libraries Qt's xcb plugin would fail to load."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []
    return [package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def startup_problem() -> str | None:
    """A message for the terminal when the window cannot open, else None."""
    if no_display():
        return translate("startup", "No graphical display was found (DISPLAY is not set). Start Secretariat "
                             "from a desktop session, or use its commands: secretariat --help")
    missing = missing_linux_packages()
    if missing:
        return translate("startup", "Qt needs system libraries that are not installed: {missing}.\n"
                             "On Debian or Ubuntu install them with:\n  sudo apt-get install {packages}").format(
            missing=", ".join(missing), packages=" ".join(missing))
    return None
