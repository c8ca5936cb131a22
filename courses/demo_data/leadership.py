"""Demo course for newly promoted leaders: "Leading a team of ten", in English and Hindi.

A short follow-on to the volunteer course "social-media-skills". It teaches fair, caring and
accountable leadership of a team of ten volunteers: weekly meetings, sharing only verified
material, wellbeing, correcting mistakes openly, and supporting, documenting, reporting and
escalating when a team member is abused online. It never teaches retaliation, pile-ons, fake
accounts or deception, whatever an opponent has said. Format: see courses/demo_data/schema.py.
"""

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
        {
            "slug": "your-role-as-a-leader",
            "minutes": 20,
            "en": {
                "title": "Your role as a leader",
                "summary": (
                    "What a team leader does, and how your own example, availability and fairness "
                    "shape the whole team."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Congratulations on your promotion. Whether you serve at national, "
                            "state or district level, you are now responsible for a team of ten "
                            "volunteers. Your job is not to post more than everyone else or to "
                            "give orders; it is to help ten people do careful, honest and civil "
                            "work online, and to keep them safe while they do it.</p>"
                        ),
                    ),
                    ("heading", "What a leader does"),
                    (
                        "paragraph",
                        (
                            "<p>Most of a leader's work is quiet and regular. In a typical week "
                            "you will:</p><ul><li>run a short team meeting and share the week's "
                            "verified material;</li><li>answer questions and help anyone who is "
                            "stuck on a lesson or a task;</li><li>check that the team's posts are "
                            "accurate and respectful;</li><li>notice when someone is tired, upset "
                            "or being targeted online, and act on it;</li><li>pass on problems "
                            "you cannot solve to your district or state "
                            "coordinator.</li></ul><p>You are a link in both directions: you "
                            "bring guidance down to your team, and you carry their questions and "
                            "concerns upwards.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "image": "team-circle",
                            "alt_text": (
                                "Ten volunteers sitting in a circle with their team leader, "
                                "talking together."
                            ),
                            "caption": (
                                "A good team works like a circle, not a chain of command: "
                                "everyone can see and hear everyone else."
                            ),
                        },
                    ),
                    ("heading", "Set the example"),
                    (
                        "paragraph",
                        (
                            "<p>Your team will copy what you do far more than what you say. If "
                            "you share a claim before checking it, or answer a rude comment "
                            "sharply, they will take it as permission to do the same. So hold "
                            "yourself to the standard you teach: check the source before you "
                            "post, link to the original, say clearly when something is "
                            "unconfirmed, and disagree with ideas without attacking people. When "
                            "you get something wrong, correct it openly; that teaches more than "
                            "any lesson.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": (
                                "<p><b>The pause test.</b> Before you post or forward anything, "
                                "ask yourself: <i>Would I be comfortable if my whole team copied "
                                "this exactly?</i> If the answer is no, rewrite it or leave "
                                "it.</p>"
                            ),
                        },
                    ),
                    ("heading", "Be reachable and fair"),
                    (
                        "paragraph",
                        (
                            "<p>Tell your team how and when they can reach you: for example, a "
                            "message at any time and a reply within a day, and sooner for "
                            "anything urgent or any safety concern. If you will be away, name a "
                            "stand-in from the team and let your coordinator know. Fairness "
                            "matters just as much: give everyone the same chance to take on "
                            "visible tasks, apply the same rules to old friends and newcomers "
                            "alike, and never take sides out of personal loyalty. People follow a "
                            "leader they trust to treat them fairly.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "dos": [
                                (
                                    "Check every claim before you post or forward it, and link to "
                                    "the source."
                                ),
                                "Answer rudeness calmly, or not at all.",
                                "Tell your team when and how to reach you, and keep to it.",
                                "Share visible tasks and credit across the whole team.",
                                "Admit your own mistakes openly.",
                            ],
                            "donts": [
                                "Don't forward anything just because it came from someone senior.",
                                "Don't have favourites or bend the rules for friends.",
                                "Don't disappear for days without naming a stand-in.",
                                "Don't criticise a team member in public; talk to them privately.",
                                (
                                    "Don't use your position to pressure anyone into posting "
                                    "something they are unsure about."
                                ),
                            ],
                        },
                    ),
                    (
                        "key_takeaways",
                        [
                            (
                                "A leader helps ten people do careful, honest and civil work, and "
                                "keeps them safe."
                            ),
                            (
                                "Your team copies your example, so verify before you post and "
                                "stay civil."
                            ),
                            (
                                "Be reachable: agree how people can contact you, and name a "
                                "stand-in when you are away."
                            ),
                            (
                                "Be fair: share tasks and credit evenly, and apply the same rules "
                                "to everyone."
                            ),
                        ],
                    ),
                ],
            },
            "hi": {
                "title": "लीडर के रूप में आपकी भूमिका",
                "summary": (
                    "टीम लीडर का काम क्या है, और आपका अपना उदाहरण, आपकी उपलब्धता और आपकी निष्पक्षता "
                    "पूरी टीम को कैसे दिशा देती है।"
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>लीडर बनने पर आपको बधाई! आप राष्ट्रीय, राज्य या ज़िला, किसी भी स्तर पर "
                            "काम करें, अब आप दस स्वयंसेवकों की टीम के लिए ज़िम्मेदार हैं। आपका काम सबसे ज़्यादा "
                            "पोस्ट करना या आदेश देना नहीं है; आपका काम है दस लोगों को ऑनलाइन सावधानी, "
                            "ईमानदारी और शालीनता से काम करने में मदद करना, और इस दौरान उन्हें सुरक्षित "
                            "रखना।</p>"
                        ),
                    ),
                    ("heading", "लीडर क्या करता है"),
                    (
                        "paragraph",
                        (
                            "<p>लीडर का ज़्यादातर काम चुपचाप और नियमित रूप से चलता है। आम तौर पर एक हफ़्ते "
                            "में आप:</p><ul><li>टीम की एक छोटी मीटिंग लेंगे और उस हफ़्ते की जाँची-परखी "
                            "सामग्री साझा करेंगे;</li><li>सवालों के जवाब देंगे और किसी लेसन या काम में अटके "
                            "साथी की मदद करेंगे;</li><li>देखेंगे कि टीम की पोस्ट सही और सम्मानजनक "
                            "हों;</li><li>ध्यान रखेंगे कि कोई साथी थका हुआ, परेशान या ऑनलाइन निशाने पर तो "
                            "नहीं है, और ज़रूरत हो तो क़दम उठाएँगे;</li><li>जो समस्या आप ख़ुद हल न कर सकें, "
                            "उसे अपने ज़िला या राज्य समन्वयक तक पहुँचाएँगे।</li></ul><p>आप दोनों दिशाओं की "
                            "कड़ी हैं: ऊपर से मिला मार्गदर्शन टीम तक लाते हैं, और टीम के सवाल व चिंताएँ ऊपर "
                            "तक ले जाते हैं।</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "image": "team-circle",
                            "alt_text": (
                                "दस स्वयंसेवक अपने टीम लीडर के साथ गोल घेरे में बैठकर आपस में बात कर रहे हैं।"
                            ),
                            "caption": (
                                "अच्छी टीम आदेशों की सीढ़ी नहीं, एक घेरे की तरह काम करती है: हर कोई हर "
                                "किसी को देख और सुन सकता है।"
                            ),
                        },
                    ),
                    ("heading", "ख़ुद मिसाल बनिए"),
                    (
                        "paragraph",
                        (
                            "<p>आपकी टीम आपकी बातों से कहीं ज़्यादा आपके काम की नक़ल करेगी। अगर आप किसी "
                            "दावे को जाँचे बिना शेयर करते हैं, या किसी रूखी टिप्पणी का तीखा जवाब देते हैं, तो "
                            "टीम इसे ऐसा ही करने की छूट मान लेगी। इसलिए ख़ुद पर वही कसौटी लागू कीजिए जो "
                            "आप सिखाते हैं: पोस्ट करने से पहले स्रोत जाँचिए, मूल स्रोत का लिंक दीजिए, जो बात "
                            "पुष्ट न हो उसे साफ़-साफ़ अपुष्ट बताइए, और असहमति विचारों पर रखिए, व्यक्ति पर "
                            "हमला करके नहीं। जब आपसे ग़लती हो, तो उसे खुलकर सुधारिए; यह किसी भी लेसन से "
                            "ज़्यादा सिखाता है।</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": (
                                "<p><b>रुककर सोचने की कसौटी।</b> कुछ भी पोस्ट या फ़ॉरवर्ड करने से पहले ख़ुद "
                                "से पूछिए: <i>अगर मेरी पूरी टीम हूबहू यही करे, तो क्या मुझे ठीक लगेगा?</i> "
                                "अगर जवाब 'नहीं' है, तो उसे दोबारा लिखिए या छोड़ दीजिए।</p>"
                            ),
                        },
                    ),
                    ("heading", "पहुँच में रहिए, निष्पक्ष रहिए"),
                    (
                        "paragraph",
                        (
                            "<p>टीम को बताइए कि वे आपसे कब और कैसे संपर्क कर सकते हैं: जैसे, किसी भी समय मैसेज "
                            "करें और एक दिन के भीतर जवाब मिलेगा, और किसी ज़रूरी या सुरक्षा से जुड़े मामले में "
                            "उससे भी जल्दी। अगर आप कुछ दिन उपलब्ध नहीं रहेंगे, तो टीम के किसी साथी को अपनी "
                            "जगह ज़िम्मेदारी दीजिए और अपने समन्वयक को बता दीजिए। निष्पक्षता भी उतनी ही "
                            "ज़रूरी है: सबको नज़र में आने वाले काम करने के बराबर मौक़े दीजिए, पुराने दोस्तों और "
                            "नए साथियों पर एक जैसे नियम लागू कीजिए, और निजी वफ़ादारी के आधार पर कभी "
                            "किसी का पक्ष मत लीजिए। लोग उसी लीडर के पीछे चलते हैं जिस पर उन्हें भरोसा हो "
                            "कि वह सबके साथ बराबरी का बर्ताव करेगा।</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "dos": [
                                "हर दावे को पोस्ट या फ़ॉरवर्ड करने से पहले जाँचिए और स्रोत का लिंक दीजिए।",
                                "बदतमीज़ी का जवाब शांति से दीजिए, या बिल्कुल मत दीजिए।",
                                "टीम को बताइए कि आपसे कब और कैसे संपर्क करें, और उस पर क़ायम रहिए।",
                                "नज़र में आने वाले काम और उनका श्रेय पूरी टीम में बाँटिए।",
                                "अपनी ग़लतियाँ खुलकर मानिए।",
                            ],
                            "donts": [
                                "कोई बात सिर्फ़ इसलिए फ़ॉरवर्ड मत कीजिए कि वह किसी वरिष्ठ व्यक्ति से आई है।",
                                "किसी को चहेता मत बनाइए और दोस्तों के लिए नियम मत बदलिए।",
                                "अपनी जगह किसी को ज़िम्मेदारी दिए बिना कई दिनों तक ग़ायब मत रहिए।",
                                "टीम के किसी साथी की आलोचना सबके सामने मत कीजिए; उससे अकेले में बात कीजिए।",
                                (
                                    "अपने पद का इस्तेमाल करके किसी पर ऐसी चीज़ पोस्ट करने का दबाव मत "
                                    "डालिए जिस पर उसे ख़ुद भरोसा न हो।"
                                ),
                            ],
                        },
                    ),
                    (
                        "key_takeaways",
                        [
                            (
                                "लीडर दस लोगों को सावधानी, ईमानदारी और शालीनता से काम करने में मदद "
                                "करता है और उन्हें सुरक्षित रखता है।"
                            ),
                            (
                                "टीम आपके उदाहरण की नक़ल करती है, इसलिए पोस्ट करने से पहले जाँचिए और "
                                "शालीन रहिए।"
                            ),
                            (
                                "पहुँच में रहिए: संपर्क का तरीक़ा तय कीजिए, और बाहर जाने पर किसी साथी को "
                                "अपनी जगह ज़िम्मेदारी दीजिए।"
                            ),
                            "निष्पक्ष रहिए: काम और श्रेय बराबर बाँटिए, और सब पर एक जैसे नियम लागू कीजिए।",
                        ],
                    ),
                ],
            },
        },
        {
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
                            (
                                "Share only verified material from the official channel, with its "
                                "sources."
                            ),
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
                            (
                                "हफ़्ते में एक बार साफ़ एजेंडा के साथ 30 मिनट की मीटिंग लीजिए, और बाद में "
                                "छोटा सार भेजिए।"
                            ),
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
        },
        {
            "slug": "handling-incidents",
            "minutes": 30,
            "en": {
                "title": "Handling incidents",
                "summary": (
                    "What to do when a team member shares a fake by mistake or is abused online, "
                    "and how to escalate to your coordinators."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Sooner or later something will go wrong: a team member will share "
                            "something false, or someone in your team will be targeted with "
                            "abuse. How you respond in the first hour matters more than anything "
                            "else. Stay calm, put people's safety first, fix mistakes openly, and "
                            "follow the agreed escalation path instead of improvising.</p>"
                        ),
                    ),
                    ("heading", "When a team member shares a fake by mistake"),
                    (
                        "paragraph",
                        (
                            "<p>Everyone gets caught out sometimes, experienced volunteers "
                            "included. When it happens:</p><ol><li>Message the person privately "
                            "and kindly; assume a mistake, not bad intent.</li><li>Help them "
                            "delete or edit the post, and put a clear correction in the same "
                            "place where the original appeared, so that the people who saw it "
                            "also see the correction.</li><li>Say plainly what was wrong, and "
                            "link to the reliable source.</li><li>Thank them for putting it "
                            "right, and discuss the lesson at the next meeting without naming or "
                            "blaming anyone.</li></ol><p>An open correction builds trust; a post "
                            "deleted quietly leaves the false claim circulating in "
                            "screenshots.</p>"
                        ),
                    ),
                    (
                        "spot_the_fake",
                        {
                            "claim": (
                                "URGENT instruction from the top leadership: every volunteer must "
                                "mass-report the account named below and flood its posts with "
                                "replies before 9 pm tonight. Anyone who does not will be removed "
                                "from the team. Forward this to all your groups immediately."
                            ),
                            "evidence": (
                                "<p>This message arrived as a forward in several team groups. "
                                "Look at the warning signs:</p><ul><li>It has no name, no "
                                "signature and no date, and it did not come through the official "
                                "channel.</li><li>It piles on pressure: a tight deadline, alarm "
                                "words such as URGENT and a threat of removal.</li><li>It asks "
                                "for mass reporting and a flood of replies, which our code of "
                                "conduct forbids; genuine instructions never ask for a "
                                "pile-on.</li><li>The state coordinator confirmed on the official "
                                "channel that no such instruction was issued.</li></ul><p>Do not "
                                "forward it. Tell your team it is fake, and let your coordinator "
                                "know where it came from.</p>"
                            ),
                            "verdict": "false",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "text": (
                                '<p><b>A kind correction in the team group:</b> "Friends, the '
                                "'urgent instruction' forwarded this morning is fake; the state "
                                "coordinator has confirmed that no such message was sent. Thank "
                                "you to everyone who checked before acting. If you forwarded it "
                                "anywhere, please delete it and post this correction there too. "
                                "Nobody is to blame; it was a convincing fake. Real instructions "
                                "always come through our official channel, and we never organise "
                                'mass reporting."</p>'
                            ),
                        },
                    ),
                    ("heading", "When a team member is abused online"),
                    (
                        "paragraph",
                        (
                            "<p>If someone in your team is receiving insults, threats or a flood "
                            "of hostile replies, your first job is to look after them, not to win "
                            "the argument. Take four steps:</p><ol><li><b>Support:</b> contact "
                            "them straight away, listen, and tell them it is not their fault. "
                            "Suggest they stop replying, mute notifications and tighten their "
                            "privacy settings.</li><li><b>Document:</b> take screenshots that "
                            "show the date, time, account name and link, and keep them together "
                            "in one safe place.</li><li><b>Report:</b> use the platform's "
                            "reporting tools for each abusive post or account, and block where "
                            "needed.</li><li><b>Escalate:</b> tell your coordinator the same day "
                            "and send the evidence (see the escalation path below).</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": (
                                "<p><b>Never retaliate, and never organise a pile-on.</b> However "
                                "offensive the abuse, do not ask your team to reply en masse, "
                                "mass-report, expose the abuser's personal details or set up "
                                "other accounts to hit back. That is harassment too: it breaks "
                                "our code of conduct and the platforms' rules, it usually makes "
                                "the abuse worse, and it can put your team member in greater "
                                "danger. The answer to abuse is support, evidence, reporting and "
                                "escalation.</p>"
                            ),
                        },
                    ),
                    (
                        "do_dont",
                        {
                            "dos": [
                                "Reach out to the person privately and quickly.",
                                (
                                    "Offer to collect the screenshots yourself so they don't have "
                                    "to keep reading the abuse."
                                ),
                                "Report each abusive post through the platform's own tools.",
                                "Escalate to your coordinator the same day.",
                                "Correct a mistaken share openly, kindly and in the same place.",
                            ],
                            "donts": [
                                "Don't reply to the abuser in anger or ask the team to respond.",
                                "Don't organise mass reporting or a pile-on against anyone.",
                                "Don't publish anyone's personal details or create fake accounts.",
                                "Don't blame the person who was abused.",
                                "Don't quietly delete a mistake and hope nobody noticed.",
                            ],
                        },
                    ),
                    ("heading", "The escalation path"),
                    (
                        "paragraph",
                        (
                            "<p>You do not have to handle serious incidents alone. Follow this "
                            "path:</p><ol><li><b>Your coordinator first:</b> district-level "
                            "leaders go to the district coordinator, state-level leaders to the "
                            "state coordinator, and national-level leaders to the national "
                            "coordination team. Tell them the same day.</li><li><b>One level up "
                            "if needed:</b> if your coordinator cannot be reached within a day, "
                            "if several teams are affected, or if the problem involves the "
                            "coordinator, go to the next level, for example from the district to "
                            "the state coordinator.</li><li><b>Immediate danger:</b> if someone's "
                            "safety is threatened, for example by threats of violence or a home "
                            "address posted online, help the person contact the police straight "
                            "away and inform your coordinator at the same time; do not wait for a "
                            "reply.</li></ol><p>Whenever you escalate, send the screenshots with "
                            "a short, factual note: what happened, when, who is affected and what "
                            "has already been done.</p>"
                        ),
                    ),
                    (
                        "key_takeaways",
                        [
                            (
                                "Correct a mistaken share openly, kindly and where it was first "
                                "posted, and thank the person for putting it right."
                            ),
                            (
                                "Treat forwarded 'urgent instructions' as unverified until they "
                                "are confirmed on the official channel; real instructions never "
                                "ask for a pile-on."
                            ),
                            "When a team member is abused: support, document, report, escalate.",
                            (
                                "Never retaliate, organise pile-ons, expose personal details or "
                                "use fake accounts, whatever the other side has done."
                            ),
                            (
                                "Escalate to your coordinator the same day, go one level up if "
                                "needed, and contact the police at once if someone is in danger."
                            ),
                        ],
                    ),
                ],
            },
            "hi": {
                "title": "मुश्किल हालात से निपटना",
                "summary": (
                    "जब टीम का कोई साथी ग़लती से कोई फ़र्ज़ी चीज़ शेयर कर दे या ऑनलाइन दुर्व्यवहार का शिकार "
                    "हो, तब क्या करें, और मामला अपने समन्वयक तक कैसे पहुँचाएँ।"
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>देर-सबेर कुछ न कुछ गड़बड़ होगी ही: टीम का कोई साथी कोई झूठी बात शेयर कर "
                            "देगा, या आपकी टीम के किसी साथी को गाली-गलौज और धमकियों का निशाना बनाया "
                            "जाएगा। ऐसे में पहले घंटे में आप क्या करते हैं, यही सबसे ज़्यादा मायने रखता है। शांत "
                            "रहिए, सबसे पहले लोगों की सुरक्षा देखिए, ग़लतियों को खुलकर सुधारिए, और अपने मन से "
                            "कुछ करने के बजाय मामला ऊपर तक पहुँचाने के तय रास्ते पर चलिए।</p>"
                        ),
                    ),
                    ("heading", "जब कोई साथी ग़लती से फ़र्ज़ी चीज़ शेयर कर दे"),
                    (
                        "paragraph",
                        (
                            "<p>कभी न कभी हर कोई धोखा खा जाता है, अनुभवी स्वयंसेवक भी। जब ऐसा "
                            "हो:</p><ol><li>उस साथी को अकेले में और नरमी से मैसेज कीजिए; मानकर चलिए कि "
                            "यह भूल है, बुरी नीयत नहीं।</li><li>पोस्ट हटाने या उसमें बदलाव करने में उसकी मदद "
                            "कीजिए, और जहाँ मूल पोस्ट डाली गई थी, वहीं एक साफ़ सुधार पोस्ट कीजिए, ताकि "
                            "जिन लोगों ने उसे देखा था, वे सुधार भी देखें।</li><li>सीधे शब्दों में बताइए कि क्या "
                            "ग़लत था, और भरोसेमंद स्रोत का लिंक दीजिए।</li><li>ग़लती सुधारने के लिए उसे "
                            "धन्यवाद दीजिए, और अगली मीटिंग में किसी का नाम लिए या दोष दिए बिना इससे "
                            "मिली सीख पर बात कीजिए।</li></ol><p>खुलकर किया गया सुधार भरोसा बढ़ाता है; "
                            "चुपचाप हटाई गई पोस्ट का झूठा दावा स्क्रीनशॉट के ज़रिए घूमता ही रहता है।</p>"
                        ),
                    ),
                    (
                        "spot_the_fake",
                        {
                            "claim": (
                                "अत्यंत ज़रूरी, शीर्ष नेतृत्व का निर्देश: हर स्वयंसेवक आज रात 9 बजे से पहले नीचे "
                                "दिए गए अकाउंट को बड़ी संख्या में रिपोर्ट करे और उसकी पोस्ट पर जवाबों की "
                                "बाढ़ ला दे। जो ऐसा नहीं करेगा, उसे टीम से निकाल दिया जाएगा। इसे तुरंत अपने "
                                "सभी ग्रुप में फ़ॉरवर्ड करें।"
                            ),
                            "evidence": (
                                "<p>यह मैसेज कई टीम ग्रुप में फ़ॉरवर्ड होकर पहुँचा। इन चेतावनी संकेतों पर ध्यान "
                                "दीजिए:</p><ul><li>इस पर न कोई नाम है, न हस्ताक्षर, न तारीख़, और यह "
                                "आधिकारिक चैनल से नहीं आया।</li><li>इसमें हर तरह से दबाव बनाया गया है: "
                                "बहुत कम समय की मोहलत, 'अत्यंत ज़रूरी' जैसे डराने वाले शब्द और टीम से निकालने "
                                "की धमकी।</li><li>यह बड़ी संख्या में रिपोर्ट करने और जवाबों की बाढ़ लाने को "
                                "कहता है, जिसकी हमारी आचार संहिता इजाज़त नहीं देती; असली निर्देश कभी "
                                "किसी पर सामूहिक हमले के लिए नहीं कहते।</li><li>राज्य समन्वयक ने आधिकारिक "
                                "चैनल पर पुष्टि की कि ऐसा कोई निर्देश जारी नहीं किया "
                                "गया।</li></ul><p>इसे फ़ॉरवर्ड मत कीजिए। टीम को बताइए कि यह फ़र्ज़ी है, "
                                "और यह कहाँ से आया, इसकी जानकारी अपने समन्वयक को दीजिए।</p>"
                            ),
                            "verdict": "false",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "text": (
                                '<p><b>टीम ग्रुप में नरमी से किया गया सुधार:</b> "साथियो, आज सुबह '
                                "फ़ॉरवर्ड हुआ 'ज़रूरी निर्देश' फ़र्ज़ी है; राज्य समन्वयक ने पुष्टि की है कि ऐसा "
                                "कोई मैसेज नहीं भेजा गया। जिन्होंने कुछ करने से पहले जाँच की, उन सबका धन्यवाद। "
                                "अगर आपने इसे कहीं फ़ॉरवर्ड किया है, तो कृपया उसे हटाकर वहाँ भी यह सुधार "
                                "पोस्ट कर दीजिए। इसमें किसी का दोष नहीं है; मैसेज सचमुच असली जैसा लग रहा "
                                "था। असली निर्देश हमेशा हमारे आधिकारिक चैनल से आते हैं, और हम कभी भी "
                                'सामूहिक रिपोर्टिंग नहीं करवाते।"</p>'
                            ),
                        },
                    ),
                    ("heading", "जब किसी साथी के साथ ऑनलाइन दुर्व्यवहार हो"),
                    (
                        "paragraph",
                        (
                            "<p>अगर आपकी टीम के किसी साथी को गालियाँ, धमकियाँ या ढेरों तीखे जवाब मिल रहे "
                            "हों, तो आपका पहला काम उसका ख़याल रखना है, बहस जीतना नहीं। ये चार क़दम "
                            "उठाइए:</p><ol><li><b>साथ दीजिए:</b> तुरंत संपर्क कीजिए, उसकी बात सुनिए और "
                            "बताइए कि इसमें उसकी कोई ग़लती नहीं है। सुझाव दीजिए कि वह जवाब देना बंद करे, "
                            "नोटिफ़िकेशन म्यूट करे और प्राइवेसी सेटिंग सख़्त कर ले।</li><li><b>सबूत रखिए:</b> "
                            "ऐसे स्क्रीनशॉट लीजिए जिनमें तारीख़, समय, अकाउंट का नाम और लिंक दिखे, और उन्हें "
                            "एक सुरक्षित जगह पर एक साथ सँभालकर रखिए।</li><li><b>रिपोर्ट कीजिए:</b> हर "
                            "अपमानजनक पोस्ट या अकाउंट को प्लैटफ़ॉर्म के रिपोर्टिंग टूल से रिपोर्ट कीजिए, और "
                            "ज़रूरत हो तो ब्लॉक कीजिए।</li><li><b>ऊपर तक पहुँचाइए:</b> उसी दिन अपने "
                            "समन्वयक को बताइए और सबूत भेजिए (नीचे दिया गया रास्ता देखिए)।</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": (
                                "<p><b>बदला कभी मत लीजिए, और किसी पर सामूहिक हमला कभी मत "
                                "करवाइए।</b> दुर्व्यवहार कितना भी अपमानजनक क्यों न हो, अपनी टीम से एक "
                                "साथ जवाब देने, बड़ी संख्या में रिपोर्ट करने, दुर्व्यवहार करने वाले की निजी "
                                "जानकारी उजागर करने या पलटवार के लिए दूसरे अकाउंट बनाने को मत कहिए। यह "
                                "भी उत्पीड़न ही है: यह हमारी आचार संहिता और प्लैटफ़ॉर्म के नियमों को तोड़ता "
                                "है, अक्सर दुर्व्यवहार को और भड़का देता है, और आपके साथी को और बड़े ख़तरे में "
                                "डाल सकता है। दुर्व्यवहार का जवाब है: साथ देना, सबूत रखना, रिपोर्ट करना "
                                "और मामला ऊपर तक पहुँचाना।</p>"
                            ),
                        },
                    ),
                    (
                        "do_dont",
                        {
                            "dos": [
                                "साथी से अकेले में और जल्दी संपर्क कीजिए।",
                                (
                                    "ख़ुद स्क्रीनशॉट इकट्ठा करने की पेशकश कीजिए, ताकि उसे बार-बार वे "
                                    "गालियाँ न पढ़नी पड़ें।"
                                ),
                                "हर अपमानजनक पोस्ट को प्लैटफ़ॉर्म के अपने टूल से रिपोर्ट कीजिए।",
                                "उसी दिन मामला अपने समन्वयक तक पहुँचाइए।",
                                "ग़लती से हुई शेयरिंग को खुलकर, नरमी से और उसी जगह सुधारिए।",
                            ],
                            "donts": [
                                (
                                    "दुर्व्यवहार करने वाले को ग़ुस्से में जवाब मत दीजिए, और न ही टीम से जवाब "
                                    "दिलवाइए।"
                                ),
                                "किसी के भी ख़िलाफ़ सामूहिक रिपोर्टिंग या सामूहिक हमला मत करवाइए।",
                                "किसी की निजी जानकारी सार्वजनिक मत कीजिए, और फ़र्ज़ी अकाउंट मत बनाइए।",
                                "जिसके साथ दुर्व्यवहार हुआ, उसी को दोष मत दीजिए।",
                                (
                                    "ग़लती को चुपचाप हटाकर यह उम्मीद मत कीजिए कि किसी ने ध्यान नहीं "
                                    "दिया होगा।"
                                ),
                            ],
                        },
                    ),
                    ("heading", "मामला ऊपर तक पहुँचाने का रास्ता"),
                    (
                        "paragraph",
                        (
                            "<p>गंभीर मामलों से आपको अकेले नहीं निपटना है। यह रास्ता "
                            "अपनाइए:</p><ol><li><b>सबसे पहले अपने समन्वयक को:</b> ज़िला स्तर के लीडर "
                            "ज़िला समन्वयक को, राज्य स्तर के लीडर राज्य समन्वयक को, और राष्ट्रीय स्तर के "
                            "लीडर राष्ट्रीय समन्वय टीम को उसी दिन बताएँ।</li><li><b>ज़रूरत हो तो एक स्तर "
                            "ऊपर:</b> अगर एक दिन के भीतर आपके समन्वयक से संपर्क न हो पाए, कई टीमें "
                            "प्रभावित हों, या मामले में ख़ुद समन्वयक शामिल हों, तो अगले स्तर पर जाइए, जैसे "
                            "ज़िला समन्वयक से राज्य समन्वयक तक।</li><li><b>तुरंत ख़तरा हो तो:</b> अगर "
                            "किसी की सुरक्षा ख़तरे में हो, जैसे हिंसा की धमकी मिली हो या किसी के घर का पता "
                            "ऑनलाइन डाल दिया गया हो, तो उस व्यक्ति को तुरंत पुलिस से संपर्क करने में मदद "
                            "कीजिए और साथ ही अपने समन्वयक को सूचना दीजिए; जवाब का इंतज़ार मत "
                            "कीजिए।</li></ol><p>जब भी मामला ऊपर भेजें, स्क्रीनशॉट के साथ एक छोटा, तथ्यों "
                            "पर आधारित नोट भेजिए: क्या हुआ, कब हुआ, कौन प्रभावित है और अब तक क्या किया "
                            "जा चुका है।</p>"
                        ),
                    ),
                    (
                        "key_takeaways",
                        [
                            (
                                "ग़लती से हुई शेयरिंग को खुलकर, नरमी से और वहीं सुधारिए जहाँ वह पहली बार "
                                "पोस्ट हुई थी, और सुधारने वाले साथी को धन्यवाद दीजिए।"
                            ),
                            (
                                "फ़ॉरवर्ड होकर आए 'ज़रूरी निर्देशों' को तब तक अपुष्ट मानिए जब तक आधिकारिक "
                                "चैनल पर उनकी पुष्टि न हो जाए; असली निर्देश कभी सामूहिक हमले के लिए नहीं "
                                "कहते।"
                            ),
                            (
                                "किसी साथी के साथ दुर्व्यवहार हो तो: साथ दीजिए, सबूत रखिए, रिपोर्ट "
                                "कीजिए, ऊपर तक पहुँचाइए।"
                            ),
                            (
                                "सामने वाले ने कुछ भी किया हो, बदला लेना, सामूहिक हमला करवाना, निजी "
                                "जानकारी उजागर करना या फ़र्ज़ी अकाउंट इस्तेमाल करना कभी नहीं।"
                            ),
                            (
                                "उसी दिन अपने समन्वयक को बताइए, ज़रूरत हो तो एक स्तर ऊपर जाइए, और किसी "
                                "की सुरक्षा ख़तरे में हो तो तुरंत पुलिस से संपर्क कीजिए।"
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
    "quiz": {
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
                "टीम चलाने और मुश्किल हालात से निपटने वाले लेसन दोबारा देखिए। आपके समन्वयक मदद के लिए "
                "हमेशा तैयार हैं।"
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
                        "आपकी टीम के एक साथी को ढेरों अपमानजनक जवाब मिल रहे हैं। आपको सबसे पहले क्या करना "
                        "चाहिए?"
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
    },
}
