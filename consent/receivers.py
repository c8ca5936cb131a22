"""Signal receivers of the consent app, connected in ConsentConfig.ready()."""

from django.dispatch import receiver

from consent.selectors import notice_current
from consent.services import consents_record_for_import
from organisation.models import VolunteerProfile
from organisation.signals import volunteers_imported


@receiver(volunteers_imported, dispatch_uid="consent.volunteers_imported")
def record_import_consent(sender, volunteer_import, phones, **kwargs):
    """The volunteers a batch of an import created agreed through the organisation's
    own record (the importer named it): their consent to the notice in force and to
    the messages that record covers, committed with the batch. Volunteers already
    registered are not the import's: their own choices stand."""
    if not volunteer_import.consent_record.strip():
        return
    user_ids = VolunteerProfile.objects.filter(
        phone__in=phones,
        stage_changes__note=volunteer_import.note,
        stage_changes__from_stage="",
    ).values_list("user_id", flat=True)
    consents_record_for_import(
        user_ids=user_ids,
        notice=notice_current(),
        reference=volunteer_import.consent_record,
        recorded_by=volunteer_import.created_by,
        channels=volunteer_import.consent_channels,
    )
