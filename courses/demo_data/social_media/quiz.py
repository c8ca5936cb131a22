"""Final quiz of "Social media skills for volunteers": pass mark, texts and questions.

The questions live in the modules imported below. Format: courses/demo_data/schema.py.
"""

from courses.demo_data.social_media import (
    quiz_questions_lessons_1_to_3,
    quiz_questions_lessons_4_to_6,
    quiz_verification_post,
)

QUIZ = {
    "pass_mark": 70,
    "en": {
        "title": "Social media skills: final quiz",
        "description": "Questions from all six lessons. Multiple-choice and true/false "
        "questions are marked automatically; written answers are reviewed separately. "
        "You need 70% to pass.",
        "success_text": "Well done! Keep checking before you share, and stay calm and "
        "courteous online.",
        "fail_text": "Checking before you share takes practice. Go back over the lessons, "
        "especially the ones on the questions you missed.",
    },
    "hi": {
        "title": "सोशल मीडिया कौशल: अंतिम क्विज़",
        "description": "ये प्रश्न सभी छह पाठों से हैं। बहुविकल्पीय और सत्य/असत्य वाले प्रश्न "
        "अपने-आप जाँचे जाते हैं; लिखित उत्तरों की समीक्षा अलग से की जाती है। पास होने के लिए "
        "70% अंक चाहिए।",
        "success_text": "बहुत बढ़िया! शेयर करने से पहले जाँच करते रहें, और ऑनलाइन शांत और शालीन बने रहें।",
        "fail_text": "शेयर करने से पहले जाँचने की आदत अभ्यास से बनती है। पाठों को दोबारा पढ़ें, "
        "ख़ासकर वे पाठ जिनसे जुड़े प्रश्नों के उत्तर ग़लत हुए।",
    },
    "questions": [
        *quiz_questions_lessons_1_to_3.QUESTIONS,
        *quiz_questions_lessons_4_to_6.QUESTIONS,
        quiz_verification_post.QUESTION,
    ],
}
