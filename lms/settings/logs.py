"""Logging: one line per record, JSON in production. Part of ``base`` (imported at its end)."""

import os

# LOG_FORMAT=json (production's default): one JSON object per line, with the
# request's id (lms/log.py); "text" for people reading a terminal.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "lms.log.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "lms.log.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every page edit at INFO; the admin's history keeps them anyway.
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        "weasyprint.progress": {"level": "WARNING"},
        # WeasyPrint's font subsetting logs a line per font at INFO: noise for anyone
        # watching `make run` load the demo or a worker render certificates.
        "fontTools": {"level": "WARNING"},
        # runserver's "Watching for file changes" came out twice (Django's console
        # handler and ours); its INFO lines say nothing a newcomer needs.
        "django.utils.autoreload": {"level": "WARNING"},
        # django-axes logs every log-in and log-out at INFO; failures and lock-outs,
        # which matter, are WARNING, and kept in axes_accessattempt anyway.
        "axes": {"level": os.environ.get("AXES_LOG_LEVEL", "WARNING")},
    },
}
