"""A Chinese column comment read as an English column name.

Schemas of Chinese software (admin frameworks such as RuoYi and JeecgBoot, shops such as mall
and litemall) name columns in short English or pinyin and say what they hold in a Chinese comment:
`leader varchar(20) COMMENT '负责人'`, `name varchar(100) COMMENT '收货人姓名'`. Chinese writes no
spaces, so the comment's first clause is cut into the longest terms of a vocabulary
(checker/data/chinese_terms.json), left to right, and read as their English words in its order
(Chinese puts the modifier first, as English compounds do: 收货人姓名 `recipient_person_name`). A
clause with a character the vocabulary does not know says nothing: an unread word may be the one
that names the value. A comment whose last noun is a thing describes that thing (部门名称, the
department's name; 商品名称, a product's), as does what a person has after a thing (路由地址, a
route's address); one that ends in a person names that person, in a text
column by their name (负责人 `responsible_person_name`; 退货人姓名, the returning person's name,
`return_person_name`: a word the next term repeats is said once). A comment that names what a
thing is called, coded or described as (岗位编码, a post's code) overrules the column's name
(`post_code` is no postal code there; see names_a_things_attribute). What follows an act a person does
(投诉 'complaint', 审核 'review') as its content, description, reason or opinion is what that person wrote:
投诉内容 `complaint_person_comment`, 审核意见 `review_person_comment` (see _written_by_a_person).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

TERMS = Path(__file__).parent / "data" / "chinese_terms.json"
_GROUPS = ("people", "personal", "things", "attributes", "acts", "audit", "fillers")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# what ends a comment's first clause: brackets, commas, colons, semicolons, full stops, spaces
_CLAUSE_END = re.compile(r"[\s()（）,，:：;；.。、/\[\]【】|-]")
_LATIN = re.compile(r"[A-Za-z0-9_]+")
# what a thing is called, coded or described as: its own, whatever a column's name suggests
_IDENTIFYING = frozenset({"name", "code", "type", "description", "title"})
# what a person writes about an act of theirs: its content, description, reason, opinion or remark
_WRITTEN = frozenset({"content", "description", "reason", "opinion", "remark"})
# the groups of words that name no noun: of any value, of what a person does, joining particles
_NOT_NOUNS = ("attributes", "acts", "fillers")


class Term(NamedTuple):
    english: str  # snake_case words, empty for a filler
    group: str  # which list of the vocabulary it is in


def has_chinese(text: str) -> bool:
    """Whether the text holds a Chinese character."""
    return bool(_CHINESE.search(text))


def chinese_described_name(description: str) -> str | None:
    """The comment's first clause as a snake_case English column name (`'登录地点'` ->
    `login_location`); None when a character of it is not in the vocabulary, or when it describes a
    thing (`'部门名称'`)."""
    terms = _segmented(_first_clause(description))
    if not terms:
        return None
    if _describes_a_thing([term for term in terms if term.group not in _NOT_NOUNS]):
        return None
    words = [word for term in terms for word in term.english.split("_") if word]
    if terms[-1].group == "people":
        words.append("name")
    elif _written_by_a_person(terms):
        words = words[:-1] + (["comment"] if terms[-2].group == "people" else ["person", "comment"])
    return "_".join(word for at, word in enumerate(words) if not at or word != words[at - 1]) or None


def names_a_things_attribute(description: str) -> bool:
    """Whether a Chinese comment names what a thing is called, coded or described as (岗位编码, a
    post's code; 表描述, a table's description; 租户名称, a tenant's name): the thing's, whatever
    a reading of the column's name as a person's says (`post_code`, `table_comment`)."""
    terms = _segmented(_first_clause(description)) if has_chinese(description) else None
    if not terms or terms[-1].english not in _IDENTIFYING:
        return False
    nouns = [term for term in terms if term.group not in _NOT_NOUNS]
    return bool(nouns) and nouns[-1].group == "things"


def _written_by_a_person(terms: list[Term]) -> bool:
    """The clause ends in what is written (内容, 说明, 原因, 意见) about an act a person does or by a
    person, and names no thing: 报修内容, what the person reporting a repair wrote; 审核人意见, the
    reviewer's opinion; 租房失败原因, why a renting failed (a thing's content, 公告内容, is that thing's)."""
    return (len(terms) > 1 and terms[-1].english in _WRITTEN
            and any(term.group in ("acts", "people") for term in terms[:-1])
            and not any(term.group == "things" for term in terms))


def _describes_a_thing(nouns: list[Term]) -> bool:
    """The last noun is a thing (部门名称), or what a person has after a thing, which owns it: a
    route's address (路由地址), a company's phone (公司电话); a person after a thing is a person (部门负责人)."""
    return bool(nouns) and (nouns[-1].group == "things" or (
        len(nouns) > 1 and nouns[-1].group == "personal" and nouns[-2].group == "things"))


def _first_clause(description: str) -> str:
    """The comment up to its first bracket, comma, colon, space ... (`'用户性别（0男 1女）'` -> `用户性别`)."""
    return _CLAUSE_END.split(description.strip(), maxsplit=1)[0]


def _segmented(clause: str) -> list[Term] | None:
    """The clause cut into the longest known terms, left to right; a run of Latin letters and
    digits is an English word as written (`IP`, `Session`); None when a character is unknown."""
    vocabulary, longest = _vocabulary()
    terms: list[Term] = []
    at = 0
    while at < len(clause):
        latin = _LATIN.match(clause, at)
        if latin:
            terms.append(Term("_".join(part for part in latin.group().lower().split("_") if part), "latin"))
            at = latin.end()
            continue
        known = next((clause[at:end] for end in range(min(len(clause), at + longest), at, -1)
                      if clause[at:end] in vocabulary), None)
        if known is None:
            return None
        terms.append(vocabulary[known])
        at += len(known)
    return terms


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, Term], int]:
    """Chinese term -> its English words and group; and the length of the longest term."""
    data = json.loads(TERMS.read_text("utf-8"))
    vocabulary = {chinese: Term(english, group) for group in _GROUPS for chinese, english in data[group].items()}
    return vocabulary, max(map(len, vocabulary))
