"""Writing a batch of valid rows: users, volunteer profiles and their first stage change.

Two ways, same outcome: on PostgreSQL set-based statements (``INSERT ... SELECT
FROM unnest(...) ON CONFLICT DO NOTHING RETURNING``), elsewhere (SQLite) the
ORM's bulk_create after a look-up of what exists. Both skip phones that are
already registered, and refuse a row whose phone is taken as another
account's user name.

The phones of the file seen so far live in a temporary table of the
connection, not in this process, so memory stays flat however long the file.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import connection
from django.utils.translation import gettext as _

from lms.models import Stage, StageChange, VolunteerProfile

# Table and column names in the SQL below come from the models, quoted; values
# are always parameters.

# SQLite's historical limit of bound parameters per statement.
_SQLITE_CHUNK = 900


def _chunks(items: list, size: int = _SQLITE_CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SeenPhones:
    """The file's good phones so far with their first line, in a temporary table."""

    def __init__(self, name: str):
        self.table = connection.ops.quote_name(name)
        self.postgres = connection.vendor == "postgresql"
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.table}")
            kind = "bigint" if self.postgres else "INTEGER"
            cursor.execute(
                f"CREATE TEMPORARY TABLE {self.table} (phone {kind} PRIMARY KEY, line integer)"
            )

    def add(self, rows) -> dict[str, int]:
        """Record the rows' phones; returns {phone: first line} for those seen before."""
        phones = [int(row.phone) for row in rows]
        lines = [row.line for row in rows]
        with connection.cursor() as cursor:
            if self.postgres:
                # The SELECT sees the table as it was before the INSERT beside it.
                sql = " ".join(
                    [
                        "WITH input AS (",
                        "SELECT * FROM unnest(%s::bigint[], %s::int[]) AS t(phone, line)),",
                        f"ins AS (INSERT INTO {self.table} SELECT phone, line FROM input",  # noqa: S608
                        "ON CONFLICT (phone) DO NOTHING)",
                        f"SELECT s.phone, s.line FROM {self.table} s JOIN input USING (phone)",  # noqa: S608
                    ]
                )
                cursor.execute(sql, [phones, lines])
                seen = cursor.fetchall()
            else:
                seen = []
                for chunk in _chunks(phones):
                    marks = ",".join(["%s"] * len(chunk))
                    cursor.execute(
                        f"SELECT phone, line FROM {self.table} WHERE phone IN ({marks})",  # noqa: S608
                        chunk,
                    )
                    seen.extend(cursor.fetchall())
                sql = (
                    f"INSERT INTO {self.table} (phone, line) VALUES (%s, %s) ON CONFLICT DO NOTHING"  # noqa: S608
                )
                cursor.executemany(sql, list(zip(phones, lines, strict=True)))
        return {f"{phone:010d}": line for phone, line in seen}

    def close(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.table}")


class BatchResult:
    __slots__ = ("imported", "existing", "errors")

    def __init__(self):
        self.imported = 0
        self.existing = 0
        self.errors = []  # (row, reason)


def _username_taken(phone):
    return _(
        "an account with the user name %(phone)s exists without this mobile number; "
        "ask an administrator"
    ) % {"phone": phone}


