"""POLICY names in frames of news (a scratch script of the seventeenth
POLICY round, `pol17`, on the model of `company_frames.py`; not collected by
pytest):

    .venv/bin/python tests/benchmarks/policy_frames.py run OUT.jsonl [--per N] [--rules]
    .venv/bin/python tests/benchmarks/policy_frames.py report OUT.jsonl [--show ROLE:KIND]
    .venv/bin/python tests/benchmarks/policy_frames.py diff BASE.jsonl NEW.jsonl

A *frame* is a sentence of the study material (the study halves of the work
reports, zone news and economy news, news-train, the seeds) of 8 to 200
characters holding a gold POLICY name, the name replaced by a slot. Each
frame is filled with policy names of other sources (the gold POLICY of every
other study set, CLUENER's even policy half among them; CLUENER's book
titles that are laws, rules, plans or notices), N per frame drawn so that
every shape of name comes up, and the full suggestion path
(``default_suggester``, what ``biaozhu suggest`` gives with no project) runs
on each filled sentence. A name is *found* when a POLICY span is exactly the
slot.

The precision probe fills the same frames, N/2 each, with words of the
frame's own name's length that the guideline calls no policy: quoted words
the study gold leaves unmarked, titles of works (CLUENER's books that are no
law or plan, games, films), names of projects the gold leaves unmarked
(…项目), a firm's plan (a gold firm and its strategy or plan), places,
public bodies and generic activities (jieba's verbal nouns). A *false name*
is a POLICY span that overlaps the slot.

``report`` prints recall per frame kind (what precedes the slot, what
follows it), per name shape and per set, and the false names per frame
kind and per filler kind. ``diff`` (``company_frames.diff``) lists every
filled sentence whose slot outcome differs between two runs (two trees: run
each from its own copy with its own code first on ``PYTHONPATH``).

Only the study material; never a check half, never news-dev.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from company_frames import (  # noqa: E402
    PROVINCES,
    SENTENCE_END,
    SHARED,
    _fill,
    _jsonl,
    cli,
    company_pool,
    diff,
)
from policy_study import study_sets  # noqa: E402

FRAME_SETS = ("work-study", "zone-study", "economy-study", "news-train", "seeds")
HEADS = "规划|改革|模式|机制|计划|行动|试点|工程|政策|战略|方案|制度|条例|办法|意见|工作|建设"
LEVEL = "|".join(PROVINCES) + r"|[省市区县州]|国务院|[省市区县]委|[省市区县]政府|党中央|中央"

BEFORE_KINDS: list[tuple[str, str]] = [
    ("实施", r"实施(了|好)?$"),
    ("落实", r"落实(了|好)?$"),
    ("贯彻", r"贯彻(落实)?$"),
    ("出台/印发/制定", r"(出台|印发|发布|制定|编制|颁布|修订|出炉|公布|下发|起草)(了)?$"),
    ("根据/按照", r"(根据|按照|依据|依照|遵照|对照|依托|借助)$"),
    ("围绕/共建/融入", r"(围绕|共建|融入|服务|对接|抢抓|把握|聚焦|紧扣|搭乘)$"),
    ("完善/健全/建立", r"(完善|健全|建立|用好|构建)$"),
    (
        "推进/开展/推广",
        r"(推进|推动|开展|启动|实行|推行|执行|深化|打造|建设|推出|探索|创新|推广|推开|坚持|扩大)(了)?$",
    ),
    ("纳入/入选/获批", r"(纳入|列入|入选|获批|申报|获评|成为|作为|入围)$"),
    ("place/level", rf"({LEVEL})$"),
    ("list", r"[、和及与]$"),
    ("的", r"的$"),
    ("clause start", r"(^|[，,：:\s（(；])$"),
]
AFTER_KINDS: list[tuple[str, str]] = [
    ("要求/精神", r"^(的)?(要求|精神|部署|规定|目标|任务)"),
    ("提出/明确", r"^(中)?(提出|明确|指出|强调)"),
    ("以来", r"^(实施|出台|发布|印发|提出)?以来"),
    ("实施/出台…", r"^(的)?(实施|出台|印发|发布|落地|实行|推出|施行|颁布)"),
    ("等", r"^等"),
    ("list", r"^[、和及与]"),
    ("head or work", rf"^({HEADS})"),
    ("中/下/里", r"^(中|里|下|上|内)"),
    ("的", r"^的"),
    ("clause end", r"^($|[，。；：,）)！？])"),
]
TITLE_POLICY = re.compile(r"^《.{3,}(法|条例|规划|方案|意见|通知|办法|规定|纲要|决定|政策|计划)》$")


def _kind(text: str, kinds: list[tuple[str, str]]) -> str:
    return next((k for k, rx in kinds if re.search(rx, text)), "other")


def name_shape(name: str) -> str:
    if name.startswith("《"):
        return "《title》"
    if re.fullmatch(r"“[^”]*\d[^”]*”.*", name):
        return "numbered “1+N”"
    if re.fullmatch(r"“[^”]+”", name):
        return "bare quote"
    if re.fullmatch(r"“[^”]+”[^“”]+", name):
        return "quote + head"
    if "“" in name:
        return "quote inside"
    if re.search(r"(法|条例|办法|规定|意见|通知|纲要|决定)$", name):
        return "bare law/rule"
    if re.search(r"(规划|方案|计划|政策)$", name):
        return "bare plan/policy"
    if re.search(r"(行动|工程|战略|试点|改革|机制|模式|制度|专项)$", name):
        return "bare programme"
    return "other bare"


def frames() -> list[dict]:
    """One frame per gold POLICY span of the frame sets whose sentence is 8
    to 200 characters long."""
    out = []
    for set_name, docs in study_sets().items():
        if set_name not in FRAME_SETS:
            continue
        for d in docs:
            text = d["text"]
            for s in d["spans"]:
                if s["label"] != "POLICY":
                    continue
                a = max((m.end() for m in SENTENCE_END.finditer(text, 0, s["start"])), default=0)
                m = SENTENCE_END.search(text, s["end"])
                b = m.end() if m else len(text)
                name = text[s["start"] : s["end"]]
                before, after = text[a : s["start"]].lstrip(), text[s["end"] : b].rstrip()
                if not 8 <= len(text[a:b].strip()) <= 200 or "\n" in name:
                    continue
                out.append(
                    {
                        "set": set_name,
                        "name": name,
                        "before": before,
                        "after": after,
                        "kind": _kind(before[-8:], BEFORE_KINDS),
                        "akind": _kind(after[:8], AFTER_KINDS),
                    }
                )
    return out


def _gold_spans(label: str) -> dict[str, list[tuple[str, int, int]]]:
    """(text, start, end) of the gold spans of one label, by study set."""
    out: dict[str, list] = defaultdict(list)
    for set_name, docs in study_sets().items():
        for d in docs:
            for s in d["spans"]:
                if s["label"] == label:
                    out[set_name].append((d["text"], s["start"], s["end"]))
    return out


def policy_pool() -> dict[str, set[str]]:
    """Policy names by source: the gold of each study set, CLUENER's titles."""
    pool: dict[str, set[str]] = defaultdict(set)
    for set_name, spans in _gold_spans("POLICY").items():
        for text, a, b in spans:
            if "\n" not in text[a:b] and 2 <= b - a <= 30:
                pool[set_name].add(text[a:b])
    for row in _jsonl(SHARED / "data" / "cluener" / "train.jsonl"):
        for name in row.get("label", {}).get("book", {}):
            if TITLE_POLICY.match(name) and len(name) <= 30:
                pool["cluener-title"].add(name)
    return pool


