"""METRIC rules on sentences written for these tests: spans and attributes,
and what must never be a METRIC (dates, durations, ages, names, slogans,
enumerators, ordinals)."""

from __future__ import annotations

import pytest

from models.suggest.numbers import parse_chinese, parse_number


def spans(suggester, text):
    out = suggester.suggest(text)
    for s in out:
        assert text[s.start : s.end] == s.text
        assert s.label == "METRIC" and s.source == "metric" and s.version
    return [s.text for s in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市新增市场主体超3万户，其中企业近8000家。", ["超3万户", "近8000家"]),
        ("力争外贸进出口总额达到500亿元以上，增幅提高8个百分点。", ["500亿元以上", "8个百分点"]),
        ("该企业累计获得发明专利60余项，产品市场占有率排名前三。", ["60余项", "前三"]),
        (
            "年产锂电池2.5万吨、光伏组件800兆瓦，PM2.5平均浓度为28微克/立方米。",
            ["2.5万吨", "800兆瓦", "28微克"],
        ),
        ("出口额占全省的三分之一，七成以上企业实现盈利。", ["三分之一", "七成以上"]),
        (
            "规划建设用地约3.6平方公里，建成标准厂房12万平方米左右。",
            ["约3.6平方公里", "12万平方米左右"],
        ),
        ("签约项目总额1,280.5亿元，两家央企和十余家民企参与。", ["1,280.5亿元", "两家", "十余家"]),
        ("营收首次突破百亿元大关，跻身千亿元级园区行列，打造千亿元产业。", ["百亿元"]),
        ("推荐就业1.5万余人，开展招聘活动36场(次)。", ["1.5万余人", "36场(次)"]),
        ("厚度4.5-6微米的铜箔，合格率提高到98%以上。", ["4.5-6微米", "98%以上"]),
    ],
)
def test_quantities(metric, text, expected):
    assert spans(metric, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "综合实力跃居全省第三位，较上年上升两位，在全国百强县中排名第45。",
            ["第三位", "两位", "第45"],
        ),
        ("增速稳居全市第一，总量位列中部地区第五名。", ["第一", "第五名"]),
        ("在全省开发区考核中前进4个名次。", ["4个名次"]),
    ],
)
def test_rankings(metric, text, expected):
    assert spans(metric, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024年3月15日，首届博览会在20世纪80年代建成的展馆开幕。",
        "连续三年保持增长，仅用时6个月就建成投产，职工平均年龄32岁。",
        "实施“5G+工业互联网”专项，出台“稳增长30条”，推进“1+N”政策体系。",
        "一是稳增长，二是促改革；聚焦三大产业、五个方面重点任务、一条主线。",
        "万一出现问题，千家万户受益，一家企业在统一大市场中成长。",
        "第一，加快建设；第一批试点名单公布，他成为第二家获评企业，发展第三产业。",
        "多个领域的第一，让城市焕发活力。",
        "世界500强企业落户，1号线开通，5G基站覆盖全域，4S店集中开业。",
        "累计发展30余年，实现“0”到“1”的突破。",
        "游客四处游走，拍品以80万起拍，连续三年保持两位数增长。",
        "798工厂改造完成，主队53胜27平16负，第235期简报印发。",
    ],
)
def test_not_metrics(metric, text):
    assert spans(metric, text) == []


def test_bare_numbers_count_people_only(metric):
    assert spans(metric, "为全区6000农村人口购买防贫保险。") == ["6000"]
    assert spans(metric, "央行降息27个基点。") == ["27个基点"]


def test_rank_indicators(metric):
    text = "全市工业营收总量稳居全省第一，增速位列中部地区第五位，排名较上年前进3位。"
    got = [(s.text, s.attrs["indicator"], s.attrs["unit"]) for s in metric.suggest(text)]
    assert got == [
        ("第一", "全市工业营收总量全省排名", "位"),
        ("第五位", "增速中部地区排名", "位"),
        ("3位", "排名较上年前进", "位"),
    ]


