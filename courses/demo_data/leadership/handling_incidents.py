"""Lesson 3 of "Leading a team of ten": handling incidents.

A team member who shares a fake by mistake or is abused online, and escalating to your
coordinators. Format: courses/demo_data/schema.py.
"""

LESSON = {
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
                        ("दुर्व्यवहार करने वाले को ग़ुस्से में जवाब मत दीजिए, और न ही टीम से जवाब दिलवाइए।"),
                        "किसी के भी ख़िलाफ़ सामूहिक रिपोर्टिंग या सामूहिक हमला मत करवाइए।",
                        "किसी की निजी जानकारी सार्वजनिक मत कीजिए, और फ़र्ज़ी अकाउंट मत बनाइए।",
                        "जिसके साथ दुर्व्यवहार हुआ, उसी को दोष मत दीजिए।",
                        ("ग़लती को चुपचाप हटाकर यह उम्मीद मत कीजिए कि किसी ने ध्यान नहीं दिया होगा।"),
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
}
