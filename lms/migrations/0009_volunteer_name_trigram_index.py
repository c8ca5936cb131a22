"""Trigram indexes for the coordinator's name search (contains, any case), on PostgreSQL.

Django's icontains becomes UPPER(name) LIKE UPPER('%text%'); a GIN trigram index
on UPPER(name) answers it without reading a state's 80,000 rows. SQLite has no
such index and needs none at its sizes.
"""

from django.db import migrations

INDEXES = {
    "volunteer_name_en_trgm": "name_en",
    "volunteer_name_hi_trgm": "name_hi",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON lms_volunteerprofile "
            f"USING gin (UPPER({column}::text) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("lms", "0008_private_imports_fewer_indexes")]

    operations = [migrations.RunPython(create, drop)]