def test_dates_are_left_out_around_a_count(metric):
    assert spans(metric, "2024年3月15日，第一批12个项目集中开工。") == ["12个"]


def test_attributes(metric):
    text = "2023年，该县实现地区生产总值456.7亿元，同比增长6.5%。"
    got = metric.suggest(text)
    assert [(s.text, s.attrs) for s in got] == [
        (
            "456.7亿元",
            {
                "indicator": "地区生产总值",
                "value": 45670000000.0,
                "unit": "元",
                "approx": "",
                "period": "2023",
            },
        ),
        (
            "6.5%",
            {
                "indicator": "地区生产总值同比增长",
                "value": 6.5,
                "unit": "%",
                "approx": "",
                "period": "2023",
            },
        ),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("新增就业岗位1.2万余个。", 12000.0, "个", "余"),
        ("完成现汇进资900万美元以上。", 9000000.0, "美元", "以上"),
        ("粮食产量达到56.8万吨。", 568000.0, "吨", ""),
        ("实现营收超400亿元。", 40000000000.0, "元", "超"),
        ("增速10%左右。", 10.0, "%", "左右"),
        ("规划面积12平方公里。", 12.0, "平方公里", ""),
        ("位列全国第33位。", 33.0, "位", ""),
        ("占全国的四分之一。", 25.0, "%", ""),
        ("约三成。", 30.0, "%", "约"),
        ("总量达9.8万亿元。", 9800000000000.0, "元", ""),
        ("迈过千亿元台阶。", 100000000000.0, "元", ""),
    ],
)
def test_values(metric, text, value, unit, approx):
    (s,) = metric.suggest(text)
    assert (s.attrs["value"], s.attrs["unit"], s.attrs["approx"]) == (value, unit, approx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approximate amounts: a scale with an approximator, a count by its order
        ("产值超千亿元的产业集群达到3个，规上企业数十家。", ["超千亿元", "3个", "数十家"]),
        ("培育营收亿元以上企业12家。", ["亿元以上", "12家"]),
        ("人口从不足20万增至近百万，超过一半投向民企。", ["不足20万", "近百万", "超过一半"]),
        ("新增工业10亿以上企业15家。", ["10亿以上", "15家"]),
        # approximators glued to the number (the annotators' list)
        (
            "政府出资比例不超过20%，返投比例不得低于1.2倍，至少3个部门参与。",
            ["不超过20%", "低于1.2倍", "至少3个"],
        ),
        # rates and compound units
        ("生猪均价31.43元/公斤，建设规模为800万吨/年。", ["31.43元/公斤", "800万吨/年"]),
        ("年产30吉瓦时电池，主要设备79台套，用电量6.42亿度。", ["30吉瓦时", "79台套", "6.42亿度"]),
        ("300兆瓦/600兆瓦时储能项目，国家高新区占52席。", ["300兆瓦", "600兆瓦时", "52席"]),
        # rankings: top N, first place, N-th largest, two ordinals joined
        ("跻身全国前十，增速居全省首位。", ["前十", "首位"]),
        ("该公司是集团的第二大股东，税收位居全国高新区第七和第五。", ["第二大", "第七", "第五"]),
    ],
)
def test_quantities_in_news(metric, text, expected):
    assert spans(metric, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "前三季度，工业和信息化部等12部门印发方案，主要呈现三个特点。",
        "近年来，三元区着眼营造环境；坚持“工业强县”首位战略；世界500强企业落户。",
        "滨海新区深入贯彻三个“一号工程”。",
    ],
)
def test_not_metrics_in_news(metric, text):
    assert spans(metric, text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("比例不超过20%。", 20.0, "%", "不超过"),
        ("不得低于1.2倍。", 1.2, "倍", "低于"),
        ("产值超千亿元。", 100000000000.0, "元", "超"),
        ("人口近百万。", 1000000.0, "", "近"),
        ("规上企业数十家。", None, "家", "数"),
        ("均价31.43元/公斤。", 31.43, "元/公斤", ""),
    ],
)
def test_values_in_news(metric, text, value, unit, approx):
    (s,) = metric.suggest(text)
    assert (s.attrs["value"], s.attrs["unit"], s.attrs["approx"]) == (value, unit, approx)


