"""Checks the shape of the demo data, so a mistake in it fails loudly and early.

Format of one course (all text in both "en" and "hi"):

    {
        "slug": "ascii-slug", "track": "volunteer" | "leader",
        "level": "beginner" | "intermediate" | "advanced",
        "estimated_minutes": int, "cover_image": IMAGE_KEY,
        "prerequisites": [course slugs],
        "en": {"title": str, "summary": str, "learning_outcomes": [str, ...]},
        "hi": {...same keys...},
        "lessons": [
            {"slug": "ascii-slug", "minutes": int,
             "en": {"title": str, "summary": str, "body": [BLOCK, ...]},
             "hi": {...}},
        ],
        "quiz": {
            "pass_mark": int,
            "en": {"title": str, "description": str, "success_text": str, "fail_text": str},
            "hi": {...},
            "questions": [QUESTION, ...],
        },
    }

BLOCK is a (block_type, value) tuple:
    ("heading", str)
    ("paragraph", "<p>HTML</p>")        p, b, i, ul, ol, li, a href only
    ("image", {"image": IMAGE_KEY, "alt_text": str, "caption": str})
    ("video", {"url": str, "title": str, "duration_minutes": int, "transcript": str})
    ("document", {"document": DOCUMENT_KEY, "title": str})
    ("callout", {"kind": "tip" | "warning" | "example", "text": "<p>HTML</p>"})
    ("do_dont", {"dos": [str, ...], "donts": [str, ...]})
    ("spot_the_fake", {"claim": str, "evidence": "<p>HTML</p>",
                       "verdict": "false" | "misleading" | "unverified" | "true"})
    ("key_takeaways", [str, ...])

QUESTION is one of:
    {"type": "mc", "category": CATEGORY,
     "en": {"content": str, "explanation": str, "answers": [(str, bool), ...]}, "hi": {...}}
    {"type": "tf", "category": CATEGORY, "correct": bool,
     "en": {"content": str, "explanation": str}, "hi": {...}}
    {"type": "essay", "category": CATEGORY, "en": {"content": str, "explanation": str}, "hi": {...}}
    {"type": "spot", "category": CATEGORY, "verdict": VERDICT, "manipulation": MANIPULATION,
     "image": IMAGE_KEY or None, "claimed_date": "YYYY-MM-DD",
     "en": {"content": str, "explanation": str, "post_text": str, "post_image_alt": str,
            "claimed_source": str, "evidence": [(str, decides: bool), ...]}, "hi": {...}}
"""

import re

LANGUAGES = ("en", "hi")
IMAGE_KEYS = {
    "cover-social-media",
    "cover-leadership",
    "verify-flow",
    "phone-safety",
    "team-circle",
    "flooded-street",
}
DOCUMENT_KEYS = {"verification-checklist", "safety-checklist", "team-meeting-plan"}
CATEGORIES = {"platforms", "writing", "verification", "civility", "safety", "leadership"}
BLOCK_TYPES = {
    "heading": str,
    "paragraph": str,
    "image": dict,
    "video": dict,
    "document": dict,
    "callout": dict,
    "do_dont": dict,
    "spot_the_fake": dict,
    "key_takeaways": list,
}
SPOT_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


class DemoDataError(ValueError):
    pass


def _require(condition, where, message):
    if not condition:
        raise DemoDataError(f"{where}: {message}")


def _text(value, where, lang):
    _require(isinstance(value, str) and value.strip(), where, "needs non-empty text")
    if lang == "hi":
        _require(DEVANAGARI.search(value), where, "Hindi text must be in Devanagari")


def validate_block(block, where, lang):
    _require(isinstance(block, tuple) and len(block) == 2, where, "a block is (type, value)")
    kind, value = block
    _require(kind in BLOCK_TYPES, where, f"unknown block type {kind!r}")
    _require(isinstance(value, BLOCK_TYPES[kind]), where, f"{kind} value has the wrong type")
    if kind == "image":
        _require(value.get("image") in IMAGE_KEYS, where, f"image must be one of {IMAGE_KEYS}")
        _text(value.get("alt_text"), where + ".alt_text", lang)
    elif kind == "document":
        _require(value.get("document") in DOCUMENT_KEYS, where, f"one of {DOCUMENT_KEYS}")
    elif kind == "callout":
        _require(value.get("kind") in {"tip", "warning", "example"}, where, "callout kind")
        _text(value.get("text"), where + ".text", lang)
    elif kind == "do_dont":
        _require(value.get("dos") and value.get("donts"), where, "needs dos and donts")
    elif kind == "spot_the_fake":
        _require(
            value.get("verdict") in {"false", "misleading", "unverified", "true"}, where, "verdict"
        )
        _text(value.get("claim"), where + ".claim", lang)
        _text(value.get("evidence"), where + ".evidence", lang)
    elif kind == "video":
        _require(str(value.get("url", "")).startswith("https://"), where, "video url")
        _text(value.get("title"), where + ".title", lang)
    elif kind == "key_takeaways":
        _require(len(value) >= 2, where, "at least two takeaways")
    elif kind in ("heading", "paragraph"):
        _text(value, where, lang)


