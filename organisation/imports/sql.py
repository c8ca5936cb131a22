"""SQL written from a model's fields, for the import's set-based writers.

Table and column names come from the models, quoted; values are always parameters.
Every column a statement does not give gets a constant: the caller's, now for
auto_now fields, or the field's default.
"""

from django.db import connection

# SQLite's historical limit of bound parameters per statement.
SQLITE_CHUNK = 900


def chunks(items: list, size: int = SQLITE_CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _constant(field, constants: dict):
    """The value a column not given by the statement gets, ready for the database."""
    if field.column in constants:
        value = constants[field.column]
    elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        value = constants["__now__"]
    else:
        value = field.get_default()
    return field.get_db_prep_save(value, connection)


def values_sql(model, given: tuple, constants: dict):
    """INSERT INTO model's table VALUES (given columns, then every other column).

    Returns (sql, the other columns' constant parameters)."""
    others, params = [], []
    for field in model._meta.concrete_fields:
        if field.primary_key or field.column in given:
            continue
        others.append(field.column)
        params.append(_constant(field, constants))
    columns = ", ".join(connection.ops.quote_name(c) for c in (*given, *others))
    marks = ", ".join(["%s"] * (len(given) + len(others)))
    table = connection.ops.quote_name(model._meta.db_table)
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(params)  # noqa: S608


def insert_select(model, select: dict[str, str], constants: dict, *, source: str):
    """INSERT INTO model's table SELECT ... FROM `source`: `select` gives SQL
    expressions for some columns (the primary key too, if it is there); every
    other column gets its constant as a parameter.

    Returns (sql, constant parameters).
    """
    columns, values, params = [], [], []
    for field in model._meta.concrete_fields:
        column = field.column
        if column in select:
            values.append(select[column])
        elif field.primary_key:
            continue
        else:
            values.append("%s")
            params.append(_constant(field, constants))
        columns.append(connection.ops.quote_name(column))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {source}"  # noqa: S608
    return sql, params


def id_sequence(model) -> str:
    """The PostgreSQL sequence that gives the model's ids."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_serial_sequence(%s, %s)", [model._meta.db_table, model._meta.pk.column]
        )
        return cursor.fetchone()[0]
