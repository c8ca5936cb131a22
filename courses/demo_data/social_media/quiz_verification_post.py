"""The demo's spot-the-fake question (courses.models.SpotTheFakeQuestion), in the social
media course's closing quiz: a flood photo shared as today's, which a reverse image
search and the weather record show to be an old picture from elsewhere. It teaches the
checks of lesson 2 (the date, a reverse image search, the original source) and a civil
correction; nobody is mocked or named. Format: courses/demo_data/schema.py."""

QUESTION = {
    "type": "spot",
    "category": "verification",
    "verdict": "misleading",
    "manipulation": "old_image",
    "image": "flooded-street",
    "claimed_date": "2026-08-14",
    "en": {
        "content": "A friend forwards you this post. What is your verdict, and which evidence "
        "decides it?",
        "post_text": "Indore station RIGHT NOW!! Buses under water, all trains cancelled. "
        "Share before they delete it!",
        "post_image_alt": "A photo of a street under water, with an orange bus half submerged "
        "between buildings.",
        "claimed_source": "@IndoreNewsFast24, a page not run by the railway or a news outlet",
        "evidence": [
            (
                "A reverse image search finds the same photo in a news report from July 2019, "
                "about another city",
                True,
            ),
            ("The weather office recorded no heavy rain in Indore on 14 August 2026", True),
            ("The post has been shared more than 10,000 times", False),
            ("The caption asks you to share it before it is deleted", False),
            ("The photo looks real: the water and the bus are clear", False),
        ],
        "explanation": "Misleading: the photo is real, but it is five years old and from "
        "another city (a reverse image search finds it), and the weather office recorded no "
        "heavy rain that day. Many shares and an urgent caption are warning signs, not "
        "evidence. The railway's official account is the original source for cancellations. "
        "Don't forward it; reply politely to your friend with the 2019 report and the "
        "railway's own update.",
    },
    "hi": {
        "content": "एक दोस्त आपको यह पोस्ट फ़ॉरवर्ड करता है। आपका निष्कर्ष क्या है, और कौन-से "
        "सबूत इसे तय करते हैं?",
        "post_text": "इंदौर स्टेशन अभी-अभी!! बसें पानी में डूबीं, सारी ट्रेनें रद्द। डिलीट होने से पहले शेयर करें!",
        "post_image_alt": "पानी में डूबी एक सड़क की तस्वीर, इमारतों के बीच आधी डूबी एक नारंगी बस।",
        "claimed_source": "@IndoreNewsFast24, एक पेज जो न रेलवे चलाता है न कोई समाचार संस्था",
        "evidence": [
            (
                "रिवर्स इमेज सर्च से यही तस्वीर जुलाई 2019 की एक ख़बर में मिलती है, जो किसी दूसरे शहर की है",
                True,
            ),
            ("मौसम विभाग के रिकॉर्ड में 14 अगस्त 2026 को इंदौर में भारी बारिश नहीं है", True),
            ("पोस्ट 10,000 से ज़्यादा बार शेयर हो चुकी है", False),
            ("कैप्शन कहता है कि डिलीट होने से पहले शेयर करें", False),
            ("तस्वीर असली लगती है: पानी और बस साफ़ दिखते हैं", False),
        ],
        "explanation": "भ्रामक: तस्वीर असली है, पर पाँच साल पुरानी और दूसरे शहर की है (रिवर्स "
        "इमेज सर्च से पता चलता है), और मौसम विभाग ने उस दिन भारी बारिश दर्ज नहीं की। बहुत "
        "सारे शेयर और जल्दबाज़ी वाला कैप्शन ख़तरे के संकेत हैं, सबूत नहीं। ट्रेनें रद्द होने की "
        "जानकारी का मूल स्रोत रेलवे का आधिकारिक अकाउंट है। इसे फ़ॉरवर्ड न करें; अपने दोस्त को "
        "2019 की ख़बर और रेलवे की अपनी सूचना के साथ विनम्रता से जवाब दें।",
    },
}
