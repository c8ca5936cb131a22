"""Lesson 3 of "Social media skills for volunteers": verifying a claim before sharing.

A step-by-step routine for checking a claim, photo or forward, and what to do when you
cannot verify it. Format: courses/demo_data/schema.py.
"""

LESSON = {
    "slug": "verify-before-sharing",
    "minutes": 30,
    "en": {
        "title": "Verifying a claim before sharing",
        "summary": (
            "A step-by-step routine for checking a claim, photo or forward before you share "
            "it, and what to do when you cannot verify it."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>When you share something, you lend it your name and the "
                    "organisation’s reputation. A single false forward can cause panic, hurt "
                    "innocent people and undo months of patient trust-building. This lesson "
                    "gives you a simple routine for checking a claim before you share it, "
                    "and a clear rule for when you cannot check it: do not share.</p>"
                ),
            ),
            ("heading", "The four-step routine"),
            (
                "image",
                {
                    "image": "verify-flow",
                    "alt_text": (
                        "A diagram of four numbered steps in a row, joined by arrows from "
                        "left to right."
                    ),
                    "caption": (
                        "Pause, check the source, check the date and the image, then "
                        "cross-check with two independent, reliable sources."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Follow these four steps every time, in this order. Most false claims "
                    "fall apart at the first or second step, so the whole routine usually "
                    "takes only a few minutes.</p><ol><li><b>Pause.</b> Notice whether the "
                    "message is urgent, emotional or says “share before it is deleted”; "
                    "these are classic signs of manipulation.</li><li><b>Check the "
                    "source.</b> Who published this first? Is it a named person or "
                    "organisation with a reliable track record, or an anonymous forward? For "
                    "official announcements, look on the department’s or the district "
                    "administration’s official account or website.</li><li><b>Check the date "
                    "and the image.</b> Old news is often recirculated as new. Run a reverse "
                    "image search on photos, and on key frames from videos, to find out "
                    "where and when they first appeared.</li><li><b>Cross-check.</b> Look "
                    "for the same facts in at least two independent, reliable sources, such "
                    "as the official press release and an established news outlet that did "
                    "its own reporting. Two websites copying the same forward are not two "
                    "sources.</li></ol>"
                ),
            ),
            ("heading", "Reverse image search and official accounts"),
            (
                "paragraph",
                (
                    "<p>A reverse image search lets you upload a photo, or paste its link, "
                    "and see where else it has appeared online. If the same picture turns up "
                    "years earlier or in another place, it is not evidence for what the post "
                    "claims. For notices and announcements, go to the official account or "
                    "website yourself instead of trusting a screenshot, and check the "
                    "account’s verification badge, handle and posting history, because fake "
                    "accounts often copy names and logos closely. If the official source has "
                    "published nothing about a supposedly official notice, treat the notice "
                    "as unconfirmed.</p>"
                ),
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“Shocking photo from our city this morning: the whole main market "
                        "is under water! Share so everyone knows!”"
                    ),
                    "evidence": (
                        "<p>A reverse image search found the same photo on several websites, "
                        "some of them years old, describing a flood in a different city. "
                        "That morning the district administration’s official account had "
                        "posted a weather update, but it reported only waterlogging on a few "
                        "low-lying roads. The photo is genuine but shows an older event in "
                        "another place, so as a description of today’s situation the post is "
                        "<b>false</b>.</p>"
                    ),
                    "verdict": "false",
                },
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“Government notice: all schools in the state will stay closed for "
                        "two weeks from Monday.” (Shared as a picture of a letter with an "
                        "official-looking seal.)"
                    ),
                    "evidence": (
                        "<p>The notice did not appear on the education department’s official "
                        "website or official account. On a closer look, the department’s "
                        "name was misspelt, the reference number did not match the format of "
                        "genuine circulars on the department’s website, and the date on the "
                        "letter fell on a public holiday. The next morning the department’s "
                        "official account stated that the circular was fake. Verdict: "
                        "<b>false</b>.</p>"
                    ),
                    "verdict": "false",
                },
            ),
            ("heading", "When you cannot verify"),
            (
                "paragraph",
                (
                    "<p>Sometimes you will not be able to confirm a claim, especially in the "
                    "first hours of a fast-moving event. The rule is then simple: <b>do not "
                    "share it</b>, not even with “not sure if this is true” added, because "
                    "the next person to forward it usually drops that line. If people in "
                    "your group are asking about it, say that you have not been able to "
                    "confirm it and suggest they watch the official source for updates. "
                    "Report clearly false posts through the platform’s reporting tools, and "
                    "tell your volunteer coordinator if one is spreading fast.</p>"
                ),
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“Registration for the new pension scheme closes tonight at "
                        "midnight. Forward this to every senior citizen you know!”"
                    ),
                    "evidence": (
                        "<p>No official press release or official account mentioned a "
                        "deadline, and the message gave no link, no date and no department "
                        "name. Two local news reports mentioned the scheme but said nothing "
                        "about a deadline. With no reliable confirmation either way, the "
                        "claim is <b>unverified</b>: the right response is not to forward "
                        "it, and to suggest that anyone who asks checks the department’s "
                        "official website.</p>"
                    ),
                    "verdict": "unverified",
                },
            ),
            (
                "video",
                {
                    "url": "https://example.org/training-videos/verify-before-sharing",
                    "title": "Checking a viral photo in five minutes",
                    "duration_minutes": 5,
                    "transcript": (
                        "A trainer takes a viral flood photo shared in a messaging group and "
                        "checks it step by step. She pauses to point out the urgent wording, "
                        "looks for the original poster, and runs a reverse image search that "
                        "shows the photo first appeared online years earlier. She then "
                        "checks the district administration’s official account for current "
                        "updates. Finally she shows how to reply in the group politely, with "
                        "the correct information and its source, without mocking the person "
                        "who shared the photo."
                    ),
                },
            ),
            (
                "document",
                {
                    "document": "verification-checklist",
                    "title": "Download the verification checklist",
                },
            ),
            (
                "key_takeaways",
                [
                    ("Pause whenever a message is urgent, emotional or asks you to share quickly."),
                    (
                        "Find the original source, and check official accounts directly "
                        "rather than trusting screenshots."
                    ),
                    "Check the date, and run a reverse image search on photos and videos.",
                    "Cross-check with at least two independent, reliable sources.",
                    "If you cannot verify it, do not share it.",
                ],
            ),
        ],
    },
    "hi": {
        "title": "शेयर करने से पहले दावे की जाँच",
        "summary": (
            "कोई दावा, तस्वीर या फ़ॉरवर्ड शेयर करने से पहले उसे जाँचने का सिलसिलेवार तरीका, और जाँच न हो "
            "पाए तो क्या करें।"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>जब आप कुछ शेयर करते हैं, तो उसके साथ आपका नाम और संगठन की साख भी जुड़ जाती है। "
                    "एक भी झूठा फ़ॉरवर्ड घबराहट फैला सकता है, बेक़सूर लोगों को नुकसान पहुँचा सकता है और "
                    "महीनों की मेहनत से बना भरोसा मिटा सकता है। यह पाठ आपको कोई भी दावा शेयर करने "
                    "से पहले उसे जाँचने का आसान तरीका सिखाता है, और साथ ही एक साफ़ नियम भी देता है कि "
                    "जाँच न हो पाए तो क्या करें: शेयर न करें।</p>"
                ),
            ),
            ("heading", "जाँच के चार कदम"),
            (
                "image",
                {
                    "image": "verify-flow",
                    "alt_text": (
                        "एक चित्र जिसमें चार क्रमांकित चरण एक पंक्ति में हैं और बाएँ से दाएँ तीरों से जुड़े हैं।"
                    ),
                    "caption": (
                        "रुकें, स्रोत जाँचें, तारीख़ और तस्वीर जाँचें, फिर दो स्वतंत्र और भरोसेमंद स्रोतों से मिलान करें।"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>हर बार इन्हीं चार कदमों पर, इसी क्रम में चलें। ज़्यादातर झूठे दावे पहले या दूसरे कदम "
                    "पर ही पकड़ में आ जाते हैं, इसलिए पूरी जाँच में आम तौर पर कुछ ही मिनट लगते "
                    "हैं।</p><ol><li><b>रुकें।</b> ध्यान दें कि कहीं संदेश में हड़बड़ी, भावनाएँ भड़काने वाली "
                    "बातें या “डिलीट होने से पहले शेयर करें” जैसी अपील तो नहीं है; ये बहकाने के जाने-पहचाने "
                    "संकेत हैं।</li><li><b>स्रोत जाँचें।</b> इसे सबसे पहले किसने प्रकाशित किया? क्या यह "
                    "किसी ऐसे नामी व्यक्ति या संस्था की ओर से है जिसका रिकॉर्ड भरोसेमंद रहा है, या कोई "
                    "बेनाम फ़ॉरवर्ड है? सरकारी घोषणाओं के लिए संबंधित विभाग या ज़िला प्रशासन का "
                    "आधिकारिक अकाउंट या वेबसाइट देखें।</li><li><b>तारीख़ और तस्वीर जाँचें।</b> पुरानी "
                    "ख़बरें अक्सर नई बताकर फिर से फैलाई जाती हैं। तस्वीरों की, और वीडियो के अहम फ़्रेम की, "
                    "रिवर्स इमेज सर्च करें ताकि पता चले कि वे पहली बार कहाँ और कब सामने आए "
                    "थे।</li><li><b>मिलान करें।</b> वही तथ्य कम से कम दो स्वतंत्र और भरोसेमंद स्रोतों में "
                    "खोजें, जैसे आधिकारिक प्रेस विज्ञप्ति और कोई स्थापित समाचार संस्थान जिसने ख़ुद "
                    "रिपोर्टिंग की हो। एक ही फ़ॉरवर्ड की नक़ल करने वाली दो वेबसाइटें दो स्रोत नहीं "
                    "होतीं।</li></ol>"
                ),
            ),
            ("heading", "रिवर्स इमेज सर्च और आधिकारिक अकाउंट"),
            (
                "paragraph",
                (
                    "<p>रिवर्स इमेज सर्च में आप कोई तस्वीर अपलोड करते हैं या उसका लिंक डालते हैं, और देख "
                    "सकते हैं कि वह इंटरनेट पर और कहाँ-कहाँ दिखी है। अगर वही तस्वीर कई साल पहले या "
                    "किसी दूसरी जगह के संदर्भ में मिलती है, तो वह पोस्ट में किए गए दावे का सबूत नहीं है। "
                    "सूचनाओं और घोषणाओं के मामले में स्क्रीनशॉट पर भरोसा करने के बजाय ख़ुद आधिकारिक अकाउंट "
                    "या वेबसाइट पर जाएँ, और अकाउंट का वेरिफ़िकेशन बैज, हैंडल और पुरानी पोस्ट देखें, क्योंकि "
                    "नकली अकाउंट अक्सर नाम और लोगो की हूबहू नक़ल करते हैं। अगर किसी तथाकथित सरकारी "
                    "सूचना के बारे में आधिकारिक स्रोत ने कुछ भी प्रकाशित नहीं किया है, तो उस सूचना को "
                    "अपुष्ट मानें।</p>"
                ),
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“आज सुबह हमारे शहर की चौंकाने वाली तस्वीर: पूरा मुख्य बाज़ार पानी में डूबा! "
                        "सबको पता चले, इसलिए शेयर करें!”"
                    ),
                    "evidence": (
                        "<p>रिवर्स इमेज सर्च में यही तस्वीर कई वेबसाइटों पर मिली, जिनमें से कुछ कई साल "
                        "पुरानी थीं और उनमें इसे किसी दूसरे शहर की बाढ़ बताया गया था। उस सुबह ज़िला "
                        "प्रशासन के आधिकारिक अकाउंट ने मौसम की जानकारी दी थी, लेकिन उसमें सिर्फ़ कुछ "
                        "निचली सड़कों पर जलभराव की बात थी। तस्वीर असली है, पर किसी और जगह की "
                        "पुरानी घटना की है, इसलिए आज के हालात के बारे में यह पोस्ट <b>झूठी</b> है।</p>"
                    ),
                    "verdict": "false",
                },
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“सरकारी सूचना: सोमवार से राज्य के सभी स्कूल दो हफ़्ते के लिए बंद रहेंगे।” "
                        "(आधिकारिक मुहर जैसी दिखने वाली चिट्ठी की तस्वीर के रूप में शेयर किया गया।)"
                    ),
                    "evidence": (
                        "<p>यह सूचना शिक्षा विभाग की आधिकारिक वेबसाइट या आधिकारिक अकाउंट पर कहीं "
                        "नहीं थी। ध्यान से देखने पर विभाग के नाम की वर्तनी ग़लत मिली, संदर्भ संख्या का "
                        "ढाँचा विभाग की वेबसाइट पर मौजूद असली परिपत्रों से मेल नहीं खाता था, और "
                        "चिट्ठी पर लिखी तारीख़ सरकारी छुट्टी के दिन की थी। अगली सुबह विभाग के "
                        "आधिकारिक अकाउंट ने साफ़ किया कि यह परिपत्र फ़र्ज़ी है। निष्कर्ष: "
                        "<b>झूठा</b>।</p>"
                    ),
                    "verdict": "false",
                },
            ),
            ("heading", "जब जाँच न हो पाए"),
            (
                "paragraph",
                (
                    "<p>कभी-कभी, ख़ासकर किसी तेज़ी से बदलती घटना के शुरुआती घंटों में, आप किसी दावे की "
                    "पुष्टि नहीं कर पाएँगे। ऐसे में नियम सीधा है: <b>उसे शेयर न करें</b>, “पता नहीं यह सच "
                    "है या नहीं” जोड़कर भी नहीं, क्योंकि आगे फ़ॉरवर्ड करने वाला अगला व्यक्ति अक्सर यह "
                    "पंक्ति हटा देता है। अगर आपके ग्रुप में लोग इसके बारे में पूछ रहे हों, तो बताएँ कि आप अभी "
                    "इसकी पुष्टि नहीं कर पाए हैं और नई जानकारी के लिए आधिकारिक स्रोत पर नज़र रखने को "
                    "कहें। साफ़ तौर पर झूठी पोस्ट को प्लेटफ़ॉर्म के रिपोर्ट विकल्प से रिपोर्ट करें, और अगर "
                    "वह तेज़ी से फैल रही हो तो अपने स्वयंसेवक समन्वयक को बताएँ।</p>"
                ),
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "“नई पेंशन योजना का पंजीकरण आज रात बारह बजे बंद हो जाएगा। यह संदेश अपने जानने "
                        "वाले हर बुज़ुर्ग को भेजें!”"
                    ),
                    "evidence": (
                        "<p>किसी भी आधिकारिक प्रेस विज्ञप्ति या आधिकारिक अकाउंट में किसी आख़िरी "
                        "तारीख़ का ज़िक्र नहीं था, और संदेश में न कोई लिंक था, न तारीख़, न विभाग का "
                        "नाम। दो स्थानीय समाचार रिपोर्टों में योजना का ज़िक्र तो था, लेकिन किसी "
                        "समय-सीमा का नहीं। किसी भी तरफ़ भरोसेमंद पुष्टि न होने से यह दावा "
                        "<b>अपुष्ट</b> है: सही यही है कि इसे आगे न भेजें, और पूछने वालों से विभाग की "
                        "आधिकारिक वेबसाइट देखने को कहें।</p>"
                    ),
                    "verdict": "unverified",
                },
            ),
            (
                "video",
                {
                    "url": "https://example.org/training-videos/verify-before-sharing",
                    "title": "पाँच मिनट में वायरल तस्वीर की जाँच",
                    "duration_minutes": 5,
                    "transcript": (
                        "एक प्रशिक्षक मैसेजिंग ग्रुप में शेयर की गई बाढ़ की एक वायरल तस्वीर को "
                        "कदम-दर-कदम जाँचती हैं। वे रुककर संदेश की हड़बड़ी भरी भाषा की ओर ध्यान दिलाती "
                        "हैं, मूल पोस्ट करने वाले को खोजती हैं, और रिवर्स इमेज सर्च करती हैं, जिससे पता "
                        "चलता है कि तस्वीर कई साल पहले इंटरनेट पर आ चुकी थी। इसके बाद वे ताज़ा "
                        "जानकारी के लिए ज़िला प्रशासन का आधिकारिक अकाउंट देखती हैं। आख़िर में वे दिखाती "
                        "हैं कि तस्वीर शेयर करने वाले व्यक्ति का मज़ाक उड़ाए बिना, ग्रुप में विनम्रता से सही "
                        "जानकारी और उसका स्रोत कैसे बताया जाए।"
                    ),
                },
            ),
            (
                "document",
                {
                    "document": "verification-checklist",
                    "title": "जाँच की चेकलिस्ट डाउनलोड करें",
                },
            ),
            (
                "key_takeaways",
                [
                    (
                        "जब भी संदेश में हड़बड़ी हो, भावनाएँ भड़काई जा रही हों या जल्दी शेयर करने को कहा "
                        "जाए, तो रुकें।"
                    ),
                    "मूल स्रोत खोजें, और स्क्रीनशॉट पर भरोसा करने के बजाय सीधे आधिकारिक अकाउंट देखें।",
                    "तारीख़ जाँचें, और तस्वीरों व वीडियो की रिवर्स इमेज सर्च करें।",
                    "कम से कम दो स्वतंत्र और भरोसेमंद स्रोतों से मिलान करें।",
                    "जाँच न हो पाए, तो शेयर न करें।",
                ],
            ),
        ],
    },
}
