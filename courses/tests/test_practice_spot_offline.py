"""A spot-the-fake question on the practice sheet (issue 17): the post as the online question
shows it, a verdict and the evidence ticked per question; sent later with an
Idempotency-Key, scored exactly as the online question page scores it, once; refused
whole, with nothing recorded, when its evidence list changed after the page was opened."""

import html as html_lib
import re
import uuid
from decimal import Decimal

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import QuizAttempt, SpotAnswer, SpotEvidence, SpotTheFakeQuestion
from courses.offline_files import course_offline_files
from courses.tests.factories import right_answer, wrong_answer
from courses.tests.test_spot_the_fake import deciding, other
from offline.models import ReplayKey

pytestmark = pytest.mark.django_db


def sheet_page(client, course, language="en"):
    response = client.get(f"/{language}/learn/practice/{course.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def spot_of(course):
    return SpotTheFakeQuestion.objects.get(quiz=course.quiz)


def kept_fields(page) -> dict:
    """The hidden fields of the sheet as the phone keeps it (the evidence list's stamp)."""
    return {
        name: html_lib.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)
        if name != "csrfmiddlewaretoken"
    }


def answered_sheet(page, course, verdict, evidence, others=right_answer):
    """The posted form: the spot question answered with ``verdict`` and ``evidence``, the
    other questions with ``others(question)``."""
    data = kept_fields(page)
    for question in course.quiz.question_set.select_subclasses().order_by("pk"):
        if isinstance(question, SpotTheFakeQuestion):
            data[f"verdict-{question.pk}"] = verdict
            data[f"evidence-{question.pk}"] = [str(pk) for pk in evidence]
        else:
            data[f"answer-{question.pk}"] = others(question)
    return data


def send(client, course, data, key):
    return client.post(
        reverse("practice_sheet", args=[course.pk]),
        data,
        headers={"Idempotency-Key": str(key)},
    )