class GenericWriter:
    """executemany() of plain INSERTs, then the new ids read back by their
    natural keys (SQLite, where writers take turns anyway)."""

    def __init__(self, *, imported_by_id: int | None, note: str, now):
        User = get_user_model()
        self.User = User
        self.user_sql, self.user_constants = _values_sql(
            User,
            ("username", "email", "password"),
            {"date_joined": now, "is_active": True, "__now__": now},
        )
        self.profile_sql, self.profile_constants = _values_sql(
            VolunteerProfile,
            ("user_id", "phone", "name_en", "name_hi", "state_id", "district_id", "skills"),
            {
                "stage": Stage.SIGNED_UP,
                "stage_changed_at": now,
                "created_at": now,
                "__now__": now,
            },
        )
        self.change_sql, self.change_constants = _values_sql(
            StageChange,
            ("volunteer_id",),
            {
                "from_stage": "",
                "to_stage": Stage.SIGNED_UP,
                "changed_by_id": imported_by_id,
                "note": note,
                "changed_at": now,
                "__now__": now,
            },
        )

    def _ids(self, model, key, values) -> dict:
        ids = {}
        for chunk in _chunks(values):
            ids.update(
                (value, pk)
                for pk, value in model.objects.filter(**{f"{key}__in": chunk}).values_list(
                    "pk", key
                )
            )
        return ids

    def write(self, rows) -> BatchResult:
        result = BatchResult()
        phones = [row.phone for row in rows]
        existing = self._ids(VolunteerProfile, "phone", phones)
        taken = self._ids(self.User, "username", [p for p in phones if p not in existing])
        new = []
        for row in rows:
            if row.phone in existing:
                result.existing += 1
            elif row.phone in taken:
                result.errors.append((row, _username_taken(row.phone)))
            else:
                new.append(row)
        if not new:
            return result
        with connection.cursor() as cursor:
            constants = self.user_constants
            cursor.executemany(
                self.user_sql,
                [
                    (row.phone, row.email, UNUSABLE_PASSWORD_PREFIX + secrets.token_hex(20))
                    + constants
                    for row in new
                ],
            )
            user_ids = self._ids(self.User, "username", [row.phone for row in new])
            constants = self.profile_constants
            cursor.executemany(
                self.profile_sql,
                [
                    (
                        user_ids[row.phone],
                        row.phone,
                        row.name_en,
                        row.name_hi,
                        row.state_id,
                        row.district_id,
                        row.skills,
                    )
                    + constants
                    for row in new
                ],
            )
            profile_ids = self._ids(VolunteerProfile, "phone", [row.phone for row in new])
            constants = self.change_constants
            cursor.executemany(
                self.change_sql, [(profile_ids[row.phone],) + constants for row in new]
            )
        result.imported = len(new)
        return result


def _other_columns(model, given, constants):
    """The model's columns other than `given`, with their values: from
    `constants`, now for auto_now fields, else the field's default."""
    columns, params = [], []
    for field in model._meta.concrete_fields:
        if field.primary_key or field.column in given:
            continue
        if field.column in constants:
            value = constants[field.column]
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            value = constants["__now__"]
        else:
            value = field.get_default()
        columns.append(field.column)
        params.append(field.get_db_prep_save(value, connection))
    return columns, params


def _values_sql(model, given: tuple, constants: dict):
    """INSERT INTO model's table VALUES (given columns, then every other column)."""
    others, params = _other_columns(model, given, constants)
    columns = ", ".join(connection.ops.quote_name(c) for c in (*given, *others))
    marks = ", ".join(["%s"] * (len(given) + len(others)))
    table = connection.ops.quote_name(model._meta.db_table)
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(params)  # noqa: S608


def _insert_sql(model, arrays: dict[str, str], constants: dict, expressions=None, *, suffix=""):
    """INSERT INTO model's table FROM unnest(arrays), with every other column set
    to `constants`, an SQL expression, or the field's default.

    Returns (sql, constant parameters); the array parameters follow those, in
    the order of `arrays` (column -> PostgreSQL array type).
    """
    expressions = expressions or {}
    columns, values, params = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        column = field.column
        columns.append(connection.ops.quote_name(column))
        if column in arrays:
            values.append(f"t.{column}")
        elif column in expressions:
            values.append(expressions[column])
        else:
            if column in constants:
                value = constants[column]
            elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                value = constants["__now__"]
            else:
                value = field.get_default()
            values.append("%s")
            params.append(field.get_db_prep_save(value, connection))
    unnest = ", ".join(f"%s::{kind}[]" for kind in arrays.values())
    table = connection.ops.quote_name(model._meta.db_table)
    sql = " ".join(
        [
            f"INSERT INTO {table} ({', '.join(columns)})",
            f"SELECT {', '.join(values)} FROM unnest({unnest}) AS t({', '.join(arrays)})",  # noqa: S608
            suffix,
        ]
    )
    return sql, params


