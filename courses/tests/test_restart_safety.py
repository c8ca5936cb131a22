"""A server killed right after answering loses nothing, and a replay after the restart
counts nothing twice.

A real gunicorn on the test's PostgreSQL database: the trainee completes a
lesson, starts the quiz and answers its first question; the moment the answer's
response is back, every gunicorn process is killed (SIGKILL: no shutdown, no
flush). A fresh database connection then sees the completion and the scored
answer; a new gunicorn gets the same POSTs again (a phone retrying after the
outage) and nothing counts twice. (A killed certificate worker:
certificates/tests/test_certificate_worker.py.)
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from quiz.models import Sitting

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import CoursePage, LessonCompletion, QuizAttempt
from courses.tests.factories import quiz_create, right_answer

pytestmark = [
    pytest.mark.postgres("a server process cannot share SQLite's in-memory test database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BASE_DIR = Path(__file__).resolve().parents[2]
CSRF_SECRET = "a" * 32  # Django accepts the unmasked secret as the form's token


class Server:
    """gunicorn on a free port, in a process group of its own so all of it can be killed."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    def start(self):
        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "PRIVATE_ROOT": str(django_settings.PRIVATE_ROOT),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "lms.wsgi", "--workers", "2"]
            + ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while True:
            assert self.process.poll() is None, self.process.stderr.read()
            assert time.monotonic() < deadline, "gunicorn did not start"
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process.stderr.close()

    def request(self, method, path, *, session=None, data=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": "localhost"}
        body = None
        if session:
            headers["Cookie"] = f"sessionid={session}; csrftoken={CSRF_SECRET}"
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": CSRF_SECRET})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheader("Location")
        finally:
            conn.close()


@pytest.fixture
def server():
    server = Server()
    yield server
    if server.process and server.process.poll() is None:
        server.kill()


def test_a_killed_server_loses_no_completed_lesson_or_answer(course_tree, server):
    trainee = get_user_model().objects.create_user("meera", password="a-long-password-1")
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    lesson = course_tree["lessons"][0]
    browser = Client()
    browser.force_login(trainee)
    session = browser.cookies["sessionid"].value
    complete_url = reverse("lesson_complete", kwargs={"lesson_id": lesson.pk})

    server.start()
    status, _ = server.request("POST", complete_url, session=session, data={})
    assert status == 302
    status, location = server.request(
        "POST", reverse("quiz_start", kwargs={"course_id": course.pk}), session=session, data={}
    )
    assert status == 302
    attempt = QuizAttempt.objects.get(user=trainee)
    assert location.endswith(reverse("quiz_question", kwargs={"attempt_id": attempt.pk}))
    question = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    answer = {"question": question.pk, "answer": right_answer(question)}
    answer_url = reverse("quiz_question", kwargs={"attempt_id": attempt.pk})
    status, _ = server.request("POST", answer_url, session=session, data=answer)
    assert status == 302
    server.kill()  # the moment the answer is acknowledged

    connection.close()  # a fresh connection: only what was committed is there
    assert LessonCompletion.objects.filter(user=trainee, lesson_id=lesson.pk).count() == 1
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1
    assert sitting.get_first_question() != question
    remaining = sitting.question_list

    # The phone retries both POSTs against the restarted server.
    server.start()
    assert server.request("POST", complete_url, session=session, data={})[0] == 302
    assert server.request("POST", answer_url, session=session, data=answer)[0] == 302
    server.kill()

    connection.close()
    assert LessonCompletion.objects.filter(user=trainee).count() == 1
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert (sitting.current_score, sitting.question_list) == (1, remaining)
    assert QuizAttempt.objects.filter(user=trainee).count() == 1
