"""What people write on items that pass between them: a service desk's or a project board's work items,
a workflow engine's tasks and process variables, files attached to a person's record, the albums and
galleries members post, and messages one person sends another. Each answers whether a column of a
table holds such text; checker.classify decides the category.
"""

from __future__ import annotations

from typing import Iterable

from checker.name_words import KEY_WORDS, Vocabulary, name_words, singular_word, tokens
from checker.table_context import TableContext


def written_on_work_item(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary,
                          siblings: tuple[str, ...] = ()) -> bool:
    """`incident.business_impact`, `change_request.backout_plan`, `tasks.description` as text: what agents and
    requesters write on a service desk's or a project board's work item about people's requests (not a patient's
    problem list: that is their health); also in a row keyed to a work item that no noun of its own names
    (FixMyStreet's `moderation_original_data (problem_id, title, detail)`: a report's text before moderation)."""
    if not words or sql_type not in vocab.text_types or context.clinical_record or "@clinical" in context.subjects:
        return False
    if not {singular_word(noun) for noun in context.nouns} & vocab.work_items and not (
            context.chained and _keyed_to_work_item(siblings, vocab)):
        return False
    if any(word in vocab.failure_words for word in words[:-1]):
        return False  # `send_fail_reason`: why the system failed to send the report, no person's text
    return words[-1] in vocab.work_item_heads or (len(words) > 1 and words[-1] in vocab.work_item_qualified)


MODEL_TEXT = frozenset({"description", "title", "subject"})  # what a model gives its work items (not a note on one)


