"""The rules' POLICY spans on sentences written in the manner of news, a
programme's name after the words issue 14 item 2 keeps out of it (a zone,
a level, a verb of supporting or pursuing it, after an adverb or a
subject), and after words that are no part of any name (a scratch script
of the thirteenth POLICY round, not collected by pytest; no gold file is
read):

    .venv/bin/python tests/benchmarks/policy_probe_fronts.py

Prints only the sentences whose POLICY spans differ from the one name
expected: a list of boundary cases to read, not a score. Verbs left in on
purpose (pol12): 优化, 提速, 升级, 提质, 扩容, 落地 (as often a topic's words),
创新 (创新驱动发展战略), 保障 (保障性安居工程).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.policy_probe import print_if_not_only  # noqa: E402

FRONTS = [
    *("高新区", "园区", "经开区", "开发区", "省", "市", "区", "省里", "全省", "我市"),
    *("积极助力", "有力支撑", "全面赋能", "平台全面赋能", "助力", "支撑", "赋能"),
    *("谋划", "部署", "抓紧", "重启", "跟进", "压实", "护航", "聚力", "发力", "牵引"),
    *("全面推开", "迭代升级", "优化升级", "创新", "承办", "打造", "保障", "落地"),
]
NAMES = (
    "“1269”行动计划",
    "制造业数字化转型三年行动",
    "城市更新行动计划",
    "中小企业梯度培育工程",
    "中小企业数字化转型城市试点",
)
KEEP = (
    ("该市深入实施区域协调发展战略，推动城乡融合发展。", "区域协调发展战略"),
    ("该县大力实施县域商业体系建设行动，完善农村物流网络。", "县域商业体系建设行动"),
    ("工信部深入实施中小企业数字化赋能专项行动。", "中小企业数字化赋能专项行动"),
    ("深化开发区管理制度改革，激发园区活力。", "开发区管理制度改革"),
)


def main() -> int:
    from models.suggest.engine import default_ensemble

    ens = default_ensemble()

    def show(text: str, want: str) -> None:
        print_if_not_only(ens, text, want)

    for front in FRONTS:
        for name in NAMES:
            show(f"会议指出，要深入实施{front}{name}，推动高质量发展。", name)
            show(f"今年以来，该县{front}{name}，推动高质量发展。", name)
    for text, name in KEEP:
        show(text, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
