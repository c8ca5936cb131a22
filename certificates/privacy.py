"""What certificates hold about a leader, for the registry of personal data
(privacy.registry): promotions, certificates (with the name they print) and their PDFs."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from certificates.issuing import certificates_revoke_for_leadership
from certificates.models import Certificate, CertificateBatch, Leadership
from lms.storage import private_storage
from privacy.registry import Holding, Provider, Section, Subject, register
from privacy.scrub import storage_delete

LEADERS = "The person; coordinators of their unit; anyone with the code (verification page)."


@register
class CertificatesProvider(Provider):
    order = 100  # first: it revokes while the name it erases is still on record
    holdings = (
        Holding("certificates.Leadership", ("volunteer", "promoted_by", "revoked_by"),
                "Promotion to leader: level, unit, when, by whom; its revocation.",
                "Leaders and their teams.",
                "Kept (the leaders report counts it); the person is pseudonymised.",
                who="Coordinators of the unit; administrators."),
        Holding("certificates.Certificate",
                ("issued_by", "revoked_by", "name_en", "pdf", "credential"),
                "The leader's certificate: the name, role, unit and date it prints, its "
                "PDF, code and signed credential.",
                "Proof of leadership anyone can verify.",
                "Revoked with the reason 'erased at the holder's request' (and in its "
                "status list); name, PDF and signed credential removed: its verification "
                "page says so and names nobody.",
                who=LEADERS),
        Holding("certificates.CertificateBatch", ("created_by", "archive"),
                "Who issued a batch; the ZIP of its PDFs.",
                "Issuing certificates in bulk.",
                "A batch ZIP holding an erased leader's certificate is deleted.",
                who="Coordinators of the unit; administrators."),
    )  # fmt: skip

    def export(self, subject: Subject) -> list[Section]:
        leaderships = Leadership.objects.filter(volunteer__user_id=subject.user_id).select_related(
            "unit"
        )
        certificates = Certificate.objects.filter(leadership__volunteer__user_id=subject.user_id)
        return [
            Section(
                "certificates",
                _("Leadership and certificates"),
                [
                    {
                        _("leader"): leadership.get_level_display(),
                        _("unit"): str(leadership.unit),
                        _("promoted"): leadership.promoted_at,
                        _("revoked"): leadership.revoked_at or "",
                    }
                    for leadership in leaderships
                ]
                + [
                    {
                        _("certificate"): c.code,
                        _("status"): c.get_status_display(),
                        _("issued on"): c.issued_on,
                        _("verification page"): settings.SITE_URL
                        + reverse("certificate_verify", args=[c.code]),
                    }
                    for c in certificates.exclude(status=Certificate.Status.ERROR)
                ],
            )
        ]

    def erase(self, subjects: list[Subject]) -> None:
        volunteer_ids = [s.volunteer_id for s in subjects if s.volunteer_id]
        for leadership in Leadership.objects.filter(volunteer_id__in=volunteer_ids):
            certificates_revoke_for_leadership(
                leadership=leadership, revoked_by=None, reason=Certificate.ERASED_REASON
            )
        theirs = Certificate.objects.filter(leadership__volunteer_id__in=volunteer_ids)
        storage = private_storage()
        storage_delete(storage, theirs.exclude(pdf="").values_list("pdf", flat=True))
        batches = CertificateBatch.objects.filter(
            pk__in=theirs.exclude(batch=None).values("batch_id")
        ).exclude(archive="")
        storage_delete(storage, batches.values_list("archive", flat=True))
        batches.update(archive="")
        # The signed credential names them too (the copy in their wallet is theirs).
        theirs.filter(~Q(name_en="") | ~Q(name_hi="") | ~Q(pdf="") | ~Q(credential="")).update(
            name_en="", name_hi="", pdf="", credential=""
        )