def validate_question(question, where):
    kind = question.get("type")
    _require(kind in {"mc", "tf", "essay", "spot"}, where, "type must be mc, tf, essay or spot")
    _require(question.get("category") in CATEGORIES, where, f"category one of {CATEGORIES}")
    if kind == "tf":
        _require(isinstance(question.get("correct"), bool), where, "tf needs correct: bool")
    for lang in LANGUAGES:
        text = question.get(lang) or {}
        _text(text.get("content"), f"{where}.{lang}.content", lang)
        if kind == "mc":
            answers = text.get("answers") or []
            _require(len(answers) >= 3, where, "mc needs at least three answers")
            _require(sum(1 for _a, ok in answers if ok) == 1, where, "exactly one correct answer")
    if kind == "spot":
        _validate_spot(question, where)
    if kind == "mc":
        en, hi = question["en"]["answers"], question["hi"]["answers"]
        _require(
            [ok for _a, ok in en] == [ok for _a, ok in hi],
            where,
            "answers must match across languages",
        )


def _validate_spot(question, where):
    from courses.models import Manipulation, Verdict

    _require(question.get("verdict") in Verdict.values, where, "spot verdict")
    _require(question.get("manipulation") in Manipulation.values, where, "spot manipulation")
    _require(question.get("image") in IMAGE_KEYS | {None}, where, "spot image")
    _require(SPOT_DATE.match(question.get("claimed_date", "")), where, "claimed_date")
    for lang in LANGUAGES:
        text = question[lang]
        for name in ("post_text", "claimed_source", "explanation"):
            _text(text.get(name), f"{where}.{lang}.{name}", lang)
        if question.get("image"):
            _text(text.get("post_image_alt"), f"{where}.{lang}.post_image_alt", lang)
        _require(
            any(decides for _e, decides in text.get("evidence", []))
            and not all(decides for _e, decides in text["evidence"]),
            where,
            "spot evidence needs deciding and other items",
        )
    _require(
        [d for _e, d in question["en"]["evidence"]] == [d for _e, d in question["hi"]["evidence"]],
        where,
        "evidence must match across languages",
    )


def validate_course(course):
    where = f"course {course.get('slug')!r}"
    _require(SLUG.match(course.get("slug", "")), where, "slug must be ASCII a-z0-9-")
    _require(course.get("cover_image") in IMAGE_KEYS, where, "cover_image")
    for lang in LANGUAGES:
        info = course.get(lang) or {}
        _text(info.get("title"), f"{where}.{lang}.title", lang)
        _text(info.get("summary"), f"{where}.{lang}.summary", lang)
        _require(info.get("learning_outcomes"), where, "learning_outcomes")
    slugs = set()
    for number, lesson in enumerate(course.get("lessons", []), start=1):
        lw = f"{where} lesson {number}"
        _require(SLUG.match(lesson.get("slug", "")), lw, "slug")
        _require(lesson["slug"] not in slugs, lw, "duplicate slug")
        slugs.add(lesson["slug"])
        for lang in LANGUAGES:
            text = lesson.get(lang) or {}
            _text(text.get("title"), f"{lw}.{lang}.title", lang)
            body = text.get("body") or []
            kinds = {block[0] for block in body}
            _require(len(kinds) >= 4, lw, f"{lang} body needs at least four block types")
            for index, block in enumerate(body):
                validate_block(block, f"{lw}.{lang}.body[{index}]", lang)
    quiz = course.get("quiz")
    _require(quiz, where, "needs a quiz")
    for lang in LANGUAGES:
        _text((quiz.get(lang) or {}).get("title"), f"{where}.quiz.{lang}.title", lang)
    for index, question in enumerate(quiz.get("questions", [])):
        validate_question(question, f"{where}.quiz.questions[{index}]")
    return course
