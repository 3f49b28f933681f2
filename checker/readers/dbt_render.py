"""dbt's Jinja, rendered as dbt renders it but offline and in a sandbox (no file, environment or network).

Every macro of the project, of the packages in `dbt_packages/` and dbt's global macros is known before
a model renders, whatever the file order: bare names resolve in the calling macro's package, then the
root project, then dbt's globals; `dbt_utils.star`, `<project>.macro` and `dbt.date_trunc` through
package namespaces; `adapter.dispatch(name, package)` tries `<adapter>__name`, the parent adapter's and
`default__name` in each package of the search order (the project's `dispatch:` config, else the
package). Macros see the model's context (`ref`, `source`, `var`, `config`, `this` ...), `return`,
`do`, `modules`; `run_query`, `statement` and introspection answer from privgate's catalog."""

from __future__ import annotations

import datetime
import functools
import hashlib
import itertools
import json
import re
import zoneinfo
from collections.abc import Callable
from functools import cache
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any

import yaml
from jinja2 import ChainableUndefined, FunctionLoader, TemplateError, TemplateSyntaxError
from jinja2.runtime import Macro
from jinja2.sandbox import SandboxedEnvironment

from checker.readers.dbt_globals import ADAPTER_OF_DIALECT, MACRO_TEXT, PARENT_ADAPTER
from checker.readers.dbt_nodes import config_calls, enabled_of, resolve_ref, source_missing
from checker.readers.dbt_objects import (Adapter, Column, ColumnApi, CompilerError, Namespace, QueryResult, Relation,
                                         RelationApi, Response, UNKNOWN_COLUMNS, result_columns)
from checker.safe_read import read_text

if TYPE_CHECKING:
    from checker.catalog import Catalog
    from checker.readers.dbt import DbtModel, DbtProject

GLOBAL_PACKAGE = "dbt"
# dbt's global macros that ask the warehouse: privgate answers them from its catalog, also where
# dbt's own implementations are installed (theirs would ask a database privgate never opens)
INTROSPECTIVE = ("run_query", "statement", "load_result", "store_result", "get_columns_in_relation",
                 "load_relation", "is_incremental", "should_full_refresh")
# a tag, its string literals read whole: `{{ config(post_hook='grant ... on {{ this }}') }}` ends at
# the last `}}`, not at the one inside the string
_QUOTED = r"'(?:[^'\\]|\\.)*'" r'|"(?:[^"\\]|\\.)*"'
_TAG = re.compile(r"\{\{(?:" + _QUOTED + r"""|[^'"}]|\}(?!\}))*\}\}"""
                  + r"|\{%(?:" + _QUOTED + r"""|[^'"%]|%(?!\}))*%\}"""
                  + r"|\{#.*?#\}", re.DOTALL)
_NO_SQL = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)  # comments
_NOT_MACROS = re.compile(r"\{%-?\s*(test|materialization|docs|snapshot)\b.*?\{%-?\s*end\1\s*-?%\}", re.DOTALL)
_EXPRESSION = re.compile(r"\{\{([-+]?)(.*?)([-+]?)\}\}", re.DOTALL)
_LINE_COMMENT = re.compile(r"^((?:[^'\n-]|'[^'\n]*'|-(?!-))*)--(.*)$")
# the filters dbt adds to Jinja's: in a model's text they return their value as it is (dbt turns it
# into a bool or number only where it renders natively, in a project file's config)
DBT_TEXT_FILTERS = ("as_bool", "as_native", "as_number", "as_text")


class RenderError(Exception):
    """A model that cannot be rendered: the reason, the macro it failed in and its line in the model."""

    def __init__(self, reason: str, line: int | None, macro: str | None) -> None:
        super().__init__(reason)
        self.reason, self.line, self.macro = reason, line, macro


class _Return(Exception):
    """dbt's `return(value)`: ends the macro with a value (dbt's own mechanism)."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value


class _Unknown(ChainableUndefined):
    """A name nobody defines: calling it fails with its name, so the problem says what is missing."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        owner = self._undefined_obj
        if isinstance(owner, Namespace) and owner._package:
            # `fivetran_utils.union_connections`: the package is there, the macro is not
            raise TemplateError(f"'{owner._name}.{self._undefined_name}' is not a macro of the {owner._name} found "
                                "(in dbt_packages/ or the project): the installed version may not be the one "
                                "packages.yml asks for (run `dbt deps`)")
        raise TemplateError(f"'{self._undefined_name}' is not available to privgate's sandboxed rendering "
                            "(a macro of a package not installed in dbt_packages/?)")


