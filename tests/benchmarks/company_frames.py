"""COMPANY names in frames of news (a scratch script of the sixteenth
COMPANY round, `comp16`, not collected by pytest):

    .venv/bin/python tests/benchmarks/company_frames.py run OUT.jsonl [--per N] [--rules]
    .venv/bin/python tests/benchmarks/company_frames.py report OUT.jsonl [--show KIND]
    .venv/bin/python tests/benchmarks/company_frames.py diff BASE.jsonl NEW.jsonl

A *frame* is a sentence of the study material (the zone and economy study
halves, news-train, the seeds) holding a gold COMPANY name, with that name
replaced by a slot. Each frame is filled with names from other sources (the
gold companies of CLUENER train, of news-train, of the seeds and of the other
study halves: never a name of the frame's own set, so never the frame's own
name), N per frame drawn so that every shape of name comes up, and the full
suggestion path (``default_suggester``, what ``biaozhu suggest`` gives with
no project: the shipped bundle over the rules) runs on each filled sentence.
A name is *found* when a COMPANY span is exactly the slot.

The precision probe fills the same frames with words that are no firm, of
the frame's own name's length where one is at hand: CLUENER's places,
public bodies, scenes and products, the POLICY names of the study gold, and
jieba's dictionary by part of speech (ns places, n nouns, vn verbal nouns).
A *false name* is a COMPANY span that overlaps the slot.

``report`` prints recall per frame kind (what precedes / follows the slot)
and per name shape, and the false names per frame kind and per filler kind,
with the fillers most often taken for firms. ``diff`` lists every filled
sentence whose slot outcome differs between two runs (two trees: run each
from its own copy with its own code first on ``PYTHONPATH``).

Only the study material; never a check half, never news-dev.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data"

# CLUENER marks as companies what our guideline does not (a firm described,
# not named; Latin-script game studios; media channels): left out.
ODD_NAME = re.compile(r"[A-Za-z《》“”\"·•]|的|某|一家|一些|这家|该|卫视|电视台|频道")
SENTENCE_END = re.compile(r"[。！？；\n]")
LEGAL = re.compile(r"(公司|集团|有限责任公司|合伙企业|合作社|银行|厂|研究院|设计院|事务所)$")
TRADE = re.compile(
    r"(科技|实业|电子|新能源|股份|控股|能源|新材料|材料|制造|智能|装备|汽车|生物|医药|药业"
    r"|化工|电气|机械|重工|精工|光电|食品|农业|物流|电力|钢铁|建设|建工|置业|地产|环保"
    r"|通信|软件|信息|网络|半导体|微电子|传媒|文化|旅游|商贸|贸易|投资|资本|证券|保险"
    r"|基金|信托|矿业|纺织|服饰|家居|电器|光伏|动力|航空|汽配|股份公司)$"
)
TRANSLIT = set("斯克尔特德姆森瓦雷普蒂菲罗拉巴卡亚伊奥维纳沃索塔赛迪丰诺莱贝迈戈杜亨")
PROVINCES = [
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "深圳",
    "广州",
    "杭州",
    "南京",
    "武汉",
    "成都",
    "西安",
    "苏州",
    "宁波",
    "青岛",
    "厦门",
    "大连",
    "沈阳",
    "长沙",
    "郑州",
    "合肥",
    "福州",
    "济南",
    "昆明",
    "南昌",
    "贵阳",
    "太原",
    "石家庄",
    "哈尔滨",
    "长春",
    "兰州",
    "无锡",
    "佛山",
    "东莞",
    "中国",
    "国家",
]

FRAME_KINDS: list[tuple[str, str, str]] = [
    # (kind, regex on the text before the slot, regex on the text after it)
    ("等企业", r"", r"^等"),
    ("list member", r"[、]$", r""),
    ("list member", r"", r"^[、]"),
    (
        "officer",
        r"",
        r"^(公司)?(的)?(党委书记|董事长|总经理|总裁|副总裁|董事|负责人|创始人|首席|CEO|副总经理|总工程师|相关负责人)",
    ),
    ("旗下/子公司", r"", r"^(的)?(旗下|下属|控股|全资|子公司|所属)"),
    ("投资建设", r"", r"^(计划|拟|将)?(投资|出资|建设|投建|兴建|新建)"),
    ("年产", r"", r"^.{0,4}年产"),
    ("…项目", r"", r"^[^，。、]{0,14}项目"),
    ("与…合作/签约", r"(与|和|同|跟)$", r"^[^，。]{0,10}(合作|签约|签订|签署|携手|战略)"),
    ("签约", r"签约[了]?$|签署[了]?$|签订[了]?$", r""),
    ("引进", r"引进[了]?$|引入[了]?$|招引[了]?$", r""),
    ("落户/入驻", r"(落户|入驻|进驻|落地)[了]?$", r""),
    ("落户/入驻", r"", r"^[^，。]{0,6}(落户|入驻|进驻|落地)"),
    ("签约", r"", r"^[^，。]{0,6}(签约|签订|签署)"),
    ("与…", r"(与|和|同|跟|及)$", r""),
    ("由/系/据/从", r"(由|系|据|从|经|向|对|为|在)$", r""),
    ("以下简称", r"", r"^[（(]?(以下简称|简称)"),
    ("clause subject", r"(^|[，,：:\s“])$", r""),
]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def frame_kind(before: str, after: str) -> str:
    for kind, b, a in FRAME_KINDS:
        if (not b or re.search(b, before)) and (not a or re.search(a, after)):
            return kind
    return "other"


def name_shape(name: str) -> str:
    if LEGAL.search(name):
        return "legal form"
    if sum(c in TRANSLIT for c in name) >= 2 and not TRADE.search(name):
        return "foreign"
    if TRADE.search(name):
        return "trade word"
    if any(name.startswith(p) for p in PROVINCES) and len(name) <= 6:
        return "place + brand"
    return "short brand"


def gold_sets() -> dict[str, list[dict]]:
    gold = SHARED / "gold"
    sets = {
        "news-train": _jsonl(gold / "news-train.jsonl"),
        "seeds": _jsonl(gold / "seeds.jsonl"),
    }
    for name, path in (
        ("zone-study", DATA / "zone_news" / "gold.jsonl"),
        ("economy-study", DATA / "economy_news" / "gold.jsonl"),
    ):
        sets[name] = [d for d in _jsonl(path) if d["meta"]["half"] == "study"]
    return sets


def frames() -> list[dict]:
    """One frame per gold COMPANY span of the study material whose sentence
    is 8 to 160 characters long."""
    out = []
    for set_name, docs in gold_sets().items():
        for d in docs:
            text = d["text"]
            for s in d["spans"]:
                if s["label"] != "COMPANY":
                    continue
                a = max((m.end() for m in SENTENCE_END.finditer(text, 0, s["start"])), default=0)
                m = SENTENCE_END.search(text, s["end"])
                b = m.end() if m else len(text)
                sent = text[a:b].strip()
                name = text[s["start"] : s["end"]]
                before = text[a : s["start"]].lstrip()
                after = text[s["end"] : b].rstrip()
                if not 8 <= len(sent) <= 160 or "\n" in name:
                    continue
                out.append(
                    {
                        "set": set_name,
                        "name": name,
                        "before": before,
                        "after": after,
                        "kind": frame_kind(before, after),
                    }
                )
    return out


def company_pool() -> dict[str, set[str]]:
    """Gold company names by source."""
    pool: dict[str, set[str]] = defaultdict(set)
    for row in _jsonl(SHARED / "data" / "cluener" / "train.jsonl"):
        for name in row.get("label", {}).get("company", {}):
            if 2 <= len(name) <= 20 and not ODD_NAME.search(name):
                pool["cluener-train"].add(name)
    for set_name, docs in gold_sets().items():
        for d in docs:
            for s in d["spans"]:
                x = d["text"][s["start"] : s["end"]]
                if s["label"] == "COMPANY" and "\n" not in x and len(x) <= 25:
                    pool[set_name].add(x)
    return pool


def other_pool() -> dict[str, list[str]]:
    """Words that are no firm, by kind."""
    import jieba

    pool: dict[str, set[str]] = defaultdict(set)
    companies = set().union(*company_pool().values())
    for row in _jsonl(SHARED / "data" / "cluener" / "train.jsonl"):
        for label, kind in (
            ("address", "place"),
            ("government", "public body"),
            ("scene", "scene"),
            ("book", "product"),
            ("game", "product"),
        ):
            for name in row.get("label", {}).get(label, {}):
                if 2 <= len(name) <= 12 and name not in companies:
                    pool[kind].add(name)
    for docs in gold_sets().values():
        for d in docs:
            for s in d["spans"]:
                x = d["text"][s["start"] : s["end"]]
                if s["label"] == "POLICY" and "\n" not in x and len(x) <= 14:
                    pool["policy"].add(x)
    dict_path = Path(jieba.__file__).parent / "dict.txt"
    for line in dict_path.read_text("utf-8").splitlines():
        word, freq, pos = line.split(" ")
        if not 2 <= len(word) <= 6 or int(freq) < 50 or word in companies:
            continue
        kind = {"ns": "jieba ns", "n": "jieba n", "vn": "jieba vn"}.get(pos)
        if kind:
            pool[kind].add(word)
    return {k: sorted(v) for k, v in pool.items()}


def _fill(f: dict, word: str) -> tuple[str, int, int]:
    start = len(f["before"])
    return f["before"] + word + f["after"], start, start + len(word)


def run(out_path: str, per: int, rules: bool) -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    prod = default_ensemble() if rules else default_suggester()
    rng = random.Random(16)
    pool = company_pool()
    others = other_pool()
    by_len: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for kind, words in others.items():
        for w in words:
            by_len[len(w)].append((kind, w))
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for i, f in enumerate(frames()):
            names = sorted(
                set().union(*(v for k, v in pool.items() if k != f["set"])) - {f["name"]}
            )
            by_shape: dict[str, list[str]] = defaultdict(list)
            for x in names:
                by_shape[name_shape(x)].append(x)
            shapes = sorted(by_shape)
            picks = [rng.choice(by_shape[shapes[j % len(shapes)]]) for j in range(per)]
            length = min(max(len(f["name"]), 2), 8)
            cands = by_len.get(length) or by_len[4]
            fakes = [rng.choice(cands) for _ in range(per // 2)]
            for role, word, wkind in [("name", x, name_shape(x)) for x in picks] + [
                ("other", w, k) for k, w in fakes
            ]:
                text, s, e = _fill(f, word)
                spans = [(x.start, x.end) for x in prod.suggest(text) if x.label == "COMPANY"]
                exact = (s, e) in spans
                over = [x for x in spans if x[0] < e and s < x[1]]
                row = {
                    "frame": i,
                    "set": f["set"],
                    "kind": f["kind"],
                    "role": role,
                    "word": word,
                    "wkind": wkind,
                    "exact": exact,
                    "over": [text[a:b] for a, b in over],
                    "text": text,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} filled sentences", file=sys.stderr)
    return 0


def report(path: str, show: str | None) -> int:
    rows = _jsonl(Path(path))
    names = [r for r in rows if r["role"] == "name"]
    others = [r for r in rows if r["role"] == "other"]
    found = sum(r["exact"] for r in names)
    false = sum(bool(r["over"]) for r in others)
    print(f"names: {found}/{len(names)} found exactly ({found / len(names):.3f})")
    print(f"other words: {false}/{len(others)} taken (in part) for a firm")
    for key, title in (("kind", "frame kind"), ("wkind", "name shape"), ("set", "frame's set")):
        print(f"\nrecall by {title}:")
        tot, hit = Counter(r[key] for r in names), Counter(r[key] for r in names if r["exact"])
        for k, c in tot.most_common():
            print(f"  {k:18s} {hit[k]:5d}/{c:<5d} {hit[k] / c:.3f}")
    for key, title in (("kind", "frame kind"), ("wkind", "filler kind")):
        print(f"\nfalse names by {title}:")
        tot, hit = Counter(r[key] for r in others), Counter(r[key] for r in others if r["over"])
        for k, c in tot.most_common():
            print(f"  {k:18s} {hit[k]:5d}/{c:<5d} {hit[k] / c:.3f}")
    print("\nfillers most often taken for a firm:")
    for w, c in Counter(r["word"] for r in others if r["over"]).most_common(25):
        print(f"  {c:3d} {w}")
    if show:
        role, _, kind = show.partition(":")
        for r in rows:
            if r["role"] != role or kind not in (r["kind"], r["wkind"]):
                continue
            if (role == "name" and not r["exact"]) or (role == "other" and r["over"]):
                print(f"{r['word']} -> {r['over']}\t{r['text']}")
    return 0


def diff(base_path: str, new_path: str) -> int:
    base, new = _jsonl(Path(base_path)), _jsonl(Path(new_path))
    assert len(base) == len(new)
    counts: Counter = Counter()
    for b, n in zip(base, new, strict=True):
        assert b["word"] == n["word"] and b["text"] == n["text"]
        if (b["exact"], b["over"]) == (n["exact"], n["over"]):
            continue
        if b["role"] == "name":
            what = "found" if n["exact"] and not b["exact"] else "lost" if b["exact"] else "moved"
        else:
            what = "false+" if n["over"] and not b["over"] else "false-" if b["over"] else "moved"
        counts[b["role"], what] += 1
        print(f"{b['role']}\t{what}\t{b['word']}\t{b['over']} -> {n['over']}\t{n['text']}")
    for k, c in sorted(counts.items()):
        print(f"# {k[0]} {k[1]}: {c}")
    return 0


def cli(run, report, diff, show_help: str = "name:KIND or other:KIND") -> int:
    """The command line of a frames benchmark: ``run``, ``report`` and
    ``diff``, given each one's function (policy_frames.py has its own first two)."""
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run")
    p.add_argument("out")
    p.add_argument("--per", type=int, default=8)
    p.add_argument("--rules", action="store_true", help="the rules alone, before the scorer")
    p = sub.add_parser("report")
    p.add_argument("path")
    p.add_argument("--show", help=show_help)
    p = sub.add_parser("diff")
    p.add_argument("base")
    p.add_argument("new")
    args = parser.parse_args()
    if args.cmd == "run":
        return run(args.out, args.per, args.rules)
    if args.cmd == "report":
        return report(args.path, args.show)
    return diff(args.base, args.new)


def main() -> int:
    return cli(run, report, diff)


if __name__ == "__main__":
    raise SystemExit(main())
