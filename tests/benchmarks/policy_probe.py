"""The rules' POLICY spans on sentences written in the manner of news, a
name between words of every kind (a scratch script of the twelfth POLICY
round, not collected by pytest; no gold file is read):

    .venv/bin/python tests/benchmarks/policy_probe.py

Each probe puts one front word (a verb of pursuing, a time word, a pointing
word, a batch, an adverb, a place, a body) or one kind of words after a name
and prints only the sentences whose POLICY spans differ from the one name
expected. What it prints is a list of boundary cases to read, not a score.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

VERBS = [
    "实施",
    "推进",
    "落实",
    "深化",
    "做实",
    "抓实",
    "用好",
    "用足",
    "用活",
    "抓好",
    "做好",
    "紧扣",
    "锚定",
    "瞄准",
    "践行",
    "依托",
    "借助",
    "抢抓",
    "承接",
    "细化",
    "扩围",
    "加力",
    "迭代",
    "复制",
    "参照",
    "对标",
    "对表",
    "对接",
    "聚焦",
    "围绕",
    "加快实施",
    "深入推进",
    "全面落实",
    "持续深化",
    "大力实施",
    "积极争取",
    "申报",
    "获批",
    "入选",
    "启动",
    "开展",
    "执行",
    "兑现",
    "延续",
    "优化",
    "提速",
    "升级",
    "擦亮",
    "打响",
    "唱响",
    "弘扬",
]
FRONTS = [
    "今年",
    "去年",
    "年内",
    "全年",
    "本次",
    "此次",
    "这次",
    "该",
    "新一轮",
    "首届",
    "第二届",
    "第三批",
    "首批",
    "全国首个",
    "又一",
    "一系列",
    "系列",
    "上述",
    "这一",
    "新",
    "持续",
    "全力",
    "扎实",
    "大力",
    "深入",
    "着力",
    "全面",
    "积极",
    "首次",
    "今年以来",
    "当地",
    "各地",
    "全省",
    "全市",
    "该市",
    "该县",
    "园区",
    "高新区",
    "我省",
    "我市",
    "省里",
    "省委",
    "市政府",
    "国家",
    "工信部",
    "商务部",
]
QUOTED = ("“1269”行动计划", "“亩均论英雄”改革", "“千企万户”行动")
UNQUOTED = (
    "城市更新行动计划",
    "中小企业数字化转型城市试点",
    "制造业数字化转型三年行动",
    "制造业数字化转型行动",
)


def print_if_not_only(ens, text: str, want: str) -> None:
    """The sentence and its POLICY spans, unless they are ``want`` alone."""
    got = [text[s.start : s.end] for s in ens.suggest(text) if s.label == "POLICY"]
    if got != [want]:
        print(f"{text}  ->  {got}")


def main() -> int:
    from models.suggest.engine import default_ensemble

    ens = default_ensemble()

    def show(text: str, want: str) -> None:
        print_if_not_only(ens, text, want)

    for v in VERBS:
        for name in QUOTED + UNQUOTED:
            show(f"今年以来，该县{v}{name}，推动高质量发展。", name)
    for f in FRONTS:
        for name in QUOTED:
            show(f"会议指出，{f}{name}，推动高质量发展。", name)
        show(f"会议指出，{f}制造业数字化转型三年行动，推动高质量发展。", "制造业数字化转型三年行动")
        show(f"会议指出，深入实施{f}制造业数字化转型行动，推动高质量发展。", "制造业数字化转型行动")
    for year in ("2022年", "2023年度", "二〇二四年"):
        show(f"市政府印发{year}“双碳”行动方案。", "“双碳”行动方案")
    return 0


if __name__ == "__main__":
    sys.exit(main())
