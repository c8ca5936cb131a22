"""What the volunteer import tests share: a coordinator, a file, an import run here."""

import io

from django.contrib.auth import get_user_model

from organisation.imports.services import volunteer_import_process
from organisation.models import Coordinator, Unit, VolunteerImport
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named

HEADER = "phone,name_en,name_hi,email,state,district,skills\n"
User = get_user_model()


def coordinator(username: str, unit_code: str):
    user = User.objects.create_user(username, password="pass")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.create(user=user, unit=Unit.objects.get(code=unit_code))
    return user


def run_import(data: bytes, *, user=None, unit_code="in", name="volunteers.csv", batch_size=5000):
    record = VolunteerImport.objects.create(
        file_name=name,
        created_by=user,
        unit=Unit.objects.get(code=unit_code),
        status=VolunteerImport.Status.RUNNING,
        progress_total=len(data),
    )
    result = volunteer_import_process(
        record, binary=io.BytesIO(data), size=len(data), batch_size=batch_size
    )
    record.refresh_from_db()
    return record, result


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return (header + "".join(line + "\n" for line in lines)).encode()


GOOD = [
    "9876543210,Asha Verma,आशा वर्मा,asha@example.org,Uttar Pradesh,Lucknow,writing",
    "+91 91234 56780,Ravi Kumar,,,UP,लखनऊ,video",
    "09988776655,Sunita Patil,,,Maharashtra,Pune,design",
    "8877665544,Imran Ali,,,Himachal Pradesh,Hamirpur,",
    "7766554433,Neha Yadav,,,उत्तर प्रदेश,हमीरपुर,",
]
