"""Wagtail admin registrations for volunteer imports (imported by lms/wagtail_hooks.py)."""