def test_period_only_from_the_same_sentence(metric):
    text = "2024年，园区营收增长12%。目前入驻企业达到300家。"
    first, second = metric.suggest(text)
    assert first.attrs["period"] == "2024"
    assert "period" not in second.attrs


def test_offsets_survive_layout_white_space(metric):
    text = "规上企业达 322家，累计推荐2.7万\n余人进厂，实现产值153.62 亿元。"
    got = metric.suggest(text)
    assert [s.text for s in got] == ["322家", "2.7万\n余人", "153.62 亿元"]
    assert got[1].attrs["value"] == 27000.0 and got[1].attrs["approx"] == "余"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三千五百", 3500),
        ("两万", 20000),
        ("一亿五千万", 150_000_000),
        ("十二", 12),
        ("百", 100),
        ("三万亿", 3e12),
        ("二〇二四", 2024),
    ],
)
def test_chinese_numerals(numeral, value):
    assert parse_chinese(numeral) == value


def test_arabic_with_scale():
    assert parse_number("1,229.21") == 1229.21
    assert parse_number("9.8万亿") == 9.8e12


OWN_QUANTITIES = (
    "近九成企业、三分之一、超过一半、占一半、百分之三十五、百分之三点五、约300万元、"
    "不足20万吨、１２％、逾千家、两成左右、8成以上；稳居全国十强，居全省首位，进入前5名。"
    "全区6000农村人口，增长1.5个百分点，营收超400亿元，数十家企业，近千亿。"
)


