# The organisation's models now live in the organisation app (organisation 0001), on the
# same tables: lms forgets them in its state only. It runs after certificates point their
# foreign keys at organisation, so no state ever refers to a model that is gone.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('organisation', '0001_initial'),
        ('certificates', '0004_volunteers_in_organisation'),
        ('lms', '0012_volunteer_consent_to_share_contact'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='screening',
                    name='interviewed_by',
                ),
                migrations.RemoveField(
                    model_name='screening',
                    name='volunteer',
                ),
                migrations.RemoveField(
                    model_name='stagechange',
                    name='changed_by',
                ),
                migrations.RemoveField(
                    model_name='stagechange',
                    name='volunteer',
                ),
                migrations.RemoveField(
                    model_name='team',
                    name='leader',
                ),
                migrations.RemoveField(
                    model_name='team',
                    name='unit',
                ),
                migrations.RemoveField(
                    model_name='teammember',
                    name='team',
                ),
                migrations.RemoveField(
                    model_name='teammember',
                    name='added_by',
                ),
                migrations.RemoveField(
                    model_name='teammember',
                    name='volunteer',
                ),
                migrations.RemoveField(
                    model_name='unit',
                    name='parent',
                ),
                migrations.RemoveField(
                    model_name='volunteerprofile',
                    name='state',
                ),
                migrations.RemoveField(
                    model_name='volunteerimport',
                    name='unit',
                ),
                migrations.RemoveField(
                    model_name='volunteerprofile',
                    name='district',
                ),
                migrations.RemoveField(
                    model_name='volunteerimport',
                    name='created_by',
                ),
                migrations.RemoveField(
                    model_name='volunteerprofile',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='Coordinator',
                ),
                migrations.DeleteModel(
                    name='Screening',
                ),
                migrations.DeleteModel(
                    name='StageChange',
                ),
                migrations.DeleteModel(
                    name='Team',
                ),
                migrations.DeleteModel(
                    name='TeamMember',
                ),
                migrations.DeleteModel(
                    name='Unit',
                ),
                migrations.DeleteModel(
                    name='VolunteerImport',
                ),
                migrations.DeleteModel(
                    name='VolunteerProfile',
                ),
            ],
            database_operations=[],
        ),
    ]
