"""The rules' names as a curator reads them: what the rule saw in the text.

The suggesters store the rule that fired as a short id with each suggestion
(``attrs["rule"]``, e.g. ``quote+head``; several joined by commas when more
than one rule proposed the same span). The ids stay in the store and the
exports, where a reviewer traces them to the code; the window says them in
words, in the interface's language. An id this table does not know (a
suggestion stored by another version) is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

RULE_TITLES: dict[str, str] = {
    # COMPANY (models/suggest/company.py, company_projects.py)
    "acts": QT_TRANSLATE_NOOP("Rules", "a firm's act follows"),
    "airline": QT_TRANSLATE_NOOP("Rules", "an airline"),
    "alias": QT_TRANSLATE_NOOP("Rules", "a short name it is given"),
    "announcement": QT_TRANSLATE_NOOP("Rules", "a listed firm's headline"),
    "bank": QT_TRANSLATE_NOOP("Rules", "a bank's name"),
    "borrower": QT_TRANSLATE_NOOP("Rules", "a borrower"),
    "code": QT_TRANSLATE_NOOP("Rules", "a stock code"),
    "coined": QT_TRANSLATE_NOOP("Rules", "a coined name where firms act"),
    "counted": QT_TRANSLATE_NOOP("Rules", "a list closed by a count"),
    "equity": QT_TRANSLATE_NOOP("Rules", "a stake in it"),
    "form": QT_TRANSLATE_NOOP("Rules", "a company or group ending"),
    "holder": QT_TRANSLATE_NOOP("Rules", "a shareholder in a headline"),
    "leader": QT_TRANSLATE_NOOP("Rules", "named as the leading firm"),
    "legal": QT_TRANSLATE_NOOP("Rules", "a legal form"),
    "listed": QT_TRANSLATE_NOOP("Rules", "a listed firm's trading"),
    "market": QT_TRANSLATE_NOOP("Rules", "a stock's move"),
    "officer": QT_TRANSLATE_NOOP("Rules", "an officer's title follows"),
    "owned": QT_TRANSLATE_NOOP("Rules", "a subsidiary"),
    "party": QT_TRANSLATE_NOOP("Rules", "a party to a project"),
    "project": QT_TRANSLATE_NOOP("Rules", "a project named by its firm"),
    "project-item": QT_TRANSLATE_NOOP("Rules", "a member of a list of projects"),
    "short": QT_TRANSLATE_NOOP("Rules", "a brand and its trade"),
    "signing": QT_TRANSLATE_NOOP("Rules", "a party to a signing"),
    "staff": QT_TRANSLATE_NOOP("Rules", "its staff follow"),
    "stock_mark": QT_TRANSLATE_NOOP("Rules", "a stock's mark (ST)"),
    "subsidiary": QT_TRANSLATE_NOOP("Rules", "a group's subsidiary or branch, named after it"),
    # both names' rules
    "known": QT_TRANSLATE_NOOP("Rules", "a known name"),
    "known-facility": QT_TRANSLATE_NOOP("Rules", "a known name opening its facility's name"),
    "known-member": QT_TRANSLATE_NOOP("Rules", "a list member a known name opens"),
    # the text's shape (models/suggest/candidates.py), read where a name is in view
    "head": QT_TRANSLATE_NOOP("Rules", "the words before a company word"),
    "brand": QT_TRANSLATE_NOOP("Rules", "a run of characters no word holds"),
    "list": QT_TRANSLATE_NOOP("Rules", "a member of a list"),
    "repeat": QT_TRANSLATE_NOOP("Rules", "named earlier in the text"),
    # POLICY (models/suggest/policy.py)
    "articles:purpose": QT_TRANSLATE_NOOP("Rules", "articles named by their purpose"),
    "document number": QT_TRANSLATE_NOOP("Rules", "a document number"),
    "head:campaign": QT_TRANSLATE_NOOP("Rules", "a campaign named by its years (三年行动)"),
    "head:listed": QT_TRANSLATE_NOOP("Rules", "listed beside a policy"),
    "head:strong": QT_TRANSLATE_NOOP("Rules", "a policy's head noun"),
    "head:trigger": QT_TRANSLATE_NOOP("Rules", "a policy verb before it"),
    "law": QT_TRANSLATE_NOOP("Rules", "a law"),
    "new policy": QT_TRANSLATE_NOOP("Rules", "a new policy (…新政)"),
    "numbered programme": QT_TRANSLATE_NOOP("Rules", "a programme's number"),
    "quote+articles": QT_TRANSLATE_NOOP("Rules", "a quote and its articles"),
    "quote+head": QT_TRANSLATE_NOOP("Rules", "a quote and its head noun"),
    "quote:articles": QT_TRANSLATE_NOOP("Rules", "quoted articles"),
    "quote:campaign year": QT_TRANSLATE_NOOP("Rules", "a quoted campaign year"),
    "quote:context": QT_TRANSLATE_NOOP("Rules", "a quote where policies are named"),
    "quote:document": QT_TRANSLATE_NOOP("Rules", "a quoted document"),
    "quote:model": QT_TRANSLATE_NOOP("Rules", "a quoted model"),
    "quote:named": QT_TRANSLATE_NOOP("Rules", "a quoted system (…制)"),
    "quote:policy": QT_TRANSLATE_NOOP("Rules", "a quoted policy"),
    "quote:slogan": QT_TRANSLATE_NOOP("Rules", "a quoted formula of parallel phrases"),
    "renewed": QT_TRANSLATE_NOOP("Rules", "a revised instrument (新…)"),
    "slogan+head": QT_TRANSLATE_NOOP("Rules", "parallel phrases and their head noun"),
    "title": QT_TRANSLATE_NOOP("Rules", "a title in 《》"),
    "title line": QT_TRANSLATE_NOOP("Rules", "a document's title line"),
    "title:issued": QT_TRANSLATE_NOOP("Rules", "an issued document's title"),
}


def rule_title(rule: str) -> str:
    """One rule's id in words; an unknown id as it is."""
    source = RULE_TITLES.get(rule)
    return translate("Rules", source) if source else rule


def rules_title(rules: str) -> str:
    """The comma-joined ids of a suggestion's rules, in words."""
    return translate("Spans", ", ").join(rule_title(r) for r in rules.split(",") if r)
