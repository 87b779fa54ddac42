"""COMPANY where only the context says "firm": the slots of zone and project news.

Zone bulletins name the firms they sign with and settle by their short or
foreign names, with no legal form and often no business word:
``与罗克韦尔签署合作协议``, ``随着维信诺入驻``, ``宗申正式签约落户高新区``,
``华泓项目落户经开区``. The name's own shape says nothing there; the frame
does. Each frame here bounds a *slot* on both sides, at jieba's word
boundaries:

- ``签约 …`` and ``与/同 … 签约/签署/签订/合作/联手/携手`` (also after a place,
  an adverb or 的: ``与X在武汉签署``, ``与X的全面合作``): the slot starts after
  the cue and ends where a clause, a list or what the firm does next begins;
- ``… 落户/入驻/进驻`` (``…项目落户``, ``…正式签约落户``) and a clause's subject
  before ``签订/签署``: the slot ends before the cue (and its adverbs, and a
  project's word) and starts after the last mark or grammar word before it.

A slot becomes a candidate only when it holds a name's material (a known
name, a rare word or single characters jieba makes no word of, a proper
noun, a Latin brand) and no grammar, frequent or common word, kind of
thing, body (…局, …委, 政府, 园区), site, facility, place alone, sector or
product: 签约仪式, 与高校合作, 项目落户园区 give none. Nothing is proposed
where another company rule already proposes a span over the slot. The
candidate names its cue's kind as its rule (``cue-sign``, ``cue-partner``,
``cue-settle``), a feature the shipped scorer has no weight for: the rest
of what it knows (the source, the words around, the shipped sequence
model's opinion) decides.

Not 引进/引入/招引 …: what a zone brings in is as often a technology, a
variety or a team with a rare name, and the shipped scorer took those for
firms (EXPERIMENTS.md, branch ``comp17``)."""

from __future__ import annotations

import re

import models.suggest.company as h
from models.suggest.lexicon import words
from models.suggest.segment import Analysis, Candidate, word_freq, word_tag

# every cue, in one search
_CUES = re.compile("签约(?:落户|入驻|入园|进驻|落地)?|签下|落户|入驻|进驻|签订|签署|[与同]")
# the slot follows the cue (签约X)
SIGN = frozenset(words("签约 签下"))
# 与X签约: the slot between a partner's mark and what the two do
PARTNER_MARKS = frozenset("与同")
PARTNER_ACTS = re.compile("签约|签署|签订|合作|联手|携手|达成|共建|共同")
# what may stand between the partner and what the two do: a place (在武汉),
# an adverb, 的 (与X的全面合作)
PARTNER_BRIDGES = frozenset(words("在 于 的 陆续 正式 成功 再次 共同 还 已 将 又"))
PARTNER_REACH = 12
CLAUSE_BREAK = re.compile("[，,；;。！？!?：:\n]")
# X落户: the slot ends before the cue, its adverbs and a project's word
SETTLE_ADVERBS = frozenset(words("正式 成功 相继 也 已 先后 顺利 率先 均 已经 陆续 还 将 都 同步"))
# X签订/X签署: the slot is the clause's subject, at its start
SUBJECT_CUES = frozenset(words("签订 签署"))
DATE_CHARS = frozenset("年月日号")
PROJECT_WORDS = frozenset(words("项目"))
# what may follow a slot opened by a left cue: a mark, a list's next member
# or its close, what the firm does next
AFTER_SLOT = re.compile(
    "[，,；;。！？!?：:、\n）)]|等|和|及|落户|入驻|落地|参与|投资|在|于|签约|合作|项目"
)
MAX_SLOT = 10  # characters
MAX_WORDS = 5
BODY_WORDS = ("政府", "园区", "大学", "高校", "学院", "医院", "银行业", "中心", "开发区", "管委会")
# a site, a street or a settlement, not a firm: 西岗村, 罗斯小镇, 纪念堂,
# 私家园林, 恩新东路, 旗胜家园, 恒春半岛
SITE_ENDINGS = tuple("村镇乡堂寺庙馆路街巷岛场") + tuple(
    words("街道 园林 公园 广场 景区 度假区 社区 家园 花园 小区 温泉")
)
# a facility or a project settles too, and is no firm: …产业园, …基地,
# …总部, …实验室, …平台, …生产线
FACILITY_ENDINGS = tuple("园") + tuple(
    words("基地 工厂 总部 实验室 平台 生产线 中心 项目 工程 产业 集群 链")
)
# a word this frequent in jieba's dictionary is a phrase's, not a name's
FREQUENT = 1000
# a single character that closes a collective, not one firm (湘企, 楚商, 外商)
COLLECTIVES = frozenset("企商")
# Latin capitals this short, unless a known name (IBM, ABB): of CLUENER
# train's 232 spans of two or three capitals, 49 are companies, 83 bodies
# (organization, government), 76 games
ACRONYM = re.compile("[A-Z]{2,3}")
# a slot of one dictionary word this frequent is a word, not a name (外军)
COMMON_SLOT = 50
# what stands before a slot that ends at a settling cue: a mark, a list's
# joint, or the text's start (a grammar word is tested apart)
BEFORE_SLOT = frozenset(h.CLAUSE_END | set("、") | set(h.LIST_SEPARATORS))
KIND_WORDS = frozenset(words("企业 公司 集团 客商 单位 机构 团队 人才 项目 资金 外资 品牌"))


