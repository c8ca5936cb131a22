"""Quizzes for tests, built on django-quiz-app's models."""

from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz
from true_false.models import TF_Question

from courses.models import QuizRules


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
