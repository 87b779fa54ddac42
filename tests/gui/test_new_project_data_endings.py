"""File → New project with a name that ends as data the exporters write
(notes.tsv, data.arrow, shot.png) makes NAME.biaozhu beside it, as the
command line refuses such names."""

from __future__ import annotations

import pytest

from models import Project
from tests.gui.conftest import close_window, open_window
from tests.gui.test_new_project_data_name import create_as


@pytest.mark.parametrize("name", ["notes.tsv", "data.arrow", "shot.png"])
def test_an_exported_files_name_becomes_a_project_beside_it(qtbot, project_path, tmp_path, name):
    window = open_window(qtbot, project_path, tmp_path)
    made = tmp_path / f"{name}.biaozhu"
    try:
        create_as(window, tmp_path / name)
        qtbot.waitUntil(made.exists, timeout=5000)
    finally:
        close_window(window)
    assert not (tmp_path / name).exists()
    with Project.open(made) as p:
        assert p.verify().ok
