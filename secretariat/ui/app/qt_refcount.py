"""Guard against PySide6 builds that return None and True without a new reference.

PySide6 6.12.0 returns ``None`` from every void method (``setText``, ``setVisible``...)
and ``True`` from ``SignalInstance.emit`` without adding a reference. Python 3.12 and
later do not mind: there ``None``, ``True`` and ``False`` are immortal. On Python 3.11
each such call takes one reference away from the singleton for good, and after some
tens of thousands of calls (minutes of real use, or one test run) the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None".

When a probe shows the leak, ``guard()`` gives the three singletons a reserve of
references so large that no session can use it up, which is what Python 3.12's
immortal objects amount to. It changes nothing else, and nothing where the bug is
absent (PySide6 6.11 and earlier, any Python >= 3.12).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
RESERVE = 1 << 40
_PROBES = 32
_guarded = False


def leaks_references() -> bool:
    """True if Qt calls made from Python take references from None or True."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= _PROBES or true_lost >= _PROBES


def guard() -> bool:
    """Apply the reserve if this interpreter and PySide6 need it; True if applied."""
    global _guarded
    if _guarded:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    try:
        if not leaks_references():
            return False
    except (ImportError, OSError):  # no usable Qt: the start-up check explains that
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _guarded = True
    log.info("PySide6 leaks references to None/True on this Python; reserve applied")
    return True
