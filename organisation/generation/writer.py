"""Set-based inserts for the generator: COPY on PostgreSQL, executemany elsewhere.

Ids are given by the generator (so that rows can point at each other before
they are written); reset_sequences() moves the tables' sequences past them.
"""

from django.core.management.color import no_style
from django.db import connection


class BulkWriter:
    def __init__(self):
        self.postgres = connection.vendor == "postgresql"
        #: Rows written, by model label, in the order the models were first written.
        self.counts: dict[str, int] = {}
        self.models = []

    def next_id(self, model) -> int:
        """The first id free in the model's table."""
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608
            return cursor.fetchone()[0] + 1

    def insert(self, model, columns: list[str], rows) -> int:
        """Write `rows` (tuples in the order of `columns`, an iterable of any length)."""
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        count = 0
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
            else:
                marks = ", ".join(["%s"] * len(columns))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
                chunk = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= 5000:
                        cursor.executemany(sql, chunk)
                        count += len(chunk)
                        chunk = []
                if chunk:
                    cursor.executemany(sql, chunk)
                    count += len(chunk)
        label = model._meta.label
        if label not in self.counts:
            self.models.append(model)
        self.counts[label] = self.counts.get(label, 0) + count
        return count

    def reset_sequences(self):
        """Move the sequences of every table written past the ids given here."""
        statements = connection.ops.sequence_reset_sql(no_style(), self.models)
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
