"""What a table of a kind says of its columns, whatever else their names say: a person's medical
record (`history_data.appendectomy`), a condition or allergy (`gibbonPersonMedicalCondition.name`),
a table of calls (`call.from`, `dialog.from_uri`) or of text messages (`inbox.SenderNumber`), of
sessions (`sessions.data`) and the session a person's row keeps (`c_admin_user.sess_id`), of stored
tokens (`oauth_access_token.token_id`), of a SIP service's accounts (`watchers.presentity_uri`), of identity documents
(`hs_hr_emp_passport.ep_passportexpiredate`) and the old and new values of a change to a person's
data. Step 2 and part of step 4 of checker.classify's decision order.
"""

from __future__ import annotations

from functools import cache

from checker.evidence import Evidence
from checker.name_translations import translation_table
from checker.name_words import CREDENTIALS, PERSON, Vocabulary, matches, name_words, singular_word
from checker.table_context import KEY_FIRST, TableContext, person_key, without_copy_words

NUMBER_WORDS = frozenset({"id", "no", "nr", "num", "number"})
OF_PEOPLE = frozenset({PERSON, "@linked", "@profile", "@own"})  # tables of people, or of their rows
_BYTES_TYPES = frozenset({"bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary", "image", "raw"})
_SESSION_KEYS = frozenset({"sessid", "sid", "sessionid"})  # `pn_sessid`; `session_id` is two words
# the short form PHP session handlers name their columns with (Symfony's PdoSessionHandler: `sess_id`,
# `sess_data`, `sess_time`, `sess_lifetime`; OpenPNE's `sess_name`): the login session, never an event's
_SESSION_SHORT = "sess"
# `sessions`, `session_info`, `session_data`, Spring Session's `spring_session_attributes`
_SESSION_HEADS = frozenset({"session", "info", "data", "attribute"})
_SESSION_STATE = frozenset({"data", "vdata", "content", "value", "vars", "payload", "state", "bytes"})
# who a session is logged in as, named as Spring Security names them (`principal_name`): no title
_LOGGED_IN = frozenset({"principal", "user", "login", "account"})
_PERSONS_SESSIONS = (["session"], ["session", "id"], [_SESSION_SHORT, "id"], ["sessid"], ["sessionid"])
# what a session is of when it is no sign-in: a training, a class, a conference's talk, a therapy, a game
_SESSIONS_OF_SOMETHING = frozenset({
    "workout", "training", "program", "programme", "exercise", "fitness", "gym", "yoga", "class", "course", "lesson",
    "lecture", "seminar", "workshop", "tutoring", "tutor", "coaching", "conference", "talk", "track", "event",
    "meeting", "webinar", "therapy", "counselling", "counseling", "treatment", "dialysis", "clinic", "game", "play",
    "match", "quiz", "exam", "test", "study", "practice", "chat", "recording", "poll", "voting", "vote", "tasting",
    "photo", "court", "parliament", "council", "plenary", "survey", "interview", "attendance"})
# who takes part in a session that is no sign-in, named beside it in a table's name (`session_speakers`)
_SESSION_COMPANIONS = frozenset({"speaker", "presenter", "panelist", "moderator", "instructor", "trainer", "coach",
                                 "therapist", "exercise", "attendee"})
_TITLE_WORDS = frozenset({"title", "name", "description", "subject", "topic"})
_CALL_NOUNS = frozenset({"call", "cdr", "call_log", "call_record", "phone_call", "voice_call", "calllog", "dialog"})
_CALL_PARTIES = frozenset({"from", "to", "caller", "callee", "forwarded", "calling", "called", "destination", "source"})
_CALL_NUMBER_WORDS = frozenset({"from", "number", "formatted", "no", "nr"})
# a store of text messages (Gammu's `inbox` and `outbox`, `sms_log`): its parties are phone numbers
_TEXT_MESSAGE_NOUNS = frozenset({"sms", "sms_message", "sms_log", "text_message", "inbox", "outbox", "mms"})
_TEXT_PARTIES = _CALL_PARTIES | {"sender", "recipient", "receiver", "originator"}
_URI_WORDS = frozenset({"uri", "uris"})
# a SIP account's device: its contact URI, the address it registered from, its instance ID (+sip.instance),
# the contact a presence document was published from
_REGISTERED = {"contact": "user.device", "received": "user.device.ip_address", "instance": "user.device.device_id",
               "sender": "user.device"}
