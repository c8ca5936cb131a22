"""Lesson 2 of "Social media skills for volunteers": writing a good post.

A clear, sourced and accessible post, and correcting a mistake openly.
Format: courses/demo_data/schema.py.
"""

LESSON = {
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
                    ("Add alt text to images, post at a useful time and use hashtags sparingly."),
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
}
