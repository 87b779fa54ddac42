"""Can this machine show a window? Asked before the QApplication exists,
because Qt's answer to "no" is an abort with a message about plugins.

On Linux Qt draws through a platform plugin (xcb for X11, wayland, …) that
needs system libraries a fresh Debian or Ubuntu does not have. ``ldd`` on
the plugin names the missing ones, and they are reported by name with the
packages that bring them; a missing display is reported too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.xdisplay import x_display_answers
from models.errors import BiaozhuError

# Debian/Ubuntu packages of the libraries Qt's platform plugins load
# (found with ldd on PySide6's libqxcb.so and libqwayland.so, dpkg -S on each).
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}
OFFSCREEN_HINT = "biaozhu --screenshot OUT.png draws the window offscreen"


class NoWindow(BiaozhuError):
    """The window cannot be shown here (no display, or libraries missing)."""


def platform_candidates(environ: dict[str, str] | None = None) -> list[str]:
    """The platform plugins Qt will try, in order (as QGuiApplication picks them)."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    if env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(platform: str) -> Path | None:
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no platform is loaded

    folders = [
        Path(p) for p in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p
    ]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    for folder in folders:
        path = folder / f"libq{platform}.so"
        if path.is_file():
            return path
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that the loader cannot find
    (empty when ldd is not there to ask)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    missing = [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]
    return sorted(dict.fromkeys(missing))


def install_hint(libraries: list[str]) -> str:
    packages = sorted({PACKAGES[lib] for lib in libraries if lib in PACKAGES})
    return f" (Debian/Ubuntu: sudo apt-get install {' '.join(packages)})" if packages else ""


def problem_with(platform: str, environ: dict[str, str]) -> str | None:
    """Why ``platform`` cannot show a window, or None when it can."""
    if platform == "xcb" and not environ.get("DISPLAY"):
        # First: without a display the libraries would not help, and the
        # offscreen screenshot needs none of them.
        return f"no display to show the window on (DISPLAY is not set); {OFFSCREEN_HINT}"
    plugin = plugin_file(platform)
    if plugin is None:
        return None  # a platform Qt finds elsewhere, or a misspelling Qt names itself
    missing = missing_libraries(plugin)
    if missing:
        return (
            f"Qt's {platform} platform plugin needs {', '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not installed{install_hint(missing)}; "
            f"{OFFSCREEN_HINT}"
        )
    if platform == "xcb" and not x_display_answers(environ["DISPLAY"]):
        # Qt's own words for it blame libxcb-cursor0 and advise reinstalling
        return (
            f"cannot connect to the display DISPLAY={environ['DISPLAY']} (no X server there,"
            " or it refuses this user: check DISPLAY and XAUTHORITY, or log in with ssh -X);"
            f" {OFFSCREEN_HINT}"
        )
    return None


def check_window_possible(environ: dict[str, str] | None = None) -> None:
    """Raise NoWindow, one line naming the cause, when Qt would abort."""
    if not sys.platform.startswith("linux"):
        return
    env = dict(os.environ if environ is None else environ)
    problems = [problem_with(name, env) for name in platform_candidates(env)]
    if problems and all(problems):
        raise NoWindow(str(problems[0]))
