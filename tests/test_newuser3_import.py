"""Odd files a curator brings (newuser3, 7 December 2026).

- A ``.docx`` that Word saved with a password is not a zip at all: Word
  wraps the encrypted package in an OLE compound file (the container of the
  old ``.doc``). The import said ``not a readable .docx file (not a zip
  package)``, which tells the curator nothing they can act on. It now says
  the file is locked with a password (or, without the encrypted package's
  stream, that it is a Word 97–2003 document under a .docx name) and what
  to save it as, as a locked PDF is said.
- A brat ``T`` line with discontinuous fragments (``T2 COMPANY 12 14;18 20``)
  came in as two spans of the label, each a whole entity to every later
  reader, without a word; the import now says how many such spans it split
  into their fragments (Biaozhu has no discontinuous spans), as it says what
  it leaves out.
"""

from __future__ import annotations

import json
import struct

from desktop.cli import main
from models import Project
from models.io.importers import import_paths

CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def compound_file(*streams: str) -> bytes:
    """An OLE compound file's header and one directory sector naming
    ``streams`` (what Word writes around an encrypted package: EncryptionInfo
    and EncryptedPackage beside the root entry)."""
    header = CFB_MAGIC + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    header = header.ljust(512, b"\0")
    entries = b""
    for name in ("Root Entry", *streams):
        raw = name.encode("utf-16-le") + b"\0\0"
        entries += (raw.ljust(64, b"\0") + struct.pack("<H", len(raw))).ljust(128, b"\0")
    return header + entries.ljust(512, b"\0")


def test_a_password_protected_docx_is_said_to_be_locked(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    locked = tmp_path / "年报.docx"
    locked.write_bytes(compound_file("EncryptionInfo", "EncryptedPackage"))
    code, _, err = run(capsys, "import", str(project), str(locked))
    assert code == 1
    assert "年报.docx" in err and "password" in err and "save" in err, err
    assert "zip" not in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_an_old_doc_under_a_docx_name_is_said_to_be_one(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    old = tmp_path / "通知.docx"
    old.write_bytes(compound_file("WordDocument", "1Table"))
    code, _, err = run(capsys, "import", str(project), str(old))
    assert code == 1
    assert "Word 97–2003" in err and "save it as .docx" in err, err
    assert "password" not in err, err


def test_a_discontinuous_brat_span_is_said_to_come_in_as_its_fragments(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "比亚迪2023年营收增长，江西铜博科技有限公司发布公告。"
    (folder / "d1.txt").write_text(text, encoding="utf-8")
    (folder / "d1.ann").write_text(
        "T1\tCOMPANY 0 3\t比亚迪\nT2\tCOMPANY 12 14;18 20\t江西 技有\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "import", str(project), str(folder))
    assert code == 0, err
    note = [line for line in out.splitlines() if "note:" in line and "discontinuous" in line]
    assert len(note) == 1, out
    assert "1 discontinuous brat span" in note[0] and "2 spans" in note[0], note
    with Project.open(project) as p:
        report_again = import_paths(p, [folder])  # the window's report says it too
        assert any("discontinuous" in str(n) for n in report_again.notes()), report_again.notes()


def test_a_label_studio_text_under_another_key_is_not_kept_again_as_metadata(tmp_path, capsys):
    """A Label Studio project whose text field is ``content`` (``to_name`` of
    the labels, ``data.content``): the text came in, and again, whole, as the
    document's metadata ``content``, which every export then carried or named
    as left out ("metadata (content) not in the file")."""
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    tasks = tmp_path / "tasks.json"
    text = "贵州茅台发布2023年年报，营业收入增长。"
    region = {"from_name": "ner", "to_name": "content", "type": "labels"}
    region["value"] = {"start": 0, "end": 4, "text": "贵州茅台", "labels": ["COMPANY"]}
    task = {"id": 7, "data": {"content": text, "source": "新华网"}}
    task["annotations"] = [{"result": [region]}]
    tasks.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "import", str(project), str(tasks))
    assert code == 0, err
    with Project.open(project) as p:
        doc = p.document("7")
        assert doc.text == text
        assert doc.meta.get("source") == "新华网"  # other fields are metadata still
        assert "content" not in doc.meta, doc.meta
