"""Certificate e-mails move to the outbox (messaging), and batches record their last progress.

E-mails already sent become "sent" outbox rows (under the key the code uses, so they
are never sent again); running batches count their last progress from now.
"""

from django.db import migrations, models
from django.db.models import Max
from django.utils import timezone


def emails_to_outbox(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    OutboxMessage = apps.get_model("messaging", "OutboxMessage")
    emailed = Certificate.objects.filter(emailed_at__isnull=False).select_related(
        "leadership__volunteer__user"
    )
    OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                key=f"certificate-issued:{certificate.pk}",
                group=f"certificate-batch:{certificate.batch_id}" if certificate.batch_id else "",
                channel="email",
                recipient_id=certificate.leadership.volunteer.user_id,
                address=certificate.leadership.volunteer.user.email,
                template_key="certificate_issued",
                status="sent",
                attempts=1,
                sent_at=certificate.emailed_at,
            )
            for certificate in emailed.iterator()
        ],
        ignore_conflicts=True,
    )


def batches_progress(apps, schema_editor):
    CertificateBatch = apps.get_model("certificates", "CertificateBatch")
    for batch in CertificateBatch.objects.annotate(last=Max("certificates__generated_at")):
        batch.progress_at = batch.last or batch.created_at
        if batch.status == "running":
            batch.progress_at = timezone.now()
        batch.save(update_fields=["progress_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_volunteers_in_organisation"),
        ("messaging", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(emails_to_outbox, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="certificate",
            name="emailed_at",
        ),
        migrations.AddField(
            model_name="certificatebatch",
            name="progress_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="last progress"),
        ),
        migrations.RunPython(batches_progress, migrations.RunPython.noop),
    ]
