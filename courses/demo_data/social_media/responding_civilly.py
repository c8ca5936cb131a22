"""Lesson 5 of "Social media skills for volunteers": responding to opponents civilly.

Answering hostile posts quickly and accurately, on the claim and not the person, and
knowing when not to respond at all. Format: courses/demo_data/schema.py.
"""

LESSON = {
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
                        "Quote the specific claim you are correcting and answer that point only.",
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
                    "Speed matters, accuracy matters more: a holding reply buys you time to check.",
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
                        "जाँच के लिए समय चाहिए तो अंतरिम जवाब दें, फिर वादे के मुताबिक़ लौटकर पूरा जवाब दें।",
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
}
