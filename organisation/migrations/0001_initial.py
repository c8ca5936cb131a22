# The organisation's models move out of lms (issue 14). Their tables stay where they are
# (each model's Meta.db_table names its lms_* table), so this migration records state only:
# on a fresh database lms's migrations 0004-0012 have created the tables already; on an
# existing one nothing is touched. The operations are what `makemigrations` wrote for the
# models as they are, wrapped in SeparateDatabaseAndState with no database operations.

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import lms.storage
import organisation.validators
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('lms', '0012_volunteer_consent_to_share_contact'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Unit',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('level', models.CharField(choices=[('national', 'National'), ('state', 'State'), ('district', 'District')], max_length=10, verbose_name='level')),
                        ('code', models.SlugField(max_length=80, unique=True, verbose_name='code')),
                        ('name_en', models.CharField(max_length=100, verbose_name='name in English')),
                        ('name_hi', models.CharField(blank=True, max_length=100, verbose_name='name in Hindi')),
                        ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='children', to='organisation.unit', verbose_name='part of')),
                    ],
                    options={
                        'verbose_name': 'unit',
                        'db_table': 'lms_unit',
                        'ordering': ['name_en'],
                    },
                ),
                migrations.CreateModel(
                    name='Team',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('formed_at', models.DateTimeField(auto_now_add=True)),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='organisation.unit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'team',
                        'db_table': 'lms_team',
                    },
                ),
                migrations.CreateModel(
                    name='Coordinator',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='coordinator', to=settings.AUTH_USER_MODEL)),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='coordinators', to='organisation.unit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'coordinator',
                        'db_table': 'lms_coordinator',
                    },
                ),
                migrations.CreateModel(
                    name='VolunteerImport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('file', models.FileField(blank=True, max_length=255, storage=lms.storage.private_storage, upload_to='imports/%Y/%m/', verbose_name='file')),
                        ('file_name', models.CharField(max_length=255, verbose_name='file name')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='uploaded')),
                        ('status', models.CharField(choices=[('queued', 'Queued'), ('running', 'Running'), ('done', 'Done'), ('failed', 'Failed')], db_index=True, default='queued', max_length=10, verbose_name='status')),
                        ('message', models.TextField(blank=True, verbose_name='message')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='started')),
                        ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished')),
                        ('updated_at', models.DateTimeField(blank=True, null=True, verbose_name='last progress')),
                        ('progress_done', models.BigIntegerField(default=0)),
                        ('progress_total', models.BigIntegerField(default=0)),
                        ('checkpoint_line', models.PositiveIntegerField(default=0)),
                        ('rows_read', models.PositiveIntegerField(default=0, verbose_name='rows read')),
                        ('imported_count', models.PositiveIntegerField(default=0, verbose_name='imported')),
                        ('skipped_count', models.PositiveIntegerField(default=0, verbose_name='already registered')),
                        ('error_count', models.PositiveIntegerField(default=0, verbose_name='errors')),
                        ('first_errors', models.JSONField(blank=True, default=list)),
                        ('error_report', models.FileField(blank=True, max_length=255, storage=lms.storage.private_storage, upload_to='imports/reports/%Y/%m/', verbose_name='error report')),
                        ('send_invitations', models.BooleanField(default=False, help_text='E-mail volunteers who have an e-mail address a link to set their password.', verbose_name='send invitations')),
                        ('invitations_sent', models.PositiveIntegerField(default=0)),
                        ('invited_up_to', models.BigIntegerField(default=0)),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='imported by')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='organisation.unit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'volunteer import',
                        'db_table': 'lms_volunteerimport',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='VolunteerProfile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name_en', models.CharField(max_length=150, validators=[organisation.validators.validate_no_bidi_controls], verbose_name='name in English')),
                        ('name_hi', models.CharField(blank=True, max_length=150, validators=[organisation.validators.validate_no_bidi_controls], verbose_name='name in Hindi')),
                        ('phone', models.CharField(blank=True, max_length=10, null=True, unique=True, validators=[django.core.validators.RegexValidator('^[6-9][0-9]{9}$', 'Enter a mobile number of 10 digits, e.g. 9876543210.')], verbose_name='mobile number')),
                        ('skills', models.CharField(blank=True, help_text='For example: writing, video editing, design, fact-checking.', max_length=300, verbose_name='skills')),
                        ('share_contact_with_team', models.BooleanField(db_default=False, default=False, help_text='Your team leader sees them, so that they can reach you; if you lead a team, its members see yours.', verbose_name='share my mobile number and e-mail with my team')),
                        ('stage', models.CharField(choices=[('signed_up', 'Signed up'), ('screened', 'Screened'), ('in_training', 'In training'), ('trained', 'Trained'), ('leader', 'Leader'), ('not_selected', 'Not selected')], default='signed_up', max_length=20, verbose_name='stage')),
                        ('stage_changed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='stage changed')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='signed up')),
                        ('district', models.ForeignKey(blank=True, db_index=False, limit_choices_to={'level': 'district'}, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='organisation.unit', verbose_name='district')),
                        ('state', models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='organisation.unit')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='volunteer_profile', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'volunteer',
                        'verbose_name_plural': 'volunteers',
                        'db_table': 'lms_volunteerprofile',
                    },
                ),
                migrations.CreateModel(
                    name='TeamMember',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('added_at', models.DateTimeField(auto_now_add=True)),
                        ('added_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('team', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='members', to='organisation.team')),
                        ('volunteer', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='team_membership', to='organisation.volunteerprofile')),
                    ],
                    options={
                        'verbose_name': 'team member',
                        'db_table': 'lms_teammember',
                    },
                ),
                migrations.AddField(
                    model_name='team',
                    name='leader',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='team', to='organisation.volunteerprofile', verbose_name='leader'),
                ),
                migrations.CreateModel(
                    name='StageChange',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('from_stage', models.CharField(blank=True, choices=[('signed_up', 'Signed up'), ('screened', 'Screened'), ('in_training', 'In training'), ('trained', 'Trained'), ('leader', 'Leader'), ('not_selected', 'Not selected')], max_length=20, verbose_name='from')),
                        ('to_stage', models.CharField(choices=[('signed_up', 'Signed up'), ('screened', 'Screened'), ('in_training', 'In training'), ('trained', 'Trained'), ('leader', 'Leader'), ('not_selected', 'Not selected')], max_length=20, verbose_name='to')),
                        ('changed_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='when')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                        ('volunteer', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='stage_changes', to='organisation.volunteerprofile')),
                    ],
                    options={
                        'verbose_name': 'stage change',
                        'db_table': 'lms_stagechange',
                        'ordering': ['changed_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Screening',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('interviewed_at', models.DateTimeField(auto_now_add=True)),
                        ('notes', models.TextField(verbose_name='interview notes')),
                        ('decision', models.CharField(choices=[('selected', 'Selected for training'), ('not_selected', 'Not selected')], max_length=20, verbose_name='decision')),
                        ('interviewed_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('volunteer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='screenings', to='organisation.volunteerprofile')),
                    ],
                    options={
                        'verbose_name': 'screening',
                        'db_table': 'lms_screening',
                        'ordering': ['-interviewed_at'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='unit',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('level', 'national'), ('parent__isnull', True)), models.Q(('level__in', ['state', 'district']), ('parent__isnull', False)), _connector='OR'), name='unit_only_national_is_a_root'),
                ),
                migrations.AddConstraint(
                    model_name='unit',
                    constraint=models.UniqueConstraint(fields=('parent', 'name_en'), name='unit_name_unique_in_parent'),
                ),
                migrations.AddIndex(
                    model_name='volunteerimport',
                    index=models.Index(fields=['unit', 'created_at'], name='volunteer_import_unit'),
                ),
                migrations.AddIndex(
                    model_name='volunteerprofile',
                    index=models.Index(fields=['state', 'stage'], name='volunteer_state_stage'),
                ),
                migrations.AddIndex(
                    model_name='volunteerprofile',
                    index=models.Index(fields=['district', 'stage'], name='volunteer_district_stage'),
                ),
                migrations.AddIndex(
                    model_name='volunteerprofile',
                    index=models.Index(fields=['state', 'name_en'], name='volunteer_state_name'),
                ),
                migrations.AddIndex(
                    model_name='stagechange',
                    index=models.Index(fields=['volunteer', 'changed_at'], name='lms_stagech_volunte_193ab5_idx'),
                ),
            ],
            database_operations=[],
        ),
    ]