def context_slots(a: Analysis, r: h._Resources, taken: list[Candidate]) -> list[Candidate]:
    """The slots of the text's frames that read as a firm's name, where no
    other rule's candidate lies (``taken``)."""
    t = a.text
    out: list[Candidate] = []
    for s, e, kind in _slots(a, t):
        if any(c.start < e and s < c.end for c in taken):
            continue
        if _reads_as_firm(a, r, s, e):
            out.append(Candidate(s, e, 0.5, kind))
    return out


def _slots(a: Analysis, t: str) -> list[tuple[int, int, str]]:
    """Every frame's slot in the text, with its cue's kind."""
    found: list[tuple[int, int, str]] = []
    for m in _CUES.finditer(t):
        cue = m.group()
        if not (a.is_start(m.start()) and a.is_start(m.end())):
            continue  # the cue's characters inside another word (签约仪式 is fine: 签约|仪式)
        if cue in SIGN:
            end = _slot_end(a, t, m.end())
            if end is not None:
                found.append((m.end(), end, "cue-sign"))
        elif cue in PARTNER_MARKS:
            end = _partner_end(a, t, m.end())
            if end is not None:
                found.append((m.end(), end, "cue-partner"))
        else:
            start, end = _settled_slot(a, t, m.start())
            subject = cue not in SUBJECT_CUES or start is None or _opens_clause(a, t, start)
            if start is not None and subject:
                found.append((start, end, "cue-sign" if cue in SUBJECT_CUES else "cue-settle"))
    return found


def _slot_end(a: Analysis, t: str, start: int) -> int | None:
    """Where a slot opened at ``start`` ends: the first word boundary, within
    MAX_SLOT characters and MAX_WORDS words, that what follows a slot
    starts at; None if none does."""
    return _slot_until(a, t, start, lambda pos: pos >= len(t) or bool(AFTER_SLOT.match(t, pos)))


def _partner_end(a: Analysis, t: str, start: int) -> int | None:
    """The end of a partner's slot (与X签约, 与X在武汉签署…, 与X的全面合作): a
    word boundary where what the two do follows, at once or after a place
    (在…), an adverb or 的, within the clause."""
    return _slot_until(a, t, start, lambda pos: _partners_act(a, t, pos))


def _slot_until(a: Analysis, t: str, start: int, ends) -> int | None:
    """The first boundary of the slot's words, within MAX_SLOT characters and
    MAX_WORDS words, where ``ends`` holds; None if a word on the way may not
    stand in a slot, or none does."""
    pos = start
    for _ in range(MAX_WORDS):
        if pos >= len(t) or pos - start > MAX_SLOT:
            return None
        s, e = a.token(pos)
        if not _slot_word(t[s:e]):
            return None
        pos = e
        if pos - start <= MAX_SLOT and ends(pos):
            return pos
    return None


def _partners_act(a: Analysis, t: str, pos: int) -> bool:
    """Whether what two partners do follows ``pos`` in its clause."""
    if PARTNER_ACTS.match(t, pos):
        return True
    word = a.word_at(pos) if pos < len(t) else ""
    if word not in PARTNER_BRIDGES:
        return False
    clause = CLAUSE_BREAK.search(t, pos, pos + PARTNER_REACH)
    stop = clause.start() if clause else min(len(t), pos + PARTNER_REACH)
    return PARTNER_ACTS.search(t, pos + len(word), stop) is not None


