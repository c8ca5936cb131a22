"""Demo course for newly promoted leaders: "Leading a team of ten", in English and Hindi.

A short follow-on to the volunteer course "social-media-skills". It teaches fair, caring and
accountable leadership of a team of ten volunteers: weekly meetings, sharing only verified
material, wellbeing, correcting mistakes openly, and supporting, documenting, reporting and
escalating when a team member is abused online. It never teaches retaliation, pile-ons, fake
accounts or deception, whatever an opponent has said. Format: see courses/demo_data/schema.py.

This module holds the course details; each lesson has its own module, named after the
lesson's slug, and the final quiz is in quiz.py.
"""

from courses.demo_data.leadership import (
    handling_incidents,
    quiz,
    running_your_team,
    your_role_as_a_leader,
)

COURSE = {
    "slug": "leading-a-team",
    "track": "leader",
    "level": "intermediate",
    "estimated_minutes": 75,
    "cover_image": "cover-leadership",
    "prerequisites": ["social-media-skills"],
    "en": {
        "title": "Leading a team of ten",
        "summary": (
            "For volunteers newly promoted to leader at national, state or district level. Learn "
            "to lead a team of ten by example: run short weekly meetings, share only verified "
            "material, divide work fairly, look after your team's wellbeing, and handle mistakes "
            "and online abuse calmly and by the rules."
        ),
        "learning_outcomes": [
            "Explain what a team leader does, and set an example of verified, civil posting.",
            "Run a focused 30-minute weekly meeting and share verified material and briefs.",
            "Divide work fairly by strengths, welcome new members and check in on their wellbeing.",
            (
                "Correct a mistaken share openly and kindly, and support a team member who is "
                "abused online, without ever retaliating."
            ),
            "Escalate serious incidents to the right district or state coordinator, with evidence.",
        ],
    },
    "hi": {
        "title": "दस लोगों की टीम का नेतृत्व",
        "summary": (
            "राष्ट्रीय, राज्य या ज़िला स्तर पर नए-नए लीडर बने स्वयंसेवकों के लिए। सीखिए कि दस लोगों की टीम का "
            "नेतृत्व अपने उदाहरण से कैसे करें: हर हफ़्ते छोटी मीटिंग लेना, केवल जाँची-परखी सामग्री साझा करना, काम "
            "का निष्पक्ष बँटवारा करना, टीम की भलाई का ध्यान रखना, और ग़लतियों व ऑनलाइन दुर्व्यवहार से शांति "
            "के साथ और नियमों के मुताबिक़ निपटना।"
        ),
        "learning_outcomes": [
            "समझाना कि टीम लीडर क्या करता है, और ख़ुद जाँची-परखी, शालीन पोस्टिंग की मिसाल पेश करना।",
            "हर हफ़्ते 30 मिनट की व्यवस्थित मीटिंग चलाना, और जाँची-परखी सामग्री व ब्रीफ़ साझा करना।",
            (
                "ख़ूबियों के हिसाब से काम का निष्पक्ष बँटवारा करना, नए साथियों का स्वागत करना और सबकी भलाई "
                "का हाल पूछते रहना।"
            ),
            (
                "ग़लती से हुई शेयरिंग को खुलकर और नरमी से सुधारना, और ऑनलाइन दुर्व्यवहार झेल रहे साथी का साथ "
                "देना, बदले की कार्रवाई किए बिना।"
            ),
            "गंभीर मामलों को सबूत के साथ सही ज़िला या राज्य समन्वयक तक पहुँचाना।",
        ],
    },
    "lessons": [
        your_role_as_a_leader.LESSON,
        running_your_team.LESSON,
        handling_incidents.LESSON,
    ],
    "quiz": quiz.QUIZ,
}
