"""Writing a batch of valid rows: users, volunteer profiles and their first stage change.

Two ways, same outcome: on PostgreSQL the batch goes by COPY into a temporary
table and one set-based statement writes it from there (``INSERT ... SELECT``
into the three tables, chained in a ``WITH``), elsewhere (SQLite)
executemany() after a look-up of what exists. Both skip phones that are
already registered, and refuse a row whose phone is taken as another
account's user name. The statements are written from the models' fields
(organisation.imports.sql).
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from organisation.imports.sql import chunks, id_sequence, insert_select, values_sql
from organisation.models import Stage, StageChange, VolunteerProfile


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

    def __init__(self, *, imported_by_id: int | None, note: str, now, name: str):
        User = get_user_model()
        self.User = User
        self.user_sql, self.user_constants = values_sql(
            User,
            ("username", "email", "password"),
            {"date_joined": now, "is_active": True, "__now__": now},
        )
        self.profile_sql, self.profile_constants = values_sql(
            VolunteerProfile,
            ("user_id", "phone", "name_en", "name_hi", "state_id", "district_id", "skills"),
            {
                "stage": Stage.SIGNED_UP,
                "stage_changed_at": now,
                "created_at": now,
                "__now__": now,
            },
        )
        self.change_sql, self.change_constants = values_sql(
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
        for chunk in chunks(values):
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

    def close(self):
        pass


class PostgresWriter:
    """Each batch goes by COPY into a temporary table (the values as they are:
    no SQL literals to build in Python or to parse on the server) and is
    written from there:

    1. the registered phones leave the batch (skipped), then those taken as
       another account's user name (errors);
    2. one statement inserts the users, the profiles and their first stage
       changes, with ids drawn from the tables' sequences beforehand (nothing
       is joined on text). Step 1 leaves it nothing to conflict with; if
       someone registered one of the phones since (a unique key violated),
       the batch is written again, in a savepoint, by the same statement with
       ON CONFLICT DO NOTHING, which answers with the rows it did not write.

    Look-ups in the tables that grow (the profiles, the users) are index
    probes per row, whatever the planner's statistics say: a table that grew
    by 100,000 rows since it was last analysed would otherwise be read whole
    once per batch.
    """

    def __init__(self, *, imported_by_id: int | None, note: str, now, name: str):
        quote = connection.ops.quote_name
        User = get_user_model()
        self.batch = batch = quote(f"{name}_batch")
        self.user_table = quote(User._meta.db_table)
        profile_table = quote(VolunteerProfile._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {batch}")
            # One batch: ValidRow's fields, in order. Each commit empties it.
            cursor.execute(
                f"CREATE TEMPORARY TABLE {batch} (line integer, phone text, "
                "name_en text, name_hi text, email text, state_id bigint, district_id bigint, "
                "skills text) ON COMMIT DELETE ROWS"
            )
        self.empty_sql = f"DELETE FROM {batch}"  # noqa: S608
        self.copy_sql = f"COPY {batch} FROM STDIN"
        # OFFSET 0 keeps each EXISTS a probe of the index per row (the planner
        # would make it a join, and may read the whole table for it).
        self.existing_sql = (
            f"DELETE FROM {batch} b WHERE EXISTS "  # noqa: S608
            f"(SELECT FROM {profile_table} v WHERE v.phone = b.phone OFFSET 0)"
        )
        self.taken_sql = (
            f"DELETE FROM {batch} b WHERE EXISTS "  # noqa: S608
            f"(SELECT FROM {self.user_table} u WHERE u.username = b.phone OFFSET 0) "
            "RETURNING b.line"
        )
        self.insert_sql, self.insert_params = self._insert(
            batch, imported_by_id=imported_by_id, note=note, now=now, on_conflict=False
        )
        self.insert_or_skip_sql, _params = self._insert(
            batch, imported_by_id=imported_by_id, note=note, now=now, on_conflict=True
        )

    @staticmethod
    def _insert(batch, *, imported_by_id, note, now, on_conflict: bool):
        """The statement that writes the batch: users, profiles, stage changes.

        With `on_conflict`, rows whose user name or phone is taken meanwhile are
        skipped, and the statement answers with them: (line, None) when the
        user name was taken, (line, user id) when the phone was (that user
        must go); without, it answers nothing (a conflict is an error).
        """
        User = get_user_model()
        skip = " ON CONFLICT ({}) DO NOTHING" if on_conflict else ""
        now_constant = {"__now__": now}
        user_sql, user_params = insert_select(
            User,
            {
                "id": "n.user_id",
                "username": "n.phone",
                "email": "n.email",
                # An unusable password ("!" and random text), made by the server.
                "password": f"'{UNUSABLE_PASSWORD_PREFIX}' || md5(random()::text || n.phone)",
            },
            {**now_constant, "date_joined": now, "is_active": True},
            source="n" + skip.format("username") + " RETURNING id",
        )
        profile_sql, profile_params = insert_select(
            VolunteerProfile,
            {
                "id": "n.profile_id",
                "user_id": "n.user_id",
                "phone": "n.phone",
                "name_en": "n.name_en",
                "name_hi": "n.name_hi",
                "state_id": "n.state_id",
                "district_id": "n.district_id",
                "skills": "n.skills",
            },
            {
                **now_constant,
                "stage": Stage.SIGNED_UP,
                "stage_changed_at": now,
                "created_at": now,
            },
            source=f"n WHERE n.user_id IN (SELECT id FROM u){skip.format('phone')} RETURNING id",  # noqa: S608
        )
        change_sql, change_params = insert_select(
            StageChange,
            {"volunteer_id": "p.id"},
            {
                **now_constant,
                "from_stage": "",
                "to_stage": Stage.SIGNED_UP,
                "changed_by_id": imported_by_id,
                "note": note,
                "changed_at": now,
            },
            source="p",
        )
        # Ids in the order of the lines.
        sql = (
            "WITH n AS MATERIALIZED (SELECT b.*, nextval(%s::regclass) AS user_id, "  # noqa: S608
            f"nextval(%s::regclass) AS profile_id FROM (SELECT * FROM {batch} ORDER BY line) b), "
            f"u AS ({user_sql}), p AS ({profile_sql}) "
        )
        if on_conflict:
            sql += (
                f", c AS ({change_sql}) "  # noqa: S608
                "SELECT n.line, CASE WHEN n.user_id IN (SELECT id FROM u) THEN n.user_id END "
                "FROM n WHERE n.profile_id NOT IN (SELECT id FROM p)"
            )
        else:
            sql += change_sql
        params = [
            id_sequence(User),
            id_sequence(VolunteerProfile),
            *user_params,
            *profile_params,
            *change_params,
        ]
        return sql, params

    def write(self, rows) -> "BatchResult":
        result = BatchResult()
        with connection.cursor() as cursor:
            # Already empty after a commit, but not inside a caller's transaction (tests).
            cursor.execute(self.empty_sql)
            with cursor.copy(self.copy_sql) as copy:
                write_row = copy.write_row
                for row in rows:
                    write_row(row)  # a ValidRow: the table's columns, in order
            cursor.execute(self.existing_sql)
            result.existing = cursor.rowcount
            cursor.execute(self.taken_sql)
            taken = {line for (line,) in cursor.fetchall()}
            left = len(rows) - result.existing - len(taken)
            failed = []
            if left:
                try:
                    with transaction.atomic():  # a savepoint
                        cursor.execute(self.insert_sql, self.insert_params)
                except IntegrityError:
                    # Registered (or a user name taken) since the look-ups above.
                    cursor.execute(self.insert_or_skip_sql, self.insert_params)
                    failed = cursor.fetchall()
            lost = [user_id for _line, user_id in failed if user_id is not None]
            if lost:
                # Registered by someone else meanwhile: their profile stands, the
                # user made for this row goes.
                cursor.execute(f"DELETE FROM {self.user_table} WHERE id = ANY(%s)", [lost])  # noqa: S608
                result.existing += len(lost)
            taken.update(line for line, user_id in failed if user_id is None)
            if taken:
                result.errors = [
                    (row, _username_taken(row.phone)) for row in rows if row.line in taken
                ]
            result.imported = left - len(failed)
        return result

    def close(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.batch}")


def writer_for_connection(**kwargs):
    if connection.vendor == "postgresql":
        return PostgresWriter(**kwargs)
    return GenericWriter(**kwargs)