_REQUIRED = object()  # var() called without a default
MAX_VALUE_CHARS = 16_000_000  # no string, list or rendered text of a model's Jinja may be longer
MAX_PRODUCED_CHARS = 64_000_000  # what all calls of one render may return together
MAX_POWER_BITS = 4096  # `a ** b` may give an integer of at most this many bits
_FORMAT_WIDTH = re.compile(r"[%{][^%{}]*?(\d{7,})")  # a field width or precision of a million or more


class _TooLarge(TemplateError):
    """A template value past the render limits (memory, not correctness: the model is not rendered)."""


class _Sandbox(SandboxedEnvironment):
    """dbt's macros may start with an underscore (`dbt_utils._is_relation`): those are allowed on a
    package namespace; every other rule of Jinja's sandbox stays. Values are bounded: `*`, `+`, `%`
    and `**` are checked before they compute, every call's result and every joined output after
    (a 36-byte `{{ 'x' * 300000000 }}` is an input finding, not 300 MB)."""

    intercepted_binops = frozenset({"*", "+", "%", "**"})
    produced = 0  # characters returned by calls during the current render (reset by render_model)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, Namespace) and isinstance(value, _MacroCall):
            return True
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sized, count in ((left, right), (right, left)):
                if isinstance(sized, (str, list, tuple)) and isinstance(count, int) and count > 0:
                    _bounded(len(sized) * count)
        elif operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
            _bounded(len(left) + len(right))
        elif operator == "%" and isinstance(left, str) and _FORMAT_WIDTH.search(left):
            raise _TooLarge(f"a format width past the render limit of {MAX_VALUE_CHARS:,} characters")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 \
                and abs(left) > 1 and right * abs(left).bit_length() > MAX_POWER_BITS:
            raise _TooLarge(f"an integer power past {MAX_POWER_BITS} bits")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        if getattr(__obj, "__name__", None) in ("format", "center", "ljust", "rjust", "zfill") \
                and isinstance(getattr(__obj, "__self__", None), str):
            if any(isinstance(arg, int) and arg > MAX_VALUE_CHARS for arg in args) \
                    or _FORMAT_WIDTH.search(__obj.__self__):
                raise _TooLarge(f"a format width past the render limit of {MAX_VALUE_CHARS:,} characters")
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        except _Return as returned:  # a macro of the caller's own file, called without a _MacroCall
            if not isinstance(__obj, Macro):
                raise
            result = returned.value
        if isinstance(result, (str, list, tuple)):
            _bounded(len(result))
            __self.produced += len(result)
            if __self.produced > MAX_PRODUCED_CHARS:
                raise _TooLarge(f"the model's macros return more than {MAX_PRODUCED_CHARS:,} characters together")
        return result

    def concat(self, pieces: Any) -> str:  # type: ignore[override] - every macro's and the model's output
        parts, total = [], 0
        for piece in pieces:
            total += len(piece)
            _bounded(total)
            parts.append(piece)
        return "".join(parts)


def _bounded(size: int) -> None:
    if size > MAX_VALUE_CHARS:
        raise _TooLarge(f"renders a value of more than {MAX_VALUE_CHARS:,} characters (the render limit)")


