"""The audit trail is append-only in the database too (PostgreSQL): a trigger refuses
every UPDATE and DELETE on its table, whoever sends them (the ORM, a shell, psql).

SQLite (development) has the model's refusal only: Django's test flush on SQLite
empties tables with DELETE, which a trigger would refuse. TRUNCATE is left to the
database's privileges (the test flush on PostgreSQL uses it); production should grant
the application's role no TRUNCATE on this table (docs/security.md).
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION audit_trail_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_trail_append_only
    BEFORE UPDATE OR DELETE ON audit_accessrecord
    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS audit_trail_append_only ON audit_accessrecord;
DROP FUNCTION IF EXISTS audit_trail_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)  # "%" is plpgsql's, not a placeholder


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_access_record")]

    operations = [migrations.RunPython(create, drop)]
