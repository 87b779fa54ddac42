"""A newcomer whose DISPLAY names no X server they may use (an ssh session
without -X that kept a stale DISPLAY, a container given DISPLAY=:0 but not
the socket, an Xvfb whose XAUTHORITY was not passed on) ran `biaozhu` and got
Qt's abort: "could not connect to display", then "xcb-cursor0 or
libxcb-cursor0 is needed to load the Qt xcb platform plugin", with every
library installed, and "Reinstalling the application may fix this
problem". The README promises one line that says which: the display that
cannot be reached, what to check, and the offscreen screenshot."""

from __future__ import annotations

import sys

import pytest

from tests.test_cli import biaozhu

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11: Linux")


def test_a_display_that_cannot_be_reached_is_said_in_one_line(tmp_path):
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    unused = ":987"  # no X server listens there (xvfb-run -a counts up from :99)
    env = {"DISPLAY": unused, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}
    result = biaozhu(str(proj), env=env)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    line = result.stderr
    assert line.startswith("biaozhu: error: cannot connect to the display")
    assert f"DISPLAY={unused}" in line and "XAUTHORITY" in line and "--screenshot" in line
    assert "xcb-cursor" not in line
