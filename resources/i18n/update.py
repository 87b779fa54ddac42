"""Update the window's translations from the sources, then compile them.

    .venv/bin/python resources/i18n/update.py          # update .ts, compile .qm, report
    .venv/bin/python resources/i18n/update.py --check  # exit 1 if a string lacks a translation

``pyside6-lupdate`` reads every ``desktop/gui`` source and brings each
catalogue up to date: new strings arrive unfinished, strings no longer in
the sources are dropped. zh_CN holds every string; en, the source language,
holds only plural forms (``-pluralonly``). ``pyside6-lrelease`` then writes
the ``.qm`` files the app loads. Translate the unfinished entries with
``pyside6-linguist resources/i18n/biaozhu_zh_CN.ts`` (or in the XML) and
run this again."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SOURCES = REPO / "desktop" / "gui"
LANGUAGES = ("zh_CN", "en")
# zh_CN carries every string; en (the source language) only the plural forms.
LUPDATE_OPTIONS = {"zh_CN": (), "en": ("-pluralonly",)}


def tool(name: str) -> str:
    """A Qt tool of the running Python's PySide6 (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"update.py: {name} not found (pip install PySide6-Essentials)")
    return found


def catalogue(language: str) -> Path:
    return HERE / f"biaozhu_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))


def lupdate(language: str, ts: Path | None = None) -> Path:
    """Bring ``ts`` (default: the repository's catalogue) up to date with the sources."""
    ts = ts or catalogue(language)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            *LUPDATE_OPTIONS[language],
            "-ts",
            str(ts),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return ts


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


def unfinished(ts: Path) -> int:
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def check() -> int:
    """Unfinished strings once the catalogues meet the sources (nothing written)."""
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = Path(tmp) / catalogue(language).name
            shutil.copy(catalogue(language), ts)
            count = unfinished(lupdate(language, ts))
            print(f"{ts.name}: {count} string(s) without a translation")
            total += count
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if unfinished")
    args = parser.parse_args(argv)
    if args.check:
        return 1 if check() else 0
    for language in LANGUAGES:
        ts = lupdate(language)
        qm = lrelease(ts)
        print(f"{ts.name}: {unfinished(ts)} unfinished; wrote {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
