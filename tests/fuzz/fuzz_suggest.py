"""Coverage-guided fuzzing of the suggesters (a plain script, not collected by
pytest; needs ``pip install atheris``):

    .venv/bin/python tests/fuzz/fuzz_suggest.py -max_total_time=600 [CORPUS_DIR]
    .venv/bin/python tests/fuzz/fuzz_suggest.py --project -max_total_time=600
    .venv/bin/python tests/fuzz/fuzz_suggest.py --replay FILE...   (one input, no atheris)
    .venv/bin/python tests/fuzz/fuzz_suggest.py [--project] --random SECONDS FOUND_DIR [SEED]
                                                 (random recipes, uninstrumented)

Each input is read as a recipe for a text (``build_text``): pieces of the
shared articles and news-train texts cut at random points, spliced with the
characters and words the rules turn on (digits, Chinese numerals, units,
quotes, brackets, company suffixes, policy heads, white space, traditional
and astral characters) and long runs of one of them. The text goes to the
bundled suggester the CLI and the window use (``default_suggester``), to the
rules' ensemble and to each rule suggester alone (``--project``: a project's
trained suggester instead). A crash, a suggestion outside the text or not its
text, overlapping suggestions, or a text taking more than ``SLOW`` seconds is
reported as a failure, with the input saved by libFuzzer (crash-*)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

SLOW = float(os.environ.get("FUZZ_SLOW", "2.0"))

PIECES = [
    *"0123456789",
    *"０１２３４５６７８９",
    ".",
    ",",
    "，",
    "。",
    "；",
    "：",
    ":",
    "-",
    "—",
    "~",
    "～",
    "至",
    "/",
    "+",
    "±",
    "%",
    "％",
    "‰",
    "亿元",
    "万元",
    "元",
    "亿",
    "万",
    "千",
    "百",
    "美元",
    "港元",
    "人民币",
    "个百分点",
    "百分点",
    "元/公斤",
    "元/吨",
    "吨",
    "千瓦时",
    "平方米",
    "辆",
    "家",
    "户",
    "倍",
    *"一二三四五六七八九十百千万亿零两〇壹贰叁拾佰仟",
    "约",
    "近",
    "超",
    "逾",
    "余",
    "多",
    "左右",
    "以上",
    "同比增长",
    "同比下降",
    "环比",
    "增长",
    "下降",
    "营收",
    "营业收入",
    "净利润",
    "利润",
    "GDP",
    "CPI",
    "产值",
    "投资",
    "“",
    "”",
    "「",
    "」",
    "『",
    "』",
    "《",
    "》",
    "〈",
    "〉",
    "‘",
    "’",
    '"',
    "'",
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    "[",
    "]",
    "、",
    "·",
    "•",
    "有限公司",
    "股份有限公司",
    "有限责任公司",
    "集团",
    "银行",
    "公司",
    "控股",
    "科技",
    "股份",
    "证券",
    "保险",
    "（集团）",
    "(中国)",
    "Co., Ltd.",
    "Inc.",
    "Group",
    "行动计划",
    "战略",
    "条例",
    "办法",
    "规划",
    "意见",
    "通知",
    "法",
    "十四五",
    "纲要",
    "方案",
    "政策",
    "工程",
    "试点",
    "改革",
    "实施意见",
    "若干措施",
    "工作报告",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\t",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "億",
    "萬",
    "營收",
    "銀行",
    "集團",
    "計劃",
    "發展",
    "經濟",
    "增長",
    "公司",
    "與",
    "為",
    "😀",
    "𠀀",
    "𝟘",
    "🇨🇳",
    "\u0301",
    "\u202e",
    "\x00",
    "\x1f",
    "\ufffd",
    "2024年",
    "第一季度",
    "上半年",
    "1-9月",
    "前三季度",
    "全年",
    "今年",
    "去年",
    "上海",
    "北京",
    "中国",
    "深圳",
    "抚州",
    "比亚迪",
    "华为",
    "宁德时代",
    "国务院",
    "工信部",
    "发布",
    "印发",
    "实施",
    "实现",
    "达到",
    "为",
    "和",
    "及",
    "与",
    "等",
    "的",
    "在",
    "A",
    "B",
    "Z",
    "a",
    "x",
    "e",
    "E",
    "ABC",
]


def shared_texts() -> list[str]:
    """The corpus articles and news-train texts (never news-dev)."""
    out = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    for name in ("seeds.jsonl", "news-train.jsonl"):
        with (SHARED / "gold" / name).open(encoding="utf-8") as lines:
            out.extend(json.loads(line)["text"] for line in lines if line.strip())
    return out


def build_text(data: bytes, texts: list[str]) -> str:
    """A text made from ``data``: each step a piece, a cut of a shared text,
    a run of one piece, or a code point of the data's own."""
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    parts: list[str] = []
    n = len(PIECES)
    while fdp.remaining_bytes() > 0 and len(parts) < 400:
        op = fdp.ConsumeIntInRange(0, n + 3)
        if op < n:
            parts.append(PIECES[op])
        elif op == n:  # a cut of a shared text at random points
            text = texts[fdp.ConsumeIntInRange(0, len(texts) - 1)]
            start = fdp.ConsumeIntInRange(0, len(text) - 1)
            parts.append(text[start : start + fdp.ConsumeIntInRange(1, 200)])
        elif op == n + 1:  # a long run of one piece (backtracking)
            piece = PIECES[fdp.ConsumeIntInRange(0, n - 1)]
            parts.append(piece * fdp.ConsumeIntInRange(2, 3000 // max(1, len(piece))))
        elif op == n + 2:  # a piece repeated with another between (alternations)
            a = PIECES[fdp.ConsumeIntInRange(0, n - 1)]
            b = PIECES[fdp.ConsumeIntInRange(0, n - 1)]
            parts.append((a + b) * fdp.ConsumeIntInRange(2, 800))
        else:
            c = fdp.ConsumeIntInRange(0, 0x10FFFF)
            if not 0xD800 <= c <= 0xDFFF:  # a lone surrogate is no text a file gives
                parts.append(chr(c))
    return "".join(parts)


def check(text: str, suggestions, who: str, *, overlaps: bool) -> None:
    """The suggestions are spans of ``text``, with its characters, and (when
    shown) overlap no other."""
    for s in suggestions:
        if not (0 <= s.start < s.end <= len(text)):
            raise AssertionError(f"{who}: span {s.start}:{s.end} outside text of {len(text)}")
        if text[s.start : s.end] != s.text:
            raise AssertionError(f"{who}: {s.start}:{s.end} text {s.text!r} is not the text's")
    if not overlaps:
        ordered = sorted(suggestions, key=lambda s: (s.start, s.end))
        for a, b in zip(ordered, ordered[1:], strict=False):
            if b.start < a.end:
                raise AssertionError(f"{who}: {a.start}:{a.end} overlaps {b.start}:{b.end}")


def make_targets(project: bool):
    """(name, suggester, overlaps allowed) of everything fuzzed."""
    from models.suggest.engine import default_ensemble, default_suggesters
    from models.suggest.pipeline import default_suggester

    if project:
        from bench_learn_speed import trained_project

        from models.suggest.project import project_ensemble

        tmp = tempfile.mkdtemp(prefix="fuzz3-")
        p = trained_project(Path(tmp) / "fuzz.biaozhu")
        try:
            return [("project", project_ensemble(p), False)]
        finally:
            p.close()
    targets = [("model", default_suggester(), False), ("rules", default_ensemble(), False)]
    targets += [(s.name, s, True) for s in default_suggesters()]
    return targets


def run_one(text: str, targets) -> None:
    for name, suggester, overlaps in targets:
        began = time.perf_counter()
        out = suggester.suggest(text)
        took = time.perf_counter() - began
        check(text, out, name, overlaps=overlaps)
        if took > SLOW:
            raise AssertionError(f"{name}: {took:.2f}s for {len(text)} characters")


def run_random(seconds: float, found: Path, targets, seed: int = 0) -> None:
    """Random recipes (no coverage guidance, no instrumentation: many more
    texts a second) for ``seconds``; each failing recipe saved in ``found``
    (replay it with --replay), failures counted by where they were raised."""
    import random

    from failures import Failures  # beside this script

    rng = random.Random(seed)
    texts = shared_texts()
    found.mkdir(parents=True, exist_ok=True)
    end = time.monotonic() + seconds
    n = chars = 0
    failures = Failures(found)
    while time.monotonic() < end:
        data = rng.randbytes(rng.choice([8, 32, 128, 600]))
        text = build_text(data, texts)
        n += 1
        chars += len(text)
        try:
            run_one(text, targets)
        except Exception as exc:  # every kind of failure is what is looked for
            failures.record(exc, data)
    print(f"{n} texts ({chars:,} characters) in {seconds:.0f}s; failures: {failures.kinds}")


def main() -> None:
    args = sys.argv[1:]
    project = "--project" in args
    args = [a for a in args if a != "--project"]
    if args and args[0] == "--random":
        seed = int(args[3]) if len(args) > 3 else 0
        run_random(float(args[1]), Path(args[2]), make_targets(project), seed)
        return
    if args and args[0] == "--replay":
        texts = shared_texts()
        targets = make_targets(project)
        for path in args[1:]:
            text = build_text(Path(path).read_bytes(), texts)
            print(path, len(text), repr(text[:300]))
            run_one(text, targets)
        return
    import atheris

    with atheris.instrument_imports(include=["models"]):
        import models.learn.span_features  # noqa: F401
        import models.suggest.company  # noqa: F401
        import models.suggest.metric  # noqa: F401
        import models.suggest.pipeline  # noqa: F401
        import models.suggest.policy  # noqa: F401
        import models.suggest.segment  # noqa: F401
    texts = shared_texts()
    targets = make_targets(project)

    def one_input(data: bytes) -> None:
        run_one(build_text(data, texts), targets)

    atheris.Setup([sys.argv[0], *args], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
