"""The privacy notice the product ships (consent/first_notice.py), published: sign-up
asks for consent to it, and the consent middleware asks volunteers who have not agreed."""

import pytest

from consent.first_notice import FIRST_NOTICE
from consent.models import PrivacyNotice
from consent.services import notice_publish


def publish_notice(**changes) -> PrivacyNotice:
    """A new version, the first one's text with `changes`, published."""
    return notice_publish(notice=PrivacyNotice(**{**FIRST_NOTICE, **changes}))


@pytest.fixture
def privacy_notice(db) -> PrivacyNotice:
    return publish_notice()
