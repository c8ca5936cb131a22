"""The Wagtail Site record follows the configured public address (SITE_URL).

Wagtail builds a page's preview and "view draft" from a fake request to the Site's
hostname, port and scheme. Left at the "localhost:80" the first migration wrote,
production's HTTPS redirect sends every preview to https://localhost/. `migrate`
(run on every deployment) brings the record in line with the settings.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_update_from_settings(*, using: str = "default") -> None:
    """Give the default Site the hostname and port of settings.SITE_URL.

    Wagtail knows a scheme only through the port: 443 is https, anything else http.
    """
    from wagtail.models import Site

    address = urlsplit(settings.SITE_URL)
    if not address.hostname:
        return
    port = address.port or (443 if address.scheme == "https" else 80)
    Site.objects.using(using).filter(is_default_site=True).exclude(
        hostname=address.hostname, port=port
    ).update(hostname=address.hostname, port=port)
    # Site.find_for_request caches the sites by hostname.
    Site.clear_site_root_paths_cache()


def update_site_after_migrate(sender, using="default", **kwargs) -> None:
    site_update_from_settings(using=using)
