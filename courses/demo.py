"""Demo courses in English and Hindi, loaded by `manage.py load_demo` (idempotent).

Pages are created once: a page that exists (by slug, or by translation) is left
as it is, so edits trainers make in the demo survive the next `make run`.
"""

import datetime
import json
import uuid
from io import BytesIO

from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Category, Question, Quiz
from true_false.models import TF_Question

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from courses.demo_data import documents as demo_documents
from courses.demo_data import leadership, social_media
from courses.demo_data.schema import validate_course
from courses.demo_images import DRAWINGS, png_bytes
from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    QuizRules,
    SpotTheFakeQuestion,
)
from courses.spot_questions import spot_question_save

HOME_HI = {
    "title": "स्वयंसेवक प्रशिक्षण",
    "intro": (
        "संगठन के सोशल मीडिया स्वयंसेवकों के लिए पाठ्यक्रम: साझा करने से पहले जाँचें, "
        "सबूत के साथ फ़र्ज़ी ख़बरों का पर्दाफ़ाश करें, जल्दी और शालीनता से जवाब दें, "
        "और ऑनलाइन सुरक्षित रहें।"
    ),
}
INDEX = {
    "en": {
        "title": "Courses",
        "intro": "Start with the social media skills course. Each lesson takes about 20 minutes.",
    },
    "hi": {
        "title": "पाठ्यक्रम",
        "intro": "सोशल मीडिया कौशल पाठ्यक्रम से शुरू करें। हर पाठ लगभग 20 मिनट का है।",
    },
}
COURSES = [social_media.COURSE, leadership.COURSE]
# How the demo quizzes run: the long closing quiz reviews answers at the end,
# the short leaders' quiz after each question; three attempts at either, counted
# across both languages (the English course's rules govern its Hindi version).
QUIZ_RULES = {
    "social-media-skills": {"time_limit_minutes": 40, "max_attempts": 3, "review": "at_end"},
    "leading-a-team": {"max_attempts": 3, "review": "after_each"},
}


def load(stdout) -> None:
    hindi = Locale.objects.get(language_code="hi")
    publisher = get_user_model().objects.filter(username="trainer").first()
    images = {key: _image(key) for key in DRAWINGS}

    home_en = Site.objects.get(is_default_site=True).root_page.specific
    _translation(home_en, hindi, publisher, **HOME_HI)

    index_en = _child(home_en, CourseIndexPage, "courses", publisher, **INDEX["en"])
    index_hi = _translation(index_en, hindi, publisher, **INDEX["hi"])

    pages_by_slug = {}
    for data in COURSES:
        validate_course(data)
        course_en = _course(data, "en", index_en, None, images, publisher)
        course_hi = _course(data, "hi", index_hi, course_en, images, publisher)
        pages_by_slug[data["slug"]] = (course_en, course_hi)
        for lesson in data["lessons"]:
            lesson_en = _lesson(lesson, "en", course_en, None, images, publisher)
            _lesson(lesson, "hi", course_hi, lesson_en, images, publisher)
        stdout.write(f"  course: {course_en.title} / {course_hi.title}")

    for data in COURSES:
        for position in (0, 1):  # English, Hindi
            # Fetched again: the objects above predate their lessons, and saving a
            # stale page would write back its old child count.
            course = CoursePage.objects.get(pk=pages_by_slug[data["slug"]][position].pk)
            wanted = [pages_by_slug[slug][position] for slug in data.get("prerequisites", [])]
            if wanted and not course.prerequisites.exists():
                course.prerequisites.set(wanted)
                course.save_revision(user=publisher).publish()


# Pages ------------------------------------------------------------------------------


