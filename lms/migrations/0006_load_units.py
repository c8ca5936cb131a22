from django.db import migrations


def load(apps, schema_editor):
    from organisation.units import units_load

    units_load(apps.get_model("lms", "Unit"))


class Migration(migrations.Migration):
    dependencies = [("lms", "0005_organisation")]

    # Reference data, not demo content: every installation has India's units.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