_CALL_ADDRESSES = {"uri": "user.account.username", "contact": "user.device"}  # a SIP party's address, its device's
_CONDITION_NOUNS = frozenset({"condition", "allergy", "allergie", "diagnosis", "diagnose", "disease", "illness",
                              "intolerance", "disability", "immunization", "vaccination"})
_CONDITION_PARTS = frozenset({"name", "title", "type", "category", "kind", "reaction", "triggers", "trigger",
                              "response", "severity", "description"})
_CODE_WORDS = frozenset({"code", "codes", "cd"})
_MEDICAL_ENDINGS = ("ectomy", "stomy", "otomy", "plasty", "scopy", "itis", "ectomia", "ectomie", "itide")
# a surgery named in plain words, the part of the body and what was done to it (`hip_replacement`, `hernia_repair`,
# `kidney_transplant`, `coronary_bypass`), as medical histories and procedure lists name them
_BODY_PARTS = frozenset({"hip", "knee", "shoulder", "elbow", "ankle", "joint", "hernia", "heart", "valve", "aortic",
                         "mitral", "coronary", "cardiac", "artery", "kidney", "renal", "liver", "lung", "cornea",
                         "corneal", "retina", "retinal", "cataract", "spine", "spinal", "ligament", "tendon",
                         "meniscus", "gallbladder", "gastric", "bowel", "breast", "bone", "marrow"})
_SURGICAL_ACTIONS = frozenset({"replacement", "repair", "transplant", "transplantation", "bypass", "fusion",
                               "reconstruction", "amputation", "graft", "resection"})
_CHANGE_SIDES = frozenset({"old", "new", "previous", "prior", "before", "after", "former"})
_VALUE_WORDS = frozenset({"value", "val", "values"})
_IDENTITY_DOCUMENTS = frozenset({"passport", "personal_document", "identity_document", "id_card", "identity_card", "visa",
                                 "residence_permit", "work_permit", "driving_licence", "driving_license",
                                 "driver_license", "drivers_license"})
_LICENCE_NOUNS = frozenset({"license", "licence"})
_GATHERINGS = frozenset({"interview", "scheduled_interview", "meeting", "appointment", "calendar_event", "webinar"})
_VENUE_WORDS = frozenset({"location", "venue", "room", "place"})
_EVENT_NOUNS = frozenset({"event", "calendar_event"})  # a gathering when it starts and ends
_STARTS, _ENDS = frozenset({"start", "starts", "begin", "begins"}), frozenset({"end", "ends", "finish"})
_DOCUMENT_DATES = frozenset({"issue", "issued", "expiry", "expire", "expires", "expiration", "validity", "valid"})
_KIND_WORDS = frozenset({"type", "kind", "tipo", "typ", "art", "soort", "jenis"})  # `tipo_cert_civil`: which document
_DATE_WORDS = frozenset({"date", "data", "datum", "fecha", "dt"})  # `data_emissao_cert_civil`: a date, named first
# a table of a person's documents (i-Educar's `cadastro.documento`), known as such by the identity
# documents its columns name
_DOCUMENT_NOUNS = frozenset({"document", "documento", "dokument", "documenti", "documenten", "dokumenty"})
_GOVERNMENT_ID = "user.government_id"
_TAX_ID = "user.government_id.tax_id"  # on every invoice, beside its number: no identity document


def of_the_tables_kind(words: list[str], column: str, sql_type: str, context: TableContext, siblings: tuple[str, ...],
                       vocab: Vocabulary) -> Evidence | None:
    """What a person's medical record, a condition's table, a table of calls, of text messages or of
    sessions says of the column, the first that says anything."""
    return (_procedure_or_condition(words, column, context, vocab) or _condition_part(words, sql_type, context, vocab)
            or _call_party(words, sql_type, context, vocab) or _text_party(words, sql_type, context, vocab)
            or _session_secret(words, sql_type, context, siblings, vocab)
            or _persons_session(words, sql_type, context, siblings, vocab)
            or _stored_token(words, sql_type, context, vocab) or _service_address(words, sql_type, siblings, vocab))


