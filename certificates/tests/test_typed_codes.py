"""Codes a person can type: read off a printout, said over the phone, typed on a keypad."""

import secrets

import pytest

from certificates import codes, issuing
from certificates.models import Certificate
from certificates.tests.test_certificates import leader, pdf_text, stored
from organisation.tests.factories import coordinator_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


@pytest.fixture
def certificate(training, coordinator):
    return issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Meena Rawat", name_hi="मीना रावत"),
        issued_by=coordinator,
    )


def test_new_codes_are_five_groups_of_four_without_letters_read_as_digits():
    made = {codes.new_code() for _ in range(2000)}

    assert len(made) == 2000
    for code in made:
        groups = code.split("-")
        assert [len(group) for group in groups] == [4, 4, 4, 4, 4]
        assert not set("".join(groups)) & set("ILOU")
        assert set("".join(groups)) <= set(codes.ALPHABET)
    assert len(codes.ALPHABET) ** codes.LENGTH == 2**100


def typings(code):
    plain = code.replace("-", "")
    return [
        code.lower(),
        plain,
        plain.lower(),
        " ".join(code.split("-")),
        f"  {code}  ",
        code.replace("0", "O").replace("1", "l"),
        "-".join(plain[i : i + 2] for i in range(0, len(plain), 2)),
    ]


def test_a_code_typed_any_forgiving_way_finds_the_certificate(client, certificate):
    for typed in typings(certificate.code):
        response = client.get(f"/en/verify/?code={typed}", follow=True)
        assert response.status_code == 200, typed
        page = response.content.decode()
        assert "Valid" in page, typed
        assert "Meena Rawat" in page
        # The page shows the code as printed, for the person to compare.
        assert certificate.code in page


def test_the_short_address_and_json_accept_a_typed_code(client, certificate):
    typed = certificate.code.replace("-", "").lower()

    assert client.get(f"/v/{typed}.json").json()["status"] == "valid"
    assert client.get(f"/hi/verify/{typed}/").status_code == 200


def test_codes_issued_before_keep_working_exactly(client, certificate):
    old = secrets.token_urlsafe(16)
    Certificate.objects.filter(pk=certificate.pk).update(code=old)

    assert client.get(f"/en/verify/{old}/").status_code == 200
    assert client.get(f"/v/{old}.json").json()["status"] == "valid"
    if old.lower() != old:  # older codes were case-sensitive, and stay so
        assert client.get(f"/en/verify/{old.lower()}/").status_code == 404


def test_a_typo_is_not_found_and_offers_to_type_again(client, certificate):
    wrong = ("Z" if certificate.code[0] != "Z" else "Y") + certificate.code[1:]

    response = client.get(f"/en/verify/?code={wrong}", follow=True)

    assert response.status_code == 404
    assert "Type the code again" in response.content.decode()


@pytest.mark.parametrize("typed", ["a/b", "/", "AB12/CD34"])
def test_a_typed_slash_is_not_found_not_a_server_error(client, typed):
    response = client.get("/en/verify/", {"code": typed}, follow=True)

    assert response.status_code == 404
    assert "Type the code again" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [("en", "Verify a certificate", "Verify"), ("hi", "प्रमाण-पत्र का सत्यापन करें", "सत्यापित करें")],
)
def test_the_typing_page_speaks_both_languages(client, language, heading, button):
    response = client.get(f"/{language}/verify/")

    page = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in page
    assert f">{button}</button>" in page


def test_the_printed_code_is_never_broken_inside_a_group(certificate):
    text = pdf_text(stored(certificate))

    lines = [line.strip() for line in text.splitlines()]
    groups = certificate.code.split("-")
    for group in groups:
        assert any(group in line for line in lines), group
    # A line holding part of the code holds whole groups only.
    plain = certificate.code.replace("-", "")
    for line in lines:
        words = line.replace("-", " ").split()
        if not any(word in groups for word in words):
            continue
        broken = [w for w in words if w not in groups and w in plain and len(w) < 4]
        assert not broken, f"a group was broken across lines: {line!r}"
