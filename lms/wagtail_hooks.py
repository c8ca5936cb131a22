"""Wagtail admin registrations of the organisation: coordinator screens."""

from lms.imports import admin as imports_admin  # noqa: F401  (registers its own hooks)
