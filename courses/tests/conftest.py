from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from courses import services
from courses.tests.factories import quiz_create
from courses.tests.test_spot_the_fake import spot_question


@pytest.fixture
def trainee(client):
    """A trainee, logged in on ``client``."""
    user = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(user)
    return user


@pytest.fixture
def spot_course(course_tree, trainee):
    """A practice quiz of two multiple-choice, one true/false and one spot-the-fake
    question (with a picture), marked "may be answered offline"; ``trainee`` enrolled."""
    course = course_tree["course"]
    course.quiz = quiz_create(
        pass_mark=60, rules={"answer_offline": True, "max_attempts": 5}, essays=0
    )
    buffer = BytesIO()
    PILImage.new("RGB", (900, 600), (173, 92, 11)).save(buffer, format="PNG")
    picture = get_image_model().objects.create(
        title="Flooded street", file=ImageFile(BytesIO(buffer.getvalue()), name="flood.png")
    )
    spot_question(
        quiz=course.quiz,
        post_image=picture,
        post_image_alt="A street under water with an orange bus half submerged.",
    )
    course.save_revision().publish()
    services.enrollment_create(user=trainee, course=course)
    return course
