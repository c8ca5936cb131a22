"""Demo course: Social media skills for volunteers (English and Hindi).

This module holds the course details; each lesson has its own module, named after the
lesson's slug, and the final quiz is in quiz.py. Format: see courses/demo_data/schema.py.
"""

from courses.demo_data.social_media import (
    digital_safety,
    exposing_fake_news,
    platform_basics,
    quiz,
    responding_civilly,
    verify_before_sharing,
    writing_a_good_post,
)

COURSE = {
    "slug": "social-media-skills",
    "track": "volunteer",
    "level": "beginner",
    "estimated_minutes": 180,
    "cover_image": "cover-social-media",
    "prerequisites": [],
    "en": {
        "title": "Social media skills for volunteers",
        "summary": "A practical beginner's course for volunteers who post on behalf of the "
        "organisation: how the main platforms work, how to write clear posts, how to check a "
        "claim before sharing it, how to correct false news with evidence, how to respond to "
        "opponents calmly, and how to keep your accounts and other people's data safe.",
        "learning_outcomes": [
            "Explain how posts, shares, groups and privacy settings work on the main platforms.",
            "Write a short, clear post with one message, a call to action and a source.",
            "Check a claim before sharing it: source, date, reverse image search, official "
            "accounts and two independent sources.",
            "Correct false news with evidence, leading with the fact rather than the myth.",
            "Reply to opponents calmly and on the facts, and know when to disengage, report or "
            "escalate.",
            "Protect your accounts with unique passwords and two-step verification, spot "
            "phishing, and respect other people's privacy.",
        ],
    },
    "hi": {
        "title": "स्वयंसेवकों के लिए सोशल मीडिया कौशल",
        "summary": "संगठन की ओर से पोस्ट करने वाले स्वयंसेवकों के लिए एक व्यावहारिक शुरुआती कोर्स: "
        "प्रमुख प्लैटफ़ॉर्म कैसे काम करते हैं, साफ़ और असरदार पोस्ट कैसे लिखें, किसी दावे को शेयर करने "
        "से पहले उसकी जाँच कैसे करें, झूठी ख़बरों को सबूत के साथ कैसे सुधारें, विरोधियों को शांति से "
        "कैसे जवाब दें, और अपने अकाउंट तथा दूसरों की निजी जानकारी को सुरक्षित कैसे रखें।",
        "learning_outcomes": [
            "प्रमुख प्लैटफ़ॉर्म पर पोस्ट, शेयर, ग्रुप और प्राइवेसी सेटिंग्स कैसे काम करती हैं, यह समझा सकें।",
            "एक संदेश, एक स्पष्ट अपील और स्रोत के साथ छोटी और साफ़ पोस्ट लिख सकें।",
            "शेयर करने से पहले दावे की जाँच कर सकें: स्रोत, तारीख़, रिवर्स इमेज सर्च, आधिकारिक "
            "अकाउंट और दो स्वतंत्र स्रोत।",
            "झूठी ख़बरों को सबूत के साथ सुधार सकें, और शुरुआत अफ़वाह से नहीं, तथ्य से करें।",
            "विरोधियों को शांति से और तथ्यों के आधार पर जवाब दे सकें, और समझ सकें कि कब बातचीत "
            "छोड़नी है, कब रिपोर्ट करना है और कब मामला आगे बढ़ाना है।",
            "अलग-अलग मज़बूत पासवर्ड और टू-स्टेप वेरिफ़िकेशन से अपने अकाउंट सुरक्षित रख सकें, फ़िशिंग "
            "पहचान सकें और दूसरों की निजता का सम्मान कर सकें।",
        ],
    },
    "lessons": [
        platform_basics.LESSON,
        writing_a_good_post.LESSON,
        verify_before_sharing.LESSON,
        exposing_fake_news.LESSON,
        responding_civilly.LESSON,
        digital_safety.LESSON,
    ],
    "quiz": quiz.QUIZ,
}