def _unmarked(text: str, a: int, b: int, marked: list[tuple[int, int]]) -> bool:
    return not any(x < b and a < y for x, y in marked)


def other_pool() -> dict[str, list[str]]:
    """Words that are no policy by the guideline, by kind."""
    import jieba

    policies = set().union(*policy_pool().values())
    pool: dict[str, set[str]] = defaultdict(set)
    for set_name, docs in study_sets().items():
        if set_name == "cluener-even":
            continue
        for d in docs:
            text = d["text"]
            marked = [(s["start"], s["end"]) for s in d["spans"]]
            for m in re.finditer(r"“[^“”\n]{2,10}”", text):
                if _unmarked(text, m.start(), m.end(), marked):
                    pool["quote, no policy"].add(m.group())
            for m in re.finditer(
                r"(?<=[，、。；：“”（）个的\d])[^个等万亿的元多家批大\W\d][\u4e00-\u9fff]{1,11}项目",
                text,
            ):
                if _unmarked(text, m.start(), m.end(), marked):
                    pool["project"].add(m.group())
    rows = _jsonl(SHARED / "data" / "cluener" / "train.jsonl")
    for row in rows:
        for label, kind in (
            ("book", "work title"),
            ("game", "work title"),
            ("movie", "work title"),
            ("address", "place"),
            ("government", "public body"),
        ):
            for name in row.get("label", {}).get(label, {}):
                if kind == "work title" and (TITLE_POLICY.match(name) or "《" not in name):
                    continue
                if 2 <= len(name) <= 14 and not re.search(r"[A-Za-z]", name):
                    pool[kind].add(name)
    plans = ("发展战略", "三年行动计划", "扩产计划", "国际化战略", "数字化转型方案", "“双百”计划")
    firms = sorted(set().union(*company_pool().values()))
    rng = random.Random(17)
    for firm in rng.sample([f for f in firms if len(f) <= 6], 400):
        pool["firm's plan"].add(firm + rng.choice(plans))
    dict_path = Path(jieba.__file__).parent / "dict.txt"
    for line in dict_path.read_text("utf-8").splitlines():
        word, freq, pos = line.split(" ")
        if pos == "vn" and 2 <= len(word) <= 6 and int(freq) >= 50:
            pool["activity"].add(word)
    return {k: sorted(v - policies) for k, v in pool.items()}


