"""SQL expressions whose spelling differs between SQLite and PostgreSQL.

The services write ``leading_integer(column)`` and ``position_of(column, ".")``; each
database gets its own SQL, with the same result: the services stay portable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class leading_integer(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """The number a text starts with ("140.7" → 140, "12(a)" → 12), 0 when it starts with none.

    That is SQLite's ``CAST(text AS INTEGER)``; PostgreSQL refuses such casts, so there the
    leading digits are taken with a regular expression.
    """

    type = BigInteger()
    inherit_cache = True
    name = "leading_integer"


class position_of(FunctionElement):  # noqa: N801
    """1-based position of the first occurrence of a text in another, 0 when absent."""

    type = Integer()
    inherit_cache = True
    name = "position_of"


@compiles(leading_integer)
def _leading_integer_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(leading_integer, "postgresql")
def _leading_integer_pg(element: Any, compiler: Any, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"COALESCE(CAST(substring({value} from '^\\s*([+-]?[0-9]{{1,18}})') AS BIGINT), 0)"


@compiles(position_of)
def _position_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(position_of, "postgresql")
def _position_pg(element: Any, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


class next_year_start(FunctionElement):  # noqa: N801
    """The first of January of the year after a date's."""

    type = Date()
    inherit_cache = True
    name = "next_year_start"


@compiles(next_year_start)
def _next_year_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of year', '+1 year')"


@compiles(next_year_start, "postgresql")
def _next_year_pg(element: Any, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('year', {compiler.process(element.clauses, **kw)}) + interval '1 year' AS DATE)"


def among(session: Any, column: Any, ids: list[int]) -> Any:
    """``column IN (ids)``; on PostgreSQL ``column = ANY(array)``: one parameter instead of hundreds.

    A page of 200 rows looks its links up by id; psycopg rewrites every one of 200 named
    parameters on each query, which costs more than the query itself there.
    """
    from sqlalchemy import bindparam

    if session.get_bind().dialect.name != "postgresql":
        # One expanding parameter given whole: ``in_(list)`` coerces every id into an
        # expression of its own first, the larger part of a page's time.
        return column.in_(bindparam(None, list(ids), type_=Integer(), expanding=True, unique=True))
    from sqlalchemy import any_
    from sqlalchemy.dialects.postgresql import ARRAY

    return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer()), unique=True))


def among_parameter(dialect_name: str, column: Any, name: str = "ids") -> Any:
    """``column IN :name`` (on PostgreSQL ``= ANY(:name)``) for a statement built once and run
    with other lists of ids: building a large statement cost more than running it."""
    from sqlalchemy import any_, bindparam

    if dialect_name != "postgresql":
        return column.in_(bindparam(name, type_=Integer(), expanding=True))
    from sqlalchemy.dialects.postgresql import ARRAY

    return column == any_(bindparam(name, type_=ARRAY(Integer())))
