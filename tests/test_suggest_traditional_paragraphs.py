"""A simplified article quoting a paragraph written in traditional
characters (a Hong Kong filing, a Taiwan statement) is read one paragraph
at a time: the quoted paragraph in simplified, as a traditional article is,
however short beside the rest; the article's own paragraphs as written, so
乾隆 stays 乾隆 there. What the traditional paragraph's METRICs carry is in
its own characters."""

from __future__ import annotations

from models.suggest.attributes import derived_attrs, follow_new_text
from models.suggest.pipeline import default_suggester
from models.suggest.segment import compact, written_in_traditional

# a mainland report, simplified, several paragraphs long
REPORT = (
    "本报讯 今年以来，全市规模以上工业增加值同比增长6.8%，高技术制造业投资增长15.2%，"
    "新能源汽车产量达到42万辆，外贸进出口总额突破3000亿元，各项指标稳中有进。\n"
    "市统计局有关负责人表示，工业生产保持较快增长，装备制造业和电子信息产业拉动明显，"
    "重点项目建设有序推进，一批重大产业项目陆续开工，为全年经济平稳运行打下了良好基础。\n"
    "从消费市场看，社会消费品零售总额增长7.5%，餐饮收入增长12.3%，文旅消费持续升温，"
    "节假日期间主要景区接待游客人次和旅游收入均创历史同期新高，夜间经济活力进一步释放。\n"
    "下一步，全市将继续深化改革扩大开放，加快构建现代化产业体系，推动经济实现质的有效提升"
    "和量的合理增长，确保完成全年目标任务，为全省发展大局作出更大贡献。\n"
    "从投资情况看，固定资产投资增长5.6%，其中制造业投资增长9.1%，基础设施投资增长4.3%，"
    "民间投资信心逐步恢复，一批技术改造和数字化转型项目加快落地，产业链供应链韧性不断增强。\n"
    "从就业和收入看，城镇新增就业保持稳定，居民人均可支配收入增长5.9%，农村居民收入增速快于"
    "城镇居民，物价总体平稳，居民消费价格温和上涨，市场主体活力持续增强，营商环境不断优化。\n"
    "专家认为，当前外部环境依然复杂严峻，需求不足的问题仍然存在，部分企业生产经营面临困难，"
    "要坚持稳中求进工作总基调，巩固和增强经济回升向好态势，持续推动高质量发展取得新成效。\n"
    "记者在多家企业采访时了解到，不少企业正在加大研发投入，积极开拓新兴市场，通过智能化改造"
    "提升生产效率，企业负责人普遍对下半年的发展前景抱有信心，希望政策持续发力，稳定市场预期。"
)
# the paragraph a Hong Kong listed company wrote, quoted as it was published
QUOTED = "恆達集團公告稱，全年營業收入932.4億元，淨利潤率下降1.2個百分點，員工達3200餘人。"
MIXED = f"{REPORT}\n{QUOTED}"
# a simplified paragraph that writes 乾 (乾隆, not 干) and 後 (後藤, a surname)
OLD_TOWN = "乾隆年间建成的老街如今成为文旅项目，後藤集团投资3亿元，营业收入增长8%，员工达300余人。"


def found(text: str) -> list[tuple[str, str]]:
    out = default_suggester().suggest(text)
    for s in out:
        assert text[s.start : s.end] == s.text  # the text's own characters
    return [(s.text, s.label) for s in out]


def metrics(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in default_suggester().suggest(text) if s.label == "METRIC"}


def span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def test_a_short_traditional_paragraph_of_a_simplified_article_is_read_in_simplified():
    assert not written_in_traditional(MIXED)  # under 2% of the whole article
    got = found(MIXED)
    assert ("恆達集團", "COMPANY") in got
    assert ("932.4億元", "METRIC") in got
    assert ("1.2個百分點", "METRIC") in got
    assert ("6.8%", "METRIC") in got  # the article's own figures as before


def test_a_simplified_paragraph_beside_a_traditional_one_is_read_as_written():
    text = f"{OLD_TOWN}\n{QUOTED}"
    assert written_in_traditional(text)  # as a whole, the text reads traditional
    read = compact(text).text
    assert read.startswith(OLD_TOWN)  # 乾隆 and 後藤, not 干隆 and 后藤
    assert read.endswith(
        "恒达集团公告称，全年营业收入932.4亿元，净利润率下降1.2个百分点，员工达3200余人。"
    )


def test_each_paragraphs_metric_attributes_are_in_its_own_characters():
    got = metrics(f"{OLD_TOWN}\n{QUOTED}")
    assert got["932.4億元"]["indicator"].endswith("營業收入")
    assert got["1.2個百分點"]["unit"] == "個百分點"
    assert got["3200餘人"]["approx"] == "餘"
    assert got["300余人"]["approx"] == "余"  # the simplified paragraph's own writing
    assert got["8%"]["indicator"].endswith("营业收入增长")
    assert metrics(MIXED)["3200餘人"]["approx"] == "餘"


def test_a_moved_boundary_rereads_a_metric_of_the_traditional_paragraph():
    assert derived_attrs(MIXED, *span(MIXED, "932.4億元"))["value"] == 93240000000.0
    assert derived_attrs(MIXED, *span(MIXED, "1.2個百分點"))["unit"] == "個百分點"
    grown = follow_new_text(
        {"value": 3200.0, "unit": "", "approx": "餘"},
        MIXED,
        span(MIXED, "3200餘"),
        span(MIXED, "3200餘人"),
    )
    assert grown == {"value": 3200.0, "unit": "人", "approx": "餘"}
    text = f"{OLD_TOWN}\n{QUOTED}"
    assert derived_attrs(text, *span(text, "300余人"))["approx"] == "余"


def test_a_title_too_short_to_tell_is_read_as_the_text_around_it():
    title = "滙豐控股公告"  # two traditional-only characters: too few to tell alone
    quoted = f"{REPORT}\n{title}\n{QUOTED}"
    assert "\n汇丰控股公告\n恒达集团" in compact(quoted).text
    assert ("滙豐控股", "COMPANY") in found(quoted)
    alone = f"{REPORT}\n{title}"  # nothing else of the article is traditional
    assert compact(alone).text.endswith(f"\n{title}")