def _child(parent, model, slug, publisher, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision(user=publisher).publish()
    return page


def _translation(page, locale, publisher, **fields):
    """The page's translation in ``locale``, created and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.draft_title = translated.title
    translated.save()
    translated.save_revision(user=publisher).publish()
    return translated


def _course(data, language, index, source, images, publisher):
    text = data[language]
    fields = {
        "title": text["title"],
        "summary": text["summary"],
        "track": data["track"],
        "level": data["level"],
        "estimated_minutes": data["estimated_minutes"],
        "learning_outcomes": "<ul>"
        + "".join(f"<li>{item}</li>" for item in text["learning_outcomes"])
        + "</ul>",
        "cover_image": images[data["cover_image"]],
    }
    if source is None:
        course = _child(index, CoursePage, data["slug"], publisher, **fields)
    else:
        # The copy would point at the English quiz; each language gets its own.
        course = _translation(source, index.locale, publisher, quiz=None, **fields)
    if course.quiz_id is None:
        course.quiz = _quiz(data, language)
        course.save_revision(user=publisher).publish()
    else:
        _quiz_texts(course.quiz, data, language)
    return course


def _lesson(data, language, course, source, images, publisher):
    text = data[language]
    fields = {
        "title": text["title"],
        "summary": text["summary"],
        "estimated_minutes": data["minutes"],
        "body": json.dumps(_stream(text["body"], language, images)),
    }
    if source is None:
        return _child(course, LessonPage, data["slug"], publisher, **fields)
    return _translation(source, course.locale, publisher, **fields)


def _stream(blocks, language, images):
    """Demo blocks as StreamField's stored JSON."""
    stream = []
    for kind, value in blocks:
        if kind == "image":  # courses.blocks.CaptionedImageBlock: Wagtail's ImageBlock inside
            image = {"image": images[value["image"]].pk, "alt_text": value["alt_text"]}
            value = {"image": {**image, "decorative": False}, "caption": value.get("caption", "")}
        elif kind == "document":
            value = {**value, "document": _document(value["document"], language).pk}
        stream.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return stream


# Media -------------------------------------------------------------------------------


def _image(key):
    Image = get_image_model()
    title = f"Demo: {key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image.objects.create(
            title=title, file=ImageFile(BytesIO(png_bytes(key)), name=f"demo-{key}.png")
        )
    return image


def _document(key, language):
    from weasyprint import HTML

    Document = get_document_model()
    text = demo_documents.DOCUMENTS[key][language]
    document = Document.objects.filter(title=text["title"]).first()
    if document is None:
        with translation.override(language):
            html = render_to_string("courses/demo_checklist.html", {"doc": text, "lang": language})
        pdf = HTML(string=html).write_pdf()
        document = Document(title=text["title"])
        document.file.save(f"{key}-{language}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


# Quizzes ---------------------------------------------------------------------------


def _spot_question(question, text, common):
    """A spot-the-fake question with its evidence (the service's rules apply)."""
    return spot_question_save(
        question=SpotTheFakeQuestion(
            **common,
            post_text=text["post_text"],
            post_image=_image(question["image"]) if question.get("image") else None,
            post_image_alt=text.get("post_image_alt", ""),
            claimed_source=text["claimed_source"],
            claimed_date=datetime.date.fromisoformat(question["claimed_date"]),
            verdict=question["verdict"],
            manipulation=question["manipulation"],
        ),
        evidence=text["evidence"],
    )


def _quiz_texts(quiz, data, language):
    """An existing demo quiz gets the current wording (texts and explanations, matched by
    question text), so that a reload brings corrections; its questions, answers and rules
    are left as they are."""
    info = data["quiz"][language]
    for name in ("title", "description", "success_text", "fail_text"):
        setattr(quiz, name, info[name])
    quiz.save(update_fields=["title", "description", "success_text", "fail_text"])
    for question in data["quiz"]["questions"]:
        text = question[language]
        Question.objects.filter(quiz=quiz, content=text["content"]).update(
            explanation=text.get("explanation", "")
        )


def _quiz(data, language):
    info = data["quiz"][language]
    rules = QUIZ_RULES.get(data["slug"], {})
    quiz = Quiz.objects.create(
        title=info["title"],
        url=f"{data['slug']}-{language}",
        description=info["description"],
        pass_mark=data["quiz"]["pass_mark"],
        success_text=info["success_text"],
        fail_text=info["fail_text"],
        exam_paper=True,
        answers_at_end=False,
    )
    QuizRules.objects.create(
        quiz=quiz,
        time_limit_minutes=rules.get("time_limit_minutes"),
        max_attempts=rules.get("max_attempts"),
        review=rules.get("review", QuizRules.Review.AT_END),
    )
    for question in data["quiz"]["questions"]:
        text = question[language]
        category = Category.objects.filter(category=question["category"]).first()
        if category is None:
            category = Category.objects.new_category(question["category"])
        common = {
            "content": text["content"],
            "explanation": text.get("explanation", ""),
            "category": category,
        }
        if question["type"] == "mc":
            created = MCQuestion.objects.create(answer_order="none", **common)
            Answer.objects.bulk_create(
                Answer(question=created, content=answer, correct=correct)
                for answer, correct in text["answers"]
            )
        elif question["type"] == "tf":
            created = TF_Question.objects.create(correct=question["correct"], **common)
        elif question["type"] == "spot":
            created = _spot_question(question, text, common)
        else:
            created = Essay_Question.objects.create(**common)
        created.quiz.add(quiz)
    return quiz
