"""Statements that move rows between a table and a file on the database server, in the forms sqlglot
cannot parse: MySQL's `LOAD DATA [LOCAL] INFILE ... INTO TABLE t` and `LOAD XML`, SQL Server's `BULK
INSERT t FROM 'file'` (loads: PostgreSQL's `COPY t FROM 'file'`), and MySQL's `SELECT ... INTO OUTFILE
'file'` (an export: PostgreSQL's `COPY (SELECT ...) TO 'file'`, judged as one)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

# the dialects that write these statements (elsewhere they are no SQL, and stay unparsable)
MYSQL_FAMILY = frozenset({"mysql", "doris", "starrocks", "singlestore"})
SQL_SERVER_FAMILY = frozenset({"tsql", "fabric"})
# what may follow `INTO OUTFILE 'file'`: how the file is written, never a column
_FILE_OPTION_WORDS = frozenset({"FIELDS", "COLUMNS", "LINES", "TERMINATED", "ENCLOSED", "ESCAPED", "STARTING",
                                "OPTIONALLY", "BY", "CHARACTER", "SET", "CHARSET"})


@dataclass(frozen=True)
class FileExport:
    """A SELECT whose rows go to a server file: the query's tokens without the INTO clause, and the file."""

    tokens: list[Token]
    destination: str

    def as_copy(self, query: exp.Expression) -> exp.Copy:
        """The statement as PostgreSQL writes it, `COPY (query) TO 'file'`, so exports are judged alike."""
        return exp.Copy(this=exp.Subquery(this=query), kind=False, files=[exp.Literal.string(self.destination)])


def loads_a_file(chunk: list[Token], dialect: str) -> bool:
    """`LOAD DATA|XML ... INFILE` (MySQL) or `BULK INSERT` (SQL Server): rows read from a file into a table."""
    words = [token.text.upper() for token in chunk[:2]]
    return ((dialect in MYSQL_FAMILY and words in (["LOAD", "DATA"], ["LOAD", "XML"]))
            or (dialect in SQL_SERVER_FAMILY and words == ["BULK", "INSERT"]))


def file_export(chunk: list[Token], dialect: str) -> FileExport | None:
    """MySQL's `SELECT ... INTO OUTFILE|DUMPFILE 'file' [FIELDS ... LINES ...] [FROM ...]`, or None."""
    if (dialect not in MYSQL_FAMILY or not chunk
            or chunk[0].token_type not in (TokenType.SELECT, TokenType.WITH, TokenType.L_PAREN)):
        return None
    for start, token in enumerate(chunk[:-2]):
        if (token.token_type == TokenType.INTO and chunk[start + 1].text.upper() in ("OUTFILE", "DUMPFILE")
                and chunk[start + 2].token_type == TokenType.STRING):
            end = start + 3
            while end < len(chunk) and (chunk[end].text.upper() in _FILE_OPTION_WORDS
                                        or chunk[end].token_type == TokenType.STRING
                                        or chunk[end - 1].text.upper() in ("SET", "CHARSET")):
                end += 1
            return FileExport(chunk[:start] + chunk[end:], chunk[start + 2].text)
    return None
