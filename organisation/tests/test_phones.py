"""What a person types as a mobile number: read in every usual spelling, or told
exactly what is wrong (organisation.phones.mobile_number)."""

import pytest

from django.core.exceptions import ValidationError

from organisation.phones import mobile_number, phone_e164


@pytest.mark.parametrize(
    "typed",
    ["9876543210", "98765 43210", "+91 98765-43210", "919876543210", "09876543210", "९८७६५४३२१०"],
)
def test_usual_spellings_give_the_ten_digits(typed):
    assert mobile_number(typed) == "9876543210"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "required"),
        ("98765abcde", "letters"),  # phonenumbers would read letters as keypad digits
        ("phone", "letters"),
        ("987654321", "length"),
        ("98765432101", "length"),
        ("0755 2551234", "not_mobile"),  # Bhopal landline: ten digits after its 0, a 7 first
        ("011 2345 6789", "not_mobile"),
        ("5876543210", "not_mobile"),
        ("1800123456", "not_mobile"),
        ("+92 300 1234567", "foreign"),
        ("0092 300 1234567", "foreign"),
        ("+1 650 253 0000", "foreign"),
    ],
)
def test_malformed_numbers_say_what_is_wrong(typed, code):
    with pytest.raises(ValidationError) as raised:
        mobile_number(typed)
    assert raised.value.code == code


def test_a_stored_number_gets_its_country_code():
    assert phone_e164("9876543210") == "+919876543210"
