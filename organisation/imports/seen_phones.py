"""The file's phones seen so far, for "duplicate of line N" across batches.

They live in a temporary table of the reading connection, not in this process,
so memory stays flat however long the file. A batch has no duplicates of its
own (the importer checks those in memory); add() returns the batch's phones
seen in an earlier one, with the line they were first seen on.
"""

from django.db import connection, transaction

from organisation.imports.sql import chunks


class SeenPhones:
    """The file's good phones so far with their first line, in a temporary table."""

    def __init__(self, name: str):
        self.table = connection.ops.quote_name(name)
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.table}")
            cursor.execute(
                f"CREATE TEMPORARY TABLE {self.table} (phone INTEGER PRIMARY KEY, line integer)"
            )

    def add(self, rows) -> list[tuple[int, str, int]]:
        """Remember the rows' phones; returns (line, phone, first line) for those
        seen before (in an earlier batch: a batch has no duplicates of its own)."""
        phones = [int(row.phone) for row in rows]
        lines = [row.line for row in rows]
        seen = []
        with connection.cursor() as cursor:
            for chunk in chunks(phones):
                marks = ",".join(["%s"] * len(chunk))
                cursor.execute(
                    f"SELECT phone, line FROM {self.table} WHERE phone IN ({marks})",  # noqa: S608
                    chunk,
                )
                seen.extend(cursor.fetchall())
            sql = f"INSERT INTO {self.table} (phone, line) VALUES (%s, %s) ON CONFLICT DO NOTHING"  # noqa: S608
            cursor.executemany(sql, list(zip(phones, lines, strict=True)))
        if not seen:
            return []
        first = {f"{phone:010d}": line for phone, line in seen}
        return [(row.line, row.phone, first[row.phone]) for row in rows if row.phone in first]

    def close(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.table}")


class PostgresSeenPhones:
    """SeenPhones on PostgreSQL: each batch's phones go by COPY into a
    temporary table, then two statements take out those seen before and
    remember the others."""

    def __init__(self, name: str):
        quote = connection.ops.quote_name
        self.seen = quote(name)
        self.incoming = quote(f"{name}_in")
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.seen}, {self.incoming}")
            cursor.execute(
                f"CREATE TEMPORARY TABLE {self.seen} (phone bigint PRIMARY KEY, line integer)"
            )
            cursor.execute(
                f"CREATE TEMPORARY TABLE {self.incoming} (line integer, phone bigint) "
                "ON COMMIT DELETE ROWS"
            )
        self.copy_sql = f"COPY {self.incoming} (line, phone) FROM STDIN"
        # OFFSET 0 keeps the EXISTS a probe of the index per row: as a join, the
        # planner (which never sees statistics of a temporary table) may read
        # the whole table once per batch.
        self.duplicates_sql = (
            f"DELETE FROM {self.incoming} i WHERE EXISTS "  # noqa: S608
            f"(SELECT FROM {self.seen} s WHERE s.phone = i.phone OFFSET 0) "
            f"RETURNING i.line, i.phone, (SELECT s.line FROM {self.seen} s WHERE s.phone = i.phone)"
        )
        self.remember_sql = (
            f"INSERT INTO {self.seen} (phone, line) SELECT phone, line FROM {self.incoming}"  # noqa: S608
        )

    def add(self, rows) -> list[tuple[int, str, int]]:
        with transaction.atomic(), connection.cursor() as cursor:
            # Already empty after a commit, but not inside a caller's transaction (tests).
            cursor.execute(f"DELETE FROM {self.incoming}")  # noqa: S608
            with cursor.copy(self.copy_sql) as copy:
                write_row = copy.write_row
                for row in rows:
                    write_row((row.line, row.phone))
            cursor.execute(self.duplicates_sql)
            duplicates = cursor.fetchall()
            cursor.execute(self.remember_sql)
        return [(line, f"{phone:010d}", first) for line, phone, first in duplicates]

    def close(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.seen}, {self.incoming}")


def seen_phones_for_connection(name: str):
    if connection.vendor == "postgresql":
        return PostgresSeenPhones(name)
    return SeenPhones(name)
