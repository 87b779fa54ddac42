"""POLICY rules for the language of government work reports and the policy
news that quotes them, on sentences written for these tests: national rules,
initiatives and connect programmes known by name, negative lists, counted
slogans, mechanisms described by what they do, and the words in front of a
name (a verb, a batch) that are not its own."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester
from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national rules and initiatives that news names without a head noun
        ("全市党员干部严格遵守中央八项规定精神。", ["中央八项规定"]),
        ("两国表示愿共同落实全球发展倡议。", ["全球发展倡议"]),
        ("论坛围绕全球文明倡议展开讨论。", ["全球文明倡议"]),
        ("该区持续推动大众创业、万众创新。", ["大众创业、万众创新"]),
        ("园区新建一批“双创”示范基地。", ["“双创”"]),
        ("长江十年禁渔实施以来，江豚数量回升。", ["长江十年禁渔"]),
        ("人民银行通过碳减排支持工具发放贷款。", ["碳减排支持工具"]),
        ("第二轮中央生态环境保护督察进驻该省。", ["中央生态环境保护督察"]),
        # the connect programmes between the mainland and Hong Kong, quoted or not
        ("“深港通”开通后，两地资金往来更加活跃。", ["“深港通”"]),
        ("北向资金通过沪港通净买入50亿元。", ["沪港通"]),
    ],
)
def test_names_known_in_reports(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative list names the sectors it closes; its 制度 is glued to it
        ("商务部表示将进一步缩减外资准入负面清单。", ["外资准入负面清单"]),
        ("自贸港率先制定跨境服务贸易负面清单。", ["跨境服务贸易负面清单"]),
        ("全国全面实行市场准入负面清单制度。", ["市场准入负面清单制度"]),
        # the list as a way of managing, with no sectors named: no instrument
        ("实行负面清单管理后，审批时间明显缩短。", []),
    ],
)
def test_negative_lists(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the edition or batch in front says which one, not the name
        ("有关部门修订出台新版市场准入负面清单。", ["市场准入负面清单"]),
        ("该省启动第二批山水林田湖草生态保护修复工程试点。", ["山水林田湖草生态保护修复工程试点"]),
        # a batch inside the name stays
        ("两市入选国家碳达峰第二批试点。", ["国家碳达峰第二批试点"]),
    ],
)
def test_batch_before_a_name(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare quote that counts principles or regions is a slogan
        ("各地要严格落实“四个不摘”要求。", []),
        ("会议强调毫不含糊落实“两个毫不动摇”。", []),
        ("统筹推进“四大板块”协调发展。", []),
        # a counted programme ends in its head noun
        ("全市实施“六大行动”，推动产业升级。", ["“六大行动”"]),
        ("市里出台“两项补贴”制度。", ["“两项补贴”制度"]),
    ],
)
def test_counted_slogans(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pilot's or a battle's name is a noun: the verb before it is what is done
        ("今年该市增设跨境贸易便利化综合试点。", ["跨境贸易便利化综合试点"]),
        ("全省全面推开营改增试点。", ["营改增试点"]),
        ("该省扩大政策性农业保险改革试点。", ["政策性农业保险改革试点"]),
        ("今年完成蓝天保卫战阶段性目标。", ["蓝天保卫战"]),
        # a programme's name may open with its verb
        ("今年开展降低全社会物流成本专项行动。", ["降低全社会物流成本专项行动"]),
    ],
)
def test_verb_before_a_pilot(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb opening a negative list is what is done to it
        ("今年进一步放宽外资准入负面清单。", ["外资准入负面清单"]),
        # a verb and its count are a pilot's terms
        ("该县开展宅基地使用权延长30年试点。", ["宅基地使用权延长30年试点"]),
        # a deadline year belongs to the name; a year of issue does not
        ("国务院印发2030年前碳达峰行动方案。", ["2030年前碳达峰行动方案"]),
        ("市里实施2025年制造业提升行动方案。", ["制造业提升行动方案"]),
        # a verb to do well, split by the segmenter, is left out
        ("各地要健全和用好营商环境评价工作机制。", ["营商环境评价工作机制"]),
    ],
)
def test_words_in_front_of_a_name(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two named reforms joined by 和 stay two names
        ("深化农村集体产权制度改革和农村信用社改革。", ["农村集体产权制度改革", "农村信用社改革"]),
        # a known name written as a title keeps its marks
        ("外资企业同等享受《中国制造2025》政策。", ["《中国制造2025》"]),
    ],
)
def test_reforms_and_titles(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guidance documents and catalogues name an instrument
        ("商务部制定对外投资合规指引。", ["对外投资合规指引"]),
        ("国家发展改革委修订外商投资产业指导目录。", ["外商投资产业指导目录"]),
        # 指引 as a verb
        ("在新发展理念指引下，全市经济稳中向好。", []),
        ("这份规划明确了重点、指引了方向。", []),
    ],
)
def test_guidance_documents(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two nouns joined by 和/与 share one reform or project a verb opens
        ("继续深化国防和军队改革。", ["国防和军队改革"]),
        ("稳步推进中央与地方收入划分改革。", ["中央与地方收入划分改革"]),
        ("深入实施湿地保护和修复重大工程。", ["湿地保护和修复重大工程"]),
        # policies joined so are two things
        ("该区落实招商引资和产业政策。", []),
    ],
)
def test_joined_nouns_sharing_a_head(
    policy: PolicySuggester, text: str, expected: list[str]
) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after 的 that follows what was done to it
        ("各地要抓好年初出台的小微企业普惠性减税政策落实。", ["小微企业普惠性减税政策"]),
        ("去年推出的以旧换新政策效果明显。", ["以旧换新政策"]),
        ("省里制定的相关政策已经落地。", []),
        # a pilot of opening, a construction plan: what kind, not which
        ("扩大电信、医疗等领域开放试点。", []),
        ("乡镇要科学编制和实施建设规划。", []),
        ("市里实施城乡建设规划。", ["城乡建设规划"]),
        # a named campaign of study
        ("全市深入开展党史学习教育。", ["党史学习教育"]),
        ("扎实开展“不忘初心、牢记使命”主题教育。", ["“不忘初心、牢记使命”主题教育"]),
        ("学校加强对青少年的学习教育。", []),
    ],
)
def test_more_kinds_in_reports(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that is the name's own topic stays
        ("打好节能减排和环境治理攻坚战。", ["节能减排和环境治理攻坚战"]),
        ("该省扩大碳排放权交易试点。", ["碳排放权交易试点"]),
        # a second verb inside makes two clauses, not one shared head
        ("二是实行结构性减税和推进税费改革。", []),
        # a negative list as a way of managing names no list
        ("探索准入前国民待遇加负面清单管理模式。", []),
    ],
)
def test_words_of_older_reports(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guide is a document after a policy verb
        ("商务部发布对外投资合作国别指南。", ["对外投资合作国别指南"]),
        ("要把新思想作为行动指南。", []),
        # 纳入 makes a clause of what stands before the head
        ("把生态文明建设纳入经济社会发展总体规划。", []),
    ],
)
def test_guides_and_clauses(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 等 inside a word of its own is no list
        ("深入实施职业技能等级证书制度。", ["职业技能等级证书制度"]),
        ("全国人大常委会修订高等教育法。", ["高等教育法"]),
        ("实施中等职业教育免学费政策。", ["中等职业教育免学费政策"]),
        # 等 ending a list is
        ("扩大电信、医疗等领域开放政策。", []),
    ],
)
def test_words_holding_a_list_mark(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reform's plan is shared as the reform is
        (
            "落实中央与地方财政事权和支出责任划分改革方案。",
            ["中央与地方财政事权和支出责任划分改革方案"],
        ),
        # the regional strategy by its official short name
        ("长三角区域一体化发展上升为国家战略。", ["长三角区域一体化发展"]),
    ],
)
def test_shared_plans_and_strategies(
    policy: PolicySuggester, text: str, expected: list[str]
) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新的 in front says it is new, not which
        ("今年落实新的组合式税费支持政策。", ["组合式税费支持政策"]),
        # the umbrella of regional strategies is a group label
        ("深入实施区域重大战略和区域协调发展战略。", ["区域协调发展战略"]),
    ],
)
def test_new_and_umbrella(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kinds of policy, not one: the stock of policies, basic rules, landmarks
        ("今年加力实施存量政策，适时推出增量政策。", []),
        ("证监会加快完善基础性制度。", []),
        ("统筹推进重大标志性工程建设。", []),
        # a reform that modifies 举措 names none
        ("推动标志性改革举措加快落地。", []),
        # a quoted domain of work
        ("全省毫不放松抓好“三农”工作。", []),
        ("中央财政用于“三农”的支出继续增加。", []),
    ],
)
def test_kinds_not_instruments(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's aspect is not the law's
        ("全国人大常委会审议了社会保险法。", ["社会保险法"]),
        # 放在 makes a clause of what follows the name
        ("坚持把实施西部大开发战略放在区域发展总体战略的优先位置。", ["西部大开发战略"]),
    ],
)
def test_clauses_around_a_name(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote that a task, a target or a principle follows is no programme
        ("全面落实“六稳”“六保”任务。", []),
        ("贯彻“稳中求进”的总基调。", []),
        # a policy head after it makes one
        ("实施“六保”政策。", ["“六保”政策"]),
    ],
)
def test_tasks_and_principles(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name in quotes keeps them
        ("力争全面完成“营改增”，减轻企业负担。", ["“营改增”"]),
        # 压缩 narrows a list as 缩减 does
        ("大幅压缩外资准入负面清单。", ["外资准入负面清单"]),
        # 试点 after 并 is the verb
        ("设立新板块并试点注册制。", []),
        # an overall layout is a political framework
        ("统筹推进“五位一体”总体布局。", []),
    ],
)
def test_quoted_known_names_and_frameworks(
    policy: PolicySuggester, text: str, expected: list[str]
) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun right after a policy verb is the name's (深化|服务贸易…)
        ("全面深化服务贸易创新发展试点。", ["服务贸易创新发展试点"]),
        # 同 joins two things to combine, not one name
        (
            "把实施扩大内需战略同深化供给侧结构性改革结合起来。",
            ["扩大内需战略", "供给侧结构性改革"],
        ),
        # umbrella labels of strategies and projects
        ("在实施重大区域发展战略方面出台一批举措。", []),
        ("吸引民间资本参与国家重大工程。", []),
    ],
)
def test_objects_and_umbrellas(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that carries a policy out inside the words before a head: the
        # name follows it
        ("在全国农村实行住院分娩补助政策。", ["住院分娩补助政策"]),
        ("建立并常态化实施中央财政资金直达机制。", ["中央财政资金直达机制"]),
        # other verbs may be the name's own (参与, 带动)
        ("完善民营企业参与重大项目建设长效机制。", ["民营企业参与重大项目建设长效机制"]),
    ],
)
def test_governing_verb_inside(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


def test_guidance_glued_to_a_known_name(policy: PolicySuggester) -> None:
    # the guidance on a known national initiative is named after it
    assert names(policy, "各地实施全国统一大市场建设指引。") == ["全国统一大市场建设指引"]
