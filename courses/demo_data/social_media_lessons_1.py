"""Lessons 1-3 of the demo course "Social media skills for volunteers".

Bilingual (English and Hindi) lesson content in the format documented and checked by
courses/demo_data/schema.py. The lessons teach good practice only: how platforms differ,
how to write a clear and sourced post, and how to verify a claim before sharing it. All
examples are generic and non-partisan; sources are named by type (an official account, a
press release, a reverse image search), never as real organisations or people.

The Hindi text follows the same block structure as the English, written as a Hindi-speaking
trainer would write it rather than translated word by word.
"""

LESSONS = [
    {
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
                            (
                                "बायो में लिखें कि आप स्वयंसेवक हैं, और सिर्फ़ वही लिंक जोड़ें जिनकी ज़िम्मेदारी "
                                "आप ले सकें।"
                            ),
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
    },
    {
        "slug": "writing-a-good-post",
        "minutes": 25,
        "en": {
            "title": "Writing a good post",
            "summary": (
                "How to write a clear, sourced and accessible post that people can trust and "
                "share, and how to correct a mistake openly."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A good post does one job well: it tells people something true and "
                        "useful in a way they can understand at a glance. In this lesson you "
                        "will practise the habits that make a post clear, trustworthy and easy "
                        "to share. They are one message, plain words, a named source, an "
                        "accessible image, sensible timing and an honest correction when "
                        "something goes wrong.</p>"
                    ),
                ),
                ("heading", "One clear message"),
                (
                    "paragraph",
                    (
                        "<p>Before you write, finish this sentence: <i>“The one thing I want "
                        "readers to know is…”</i> If you cannot finish it in a single line, the "
                        "post is trying to do too much, so split it into two posts or cut it "
                        "down. Put the most important information first, because many people "
                        "read only the opening line. Say what happened, where and when, and what "
                        "readers should do, if anything.</p>"
                    ),
                ),
                ("heading", "Plain language and a named source"),
                (
                    "paragraph",
                    (
                        "<p>Write as you would explain something to a neighbour: short "
                        "sentences, everyday words, and no jargon or abbreviations your readers "
                        "may not know. Every factual claim needs a source that readers can check "
                        "for themselves, such as the official government press release or the "
                        "district administration’s official account. Name the source in the post "
                        "itself instead of writing “sources say” or “I heard”. If the "
                        "information is something you saw yourself, say so clearly and give the "
                        "date and place.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "text": (
                            "<p><b>Weak:</b> “BIG NEWS!!! Scheme deadline extended, everyone "
                            "share NOW!!!”</p><p><b>Better:</b> “The deadline to apply for the "
                            "housing scheme has been extended to the end of next month, "
                            "according to the district administration’s official notice dated "
                            "yesterday. You can apply at your nearest service centre.”</p>"
                        ),
                    },
                ),
                ("heading", "Images, timing and hashtags"),
                (
                    "paragraph",
                    (
                        "<p>An image makes a post stand out, but only if it is relevant and you "
                        "have the right to use it. Add alt text, a short description that screen "
                        "readers read aloud for people who are blind or have low vision, and "
                        "describe what is actually shown rather than what you want people to "
                        "feel. Post when your audience is online and while the information is "
                        "still useful: a notice about tomorrow’s health camp helps no one if it "
                        "goes out after the camp has started. Use one or two relevant hashtags "
                        "at most, and never write whole words or sentences in CAPITAL LETTERS or "
                        "pile up exclamation marks, because it reads as shouting and is harder "
                        "to read.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "team-circle",
                        "alt_text": (
                            "A group of people sitting in a circle, talking with one another."
                        ),
                        "caption": (
                            "Good alt text describes what the picture shows, as this one does: "
                            "briefly, plainly and without guessing."
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "Lead with the single most important fact.",
                            "Name the source of the information and its date.",
                            "Add alt text to every image you post.",
                            "Use one or two relevant hashtags at most.",
                            "Read the post aloud once before you publish it.",
                        ],
                        "donts": [
                            "Do not write in capital letters or pile up exclamation marks.",
                            "Do not attack, mock or label people who disagree with you.",
                            "Do not crop or edit an image in a way that changes its meaning.",
                            (
                                "Do not stuff a post with trending hashtags that have nothing to "
                                "do with it."
                            ),
                            "Do not quietly delete a wrong post without telling your readers.",
                        ],
                    },
                ),
                ("heading", "Correcting mistakes openly"),
                (
                    "paragraph",
                    (
                        "<p>Everyone makes mistakes; what matters is how you handle them. If you "
                        "discover that something you posted is wrong, post a clear correction as "
                        "soon as you can, saying what was wrong, what is correct and where the "
                        "correct information comes from. Where the platform allows it, edit the "
                        "original or add a note to it, so that people who find it later also see "
                        "the correction. Do not quietly delete the post, because screenshots of "
                        "it will keep circulating and a silent deletion looks like a cover-up. "
                        "An open correction shows readers that you care about accuracy, and it "
                        "usually increases trust rather than reducing it.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>A simple way to word a correction: <b>“Correction:</b> This "
                            "morning I posted that the relief camp is at the school. According "
                            "to the district administration’s official account, it is at the "
                            "community hall. I am sorry for the error.” Keep it short and "
                            "factual, with no excuses.</p>"
                        ),
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "Decide the one thing you want readers to know, and put it first.",
                        "Use plain words and name a source that readers can check.",
                        (
                            "Add alt text to images, post at a useful time and use hashtags "
                            "sparingly."
                        ),
                        (
                            "No shouting in capitals, no insults and no exaggeration: calm posts "
                            "earn trust."
                        ),
                        "If you get something wrong, correct it quickly and openly.",
                    ],
                ),
            ],
        },
        "hi": {
            "title": "अच्छी पोस्ट कैसे लिखें",
            "summary": (
                "साफ़, स्रोत सहित और सबके लिए सुलभ पोस्ट कैसे लिखें जिस पर लोग भरोसा करें और जिसे आगे बढ़ाएँ, "
                "और ग़लती होने पर उसे खुलकर कैसे सुधारें।"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>अच्छी पोस्ट एक ही काम अच्छी तरह करती है: वह लोगों को कोई सच्ची और काम की "
                        "बात इस तरह बताती है कि एक नज़र में समझ आ जाए। इस पाठ में आप वे आदतें सीखेंगे जो "
                        "पोस्ट को साफ़, भरोसेमंद और शेयर करने लायक बनाती हैं। ये हैं: एक संदेश, सरल शब्द, स्रोत "
                        "का नाम, सबके लिए सुलभ तस्वीर, सही समय, और कुछ ग़लत हो जाए तो ईमानदारी से "
                        "सुधार।</p>"
                    ),
                ),
                ("heading", "एक पोस्ट, एक साफ़ संदेश"),
                (
                    "paragraph",
                    (
                        "<p>लिखने से पहले यह वाक्य पूरा करें: <i>“मैं पाठकों को सबसे ज़्यादा यह एक बात बताना "
                        "चाहता/चाहती हूँ कि…”</i> अगर यह एक पंक्ति में पूरा न हो पाए, तो आपकी पोस्ट एक "
                        "साथ बहुत कुछ कहने की कोशिश कर रही है, इसलिए उसे दो पोस्ट में बाँटें या छोटा करें। "
                        "सबसे ज़रूरी जानकारी सबसे पहले रखें, क्योंकि बहुत से लोग सिर्फ़ पहली पंक्ति ही पढ़ते हैं। "
                        "बताएँ कि क्या हुआ, कहाँ और कब हुआ, और पाठकों को क्या करना है, अगर कुछ करना "
                        "है।</p>"
                    ),
                ),
                ("heading", "सरल भाषा और स्रोत का नाम"),
                (
                    "paragraph",
                    (
                        "<p>ऐसे लिखें जैसे किसी पड़ोसी को कोई बात समझा रहे हों: छोटे वाक्य, रोज़मर्रा के शब्द, "
                        "और ऐसे तकनीकी शब्द या संक्षिप्त रूप बिल्कुल नहीं जिन्हें पाठक शायद न जानते हों। हर "
                        "तथ्य के साथ ऐसा स्रोत होना चाहिए जिसे पाठक ख़ुद जाँच सकें, जैसे सरकार की आधिकारिक "
                        "प्रेस विज्ञप्ति या ज़िला प्रशासन का आधिकारिक अकाउंट। “सूत्रों के मुताबिक़” या “मैंने "
                        "सुना है” लिखने के बजाय पोस्ट में ही स्रोत का नाम लिखें। अगर जानकारी आपकी आँखों देखी "
                        "है, तो यह साफ़ लिखें और साथ में तारीख़ और जगह भी बताएँ।</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "text": (
                            "<p><b>कमज़ोर:</b> “बड़ी ख़बर!!! योजना की आख़िरी तारीख़ बढ़ी, सब लोग तुरंत "
                            "शेयर करो!!!”</p><p><b>बेहतर:</b> “ज़िला प्रशासन की कल जारी आधिकारिक "
                            "सूचना के अनुसार, आवास योजना में आवेदन की आख़िरी तारीख़ अगले महीने के अंत तक बढ़ा "
                            "दी गई है। आप अपने नज़दीकी सेवा केंद्र पर आवेदन कर सकते हैं।”</p>"
                        ),
                    },
                ),
                ("heading", "तस्वीर, समय और हैशटैग"),
                (
                    "paragraph",
                    (
                        "<p>तस्वीर से पोस्ट पर लोगों की नज़र जल्दी पड़ती है, लेकिन तभी जब वह विषय से जुड़ी "
                        "हो और उसे इस्तेमाल करने का आपको अधिकार हो। तस्वीर के साथ ऑल्ट टेक्स्ट ज़रूर जोड़ें, "
                        "यानी तस्वीर का छोटा-सा विवरण जिसे स्क्रीन रीडर दृष्टिबाधित लोगों को पढ़कर सुनाते "
                        "हैं; उसमें वही लिखें जो तस्वीर में सचमुच दिख रहा है, न कि वह जो आप लोगों को महसूस "
                        "कराना चाहते हैं। तब पोस्ट करें जब आपके पाठक ऑनलाइन हों और जानकारी अभी काम की "
                        "हो: कल लगने वाले स्वास्थ्य शिविर की सूचना शिविर शुरू होने के बाद किसी काम की नहीं। "
                        "ज़्यादा से ज़्यादा एक-दो प्रासंगिक हैशटैग लगाएँ, और रोमन लिपि में पूरे शब्द या वाक्य "
                        "कैपिटल अक्षरों में न लिखें, न ही विस्मयादिबोधक चिह्नों (!!!) की झड़ी लगाएँ, क्योंकि "
                        "यह चिल्लाने जैसा लगता है और पढ़ने में भी मुश्किल होता है।</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "team-circle",
                        "alt_text": "लोगों का एक समूह घेरे में बैठकर आपस में बातचीत कर रहा है।",
                        "caption": (
                            "अच्छा ऑल्ट टेक्स्ट तस्वीर में जो दिख रहा है, उसे इसी तरह छोटे और सरल शब्दों में, "
                            "बिना अंदाज़ा लगाए बताता है।"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "सबसे ज़रूरी तथ्य से शुरुआत करें।",
                            "जानकारी का स्रोत और उसकी तारीख़ ज़रूर लिखें।",
                            "हर तस्वीर के साथ ऑल्ट टेक्स्ट जोड़ें।",
                            "ज़्यादा से ज़्यादा एक-दो प्रासंगिक हैशटैग लगाएँ।",
                            "पोस्ट करने से पहले उसे एक बार ज़ोर से पढ़कर देखें।",
                        ],
                        "donts": [
                            "कैपिटल अक्षरों में न लिखें और विस्मयादिबोधक चिह्नों की झड़ी न लगाएँ।",
                            "असहमत लोगों पर हमला न करें, उनका मज़ाक न उड़ाएँ और उन पर ठप्पा न लगाएँ।",
                            "तस्वीर को इस तरह न काटें या बदलें कि उसका मतलब ही बदल जाए।",
                            "पोस्ट में ऐसे ट्रेंडिंग हैशटैग न ठूँसें जिनका विषय से कोई लेना-देना नहीं है।",
                            "ग़लत पोस्ट को पाठकों को बताए बिना चुपचाप डिलीट न करें।",
                        ],
                    },
                ),
                ("heading", "ग़लती को खुलकर सुधारें"),
                (
                    "paragraph",
                    (
                        "<p>ग़लती हर किसी से होती है; मायने यह रखता है कि आप उसे कैसे सँभालते हैं। अगर पता "
                        "चले कि आपकी पोस्ट में कुछ ग़लत था, तो जितनी जल्दी हो सके साफ़ शब्दों में सुधार पोस्ट "
                        "करें: क्या ग़लत था, सही क्या है और सही जानकारी कहाँ से मिली। जिन प्लेटफ़ॉर्म पर यह "
                        "सुविधा हो, वहाँ मूल पोस्ट को एडिट करें या उसमें नोट जोड़ें, ताकि बाद में उसे देखने वालों "
                        "को भी सुधार दिखे। पोस्ट को चुपचाप डिलीट न करें, क्योंकि उसके स्क्रीनशॉट घूमते रहेंगे और "
                        "चुपचाप हटाना कुछ छिपाने जैसा लगता है। खुलकर किया गया सुधार दिखाता है कि आपको "
                        "सही जानकारी की परवाह है, और इससे भरोसा घटता नहीं, आम तौर पर बढ़ता है।</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>सुधार लिखने का आसान तरीका: <b>“सुधार:</b> आज सुबह मैंने लिखा था कि राहत "
                            "शिविर स्कूल में है। ज़िला प्रशासन के आधिकारिक अकाउंट के अनुसार शिविर सामुदायिक "
                            "भवन में है। इस ग़लती के लिए खेद है।” सुधार छोटा और तथ्यों पर आधारित रखें, बहाने "
                            "न बनाएँ।</p>"
                        ),
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "तय करें कि पाठकों को कौन-सी एक बात जाननी चाहिए, और वही सबसे पहले लिखें।",
                        "सरल शब्दों का इस्तेमाल करें और ऐसा स्रोत बताएँ जिसे पाठक जाँच सकें।",
                        "तस्वीरों में ऑल्ट टेक्स्ट जोड़ें, सही समय पर पोस्ट करें और हैशटैग कम से कम रखें।",
                        (
                            "न कैपिटल अक्षरों में चिल्लाना, न अपमान, न बढ़ा-चढ़ाकर बात: शांत पोस्ट ही "
                            "भरोसा कमाती है।"
                        ),
                        "ग़लती हो जाए तो उसे जल्दी और खुलकर सुधारें।",
                    ],
                ),
            ],
        },
    },
    {
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
                        (
                            "Pause whenever a message is urgent, emotional or asks you to share "
                            "quickly."
                        ),
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
                            "रुकें, स्रोत जाँचें, तारीख़ और तस्वीर जाँचें, फिर दो स्वतंत्र और भरोसेमंद स्रोतों से "
                            "मिलान करें।"
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
    },
]