def test_the_look_aheads_drop_no_match(seeds_path, corpus_dir):
    # the look-aheads only let the engine skip positions where no match can
    # start: with and without them, every match is the same
    import json
    import re

    from models.suggest import metric as m

    texts = [OWN_QUANTITIES] + [
        json.loads(line)["text"] for line in seeds_path.read_text(encoding="utf-8").splitlines()
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    classes = (
        "新开工亿元以上项目64个，其中10亿元及以上项目12个、1-5亿元项目30个，超5000万元的项目共8个。"
    )
    texts.append(classes)
    for led in (m.QUANTITY, m.SHARE, m.RANK_WORD, m.SIZE_CLASS):
        whole = re.compile(m.UNLED[led])
        assert whole.pattern != led.pattern
        for text in texts:
            found = [(x.span(), x.groupdict()) for x in led.finditer(text)]
            assert found == [(x.span(), x.groupdict()) for x in whole.finditer(text)]
            if text is OWN_QUANTITIES and led is not m.SIZE_CLASS:
                assert len(found) >= 2
    assert len(list(m.SIZE_CLASS.finditer(classes))) >= 3


def test_a_gated_pattern_is_searched_with_its_own_needs_and_holds():
    # _matches reads a pattern's NEEDS and HOLDS by its source string (a
    # compiled pattern's hash is not kept): no two gated patterns may share
    # a source, and each reads back exactly what the two tables hold for it
    from models.suggest import metric as m

    gated = list(m.NEEDS.keys() | m.HOLDS.keys())
    assert len({p.pattern for p in gated}) == len(gated)
    for pattern in gated:
        assert m._gates(pattern) == (m.NEEDS.get(pattern), m.HOLDS.get(pattern))


def test_a_pattern_skipped_for_lacking_a_needed_string_would_have_found_nothing():
    # a pattern is not run over a text that holds none of the strings its
    # matches need: every match over real news holds one of them, and a
    # text without them gives the same quantities as the pattern run over it
    from models.suggest import metric as m
    from tests.conftest import real_news_texts

    texts = [
        OWN_QUANTITIES,
        "三次产业结构为4.0:47.2:48.8，约占总量2/3，沪指报3764.79点，分三期建设。",
        "恒指站上3万点，稳居全国十强，约占三成，居全省首位。",
    ]
    texts += real_news_texts("news-train.jsonl", "seeds.jsonl")
    assert {m.RATIO, m.FRACTION, m.INDEX_POINTS, m.RANK_WORD, m.SHARE, m.PHASES} <= m.NEEDS.keys()
    assert {m.INDEX_POINTS, m.RANK_WORD, m.SHARE, m.PHASES} <= m.HOLDS.keys()
    for pattern, needs in m.NEEDS.items():
        holds = m.HOLDS.get(pattern)
        found = 0
        for text in texts:
            for x in pattern.finditer(text):
                assert any(n in x.group() for n in needs), (pattern.pattern, x.group())
                # (the match alone, so that no look-behind reads before it)
                assert holds is None or holds.search(x.group()), (pattern.pattern, x.group())
                found += 1
            assert list(m._matches(pattern, text)) or not list(pattern.finditer(text))
        assert found >= 1, pattern.pattern


def test_most_articles_hold_no_number_before_a_needed_character():
    # 点, 强 and 成 stand in words (重点, 加强, 完成) in most real news, where no
    # number stands before them: what every match holds rules those texts out
    from models.suggest import metric as m
    from tests.conftest import real_news_texts

    texts = real_news_texts("news-train.jsonl")
    for pattern, holds in m.HOLDS.items():
        needed = [t for t in texts if any(n in t for n in m.NEEDS[pattern])]
        held = [t for t in needed if holds.search(t)]
        assert len(held) < len(needed) / 2, pattern.pattern


def _read_in_full(written: str) -> float | None:
    """parse_number without its shortcut for plain ASCII digits."""
    from models.suggest.numbers import ARABIC_SCALED, SCALES, parse_arabic

    m = ARABIC_SCALED.fullmatch(written.strip())
    if m is None:
        return parse_chinese(written.strip())
    value = parse_arabic(m.group(1))
    for ch in m.group(2):
        value *= SCALES[ch]
    return value


def test_every_number_of_real_news_parses_as_its_full_reading_says():
    # parse_number reads plain ASCII digits (2024, 12.5) with float() at once
    import re

    from models.suggest.numbers import ARABIC
    from tests.conftest import real_news_texts

    seen = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        for m in re.finditer(rf"{ARABIC}[万亿千百]*", text):
            assert parse_number(m.group()) == _read_in_full(m.group()), m.group()
            seen += 1
    assert seen > 1000
    for written in ("12.", ".5", "1e5", "1_000", " 7 ", "１２", "1,200", "3千", "nan", "三千"):
        assert parse_number(written) == _read_in_full(written), written


def _cut_every_trailing_word(seg: str) -> str:
    """One pass of the indicator's trailing words tried one by one, as
    _indicator did before it tried only the words ending in the last
    character left."""
    from models.suggest.metric import INDICATOR_TRAILING

    for word in INDICATOR_TRAILING:
        if seg.endswith(word) and len(seg) > len(word):
            seg = seg[: -len(word)]
    return seg


def test_an_indicators_trailing_words_are_cut_as_trying_every_word_cuts_them():
    # what a quantity measures loses the verbs before it (营收达到|, 产值为|):
    # over the clause openings of real news, the pass that tries only the
    # words ending in the last character cuts what trying every word cuts
    from models.suggest.metric import _cut_trailing
    from tests.conftest import real_news_texts

    cut = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        for end in range(1, len(text)):
            for length in (1, 2, 3, 4, 6, 9):
                seg = text[max(0, end - length) : end]
                expected = _cut_every_trailing_word(seg)
                assert _cut_trailing(seg) == expected, seg
                cut += expected != seg
    # after a cut, from the next word in order (a typo's doubled 的的 keeps one)
    for seg in ("产值已实现", "营收超过了", "收入的的", "总额为了"):
        assert _cut_trailing(seg) == _cut_every_trailing_word(seg), seg
    assert cut > 1000
