"""Lesson 2 of "Leading a team of ten": running your team.

A short weekly meeting, sharing verified material, dividing work fairly, welcoming
newcomers and looking after the people in your team. Format: courses/demo_data/schema.py.
"""

LESSON = {
    "slug": "running-your-team",
    "minutes": 25,
    "en": {
        "title": "Running your team",
        "summary": (
            "How to run a short weekly meeting, share verified material, divide work "
            "fairly, welcome newcomers and look after the people in your team."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>A team of ten works best with a steady rhythm: one short meeting "
                    "a week, one place where verified material is shared, and a leader "
                    "who knows how each person is getting on. This lesson gives you a "
                    "simple routine you can start this week and adjust as you learn what "
                    "suits your team.</p>"
                ),
            ),
            ("heading", "The weekly 30-minute meeting"),
            (
                "paragraph",
                (
                    "<p>Keep the meeting to 30 minutes, at the same time each week, in "
                    "person or on a video call. Share the agenda in the team group the "
                    "day before, and keep to time so that everyone gets to "
                    "speak:</p><ol><li><b>0-3 min, welcome:</b> take attendance and thank "
                    "people by name for specific good work.</li><li><b>3-8 min, last "
                    "week:</b> what we posted, what worked and what didn't, including any "
                    "corrections we had to make.</li><li><b>8-15 min, practise a "
                    "skill:</b> verify one real forwarded claim together, step by "
                    "step.</li><li><b>15-20 min, safety check:</b> any threats, abuse or "
                    "hacked accounts, and what to report to whom.</li><li><b>20-25 min, "
                    "this week's brief:</b> key messages, verified sources, and who posts "
                    "what and when.</li><li><b>25-28 min, quick round:</b> each person "
                    "names one thing they need help with.</li><li><b>28-30 min, "
                    "recap:</b> decisions and who owns them; facts first, stay civil, "
                    "never pile on.</li></ol><p>Afterwards, post a short written summary "
                    "and follow up one to one with anyone who was absent. The "
                    "downloadable plan below follows the same agenda.</p>"
                ),
            ),
            (
                "document",
                {
                    "document": "team-meeting-plan",
                    "title": "Weekly team meeting plan (30 minutes)",
                },
            ),
            (
                "video",
                {
                    "url": "https://example.org/training-videos/running-your-team",
                    "title": "A weekly team meeting, start to finish",
                    "duration_minutes": 6,
                    "transcript": (
                        "A district leader runs a 30-minute meeting with her team of ten. "
                        "She opens by thanking two members by name for good work last "
                        "week, and notices that one member is unusually quiet, so she "
                        "makes a note to call him afterwards. She reviews last week, "
                        "including a post the team had to correct, and thanks the member "
                        "who spotted the error. The team then verifies a forwarded claim "
                        "together, step by step, and runs through a quick safety check. "
                        "She walks through this week's brief, showing the source for each "
                        "fact, and shares out the tasks according to who enjoys writing, "
                        "design or answering questions. She finishes on time, recaps who "
                        "is doing what, and reminds everyone how to reach her during the "
                        "week."
                    ),
                },
            ),
            ("heading", "Sharing verified material and dividing work"),
            (
                "paragraph",
                (
                    "<p>Share material only from the official channel, and only once it "
                    "has been checked: every fact should come with its source, and every "
                    "brief should say what is confirmed and what is not. If a team member "
                    "finds something useful elsewhere, verify it together before anyone "
                    "posts it. When dividing work, start from people's strengths: some "
                    "write clearly, some are good with images, some answer questions "
                    "patiently, and some are meticulous fact-checkers. Rotate the visible "
                    "tasks so that everyone gets a chance to learn, and make sure the "
                    "most willing people are not quietly overloaded.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "text": (
                        "<p><b>Example:</b> Meena writes well, Arjun is careful with "
                        "facts and Salma enjoys designing simple graphics. This week "
                        "Meena drafts the posts, Arjun checks every figure against its "
                        "source before anything goes out, and Salma prepares one image. "
                        "Next week Arjun tries drafting with Meena's help, so that skills "
                        "spread across the team instead of resting with one person.</p>"
                    ),
                },
            ),
            ("heading", "Onboarding, wellbeing and helping someone who is stuck"),
            (
                "paragraph",
                (
                    "<p>When someone joins, meet them one to one in their first week: "
                    "explain how the team works, pair them with an experienced buddy, and "
                    "show them where to find the lessons and the code of conduct. Give "
                    "them a small, low-pressure first task. After that, check in with "
                    "every member at least once a month, not only about tasks but about "
                    "how they are. Online work can be draining, especially when "
                    "discussions turn hostile; if someone seems tired or upset, encourage "
                    "them to take a break and make it clear that stepping back for a "
                    "while is never a failure.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p><b>If someone is stuck on a lesson:</b> ask privately, not in "
                        "the group. Find out what is making it hard: the language, the "
                        "technology or finding the time. Work through one example "
                        "together, point them to the Hindi or English version if that "
                        "helps, and agree a small next step with a date. Never shame "
                        "anyone for being slow; people learn at different speeds.</p>"
                    ),
                },
            ),
            (
                "key_takeaways",
                [
                    (
                        "Hold one 30-minute meeting a week with a clear agenda, and send "
                        "a short summary afterwards."
                    ),
                    ("Share only verified material from the official channel, with its sources."),
                    (
                        "Divide work by strengths, rotate visible tasks and don't "
                        "overload the keenest people."
                    ),
                    (
                        "Welcome newcomers one to one, check in on everyone's wellbeing, "
                        "and help people who are stuck privately and patiently."
                    ),
                ],
            ),
        ],
    },
    "hi": {
        "title": "अपनी टीम को चलाना",
        "summary": (
            "हर हफ़्ते छोटी मीटिंग कैसे लें, जाँची-परखी सामग्री कैसे साझा करें, काम का निष्पक्ष बँटवारा कैसे "
            "करें, नए साथियों का स्वागत कैसे करें और टीम के लोगों का ख़याल कैसे रखें।"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>दस लोगों की टीम एक नियमित लय में सबसे अच्छा काम करती है: हफ़्ते में एक छोटी "
                    "मीटिंग, जाँची-परखी सामग्री साझा करने की एक तय जगह, और एक ऐसा लीडर जिसे "
                    "पता हो कि हर साथी कैसा चल रहा है। यह लेसन आपको एक आसान दिनचर्या देता है, "
                    "जिसे आप इसी हफ़्ते शुरू कर सकते हैं और टीम की ज़रूरत के हिसाब से धीरे-धीरे बदल सकते "
                    "हैं।</p>"
                ),
            ),
            ("heading", "हर हफ़्ते 30 मिनट की मीटिंग"),
            (
                "paragraph",
                (
                    "<p>मीटिंग 30 मिनट में पूरी कीजिए, हर हफ़्ते एक ही समय पर, आमने-सामने या "
                    "वीडियो कॉल पर। एजेंडा एक दिन पहले टीम ग्रुप में डाल दीजिए, और समय का ध्यान "
                    "रखिए ताकि हर किसी को बोलने का मौक़ा मिले:</p><ol><li><b>0-3 मिनट, "
                    "स्वागत:</b> हाज़िरी लीजिए और अच्छे काम के लिए साथियों को नाम लेकर धन्यवाद "
                    "दीजिए।</li><li><b>3-8 मिनट, पिछला हफ़्ता:</b> हमने क्या पोस्ट किया, क्या "
                    "असरदार रहा और क्या नहीं, और कौन-से सुधार करने पड़े।</li><li><b>8-15 मिनट, "
                    "कौशल का अभ्यास:</b> किसी असली फ़ॉरवर्ड किए गए दावे की मिलकर, क़दम-दर-क़दम "
                    "जाँच।</li><li><b>15-20 मिनट, सुरक्षा पर बात:</b> कोई धमकी, गाली-गलौज या "
                    "हैक हुआ अकाउंट? तय कीजिए कि क्या और किसे रिपोर्ट करना है।</li><li><b>20-25 "
                    "मिनट, इस हफ़्ते का ब्रीफ़:</b> मुख्य संदेश, जाँचे-परखे स्रोत, और कौन क्या और कब "
                    "पोस्ट करेगा।</li><li><b>25-28 मिनट, छोटा दौर:</b> हर साथी एक बात बताए "
                    "जिसमें उसे मदद चाहिए।</li><li><b>28-30 मिनट, सार:</b> फ़ैसले और ज़िम्मेदारियाँ "
                    "दोहराइए; पहले तथ्य, भाषा में शालीनता, मिलकर किसी पर हमला कभी "
                    "नहीं।</li></ol><p>मीटिंग के बाद ग्रुप में छोटा लिखित सार डालिए, और जो नहीं आ "
                    "पाए, उनसे अलग से बात कीजिए। नीचे दी गई डाउनलोड करने लायक़ योजना में यही "
                    "एजेंडा है।</p>"
                ),
            ),
            (
                "document",
                {
                    "document": "team-meeting-plan",
                    "title": "साप्ताहिक टीम बैठक की योजना (30 मिनट)",
                },
            ),
            (
                "video",
                {
                    "url": "https://example.org/training-videos/running-your-team",
                    "title": "एक साप्ताहिक टीम मीटिंग, शुरू से आख़िर तक",
                    "duration_minutes": 6,
                    "transcript": (
                        "एक ज़िला लीडर अपनी दस लोगों की टीम के साथ 30 मिनट की मीटिंग लेती हैं। वे "
                        "शुरुआत में पिछले हफ़्ते अच्छे काम के लिए दो साथियों को नाम लेकर धन्यवाद देती हैं, "
                        "और देखती हैं कि एक साथी आज कुछ ज़्यादा ही चुप है, इसलिए बाद में उसे फ़ोन करने "
                        "के लिए नोट कर लेती हैं। फिर वे पिछले हफ़्ते की समीक्षा करती हैं, जिसमें वह "
                        "पोस्ट भी शामिल है जिसे टीम को सुधारना पड़ा था, और ग़लती पकड़ने वाले साथी "
                        "को धन्यवाद देती हैं। इसके बाद पूरी टीम मिलकर क़दम-दर-क़दम एक फ़ॉरवर्ड किए "
                        "गए दावे की जाँच करती है और सुरक्षा पर एक छोटी बात होती है। वे इस हफ़्ते का "
                        "ब्रीफ़ समझाती हैं, हर तथ्य का स्रोत दिखाती हैं, और यह देखकर काम बाँटती हैं "
                        "कि किसे लिखना, डिज़ाइन करना या सवालों के जवाब देना पसंद है। वे मीटिंग समय "
                        "पर ख़त्म करती हैं, दोहराती हैं कि कौन क्या करेगा, और सबको याद दिलाती हैं "
                        "कि हफ़्ते भर उनसे कैसे संपर्क करें।"
                    ),
                },
            ),
            ("heading", "जाँची-परखी सामग्री साझा करना और काम बाँटना"),
            (
                "paragraph",
                (
                    "<p>सामग्री सिर्फ़ आधिकारिक चैनल से, और जाँच हो जाने के बाद ही साझा कीजिए: हर "
                    "तथ्य के साथ उसका स्रोत हो, और हर ब्रीफ़ में साफ़ लिखा हो कि क्या पुष्ट है और क्या "
                    "नहीं। अगर टीम के किसी साथी को कहीं और कोई काम की चीज़ मिले, तो किसी के "
                    "पोस्ट करने से पहले उसे मिलकर जाँचिए। काम बाँटते समय लोगों की ख़ूबियों से शुरुआत "
                    "कीजिए: कोई साफ़-सुथरा लिखता है, कोई तस्वीरों में अच्छा है, कोई धैर्य से सवालों के "
                    "जवाब देता है, तो कोई तथ्यों की बारीकी से जाँच करता है। नज़र में आने वाले काम "
                    "बारी-बारी से दीजिए ताकि सबको सीखने का मौक़ा मिले, और ध्यान रखिए कि सबसे "
                    "उत्साही साथियों पर चुपचाप ज़रूरत से ज़्यादा बोझ न पड़ जाए।</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "text": (
                        "<p><b>उदाहरण:</b> मीना अच्छा लिखती हैं, अर्जुन तथ्यों को लेकर बहुत सावधान "
                        "रहते हैं और सलमा को आसान ग्राफ़िक बनाना पसंद है। इस हफ़्ते मीना पोस्ट का "
                        "मसौदा लिखती हैं, अर्जुन कुछ भी बाहर जाने से पहले हर आँकड़े को उसके स्रोत से "
                        "मिलाते हैं, और सलमा एक तस्वीर तैयार करती हैं। अगले हफ़्ते अर्जुन मीना की मदद "
                        "से मसौदा लिखने की कोशिश करते हैं, ताकि हुनर किसी एक व्यक्ति तक सीमित न "
                        "रहकर पूरी टीम में फैले।</p>"
                    ),
                },
            ),
            ("heading", "नए साथियों का स्वागत, टीम की भलाई और अटके साथी की मदद"),
            (
                "paragraph",
                (
                    "<p>जब कोई नया साथी जुड़े, तो पहले ही हफ़्ते उससे अकेले में मिलिए: बताइए कि टीम "
                    "कैसे काम करती है, उसे किसी अनुभवी साथी के साथ जोड़िए, और दिखाइए कि लेसन और "
                    "आचार संहिता कहाँ मिलेंगे। पहला काम छोटा और बिना दबाव वाला दीजिए। इसके बाद "
                    "हर सदस्य से महीने में कम से कम एक बार बात कीजिए, सिर्फ़ काम के बारे में नहीं, "
                    "बल्कि इस बारे में भी कि वह ख़ुद कैसा है। ऑनलाइन काम थका देने वाला हो सकता है, "
                    "ख़ासकर जब बहस कड़वी हो जाए; अगर कोई थका या परेशान लगे, तो उसे कुछ दिन आराम "
                    "करने को कहिए और साफ़ कर दीजिए कि कुछ समय के लिए पीछे हटना कोई नाकामी नहीं "
                    "है।</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p><b>अगर कोई किसी लेसन में अटका हो:</b> उससे ग्रुप में नहीं, अकेले में पूछिए। "
                        "पता कीजिए कि मुश्किल कहाँ है: भाषा में, तकनीक में या समय निकालने में। एक "
                        "उदाहरण साथ बैठकर पूरा कीजिए, ज़रूरत हो तो लेसन का हिंदी या अंग्रेज़ी संस्करण "
                        "दिखाइए, और अगले छोटे क़दम के लिए एक तारीख़ तय कीजिए। धीरे सीखने के लिए "
                        "किसी को कभी शर्मिंदा मत कीजिए; हर व्यक्ति अपनी रफ़्तार से सीखता है।</p>"
                    ),
                },
            ),
            (
                "key_takeaways",
                [
                    ("हफ़्ते में एक बार साफ़ एजेंडा के साथ 30 मिनट की मीटिंग लीजिए, और बाद में छोटा सार भेजिए।"),
                    "केवल आधिकारिक चैनल से आई, जाँची-परखी सामग्री ही उसके स्रोत के साथ साझा कीजिए।",
                    (
                        "काम ख़ूबियों के हिसाब से बाँटिए, नज़र में आने वाले काम बारी-बारी से दीजिए, "
                        "और सबसे उत्साही साथियों पर ज़्यादा बोझ मत डालिए।"
                    ),
                    (
                        "नए साथियों से अकेले में मिलकर उनका स्वागत कीजिए, सबकी भलाई का हाल पूछते "
                        "रहिए, और अटके साथियों की मदद अकेले में और धैर्य से कीजिए।"
                    ),
                ],
            ),
        ],
    },
}
