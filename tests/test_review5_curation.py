"""models.review.curation: where each document stands between its two
annotators for a reviewer (review5), on seed articles of ../shared. One who
is no reviewer has settled nothing; the pair is the window's default pair."""

from __future__ import annotations

from models.review.compare import SAME, LayerRef, compare_layers, load_layer
from models.review.curation import DISAGREEMENTS, curation_states, default_pair
from tests.test_review_fixtures import build_two_annotators, load_seeds


def test_states_count_the_differences_between_the_default_pair(tmp_path):
    project, docs = build_two_annotators(tmp_path / "r.biaozhu", load_seeds()[:2])
    with project:
        for doc in docs:
            pair = default_pair(project, doc["id"], "rita")
            assert pair == (LayerRef.annotator("gold"), LayerRef.annotator("bob"))
            layers = [load_layer(project, doc["id"], ref) for ref in pair]
            differing = sum(1 for d in compare_layers(*layers) if d.kind != SAME)
            for who in ("rita", "bob"):  # bob looking: gold and nobody, not compared
                state = curation_states(project, who)[doc["id"]]
                if who == "bob":
                    assert state.pair is None
                    continue
                # rita is no reviewer: nothing settled, every difference left
                assert state.state == DISAGREEMENTS
                assert state.differences == state.left == differing > 0
        # a few documents read by their own rows say what all of them say
        one = docs[1]["id"]
        assert curation_states(project, "rita", [one]) == {
            one: curation_states(project, "rita")[one]
        }