def _bounded_filter(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    """A Jinja filter whose result is checked against the render limit; `join` and the padding
    filters are checked before they build their text."""
    @functools.wraps(function)  # keeps Jinja's pass_context / pass_eval_context marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        values = [arg for arg in args if not hasattr(arg, "environment")]  # without Jinja's context argument
        if name == "join" and values and isinstance(values[0], (list, tuple, range)):
            separator = values[1] if len(values) > 1 else kwargs.get("d", "")
            _bounded(sum(len(str(item)) for item in values[0]) + len(str(separator)) * len(values[0]))
        elif name in ("center", "indent", "truncate", "wordwrap") and any(
                isinstance(value, int) and value > MAX_VALUE_CHARS for value in [*values[1:], *kwargs.values()]):
            raise _TooLarge(f"a width past the render limit of {MAX_VALUE_CHARS:,} characters")
        result = function(*args, **kwargs)
        if isinstance(result, (str, list, tuple)):
            _bounded(len(result))
        return result
    return bounded


def _as_is(value: Any) -> Any:
    return value


def _format_filter(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's `format` filter with the render limit on field widths."""
    text = str(value)
    if _FORMAT_WIDTH.search(text):
        raise _TooLarge(f"a format width past the render limit of {MAX_VALUE_CHARS:,} characters")
    result = text % (kwargs or args)
    _bounded(len(result))
    return result


class _MacroFile:
    """One macro file, compiled the first time one of its macros is called (a package defines many
    macros a project never calls, and compiling is most of the cost of loading them)."""

    def __init__(self, environment: SandboxedEnvironment, package: str, display: str, text: str) -> None:
        self.environment, self.package, self.display, self.text = environment, package, display, text
        self._template: Any = None

    @property
    def template(self) -> Any:
        """The compiled jinja2.Template; a file Jinja cannot read raises CompilerError naming it."""
        if self._template is None:
            try:
                self._template = _compiled(self.environment, self.text, self.display)
            except (TemplateSyntaxError, RecursionError) as error:
                where = f"{self.display}:{getattr(error, 'lineno', '?')}"
                raise CompilerError(f"macro file cannot be loaded: {error} ({where})") from None
        return self._template


def _compiled(environment: SandboxedEnvironment, text: str, filename: str) -> Any:
    """`text` compiled into a jinja2.Template of `environment` (no loader involved)."""
    return environment.template_class.from_code(environment, environment.compile(text, filename=filename),
                                                environment.make_globals(None), None)


_MACRO_NAME = re.compile(r"\{%-?\s*macro\s+(\w+)")


class MacroLibrary:
    """Every macro file of a project indexed by package and macro name (compiled on first use)."""

    def __init__(self, files: tuple[tuple[str, str, str], ...]) -> None:
        self.environment = _Sandbox(
            undefined=_Unknown, autoescape=False, keep_trailing_newline=True,
            extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"],
            loader=FunctionLoader(lambda name: None))  # include/import find nothing
        self.environment.filters["format"] = _format_filter
        self.environment.filters.update(dict.fromkeys(DBT_TEXT_FILTERS, _as_is))
        for name, function in list(self.environment.filters.items()):
            self.environment.filters[name] = _bounded_filter(function, name)
        self.macros: dict[str, dict[str, _MacroFile]] = {}
        self.templates: dict[tuple[str, str], Any] = {}  # (file, text) -> compiled model template, once per process
        # installed dbt's own global macros first (the first definition of a name wins), then
        # privgate's imitations for what is missing, then the project's and its packages' macros
        core = [entry for entry in files if entry[0] == GLOBAL_PACKAGE]
        for package, display, path in [*core, (GLOBAL_PACKAGE, "privgate's dbt global macros", ""),
                                       *(entry for entry in files if entry[0] != GLOBAL_PACKAGE)]:
            if not path:
                self._add(package, display, MACRO_TEXT)
                continue
            try:
                text = read_text(path)  # a regular file, bounded
            except (OSError, UnicodeDecodeError):
                continue
            self._add(package, display, text)

    def _add(self, package: str, display: str, text: str) -> None:
        text = _NOT_MACROS.sub(lambda match: "\n" * match.group(0).count("\n"), text)
        names = self.macros.setdefault(package, {})
        macro_file = _MacroFile(self.environment, package, display, text)
        for name in _MACRO_NAME.findall(text):
            names.setdefault(name, macro_file)

    def find(self, package: str, name: str) -> _MacroFile | None:
        return self.macros.get(package, {}).get(name)

    def template(self, filename: str, text: str) -> Any:
        """A model's (or a YAML value's) template, compiled the first time this process renders that
        text (lineage and the scan render the same models). Raises jinja2's TemplateSyntaxError."""
        template = self.templates.get((filename, text))
        if template is None:
            template = self.templates[(filename, text)] = _compiled(self.environment, _keep_lines(text), filename)
        return template


@cache
def library(files: tuple[tuple[str, str, str], ...]) -> MacroLibrary:
    return MacroLibrary(files)


def adapter_for(dialect: str | None) -> str:
    return ADAPTER_OF_DIALECT.get((dialect or "postgres").lower(), (dialect or "postgres").lower())


NO_WAREHOUSE_ROWS = "privgate, reading no warehouse, gets no rows"  # why SQL built from query results is missing


class RenderedSql(str):
    """A model's rendered SQL, with the query its Jinja asked the warehouse (`run_query`,
    `statement('get_column_values')`), if any, and the first relation whose columns it asked for
    that privgate does not know (answered with one `*` column): SQL built from either may not parse."""

    queried: str | None = None
    unknown_columns: str | None = None
    disabled = False  # the model's config() (or its schema file's or folder's) says enabled is false under the project's vars
    unread: tuple[str, ...] = ()  # the relations it refs or sources whose columns privgate does not know
    missing: tuple[str, ...] = ()  # its refs and sources that name nothing the project defines, as dbt would say
    missing_relations: tuple[str, ...] = ()  # the relations privgate reads for those (columns unknown)

    def missing_described(self) -> str | None:
        """What dbt would refuse in the model's refs and sources, for a message (None when nothing)."""
        if not self.missing:
            return None
        return (f"{'; '.join(self.missing)}: dbt would not compile this model, and privgate reads "
                f"{'that relation' if len(self.missing) == 1 else 'those relations'} as columns unknown (`*`), so "
                "the model's lineage through it is not seen (install the package that defines it in dbt_packages/, "
                "or accept this where the project using this one supplies it)")

    def unresolved_because(self, reported: tuple[str, ...] = ()) -> str | None:
        """Why a column of the model may not be placed in its sources, for a message: whose columns are unknown,
        leaving out the `reported` relations (those of refs the model's INP005 already names)."""
        unread = [relation for relation in self.unread if relation not in reported]
        if not unread:
            return None
        return (f"privgate knows no columns of {', '.join(unread)}: no model, source, seed or DDL it reads "
                "lists them" + (", or the project lacks a model a ref names" if self.missing and not reported else ""))

    def guessed(self) -> str | None:
        """Why the SQL may not be the model's own, for a message: what privgate could not answer."""
        if self.queried:
            return f"the model's Jinja built it from what {self.queried} returns, and {NO_WAREHOUSE_ROWS}"
        if self.unknown_columns:
            return (f"the model's Jinja built it from the columns of {self.unknown_columns}, which privgate does not "
                    "know (no DDL, schema file or renderable model lists them), so it answered `*`")
        if self.disabled:
            return ("the model's config (or its folder's) sets enabled to false under the project's vars, so dbt "
                    "would not build it; "
                    "privgate renders it anyway, and its Jinja may leave no whole query: give the vars that enable "
                    "it as dbt would be run (`--vars '{name: value}'`, or `catalog: dbt_vars:` in the config)")
        return None


def render_model(project: DbtProject, model: DbtModel, text: str, catalog: Catalog | None,
                 dialect: str | None, macro_sources: tuple[tuple[str, str, str], ...] | None = None,
                 value_only: bool = False) -> str:
    """The model's SQL; every line of the template stays on its line. Raises RenderError.
    `macro_sources` replaces the project's macro files (privgate's imitations instead of dbt's own);
    `value_only`: `text` is a YAML value rendered in the model's scope, not the model, so whether the
    model is enabled is not asked (a folder's `+enabled` flag asking it again would recurse)."""
    run = _Run(project, model, catalog, dialect, macro_sources)
    environment = run.library.environment
    try:
        template = run.library.template(model.relative, text)
    except TemplateSyntaxError as error:
        raise RenderError(f"invalid Jinja: {error.message}", error.lineno, None) from None
    except (RecursionError, MemoryError, OverflowError) as error:  # nesting the parser cannot follow
        raise RenderError(f"invalid Jinja: too deeply nested ({type(error).__name__})", None, None) from None
    context = template.new_context(run.scope(project.name), shared=True)
    environment.produced = 0  # type: ignore[attr-defined]
    try:
        try:
            sql = environment.concat(template.root_render_func(context))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - rewritten below into template lines
            environment.handle_exception()
        if not (run.queried and not _NO_SQL.sub("", sql).strip(" \t\r\n;")):
            rendered = RenderedSql(sql)
            rendered.queried, rendered.unknown_columns = run.queried, run.adapter.unknown
            rendered.disabled = (not value_only and model.relative in project.models
                                 and not enabled_of(project, model, "", run.config.values))
            rendered.unread = tuple(dict.fromkeys(run.unread))
            rendered.missing = tuple(dict.fromkeys(run.missing))
            rendered.missing_relations = tuple(dict.fromkeys(run.missing_relations))
            return rendered
    except _Return as returned:
        return str(returned.value)
    except (RecursionError, MemoryError, OverflowError) as error:
        raise RenderError(f"too deep or too large ({type(error).__name__})", _line_in(error.__traceback__, model.relative),
                          getattr(error, "privgate_macro", None)) from None
    except Exception as error:  # noqa: BLE001 - template code can raise anything (1/0, a macro called wrongly)
        reason = str(error) if isinstance(error, (TemplateError, CompilerError)) else f"{type(error).__name__}: {error}"
        if run.queried and not isinstance(error, CompilerError):
            # dbt_utils.pivot over get_column_values: the rows a query would return are none here
            reason = (f"{reason[:160]}, after {run.queried}: the model's Jinja uses the rows the warehouse would "
                      f"return, and {NO_WAREHOUSE_ROWS}")
        raise RenderError(reason[:320], _line_in(error.__traceback__, model.relative),
                          getattr(error, "privgate_macro", None)) from None
    # `{% for row in run_query(...) %} select ... {% endfor %}`: the rows would come from the warehouse
    raise RenderError(f"the model renders to no SQL: its query is built from what {run.queried} returns, "
                      f"and {NO_WAREHOUSE_ROWS}", None, None)


def render_value(project: DbtProject, model: DbtModel, text: str) -> str:
    """A YAML value with Jinja (a source's `schema: "{{ var('raw') }}"`), rendered like a model."""
    try:
        return render_model(project, model, text, None, None, value_only=True).strip()
    except RenderError:
        return text


def _line_in(trace: TracebackType | None, filename: str) -> int | None:
    """The innermost line of the model's template in a (Jinja-rewritten) traceback."""
    line = None
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == filename:
            line = trace.tb_lineno
        trace = trace.tb_next
    return line


def _keep_lines(text: str) -> str:
    """Follow every multi-line tag with the newlines it spans, so rendered SQL keeps its line numbers,
    and print each `{{ expression }}` of the model on one line (macros return many lines)."""
    def pad(match: re.Match[str]) -> str:
        tag = match.group(0)
        newlines = tag.count("\n")
        if tag.startswith("{#"):
            return tag + "\n" * newlines
        if tag.startswith("{{"):
            parts = _EXPRESSION.fullmatch(tag)
            if parts and parts.group(2).strip():
                tag = f"{{{{{parts.group(1)} _privgate_oneline({parts.group(2)}) {parts.group(3)}}}}}"
        return tag + ("{{ '" + "\\n" * newlines + "' }}" if newlines else "")
    return _TAG.sub(pad, text)


def _oneline(value: Any) -> str:
    """A macro's many lines as one: `--` comments become `/* */` so they end where they did."""
    text = str(value)
    if "\n" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        comment = _LINE_COMMENT.match(line)
        lines.append(f"{comment.group(1)}/*{comment.group(2).replace('*/', '* /')} */" if comment else line)
    return " ".join(lines)


class _Scope(dict[str, Any]):
    """The names a package's macros see, looked up on first use (macros, then package namespaces)."""

    def __init__(self, run: _Run, package: str, base: dict[str, Any]) -> None:
        super().__init__(base)
        self.run, self.package = run, package

    def __missing__(self, key: str) -> Any:
        found = self.run.lookup(self.package, key)
        if found is None:
            raise KeyError(key)
        self[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True


class _MacroCall:
    """A macro as dbt calls it: `return(...)` gives its value; a failure remembers the innermost macro."""

    def __init__(self, qualified: str, macro: Callable[..., Any]) -> None:
        self.qualified, self.macro = qualified, macro

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.macro(*args, **kwargs)
        except _Return as returned:
            return returned.value
        except Exception as error:
            if not hasattr(error, "privgate_macro"):
                try:
                    error.privgate_macro = self.qualified  # type: ignore[attr-defined]
                except AttributeError:
                    pass
            raise


class _Config:
    """`config(...)` in a model and `config.get(...)` in its macros."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        for arg in args:
            if isinstance(arg, dict):
                self.values.update(arg)
        self.values.update(kwargs)
        return ""

    def get(self, name: str, default: Any = None, validator: Any = None) -> Any:
        return self.values.get(name, default)

    def require(self, name: str, validator: Any = None) -> Any:
        if name not in self.values:
            raise CompilerError(f"the model's config does not set '{name}'")
        return self.values[name]

    def persist_relation_docs(self) -> bool:
        return False

    def persist_column_docs(self) -> bool:
        return False


class _Run:
    """One model's rendering: its context, the macro modules instantiated for it, its query results."""

    def __init__(self, project: DbtProject, model: DbtModel, catalog: Catalog | None, dialect: str | None,
                 macro_sources: tuple[tuple[str, str, str], ...] | None = None) -> None:
        self.project, self.model, self.catalog = project, model, catalog
        self.library = library(project.macro_sources if macro_sources is None else macro_sources)
        self.adapter_type = adapter_for(dialect or project.dialect)
        self.dialect = (dialect or project.dialect or "postgres").lower()
        self.modules: dict[int, Any] = {}
        self.scopes: dict[str, _Scope] = {}
        self.results: dict[str, dict[str, Any]] = {}
        self.config = _Config()
        self.queried: str | None = None  # run_query or statement, once the model's Jinja asked the warehouse
        self.unread: list[str] = []  # relations referenced whose columns privgate does not know
        self.missing: list[str] = []  # refs and sources naming nothing the project or its packages define
        self.missing_relations: list[str] = []  # the relations those read
        self.base = self._base()

    # -- names ---------------------------------------------------------------------------------
    def scope(self, package: str) -> _Scope:
        if package not in self.scopes:
            self.scopes[package] = _Scope(self, package, {**self.base, "var": self._var(package)})
        return self.scopes[package]

    def lookup(self, package: str, name: str) -> Any:
        for source in dict.fromkeys((package, self.project.name, GLOBAL_PACKAGE)):
            if self.library.find(source, name) is not None:
                return self.macro_in(source, name)
        if name in self.library.macros:
            return self.namespace(name)
        return None

    def namespace(self, package: str) -> Namespace:
        def attribute(name: str) -> Any:
            if package == GLOBAL_PACKAGE and name in INTROSPECTIVE:
                return self.base[name]
            found = self.macro_in(package, name)
            return self.base.get(name) if found is None and package == GLOBAL_PACKAGE else found
        return Namespace(package, attribute, package=True)

    def macro_in(self, package: str, name: str) -> _MacroCall | None:
        macro_file = self.library.find(package, name)
        if macro_file is None:
            return None
        key = id(macro_file)
        if key not in self.modules:  # the file's top level run once: its macros, `_private` ones too
            context = macro_file.template.new_context(self.scope(package), shared=True)
            for _ in macro_file.template.root_render_func(context):
                pass
            self.modules[key] = context.vars
        macro = self.modules[key].get(name)
        return _MacroCall(f"{package}.{name}", macro) if macro is not None else None

    def dispatch(self, macro_name: str, macro_namespace: str | None = None, packages: Any = None) -> _MacroCall:
        configured = self.project.dispatch.get(macro_namespace or "")
        if configured:
            search = list(configured)
        elif macro_namespace == GLOBAL_PACKAGE or macro_namespace in self.library.macros:
            search = [self.project.name, macro_namespace]  # an installed package: the root project may override it
        else:  # no namespace, or one naming no package (the Tuva Project's 'macros'): every package's macros
            search = [self.project.name, *self.library.macros]
        prefixes = [prefix for prefix in (self.adapter_type, PARENT_ADAPTER.get(self.adapter_type), "default") if prefix]
        for package in dict.fromkeys(search):
            for prefix in prefixes:
                found = self.macro_in(package, f"{prefix}__{macro_name}")
                if found is not None:
                    return found
        raise CompilerError(f"adapter.dispatch('{macro_name}', '{macro_namespace}') found no "
                            f"{' or '.join(p + '__' + macro_name for p in prefixes)} in {', '.join(dict.fromkeys(search))}")

    # -- the context -----------------------------------------------------------------------------
    def _base(self) -> dict[str, Any]:
        project, model = self.project, self.model
        this = Relation(model.name.lower(), None, None, model.name.lower())
        target = {"name": "dev", "target_name": "dev", "schema": "public", "database": "analytics",
                  "type": self.adapter_type, "threads": 1, "profile_name": project.name, "user": "privgate"}
        adapter = self.adapter = Adapter(self.adapter_type, self.dispatch, self.columns_of, self.dialect)
        return {
            **self.library.environment.globals,  # range, dict, namespace ...: a shared context skips them
            "ref": self._ref, "source": self._source, "env_var": _env_var, "config": self.config, "this": this,
            "model": {"name": model.name, "unique_id": f"model.{project.name}.{model.name}", "resource_type": "model",
                      "package_name": project.name, "original_file_path": model.relative, "alias": model.name,
                      "config": self.config.values, "tags": [], "fqn": [project.name, model.name]},
            "target": target, "execute": True, "project_name": project.name, "modules": _MODULES,
            "return": _return, "log": _nothing, "print": _nothing, "exceptions": _EXCEPTIONS,
            "adapter": adapter,
            "api": Namespace("api", {"Column": ColumnApi(self.adapter_type), "Relation": RelationApi()}.get),
            "run_query": self._run_query, "statement": self._statement, "load_result": self.results.get,
            "store_result": self._store_result, "is_incremental": lambda: False, "should_full_refresh": lambda: False,
            "get_columns_in_relation": adapter.get_columns_in_relation, "load_relation": lambda relation: relation,
            "flags": Namespace("flags", {"WHICH": "compile", "FULL_REFRESH": False, "STORE_FAILURES": False}.get),
            "graph": {"nodes": {}, "sources": {}, "exposures": {}, "metrics": {}, "macros": {}},
            "invocation_id": "00000000-0000-0000-0000-000000000000",
            "run_started_at": datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc),
            "builtins": {"ref": self._ref, "source": self._source, "config": self.config},
            "tojson": _tojson, "fromjson": _fromjson, "toyaml": _toyaml, "fromyaml": _fromyaml,
            "zip": _zip, "set": _set, "zip_strict": zip, "set_strict": set,
            "local_md5": lambda text: hashlib.md5(str(text).encode()).hexdigest(),
            "selected_resources": [], "dbt_version": "1.8.0", "_privgate_oneline": _oneline,
        }

    def _ref(self, *names: Any, **kwargs: Any) -> Relation:
        resolved = resolve_ref(self.project, names, kwargs)
        if resolved.missing:
            self.missing.append(resolved.missing)
            self.missing_relations.append(resolved.relation)
        name = resolved.relation
        self._note_unread(name)
        return Relation(name, None, None, name)

    def _source(self, source_name: str, table_name: str) -> Relation:
        key = (str(source_name), str(table_name))
        relation = self.project.sources.get(key) or self.project.package_sources.get(key) or \
            f"{source_name}.{table_name}".lower()
        missing = source_missing(self.project, source_name, table_name)
        if missing:
            self.missing.append(missing)
            self.missing_relations.append(relation)
        schema, _, identifier = relation.rpartition(".")
        self._note_unread(relation)
        return Relation(identifier, schema or None, None, relation)

    def _note_unread(self, relation: str) -> None:
        """Remember a relation whose columns privgate does not know (only once a catalog is there to ask)."""
        if self.catalog is None:
            return
        found = self.columns_of(relation)
        if not found or all(column.name == UNKNOWN_COLUMNS for column in found):
            self.unread.append(relation)

    def _var(self, package: str) -> Callable[..., Any]:
        values = self.project.vars_for(package)

        def var(name: str, default: Any = _REQUIRED) -> Any:
            if name not in values:
                if default is _REQUIRED:  # dbt stops here too (`Required var 'x' not found in config`)
                    raise CompilerError(f"Required var '{name}' not found in config: give it as dbt would be run "
                                        f"(`--vars '{{{name}: ...}}'`, or `catalog: dbt_vars:` in the config) or "
                                        f"under `vars:` in dbt_project.yml, as dbt needs it to compile the model")
                return default
            value = values[name]
            if isinstance(value, str) and ("{{" in value or "{%" in value):
                # dbt renders a var's text where var() is called: `GTFS_RT_START: "{{ '2022-09-15' if
                # target.name == 'prod' else ... }}"` is a date, not Jinja pasted into the model
                template = self.library.template(f"<var {name}>", value)
                context = template.new_context(self.scope(package), shared=True)
                return self.library.environment.concat(template.root_render_func(context))  # type: ignore[attr-defined]
            return value
        return var

    def columns_of(self, relation: str) -> list[Column] | None:
        """The columns privgate knows for a relation (catalog, else the project's schema files)."""
        name = relation.replace('"', "").replace("`", "").lower()
        table = self.catalog.table(name) if self.catalog is not None else None
        if table is not None and table.columns:
            string = ColumnApi(self.adapter_type).translate_type("string")
            return [Column(column, table.types.get(column) or string) for column in table.columns]
        definition = self.project.definitions.get(name) or self.project.definitions.get(name.split(".")[-1])
        if definition is not None and definition.columns:
            return [Column(column, definition.types.get(column, "varchar")) for column in definition.columns]
        return None

    def _run_query(self, sql: Any) -> QueryResult:
        self.queried = self.queried or "run_query"
        return QueryResult(result_columns(str(sql), self.dialect))

    def _statement(self, name: str | None = None, fetch_result: bool = False, auto_begin: bool = True,
                   language: str = "sql", caller: Any = None) -> str:
        self.queried = self.queried or (f"statement('{name}')" if name else "statement")
        sql = str(caller()) if caller is not None else ""
        self._store_result(name or "main", Response(), QueryResult(result_columns(sql, self.dialect)))
        return ""

    def _store_result(self, name: str, response: Any = None, agate_table: Any = None) -> str:
        self.results[name] = {"response": response, "data": [], "table": agate_table or QueryResult(["value"])}
        return ""


def is_false(value: Any) -> bool:
    """A config value dbt reads as false (`enabled=false`, or the text "false" a var may hold)."""
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


def model_config(project: DbtProject, model: DbtModel, text: str) -> dict[str, Any]:
    """What the `{{ config(...) }}` calls of a model's text set, rendered alone (no model, no catalog);
    {} when they cannot be rendered."""
    calls = config_calls(text)
    if not calls:
        return {}
    run = _Run(project, model, None, None)
    try:
        template = run.library.template(f"{model.relative} (config)", calls)
        context = template.new_context(run.scope(project.name), shared=True)
        run.library.environment.concat(template.root_render_func(context))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - template code can raise anything: the model's own rendering reports it
        return {}
    return run.config.values


def _env_var(name: str, default: Any = "") -> Any:
    """The default only: privgate never reads the environment."""
    return default


def _return(value: Any) -> None:
    raise _Return(value)


def _nothing(*args: Any, **kwargs: Any) -> str:
    return ""


def _raise_compiler_error(message: Any, node: Any = None) -> None:
    raise CompilerError(str(message))


def _set(value: Any, default: Any = None) -> Any:
    """dbt's set: the default for a value that is no collection (set_strict raises instead)."""
    try:
        return set(value)
    except TypeError:
        return default


def _zip(*args: Any, default: Any = None) -> Any:
    """dbt's zip: the default for arguments that are no collections (zip_strict raises instead)."""
    try:
        return zip(*args)
    except TypeError:
        return default


def _tojson(value: Any, sort_keys: bool = False) -> str:
    """dbt's tojson, stopped as soon as the text passes the render limit."""
    parts, total = [], 0
    for part in json.JSONEncoder(sort_keys=sort_keys, default=str).iterencode(value):
        total += len(part)
        _bounded(total)
        parts.append(part)
    return "".join(parts)


def _fromjson(text: Any, default: Any = None) -> Any:
    """dbt's fromjson; nesting past the recursion limit is the render's error."""
    try:
        return json.loads(str(text))
    except ValueError:
        return default


def _fromyaml(text: Any, default: Any = None) -> Any:
    """dbt's fromyaml through privgate's bounded loader (node count, depth, safe tags only)."""
    from checker.errors import ConfigError
    from checker.yamlio import load_yaml

    try:
        return load_yaml(str(text), "fromyaml()")[0]
    except ConfigError as error:
        raise _TooLarge(f"fromyaml(): {error}") from None


def _toyaml(value: Any, default: Any = None) -> str:
    """dbt's toyaml, bounded like tojson (YAML is longer than JSON only by layout)."""
    _tojson(value)
    return yaml.safe_dump(value)


def _public(module: Any) -> Namespace:
    names = {name: value for name in dir(module) if not name.startswith("_")
             and not isinstance(value := getattr(module, name), ModuleType)}  # datetime.sys is no part of it
    return Namespace(module.__name__, names.get)


class _Pytz:
    """dbt exposes pytz; privgate answers `modules.pytz.timezone(...)` with zoneinfo."""

    utc = datetime.timezone.utc

    @staticmethod
    def timezone(name: str) -> datetime.tzinfo:
        try:
            return zoneinfo.ZoneInfo(str(name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise CompilerError(f"unknown time zone '{name}'") from None


_MODULES = Namespace("modules", {"datetime": _public(datetime), "re": _public(re), "itertools": _public(itertools),
                                 "pytz": _Pytz()}.get)
_EXCEPTIONS = Namespace("exceptions", {"raise_compiler_error": _raise_compiler_error, "warn": _nothing,
                                       "raise_not_implemented": _raise_compiler_error,
                                       "raise_database_error": _raise_compiler_error}.get)
