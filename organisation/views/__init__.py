"""The organisation's admin screens (the coordinator's volunteer list and page, the
Teams of ten), registered by organisation/wagtail_hooks.py."""