def online_score(course, verdict, evidence, others=right_answer):
    """Another trainee answers the same quiz on the online question pages, one question
    per screen: (per cent, passed, the spot answer's credit)."""
    user = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    services.enrollment_create(user=user, course=course)
    online = Client()
    online.force_login(user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while (question := quiz_engine.current_question(attempt)) is not None:
        data = {"question": question.id}
        if question.kind == "spot":
            data.update(verdict=verdict, evidence=[str(pk) for pk in evidence])
        else:
            written = course.quiz.question_set.select_subclasses().get(pk=question.id)
            data["answer"] = others(written)
        response = online.post(reverse("quiz_question", args=[attempt.pk]), data)
        assert response.status_code == 302, response.content.decode()[:500]
        attempt.refresh_from_db()
    credit = SpotAnswer.objects.get(sitting_id=attempt.sitting_id).credit
    return attempt.score_percent, attempt.passed, credit


# The sheet ------------------------------------------------------------------------------


def test_the_sheet_shows_the_post_a_verdict_and_the_evidence_per_question(client, spot_course):
    page = sheet_page(client, spot_course)
    spot = spot_of(spot_course)

    assert "Is this post genuine?" in page
    assert "Flood today at the station!" in page and "@CityNewsFast" in page
    assert 'datetime="2026-08-14"' in page
    assert page.count(f'type="radio" name="verdict-{spot.pk}"') == 4
    assert page.count(f'type="checkbox" name="evidence-{spot.pk}"') == 4
    for item in spot.evidence.all():
        assert item.text in page
    # The picture with its formats, as the saved course keeps it.
    picture = re.search(r"<picture>.*?</picture>", page, re.DOTALL).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert 'alt="A street under water with an orange bus half submerged."' in picture
    # Nothing tells the deciding evidence or the verdict apart.
    assert "old_image" not in page and "Old or unrelated picture" not in page
    tags = {
        re.sub(r'value="\d+"', "", tag)
        for tag in re.findall(rf'<input[^>]*name="evidence-{spot.pk}"[^>]*>', page)
    }
    assert len(tags) == 1
    # One page, several questions: no id twice.
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert f"evidence-list-{spot.pk}" in kept_fields(page)


def test_the_hindi_sheet_shows_the_spot_question_in_hindi(client, spot_course):
    page = sheet_page(client, spot_course, "hi")

    for said in ("आपका निष्कर्ष", "निर्णायक सबूत", "असली", "भ्रामक", "मेरे उत्तर भेजें"):
        assert said in page, said


def test_a_saved_course_keeps_the_spot_questions_picture_in_its_formats(rf, trainee, spot_course):
    request = rf.get("/")
    request.user = trainee

    files = course_offline_files(spot_course, request)

    assert files.pages[-1] == reverse("practice_sheet", args=[spot_course.pk])
    [formats] = files.images
    assert [kind for kind, _candidates in formats] == ["image/avif", "image/webp", ""]
    for _kind, candidates in formats:
        assert sorted(width for _url, width in candidates) == [360, 720]


# Scored as online, once ---------------------------------------------------------------------

ANSWERS = {
    # verdict, evidence (from the question), credit
    "right": ("misleading", deciding, Decimal("1.000")),
    "partial": ("misleading", lambda q: deciding(q)[:1], Decimal("0.750")),
    "wrong": ("fabricated", other, Decimal("0.000")),
}


@pytest.mark.parametrize("answer", ANSWERS, ids=list(ANSWERS))
def test_sent_later_it_scores_as_the_online_question_page(client, trainee, spot_course, answer):
    verdict, evidence_of, credit = ANSWERS[answer]
    spot = spot_of(spot_course)
    page = sheet_page(client, spot_course)

    response = send(
        client,
        spot_course,
        answered_sheet(page, spot_course, verdict, evidence_of(spot)),
        uuid.uuid4(),
    )

    assert response.status_code == 302, response.content.decode()[:500]
    attempt = QuizAttempt.objects.get(user=trainee)
    assert not attempt.is_open and attempt.ending == QuizAttempt.Ending.ANSWERED
    offline = attempt.score_percent, attempt.passed, SpotAnswer.objects.get().credit
    assert offline[2] == credit
    assert offline == online_score(spot_course, verdict, evidence_of(spot))


def test_a_wrong_multiple_choice_answer_beside_it_scores_as_online(client, trainee, spot_course):
    spot = spot_of(spot_course)
    page = sheet_page(client, spot_course)
    data = answered_sheet(page, spot_course, "misleading", deciding(spot)[:1], wrong_answer)

    assert send(client, spot_course, data, uuid.uuid4()).status_code == 302

    attempt = QuizAttempt.objects.get(user=trainee)
    assert (attempt.score_percent, attempt.passed) == (19, False)  # 0.75 of 4
    assert online_score(spot_course, "misleading", deciding(spot)[:1], wrong_answer) == (
        19,
        False,
        Decimal("0.750"),
    )


def test_sent_twice_with_one_key_it_is_scored_once(client, trainee, spot_course):
    spot = spot_of(spot_course)
    data = answered_sheet(
        sheet_page(client, spot_course), spot_course, "misleading", deciding(spot)
    )
    key = uuid.uuid4()

    first = send(client, spot_course, data, key)
    again = send(client, spot_course, data, key)

    assert (first.status_code, again.status_code) == (302, 204)
    assert QuizAttempt.objects.filter(user=trainee).count() == 1
    assert SpotAnswer.objects.count() == 1
    assert ReplayKey.objects.get(key=key).user == trainee
    assert QuizAttempt.objects.get(user=trainee).score_percent == 100


def test_the_plain_form_without_javascript_is_scored_too(client, trainee, spot_course):
    spot = spot_of(spot_course)
    data = answered_sheet(
        sheet_page(client, spot_course), spot_course, "misleading", deciding(spot)
    )

    response = client.post(reverse("practice_sheet", args=[spot_course.pk]), data)

    attempt = QuizAttempt.objects.get(user=trainee)
    assert response.status_code == 302 and response.url == reverse("quiz_result", args=[attempt.pk])
    assert attempt.score_percent == 100


# The sheet no longer fits -------------------------------------------------------------------


def add_item(spot):
    SpotEvidence.objects.create(question=spot, text="The account was made last week", decides=True)


def reword_item(spot):
    item = spot.evidence.filter(decides=False).first()
    item.text = "The post has very many shares"
    item.save()


def remove_item(spot):
    spot.evidence.filter(decides=False).last().delete()


def flip_item(spot):
    item = spot.evidence.filter(decides=False).first()
    item.decides = True
    item.save()


@pytest.mark.parametrize(
    "change",
    [add_item, reword_item, remove_item, flip_item],
    ids=["item added", "item reworded", "item not ticked removed", "item now decides"],
)
def test_an_evidence_list_changed_after_the_page_was_opened_is_refused_whole(
    client, trainee, spot_course, change
):
    spot = spot_of(spot_course)
    page = sheet_page(client, spot_course)  # the page kept on the phone
    data = answered_sheet(page, spot_course, "misleading", deciding(spot))
    change(spot)

    response = send(client, spot_course, data, uuid.uuid4())

    assert response.status_code == 400
    assert "has changed since the page was opened" in response.content.decode()
    assert not QuizAttempt.objects.exists() and not Sitting.objects.exists()
    assert not SpotAnswer.objects.exists()


def test_a_sheet_without_the_evidence_lists_stamp_is_refused_whole(client, spot_course):
    spot = spot_of(spot_course)
    data = answered_sheet(
        sheet_page(client, spot_course), spot_course, "misleading", deciding(spot)
    )
    del data[f"evidence-list-{spot.pk}"]

    assert send(client, spot_course, data, uuid.uuid4()).status_code == 400
    assert not QuizAttempt.objects.exists() and not SpotAnswer.objects.exists()


NO_EVIDENCE = "“Is this post genuine?”: Tick the evidence that decides your verdict."


def test_sent_later_without_evidence_ticked_it_is_refused_and_says_what_is_missing(
    client, spot_course
):
    data = answered_sheet(sheet_page(client, spot_course), spot_course, "misleading", [])

    response = send(client, spot_course, data, uuid.uuid4())

    assert response.status_code == 400
    page = response.content.decode()
    # The phone shows the refusal page's alert (templates/offline/sw.js): what to fix.
    assert f'<p role="alert">Your answers were not scored. {NO_EVIDENCE}</p>' in page
    assert "has changed since the page was opened" not in page
    assert not QuizAttempt.objects.exists() and not SpotAnswer.objects.exists()


def test_in_hindi_the_refusal_says_what_is_missing_in_hindi(client, spot_course):
    data = answered_sheet(sheet_page(client, spot_course, "hi"), spot_course, "misleading", [])

    key = {"Idempotency-Key": str(uuid.uuid4())}
    response = client.post(f"/hi/learn/practice/{spot_course.pk}/", data, headers=key)

    assert response.status_code == 400
    page = response.content.decode()
    assert "आपके उत्तरों पर अंक नहीं दिए गए।" in page
    assert "वे सबूत चुनें जिनसे आपका निष्कर्ष तय होता है।" in page


def test_the_plain_form_without_evidence_ticked_comes_back_with_the_answers_given(
    client, spot_course
):
    spot = spot_of(spot_course)
    data = answered_sheet(sheet_page(client, spot_course), spot_course, "misleading", [])

    response = client.post(reverse("practice_sheet", args=[spot_course.pk]), data)

    assert response.status_code == 400
    page = response.content.decode()
    assert NO_EVIDENCE in page and 'role="alert"' in page
    assert f'name="verdict-{spot.pk}" value="misleading" required checked' in page
    for name, value in data.items():
        if name.startswith("answer-"):
            assert re.search(rf'name="{name}" value="{value}" required checked', page), name
    assert not QuizAttempt.objects.exists() and not SpotAnswer.objects.exists()
    # Ticked and sent again: scored.
    data[f"evidence-{spot.pk}"] = [str(pk) for pk in deciding(spot)]
    assert client.post(reverse("practice_sheet", args=[spot_course.pk]), data).status_code == 302
    assert QuizAttempt.objects.get().score_percent == 100


def test_a_spot_answer_without_a_verdict_is_refused_whole(client, spot_course):
    spot = spot_of(spot_course)
    data = answered_sheet(sheet_page(client, spot_course), spot_course, "", deciding(spot))

    assert send(client, spot_course, data, uuid.uuid4()).status_code == 400
    assert not QuizAttempt.objects.exists() and not SpotAnswer.objects.exists()


def test_a_phone_saving_the_course_can_ask_the_sheets_size(client, spot_course):
    # "Save this course for offline" asks each address's size with HEAD first.
    response = client.head(reverse("practice_sheet", args=[spot_course.pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
