"""The volunteer's history in the admin reads in the coordinator's language, whatever
the language of the request that wrote it (a Hindi coordinator read "Enrolled in a
course." and "Promoted to district leader of Indore." in English)."""

import pytest

from django.utils import translation

from wagtail.users.models import UserProfile

from certificates import issuing, services
from courses.models import CourseCompletion
from courses.services import enrollment_create
from organisation.models import Stage
from organisation.services import volunteer_screen
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def admin_page(client, user, volunteer, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client.get(f"/admin/volunteers/{volunteer.pk}/").content.decode()


def test_the_history_and_certificate_read_in_the_coordinators_language(client, training):
    coordinator = coordinator_create("in-mp")
    volunteer = VolunteerFactory(stage=Stage.SIGNED_UP, district=unit("in-mp-indore"))
    enrollment_create(user=volunteer.user, course=training["required"])
    CourseCompletion.objects.create(
        user=volunteer.user, course=training["required"], score_percent=90
    )
    # Screened and promoted while the coordinator's requests were in Hindi.
    with translation.override("hi"):
        volunteer_screen(
            volunteer=volunteer, decision="selected", interviewed_by=coordinator, notes="ठीक है"
        )
        volunteer.refresh_from_db()
        leadership = services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        )
    issuing.certificate_issue(leadership=leadership, issued_by=coordinator)

    english = admin_page(client, coordinator, volunteer, "en")
    assert "Enrolled in a course." in english
    assert "Completed the courses required to lead." in english
    assert "Promoted to district leader of Indore." in english
    assert "ठीक है" in english  # the coordinator's own words, as written

    hindi = admin_page(client, coordinator, volunteer, "hi")
    assert "एक पाठ्यक्रम में नामांकित।" in hindi
    assert "नेतृत्व के लिए ज़रूरी पाठ्यक्रम पूरे किए।" in hindi
    assert "इंदौर के ज़िला लीडर के रूप में पदोन्नत किया गया।" in hindi
    assert "Enrolled in a course." not in hindi and "Promoted to" not in hindi
    assert "ज़िला, इंदौर" in hindi  # the certificate's unit, not "Indore"
