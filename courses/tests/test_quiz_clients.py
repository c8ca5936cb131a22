"""Which client answered: a keyed hash of address and browser, once per attempt and client,
for the answer-sharing report; never the address itself."""

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.urls import reverse

from courses import services
from courses.models import AttemptClient, CoursePage, QuizAttempt
from courses.tests.factories import quiz_create, right_answer

pytestmark = pytest.mark.django_db

PHONE = "Mozilla/5.0 (Linux; Android 11; Redmi 9A)"


@pytest.fixture
def started(client, course_tree):
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    course = course_tree["course"]
    course.quiz = quiz_create(essays=0)
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    client.post(reverse("quiz_start", args=(course.pk,)))
    return QuizAttempt.objects.get(user=trainee)


def answer_next(client, attempt, **headers):
    question = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    return client.post(
        reverse("quiz_question", args=(attempt.pk,)),
        {"question": question.pk, "answer": right_answer(question)},
        **headers,
    )


def test_answers_from_one_phone_are_one_client_and_another_browser_another(client, started):
    answer_next(client, started, HTTP_USER_AGENT=PHONE, REMOTE_ADDR="10.1.2.3")
    answer_next(client, started, HTTP_USER_AGENT=PHONE, REMOTE_ADDR="10.1.2.3")
    assert AttemptClient.objects.filter(attempt=started).count() == 1
    answer_next(client, started, HTTP_USER_AGENT="Firefox", REMOTE_ADDR="10.1.2.3")
    clients = list(AttemptClient.objects.filter(attempt=started).values_list("client", flat=True))
    assert len(clients) == 2 and all(len(c) == 32 for c in clients)
    assert not any("10.1.2.3" in c or "Redmi" in c for c in clients)


def test_a_replayed_answer_records_nothing(client, started):
    question = Sitting.objects.get(pk=started.sitting_id).get_first_question()
    data = {"question": question.pk, "answer": right_answer(question)}
    url = reverse("quiz_question", args=(started.pk,))
    client.post(url, data, HTTP_USER_AGENT=PHONE)
    AttemptClient.objects.all().delete()
    client.post(url, data, HTTP_USER_AGENT="Another phone")  # the same answer again
    assert not AttemptClient.objects.exists()
