"""Lesson 4 of "Social media skills for volunteers": spotting and exposing fake news.

Signs of manipulated photos, videos, notices and quotes, and a calm debunk that leads
with the fact. Format: courses/demo_data/schema.py.
"""

LESSON = {
    "slug": "exposing-fake-news",
    "minutes": 30,
    "en": {
        "title": "Spotting and exposing fake news with evidence",
        "summary": (
            "Learn the common signs of manipulated photos, videos, notices "
            "and quotes, and how to write a calm debunk that leads with the "
            "fact."
        ),
        "body": [
            (
                "paragraph",
                "<p>Fake news spreads fastest when it looks official or stirs "
                "strong feelings. In this lesson you will learn the common signs "
                "that a photo, video, notice or quote has been manipulated, and "
                "how to write a calm, evidence-based correction that people can "
                "check for themselves. The goal is not to win an argument but to "
                "leave the public better informed.</p>",
            ),
            ("heading", "Signs that a post has been manipulated"),
            (
                "paragraph",
                "<p>Most fakes reuse a handful of tricks. Look for these:</p>"
                "<ul>"
                "<li><b>Old photos recycled:</b> a real picture from another year "
                "or another place is shared as if it were today's news. Weather, "
                "shop signs, vehicles and clothing often give it away.</li>"
                "<li><b>Cropped or morphed media:</b> a video clipped to remove "
                "what came before or after, or an image edited to add or remove "
                "people, text or logos. Look for blurred edges, mismatched "
                "shadows and sudden jumps in the audio.</li>"
                "<li><b>Fake letterheads:</b> a 'government notice' with a wrong "
                "logo, spelling mistakes, no reference number or date, or an "
                "officer's designation that does not exist. Real notices are also "
                "published on the department's official website or account.</li>"
                "<li><b>Quotes without a source:</b> a striking line put in "
                "someone's mouth with no date, venue or video. If a public figure "
                "really said it, there will be a recording or a report of the "
                "event.</li></ul>",
            ),
            (
                "image",
                {
                    "image": "verify-flow",
                    "alt_text": (
                        "A diagram of four numbered steps joined by arrows, running from "
                        "left to right."
                    ),
                    "caption": (
                        "The four-step check: pause, find the original, check the source, "
                        "then compare and decide."
                    ),
                },
            ),
            ("heading", "Practice: spot the fake"),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "OFFICIAL NOTICE: All government schools in the district will "
                        "stay closed for the whole of next month. Share with every parent "
                        "group!"
                    ),
                    "evidence": (
                        "<p>The image of the 'notice' had no reference number, the date "
                        "was written in a format the department does not use, and the "
                        "officer's designation at the bottom does not exist in the "
                        "district. The notice did not appear on the education "
                        "department's official website, and the district administration's "
                        "official account posted that no such order had been issued. "
                        "Schools opened as usual the following week.</p>"
                    ),
                    "verdict": "false",
                },
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "Look at this photo of today's flood in our city: the whole main "
                        "market is under water and nobody from the administration has "
                        "come!"
                    ),
                    "evidence": (
                        "<p>A reverse image search found the same photo published on news "
                        "websites several years earlier, from a flood in a different "
                        "state. The photo itself is real and unedited, but it is not from "
                        "this city or this week, so the post is misleading. Local "
                        "reporters' photos and the district administration's official "
                        "updates showed waterlogging in some low-lying streets with "
                        "relief teams at work, but nothing like the scene in the viral "
                        "picture.</p>"
                    ),
                    "verdict": "misleading",
                },
            ),
            ("heading", "How to write a debunk"),
            (
                "paragraph",
                "<p>A good debunk is short, calm and easy to check. Use this "
                "order:</p>"
                "<ol>"
                "<li><b>Lead with the fact, not the myth.</b> Your first line "
                "should state what is true ('Schools in the district are open as "
                "usual'), because the first line is what people remember and what "
                "shows in previews.</li>"
                "<li><b>Then mention the false claim once, clearly labelled.</b> "
                "Say briefly what is circulating and that it is false or "
                "misleading.</li>"
                "<li><b>Show your evidence.</b> Link to the original source (the "
                "official press release, the department's website, the earlier "
                "news report) or attach a screenshot of it, so readers can check "
                "for themselves.</li>"
                "<li><b>Explain how you checked.</b> One sentence such as 'A "
                "reverse image search shows this photo was first published years "
                "ago' teaches people to check the next one themselves.</li>"
                "<li><b>Stay calm and end with the fact again.</b> No sarcasm, no "
                "blame, no shouting in capital letters: you are writing for the "
                "undecided reader, not for the person who first posted the "
                "fake.</li></ol>",
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "text": (
                        "<p><b>Sample debunk:</b> 'Schools in the district are open as "
                        "usual this month. A notice claiming they will close for a month "
                        "is being shared on messaging groups; it is fake. It has no "
                        "reference number, it is not on the education department's "
                        "official website, and the district administration's official "
                        "account has confirmed that no such order was issued (link). "
                        "Please check the official website before forwarding any school "
                        "notice.'</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p><b>Do not amplify the fake.</b> Never repost or forward the "
                        "fake image, video or notice on its own, even to criticise it: "
                        "screenshots travel without your comment, and the fake reaches "
                        "new people. If you must show it, stamp 'FALSE' or 'MISLEADING' "
                        "clearly across the screenshot, do not link to the original post, "
                        "and place it below the fact in your post.</p>"
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
                    "Watch for the four common tricks: recycled old photos, cropped "
                    "or morphed media, fake letterheads and quotes without a source.",
                    "A real photo placed in the wrong time or place is still misleading.",
                    "Lead with the fact, show the evidence with links or screenshots "
                    "of the original, and explain how you checked.",
                    "Stay calm: write for the undecided reader, not to defeat the "
                    "person who posted.",
                    "Never repost a fake unmarked; label it clearly and keep it below the fact.",
                ],
            ),
        ],
    },
    "hi": {
        "title": "सबूतों के साथ फ़र्ज़ी ख़बरों की पहचान और खंडन",
        "summary": (
            "छेड़छाड़ की गई तस्वीरों, वीडियो, नोटिस और बयानों के आम संकेत "
            "पहचानना और तथ्य से शुरू होने वाला शांत खंडन लिखना सीखें।"
        ),
        "body": [
            (
                "paragraph",
                "<p>फ़र्ज़ी ख़बरें सबसे तेज़ी से तब फैलती हैं जब वे सरकारी लगती "
                "हैं या भावनाएँ भड़काती हैं। इस पाठ में आप सीखेंगे कि किसी फ़ोटो, "
                "वीडियो, नोटिस या बयान से छेड़छाड़ के आम संकेत क्या होते हैं, और "
                "ऐसा शांत, सबूतों पर आधारित खंडन कैसे लिखें जिसे लोग ख़ुद जाँच "
                "सकें। मक़सद बहस जीतना नहीं, बल्कि लोगों तक सही जानकारी पहुँचाना "
                "है।</p>",
            ),
            ("heading", "छेड़छाड़ के संकेत कैसे पहचानें"),
            (
                "paragraph",
                "<p>ज़्यादातर फ़र्ज़ी पोस्ट कुछ गिनी-चुनी चालों से बनाई जाती हैं। "
                "इन पर नज़र रखें:</p>"
                "<ul>"
                "<li><b>पुरानी फ़ोटो, नया दावा:</b> किसी और साल या किसी और जगह की "
                "असली तस्वीर को आज की ख़बर बताकर फैलाया जाता है। मौसम, दुकानों के "
                "बोर्ड, गाड़ियाँ और लोगों के कपड़े अक्सर सच बता देते हैं।</li>"
                "<li><b>काट-छाँटकर या मॉर्फ़ करके बनाए गए फ़ोटो-वीडियो:</b> "
                "वीडियो का आगे-पीछे का हिस्सा काट दिया जाता है, या तस्वीर में "
                "लोग, लिखावट या लोगो जोड़ या हटा दिए जाते हैं। धुँधले किनारों, "
                "बेमेल परछाइयों और आवाज़ में अचानक आए झटकों पर ध्यान दें।</li>"
                "<li><b>फ़र्ज़ी लेटरहेड:</b> ऐसा 'सरकारी नोटिस' जिसमें लोगो ग़लत "
                "हो, वर्तनी की ग़लतियाँ हों, पत्रांक या तारीख़ न हो, या किसी ऐसे "
                "अधिकारी का पद लिखा हो जो होता ही नहीं। असली नोटिस विभाग की "
                "आधिकारिक वेबसाइट या अकाउंट पर भी जारी किए जाते हैं।</li>"
                "<li><b>बिना स्रोत के बयान:</b> किसी के नाम से कोई चौंकाने वाली "
                "बात, जिसके साथ न तारीख़ हो, न जगह, न वीडियो। अगर किसी सार्वजनिक "
                "व्यक्ति ने सच में ऐसा कहा है, तो उसकी रिकॉर्डिंग या कार्यक्रम की "
                "रिपोर्ट ज़रूर मिलेगी।</li></ul>",
            ),
            (
                "image",
                {
                    "image": "verify-flow",
                    "alt_text": ("चार क्रमांकित चरणों का एक चित्र, जिसमें चरण बाएँ से दाएँ तीरों से जुड़े हैं।"),
                    "caption": (
                        "जाँच के चार चरण: रुकें, मूल स्रोत खोजें, स्रोत को परखें, फिर मिलान करके फ़ैसला करें।"
                    ),
                },
            ),
            ("heading", "अभ्यास: फ़र्ज़ी को पहचानिए"),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "सरकारी सूचना: ज़िले के सभी सरकारी स्कूल अगले पूरे महीने बंद "
                        "रहेंगे। हर अभिभावक ग्रुप में शेयर करें!"
                    ),
                    "evidence": (
                        "<p>इस 'नोटिस' की तस्वीर पर कोई पत्रांक नहीं था, तारीख़ उस तरह "
                        "लिखी थी जैसे विभाग कभी नहीं लिखता, और नीचे लिखा अधिकारी का पद "
                        "ज़िले में है ही नहीं। शिक्षा विभाग की आधिकारिक वेबसाइट पर ऐसी "
                        "कोई सूचना नहीं मिली, और ज़िला प्रशासन के आधिकारिक अकाउंट ने साफ़ "
                        "किया कि ऐसा कोई आदेश जारी नहीं हुआ है। अगले हफ़्ते स्कूल रोज़ की "
                        "तरह खुले।</p>"
                    ),
                    "verdict": "false",
                },
            ),
            (
                "spot_the_fake",
                {
                    "claim": (
                        "देखिए आज हमारे शहर में आई बाढ़ की तस्वीर: पूरा मुख्य बाज़ार पानी "
                        "में डूबा है और प्रशासन का कोई आदमी तक नहीं आया!"
                    ),
                    "evidence": (
                        "<p>रिवर्स इमेज सर्च से पता चला कि यही तस्वीर कई साल पहले समाचार "
                        "वेबसाइटों पर छप चुकी है, और वह किसी दूसरे राज्य की बाढ़ की है। "
                        "तस्वीर अपने आप में असली है और उससे छेड़छाड़ नहीं हुई, लेकिन वह न "
                        "इस शहर की है, न इस हफ़्ते की, इसलिए यह पोस्ट भ्रामक है। स्थानीय "
                        "पत्रकारों की तस्वीरों और ज़िला प्रशासन के आधिकारिक अपडेट में कुछ "
                        "निचली गलियों में जलभराव और वहाँ काम करती राहत टीमें दिखीं, पर "
                        "वायरल तस्वीर जैसा दृश्य कहीं नहीं था।</p>"
                    ),
                    "verdict": "misleading",
                },
            ),
            ("heading", "खंडन कैसे लिखें"),
            (
                "paragraph",
                "<p>अच्छा खंडन छोटा, शांत और आसानी से जाँचा जा सकने वाला होता है। "
                "यह क्रम अपनाएँ:</p>"
                "<ol>"
                "<li><b>अफ़वाह से नहीं, तथ्य से शुरुआत करें।</b> पहली पंक्ति में "
                "सच लिखें ('ज़िले के स्कूल रोज़ की तरह खुले हैं'), क्योंकि लोगों "
                "को पहली पंक्ति ही याद रहती है और प्रीव्यू में भी वही दिखती "
                "है।</li>"
                "<li><b>फिर झूठे दावे का ज़िक्र एक बार, साफ़ लेबल के साथ "
                "करें।</b> संक्षेप में बताएँ कि क्या फैलाया जा रहा है और वह झूठा "
                "या भ्रामक है।</li>"
                "<li><b>सबूत दिखाएँ।</b> मूल स्रोत का लिंक दें (आधिकारिक प्रेस "
                "विज्ञप्ति, विभाग की वेबसाइट, पहले छपी ख़बर) या उसका स्क्रीनशॉट "
                "लगाएँ, ताकि पढ़ने वाले ख़ुद जाँच सकें।</li>"
                "<li><b>बताएँ कि आपने कैसे जाँचा।</b> 'रिवर्स इमेज सर्च से पता "
                "चलता है कि यह तस्वीर कई साल पहले छप चुकी है' जैसा एक वाक्य लोगों "
                "को अगली बार ख़ुद जाँचना सिखा देता है।</li>"
                "<li><b>शांत रहें और अंत में तथ्य फिर से दोहराएँ।</b> न ताना, न "
                "आरोप, न ढेर सारे '!!!': आप उस पाठक के लिए लिख रहे हैं जिसने अभी "
                "राय नहीं बनाई है, न कि उस व्यक्ति के लिए जिसने फ़र्ज़ी पोस्ट "
                "सबसे पहले डाली।</li></ol>",
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "text": (
                        "<p><b>खंडन का नमूना:</b> 'इस महीने ज़िले के स्कूल रोज़ की तरह "
                        "खुले हैं। मैसेजिंग ग्रुपों में एक नोटिस फैलाया जा रहा है कि "
                        "स्कूल महीने भर बंद रहेंगे; यह फ़र्ज़ी है। इस पर कोई पत्रांक नहीं "
                        "है, यह शिक्षा विभाग की आधिकारिक वेबसाइट पर भी नहीं है, और ज़िला "
                        "प्रशासन के आधिकारिक अकाउंट ने पुष्टि की है कि ऐसा कोई आदेश जारी "
                        "नहीं हुआ (लिंक)। स्कूल से जुड़ा कोई भी नोटिस फ़ॉरवर्ड करने से "
                        "पहले आधिकारिक वेबसाइट ज़रूर देख लें।'</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p><b>फ़र्ज़ी सामग्री को और न फैलाएँ।</b> फ़र्ज़ी फ़ोटो, वीडियो "
                        "या नोटिस को कभी अकेले रीपोस्ट या फ़ॉरवर्ड न करें, भले ही आप उसकी "
                        "आलोचना कर रहे हों: स्क्रीनशॉट आपकी टिप्पणी के बिना आगे बढ़ जाते "
                        "हैं और फ़र्ज़ी सामग्री नए लोगों तक पहुँच जाती है। अगर दिखाना "
                        "ज़रूरी हो, तो स्क्रीनशॉट पर बीचोंबीच साफ़-साफ़ 'झूठा' या "
                        "'भ्रामक' लिखें, मूल पोस्ट का लिंक न दें, और उसे अपनी पोस्ट में "
                        "तथ्य के नीचे रखें।</p>"
                    ),
                },
            ),
            (
                "document",
                {
                    "document": "verification-checklist",
                    "title": "सत्यापन चेकलिस्ट डाउनलोड करें",
                },
            ),
            (
                "key_takeaways",
                [
                    "चार आम चालों पर नज़र रखें: पुरानी फ़ोटो को नया बताना, काट-छाँटकर "
                    "या मॉर्फ़ करके बनाए गए फ़ोटो-वीडियो, फ़र्ज़ी लेटरहेड और बिना "
                    "स्रोत के बयान।",
                    "ग़लत समय या जगह से जोड़ी गई असली तस्वीर भी भ्रामक ही है।",
                    "तथ्य से शुरुआत करें, मूल स्रोत के लिंक या स्क्रीनशॉट से सबूत दिखाएँ, और बताएँ कि आपने कैसे जाँचा।",
                    "शांत रहें: पोस्ट करने वाले को हराने के लिए नहीं, बल्कि उस पाठक "
                    "के लिए लिखें जिसने अभी राय नहीं बनाई है।",
                    "फ़र्ज़ी सामग्री को बिना लेबल लगाए कभी दोबारा पोस्ट न करें; उस पर "
                    "साफ़ लेबल लगाएँ और उसे तथ्य के नीचे रखें।",
                ],
            ),
        ],
    },
}
