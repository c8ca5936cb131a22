"""Demo data (`manage.py load_demo`, after the other apps' demo modules): the invented
volunteers of the demo agreed to the notice through the organisation's own record, as an
import records it, so that signing in as any of them shows their pages. The demo trainee
account is left out on purpose: it is asked on its first page, as a real volunteer is."""

from consent.selectors import notice_current
from consent.services import consents_record_for_import
from organisation.models import VolunteerProfile

#: The demo account that shows the notice being asked (lms/demo.py's DEMO_USERS).
ASKED_ON_FIRST_PAGE = "trainee"


def load(stdout) -> None:
    notice = notice_current()
    if notice is None:
        return
    user_ids = VolunteerProfile.objects.exclude(user__username=ASKED_ON_FIRST_PAGE).values_list(
        "user_id", flat=True
    )
    created = consents_record_for_import(
        user_ids=user_ids,
        notice=notice,
        reference="Demo data: invented volunteers",
        channels=("email",),
    )
    stdout.write(f"  privacy notice: consent recorded for {created} demo volunteers")
