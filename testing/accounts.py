"""The sign-up form's data (`signup_data`) and the visible text of a page, for the
account tests."""

import re

import pytest

from organisation.models import Unit

SIGNUP = {
    "username": "asha",
    "name_en": "Asha Verma",
    "name_hi": "आशा वर्मा",
    "phone": "98765 43210",
    "email": "asha@example.org",
    "district": "in-mp-indore",  # replaced by the unit's id in `signup_data`
    "skills": "Writing, fact-checking",
    "password1": "verify-before-sharing-42",
    "password2": "verify-before-sharing-42",
}


@pytest.fixture
def signup_data(db):
    return {**SIGNUP, "district": Unit.objects.get(code=SIGNUP["district"]).pk}


def main_text(response) -> str:
    """The visible text of the page's <main>: what the reader sees, without markup."""
    html = response.content.decode()
    main = html.split("<main", 1)[1].split(">", 1)[1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))
