"""Prebuilt Core statements run straight on the driver's cursor.

Each statement is compiled once per dialect and parameter shape; values go through
SQLAlchemy's own bind processors and column defaults, so rows are written exactly as
`Connection.execute` writes them. What is skipped is its per-call machinery (cache key,
parameter objects, result wrapping): a third of the cost of a small INSERT, and nine
tenths of a small SELECT, on the paths every message and every order takes.

`run` is for DML (RETURNING gives raw driver values: integer ids and counters). `rows`
and `scalar` are for SELECTs: their values go through SQLAlchemy's result processors
(Decimal from SQLite's floats, dates from its strings), as `Connection.execute` returns
them. An expanding IN (`col.in_(list)`) is not supported: a fixed list is written as
`col.in_([literal(v), ...])`, a list given per call as one statement per list length.

`bind` does a row's share of that work (defaults, JSON, datetimes) ahead of the transaction
and `run_bound` only executes: for writes that hold SQLite's single write lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.selectable import Select

__all__ = ["Bound", "bind", "rows", "run", "run_bound", "scalar"]


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    # (the caller's parameter dict, the column defaults' values) -> the driver's parameters
    # (tuple or dict): defaults filled in, the statement's literals in place, bind
    # processors applied
    values: Callable[[dict[str, Any], tuple[Any, ...]], Any]
    # the Python-side column defaults, evaluated once per call (an executemany's rows
    # share them: twenty order lines get one created_at, not twenty a microsecond apart)
    defaults: tuple[Callable[[], Any], ...]
    # given parameters the driver takes as they are (no bind processor): their position in
    # the driver's parameters (index or name), for `Bound.with_value`
    plain: dict[str, int | str]

    def driver_values(self, params: Any, many: bool) -> Any:
        d = tuple(f() for f in self.defaults)
        make = self.values
        return [make(p, d) for p in params] if many else make(params, d)


# keyed by the statement's id; the entry holds the statement so that the id stays its own
_CACHE: dict[tuple[int, str, tuple[str, ...]], tuple[UpdateBase, _Compiled]] = {}


def _default(column: Any, onupdate: bool) -> Callable[[], Any]:
    spec = column.onupdate if onupdate else column.default
    if spec is None or not (spec.is_scalar or spec.is_callable):
        raise ValueError(f"{column}: no Python-side default to fill in")
    if spec.is_scalar:
        value = spec.arg
        return lambda: value
    fn = spec.arg
    return lambda: fn(None)  # SQLAlchemy wraps plain callables to take a context


def _compile(dialect: Dialect, stmt: Executable, keys: tuple[str, ...]) -> _Compiled:
    # columns the database computes (server defaults, SET x = x + :q) need nothing from us
    comp = stmt.compile(dialect=dialect, column_keys=list(keys))
    if "__[POSTCOMPILE_" in comp.string:
        raise ValueError(
            f"{stmt}: an expanding IN is not supported here: write col.in_([literal(v), ...])"
            " or one statement per list length"
        )
    # columns the statement sets from their Python-side defaults
    defaults = {c.key: _default(c, False) for c in comp.insert_prefetch}
    defaults.update((c.key, _default(c, True)) for c in comp.update_prefetch)
    given = set(keys)
    procs = comp._bind_processors
    names = tuple(comp.positiontup if comp.positional else comp.bind_names.values())
    # one generated function per statement and parameter shape: a row of an executemany
    # costs one call, no loops over columns (this runs for every order line written)
    scope: dict[str, Any] = {}
    exprs = []
    used: list[Callable[[], Any]] = []
    for i, name in enumerate(names):
        proc = procs.get(name)
        if name in given:
            value = f"p[{name!r}]"
        elif name in defaults:
            value = f"d[{len(used)}]"
            used.append(defaults[name])
        else:
            # a literal of the statement (status == "running", values(status="done"))
            bind = comp.binds[name]
            if bind.required:
                raise sa_exc.ArgumentError(f"a value is required for bind parameter {name!r}")
            scope[f"t{i}"] = (
                proc(bind.effective_value) if proc is not None else bind.effective_value
            )
            exprs.append(f"t{i}")
            continue
        if proc is not None:
            if isinstance(comp.binds[name].type, (Date, DateTime)):
                proc = _last_one(proc)
            scope[f"f{i}"] = proc
            value = f"f{i}({value})"
        exprs.append(value)
    if comp.positional:
        body = "(" + "".join(f"{e}, " for e in exprs) + ")"
    else:
        body = "{" + ", ".join(f"{n!r}: {e}" for n, e in zip(names, exprs, strict=True)) + "}"
    exec(f"def values(p, d):\n    return {body}\n", scope)  # noqa: S102 - our own column names
    plain = {
        name: i if comp.positional else name
        for i, name in enumerate(names)
        if name in given and name not in procs
    }
    return _Compiled(comp.string, scope["values"], tuple(used), plain)


def _last_one(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`proc` remembering its last value: the rows of an executemany mostly share their
    dates and times (formatting one is a string % on SQLite, ~3 us)."""
    last: tuple[Any, Any] = (object(), None)

    def process(value: Any) -> Any:
        nonlocal last
        seen = last  # one read: another thread may replace it meanwhile
        if seen[0] is value:
            return seen[1]
        out = proc(value)
        last = (value, out)
        return out

    return process


def _compiled(dialect: Dialect, stmt: Executable, keys: tuple[str, ...]) -> _Compiled:
    key = (id(stmt), dialect.name, keys)
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = (stmt, _compile(dialect, stmt, keys))
    return hit[1]


