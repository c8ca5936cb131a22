"""Lesson 1 of "Leading a team of ten": your role as a leader.

What a team leader does, and how your own example, availability and fairness shape the
whole team. Format: courses/demo_data/schema.py.
"""

LESSON = {
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
                    ("Your team copies your example, so verify before you post and stay civil."),
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
                    "alt_text": ("दस स्वयंसेवक अपने टीम लीडर के साथ गोल घेरे में बैठकर आपस में बात कर रहे हैं।"),
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
                    ("टीम आपके उदाहरण की नक़ल करती है, इसलिए पोस्ट करने से पहले जाँचिए और शालीन रहिए।"),
                    (
                        "पहुँच में रहिए: संपर्क का तरीक़ा तय कीजिए, और बाहर जाने पर किसी साथी को "
                        "अपनी जगह ज़िम्मेदारी दीजिए।"
                    ),
                    "निष्पक्ष रहिए: काम और श्रेय बराबर बाँटिए, और सब पर एक जैसे नियम लागू कीजिए।",
                ],
            ),
        ],
    },
}
