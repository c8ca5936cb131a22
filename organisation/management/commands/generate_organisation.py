"""`manage.py generate_organisation --volunteers 500000 [--seed N]`: a made-up organisation
at national scale, for benchmarks and load tests.

Volunteers spread over every state and district in proportion to population
(Uttar Pradesh, the largest, gets about 16.5%: some 82,000 of 500,000), at
realistic stages of the pipeline, with everything each stage implies:

  every volunteer     signed up (a user with an unusable password, a profile, history)
  60% screened        an interview (a Screening) and its StageChange; 5% not selected
  40% in training     enrolled in the social-media course, some lessons done,
                      and a third of them a failed quiz sitting
  20% trained         all lessons done, a passed quiz (django-quiz-app Sitting + our
                      QuizAttempt) and a CourseCompletion with its score
  10% leaders         a Leadership at national, state or district level, and a team
                      of up to ten volunteers of their district

The organisation writes its own rows (organisation.generation); the learning is
written by courses and the promotions by certificates, which listen to the
signals organisation_generating and organisation_generated.

Rows are written set-based: COPY on PostgreSQL, executemany elsewhere, with
ids given out here (the sequences are moved on afterwards), so 500,000
volunteers take minutes. Run it on an empty organisation: it adds, never
replaces. The demo course content must exist; it is loaded when missing.
"""

import random
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from organisation.generation.teams import generate_teams
from organisation.generation.volunteers import Generation, generate_volunteers
from organisation.generation.writer import BulkWriter
from organisation.signals import organisation_generated, organisation_generating


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def add_arguments(self, parser):
        parser.add_argument("--volunteers", type=int, default=500_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, volunteers: int, seed: int, **options):
        started = time.monotonic()
        generation = Generation(
            total=volunteers,
            seed=seed,
            rng=random.Random(seed),  # noqa: S311 (made-up data, not secrets)
            now=timezone.now(),
            writer=BulkWriter(),
            stdout=self.stdout,
        )
        organisation_generating.send(sender=self.__class__, generation=generation)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            generate_volunteers(generation)
            generate_teams(generation)
            organisation_generated.send(sender=self.__class__, generation=generation)
            generation.writer.reset_sequences()
        seconds = time.monotonic() - started
        for label, count in generation.writer.counts.items():
            self.stdout.write(f"  {label:<28} {count:>10,}")
        for line in generation.summary:
            self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(f"Generated {volunteers:,} volunteers in {seconds:.1f} s.")
        )
