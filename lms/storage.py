"""Where files that must not be public are kept (see STORAGES["private"])."""

from django.core.files.storage import storages


def private_storage():
    """The storage for private files; a callable, so settings can swap it (e.g. S3)."""
    return storages["private"]
