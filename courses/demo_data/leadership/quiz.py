"""Final quiz of "Leading a team of ten": pass mark, texts and questions.

Format: courses/demo_data/schema.py.
"""

QUIZ = {
    "pass_mark": 70,
    "en": {
        "title": "Leading a team of ten: final quiz",
        "description": (
            "Nine questions on your role as a leader, running your team and handling "
            "incidents. You need 70% to pass. One question asks for a short written answer."
        ),
        "success_text": (
            "Well done. You are ready to lead your team: start with a short "
            "meeting this week, and remember that your own example matters more than any "
            "instruction."
        ),
        "fail_text": (
            "Go back over the lessons on running your team and handling incidents. Your "
            "coordinator is happy to help."
        ),
    },
    "hi": {
        "title": "दस लोगों की टीम का नेतृत्व: अंतिम क्विज़",
        "description": (
            "लीडर की भूमिका, टीम चलाने और मुश्किल हालात से निपटने पर नौ सवाल। पास होने के लिए 70% अंक "
            "ज़रूरी हैं। एक सवाल का जवाब आपको कुछ वाक्यों में लिखकर देना है।"
        ),
        "success_text": (
            "बहुत बढ़िया! अब आप अपनी टीम का नेतृत्व करने के लिए तैयार हैं: इसी हफ़्ते एक "
            "छोटी मीटिंग से शुरुआत कीजिए, और याद रखिए कि आपका अपना उदाहरण किसी भी निर्देश से ज़्यादा "
            "असर करता है।"
        ),
        "fail_text": (
            "टीम चलाने और मुश्किल हालात से निपटने वाले लेसन दोबारा देखिए। आपके समन्वयक मदद के लिए हमेशा तैयार हैं।"
        ),
    },
    "questions": [
        {
            "type": "mc",
            "category": "leadership",
            "en": {
                "content": "How should you run your team's regular weekly meeting?",
                "explanation": (
                    "A short, regular meeting with an agenda sent in advance respects "
                    "people's time and keeps the team in rhythm. A written summary afterwards "
                    "helps anyone who missed it."
                ),
                "answers": [
                    ("As long as it takes, with no fixed agenda", False),
                    (
                        (
                            "About 30 minutes, with an agenda sent a day ahead and a short "
                            "summary afterwards"
                        ),
                        True,
                    ),
                    ("No meeting is needed as long as there is a group chat", False),
                    ("Two hours once a month, covering everything at once", False),
                ],
            },
            "hi": {
                "content": "अपनी टीम की नियमित साप्ताहिक मीटिंग आपको कैसे चलानी चाहिए?",
                "explanation": (
                    "पहले से भेजे गए एजेंडा के साथ छोटी और नियमित मीटिंग लोगों के समय का सम्मान करती है "
                    "और टीम को एक लय में रखती है। बाद में भेजा गया लिखित सार उन साथियों के काम आता है "
                    "जो मीटिंग में नहीं आ पाए।"
                ),
                "answers": [
                    ("जितनी देर चले, बिना किसी तय एजेंडा के", False),
                    ("लगभग 30 मिनट, एक दिन पहले एजेंडा भेजकर और बाद में छोटा सार भेजकर", True),
                    ("ग्रुप चैट हो तो मीटिंग की कोई ज़रूरत नहीं", False),
                    ("महीने में एक बार दो घंटे, सब कुछ एक साथ", False),
                ],
            },
        },
        {
            "type": "mc",
            "category": "verification",
            "en": {
                "content": (
                    "A team member has shared a fake image in a public post by mistake. What "
                    "is the best response?"
                ),
                "explanation": (
                    "Correct it openly and kindly: the correction should appear where the "
                    "false post was seen, with a link to a reliable source. Deleting quietly "
                    "leaves the fake circulating, and public blame discourages people from "
                    "admitting mistakes."
                ),
                "answers": [
                    ("Delete it quietly and say nothing, so nobody notices", False),
                    ("Criticise them in the team group so that others learn", False),
                    (
                        (
                            "Message them privately, help them post a clear correction in the "
                            "same place with a reliable source, and thank them"
                        ),
                        True,
                    ),
                ],
            },
            "hi": {
                "content": (
                    "टीम के किसी साथी ने ग़लती से एक फ़र्ज़ी तस्वीर सार्वजनिक पोस्ट में शेयर कर दी है। सबसे "
                    "अच्छा तरीक़ा क्या है?"
                ),
                "explanation": (
                    "ग़लती को खुलकर और नरमी से सुधारिए: सुधार वहीं दिखना चाहिए जहाँ झूठी पोस्ट देखी गई "
                    "थी, और साथ में भरोसेमंद स्रोत का लिंक हो। चुपचाप हटाने से फ़र्ज़ी चीज़ घूमती रहती है, "
                    "और सबके सामने दोष देने से लोग अपनी ग़लती मानने से कतराने लगते हैं।"
                ),
                "answers": [
                    ("चुपचाप हटा दीजिए और कुछ मत कहिए, ताकि किसी को पता न चले", False),
                    ("टीम ग्रुप में उसकी आलोचना कीजिए, ताकि बाक़ी लोग सीखें", False),
                    (
                        (
                            "उसे अकेले में मैसेज कीजिए, भरोसेमंद स्रोत के साथ उसी जगह साफ़ सुधार पोस्ट करने "
                            "में उसकी मदद कीजिए, और उसे धन्यवाद दीजिए"
                        ),
                        True,
                    ),
                ],
            },
        },
        {
            "type": "mc",
            "category": "verification",
            "en": {
                "content": (
                    "A forwarded message says it is an 'urgent instruction from the "
                    "leadership' telling every volunteer to mass-report an account tonight. "
                    "What do you do?"
                ),
                "explanation": (
                    "Unsigned forwards that use pressure and ask for a pile-on are classic "
                    "fakes. Real instructions come through the official channel and never ask "
                    "for mass reporting, so check with your coordinator and warn your team."
                ),
                "answers": [
                    (
                        (
                            "Forward it to your team at once, because it says it comes from "
                            "the leadership"
                        ),
                        False,
                    ),
                    (
                        (
                            "Don't forward it; check with your coordinator on the official "
                            "channel and remind your team that we never organise mass "
                            "reporting"
                        ),
                        True,
                    ),
                    ("Post it publicly to mock whoever sent it", False),
                ],
            },
            "hi": {
                "content": (
                    "एक फ़ॉरवर्ड किए गए मैसेज में लिखा है कि यह 'नेतृत्व का ज़रूरी निर्देश' है और हर स्वयंसेवक "
                    "आज रात एक अकाउंट को बड़ी संख्या में रिपोर्ट करे। आप क्या करेंगे?"
                ),
                "explanation": (
                    "बिना नाम-हस्ताक्षर वाले, दबाव बनाने वाले और सामूहिक हमले के लिए कहने वाले फ़ॉरवर्ड "
                    "अक्सर फ़र्ज़ी होते हैं। असली निर्देश आधिकारिक चैनल से आते हैं और कभी सामूहिक रिपोर्टिंग के "
                    "लिए नहीं कहते, इसलिए अपने समन्वयक से पुष्टि कीजिए और टीम को सावधान कीजिए।"
                ),
                "answers": [
                    ("तुरंत टीम को फ़ॉरवर्ड कर दीजिए, क्योंकि इसमें नेतृत्व का नाम है", False),
                    (
                        (
                            "इसे फ़ॉरवर्ड मत कीजिए; आधिकारिक चैनल पर अपने समन्वयक से पुष्टि कीजिए और "
                            "टीम को याद दिलाइए कि हम कभी सामूहिक रिपोर्टिंग नहीं करवाते"
                        ),
                        True,
                    ),
                    ("भेजने वाले का मज़ाक़ उड़ाने के लिए इसे सार्वजनिक रूप से पोस्ट कर दीजिए", False),
                ],
            },
        },
        {
            "type": "mc",
            "category": "safety",
            "en": {
                "content": (
                    "A member of your team is receiving a flood of abusive replies. What "
                    "should you do first?"
                ),
                "explanation": (
                    "Look after the person first, then document, report and escalate. "
                    "Screenshots with the date, time, account name and link are needed "
                    "because abusive posts are often deleted."
                ),
                "answers": [
                    ("Ask the whole team to reply to the abusers together", False),
                    ("Tell them to delete their account and move on", False),
                    (
                        (
                            "Contact them, offer support and help them take dated screenshots "
                            "before reporting and escalating"
                        ),
                        True,
                    ),
                    ("Wait a week to see whether it stops by itself", False),
                ],
            },
            "hi": {
                "content": (
                    "आपकी टीम के एक साथी को ढेरों अपमानजनक जवाब मिल रहे हैं। आपको सबसे पहले क्या करना चाहिए?"
                ),
                "explanation": (
                    "पहले उस व्यक्ति का ख़याल रखिए, फिर सबूत रखिए, रिपोर्ट कीजिए और मामला ऊपर तक "
                    "पहुँचाइए। तारीख़, समय, अकाउंट के नाम और लिंक वाले स्क्रीनशॉट ज़रूरी हैं, क्योंकि "
                    "अपमानजनक पोस्ट अक्सर हटा दी जाती हैं।"
                ),
                "answers": [
                    ("पूरी टीम से कहिए कि सब मिलकर दुर्व्यवहार करने वालों को जवाब दें", False),
                    ("उससे कहिए कि अपना अकाउंट डिलीट करके आगे बढ़ जाए", False),
                    (
                        (
                            "उससे संपर्क कीजिए, साथ दीजिए, और रिपोर्ट करने व मामला ऊपर पहुँचाने से पहले "
                            "तारीख़ वाले स्क्रीनशॉट लेने में उसकी मदद कीजिए"
                        ),
                        True,
                    ),
                    ("एक हफ़्ता इंतज़ार कीजिए कि शायद यह अपने आप रुक जाए", False),
                ],
            },
        },
        {
            "type": "mc",
            "category": "leadership",
            "en": {
                "content": "Which is the fairest way to share out this week's tasks?",
                "explanation": (
                    "Matching tasks to strengths gets good work done, and rotating the "
                    "visible tasks lets everyone learn and stops the keenest members from "
                    "burning out."
                ),
                "answers": [
                    (
                        (
                            "Give everything to the two most active members, because they are "
                            "reliable"
                        ),
                        False,
                    ),
                    (
                        (
                            "Match tasks to people's strengths, rotate the visible tasks and "
                            "check that nobody is overloaded"
                        ),
                        True,
                    ),
                    ("Do all the tasks yourself so that nothing goes wrong", False),
                ],
            },
            "hi": {
                "content": "इस हफ़्ते के काम बाँटने का सबसे निष्पक्ष तरीक़ा कौन-सा है?",
                "explanation": (
                    "ख़ूबियों के हिसाब से काम देने से काम अच्छा होता है, और नज़र में आने वाले काम बारी-बारी "
                    "से देने पर सबको सीखने का मौक़ा मिलता है और सबसे उत्साही साथी थककर चूर नहीं होते।"
                ),
                "answers": [
                    (
                        (
                            "सारा काम दो सबसे सक्रिय साथियों को दे दीजिए, क्योंकि उन पर भरोसा किया "
                            "जा सकता है"
                        ),
                        False,
                    ),
                    (
                        (
                            "लोगों की ख़ूबियों के हिसाब से काम दीजिए, नज़र में आने वाले काम बारी-बारी से "
                            "दीजिए और ध्यान रखिए कि किसी पर ज़्यादा बोझ न हो"
                        ),
                        True,
                    ),
                    ("सारे काम ख़ुद कीजिए, ताकि कुछ ग़लत न हो", False),
                ],
            },
        },
        {
            "type": "tf",
            "category": "civility",
            "correct": False,
            "en": {
                "content": (
                    "If an opponent insulted your team first, it is acceptable to ask your "
                    "ten members to reply together so the insult does not go unanswered."
                ),
                "explanation": (
                    "False. A coordinated reply is a pile-on, which is harassment whatever "
                    "the other side has said. Support the person, keep the evidence, report "
                    "the abuse and escalate."
                ),
            },
            "hi": {
                "content": (
                    "अगर सामने वाले ने पहले आपकी टीम का अपमान किया हो, तो अपने दस साथियों से एक साथ "
                    "जवाब दिलवाना ठीक है, ताकि अपमान का जवाब दिया जा सके।"
                ),
                "explanation": (
                    "असत्य। मिलकर दिया गया जवाब सामूहिक हमला है, और सामने वाले ने कुछ भी कहा हो, यह "
                    "उत्पीड़न ही है। साथी का साथ दीजिए, सबूत रखिए, दुर्व्यवहार को रिपोर्ट कीजिए और "
                    "मामला ऊपर तक पहुँचाइए।"
                ),
            },
        },
        {
            "type": "tf",
            "category": "leadership",
            "correct": True,
            "en": {
                "content": (
                    "If you will be unavailable for several days, you should name a stand-in "
                    "from your team and tell your coordinator."
                ),
                "explanation": (
                    "True. Your team must always be able to reach someone, especially if a "
                    "member is abused online or an urgent correction is needed."
                ),
            },
            "hi": {
                "content": (
                    "अगर आप कई दिनों तक उपलब्ध नहीं रहेंगे, तो आपको टीम के किसी साथी को अपनी जगह "
                    "ज़िम्मेदारी देनी चाहिए और अपने समन्वयक को बताना चाहिए।"
                ),
                "explanation": (
                    "सत्य। टीम के पास हमेशा कोई न कोई ऐसा होना चाहिए जिससे संपर्क किया जा सके, ख़ासकर "
                    "तब, जब किसी साथी के साथ ऑनलाइन दुर्व्यवहार हो या कोई ज़रूरी सुधार करना हो।"
                ),
            },
        },
        {
            "type": "tf",
            "category": "safety",
            "correct": False,
            "en": {
                "content": (
                    "Once an abusive post has been reported to the platform, there is no need "
                    "to keep screenshots of it."
                ),
                "explanation": (
                    "False. Abusive posts are often edited or deleted. Keep screenshots "
                    "showing the date, time, account name and link, so that your coordinator "
                    "and, if needed, the police can act on them."
                ),
            },
            "hi": {
                "content": (
                    "अपमानजनक पोस्ट को प्लैटफ़ॉर्म पर रिपोर्ट कर देने के बाद उसके स्क्रीनशॉट रखने की कोई "
                    "ज़रूरत नहीं है।"
                ),
                "explanation": (
                    "असत्य। अपमानजनक पोस्ट अक्सर बदल दी जाती हैं या हटा दी जाती हैं। तारीख़, समय, "
                    "अकाउंट का नाम और लिंक दिखाने वाले स्क्रीनशॉट सँभालकर रखिए, ताकि आपके समन्वयक और "
                    "ज़रूरत पड़ने पर पुलिस उन पर कार्रवाई कर सकें।"
                ),
            },
        },
        {
            "type": "essay",
            "category": "leadership",
            "en": {
                "content": (
                    "A member of your team has not finished a lesson for three weeks and has "
                    "gone quiet in meetings. In a few sentences, describe how you would "
                    "approach them and what you would do next."
                ),
                "explanation": (
                    "A good answer talks to the person privately, not in the group; asks with "
                    "care how they are, not only about the lesson; finds out what is getting "
                    "in the way (language, technology, time, or something else such as stress "
                    "or online abuse); offers practical help, such as working through an "
                    "example together; agrees a small next step with a date; and does not "
                    "shame or pressure them. If there is a wellbeing or safety concern, it "
                    "involves the coordinator."
                ),
            },
            "hi": {
                "content": (
                    "आपकी टीम के एक साथी ने तीन हफ़्ते से कोई लेसन पूरा नहीं किया है और मीटिंग में भी चुप "
                    "रहने लगा है। कुछ वाक्यों में बताइए कि आप उससे कैसे बात करेंगे और आगे क्या करेंगे।"
                ),
                "explanation": (
                    "अच्छे जवाब में: साथी से ग्रुप में नहीं, अकेले में बात की जाती है; सिर्फ़ लेसन के बारे में नहीं, "
                    "बल्कि अपनेपन से उसका हाल भी पूछा जाता है; यह पता किया जाता है कि रुकावट क्या है "
                    "(भाषा, तकनीक, समय, या कुछ और, जैसे तनाव या ऑनलाइन दुर्व्यवहार); व्यावहारिक मदद "
                    "दी जाती है, जैसे साथ बैठकर एक उदाहरण पूरा करना; अगले छोटे क़दम के लिए तारीख़ तय की "
                    "जाती है; और उसे शर्मिंदा करने या उस पर दबाव डालने से बचा जाता है। अगर भलाई या "
                    "सुरक्षा से जुड़ी कोई चिंता हो, तो समन्वयक को भी शामिल किया जाता है।"
                ),
            },
        },
    ],
}
