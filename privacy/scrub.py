"""Helpers for the apps' providers (``<app>/privacy.py``): what several of them erase the
same way. Like the registry, this module imports no app."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from wagtail.models import ModelLogEntry

#: What an erased person's name becomes wherever a name must stay (a certificate, a log).
ERASED_NAME = "[erased]"


def log_entries_scrub(model, object_ids, replacement: str = ERASED_NAME) -> None:
    """Remove records' names from the admins' logs of changes to them (Django's and
    Wagtail's keep the record's name as it was)."""
    if not object_ids:
        return
    content_type = ContentType.objects.get_for_model(model)
    ids = [str(pk) for pk in object_ids]
    LogEntry.objects.filter(content_type=content_type, object_id__in=ids).update(
        object_repr=replacement, change_message=""
    )
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=ids).update(
        label=replacement
    )


def storage_delete(storage, names) -> None:
    """Delete files that may already be gone (a resumed erasure deletes them again)."""
    for name in names:
        if name:
            storage.delete(name)
