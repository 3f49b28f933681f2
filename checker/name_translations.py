"""The vocabulary in German, French, Spanish, Italian, Portuguese, Polish, Dutch, Norwegian, Danish,
Swedish, Finnish, Indonesian, Bulgarian and Korean (romanized standard abbreviations), from one
translation table, and Chinese as the initials of pinyin syllables (checker/data/name_pinyin.json).

checker/data/name_translations.json maps English terms of checker/data/name_hints.json to the ways
schemas in the other languages (Portuguese as written in Portugal and in Brazil, Bulgarian in
Cyrillic and in Latin) name the same thing. `translated` appends them to every list of the
vocabulary that holds the English term (a kind's terms, a table noun list, the qualifiers, the
counter words ...), so each translation carries exactly the role its English term has.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TRANSLATIONS = Path(__file__).parent / "data" / "name_translations.json"
PINYIN = Path(__file__).parent / "data" / "name_pinyin.json"  # Chinese names as pinyin initials (`sfzh`)


def translation_table() -> dict[str, list[str]]:
    """English term -> its forms in the other languages, pinyin initials last."""
    table = json.loads(TRANSLATIONS.read_text("utf-8"))["terms"]
    for term, forms in json.loads(PINYIN.read_text("utf-8"))["terms"].items():
        table[term] = table.get(term, []) + forms
    return table


def translated(data: dict[str, Any], table: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """`data` (name_hints.json) with, in every list of strings at any depth that holds an English
    term of `table`, that term's translations appended (order kept, no duplicates); keys, `_about`
    and `_extra` texts and other values are unchanged. `data` itself is not modified."""
    return _expand(data, translation_table() if table is None else table)


def _expand(node: Any, table: dict[str, list[str]]) -> Any:
    if isinstance(node, dict):
        return {key: _expand(value, table) for key, value in node.items()}
    if isinstance(node, list):
        if not all(isinstance(item, str) for item in node):
            return [_expand(item, table) for item in node]
        words = dict.fromkeys(node)
        for term in node:
            words.update(dict.fromkeys(table.get(term, ())))
        return list(words)
    return node
