"""The coordinator can see where to type why a certificate is revoked or corrected.

Wagtail's admin draws a field's border only for inputs with a type it knows
(``input[type=text]``...): an input without one was white on white.
"""

import pytest
from playwright.sync_api import expect

from certificates import issuing, services
from courses.models import CourseCompletion
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VISIBLE_BORDER = """e => {
  const style = getComputedStyle(e);
  return ["Top", "Right", "Bottom", "Left"].every(side =>
    parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== "none"
    && style[`border${side}Color`] !== style.backgroundColor
    && style[`border${side}Color`] !== "rgba(0, 0, 0, 0)");
}"""


def test_revoke_and_correct_reasons_are_visible_fields(chromium_browser, live_server, training):
    coordinator = coordinator_create("in-mp", username="meera")
    volunteer = VolunteerFactory(
        stage=Stage.TRAINED, name_en="Asha Verma", district=unit("in-mp-indore")
    )
    CourseCompletion.objects.create(
        user=volunteer.user, course=training["required"], score_percent=92
    )
    leadership = services.leadership_promote(
        volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
    )
    certificate = issuing.certificate_issue(leadership=leadership, issued_by=coordinator)
    assert certificate.status == "issued"

    desk = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk.goto(f"{live_server.url}/admin/login/")
    desk.fill("#id_username", "meera")
    desk.fill("#id_password", "a-good-test-password")
    desk.click("button[type=submit]")
    desk.goto(f"{live_server.url}/admin/volunteers/{volunteer.pk}/")
    desk.get_by_text("Revoke or correct").click()
    for label in ["Why is it revoked?", "What was corrected?"]:
        field = desk.get_by_label(label)
        expect(field).to_be_visible()
        assert field.evaluate(VISIBLE_BORDER), field.evaluate("e => e.outerHTML")
        assert field.bounding_box()["height"] >= 24
        # Inside their card: a full-width input plus its padding once stuck out ~20 px.
        card = field.evaluate_handle("e => e.closest('section')").as_element().bounding_box()
        box = field.bounding_box()
        assert box["x"] + box["width"] <= card["x"] + card["width"], (box, card)