def _cursor_execute(
    conn: Connection, sql: str, values: Any, many: bool, *, fetch: bool = False
) -> tuple[Any, list[Any] | None]:
    """Execute on the driver's cursor of `conn`, and fetch the rows if asked (a driver may
    raise while fetching too); DBAPI errors come out as SQLAlchemy's."""
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.driver_connection.cursor()
    try:
        if many:
            cursor.executemany(sql, values)
        else:
            cursor.execute(sql, values)
        return cursor, cursor.fetchall() if fetch else None
    except dbapi.Error as err:
        raise sa_exc.DBAPIError.instance(sql, values, err, dbapi.Error) from err


def _execute(
    conn: Connection,
    stmt: Executable,
    params: dict[str, Any] | Sequence[dict[str, Any]],
    *,
    fetch: bool = False,
) -> tuple[Any, list[Any] | None, _Compiled]:
    """Run `stmt` (one parameter dict, or many: executemany) on the driver's cursor of
    `conn`; returns the cursor, the rows if `fetch`, and the compiled statement."""
    many = not isinstance(params, dict)
    compiled = _compiled(conn.dialect, stmt, tuple(params[0] if many else params))
    values = compiled.driver_values(params, many)
    cursor, got = _cursor_execute(conn, compiled.sql, values, many, fetch=fetch)
    return cursor, got, compiled


def run(conn: Connection, stmt: UpdateBase, params: dict[str, Any] | Sequence[dict[str, Any]]):  # type: ignore[no-untyped-def]
    """Execute `stmt` with one parameter dict or many (executemany) on `conn`'s transaction;
    returns the driver cursor (rowcount, and fetchone() for RETURNING)."""
    if conn.engine.echo:  # SQL logging asked for: let SQLAlchemy run it and log it
        return _Logged(conn.execute(stmt, params))
    return _execute(conn, stmt, params)[0]


@dataclass(slots=True)  # not frozen: a third of the cost to make, and never changed
class Bound:
    """One row of parameters for a DML statement, made ahead of the transaction that writes
    it (`run_bound`): column defaults filled in, bind processors applied (JSON serialised,
    datetimes formatted), as `run` would do them inside the transaction."""

    stmt: UpdateBase
    compiled: _Compiled
    params: dict[str, Any]  # as given: for SQL logging
    values: Any  # as the driver takes them

    def with_value(self, name: str, value: Any) -> Bound:
        """This row with parameter `name` (bound with a placeholder) set to `value`: for a
        value known only inside the transaction, such as an id. Only for parameters the
        driver takes as they are (integers, strings)."""
        at = self.compiled.plain.get(name)
        if at is None:
            raise ValueError(f"{name!r}: not a parameter given as it is to {self.stmt}")
        values = self.values
        if isinstance(at, int):
            values = (*values[:at], value, *values[at + 1 :])
        else:
            values = {**values, at: value}
        return Bound(self.stmt, self.compiled, {**self.params, name: value}, values)


def bind(dialect: Dialect, stmt: UpdateBase, params: dict[str, Any]) -> Bound:
    """`params` for `stmt` as the driver of `dialect` takes them, for `run_bound` later."""
    compiled = _compiled(dialect, stmt, tuple(params))
    return Bound(stmt, compiled, params, compiled.driver_values(params, False))


def run_bound(conn: Connection, rows: Sequence[Bound]):  # type: ignore[no-untyped-def]
    """Execute the rows bound by `bind` (one statement and parameter shape; several run as
    one executemany) on `conn`'s transaction; returns the driver cursor."""
    first = rows[0]
    compiled = first.compiled
    if any(r.compiled is not compiled for r in rows):
        raise ValueError(f"{first.stmt}: rows bound for different statements or shapes")
    if conn.engine.echo:
        return _Logged(conn.execute(first.stmt, [r.params for r in rows]))
    if len(rows) == 1:
        return _cursor_execute(conn, compiled.sql, first.values, False)[0]
    return _cursor_execute(conn, compiled.sql, [r.values for r in rows], True)[0]


# compiled statement (kept for good in _CACHE, so its id stays its own) -> result
# processors, one per column (None: as the driver returns it); known after the statement's
# first execution (PostgreSQL's depend on the column types the driver reports)
_RESULTS: dict[int, tuple[Callable[[Any], Any] | None, ...]] = {}


def rows(conn: Connection, stmt: Select, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of SELECT `stmt` for `params`, as tuples, values as SQLAlchemy returns them."""
    if conn.engine.echo:
        return [tuple(r) for r in conn.execute(stmt, params)]
    cursor, got, compiled = _execute(conn, stmt, params, fetch=True)
    procs = _RESULTS.get(id(compiled))
    if procs is None:
        procs = _RESULTS[id(compiled)] = _result_processors(conn, stmt, cursor.description)
    if not any(procs):
        return got
    return [tuple(v if p is None else p(v) for p, v in zip(procs, r, strict=True)) for r in got]


def scalar(conn: Connection, stmt: Select, params: dict[str, Any]) -> Any:
    """The first column of the first row of SELECT `stmt`, or None when there is no row."""
    got = rows(conn, stmt, params)
    return got[0][0] if got else None


def _result_processors(
    conn: Connection, stmt: Select, description: Sequence[Any]
) -> tuple[Callable[[Any], Any] | None, ...]:
    columns = stmt.selected_columns
    if len(columns) != len(description):
        raise ValueError(f"{stmt}: {len(description)} columns returned, {len(columns)} selected")
    return tuple(
        col.type.dialect_impl(conn.dialect).result_processor(conn.dialect, desc[1])
        for col, desc in zip(columns, description, strict=True)
    )


class _Logged:
    """What `run` returns when SQLAlchemy executed the statement (cursor-like)."""

    def __init__(self, result: Any) -> None:
        self._result = result
        self.rowcount = result.rowcount

    def fetchone(self) -> Any:
        return self._result.fetchone()

    def fetchall(self) -> list[Any]:
        return self._result.fetchall()
