"""Admin registrations: promotion and certificates (issue, revoke, reissue, batches), and
what certificates adds to the organisation's volunteer screens (the "eligible to lead"
filter and column, the promote bulk action, the leadership and certificates panels)."""

from django.urls import include, path

from wagtail import hooks

from certificates import certificate_admin_views as certificate_views
from certificates import leadership_views, volunteer_admin
from certificates.batch_views import certificate_batch_viewset
from certificates.templatetags.certificate_tags import promotion_note


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    """Promotion and a leader's certificate: actions posted from the volunteer's page
    (``leaderships:promote``, ``leaderships:revoke``, ``leaderships:issue_certificate``,
    ``certificates:revoke``, ``certificates:reissue``)."""
    leaderships = [
        path(
            "volunteers/<int:volunteer_id>/promote/",
            leadership_views.volunteer_promote,
            name="promote",
        ),
        path(
            "leaderships/<int:leadership_id>/revoke/",
            leadership_views.leadership_revoke,
            name="revoke",
        ),
        path(
            "leaderships/<int:leadership_id>/certificate/",
            certificate_views.certificate_issue,
            name="issue_certificate",
        ),
    ]
    certificates = [
        path("<int:certificate_id>/revoke/", certificate_views.certificate_revoke, name="revoke"),
        path(
            "<int:certificate_id>/reissue/", certificate_views.certificate_reissue, name="reissue"
        ),
    ]
    return [
        path("", include((leaderships, "leaderships"))),
        path("certificates/", include((certificates, "certificates"))),
    ]


@hooks.register("register_admin_viewset")
def register_certificate_batch_viewset():
    return certificate_batch_viewset


@hooks.register("register_volunteer_filters")
def register_eligible_filter():
    return {
        "eligible": volunteer_admin.EligibleFilter(),
        "certificate": volunteer_admin.CertificateFilter(),
    }


@hooks.register("register_volunteer_columns")
def register_eligibility_column():
    return [volunteer_admin.EligibilityColumn()]


hooks.register("register_bulk_action", volunteer_admin.PromoteBulkAction)


@hooks.register("construct_volunteer_detail_panels")
def add_leadership_panels(request, volunteer, panels):
    panels.append(volunteer_admin.LeadershipPanel(request, volunteer))
    panels.append(volunteer_admin.CertificatesPanel(request, volunteer))


# The promotion notes this app writes carry a unit's name: translated here.
hooks.register("translate_stage_note", promotion_note)
