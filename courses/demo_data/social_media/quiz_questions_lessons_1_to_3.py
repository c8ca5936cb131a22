"""Final quiz of "Social media skills for volunteers": the questions on lessons 1-3.

Assembled with the others in quiz.py. Format: courses/demo_data/schema.py.
"""

QUESTIONS = [
    # Lesson 1: platform basics
    {
        "type": "mc",
        "category": "platforms",
        "en": {
            "content": "You manage both your personal account and the team's page on the same "
            "phone. Before posting an update for the team, what should you do first?",
            "explanation": "Always check which account you are posting from. A post from the wrong "
            "account can confuse followers and is hard to undo once it has been shared.",
            "answers": [
                ("Post from whichever account is open and delete it later if it was wrong.", False),
                ("Check which account you are logged into and posting from.", True),
                ("Post it from both accounts, just to be safe.", False),
                ("Ask your followers which account they would prefer.", False),
            ],
        },
        "hi": {
            "content": "आप एक ही फ़ोन पर अपना निजी अकाउंट और टीम का पेज, दोनों चलाते हैं। "
            "टीम के लिए कोई अपडेट पोस्ट करने से पहले आपको सबसे पहले क्या करना चाहिए?",
            "explanation": "हमेशा देखें कि आप किस अकाउंट से पोस्ट कर रहे हैं। ग़लत अकाउंट से की गई "
            "पोस्ट फ़ॉलोअर्स को उलझन में डाल सकती है, और शेयर हो जाने के बाद उसे वापस लेना मुश्किल होता है।",
            "answers": [
                ("जो भी अकाउंट खुला हो, उसी से पोस्ट कर दें और ग़लती हो तो बाद में हटा दें।", False),
                ("जाँच लें कि आप किस अकाउंट में लॉग-इन हैं और किससे पोस्ट कर रहे हैं।", True),
                ("एहतियात के लिए दोनों अकाउंट से पोस्ट कर दें।", False),
                ("अपने फ़ॉलोअर्स से पूछें कि वे कौन-सा अकाउंट पसंद करेंगे।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "platforms",
        "correct": False,
        "en": {
            "content": "A message posted in a closed group or a private chat stays private, so "
            "it is safe to write things there that you would not say in public.",
            "explanation": "False. Anyone in the group can take a screenshot and share it. Write "
            "every message as if it could become public.",
        },
        "hi": {
            "content": "बंद ग्रुप या प्राइवेट चैट में भेजा गया संदेश निजी ही रहता है, इसलिए वहाँ ऐसी "
            "बातें लिखना सुरक्षित है जो आप सबके सामने नहीं कहेंगे।",
            "explanation": "असत्य। ग्रुप का कोई भी सदस्य स्क्रीनशॉट लेकर उसे आगे शेयर कर सकता है। "
            "हर संदेश यह मानकर लिखें कि वह सार्वजनिक हो सकता है।",
        },
    },
    # Lesson 2: writing a good post
    {
        "type": "mc",
        "category": "writing",
        "en": {
            "content": "Which of these is the strongest post about a free health camp your "
            "organisation is running?",
            "explanation": "A good post gives one clear message with the essential details (what, "
            "when, where), a simple call to action and a link for more information.",
            "answers": [
                ("HUGE EVENT!!! EVERYONE MUST COME!!! SHARE NOW!!!", False),
                (
                    "Free health check-up camp this Sunday, 9 am to 1 pm, at the community hall, "
                    "Ward 4. Bring any old prescriptions. Details: [link]",
                    True,
                ),
                (
                    "A long paragraph thanking every volunteer by name, with the date and place "
                    "added later in the comments.",
                    False,
                ),
                ("Just a photo of the hall with no text, so that people get curious.", False),
            ],
        },
        "hi": {
            "content": "आपका संगठन एक मुफ़्त स्वास्थ्य शिविर लगा रहा है। इसके बारे में इनमें से "
            "सबसे असरदार पोस्ट कौन-सी है?",
            "explanation": "अच्छी पोस्ट में एक साफ़ संदेश होता है, ज़रूरी जानकारी (क्या, कब, कहाँ) "
            "होती है, एक सरल अपील होती है और ज़्यादा जानकारी के लिए लिंक होता है।",
            "answers": [
                ("बहुत बड़ा कार्यक्रम!!! सब ज़रूर आएँ!!! अभी शेयर करें!!!", False),
                (
                    "मुफ़्त स्वास्थ्य जाँच शिविर, इस रविवार, सुबह 9 से दोपहर 1 बजे तक, सामुदायिक "
                    "भवन, वार्ड 4 में। अपने पुराने पर्चे साथ लाएँ। विवरण: [लिंक]",
                    True,
                ),
                (
                    "हर स्वयंसेवक का नाम लेकर धन्यवाद देता एक लंबा पैराग्राफ़, और तारीख़ व जगह बाद में कमेंट में।",
                    False,
                ),
                ("बिना किसी टेक्स्ट के सिर्फ़ भवन की एक फ़ोटो, ताकि लोगों में उत्सुकता जागे।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "writing",
        "correct": True,
        "en": {
            "content": "Linking to the original source, for example an official notice, makes your "
            "post more trustworthy and lets readers check it for themselves.",
            "explanation": "True. A source link shows you have checked your facts and lets readers "
            "verify the claim instead of simply taking your word for it.",
        },
        "hi": {
            "content": "मूल स्रोत का लिंक देने से, जैसे किसी आधिकारिक सूचना का, आपकी पोस्ट ज़्यादा "
            "भरोसेमंद बनती है और पढ़ने वाले ख़ुद उसे जाँच सकते हैं।",
            "explanation": "सत्य। स्रोत का लिंक दिखाता है कि आपने तथ्य जाँचे हैं, और पढ़ने वाले सिर्फ़ "
            "आपकी बात मानने के बजाय ख़ुद दावे की पुष्टि कर सकते हैं।",
        },
    },
    # Lesson 3: verifying a claim before sharing
    {
        "type": "mc",
        "category": "verification",
        "en": {
            "content": 'A forwarded photo shows a collapsed bridge with the caption "This happened '
            'this morning in our district." What is the most useful first step?',
            "explanation": "A reverse image search often shows that a dramatic photo is old or "
            "from somewhere else. How often something is forwarded, or who sent it, proves "
            "nothing.",
            "answers": [
                ("Share it quickly, marked 'unconfirmed', so people are warned in time.", False),
                (
                    "Do a reverse image search to find where and when the photo first appeared.",
                    True,
                ),
                ("Check how many times it has been forwarded.", False),
                ("Trust it, because the person who sent it is usually reliable.", False),
            ],
        },
        "hi": {
            "content": "एक फ़ॉरवर्ड की गई फ़ोटो में टूटा हुआ पुल दिख रहा है, और साथ में लिखा है: "
            '"यह आज सुबह हमारे ज़िले में हुआ।" सबसे पहले क्या करना सबसे उपयोगी होगा?',
            "explanation": "रिवर्स इमेज सर्च से अक्सर पता चल जाता है कि सनसनीखेज़ फ़ोटो पुरानी है या "
            "कहीं और की है। कोई चीज़ कितनी बार फ़ॉरवर्ड हुई या किसने भेजी, इससे कुछ साबित नहीं होता।",
            "answers": [
                ("'पुष्टि नहीं हुई' लिखकर तुरंत शेयर कर दें, ताकि लोग समय पर सावधान हो जाएँ।", False),
                (
                    "रिवर्स इमेज सर्च करें और पता लगाएँ कि फ़ोटो पहली बार कहाँ और कब सामने आई थी।",
                    True,
                ),
                ("देखें कि इसे कितनी बार फ़ॉरवर्ड किया गया है।", False),
                ("इस पर भरोसा कर लें, क्योंकि भेजने वाला आम तौर पर भरोसेमंद है।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "verification",
        "correct": False,
        "en": {
            "content": "If a message has been forwarded by a lot of people, it is probably true.",
            "explanation": "False. Popularity is not evidence. False and alarming messages often "
            "spread faster than true ones.",
        },
        "hi": {
            "content": "अगर किसी संदेश को बहुत सारे लोगों ने फ़ॉरवर्ड किया है, तो वह शायद सच ही होगा।",
            "explanation": "असत्य। किसी बात का ज़्यादा फैलना उसके सच होने का सबूत नहीं है। झूठे और "
            "डराने वाले संदेश अक्सर सच्चे संदेशों से ज़्यादा तेज़ी से फैलते हैं।",
        },
    },
    {
        "type": "mc",
        "category": "verification",
        "en": {
            "content": "Which of these counts as two independent sources for a claim?",
            "explanation": "Independent sources found out the facts separately. Copies of the same "
            "forward or the same post are still only one source.",
            "answers": [
                ("Two WhatsApp groups that received the same forwarded message.", False),
                ("A post and a screenshot of that same post.", False),
                (
                    "The district administration's official account and a report by an "
                    "established news outlet with its own reporter on the spot.",
                    True,
                ),
                ("Two accounts that regularly copy each other's posts.", False),
            ],
        },
        "hi": {
            "content": "इनमें से कौन-सा विकल्प किसी दावे के लिए दो स्वतंत्र स्रोत माना जाएगा?",
            "explanation": "स्वतंत्र स्रोत वे हैं जिन्होंने तथ्य अलग-अलग पता किए हों। एक ही फ़ॉरवर्ड "
            "या एक ही पोस्ट की कॉपियाँ, गिनती में फिर भी एक ही स्रोत हैं।",
            "answers": [
                ("दो व्हाट्सऐप ग्रुप, जिनमें एक ही फ़ॉरवर्ड किया हुआ संदेश आया।", False),
                ("एक पोस्ट और उसी पोस्ट का स्क्रीनशॉट।", False),
                (
                    "ज़िला प्रशासन का आधिकारिक अकाउंट, और किसी स्थापित समाचार संस्थान की रिपोर्ट "
                    "जिसका अपना संवाददाता मौक़े पर मौजूद था।",
                    True,
                ),
                ("दो ऐसे अकाउंट जो अक्सर एक-दूसरे की पोस्ट कॉपी करते हैं।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "verification",
        "correct": True,
        "en": {
            "content": "If you cannot verify a claim, the right thing to do is not to share it, "
            "even if it supports your cause.",
            "explanation": "True. Sharing something false damages your credibility and the "
            "organisation's, whichever side it seems to help.",
        },
        "hi": {
            "content": "अगर आप किसी दावे की पुष्टि नहीं कर पा रहे हैं, तो सही यही है कि उसे शेयर "
            "न करें, भले ही वह आपके पक्ष में हो।",
            "explanation": "सत्य। झूठी बात शेयर करने से आपकी और संगठन की साख को नुक़सान पहुँचता है, "
            "चाहे वह बात किसी भी पक्ष के फ़ायदे की लगे।",
        },
    },
]
