"""The database a test runs on is fully migrated, in every xdist worker.

On SQLite, the first worker migrates and the others copy its database
(testing/database.py, which checks each copy the same way): this fails if the database
of the worker that runs it missed a migration, a content type or a permission, or if what
migrate does to the process was not done again after a copy."""

import pytest

from django.db import connection

from testing.database import unmigrated


@pytest.mark.django_db
def test_the_test_database_is_fully_migrated():
    assert unmigrated(connection) == []