class PostgresWriter:
    """Set-based INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING RETURNING."""

    def __init__(self, *, imported_by_id: int | None, note: str, now):
        User = get_user_model()
        self.user_table = connection.ops.quote_name(User._meta.db_table)
        self.profile_table = connection.ops.quote_name(VolunteerProfile._meta.db_table)
        now_constant = {"__now__": now}
        self.user_sql, self.user_params = _insert_sql(
            User,
            {"username": "text", "email": "text"},
            {**now_constant, "date_joined": now, "is_active": True},
            # An unusable password ("!" and random text), made by the server.
            {"password": f"'{UNUSABLE_PASSWORD_PREFIX}' || md5(random()::text || t.username)"},
            suffix="ON CONFLICT (username) DO NOTHING RETURNING id, username",
        )
        self.profile_sql, self.profile_params = _insert_sql(
            VolunteerProfile,
            {
                "user_id": "bigint",
                "phone": "text",
                "name_en": "text",
                "name_hi": "text",
                "state_id": "bigint",
                "district_id": "bigint",
                "skills": "text",
            },
            {
                **now_constant,
                "stage": Stage.SIGNED_UP,
                "stage_changed_at": now,
                "created_at": now,
            },
            suffix="ON CONFLICT (phone) DO NOTHING RETURNING id, phone",
        )
        self.change_sql, self.change_params = _insert_sql(
            StageChange,
            {"volunteer_id": "bigint"},
            {
                **now_constant,
                "from_stage": "",
                "to_stage": Stage.SIGNED_UP,
                "changed_by_id": imported_by_id,
                "note": note,
                "changed_at": now,
            },
        )

    def write(self, rows) -> BatchResult:
        result = BatchResult()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT phone FROM {self.profile_table} WHERE phone = ANY(%s::text[])",  # noqa: S608
                [[row.phone for row in rows]],
            )
            existing = {phone for (phone,) in cursor.fetchall()}
            new = [row for row in rows if row.phone not in existing]
            result.existing = len(rows) - len(new)
            if not new:
                return result
            cursor.execute(
                self.user_sql,
                [*self.user_params, [row.phone for row in new], [row.email for row in new]],
            )
            user_ids = dict((username, pk) for pk, username in cursor.fetchall())  # noqa: C402
            if len(user_ids) < len(new):
                result.errors.extend(
                    (row, _username_taken(row.phone)) for row in new if row.phone not in user_ids
                )
                new = [row for row in new if row.phone in user_ids]
            cursor.execute(
                self.profile_sql,
                [
                    *self.profile_params,
                    [user_ids[row.phone] for row in new],
                    [row.phone for row in new],
                    [row.name_en for row in new],
                    [row.name_hi for row in new],
                    [row.state_id for row in new],
                    [row.district_id for row in new],
                    [row.skills for row in new],
                ],
            )
            profiles = cursor.fetchall()
            if len(profiles) < len(new):
                # Registered by someone else since the look-up above: their
                # profile stands, the user made for this row goes.
                made = {phone for _pk, phone in profiles}
                lost = [user_ids[row.phone] for row in new if row.phone not in made]
                sql = f"DELETE FROM {self.user_table} WHERE id = ANY(%s)"  # noqa: S608
                cursor.execute(sql, [lost])
                result.existing += len(lost)
            cursor.execute(self.change_sql, [*self.change_params, [pk for pk, _phone in profiles]])
        result.imported = len(profiles)
        return result


def writer_for_connection(**kwargs):
    if connection.vendor == "postgresql":
        return PostgresWriter(**kwargs)
    return GenericWriter(**kwargs)
