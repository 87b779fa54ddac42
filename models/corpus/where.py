"""``--where``: a small language that chooses suggestions, parsed here and
compiled to an Arrow filter expression; nothing the user types is evaluated
as Python.

    condition  := disjunct ("or" disjunct)*
    disjunct   := negation ("and" negation)*
    negation   := "not" negation | "(" condition ")" | comparison
    comparison := FIELD OP VALUE
    FIELD      := label | source | text | version      (compared with a 'string')
                | score | start | end                   (compared with a number)
    OP         := == | != | < | <= | > | >=             (strings: == and != only)

Example: ``label == 'COMPANY' and score < 0.6``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyarrow.compute as pc

from models.errors import InvalidInput

TEXT_FIELDS = ("label", "source", "text", "version")
NUMBER_FIELDS = ("score", "start", "end")
OPERATORS = ("==", "!=", "<=", ">=", "<", ">")
KEYWORDS = ("and", "or", "not")
MAX_LENGTH = 10_000
# Parentheses and nots nested deeper than this are refused: each level is a
# few frames of the recursive parser, and a condition anyone writes by hand
# nests a handful deep, not thousands (Python's stack ends near 1,000 frames).
MAX_DEPTH = 64

TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<word>[A-Za-z_]\w*)
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<paren>[()])
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str  # number, string, word, op, paren, end
    text: str
    column: int  # 1-based, for the error message


def parse_where(source: str) -> pc.Expression:
    """The condition as an Arrow expression over the fields of a span, or a
    one-line error that says where it went wrong."""
    if len(source) > MAX_LENGTH:
        raise InvalidInput("--where: longer than {max_length} characters", max_length=MAX_LENGTH)
    parser = _Parser(tokenize(source))
    condition = parser.condition()
    parser.expect_end()
    return condition


def tokenize(source: str) -> list[Token]:
    tokens, pos = [], 0
    while pos < len(source):
        if source[pos:].isspace():
            break
        match = TOKEN.match(source, pos)
        if match is None or match.lastgroup is None:
            column = pos + len(source[pos:]) - len(source[pos:].lstrip()) + 1
            raise InvalidInput(
                "--where: cannot read {source!r} at column {column}",
                source=source[column - 1 :][:20],
                column=column,
            )
        kind = match.lastgroup
        tokens.append(Token(kind, match.group(kind), match.start(kind) + 1))
        pos = match.end()
    tokens.append(Token("end", "", len(source) + 1))
    return tokens


class _Parser:
    """Recursive descent over the tokens, one method per rule of the grammar;
    ``and`` binds tighter than ``or``, as in Python and SQL."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.at = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def accept_word(self, word: str) -> bool:
        token = self.peek()
        if token.kind == "word" and token.text.lower() == word:
            self.at += 1
            return True
        return False

    def condition(self) -> pc.Expression:
        result = self.disjunct()
        while self.accept_word("or"):
            result = result | self.disjunct()
        return result

    def disjunct(self) -> pc.Expression:
        result = self.negation()
        while self.accept_word("and"):
            result = result & self.negation()
        return result

    def negation(self) -> pc.Expression:
        if self.accept_word("not"):
            with self.deeper():
                return ~self.negation()
        if self.peek().text == "(":
            self.take()
            with self.deeper():
                inner = self.condition()
            if self.take().text != ")":
                self.fail(self.tokens[self.at - 1], "a closing ')'")
            return inner
        return self.comparison()

    @contextmanager
    def deeper(self) -> Iterator[None]:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            column = self.tokens[self.at - 1].column
            raise InvalidInput(
                "--where: nested more than {max_depth} levels deep at column {column}",
                max_depth=MAX_DEPTH,
                column=column,
            )
        try:
            yield
        finally:
            self.depth -= 1

    def comparison(self) -> pc.Expression:
        field = self.take()
        if field.kind != "word" or field.text.lower() in KEYWORDS:
            self.fail(field, "a field (" + ", ".join(TEXT_FIELDS + NUMBER_FIELDS) + ")")
        name = field.text.lower()
        if name not in TEXT_FIELDS + NUMBER_FIELDS:
            raise InvalidInput(
                "--where: no field {field!r} at column {column}; fields are {fields}",
                field=field.text,
                column=field.column,
                fields=", ".join(TEXT_FIELDS + NUMBER_FIELDS),
            )
        op = self.take()
        if op.kind != "op":
            self.fail(op, f"a comparison ({' '.join(OPERATORS)}) after {field.text}")
        value = self.take()
        return _compare(name, op, value)

    def expect_end(self) -> None:
        token = self.peek()
        if token.kind != "end":
            self.fail(token, "'and', 'or' or the end")

    @staticmethod
    def fail(token: Token, wanted: str) -> None:
        found = repr(token.text) if token.kind != "end" else "the end"
        raise InvalidInput(
            "--where: expected {wanted} at column {token_column}, found {found}",
            wanted=wanted,
            token_column=token.column,
            found=found,
        )


def _compare(name: str, op: Token, value: Token) -> pc.Expression:
    if name in TEXT_FIELDS:
        if value.kind != "string":
            _Parser.fail(value, f"a quoted string to compare {name} with")
        if op.text not in ("==", "!="):
            raise InvalidInput(
                "--where: {name} is text: compare it with == or != (column {op_column})",
                name=name,
                op_column=op.column,
            )
        literal: str | float = _unquote(value.text)
    else:
        if value.kind != "number":
            _Parser.fail(value, f"a number to compare {name} with")
        literal = float(value.text)
    field, scalar = pc.field(name), pc.scalar(literal)
    return {
        "==": field == scalar,
        "!=": field != scalar,
        "<": field < scalar,
        "<=": field <= scalar,
        ">": field > scalar,
        ">=": field >= scalar,
    }[op.text]


def _unquote(quoted: str) -> str:
    return re.sub(r"\\(.)", r"\1", quoted[1:-1])
