"""All or nothing on disk: every output is written under a temporary name
beside its final place and renamed there only when the whole export has
succeeded; on any error (or a cancel) the temporary files go and nothing
the user sees has changed.

An output folder (brat) that already exists is replaced only when it is an
earlier Biaozhu export (it holds our manifest.json); a folder of anything
else is refused rather than touched."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from models.errors import InvalidInput

MANIFEST = "manifest.json"


def is_biaozhu_export(folder: Path) -> bool:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("tool") == "biaozhu"


class Staging:
    def __init__(self) -> None:
        self.token = uuid.uuid4().hex[:8]
        self.items: list[tuple[Path, Path, bool]] = []  # (temporary, final, is folder)
        self.created: list[Path] = []

    def check(self, final: Path, folder: bool) -> None:
        if folder:
            if final.exists() and not final.is_dir():
                raise InvalidInput(f"{final} is a file; this format writes a folder there")
            if final.is_dir() and any(final.iterdir()) and not is_biaozhu_export(final):
                raise InvalidInput(
                    f"{final} already holds files that are not a Biaozhu export;"
                    " choose another --out"
                )
        elif final.is_dir():
            raise InvalidInput(f"{final} is a folder; give a file name to --out")

    def stage(self, final: Path, *, folder: bool = False) -> Path:
        """The temporary path to write ``final`` to."""
        inside = self.inside_staged_folder(final)
        if inside is not None:
            return inside
        self.check(final, folder)
        self._make_parent(final.parent)
        temp = final.parent / f".{final.name}.part-{self.token}"
        if folder:
            temp.mkdir()
        self.items.append((temp, final, folder))
        return temp

    def inside_staged_folder(self, final: Path) -> Path | None:
        for temp, target, folder in self.items:
            if folder and target in final.parents:
                return temp / final.relative_to(target)
        return None

    def _make_parent(self, parent: Path) -> None:
        missing = []
        probe = parent
        while not probe.exists():
            missing.append(probe)
            probe = probe.parent
        parent.mkdir(parents=True, exist_ok=True)
        self.created += reversed(missing)

    def written(self) -> list[tuple[Path, Path]]:
        """(final path, temporary path) of every file written so far."""
        out = []
        for temp, final, folder in self.items:
            if folder:
                for root, dirs, files in os.walk(temp):
                    dirs.sort()
                    for name in sorted(files):
                        path = Path(root) / name
                        out.append((final / path.relative_to(temp), path))
            elif temp.exists():
                out.append((final, temp))
        return out

    def commit(self) -> None:
        for temp, final, folder in self.items:
            if folder and final.exists():
                old = final.parent / f".{final.name}.old-{self.token}"
                os.replace(final, old)
                os.replace(temp, final)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(temp, final)
        self.items = []

    def abort(self) -> None:
        for temp, _final, folder in self.items:
            if folder:
                shutil.rmtree(temp, ignore_errors=True)
            else:
                temp.unlink(missing_ok=True)
        self.items = []
        for folder in reversed(self.created):
            try:
                folder.rmdir()
            except OSError:
                pass
        self.created = []
