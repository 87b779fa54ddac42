"""``Project.document_text`` keeps the texts read last: on a big project a
batch of 200 documents read twice (found, then written: Shift+O, offers)
and the curator's own document read between background reads each come
from the file once. The cache was emptied whole each time it passed 256
texts, so both were read again and again."""

from __future__ import annotations

from models import Project


def reads_of_texts(project: Project, action) -> list[str]:
    seen: list[str] = []
    project.conn.set_trace_callback(
        lambda sql: (
            seen.append(sql) if sql.startswith("SELECT text FROM documents WHERE id =") else None
        )
    )
    try:
        action()
    finally:
        project.conn.set_trace_callback(None)
    return seen


def test_texts_read_last_stay_cached(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="tester") as project, project.transaction():
        ids = [
            project.add_document(f"第{n}篇：园区新增企业{n}家。", doc_id=f"d{n:04d}")[0]
            for n in range(401)
        ]
    with Project.open(path, annotator="tester") as project:
        current, others = ids[0], ids[1:]

        def batches_read_twice() -> None:
            for i in range(0, len(others), 200):
                part = others[i : i + 200]
                for _round in range(2):
                    for doc_id in part:
                        project.document_text(doc_id)
                        project.document_text(current)

        reads = reads_of_texts(project, batches_read_twice)
        assert len(reads) == len(ids), f"{len(reads)} reads of {len(ids)} texts"
        assert project.document_text(others[-1]).endswith("400家。")
