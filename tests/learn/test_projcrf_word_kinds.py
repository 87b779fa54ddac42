"""A project's own CRF reads what kind of word each word is by jieba's
dictionary (``CrfParams.paired``: a CRF with the word kinds beside one
without, their spans proposed and judged by their marginals averaged), so a
project learns that a proper noun of the dictionary in a place where its
gold names firms is one, though no list knows it and its gold never held it."""

from __future__ import annotations

import pytest

from models.domain import Span
from models.errors import InvalidInput
from models.learn.crf import CrfModel, CrfParams, CrfSuggester, train_crf
from models.learn.data import TrainingDoc
from models.learn.train import PAIRED_FROM_CHARACTERS, PROJECT_CRF, project_crf_params

# Brands jieba's dictionary calls proper nouns (nz); 家乐福 is held out.
# Each once: a name the gold holds twice is in the gold-term list of the
# other copy, which the CRF would learn to trust instead.
BRANDS = [
    "腾讯",
    "新浪",
    "搜狐",
    "长虹",
    "国美",
    "奇瑞",
    "三星",
    "丰田",
    "本田",
    "雅虎",
    "诺基亚",
    "娃哈哈",
    "淘宝",
    "瑞星",
    "奥迪",
    "起亚",
    "雪铁龙",
    "耐克",
    "飞利浦",
    "东芝",
    "蒙牛",
    "伊利",
    "海信",
    "雀巢",
    "辉瑞",
    "壳牌",
    "飞亚达",
    "万科",
]
# Plain nouns (n) standing where the brands stand, about as common.
NOUNS = [
    "网民",
    "厂家",
    "商家",
    "车主",
    "店主",
    "卖家",
    "买家",
    "乘客",
    "粉丝",
    "球迷",
    "司机",
    "读者",
]
TEMPLATES = [
    "今年以来，{w}的销量明显增长。",
    "业内人士认为，{w}的表现好于预期。",
    "调查显示，{w}对新规反应积极。",
    "据了解，{w}正在调整经营策略。",
]
HELD_OUT = "家乐福"


def gold() -> list[TrainingDoc]:
    docs = []
    for n, brand in enumerate(BRANDS):
        noun = NOUNS[n % len(NOUNS)]
        for word, label in ((brand, "COMPANY"), (noun, None)):
            text = TEMPLATES[n % len(TEMPLATES)].format(w=word)
            start = text.index(word)
            spans = (Span(start, start + len(word), label, word),) if label else ()
            docs.append(TrainingDoc(f"d{len(docs)}", text, spans))
    return docs


def found(model: CrfModel, text: str) -> list[str]:
    return [s.text for s in CrfSuggester(model).suggest(text) if s.label == "COMPANY"]


def test_a_project_finds_a_dictionary_proper_noun_where_its_gold_names_firms():
    docs = gold()
    text = "分析人士指出，" + HELD_OUT + "的销量明显增长。"
    project = train_crf(docs, PROJECT_CRF)
    assert found(project, text) == [HELD_OUT]
    # stored and read back (the project file holds the bytes and the
    # description), it reads the same
    again = CrfModel.from_parts(project.model_bytes, project.meta())
    assert found(again, text) == [HELD_OUT]
    # the CRF without the word kinds has nothing to tell the brand from the nouns by
    assert found(train_crf(docs, CrfParams()), text) == []
    # nor is a plain noun in the same place taken for a firm
    assert found(project, "分析人士指出，消费者的销量明显增长。") == []


def test_a_stored_pair_whose_description_points_outside_its_bytes_is_refused():
    project = train_crf(gold()[:8], PROJECT_CRF)
    for paired in (-1, len(project.model_bytes), len(project.model_bytes) + 10):
        meta = {**project.meta(), "paired": paired}
        with pytest.raises(InvalidInput, match="first CRF ends at byte"):
            CrfModel.from_parts(project.model_bytes, meta)


def test_only_a_big_project_trains_the_pair():
    # a few documents' gold is too little for the second CRF (CrfParams'
    # figures: it cost a small project an action), a big gold gains by it
    assert project_crf_params(PAIRED_FROM_CHARACTERS - 1) == CrfParams()
    assert project_crf_params(PAIRED_FROM_CHARACTERS).paired