def _glues(word: str, f: dict) -> bool:
    """A filler that would join the frame's next word (a quote before a head
    noun, a title's mark): its own name would then be longer."""
    return bool(re.match(rf"^({HEADS})", f["after"])) and word.endswith("”")


def _picks(f: dict, by_shape: dict[str, list[str]], per: int, rng: random.Random) -> list[str]:
    """per names, the shapes taken in turn from where the last frame left."""
    shapes = sorted(by_shape)
    out: list[str] = []
    for _ in range(per * 3):
        word = rng.choice(by_shape[shapes[(f["i"] * per + len(out)) % len(shapes)]])
        if word != f["name"] and not _glues(word, f):
            out.append(word)
        if len(out) == per:
            break
    return out


def run(out_path: str, per: int, rules: bool) -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    prod = default_ensemble() if rules else default_suggester()
    rng = random.Random(17)
    pool = policy_pool()
    by_len: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for kind, words in other_pool().items():
        for w in words:
            by_len[len(w)].append((kind, w))
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for i, f in enumerate(frames()):
            f["i"] = i
            by_shape: dict[str, list[str]] = defaultdict(list)
            for x in sorted(set().union(*(v for k, v in pool.items() if k != f["set"]))):
                by_shape[name_shape(x)].append(x)
            length = min(max(len(f["name"]), 2), 14)
            cands = [c for c in by_len.get(length) or by_len[6] if not _glues(c[1], f)]
            fakes = [rng.choice(cands) for _ in range(per // 2)]
            fills = [("name", x, name_shape(x)) for x in _picks(f, by_shape, per, rng)]
            for role, word, wkind in fills + [("other", w, k) for k, w in fakes]:
                text, s, e = _fill(f, word)
                spans = [(x.start, x.end) for x in prod.suggest(text) if x.label == "POLICY"]
                row = {
                    "frame": i,
                    "set": f["set"],
                    "kind": f["kind"],
                    "akind": f["akind"],
                    "role": role,
                    "word": word,
                    "wkind": wkind,
                    "exact": (s, e) in spans,
                    "over": [text[a:b] for a, b in spans if a < e and s < b],
                    "text": text,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} filled sentences", file=sys.stderr)
    return 0


def _table(rows: list[dict], key: str, hit: str) -> None:
    tot = Counter(r[key] for r in rows)
    got = Counter(r[key] for r in rows if r[hit])
    for k, c in tot.most_common():
        print(f"  {k:18s} {got[k]:5d}/{c:<5d} {got[k] / c:.3f}")


def report(path: str, show: str | None) -> int:
    rows = _jsonl(Path(path))
    names = [r for r in rows if r["role"] == "name"]
    others = [r for r in rows if r["role"] == "other"]
    found = sum(r["exact"] for r in names)
    false = sum(bool(r["over"]) for r in others)
    print(f"names: {found}/{len(names)} found exactly ({found / len(names):.3f})")
    print(f"other words: {false}/{len(others)} taken (in part) for a policy")
    for key, title in (
        ("kind", "what precedes"),
        ("akind", "what follows"),
        ("wkind", "name shape"),
        ("set", "frame's set"),
    ):
        print(f"\nrecall by {title}:")
        _table(names, key, "exact")
    for key, title in (("kind", "what precedes"), ("akind", "what follows"), ("wkind", "filler")):
        print(f"\nfalse names by {title}:")
        _table(others, key, "over")
    print("\nfillers most often taken for a policy:")
    for w, c in Counter(r["word"] for r in others if r["over"]).most_common(25):
        print(f"  {c:3d} {w}")
    if show:
        role, _, kind = show.partition(":")
        for r in rows:
            if r["role"] != role or kind not in (r["kind"], r["akind"], r["wkind"], r["set"]):
                continue
            if (role == "name" and not r["exact"]) or (role == "other" and r["over"]):
                print(f"{r['word']} -> {r['over']}\t{r['text']}")
    return 0


def main() -> int:
    return cli(run, report, diff, "name:KIND or other:KIND (a frame kind, shape or set)")


if __name__ == "__main__":
    raise SystemExit(main())
