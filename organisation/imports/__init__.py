"""Bulk import and export of volunteers (CSV), run as background tasks."""
