"""What a column's description says it holds, read as a column name.

A description (a dbt `description:`, a DDL or database comment) usually opens with a noun phrase
that names the value, often with its owner: "The candidate's email address.", "Last name of the
user.", "Cardholder name". Its head phrase, with the owner first, is a name the classifier reads
like any column name (`candidate_email_address`, `user_last_name`, `cardholder_name`); what the
phrase does not name (a timestamp, a boolean, an identifier of something) says nothing, as such a
column name would. A Chinese comment is read by checker.chinese_descriptions (`'登录地点'` ->
`login_location`), and for the English words in it (`'微信登录openid'`). The catalog reads a description only when the column's own name says nothing
confident and is not itself a key, count, flag or time.
"""

from __future__ import annotations

import re

from checker.chinese_descriptions import chinese_described_name, has_chinese

# words before the head phrase that name no value
_LEADING = frozenset({"the", "a", "an", "this", "its", "their", "his", "her", "any", "each", "one", "optional",
                      "required", "current"})
_ARTICLES = frozenset({"the", "a", "an"})
# words that end the head phrase: prepositions, conjunctions, relatives, verbs of a description
_ENDS = frozenset({
    "of", "for", "that", "which", "when", "where", "who", "whom", "whose", "used", "in", "on", "at", "to", "from",
    "by", "if", "is", "was", "are", "were", "as", "with", "and", "or", "about", "into", "via", "per", "will", "can",
    "should", "may", "must", "has", "have", "be", "being", "after", "before", "since", "until", "than", "such",
    "like", "under", "between", "within", "over", "not", "e", "i", "eg", "ie", "this", "these", "those",
    "referencing", "indicating", "representing", "associated", "attached", "given", "assigned", "set", "sent",
    "stored", "created", "made", "linking", "indicates", "represents", "contains", "describes", "denotes",
    "specifies", "determines", "shows", "links", "identifies", "identifying", "tells", "says", "records", "tracks",
    "holds"})
# what introduces the owner after the head phrase: English `of`; German `des`, `der`, `von`, `vom`
# ("Geburtsdatum des Mitglieds"), French `du`, Italian `del`, `della` ..., Spanish `del` ("Numero di telefono
# del cliente"); `de`, `di` stay inside a term ("date de naissance", "data di nascita")
_OWNER_FOLLOWS = frozenset({"of", "des", "der", "von", "vom", "du", "del", "della", "dello", "dei", "degli", "delle"})
# words of other languages that end the head phrase as `for` and `to` do
_FOREIGN_ENDS = frozenset({"für", "fuer", "zur", "zum", "pour", "para", "per"})
_HEAD_ENDS = _ENDS | _OWNER_FOLLOWS | _FOREIGN_ENDS
# a first sentence that only qualifies the field ("Required. The user's alias.")
_QUALIFYING = frozenset({"required", "optional", "deprecated", "read-only", "read only", "nullable"})
_KEY_WORDS = {"identifier": "id", "identifiers": "ids"}
_LONGEST_HEAD = 4  # a longer run of words is a sentence, not a name
_E_MAIL = re.compile(r"\be-mail", re.IGNORECASE)


def described_names(description: str) -> list[str]:
    """The names the description reads as, the likeliest first: a Chinese comment's terms
    (checker.chinese_descriptions), then its English head phrase."""
    names = [chinese_described_name(description)] if has_chinese(description) else []
    return [name for name in dict.fromkeys(names + [described_name(description)]) if name]


def described_name(description: str) -> str | None:
    """The description's head phrase as a snake_case column name, its owner first ("The contact's
    first name." -> `contact_first_name`); None when it opens with no noun phrase."""
    text = _E_MAIL.sub("email", description.replace("\u2019", "'"))  # "e-mail": no `e` that ends the phrase
    sentences = [part.strip() for part in re.split(r"(?<=[A-Za-z0-9)])\.(?:\s|$)|[;:(\n]|\s-\s|,", text)
                 if part.strip()]
    while len(sentences) > 1 and sentences[0].lower() in _QUALIFYING:
        sentences = sentences[1:]
    if not sentences:
        return None
    words = re.findall(r"[a-z0-9\u00c0-\u024f\u0400-\u04ff]+(?:'s)?", sentences[0].lower())  # Latin and Cyrillic
    at = _skip_leading(words, 0)
    owner: list[str] = []
    head: list[str] = []
    while at < len(words) and words[at] not in _HEAD_ENDS and not (head and words[at] in _ARTICLES):
        word = words[at]  # an article after the head starts a clause: "Year the patient qualified"
        if word.endswith("'s"):  # "the contact's first name": the contact owns what follows
            owner, head = head + [word[:-2]], []
            at = _skip_leading(words, at + 1)
            continue
        head.append(word)
        at += 1
    if head and not owner and at < len(words) and words[at] in _OWNER_FOLLOWS:  # "last name of the user"
        at = _skip_leading(words, at + 1)
        while at < len(words) and len(owner) < 3 and (words[at] not in _ENDS or _joins_owner(words, at, owner)):
            if words[at] != "of":  # "name of the line of business": the owner is the whole `line_business`
                owner.append(words[at].removesuffix("'s"))
            at = _skip_leading(words, at + 1) if words[at] == "of" else at + 1
    if not head or len(head) > _LONGEST_HEAD:
        return None
    return "_".join(owner + [_KEY_WORDS.get(word, word) for word in head])


def _joins_owner(words: list[str], at: int, owner: list[str]) -> bool:
    """An `of` inside the owner's noun phrase ("line of business", "place of service"): one word of
    it alone would name another owner (a LINE account, a place)."""
    return words[at] == "of" and len(owner) == 1 and at + 1 < len(words) and words[at + 1] not in _ENDS


def _skip_leading(words: list[str], at: int) -> int:
    while at < len(words) and words[at] in _LEADING:
        at += 1
    return at
