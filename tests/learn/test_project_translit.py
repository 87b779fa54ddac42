"""A project's own CRF reads how much each character looks like part of a
transliterated name (``CrfParams.translit``: a band per character from
jieba's ``nrt`` words, with its neighbours' and its run of strong ones), so a
project whose gold names foreign brands as firms finds one it never saw, by
its shape, where the sentence around says nothing."""

from __future__ import annotations

from models.domain import Span
from models.learn import translit
from models.learn.crf import CrfModel, CrfParams, CrfSuggester, CrfTagger, train_crf
from models.learn.data import TrainingDoc
from models.learn.train import PROJECT_CRF
from models.suggest.segment import analyse

# Transliterated brands, each once: a name the gold holds twice is in the
# gold-term list of the other copy, which the CRF would learn to trust instead.
BRANDS = [
    "诺基亚",
    "斯柯达",
    "阿尔卡特",
    "菲亚特",
    "雷诺",
    "索尼",
    "卡西欧",
    "飞利浦",
    "西门子",
    "雪佛兰",
    "帕拉丁",
    "迪奥",
    "欧莱雅",
    "玛莎拉蒂",
    "兰蔻",
    "阿迪达斯",
    "布加迪",
    "沃尔沃",
    "莫斯卡",
    "特斯拉",
]
# Plain nouns where the brands stand, unmarked.
NOUNS = ["网民", "厂家", "商家", "车主", "店主", "卖家", "买家", "乘客", "司机", "读者"]
TEMPLATES = [
    "今年以来，{w}的销量明显增长。",
    "业内人士认为，{w}的表现好于预期。",
    "调查显示，{w}对新规反应积极。",
    "据了解，{w}正在调整经营策略。",
]
HELD_OUT = "萨洛蒙"  # 萨, 洛 and 蒙 all stand in the table; no brand above holds them


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


def found(model: CrfModel, text: str, native: bool = True) -> list[str]:
    suggester = CrfSuggester(model)
    suggester.tagger = CrfTagger(model, native=native)
    return [s.text for s in suggester.suggest(text) if s.label == "COMPANY"]


def test_a_project_finds_an_unseen_foreign_brand_by_its_shape():
    docs = gold()
    text = "分析人士指出，" + HELD_OUT + "的销量明显增长。"
    assert not set(HELD_OUT) & set("".join(BRANDS))
    project = train_crf(docs, PROJECT_CRF)
    assert project.translit
    assert found(project, text) == [HELD_OUT]
    # through python-crfsuite fed strings, the same
    assert found(project, text, native=False) == [HELD_OUT]
    # stored and read back (the project file holds the bytes and the
    # description), it reads the same
    again = CrfModel.from_parts(project.model_bytes, project.meta())
    assert found(again, text) == [HELD_OUT]
    # the CRF without them has nothing to tell the brand from the nouns by
    assert found(train_crf(docs, CrfParams()), text) == []
    # nor is a plain noun in the same place taken for a firm
    assert found(project, "分析人士指出，消费者的销量明显增长。") == []


def test_the_bundled_recipe_is_described_as_before():
    assert "translit" not in CrfParams().described()
    assert CrfParams(translit=True).described()["translit"] is True


def test_the_marginals_agree_between_the_native_and_the_string_paths():
    model = train_crf(gold(), PROJECT_CRF)
    text = "分析人士指出，" + HELD_OUT + "与SCEA的销量明显增长。"
    a = analyse(text)
    native, strings = CrfTagger(model), CrfTagger(model, native=False)
    span = (7, 10, "COMPANY")
    assert native.tag(a, [span]).probability(*span) == strings.tag(a, [span]).probability(*span)


def test_a_run_of_foreign_characters_and_latin_letters_reads_as_one():
    columns = translit.translit_columns("宣称诺基亚与SCEA")
    assert columns[0][2:5] == ["t=3", "t=2", "t=3"]  # 诺 基 亚
    assert columns[2][2:5] == ["tr=B3", "tr=M3", "tr=E3"]
    assert columns[2][6:] == ["tr=B4", "tr=M4", "tr=M4", "tr=E4"]
    assert columns[0][0] == "t=0"  # 宣: a plain word's character


def test_the_weights_follow_the_dictionary_tags():
    lines = ["斯特拉 3 nrt", "斯坦 3 nrt", "公司 9 n", "司机 5 n", "斯文 4 a", "王斯 4 nr"]
    weights = translit.char_weights(lines)
    assert weights["拉"] > 0 > weights["公"]
    assert weights["斯"] > weights["司"]
    assert "王" not in weights  # person names are left out


def test_the_shipped_table_is_what_the_installed_jieba_gives():
    assert translit.main(["--check"]) == 0
