"""Notice versions and consent records: what the sign-up, the import, the phone sign-in
and the message sender rely on."""

import pytest

from django.contrib.auth import get_user_model

from consent.models import (
    Channel,
    ChannelConsentChange,
    Method,
    NoticeConsent,
    NoticeImmutable,
    PrivacyNotice,
)
from consent.selectors import (
    channel_consents,
    channels_allowed,
    notice_current,
    notice_current_id,
)
from consent.services import (
    ConsentError,
    channel_consent_withdraw,
    channel_consents_set,
    consent_record,
    consents_record_for_import,
)
from messaging.models import OutboxMessage
from organisation.imports.forms import CONTACT_CHANNELS
from testing.consent import publish_notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    User = get_user_model()
    return [User.objects.create_user(f"person{i}") for i in range(4)]


def test_publishing_numbers_the_versions_and_the_latest_is_in_force(privacy_notice):
    assert privacy_notice.version == 1 and privacy_notice.live
    draft = PrivacyNotice.objects.create(
        **{f: getattr(privacy_notice, f) for f in PrivacyNotice.CONTENT_FIELDS}
    )
    assert draft.version is None
    assert notice_current() == privacy_notice
    second = publish_notice(changes_en="Reminders by WhatsApp.")
    assert second.version == 2
    assert notice_current() == second and notice_current_id() == second.pk


def test_a_published_version_cannot_be_changed(privacy_notice):
    privacy_notice.purpose_en = "Something else entirely."
    with pytest.raises(NoticeImmutable):
        privacy_notice.save()
    privacy_notice.refresh_from_db()
    assert privacy_notice.purpose_en.startswith("To run the volunteer programme")


def test_consent_records_version_time_method_and_channels(people, privacy_notice):
    person = people[0]
    consent = consent_record(
        user=person, notice=privacy_notice, method=Method.SIGNUP, channels=["sms", "whatsapp"]
    )
    assert (consent.notice, consent.method) == (privacy_notice, Method.SIGNUP)
    assert consent.given_at is not None
    consents = channel_consents(person)
    assert consents["sms"].allowed and consents["whatsapp"].allowed
    assert consents["email"] is None
    # Agreeing again keeps the first record.
    again = consent_record(user=person, notice=privacy_notice, method=Method.NOTICE_PAGE)
    assert again.pk == consent.pk and again.method == Method.SIGNUP


def test_only_a_published_notice_can_be_agreed_to(people, privacy_notice):
    draft = PrivacyNotice.objects.create(
        **{f: getattr(privacy_notice, f) for f in PrivacyNotice.CONTENT_FIELDS}
    )
    with pytest.raises(ConsentError):
        consent_record(user=people[0], notice=draft, method=Method.SIGNUP)
    assert not NoticeConsent.objects.exists()


def test_channels_allowed_is_set_based_and_follows_withdrawal(
    people, django_assert_max_num_queries
):
    a, b, c, d = people
    for person in (a, b, c):
        channel_consents_set(user=person, channels=["sms"], method=Method.SIGNUP)
    channel_consents_set(user=d, channels={"sms": False, "email": True}, method=Method.SIGNUP)
    assert channel_consent_withdraw(user=b, channel="sms", method=Method.STOP_KEYWORD)
    assert not channel_consent_withdraw(user=b, channel="sms", method=Method.STOP_KEYWORD)
    ids = [p.pk for p in people]
    with django_assert_max_num_queries(1):
        assert channels_allowed(ids, "sms") == {a.pk, c.pk}
    with django_assert_max_num_queries(1):
        everyone = get_user_model().objects.filter(pk__in=ids).values("pk")
        assert channels_allowed(everyone, "email") == {d.pk}
    assert channels_allowed(ids, "whatsapp") == set()
    # Each grant and withdrawal is kept, with how.
    history = list(
        ChannelConsentChange.objects.filter(user=b).order_by("pk").values_list("allowed", "method")
    )
    assert history == [(True, Method.SIGNUP), (False, Method.STOP_KEYWORD)]


def test_an_unknown_channel_is_refused(people):
    with pytest.raises(ConsentError):
        channel_consents_set(user=people[0], channels=["pigeon"], method=Method.PREFERENCES)
    with pytest.raises(ValueError):
        channels_allowed([people[0].pk], "pigeon")


def test_an_import_never_overrides_a_persons_own_choice(people, privacy_notice):
    a, b = people[:2]
    channel_consent_withdraw(user=a, channel="sms", method=Method.PREFERENCES)
    created = consents_record_for_import(
        user_ids=[a.pk, b.pk],
        notice=privacy_notice,
        reference="Membership forms, Indore office, 2026",
        channels=["sms"],
    )
    assert created == 2
    assert channels_allowed([a.pk, b.pk], "sms") == {b.pk}
    consent = NoticeConsent.objects.get(user=b)
    assert consent.method == Method.IMPORT
    assert consent.reference == "Membership forms, Indore office, 2026"
    # Again: nothing new.
    assert (
        consents_record_for_import(
            user_ids=[a.pk, b.pk], notice=privacy_notice, reference="again", channels=["sms"]
        )
        == 0
    )
    assert ChannelConsentChange.objects.filter(user=b).count() == 1


def test_channel_codes_are_the_outbox_and_the_import_forms():
    assert set(Channel.values) == set(OutboxMessage.Channel.values)
    assert {code for code, _label in CONTACT_CHANNELS} == set(Channel.values)
