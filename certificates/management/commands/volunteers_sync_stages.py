"""Move on the volunteers whose stage lags behind their record.

Before screening also moved volunteers on, one who trained before being screened
stayed "screened" for ever, however much they had done. This finds the screened
and in-training volunteers with an enrolment and gives each the stage their record
shows (certificates.services.volunteer_stage_sync), recording every step. Safe to
run again: a volunteer already at the right stage is left as they are.
"""

from django.core.management.base import BaseCommand
from django.db.models import Exists, OuterRef

from certificates.selectors import Rules
from certificates.services import volunteer_stage_sync
from courses.models import Enrollment
from organisation.models import Stage, VolunteerProfile


class Command(BaseCommand):
    help = "Move screened and in-training volunteers on to the stage their training shows."

    def handle(self, *args, **options):
        rules = Rules.current()
        lagging = VolunteerProfile.objects.filter(
            # Without an active enrolment a volunteer has nothing to move on with.
            Exists(Enrollment.objects.active().filter(user_id=OuterRef("user_id"))),
            stage__in=[Stage.SCREENED, Stage.IN_TRAINING],
        ).order_by("pk")
        moved = 0
        for volunteer in lagging.iterator(chunk_size=2000):
            moved += volunteer_stage_sync(volunteer=volunteer, rules=rules)
        self.stdout.write(f"{moved} volunteers moved on.")
