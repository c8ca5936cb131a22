"""The revocation row of certificate_render.py: in a fresh PostgreSQL database
(BENCH_POSTGRES_URL), N issued certificates, then one revoked through the service, which
signs its Bitstring Status List again in the same transaction (goal: under 1 s), against
the same revocation as a bare UPDATE. Run by ``certificate_render.py --revoke N``.
"""

import multiprocessing
import os
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def setup_django():
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def revoke_worker(count: int, database_url: str, results):
    """In a fresh database: ``count`` issued certificates, then revocations timed."""
    os.environ.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="lms.settings.dev")
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from certificates import codes, issuing
    from certificates.credentials.status_list import status_list_publish
    from certificates.models import Certificate, Leadership
    from organisation.models import Unit, VolunteerProfile

    call_command("migrate", verbosity=0)
    district = Unit.objects.filter(level="district").select_related("parent").first()
    users = get_user_model().objects.bulk_create(
        [get_user_model()(username=f"bench-{n}") for n in range(count)], batch_size=5000
    )
    volunteers = VolunteerProfile.objects.bulk_create(
        [
            VolunteerProfile(
                user=user, name_en=f"Leader {n}", phone=f"98{n:08d}",
                district=district, state=district.parent, stage="leader",
            )
            for n, user in enumerate(users)
        ],
        batch_size=5000,
    )  # fmt: skip
    leaderships = Leadership.objects.bulk_create(
        [Leadership(volunteer=v, level="district", unit=district) for v in volunteers],
        batch_size=5000,
    )
    today = timezone.localdate()
    Certificate.objects.bulk_create(
        [
            Certificate(
                leadership=leadership, code=codes.new_code(), status="issued",
                name_en=leadership.volunteer.name_en, level="district", unit_en="Bench",
                issued_on=today, pdf="certificates/bench.pdf", sha256="0" * 64,
                credential="bench",
            )
            for leadership in leaderships
        ],
        batch_size=5000,
    )  # fmt: skip
    admin = get_user_model().objects.create_superuser("bench-admin", password="x")  # noqa: S106
    status_list_publish(0)  # the list exists before, as it does once anyone checked
    pks = list(Certificate.objects.order_by("?").values_list("pk", flat=True)[:10])
    bare, service = [], []
    for pk in pks[:5]:
        started = time.perf_counter()
        Certificate.objects.filter(pk=pk).update(
            status="revoked", revoked_at=timezone.now(), revoke_reason="bench"
        )
        bare.append(time.perf_counter() - started)
    for pk in pks[5:]:
        started = time.perf_counter()
        issuing.certificate_revoke(
            certificate=Certificate.objects.get(pk=pk), revoked_by=admin, reason="bench"
        )
        service.append(time.perf_counter() - started)
    results.put((Certificate.objects.count(), sorted(bare), sorted(service)))


def run_revoke(count: int) -> tuple[int, list[float], list[float]]:
    import psycopg

    server = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
    name = "lms_bench_revoke"
    with psycopg.connect(server.rstrip("/") + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    database_url = server.rstrip("/") + "/" + name
    process = context.Process(target=revoke_worker, args=(count, database_url, results))
    process.start()
    report = results.get()
    process.join()
    return report
