# Units and volunteers moved from lms to organisation with their tables (organisation 0001):
# the foreign keys point at the same tables as before, so only the state changes; altering
# them in the database would drop and recreate the constraints for nothing.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('certificates', '0003_certificate_wording_max_length'),
        ('organisation', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='certificatebatch',
                    name='unit',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='organisation.unit', verbose_name='unit'),
                ),
                migrations.AlterField(
                    model_name='leadership',
                    name='unit',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='leaderships', to='organisation.unit', verbose_name='unit'),
                ),
                migrations.AlterField(
                    model_name='leadership',
                    name='volunteer',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='leaderships', to='organisation.volunteerprofile', verbose_name='volunteer'),
                ),
            ],
            database_operations=[],
        ),
    ]
