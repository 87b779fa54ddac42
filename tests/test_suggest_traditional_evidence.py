"""A name curators accepted in one writing (鑫旺达) is the same name in the
other (鑫旺達): where a finished document left it unannotated in either
writing it counts against the name, and where one annotated it, for it, so
the project's lexicon offers it on what its finished documents really say."""

from __future__ import annotations

from models.learn.evidence import MIN_PRECISION, project_term_evidence
from models.suggest.project import project_ensemble


def test_a_name_left_unannotated_in_finished_traditional_documents_stops_being_offered(
    project,
):
    name = "鑫旺达"
    project.add_document(f"{name}负责人介绍了今年的经营情况。", doc_id="m")
    project.add_span("m", 0, 3, "COMPANY")
    project.set_status("m", "done")
    # finished documents from Hong Kong where the same characters are not a company
    for k, text in enumerate(
        [
            "鑫旺達廣場開業，人流創新高。",
            "鑫旺達路口交通擁堵，車輛排起長龍。",
            "東方鑫旺達人居住區改造。",
        ]
    ):
        project.add_document(text, doc_id=f"u{k}")
        project.set_status(f"u{k}", "done")
    evidence = project_term_evidence(project)[name]
    assert (evidence.occurrences, evidence.annotated) == (4, 1)
    assert evidence.precision < MIN_PRECISION
    out = project_ensemble(project).suggest("鑫旺达与华睿光电签署协议。")
    assert all("lexicon" not in s.attrs.get("sources", []) for s in out)


def test_a_name_left_unannotated_in_finished_simplified_documents_counts_against_it(project):
    project.add_document("鑫旺達負責人介紹了今年的經營情況。", doc_id="m")
    project.add_span("m", 0, 3, "COMPANY")
    project.set_status("m", "done")
    for k, text in enumerate(["鑫旺达广场开业。", "鑫旺达路口拥堵。", "东方鑫旺达人居住区改造。"]):
        project.add_document(text, doc_id=f"u{k}")
        project.set_status(f"u{k}", "done")
    evidence = project_term_evidence(project)["鑫旺達"]
    assert (evidence.occurrences, evidence.annotated) == (4, 1)
    out = project_ensemble(project).suggest("鑫旺達與華睿光電簽署協議。")
    assert all("lexicon" not in s.attrs.get("sources", []) for s in out)


def test_a_name_annotated_in_both_writings_is_one_name_backed_twice(project):
    project.add_document("鑫旺达负责人介绍了今年的经营情况。", doc_id="s")
    project.add_span("s", 0, 3, "COMPANY")
    project.add_document("鑫旺達負責人介紹了今年的經營情況。", doc_id="t")
    project.add_span("t", 0, 3, "COMPANY")
    for doc in ("s", "t"):
        project.set_status(doc, "done")
    evidence = project_term_evidence(project)
    for name in ("鑫旺达", "鑫旺達"):
        assert (evidence[name].occurrences, evidence[name].annotated) == (2, 2)
    out = project_ensemble(project).suggest("鑫旺達與華睿光電簽署協議。")
    assert "lexicon" in next(s for s in out if s.text == "鑫旺達").attrs["sources"]
