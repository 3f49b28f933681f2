"""A person's schooling: the levels of education a row of staff or applicants records.

School information systems and HR systems keep the education of their staff as columns of the
person's row: the levels reached and the courses taken, each with its status, code, institution and
kind. Brazil's school census (INEP's Educacenso) asks every school system for a teacher's
higher-education courses, postgraduate and continuing-education courses and the kind of secondary
school attended, so systems that report to it name them so (i-Educar's `servidor`:
`situacao_curso_superior_1`, `codigo_curso_superior_1`, `instituicao_curso_superior_1`,
`pos_graduacao`, `curso_formacao_continuada`, `tipo_ensino_medio_cursado`). Only people reach a
level of education:

- a table whose columns are about two different levels of education holds people, whatever it is
  called (`servidor` is a civil servant, and a server too), unless it is a table of things (a school,
  a course); a job's requirements (`exige_curso_superior`) are not about a level reached;
- in a table of people, a column named for a level of education, bare or with what of it the column
  holds (its status, code, institution, kind, course), is the person's schooling (plain `user`); its
  years and dates are not (`ano_inicio_curso_superior_1`: when it started), nor a key to another row;
- in a table of a person's education (OrangeHRM's `ohrm_emp_education (emp_number, institute, major)`,
  Frappe HR's `Employee Education (school_univ, maj_opt_subj)`), the school and the field studied are
  the person's, as text.
"""

from __future__ import annotations

from checker.evidence import Evidence
from checker.name_words import Vocabulary

# levels of education a person reaches or courses they take, as snake_case words (English, Portuguese, Spanish,
# French): a degree course (`curso_superior`), a postgraduate course, secondary school, continuing education,
# and Brazil's pedagogical complementation (the course that qualifies a graduate of another field to teach)
_LEVELS = frozenset({
    ("higher", "education"), ("tertiary", "education"), ("curso", "superior"), ("ensino", "superior"),
    ("educacao", "superior"), ("educacion", "superior"), ("estudios", "superiores"), ("enseignement", "superieur"),
    ("postgraduate",), ("post", "graduate"), ("pos", "graduacao"), ("posgraduacao",), ("posgrado",), ("postgrado",),
    ("secondary", "education"), ("ensino", "medio"), ("educacion", "secundaria"), ("ensenanza", "media"),
    ("continuing", "education"), ("formacao", "continuada"), ("educacion", "continua"), ("formation", "continue"),
    ("complementacao", "pedagogica"),
})
# what of a level a column may hold besides the level itself: its status, code, institution, kind, course, name
_PARTICULARS = frozenset({"situacao", "status", "situacion", "codigo", "code", "cod", "instituicao", "institution",
                          "institucion", "institute", "tipo", "type", "area", "curso", "course", "cursado", "formacao",
                          "nome", "name", "nombre", "nivel", "level", "grau", "degree", "completed", "concluido"})


def level_of(words: list[str]) -> tuple[str, ...] | None:
    """The level of education a name is about, bare or with what of it the column holds (`tipo_ensino_medio_cursado`:
    secondary education, its kind); none when other words say something else (`ano_inicio_curso_superior`: a year,
    a job's `exige_curso_superior`: whether it asks for one)."""
    for level in sorted(_LEVELS):
        for start in range(len(words) - len(level) + 1):
            if (tuple(words[start:start + len(level)]) == level
                    and all(word in _PARTICULARS for word in words[:start] + words[start + len(level):])):
                return level
    return None


def holds_schooling(sibling_words: list[list[str]]) -> bool:
    """Whether a table's columns are about two different levels of education: only people reach them."""
    return len({level for words in sibling_words if (level := level_of(words))}) >= 2


def schooling_detail(words: list[str], sql_type: str, people: bool, vocab: Vocabulary) -> Evidence | None:
    """A level of education, bare or with what of it the column holds, in a table of people (`people`): the
    person's schooling, unless it is a date."""
    level = level_of(words) if people and sql_type not in vocab.date_types else None
    if level is None:
        return None
    return Evidence(vocab.by_key["user"], True, f"its name: the person's schooling ('{'_'.join(level)}')")


# what a table of one person's education records is named for, in the vocabulary's languages
_EDUCATION_RECORDS = frozenset({"education", "educations", "qualification", "qualifications", "degree", "degrees",
                                "educacao", "educacion", "formacao", "formacion", "formation", "escolaridade",
                                "ausbildung", "istruzione"})
# where the person studied and what: the school and the field, named bare or as their name
_SCHOOL_AND_FIELD = frozenset({"institute", "institution", "school", "university", "college", "school_univ",
                               "major", "field_of_study", "specialization", "specialisation", "maj_opt_subj",
                               "instituicao", "institucion", "escola", "escuela", "universidade", "universidad",
                               "especializacao", "especialidad"})


def education_record_detail(words: list[str], sql_type: str, linked: bool, nouns: frozenset[str],
                            vocab: Vocabulary) -> Evidence | None:
    """The school or the field studied, as text, in a table linked to a person (`linked`) and named for their
    education (`nouns`, the table's nouns: `ohrm_emp_education.institute`, `major`)."""
    if not linked or not nouns & _EDUCATION_RECORDS or sql_type not in vocab.text_types:
        return None
    named = words[:-1] if len(words) > 1 and words[-1] in ("name", "nome", "nombre") else words
    if "_".join(named) not in _SCHOOL_AND_FIELD:
        return None
    return Evidence(vocab.by_key["user"], True, f"its name: where or what the person studied ('{'_'.join(words)}')")