def made_from_a_model(siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a row is a work item a workflow engine made from a deployed model: it holds a key to the
    model's definition (Camunda's and Flowable's `ACT_RU_TASK.PROC_DEF_ID_`, `TASK_DEF_KEY_`) or to the
    running process it is a step of (jBPM's `Task.processInstanceId`). Its name and description are the
    model's, written by developers, not by people on the item."""
    return _keyed_to_a_process(siblings, vocab, with_models=True)


def _keyed_to_a_process(siblings: Iterable[str], vocab: Vocabulary, with_models: bool = False) -> bool:
    """Whether a row holds a key to a running process instance (`PROC_INST_ID_`, `processInstanceId`), or,
    `with_models`, to a deployed model's definition (`PROC_DEF_ID_`, `TASK_DEF_KEY_`)."""
    for sibling in siblings:
        words = name_words(sibling, vocab)
        if len(words) < 2 or words[-1] not in KEY_WORDS:
            continue
        pairs = {f"{first}_{second}" for first, second in zip(words, words[1:-1])}
        if with_models and set(words[:-1]) & vocab.work_item_models or pairs & vocab.work_item_instances:
            return True
    return False


_ATTACHMENTS = frozenset({"attachment", "document"})  # a table of files attached to a record
_ATTACHMENT_DETAILS = (["description"], ["desc"], ["url"])


def attachment_detail(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """The description or the address of a file attached to a record of people (Camunda's and Flowable's
    `ACT_HI_ATTACHMENT` on a user task, Greenhouse's candidate `attachment`, Fineract's `m_document` of a
    client, OpenEMR's patient `documents`): what a person wrote about the file, and where the file about
    them is. Not a table of files linked to nobody (a product's documents), nor another URL of it."""
    return (words in _ATTACHMENT_DETAILS and sql_type in vocab.text_types and "@linked" in context.subjects
            and bool(context.words) and singular_word(context.words[-1]) in _ATTACHMENTS)


_VARIABLE_WORDS = frozenset({"var", "variable", "variables", "varinst"})
_VARIABLE_VALUES = (["text"], ["value"], ["text", "value"], ["string", "value"])  # not `TEXT2_`, its type's name


def process_variable(column: str, sql_type: str, context: TableContext, siblings: tuple[str, ...],
                      vocab: Vocabulary) -> bool:
    """A process variable's value kept as text, in a row keyed to a running process (Camunda's, Flowable's and
    Activiti's `ACT_RU_VARIABLE.TEXT_`, `ACT_HI_VARINST`, `ACT_HI_DETAIL`; jBPM's `VariableInstanceLog.value`):
    the case data a workflow carries (an applicant's name, an address). Not its second text (`TEXT2_`: an
    object's or a file's type), nor a global variable keyed to no process (Airflow's `variable.val`)."""
    if tokens(column) not in _VARIABLE_VALUES or sql_type not in vocab.text_types:
        return False
    of_variables = any(word in _VARIABLE_WORDS for word in context.words) or any(
        name_words(sibling, vocab)[:1] in (["var"], ["variable"]) for sibling in siblings)
    return of_variables and _keyed_to_a_process(siblings, vocab)


# what members of a community post and name: an album or a gallery of their photos or videos
_NAMED_POSTS = frozenset({"album", "gallery"})


def name_of_a_post(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`ph7_albums_pictures.name`, `photo_gallery.name`: in a table of what people post, linked to them, the bare
    name of an album or a gallery is the title its member gave it; a record label's album, keyed to nobody, is
    no one's (a forum's topics are named in their `title`: a `topics.name` may be a message broker's)."""
    return (words == ["name"] and "@content" in context.subjects and (not sql_type or sql_type in vocab.text_types)
            and any(singular_word(word) in _NAMED_POSTS for word in context.words))


# what one person sends another, and the parts the two play in the exchange (`fromUser`, `to_member_id`)
_SENT_TEXT = frozenset({"message", "messages", "message_text", "body", "text", "content", "subject", "title"})
_SENDING = frozenset({"from", "sender"})
_WRITTEN_TO_PEOPLE = frozenset({"message", "mail", "letter", "note"})  # `message_from` in `messages`: from whom
_RECEIVING = frozenset({"to", "recipient", "receiver"})


def sent_between_people(words: list[str], sql_type: str, siblings: tuple[str, ...], context: TableContext,
                         vocab: Vocabulary) -> bool:
    """`ph7_messenger.message` beside `fromUser` and `toUser`, a chat's `body` beside `sender_id` and
    `recipient_id`, OSSN's `ossn_messages.message` beside `message_from` and `message_to`: the text one person
    sent another, where both are named by their part in the exchange, as instant messengers and private
    messages of social networks keep it; beside one party alone (a school's announcement, its author's key)
    it is no exchange."""
    if "_".join(words) not in _SENT_TEXT or (sql_type and sql_type not in vocab.text_types):
        return False
    parties = [_party_part(name_words(sibling, vocab), context, vocab) for sibling in siblings]
    return bool(set(parties) >= {"from", "to"})


def _party_part(words: list[str], context: TableContext, vocab: Vocabulary) -> str | None:
    """The part a column's person plays in an exchange: `from` for a sender (`sender`, `fromUser`,
    `sender_id`, OpenPNE's `c_member_id_from`, a message's `message_from`), `to` for a recipient (`toUser`,
    `recipient_id`, foodsharing's `recip_id`, `message_to`), else none; key words and a one-letter prefix are left out."""
    rest = [word for word in words if word not in KEY_WORDS and len(word) > 1]
    people = [word for word in rest if word in vocab.person_words or singular_word(word) in vocab.person_tables
              or singular_word(word) in context.nouns and singular_word(word) in _WRITTEN_TO_PEOPLE]
    if rest in (["sender"],):
        return "from"
    if rest in (["recipient"], ["receiver"], ["recip"]):  # `recip_id`, as mail and push queues shorten it
        return "to"
    if len(rest) == 2 and len(people) == 1:
        side = (set(rest) - set(people))
        if side & _SENDING:
            return "from"
        if side & _RECEIVING:
            return "to"
    return None


def _keyed_to_work_item(siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A key to a work item's row among the columns (`problem_id`, `incident_id`)."""
    return any(len(found) == 2 and found[-1] == "id" and found[0] in vocab.work_items
               for found in (name_words(sibling, vocab) for sibling in siblings))
