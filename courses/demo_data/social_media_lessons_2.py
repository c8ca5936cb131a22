"""Lessons 4-6 of the course "Social media skills for volunteers", in English and Hindi.

Exposing fake news with evidence, responding civilly to opponents, and digital
safety. The content teaches verification, sourcing, civility and safety; never
harassment, pile-ons or deception. See schema.py for the block format.
"""

LESSONS = [
    {
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
                        "Never repost a fake unmarked; label it clearly and keep it below "
                        "the fact.",
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
                        "alt_text": (
                            "चार क्रमांकित चरणों का एक चित्र, जिसमें चरण बाएँ से दाएँ तीरों से जुड़े हैं।"
                        ),
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
                        "तथ्य से शुरुआत करें, मूल स्रोत के लिंक या स्क्रीनशॉट से सबूत "
                        "दिखाएँ, और बताएँ कि आपने कैसे जाँचा।",
                        "शांत रहें: पोस्ट करने वाले को हराने के लिए नहीं, बल्कि उस पाठक "
                        "के लिए लिखें जिसने अभी राय नहीं बनाई है।",
                        "फ़र्ज़ी सामग्री को बिना लेबल लगाए कभी दोबारा पोस्ट न करें; उस पर "
                        "साफ़ लेबल लगाएँ और उसे तथ्य के नीचे रखें।",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "responding-civilly",
        "minutes": 25,
        "en": {
            "title": "Responding to opponents civilly and quickly",
            "summary": (
                "How to answer hostile posts quickly and accurately, address the "
                "claim rather than the person, and recognise when not to respond "
                "at all."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>You will often see posts that attack your organisation's work "
                    "or spread a wrong claim about it. How you reply matters as much "
                    "as what you say: a calm, sourced answer persuades the people "
                    "reading silently, while an angry one only makes the argument "
                    "louder. This lesson shows how to respond quickly, accurately and "
                    "respectfully, and when it is wiser to stay silent.</p>",
                ),
                ("heading", "Respond to the claim, not the person"),
                (
                    "paragraph",
                    "<p>Separate the claim from the person making it. Pick out the "
                    "specific statement that is wrong (a number, a date, what a "
                    "scheme actually does) and answer only that, with a source. Do "
                    "not comment on the person's motives, intelligence, background or "
                    "beliefs; even if they are rude, your reply is read by many "
                    "others who will judge you by your tone. Often the person posting "
                    "has simply been misinformed, and a respectful correction is the "
                    "fastest way to change their mind.</p>",
                ),
                ("heading", "Speed with accuracy"),
                (
                    "paragraph",
                    "<p>A wrong claim spreads fast, so a quick reply helps, but a "
                    "quick wrong reply does lasting damage. If you cannot confirm the "
                    "facts within minutes, post a short holding reply such as 'Thanks "
                    "for raising this. We're checking with the official source and "
                    "will reply here shortly.' Then verify, and come back with the "
                    "facts and a link within the time you promised. Keep a small set "
                    "of verified links ready (official press releases, the scheme's "
                    "official portal, the district administration's official account) "
                    "so the full answer takes minutes, not hours.</p>",
                ),
                ("heading", "Tone: respectful, never mocking"),
                (
                    "paragraph",
                    "<p>Write as you would speak to a neighbour at a public meeting. "
                    "No name-calling, no mockery, no sarcastic memes and no laughing "
                    "emojis at someone's expense, even when the other side uses them. "
                    "Thank people for raising a question, acknowledge real concerns "
                    "('It's natural to worry when payments are late'), and keep "
                    "sentences short and plain. If you notice you are angry, step "
                    "away and reply later, or hand the reply to a teammate.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "text": (
                            "<p><b>Hostile post:</b> 'This ration scheme is a total scam. "
                            "Nobody in my village has got a single grain. You people just "
                            "lie!'</p>"
                            "<p><b>A good civil reply:</b> 'I'm sorry to hear that families "
                            "in your village haven't received their ration; that needs "
                            "sorting out. According to the official press release on the "
                            "scheme (link), eligible families can check their status on the "
                            "official portal or at the block office, and the release lists a "
                            "helpline for complaints. If you share the village name, we will "
                            "pass it to our team so someone can help follow it up.'</p>"
                            "<p>The reply ignores the insult, answers the concern, cites the "
                            "source and offers practical help.</p>"
                        ),
                    },
                ),
                (
                    "video",
                    {
                        "url": "https://example.org/training-videos/responding-civilly",
                        "title": "One hostile post, three replies",
                        "duration_minutes": 6,
                        "transcript": (
                            "The video shows one hostile comment about a public scheme "
                            "answered in three ways: an angry reply that mocks the commenter, "
                            "a fast but inaccurate reply, and a calm reply that first posts a "
                            "holding message and then returns with the official source. The "
                            "trainer explains how each reply came across to people reading "
                            "the thread and why the third one persuaded more of them. It ends "
                            "with a four-point checklist for replying: claim, source, tone "
                            "and follow-up."
                        ),
                    },
                ),
                ("heading", "When not to respond"),
                (
                    "paragraph",
                    "<p>Not every post deserves a reply. Trolls and bad-faith "
                    "accounts post to provoke you: they ignore sources, keep shifting "
                    "the goalposts, repeat the same insult, or try to bait you into "
                    "saying something that can be screenshotted and spread. Once you "
                    "have stated the facts once, do not keep arguing; mute, ignore, "
                    "or report the account under the platform's rules. If a post "
                    "contains a threat of violence, shares someone's personal details "
                    "or targets a volunteer, do not reply at all: take screenshots "
                    "with the date and link, and escalate to your team lead straight "
                    "away.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><b>Never coordinate pile-ons.</b> Do not ask other volunteers "
                            "to flood someone's post with replies, tag them again and again, "
                            "mass-report them without a genuine rule violation, or share "
                            "their post so that others can attack it. This is harassment even "
                            "when the person is wrong or rude, and it breaks our code of "
                            "conduct. One calm, sourced reply is enough; if more needs to be "
                            "done, the team lead decides.</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "Quote the specific claim you are correcting and answer that "
                            "point only.",
                            "Link to the original source: the official press release, portal "
                            "or account.",
                            "Post a holding reply if you need time to check, then follow up "
                            "as promised.",
                            "Acknowledge genuine concerns and thank people for asking.",
                            "Screenshot threats, note the date and link, and escalate them to "
                            "your team lead.",
                        ],
                        "donts": [
                            "Don't call names, mock, or use sarcastic memes or emojis.",
                            "Don't comment on anyone's motives, looks, religion, caste or family.",
                            "Don't guess at facts to reply faster.",
                            "Don't keep arguing with trolls or reply to obvious bait.",
                            "Don't ask others to pile on, mass-tag or mass-report anyone.",
                        ],
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "Answer the claim with a source; leave the person's character out of it.",
                        "Speed matters, accuracy matters more: a holding reply buys you "
                        "time to check.",
                        "A respectful tone persuades silent readers; mockery and "
                        "name-calling never do.",
                        "Don't feed trolls; escalate threats and doxxing to your team lead.",
                        "One calm reply is enough. Never organise a pile-on.",
                    ],
                ),
            ],
        },
        "hi": {
            "title": "विरोधियों को शालीनता और तेज़ी से जवाब देना",
            "summary": (
                "तीखी पोस्टों का जवाब जल्दी और सही कैसे दें, व्यक्ति पर नहीं "
                "बल्कि दावे पर बात कैसे करें, और कब जवाब न देना ही बेहतर है।"
            ),
            "body": [
                (
                    "paragraph",
                    "<p>आपको अक्सर ऐसी पोस्ट दिखेंगी जिनमें आपके संगठन के काम पर हमला "
                    "किया गया हो या उसके बारे में कोई ग़लत दावा फैलाया गया हो। आप "
                    "क्या कहते हैं, यह जितना ज़रूरी है, उतना ही ज़रूरी यह है कि कैसे "
                    "कहते हैं: शांत और स्रोत के साथ दिया गया जवाब चुपचाप पढ़ रहे "
                    "लोगों को क़ायल करता है, जबकि ग़ुस्से वाला जवाब सिर्फ़ बहस का शोर "
                    "बढ़ाता है। यह पाठ बताता है कि जल्दी, सही और सम्मान के साथ जवाब "
                    "कैसे दें, और कब चुप रहना ही समझदारी है।</p>",
                ),
                ("heading", "व्यक्ति पर नहीं, दावे पर जवाब दें"),
                (
                    "paragraph",
                    "<p>दावे और दावा करने वाले व्यक्ति को अलग-अलग करके देखें। वह ख़ास "
                    "बात पहचानें जो ग़लत है (कोई आँकड़ा, कोई तारीख़, या योजना असल में "
                    "क्या करती है) और सिर्फ़ उसी का जवाब स्रोत के साथ दें। सामने वाले "
                    "की नीयत, समझ, पृष्ठभूमि या विचारों पर टिप्पणी न करें; वह रूखा हो "
                    "तब भी आपका जवाब बहुत-से दूसरे लोग पढ़ते हैं, जो आपको आपके लहजे "
                    "से परखेंगे। अक्सर पोस्ट करने वाले को बस ग़लत जानकारी मिली होती "
                    "है, और सम्मान से किया गया सुधार ही उसकी राय बदलने का सबसे तेज़ "
                    "रास्ता है।</p>",
                ),
                ("heading", "तेज़ी भी, सटीकता भी"),
                (
                    "paragraph",
                    "<p>ग़लत दावा तेज़ी से फैलता है, इसलिए जल्दी जवाब देना मददगार है, "
                    "लेकिन जल्दबाज़ी में दिया गया ग़लत जवाब लंबे समय तक नुक़सान करता "
                    "है। अगर आप कुछ ही मिनटों में तथ्य पक्के नहीं कर पा रहे, तो पहले "
                    "एक छोटा अंतरिम जवाब दें, जैसे: 'यह मुद्दा उठाने के लिए धन्यवाद। "
                    "हम आधिकारिक स्रोत से पुष्टि कर रहे हैं और जल्द ही यहीं जवाब "
                    "देंगे।' फिर जाँच करें और जितना समय कहा था, उसके भीतर तथ्य और "
                    "लिंक के साथ लौटें। भरोसेमंद लिंक का एक छोटा संग्रह (आधिकारिक "
                    "प्रेस विज्ञप्तियाँ, योजना का आधिकारिक पोर्टल, ज़िला प्रशासन का "
                    "आधिकारिक अकाउंट) पहले से तैयार रखें, ताकि पूरा जवाब घंटों में "
                    "नहीं, मिनटों में तैयार हो जाए।</p>",
                ),
                ("heading", "लहजा: सम्मानजनक, मज़ाक़ उड़ाने वाला कभी नहीं"),
                (
                    "paragraph",
                    "<p>ऐसे लिखें जैसे किसी आम सभा में अपने पड़ोसी से बात कर रहे हों। "
                    "न किसी को बुरे नाम से पुकारें, न मज़ाक़ उड़ाएँ, न तंज़ वाले मीम "
                    "डालें और न किसी पर हँसने वाले इमोजी लगाएँ, चाहे दूसरा पक्ष ऐसा "
                    "ही क्यों न कर रहा हो। सवाल उठाने के लिए धन्यवाद दें, असली चिंता "
                    "को स्वीकार करें ('भुगतान में देरी हो तो फ़िक्र होना स्वाभाविक "
                    "है'), और वाक्य छोटे व सरल रखें। अगर आपको ग़ुस्सा आ रहा हो, तो "
                    "थोड़ी देर रुककर बाद में जवाब दें, या जवाब देने का काम किसी साथी "
                    "को सौंप दें।</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "text": (
                            "<p><b>तीखी पोस्ट:</b> 'यह राशन योजना पूरा घोटाला है। मेरे गाँव "
                            "में किसी को एक दाना तक नहीं मिला। तुम लोग बस झूठ बोलते हो!'</p>"
                            "<p><b>शालीन और अच्छा जवाब:</b> 'यह जानकर दुख हुआ कि आपके गाँव के "
                            "परिवारों को राशन नहीं मिला; इसे ज़रूर सुलझाया जाना चाहिए। योजना "
                            "की आधिकारिक प्रेस विज्ञप्ति (लिंक) के मुताबिक़ पात्र परिवार "
                            "आधिकारिक पोर्टल पर या ब्लॉक कार्यालय में अपनी स्थिति देख सकते "
                            "हैं, और शिकायत के लिए विज्ञप्ति में हेल्पलाइन भी दी गई है। अगर "
                            "आप गाँव का नाम बताएँ, तो हम इसे अपनी टीम तक पहुँचाएँगे ताकि कोई "
                            "आगे मदद कर सके।'</p>"
                            "<p>यह जवाब अपमान को नज़रअंदाज़ करता है, चिंता का उत्तर देता है, "
                            "स्रोत बताता है और व्यावहारिक मदद की पेशकश करता है।</p>"
                        ),
                    },
                ),
                (
                    "video",
                    {
                        "url": "https://example.org/training-videos/responding-civilly",
                        "title": "एक तीखी पोस्ट, तीन जवाब",
                        "duration_minutes": 6,
                        "transcript": (
                            "इस वीडियो में किसी सरकारी योजना पर आई एक ही तीखी टिप्पणी के तीन "
                            "जवाब दिखाए गए हैं: एक ग़ुस्से वाला जवाब जो टिप्पणी करने वाले का "
                            "मज़ाक़ उड़ाता है, एक जल्दी में दिया गया पर ग़लत जवाब, और एक शांत "
                            "जवाब जो पहले अंतरिम संदेश देता है और फिर आधिकारिक स्रोत के साथ "
                            "लौटता है। प्रशिक्षक समझाते हैं कि थ्रेड पढ़ने वालों पर हर जवाब "
                            "का क्या असर पड़ा और तीसरा जवाब ज़्यादा लोगों को क्यों क़ायल कर "
                            "पाया। अंत में जवाब देने की चार बिंदुओं वाली चेकलिस्ट दी गई है: "
                            "दावा, स्रोत, लहजा और फ़ॉलो-अप।"
                        ),
                    },
                ),
                ("heading", "कब जवाब न दें"),
                (
                    "paragraph",
                    "<p>हर पोस्ट जवाब के लायक नहीं होती। ट्रोल और बदनीयत अकाउंट आपको "
                    "उकसाने के लिए पोस्ट करते हैं: वे स्रोतों को अनदेखा करते हैं, "
                    "बार-बार बात बदलते हैं, एक ही अपमान दोहराते हैं, या आपसे कुछ ऐसा "
                    "कहलवाने की कोशिश करते हैं जिसका स्क्रीनशॉट लेकर फैलाया जा सके। "
                    "एक बार तथ्य रख देने के बाद बहस जारी न रखें; अकाउंट को म्यूट "
                    "करें, नज़रअंदाज़ करें, या प्लेटफ़ॉर्म के नियमों के तहत रिपोर्ट "
                    "करें। अगर किसी पोस्ट में हिंसा की धमकी हो, किसी की निजी जानकारी "
                    "डाली गई हो या किसी स्वयंसेवक को निशाना बनाया गया हो, तो बिल्कुल "
                    "जवाब न दें: तारीख़ और लिंक के साथ स्क्रीनशॉट लें और तुरंत अपने "
                    "टीम लीड को बताएँ।</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><b>किसी पर सामूहिक हमला कभी न करवाएँ।</b> दूसरे स्वयंसेवकों "
                            "से यह न कहें कि किसी की पोस्ट पर जवाबों की बौछार कर दें, उसे "
                            "बार-बार टैग करें, बिना किसी असली नियम-उल्लंघन के उसे मिलकर "
                            "रिपोर्ट करें, या उसकी पोस्ट इसलिए शेयर करें ताकि दूसरे उस पर टूट "
                            "पड़ें। सामने वाला ग़लत हो या बदतमीज़ी करे, तब भी यह उत्पीड़न है "
                            "और हमारी आचार संहिता के ख़िलाफ़ है। स्रोत के साथ दिया गया एक "
                            "शांत जवाब काफ़ी है; इससे आगे कुछ करना हो, तो फ़ैसला टीम लीड "
                            "करेंगे।</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "जिस दावे को सुधार रहे हैं, उसे साफ़ लिखें और सिर्फ़ उसी बात का जवाब दें।",
                            "मूल स्रोत का लिंक दें: आधिकारिक प्रेस विज्ञप्ति, पोर्टल या अकाउंट।",
                            "जाँच के लिए समय चाहिए तो अंतरिम जवाब दें, फिर वादे के मुताबिक़ "
                            "लौटकर पूरा जवाब दें।",
                            "असली चिंताओं को स्वीकार करें और सवाल पूछने के लिए धन्यवाद दें।",
                            "धमकियों का स्क्रीनशॉट लें, तारीख़ और लिंक नोट करें और उन्हें टीम लीड तक पहुँचाएँ।",
                        ],
                        "donts": [
                            "किसी को बुरे नाम से न पुकारें, मज़ाक़ न उड़ाएँ, तंज़ वाले मीम या इमोजी न डालें।",
                            "किसी की नीयत, शक्ल-सूरत, धर्म, जाति या परिवार पर टिप्पणी न करें।",
                            "जल्दी जवाब देने के चक्कर में अंदाज़े से तथ्य न लिखें।",
                            "ट्रोल से बहस में न उलझें और साफ़ दिख रहे उकसावे का जवाब न दें।",
                            "किसी पर मिलकर हमला करने, उसे थोक में टैग या रिपोर्ट करने के लिए दूसरों से न कहें।",
                        ],
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "दावे का जवाब स्रोत के साथ दें; व्यक्ति के चरित्र को बीच में न लाएँ।",
                        "तेज़ी ज़रूरी है, पर सटीकता उससे भी ज़्यादा: अंतरिम जवाब से जाँच का समय मिल जाता है।",
                        "सम्मानजनक लहजा चुपचाप पढ़ रहे लोगों को क़ायल करता है; मज़ाक़ और गाली-गलौज कभी नहीं।",
                        "ट्रोल को बढ़ावा न दें; धमकी और निजी जानकारी उजागर करने "
                        "(डॉक्सिंग) के मामले टीम लीड तक पहुँचाएँ।",
                        "एक शांत जवाब काफ़ी है। किसी पर सामूहिक हमला कभी न करवाएँ।",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "digital-safety",
        "minutes": 25,
        "en": {
            "title": "Digital safety and privacy",
            "summary": (
                "Protect your accounts with strong passwords and two-step "
                "verification, spot phishing, guard personal data, and know what "
                "to do when things go wrong."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Volunteers who speak up online are more likely to be targeted "
                    "by hackers, scammers and abusive accounts. A hijacked account "
                    "can be used to post fakes in your name, and leaked personal "
                    "details can put you and your family at risk. The habits in this "
                    "lesson take less than an hour to set up and protect you every "
                    "day after that.</p>",
                ),
                ("heading", "Strong passwords and two-step verification"),
                (
                    "paragraph",
                    "<p>Use a different, long password for every account; a "
                    "passphrase of four or five unrelated words is easier to remember "
                    "and harder to guess than a short word with symbols added. A "
                    "password manager app can create and store these for you, so you "
                    "only need to remember one strong master password. Then turn on "
                    "two-step verification (also called two-factor authentication) "
                    "for your email and every social media account, preferably with "
                    "an authenticator app rather than SMS. Keep the backup codes "
                    "somewhere safe and offline, so you can get back in if you lose "
                    "your phone.</p>",
                ),
                (
                    "image",
                    {
                        "image": "phone-safety",
                        "alt_text": "A smartphone with a large padlock in front of its screen.",
                        "caption": "Lock your accounts before someone else gets in.",
                    },
                ),
                ("heading", "Spotting phishing and fake 'verify your account' messages"),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><b>Phishing messages pretend to come from the platform, your "
                            "bank or even your own team, in order to steal your password or "
                            "one-time code.</b> Watch for these signs:</p>"
                            "<ul>"
                            "<li>Urgent threats such as 'Verify your account within 24 hours "
                            "or it will be deleted' or 'Your page has violated "
                            "copyright'.</li>"
                            "<li>Links whose address is misspelt or does not belong to the "
                            "real site, often hidden behind a short link.</li>"
                            "<li>Requests for your password, OTP or backup codes: no genuine "
                            "platform or team lead will ever ask for these.</li>"
                            "<li>Offers of a verified badge or a prize in exchange for "
                            "logging in.</li></ul>"
                            "<p>Do not click. To check any notice, open the app yourself or "
                            "type the website address yourself, and report the message to "
                            "your team lead.</p>"
                        ),
                    },
                ),
                ("heading", "Privacy: yours and other people's"),
                (
                    "paragraph",
                    "<p>Review the privacy settings on each platform: hide your phone "
                    "number and email from your public profile, limit who can see "
                    "your friends list and who can tag you, and turn off location "
                    "sharing on posts. Think before posting photos that reveal your "
                    "home, your children's school or your daily routine. Give others "
                    "the same protection: never share anyone's phone number, address, "
                    "workplace or family details, including an opponent's, and blur "
                    "such details in screenshots before posting. Exposing someone's "
                    "personal information (doxxing) can put them in real danger and "
                    "is never acceptable.</p>",
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "Use a unique passphrase for every account and store it in a "
                            "password manager.",
                            "Turn on two-step verification for your email and all social "
                            "media accounts.",
                            "Check your privacy settings every few months and after app updates.",
                            "Blur phone numbers, addresses and private people's faces in "
                            "screenshots.",
                            "Log out of shared or public devices and remove old devices from "
                            "your accounts.",
                        ],
                        "donts": [
                            "Don't reuse passwords or send them over chat or SMS, even to "
                            "teammates.",
                            "Don't click 'verify your account' links in messages or emails.",
                            "Don't give anyone your OTP or backup codes.",
                            "Don't post your own or anyone else's address, phone number or "
                            "family details.",
                            "Don't log in to team accounts on unknown Wi-Fi or on other "
                            "people's phones.",
                        ],
                    },
                ),
                ("heading", "When something goes wrong"),
                (
                    "paragraph",
                    "<p>If you think an account has been compromised (you see posts "
                    "or messages you did not send, or login alerts you don't "
                    "recognise), act quickly:</p>"
                    "<ol>"
                    "<li>Change the password through the platform's official recovery "
                    "page, starting with your email account.</li>"
                    "<li>Log out of all other sessions and remove unknown devices and "
                    "connected apps.</li>"
                    "<li>Turn on two-step verification if it was off, and save new "
                    "backup codes.</li>"
                    "<li>Tell your team lead at once, so they can warn others and "
                    "watch for fake posts in your name.</li>"
                    "<li>Once you are back in, post a short note asking contacts to "
                    "ignore any messages sent while you were locked out.</li></ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p><b>Look after yourself when facing abuse.</b> Abuse aimed at "
                            "you is not a measure of your worth, and you do not have to read "
                            "every comment. Use mute, block, keyword filters and "
                            "reply-limiting settings freely, and take regular breaks away "
                            "from your phone. Keep a record of serious abuse (screenshots "
                            "with dates and links) and hand it to your team lead rather than "
                            "carrying it alone. If it is affecting your sleep or mood, say "
                            "so: stepping back for a while is sensible, not a failure.</p>"
                        ),
                    },
                ),
                (
                    "document",
                    {
                        "document": "safety-checklist",
                        "title": "Download the digital safety checklist",
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "A unique passphrase for each account, kept in a password "
                        "manager, plus two-step verification protects against most "
                        "account takeovers.",
                        "No genuine platform or team lead will ever ask for your "
                        "password, OTP or backup codes.",
                        "Check any 'verify your account' notice by opening the app "
                        "yourself, never through a link in a message.",
                        "Protect personal details: yours and everyone else's, opponents' included.",
                        "If hacked: recover the account, log out everywhere, turn on "
                        "two-step verification and tell your team lead.",
                        "Your wellbeing matters: mute freely, take breaks and share the "
                        "load with your team.",
                    ],
                ),
            ],
        },
        "hi": {
            "title": "डिजिटल सुरक्षा और निजता",
            "summary": (
                "मज़बूत पासवर्ड और टू-स्टेप वेरिफ़िकेशन से अपने अकाउंट सुरक्षित "
                "रखें, फ़िशिंग पहचानें, निजी जानकारी बचाएँ और जानें कि मुश्किल "
                "आने पर क्या करना है।"
            ),
            "body": [
                (
                    "paragraph",
                    "<p>जो स्वयंसेवक ऑनलाइन खुलकर बोलते हैं, उन्हें हैकर, ठग और "
                    "गाली-गलौज करने वाले अकाउंट ज़्यादा निशाना बनाते हैं। हैक हुए "
                    "अकाउंट से आपके नाम पर फ़र्ज़ी पोस्ट डाली जा सकती हैं, और लीक हुई "
                    "निजी जानकारी आपको और आपके परिवार को ख़तरे में डाल सकती है। इस "
                    "पाठ की आदतें अपनाने में एक घंटे से भी कम समय लगता है, और उसके "
                    "बाद ये हर दिन आपकी हिफ़ाज़त करती हैं।</p>",
                ),
                ("heading", "मज़बूत पासवर्ड और टू-स्टेप वेरिफ़िकेशन"),
                (
                    "paragraph",
                    "<p>हर अकाउंट के लिए अलग और लंबा पासवर्ड रखें; चार-पाँच बेमेल "
                    "शब्दों से बना पासफ़्रेज़ याद रखना आसान होता है और किसी छोटे शब्द "
                    "में चिह्न जोड़ देने से कहीं ज़्यादा सुरक्षित होता है। पासवर्ड "
                    "मैनेजर ऐप ऐसे पासवर्ड बना भी देता है और सँभालकर भी रखता है, "
                    "जिससे आपको सिर्फ़ एक मज़बूत मास्टर पासवर्ड याद रखना पड़ता है। "
                    "इसके बाद अपने ईमेल और हर सोशल मीडिया अकाउंट पर टू-स्टेप "
                    "वेरिफ़िकेशन (जिसे टू-फ़ैक्टर ऑथेंटिकेशन भी कहते हैं) चालू करें, "
                    "और हो सके तो SMS की जगह ऑथेंटिकेटर ऐप का इस्तेमाल करें। बैकअप "
                    "कोड किसी सुरक्षित जगह ऑफ़लाइन रखें, ताकि फ़ोन खो जाने पर भी आप "
                    "अपने अकाउंट में वापस जा सकें।</p>",
                ),
                (
                    "image",
                    {
                        "image": "phone-safety",
                        "alt_text": "एक स्मार्टफ़ोन, जिसकी स्क्रीन के सामने एक बड़ा ताला बना है।",
                        "caption": "इससे पहले कि कोई और घुस आए, अपने अकाउंट पर ताला लगाइए।",
                    },
                ),
                ("heading", "फ़िशिंग और 'अकाउंट वेरिफ़ाई करें' वाले फ़र्ज़ी मैसेज पहचानें"),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><b>फ़िशिंग मैसेज ख़ुद को प्लेटफ़ॉर्म, आपका बैंक या आपकी अपनी "
                            "टीम बताकर आपका पासवर्ड या OTP चुराने की कोशिश करते हैं।</b> इन "
                            "संकेतों पर ध्यान दें:</p>"
                            "<ul>"
                            "<li>डराने वाली जल्दबाज़ी, जैसे '24 घंटे में अपना अकाउंट वेरिफ़ाई "
                            "करें, वरना यह डिलीट हो जाएगा' या 'आपके पेज ने कॉपीराइट का "
                            "उल्लंघन किया है'।</li>"
                            "<li>ऐसे लिंक जिनके पते की स्पेलिंग गड़बड़ हो या जो असली वेबसाइट "
                            "के न हों; ये अक्सर शॉर्ट लिंक के पीछे छिपे होते हैं।</li>"
                            "<li>पासवर्ड, OTP या बैकअप कोड की माँग: कोई भी असली प्लेटफ़ॉर्म "
                            "या टीम लीड ये कभी नहीं माँगेगा।</li>"
                            "<li>लॉग-इन करने के बदले ब्लू टिक या इनाम का लालच।</li></ul>"
                            "<p>लिंक पर क्लिक न करें। किसी भी सूचना की जाँच के लिए ऐप ख़ुद "
                            "खोलें या वेबसाइट का पता ख़ुद टाइप करें, और उस मैसेज के बारे में "
                            "अपने टीम लीड को बताएँ।</p>"
                        ),
                    },
                ),
                ("heading", "निजता: आपकी भी, दूसरों की भी"),
                (
                    "paragraph",
                    "<p>हर प्लेटफ़ॉर्म की प्राइवेसी सेटिंग्स जाँचें: अपनी पब्लिक "
                    "प्रोफ़ाइल से फ़ोन नंबर और ईमेल छिपाएँ, यह सीमित करें कि आपकी "
                    "फ़्रेंड लिस्ट कौन देख सकता है और आपको कौन टैग कर सकता है, और "
                    "पोस्ट के साथ लोकेशन शेयर करना बंद रखें। ऐसी तस्वीरें पोस्ट करने "
                    "से पहले सोचें जिनसे आपका घर, बच्चों का स्कूल या आपकी रोज़ की "
                    "दिनचर्या पता चलती हो। दूसरों को भी यही सुरक्षा दें: किसी का फ़ोन "
                    "नंबर, पता, दफ़्तर या परिवार की जानकारी कभी शेयर न करें, विरोधी "
                    "की भी नहीं, और स्क्रीनशॉट पोस्ट करने से पहले ऐसी जानकारी धुँधली "
                    "कर दें। किसी की निजी जानकारी सार्वजनिक करना (डॉक्सिंग) उसे सचमुच "
                    "ख़तरे में डाल सकता है और यह कभी स्वीकार्य नहीं है।</p>",
                ),
                (
                    "do_dont",
                    {
                        "dos": [
                            "हर अकाउंट के लिए अलग पासफ़्रेज़ रखें और उसे पासवर्ड मैनेजर में सहेजें।",
                            "अपने ईमेल और सभी सोशल मीडिया अकाउंट पर टू-स्टेप वेरिफ़िकेशन चालू करें।",
                            "हर कुछ महीनों में और ऐप अपडेट होने के बाद अपनी प्राइवेसी सेटिंग्स जाँचें।",
                            "स्क्रीनशॉट में फ़ोन नंबर, पते और आम लोगों के चेहरे धुँधले कर दें।",
                            "साझा या सार्वजनिक डिवाइस से लॉग-आउट करें और पुराने डिवाइस अपने "
                            "अकाउंट से हटा दें।",
                        ],
                        "donts": [
                            "एक ही पासवर्ड कई जगह न रखें, और उसे चैट या SMS पर न भेजें, साथियों को भी नहीं।",
                            "मैसेज या ईमेल में आए 'अकाउंट वेरिफ़ाई करें' वाले लिंक पर क्लिक न करें।",
                            "अपना OTP या बैकअप कोड किसी को न दें।",
                            "अपना या किसी और का पता, फ़ोन नंबर या परिवार की जानकारी पोस्ट न करें।",
                            "अनजान वाई-फ़ाई पर या दूसरों के फ़ोन से टीम के अकाउंट में लॉग-इन न करें।",
                        ],
                    },
                ),
                ("heading", "जब कुछ गड़बड़ हो जाए"),
                (
                    "paragraph",
                    "<p>अगर आपको लगे कि कोई अकाउंट हैक हो गया है (उसमें ऐसी पोस्ट या "
                    "मैसेज दिखें जो आपने नहीं भेजे, या अनजान लॉग-इन अलर्ट आएँ), तो "
                    "तुरंत कदम उठाएँ:</p>"
                    "<ol>"
                    "<li>प्लेटफ़ॉर्म के आधिकारिक रिकवरी पेज से पासवर्ड बदलें, और "
                    "शुरुआत अपने ईमेल अकाउंट से करें।</li>"
                    "<li>बाक़ी सभी डिवाइस से लॉग-आउट करें और अनजान डिवाइस व जुड़े हुए "
                    "ऐप हटा दें।</li>"
                    "<li>टू-स्टेप वेरिफ़िकेशन बंद था तो उसे चालू करें, और नए बैकअप "
                    "कोड सँभालकर रखें।</li>"
                    "<li>अपने टीम लीड को फ़ौरन बताएँ, ताकि वे दूसरों को सावधान कर "
                    "सकें और आपके नाम से डाली गई फ़र्ज़ी पोस्ट पर नज़र रख सकें।</li>"
                    "<li>अकाउंट वापस मिलने पर एक छोटी पोस्ट डालें कि जिस दौरान अकाउंट "
                    "आपके हाथ में नहीं था, उस बीच आए मैसेज को लोग नज़रअंदाज़ "
                    "करें।</li></ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p><b>गाली-गलौज और ट्रोलिंग झेलते समय अपना ख़याल रखें।</b> आप पर "
                            "किए गए हमले आपकी क़ीमत तय नहीं करते, और हर कमेंट पढ़ना ज़रूरी "
                            "नहीं है। म्यूट, ब्लॉक, कीवर्ड फ़िल्टर और जवाब सीमित करने वाली "
                            "सेटिंग्स का बेझिझक इस्तेमाल करें, और बीच-बीच में फ़ोन से दूर "
                            "रहकर आराम करें। गंभीर दुर्व्यवहार का रिकॉर्ड (तारीख़ और लिंक के "
                            "साथ स्क्रीनशॉट) रखें और उसे अकेले ढोने के बजाय अपने टीम लीड को "
                            "सौंप दें। अगर इसका असर आपकी नींद या मन पर पड़ रहा हो, तो खुलकर "
                            "बताएँ: कुछ समय के लिए पीछे हटना समझदारी है, हार नहीं।</p>"
                        ),
                    },
                ),
                (
                    "document",
                    {
                        "document": "safety-checklist",
                        "title": "डिजिटल सुरक्षा चेकलिस्ट डाउनलोड करें",
                    },
                ),
                (
                    "key_takeaways",
                    [
                        "हर अकाउंट का अलग पासफ़्रेज़, पासवर्ड मैनेजर में सुरक्षित, और साथ "
                        "में टू-स्टेप वेरिफ़िकेशन: इससे ज़्यादातर अकाउंट हैक होने से बच "
                        "जाते हैं।",
                        "कोई भी असली प्लेटफ़ॉर्म या टीम लीड आपसे पासवर्ड, OTP या बैकअप कोड कभी नहीं माँगेगा।",
                        "'अकाउंट वेरिफ़ाई करें' जैसी किसी भी सूचना की जाँच ऐप ख़ुद खोलकर "
                        "करें, मैसेज में आए लिंक से कभी नहीं।",
                        "निजी जानकारी की रक्षा करें: अपनी भी, दूसरों की भी, और विरोधियों की भी।",
                        "हैक होने पर: अकाउंट वापस पाएँ, हर जगह से लॉग-आउट करें, टू-स्टेप "
                        "वेरिफ़िकेशन चालू करें और टीम लीड को बताएँ।",
                        "आपकी सेहत मायने रखती है: बेझिझक म्यूट करें, ब्रेक लें और बोझ अपनी टीम के साथ बाँटें।",
                    ],
                ),
            ],
        },
    },
]
