"""``biaozhu history`` says an import, a suggestion run and a status change
in words, as Review → History does (newuser3, 7 December 2026).

Following the README on the sample project, ``history`` printed
``doc.imported 02_yunling_tea ∅ → {"chars": 726, "details": "2a4a127d2e4e…``
(the JSON of the event cut at 80 characters, a hash where the title is),
``suggestions.computed … → {"added": 31, "removed": 0, "sources": [...``
and ``doc.status {"status": "todo"} → {"status": "in_progress"}``, where
the window's history says "云岭县：… (726 characters)", "31 added, 0
updated, 0 unchanged, 0 removed" and "to do → in progress"."""

from __future__ import annotations

from desktop.cli import main
from tests.conftest import news_train_article


def test_history_says_imports_suggestion_runs_and_statuses_in_words(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    row = news_train_article()
    article = tmp_path / "article.txt"
    article.write_text(row["text"], encoding="utf-8")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(article)]) == 0
    assert main(["suggest", "--project", str(project)]) == 0
    assert main(["settings", str(project), "--allow-overlap", "on"]) == 0
    capsys.readouterr()
    assert main(["history", str(project)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[3]: line for line in out.splitlines()}
    imported = lines["doc.imported"]
    assert f"({len(row['text'])} characters)" in imported, imported
    assert '"chars"' not in imported and '"details"' not in imported, imported
    computed = lines["suggestions.computed"]
    assert " added, " in computed and " removed" in computed, computed
    assert '"added"' not in computed, computed
    assert "model@" in computed, computed  # which suggester ran
