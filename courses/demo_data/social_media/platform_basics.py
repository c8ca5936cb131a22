"""Lesson 1 of "Social media skills for volunteers": platform basics.

How the main platforms differ, what makes a profile trustworthy, what algorithms reward,
and why you read before you react. Format: courses/demo_data/schema.py.
"""

LESSON = {
    "slug": "platform-basics",
    "minutes": 20,
    "en": {
        "title": "Platform basics",
        "summary": (
            "How the main platforms differ, what makes a profile trustworthy, what "
            "algorithms reward, and why you read before you react."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Every platform has its own pace, format and audience, and a message "
                    "that works well in one place can fall flat or be misread in another. In "
                    "this lesson you will learn how short-post platforms, video platforms "
                    "and messaging groups differ, and how to set up a profile people can "
                    "trust. You will also see why the habit of reading before reacting is "
                    "the most important skill a volunteer can have.</p>"
                ),
            ),
            ("heading", "Three kinds of platform"),
            (
                "paragraph",
                (
                    "<p>Most of your work will happen on three kinds of platform. Each "
                    "rewards a different style, so learn the habits of each before you "
                    "post.</p><ul><li><b>Short-post platforms</b> move fast and are public "
                    "by default. Posts are read in seconds, quoted out of context and shared "
                    "by strangers, so every line must make sense on its "
                    "own.</li><li><b>Video platforms</b> reward the first few seconds. Keep "
                    "videos short, add captions because many people watch with the sound "
                    "off, and say clearly who you are and where your information comes "
                    "from.</li><li><b>Messaging groups</b> feel private, but anything you "
                    "write can be forwarded as a screenshot within minutes. Forwards lose "
                    "their source and date as they travel, which makes groups the easiest "
                    "place for rumours to spread.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p><b>A private group is never really private.</b> Before you send "
                        "a message to any group, ask yourself: would I be comfortable if "
                        "this appeared tomorrow as a screenshot on a public page, without my "
                        "explanation attached? If the answer is no, do not send it.</p>"
                    ),
                },
            ),
            ("heading", "A profile that inspires trust"),
            (
                "paragraph",
                (
                    "<p>People decide in a few seconds whether to trust an account. Use a "
                    "real, clear photo of yourself rather than a logo or a cartoon, and "
                    "write a short bio that says who you are and that you volunteer with the "
                    "organisation. Follow the organisation’s rules on how to describe your "
                    "role, and never present yourself as an official spokesperson if you are "
                    "not one. An account that posts calm, sourced information every week "
                    "earns far more trust than one that appears only during arguments.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "dos": [
                        (
                            "Use your real name and a clear photo, as the organisation’s "
                            "guidelines allow."
                        ),
                        (
                            "Say in your bio that you are a volunteer, and add only links "
                            "you are willing to stand behind."
                        ),
                        (
                            "Turn on two-step verification and use a strong password that "
                            "you do not use anywhere else."
                        ),
                        "Keep a consistent, polite tone in everything you post.",
                    ],
                    "donts": [
                        (
                            "Do not create anonymous or duplicate accounts to make a message "
                            "look more popular."
                        ),
                        (
                            "Do not use the organisation’s logo in a way that makes your "
                            "account look official."
                        ),
                        (
                            "Do not put your phone number, home address or daily routine on "
                            "your profile."
                        ),
                        "Do not buy followers or join “follow for follow” schemes.",
                    ],
                },
            ),
            ("heading", "What algorithms reward"),
            (
                "paragraph",
                (
                    "<p>Platforms show people more of whatever keeps them watching, "
                    "commenting and sharing. Anger, shock and outrage generate reactions "
                    "quickly, which is why misleading and hostile posts often travel further "
                    "than careful ones. Do not let this tempt you: attention won by "
                    "insulting someone or exaggerating keeps damaging the organisation’s "
                    "credibility long after the numbers fade. A lasting audience is built on "
                    "consistency, clarity and posts that people find useful enough to save "
                    "and pass on.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>An angry reply is still engagement in the algorithm’s eyes. When "
                        "you quote or argue with a misleading post, you may push it to even "
                        "more people. Often the better move is to post the correct "
                        "information separately, with its source, without amplifying the "
                        "original.</p>"
                    ),
                },
            ),
            ("heading", "Read before you react"),
            (
                "paragraph",
                (
                    "<p>Many online arguments start because someone replied to a headline, a "
                    "cropped screenshot or the first line of a post. Before you like, share "
                    "or reply, open the full post, read it to the end and check who posted "
                    "it and when. If you feel a strong emotion such as anger or fear, treat "
                    "it as a signal to slow down, because that is exactly the feeling "
                    "misleading content is designed to create. A reply written after ten "
                    "minutes of thought is almost always better than one written in ten "
                    "seconds.</p>"
                ),
            ),
            (
                "key_takeaways",
                [
                    (
                        "Short-post platforms, video platforms and messaging groups each "
                        "need a different style: learn it before you post."
                    ),
                    (
                        "Write every group message as if it could become a public screenshot "
                        "tomorrow."
                    ),
                    (
                        "A trustworthy profile is real, clear, consistent and honest about "
                        "your role."
                    ),
                    (
                        "Algorithms reward outrage, but the organisation’s credibility rests "
                        "on calm, useful, sourced posts."
                    ),
                    (
                        "Read the whole post, check who posted it and when, and pause before "
                        "you react."
                    ),
                ],
            ),
        ],
    },
    "hi": {
        "title": "प्लेटफ़ॉर्म की बुनियादी समझ",
        "summary": (
            "मुख्य प्लेटफ़ॉर्म एक-दूसरे से कैसे अलग हैं, भरोसेमंद प्रोफ़ाइल कैसी होती है, एल्गोरिदम किसे बढ़ावा देते "
            "हैं और प्रतिक्रिया से पहले पूरा पढ़ना क्यों ज़रूरी है।"
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>हर प्लेटफ़ॉर्म की अपनी रफ़्तार, अपना ढंग और अपने दर्शक होते हैं। जो संदेश एक जगह "
                    "ख़ूब चलता है, वही दूसरी जगह बेअसर हो सकता है या उसका ग़लत मतलब निकाला जा सकता "
                    "है। इस पाठ में आप जानेंगे कि छोटी पोस्ट वाले प्लेटफ़ॉर्म, वीडियो प्लेटफ़ॉर्म और मैसेजिंग "
                    "ग्रुप में क्या फ़र्क़ है, और ऐसी प्रोफ़ाइल कैसे बनाएँ जिस पर लोग भरोसा करें। साथ ही आप "
                    "समझेंगे कि प्रतिक्रिया देने से पहले पूरा पढ़ने की आदत एक स्वयंसेवक का सबसे ज़रूरी हुनर क्यों "
                    "है।</p>"
                ),
            ),
            ("heading", "तीन तरह के प्लेटफ़ॉर्म"),
            (
                "paragraph",
                (
                    "<p>आपका ज़्यादातर काम तीन तरह के प्लेटफ़ॉर्म पर होगा। हर एक पर अलग अंदाज़ काम "
                    "करता है, इसलिए पोस्ट करने से पहले हर प्लेटफ़ॉर्म का मिज़ाज समझ "
                    "लें।</p><ul><li><b>छोटी पोस्ट वाले प्लेटफ़ॉर्म</b> बहुत तेज़ चलते हैं और आम तौर पर "
                    "सबके लिए खुले होते हैं। पोस्ट कुछ ही सेकंड में पढ़ी जाती है, संदर्भ से काटकर उद्धृत की "
                    "जाती है और अनजान लोग उसे आगे बढ़ाते हैं, इसलिए हर पंक्ति अपने आप में पूरी और साफ़ "
                    "होनी चाहिए।</li><li><b>वीडियो प्लेटफ़ॉर्म</b> पर शुरुआती कुछ सेकंड सबसे अहम होते "
                    "हैं। वीडियो छोटा रखें, कैप्शन ज़रूर लगाएँ क्योंकि बहुत से लोग बिना आवाज़ के वीडियो देखते "
                    "हैं, और साफ़ बताएँ कि आप कौन हैं और आपकी जानकारी कहाँ से आई है।</li><li><b>मैसेजिंग "
                    "ग्रुप</b> निजी लगते हैं, लेकिन आपका लिखा कोई भी संदेश मिनटों में स्क्रीनशॉट बनकर आगे "
                    "फ़ॉरवर्ड हो सकता है। फ़ॉरवर्ड होते-होते संदेश का स्रोत और तारीख़ छूट जाते हैं, इसीलिए "
                    "अफ़वाहें सबसे आसानी से ग्रुप में ही फैलती हैं।</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p><b>निजी ग्रुप कभी पूरी तरह निजी नहीं होता।</b> किसी भी ग्रुप में संदेश भेजने "
                        "से पहले ख़ुद से पूछें: अगर कल यही संदेश मेरी किसी सफ़ाई के बिना, स्क्रीनशॉट बनकर "
                        "किसी सार्वजनिक पेज पर दिखे, तो क्या मुझे कोई परेशानी होगी? अगर होगी, तो उसे "
                        "न भेजें।</p>"
                    ),
                },
            ),
            ("heading", "भरोसा जगाने वाली प्रोफ़ाइल"),
            (
                "paragraph",
                (
                    "<p>लोग कुछ ही सेकंड में तय कर लेते हैं कि किसी अकाउंट पर भरोसा करें या नहीं। लोगो या "
                    "कार्टून की जगह अपनी असली और साफ़ तस्वीर लगाएँ, और बायो में दो-चार शब्दों में लिखें "
                    "कि आप कौन हैं और संगठन से स्वयंसेवक के रूप में जुड़े हैं। अपनी भूमिका बताने के बारे में संगठन "
                    "के नियमों का पालन करें, और अगर आप आधिकारिक प्रवक्ता नहीं हैं तो ख़ुद को वैसा पेश न "
                    "करें। जो अकाउंट हर हफ़्ते शांत और स्रोत सहित जानकारी देता है, वह उस अकाउंट से कहीं "
                    "ज़्यादा भरोसा कमाता है जो सिर्फ़ बहस के वक़्त नज़र आता है।</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "dos": [
                        "संगठन के दिशानिर्देशों के मुताबिक़ अपना असली नाम और साफ़ तस्वीर इस्तेमाल करें।",
                        ("बायो में लिखें कि आप स्वयंसेवक हैं, और सिर्फ़ वही लिंक जोड़ें जिनकी ज़िम्मेदारी आप ले सकें।"),
                        (
                            "टू-स्टेप वेरिफ़िकेशन चालू करें और ऐसा मज़बूत पासवर्ड रखें जो आप कहीं और इस्तेमाल "
                            "न करते हों।"
                        ),
                        "अपनी हर पोस्ट में एक जैसा, शालीन लहजा बनाए रखें।",
                    ],
                    "donts": [
                        "किसी संदेश को ज़्यादा लोकप्रिय दिखाने के लिए गुमनाम या नकली अकाउंट न बनाएँ।",
                        "संगठन का लोगो इस तरह इस्तेमाल न करें कि आपका अकाउंट आधिकारिक लगने लगे।",
                        "प्रोफ़ाइल पर अपना फ़ोन नंबर, घर का पता या रोज़ की दिनचर्या न डालें।",
                        "फ़ॉलोअर न ख़रीदें और “फ़ॉलो के बदले फ़ॉलो” जैसी योजनाओं से दूर रहें।",
                    ],
                },
            ),
            ("heading", "एल्गोरिदम किसे बढ़ावा देते हैं"),
            (
                "paragraph",
                (
                    "<p>प्लेटफ़ॉर्म लोगों को वही ज़्यादा दिखाते हैं जिस पर वे रुकें, कमेंट करें और जिसे आगे शेयर "
                    "करें। गुस्सा, सनसनी और आक्रोश बहुत जल्दी प्रतिक्रियाएँ बटोरते हैं, इसीलिए भ्रामक और "
                    "कड़वी पोस्ट अक्सर सधी हुई पोस्ट से ज़्यादा दूर तक जाती हैं। इस लालच में न पड़ें: किसी "
                    "का अपमान करके या बात को बढ़ा-चढ़ाकर पाई गई वाहवाही, आँकड़े उतरने के बहुत बाद तक "
                    "संगठन की साख को नुकसान पहुँचाती रहती है। टिकाऊ दर्शक निरंतरता, स्पष्टता और ऐसी "
                    "पोस्ट से बनते हैं जिन्हें लोग काम का समझकर सहेजें और आगे भेजें।</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>गुस्से में दिया गया जवाब भी एल्गोरिदम की नज़र में “एंगेजमेंट” ही है। जब आप "
                        "किसी भ्रामक पोस्ट को कोट करते हैं या उस पर बहस करते हैं, तो हो सकता है आप उसे "
                        "और ज़्यादा लोगों तक पहुँचा दें। अक्सर बेहतर यही होता है कि मूल पोस्ट को बढ़ावा "
                        "दिए बिना सही जानकारी उसके स्रोत के साथ अलग से पोस्ट करें।</p>"
                    ),
                },
            ),
            ("heading", "प्रतिक्रिया से पहले पूरा पढ़ें"),
            (
                "paragraph",
                (
                    "<p>ऑनलाइन बहुत-सी बहसें इसलिए शुरू होती हैं कि किसी ने सिर्फ़ शीर्षक, कटा हुआ "
                    "स्क्रीनशॉट या पोस्ट की पहली पंक्ति पढ़कर जवाब दे दिया। लाइक, शेयर या जवाब देने से "
                    "पहले पूरी पोस्ट खोलें, उसे आख़िर तक पढ़ें और देखें कि उसे किसने और कब पोस्ट किया। अगर "
                    "मन में गुस्सा या डर जैसी तेज़ भावना उठे, तो इसे रुकने का इशारा समझें, क्योंकि भ्रामक "
                    "सामग्री ठीक यही भावना जगाने के लिए बनाई जाती है। दस मिनट सोचकर लिखा गया "
                    "जवाब लगभग हमेशा दस सेकंड में लिखे जवाब से बेहतर होता है।</p>"
                ),
            ),
            (
                "key_takeaways",
                [
                    (
                        "छोटी पोस्ट वाले प्लेटफ़ॉर्म, वीडियो प्लेटफ़ॉर्म और मैसेजिंग ग्रुप, तीनों का अंदाज़ "
                        "अलग है: पोस्ट करने से पहले इसे समझें।"
                    ),
                    "ग्रुप का हर संदेश यह मानकर लिखें कि कल वह सार्वजनिक स्क्रीनशॉट बन सकता है।",
                    (
                        "भरोसेमंद प्रोफ़ाइल असली, साफ़ और एक जैसी होती है, और आपकी भूमिका के बारे में "
                        "ईमानदार रहती है।"
                    ),
                    (
                        "एल्गोरिदम आक्रोश को बढ़ावा देते हैं, पर संगठन की साख शांत, उपयोगी और स्रोत "
                        "सहित पोस्ट से बनती है।"
                    ),
                    "पूरी पोस्ट पढ़ें, देखें कि उसे किसने और कब पोस्ट किया, और प्रतिक्रिया से पहले रुकें।",
                ],
            ),
        ],
    },
}