def where_people_meet(words: list[str], context: TableContext, vocab: Vocabulary, siblings: tuple[str, ...] = ()) -> bool:
    """`scheduled_interview.location`, `meetings.room`: where an interview or a meeting takes place,
    not a person's whereabouts; so too an event that starts and ends (a CRM's calendar event, a ticketed
    event), where a tracked event (a click, a page view) has no end and its location is the person's."""
    if words[-1] not in _VENUE_WORDS:
        return False
    noun = head_noun(context, vocab)
    return noun in _GATHERINGS or noun in _EVENT_NOUNS and _lasts(siblings, vocab)


def _lasts(siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a row has a start and an end among its columns (`start_date_time`, `end_date`, `ends_at`)."""
    firsts = {(name_words(sibling, vocab) or [""])[0] for sibling in siblings}
    return bool(firsts & _STARTS) and bool(firsts & _ENDS)


def changed_value(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """`log_ls_salary.old_val`, `activity_change_data_value.new_value`: a person's data before or
    after a change, in a table linked to people."""
    if (len(words) == 2 and words[0] in _CHANGE_SIDES and words[1] in _VALUE_WORDS
            and context.subjects & {PERSON, "@linked", "@own"} and sql_type not in vocab.boolean_types):
        return Evidence(vocab.by_key["user"], True, f"its name: the {words[0]} value of a change to a person's data")
    return None


def _procedure_or_condition(words: list[str], column: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """OpenEMR's `history_data.appendectomy` (its date): what was done to or found in the person."""
    if names_a_procedure_or_condition(words) and (context.subjects & OF_PEOPLE or context.clinical_record):
        return Evidence(vocab.by_key["special.health"], True, f"its name: a medical procedure or condition ('{column}')")
    return None


def _condition_part(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """Gibbon's `gibbonPersonMedicalCondition.name`, Synthea's `allergies.category`: what a person's
    condition is, as its table names it."""
    head = head_noun(context, vocab)
    if (head in _CONDITION_NOUNS and words[-1] in _CONDITION_PARTS and context.subjects & {"@linked", "@record"}
            and PERSON not in context.subjects and not context.thing and (not sql_type or sql_type in vocab.text_types)
            and not _of_another_part(words, vocab)):
        return Evidence(vocab.by_key["special.health"], True, f"its name: the '{words[-1]}' of a person's {head}")
    return None


def _of_another_part(words: list[str], vocab: Vocabulary) -> bool:
    """`file_name`, `source_code_type`, `payer_name`: the name of the file the record came in, the type of a
    code (its coding system), the name of a thing (the payer billed), not the condition's own name or type."""
    return len(words) > 1 and (words[-2] in _CODE_WORDS or any(
        word in vocab.counter_any or singular_word(word) in vocab.thing_tables for word in words[:-1]))


def _call_party(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """Twilio's `call.from`, LMS's `voip_cdr.caller`: who called whom, by their numbers; a SIP
    dialog's `from_uri` (sip:alice@example.org, the party's handle) and `callee_contact` (the URI of
    the party's device)."""
    if (head_noun(context, vocab) not in _CALL_NOUNS or words[0] not in _CALL_PARTIES
            or sql_type and sql_type not in vocab.text_types):
        return None
    rest = words[1:]
    if set(rest) <= _CALL_NUMBER_WORDS:
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        f"its name: the number a call is '{words[0]}', in a table of calls")
    if len(rest) == 1 and rest[0] in _CALL_ADDRESSES:
        return Evidence(vocab.by_key[_CALL_ADDRESSES[rest[0]]], True,
                        f"its name: the {rest[0]} of the call's '{words[0]}' party, in a table of calls")
    return None


def _text_party(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """Gammu's `inbox.SenderNumber`, `outbox.DestinationNumber`, `sms_log.recipient_no`: the number a
    text message came from or went to. The number must be named: a bare `from` of an inbox can be an
    e-mail address."""
    rest = words[1:]
    if ((head_noun(context, vocab) in _TEXT_MESSAGE_NOUNS or context.nouns & _TEXT_MESSAGE_NOUNS)
            and words[0] in _TEXT_PARTIES and rest
            and set(rest) <= _CALL_NUMBER_WORDS - {"from"} and (not sql_type or sql_type in vocab.text_types)):
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        f"its name: the number a text message's '{words[0]}' has, in a store of text messages")
    return None


def _session_secret(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                    vocab: Vocabulary) -> Evidence | None:
    """A web session's identifier and its stored state, in a table of sessions: whoever holds them
    is logged in as the person (`sessions.session_id char(32)`, `sessions.id varchar(100)` where no
    other column names the session or holds its token, `sessions.data`, `session_info.pn_vars`). Kept as text or
    bytes: a whole-number or uuid `id` numbers rows. A session with a title or a description is
    an event (`training_sessions`), not a login."""
    if not any(singular_word(word) == "session" for word in context.words):
        return None
    if sql_type not in vocab.text_types and sql_type not in _BYTES_TYPES:
        return None
    sibling_words = [found for found in (name_words(sibling, vocab) for sibling in siblings) if found]
    if _session_of_something(words, context.words, sibling_words):
        return None  # Workout.cool's `workout_sessions.id`, `program_session_exercises.sessionId`: a training session
    if any(found[-1] in _TITLE_WORDS and found[0] not in (_SESSION_SHORT, "attribute") and not _logged_in(found)
           for found in sibling_words):  # not a stored attribute's name (`attribute_name`)
        return None
    if _logged_in(words) and sql_type in vocab.text_types:
        return Evidence(vocab.by_key["user.account.username"], True, "its name: whom a session is logged in as")
    key = _names_the_session(words)
    if words in (["id"], ["ident"]):  # LiquidFeedback's `session.ident`, as Laravel's `sessions.id`
        # not beside the session's own token (Auth.js's `Session (id, sessionToken)`): then `id` numbers rows
        key = not any(_names_the_session(found) or found[-1] == "token" for found in sibling_words)
    if key:
        return Evidence(vocab.by_key[CREDENTIALS], True, "its name: a session's identifier, kept as text")
    if singular_word(context.words[-1]) in _SESSION_HEADS and words[-1] in _SESSION_STATE and len(words) <= 2:
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the stored state '{words[-1]}' of a session")
    return None


def _session_of_something(words: list[str], table_words: tuple[str, ...], sibling_words: list[list[str]]) -> bool:
    """A session of a training, a class, a conference, a therapy or a game, no sign-in: qualified so in the
    column's name (`workoutSessionId`) or the table's (`workout_sessions`, `program_session_exercises`), a table
    of who takes part in it (`session_speakers`), or
    named bare beside such a session in a row that is no session's own (`user_session_progress (sessionId,
    workoutSessionId)`)."""
    table = [singular_word(word) for word in table_words]
    if _qualified_by_something(words) or _qualified_by_something(table) or set(table) & _SESSION_COMPANIONS:
        return True
    own_table = singular_word(table_words[-1]) == "session" if table_words else False
    return not own_table and any(_qualified_by_something(found) for found in sibling_words)


def _qualified_by_something(words: list[str]) -> bool:
    """Whether the word just before `session` (or `sess`) names what the session is of: a workout, a class."""
    return any(word in _SESSIONS_OF_SOMETHING and following in ("session", _SESSION_SHORT)
               for word, following in zip(words, words[1:]))


def _persons_session(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                     vocab: Vocabulary) -> Evidence | None:
    """The web session a person's row keeps, as text (OpenPNE's `c_admin_user.sess_id`, `c_member_pre.session`
    and `ktai_session`, phpBB's `phpbb_forums_access.session_id char(32)`): whoever holds it is logged in as
    them. A session kept as a number or a uuid is a key to a row of sessions; a session of something else
    (`survey_session_id`) or of an encryption key (Matrix's `e2e_room_keys.session_id`, a Megolm session) is
    not a login."""
    if not context.subjects & OF_PEOPLE or sql_type not in vocab.text_types or head_noun(context, vocab) == "key":
        return None
    if (words in _PERSONS_SESSIONS or len(words) == 2 and words[-1] == "session") and not _session_of_something(
            words, context.words, [found for found in (name_words(sibling, vocab) for sibling in siblings) if found]):
        return Evidence(vocab.by_key[CREDENTIALS], True,
                        f"its name: the session '{'_'.join(words)}' of a person's row, kept as text")
    return None


def _stored_token(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """Spring Security OAuth's `oauth_access_token.token_id` (the token's digest, as text) and the
    serialised `authentication` kept with it: in a table of tokens, what logs their holder in."""
    if head_noun(context, vocab) != "token" or (sql_type not in vocab.text_types and sql_type not in _BYTES_TYPES):
        return None
    if words in (["token", "id"], ["authentication"]):
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the '{'_'.join(words)}' of a stored token")
    return None


def _service_address(words: list[str], sql_type: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """Kamailio's `watchers.presentity_uri`, `speed_dial.new_uri`, `uri.uri_user`: in a table of a SIP
    or XMPP service's accounts (a user name beside its domain), a URI is an account's address
    (sip:alice@example.org) and its user part the account's handle, a registration's contact the
    URI of the account's device, `received` the address it registered from and `instance` the
    device's ID, a presence document's `sender` the device that published it; not the URI of what
    the row holds (`xcap.doc_uri` beside `doc`). A federated social network's actors are kept so too
    (Mastodon's and GoToSocial's `accounts`: `alice` at `example.social`): the actor's URI and its bare
    `url`, the profile page, identify the account; its inbox's and followers' URLs are endpoints."""
    key = ("user.account.username" if words[-1] in _URI_WORDS or words[-2:] == ["uri", "user"] or words == ["url"]
           else _REGISTERED.get("_".join(words)))
    if key is None or sql_type and sql_type not in vocab.text_types:
        return None
    names = [found for found in (name_words(sibling, vocab) for sibling in siblings) if found]
    if words[:-1] in names:
        return None  # `xcap.doc_uri` beside `doc`: where the row's document is kept
    if {"username", "domain"} <= {found[-1] for found in names}:
        return Evidence(vocab.by_key[key], True, f"its name: '{'_'.join(words)}' beside a user name and its domain, of an account")
    return None


def identity_document_detail(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                              vocab: Vocabulary) -> Evidence | None:
    """The number, issue date and expiry date of a person's identity document, in a table of
    them (`hs_hr_emp_passport.ep_passportexpiredate`, `ohrm_emp_license.license_no`,
    `gibbonPersonalDocument.documentNumber`, i-Educar's `documento.data_emissao_cert_civil`): parts
    of a government identifier, the number also named first (`num_termo`, `numero_livro`: Portuguese
    and Spanish write the number before what it numbers). A licence is a person's when the table's
    name says whose (`emp_license`), not a product's."""
    if not holds_identity_documents(context, siblings, vocab):
        return None
    number = words[-1] in NUMBER_WORDS - {"id"} or len(words) > 1 and words[0] in NUMBER_WORDS - {"id"}
    numbered = number and words[0] not in KEY_FIRST and not person_key(words, vocab)  # not `emp_number`: whose it is
    dated = sql_type in vocab.date_types and bool(set(words) & _document_dates())
    if numbered or dated:
        what = "number" if numbered else "date of issue or expiry"
        return Evidence(vocab.by_key[_GOVERNMENT_ID], True, f"its name: the {what} of an identity document")
    return None


def holds_identity_documents(context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a table holds people's identity documents: named for one (`hs_hr_emp_passport`,
    `gibbonPersonalDocument`), for a person's licence (`emp_license`, not a product's), or for
    documents whose columns name two kinds of identity document (i-Educar's `documento`)."""
    nouns = context.nouns | {singular_word(word) for word in context.words}
    licence = bool(nouns & _LICENCE_NOUNS) and any(word in vocab.person_words for word in context.words)
    return bool(nouns & _IDENTITY_DOCUMENTS or licence or _names_identity_documents(nouns, siblings, context, vocab))


def document_particular(words: list[str], context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Who or where issued a document, its series, zone or section, in a table of people's identity
    documents: a name that ends with the name of a document beside it (i-Educar's `documento`:
    `sigla_uf_exp_rg` beside `rg`, `cartorio_cert_civil` beside `data_emissao_cert_civil`,
    `zona_tit_eleitor` beside `num_tit_eleitor`: the issuing state, the registry office, the voter
    card's zone), or that starts with it, as English names it (`visa_place_of_issue` beside
    `visa_number`); not the kind of the document (`tipo_cert_civil`, `passport_type_flg`) nor the
    table's bookkeeping, which names no document (`origem_gravacao`)."""
    if len(words) < 2 or set(words) & _KIND_WORDS or not holds_identity_documents(context, siblings, vocab):
        return False
    return any(len(words) > len(document) and document in (tuple(words[-len(document):]), tuple(words[:len(document)]))
               for document in _documents_beside(siblings, vocab))


def _documents_beside(siblings: tuple[str, ...], vocab: Vocabulary) -> set[tuple[str, ...]]:
    """The documents a table's columns name: by their number or their date of issue or expiry
    (`num_tit_eleitor`, `data_emissao_cert_civil`: tit_eleitor, cert_civil), or alone when the name is
    a government identifier (`rg`, the identity card's number); not by a record date (`data_cad`)."""
    documents = set()
    for sibling in siblings:
        named = name_words(sibling, vocab)
        if any(kind.key.startswith(_GOVERNMENT_ID) and term == "_".join(named)
               for kind, term in matches(vocab.terms, named)):
            documents.add(tuple(named))
        elif set(named) & (NUMBER_WORDS | _document_dates()):
            document = tuple(word for word in named
                             if word not in NUMBER_WORDS and word not in _document_dates() and word not in _DATE_WORDS)
            if document:
                documents.add(document)
    return documents


def _names_identity_documents(nouns: set[str], siblings: tuple[str, ...], context: TableContext,
                              vocab: Vocabulary) -> bool:
    """A table named for documents whose columns name two kinds of identity document (i-Educar's
    `documento (rg, passaporte, certidao_nascimento ...)`): a person's identity documents, not a
    table of files or invoices (a tax ID is on every invoice)."""
    if not nouns & _DOCUMENT_NOUNS or PERSON in context.subjects:
        return False
    named = {term for sibling in siblings for kind, term in matches(vocab.terms, name_words(sibling, vocab))
             if kind.key.startswith(_GOVERNMENT_ID) and kind.key != _TAX_ID}
    return len(named) >= 2


@cache
def _document_dates() -> frozenset[str]:
    """The words of a document's dates of issue and expiry, in English and the other languages
    (`emissao`, `expedicao`: its issue)."""
    table = translation_table()
    return _DOCUMENT_DATES | {form for word in _DOCUMENT_DATES for form in table.get(word, ())}


def head_noun(context: TableContext, vocab: Vocabulary) -> str:
    """The table's last word that says what its rows are (`condition` in
    `gibbonPersonMedicalConditionUpdate`), singular."""
    words = without_copy_words(context.words, vocab)
    return singular_word(words[-1]) if words else ""


def names_a_procedure_or_condition(words: list[str]) -> bool:
    """A word medicine forms for a procedure or an inflammation (`appendectomy`, `colostomy`,
    `rhinoplasty`, `endoscopy`, `arthritis`, in Italian and French too), or a surgery named in plain words
    (`hip_replacement`, `hernia_repair`): it names health data."""
    return (any(len(word) >= 8 and word.endswith(_MEDICAL_ENDINGS) for word in words)
            or any(part in _BODY_PARTS and action in _SURGICAL_ACTIONS for part, action in zip(words, words[1:])))


def _logged_in(words: list[str]) -> bool:
    """`principal_name`, `principal`, `user_name`: whom a session is logged in as (Spring Session's
    `SPRING_SESSION.PRINCIPAL_NAME`), not a session's title."""
    return words in (["principal"], ["principal", "name"]) or len(words) == 2 and words[0] in _LOGGED_IN and words[1] == "name"


def _names_the_session(words: list[str]) -> bool:
    """`session_id`, `sess_id`, `pn_sessid`, `sid`: a column that names a session."""
    return words[-2:] in (["session", "id"], [_SESSION_SHORT, "id"]) or bool(words) and words[-1] in _SESSION_KEYS