def _settled_slot(a: Analysis, t: str, cue: int) -> tuple[int | None, int]:
    """The slot before a settling cue (X落户, X项目正式入驻): it ends before the
    cue's adverbs and a project's word, and starts after the last mark or
    grammar word before it."""
    end = cue
    for _ in range(3):
        if end <= 0:
            return None, end
        s, _e = a.token(end - 1)
        word = t[s:end]
        if word in SETTLE_ADVERBS or word in PROJECT_WORDS:
            end = s
        else:
            break
    start = end
    while start > 0 and end - start < MAX_SLOT:
        s, _e = a.token(start - 1)
        if not _slot_word(t[s:start]) or _grammar_word(t[s:start]) or _date_end(t, s, start):
            break
        start = s
    if start == end or end - start > MAX_SLOT:
        return None, end
    before = a.token(start - 1) if start > 0 else (0, 0)
    if any(ch in h.NUMERALS or ch in h.NUMBER_UNITS for ch in t[before[0] : start]):
        return None, end  # 10万吨|危废项目落户: what a quantity measures, not a firm
    if not (
        start == 0
        or t[start - 1] in BEFORE_SLOT
        or _grammar_word(t[before[0] : start])
        or _date_end(t, *before)
    ):
        return None, end  # 威廉.|希尔: the slot would start inside a name
    return start, end


def _date_end(t: str, s: int, e: int) -> bool:
    """Whether [s, e) is a date's last character after its figure (2021年|)."""
    return e - s == 1 and t[s] in DATE_CHARS and s > 0 and t[s - 1] in h.NUMERALS


def _opens_clause(a: Analysis, t: str, start: int) -> bool:
    """Whether a clause opens at ``start`` (a subject's slot)."""
    return start == 0 or t[start - 1] in h.CLAUSE_END or _date_end(t, *a.token(start - 1))


def _grammar_word(word: str) -> bool:
    """A grammar word, or a single character that is one (并, 已, 被); a
    single character a verb's too often is a brand's as well (达, 能, 安)."""
    if len(word) == 1:
        return word in h.FUNCTION_CHARS
    return h._grammar(word, h.resources())


def _slot_word(word: str) -> bool:
    """A word a slot may hold: Chinese or a Latin brand, no mark, no list's
    or grammar's single character."""
    latin = word.isascii() and word.isalnum() and not word.isdigit()
    if not word or not (h.CJK_WORD.fullmatch(word) or latin):
        return False
    return not (len(word) == 1 and word in h.LIST_FUNCTION)


def _reads_as_firm(a: Analysis, r: h._Resources, s: int, e: int) -> bool:
    """Whether the slot reads as a firm's name: a brand among its words, no
    grammar, common noun nor kind of thing, no body, place or sector alone."""
    t = a.text
    name = t[s:e]
    parts = [t[i:j] for i, j in a.words(s, e)]
    if len(parts) == 1 and name not in r.known and word_freq(name) >= COMMON_SLOT:
        return False  # 外军: one common word
    if ACRONYM.fullmatch(name) and name not in r.known:
        return False  # FTC, WTO: an unknown acronym names a body more often than a firm
    if parts[-1] in h.NOT_AFTER_SHORT or parts[-1] in h.PRODUCTS:
        return False  # …材料, …装备, …机器人: a sector or a product, not its maker
    if name.endswith(BODY_WORDS + SITE_ENDINGS + FACILITY_ENDINGS) or any(
        p in KIND_WORDS or p in h.STOP_WORDS for p in parts
    ):
        return False
    if any(h._grammar(p, r) or h._plain_word(p, r) or _frequent(p, r) for p in parts):
        return False
    if parts[-1] in COLLECTIVES:
        return False  # 湘|企, 楚|商, 外|商: a province's or a kind's firms, no one firm
    if any(word_tag(p) == "m" for p in parts):
        return False  # 投资额超|百亿: a figure
    if name[0] in h.NUMERALS or not h._reads_as_name(a, r, parts):
        return False
    return any(_brand_word(p, r) for p in parts)


def _brand_word(word: str, r: h._Resources) -> bool:
    """A word that names, not describes: a known name, a Latin brand, a
    proper noun that is no place, or what jieba hardly knows."""
    if word in r.known or (word.isascii() and len(word) >= 2):
        return True
    if h._is_place(word, r) or h._is_industry(word, r):
        return False
    freq = word_freq(word)
    return (word_tag(word) in ("nz", "nt") and freq < h.RARE) or h._brandlike(word) or not freq


def _frequent(word: str, r: h._Resources) -> bool:
    """A frequent dictionary word that is no place, business word or known
    name (深化, 研发): a slot holding one is a phrase, not a name."""
    if len(word) < 2 or word in r.known or h._is_place(word, r) or h._is_industry(word, r):
        return False
    return word_freq(word) >= FREQUENT
