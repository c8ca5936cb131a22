"""Quizzes for tests, built on django-quiz-app's models."""

from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz, Sitting
from true_false.models import TF_Question

from courses import quiz_engine, services
from courses.models import CoursePage, QuizRules


def quiz_create(*, title="Closing quiz", pass_mark=60, rules=None, essays=1):
    """A quiz of two multiple-choice, one true/false and ``essays`` essay questions."""
    quiz = Quiz.objects.create(
        title=title, url="closing-quiz", pass_mark=pass_mark, exam_paper=True
    )
    for number in (1, 2):
        question = MCQuestion.objects.create(content=f"Multiple choice {number}")
        question.quiz.add(quiz)
        Answer.objects.create(question=question, content=f"Right {number}", correct=True)
        Answer.objects.create(question=question, content=f"Wrong {number}", correct=False)
    tf = TF_Question.objects.create(content="The claim is false.", correct=True)
    tf.quiz.add(quiz)
    for number in range(essays):
        essay = Essay_Question.objects.create(content=f"Write a civil reply {number}")
        essay.quiz.add(quiz)
    if rules:
        QuizRules.objects.create(quiz=quiz, **rules)
    return quiz


def right_answer(question):
    """What a trainee who knows the answer submits."""
    if isinstance(question, MCQuestion):
        return str(question.answer_set.get(correct=True).pk)
    if isinstance(question, TF_Question):
        return "True" if question.correct else "False"
    return "A calm reply with the official source linked."


def wrong_answer(question):
    if isinstance(question, MCQuestion):
        return str(question.answer_set.filter(correct=False).first().pk)
    if isinstance(question, TF_Question):
        return "False" if question.correct else "True"
    return "An angry reply."


def course_ready_for_quiz(course_tree, user, quiz) -> CoursePage:
    """The tree's course with ``quiz`` as its closing quiz, ``user`` enrolled and every
    lesson done: the quiz is the next step."""
    course = course_tree["course"]
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=user, course=course)
    for lesson in course_tree["lessons"]:
        services.lesson_complete(user=user, lesson=lesson)
    return course


def quiz_take(user, course, answer):
    """A whole attempt through the service, each question answered with ``answer(question)``."""
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while (
        question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    ) is not False:
        quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question.pk, raw_answer=answer(question)
        )
    attempt.refresh_from_db()
    return attempt


def closing_quiz_and_leaders_course(course_tree, hindi) -> CoursePage:
    """Give the tree's course (both languages) a closing quiz, and add the leaders' course
    with its Hindi title: what the "what happens next" pages point to. Returns it."""
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, essays=0)
    course.save_revision().publish()
    course_hi = course_tree["course_hi"]
    course_hi.quiz = course.quiz
    course_hi.save_revision().publish()
    leadership = CoursePage(
        title="Leading a team of ten",
        slug="leading-a-team",
        summary="For new leaders.",
        estimated_minutes=90,
        track=CoursePage.Track.LEADER,
    )
    course_tree["index"].add_child(instance=leadership)
    leadership_hi = leadership.copy_for_translation(hindi).specific
    leadership_hi.title = "दस लोगों की टीम का नेतृत्व"
    leadership_hi.save_revision().publish()
    return leadership


def shown_right(question):
    """The right option among those an attempt showed (a courses.quiz_draw.DrawnQuestion)."""
    return str(next(pk for pk, _text, correct in question.options if correct))


def shown_wrong(question):
    return str(next(pk for pk, _text, correct in question.options if not correct))


def asked(attempt) -> list[int]:
    """The questions an attempt asks, in order."""
    order = Sitting.objects.get(pk=attempt.sitting_id).question_order
    return [int(i) for i in order.split(",") if i]


def formset_rows(prefix, rows, *, text, flag, existing=0):
    """An admin formset's POST data: ``rows`` of (text, ticked) as the fields ``text`` and
    ``flag`` (a question's answers, a spot-the-fake question's evidence)."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(existing),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "10",
    }
    for index, (value, ticked) in enumerate(rows):
        data[f"{prefix}-{index}-{text}"] = value
        if ticked:
            data[f"{prefix}-{index}-{flag}"] = "on"
    return data
