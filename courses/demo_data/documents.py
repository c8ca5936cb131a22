"""Text of the downloadable PDF checklists, in English and Hindi.

The loader renders each entry to a PDF. Keys match schema.DOCUMENT_KEYS; each item is one
actionable line.
"""

DOCUMENTS = {
    "verification-checklist": {
        "en": {
            "title": "Before you share: verification checklist",
            "intro": "Run through this list before you post or forward any claim, photo or video. "
            "If you cannot tick the key items, do not share it.",
            "items": [
                "Find who first published it: look for the original source, not just the person "
                "who forwarded it.",
                "Check the date: is this new, or an old story or photo being passed round again?",
                "Run a reverse image search on photos and key video frames to see where they "
                "first appeared.",
                "Look for the claim on the official website or verified account of the body "
                "concerned.",
                "Confirm it with two independent, reliable sources that did not copy each other.",
                "On any 'official' letter or notice, check the letterhead, reference number, date "
                "and signatory.",
                "Watch for warning signs: urgency, ALL CAPS, 'forward to everyone', no source, "
                "edited-looking images.",
                "Read the full article or watch the full video, not just the headline or a short "
                "clip.",
                "If you cannot verify it, do not share it, even if it supports our side.",
                "When you do share, link the source so that readers can check it themselves.",
            ],
        },
        "hi": {
            "title": "शेयर करने से पहले: जाँच की चेकलिस्ट",
            "intro": "कोई भी दावा, फ़ोटो या वीडियो पोस्ट या फ़ॉरवर्ड करने से पहले यह सूची ज़रूर "
            "देखें। अगर मुख्य बातें पक्की न हों, तो उसे शेयर न करें।",
            "items": [
                "पता करें कि इसे सबसे पहले किसने प्रकाशित किया: सिर्फ़ फ़ॉरवर्ड करने वाले को नहीं, "
                "मूल स्रोत को खोजें।",
                "तारीख़ देखें: क्या यह नई ख़बर है, या कोई पुरानी ख़बर या फ़ोटो फिर से घुमाई जा रही है?",
                "फ़ोटो और वीडियो के मुख्य फ़्रेम का रिवर्स इमेज सर्च करें, ताकि पता चले कि वे पहली बार कहाँ आए थे।",
                "संबंधित विभाग या संस्था की आधिकारिक वेबसाइट या वेरिफ़ाइड अकाउंट पर दावे की पुष्टि खोजें।",
                "दो ऐसे स्वतंत्र और भरोसेमंद स्रोतों से पुष्टि करें जिन्होंने एक-दूसरे की नक़ल न की हो।",
                "किसी भी 'सरकारी' पत्र या सूचना पर लेटरहेड, संदर्भ संख्या, तारीख़ और हस्ताक्षर "
                "करने वाले को जाँचें।",
                "ख़तरे के संकेत पहचानें: जल्दबाज़ी, बड़े-बड़े अक्षर, 'सबको फ़ॉरवर्ड करें', स्रोत न "
                "होना, एडिट की हुई लगती तस्वीरें।",
                "सिर्फ़ शीर्षक या छोटी क्लिप नहीं, पूरा लेख पढ़ें या पूरा वीडियो देखें।",
                "अगर पुष्टि नहीं हो पा रही, तो शेयर न करें, भले ही वह बात हमारे पक्ष में हो।",
                "जब शेयर करें, तो स्रोत का लिंक भी दें, ताकि पढ़ने वाले ख़ुद जाँच सकें।",
            ],
        },
    },
    "safety-checklist": {
        "en": {
            "title": "Digital safety checklist",
            "intro": "Protect your accounts, your team and the people you talk to online. Go "
            "through this list every few months, and straight away if anything looks wrong.",
            "items": [
                "Use a different strong password or long passphrase for every account; a password "
                "manager helps.",
                "Turn on two-step verification for your email, social media and messaging apps.",
                "Never share passwords or one-time codes (OTPs) with anyone, including teammates "
                "or 'support staff'.",
                "Don't click links in urgent messages about your account; open the app or website "
                "yourself instead.",
                "Review privacy settings: hide your phone number, home address and family details "
                "from public view.",
                "Never post or forward anyone's personal details (address, phone, ID, family "
                "photos) without consent.",
                "Keep your phone and apps updated, and lock your phone with a PIN or fingerprint.",
                "Check logged-in devices and connected apps regularly; remove any you don't "
                "recognise.",
                "If an account is hacked: recover it, change the password, sign out of all "
                "sessions, tell your leader.",
                "Screenshot threats with date and link, report them to the platform and your "
                "leader; call police if in danger.",
            ],
        },
        "hi": {
            "title": "डिजिटल सुरक्षा चेकलिस्ट",
            "intro": "अपने अकाउंट, अपनी टीम और ऑनलाइन जिन लोगों से आप बात करते हैं, उन सबको "
            "सुरक्षित रखें। हर कुछ महीनों में यह सूची देखें, और कुछ भी गड़बड़ लगे तो तुरंत।",
            "items": [
                "हर अकाउंट के लिए अलग और मज़बूत पासवर्ड या लंबा पासफ़्रेज़ रखें; पासवर्ड मैनेजर इसमें मदद करता है।",
                "अपने ईमेल, सोशल मीडिया और मैसेजिंग ऐप पर टू-स्टेप वेरिफ़िकेशन चालू करें।",
                "पासवर्ड या ओटीपी किसी को न बताएँ, चाहे वह टीम का साथी हो या 'सपोर्ट स्टाफ़' होने "
                "का दावा करने वाला।",
                "अकाउंट के बारे में जल्दबाज़ी वाले संदेशों के लिंक पर क्लिक न करें; ऐप या वेबसाइट ख़ुद खोलकर देखें।",
                "प्राइवेसी सेटिंग्स जाँचें: अपना फ़ोन नंबर, घर का पता और परिवार की जानकारी सार्वजनिक न रखें।",
                "किसी की भी निजी जानकारी (पता, फ़ोन, पहचान-पत्र, परिवार की फ़ोटो) उसकी सहमति के "
                "बिना पोस्ट या फ़ॉरवर्ड न करें।",
                "फ़ोन और ऐप अपडेट रखें, और फ़ोन पर पिन या फ़िंगरप्रिंट लॉक लगाएँ।",
                "लॉग-इन किए गए डिवाइस और जुड़े हुए ऐप नियमित रूप से देखें; जिन्हें न पहचानें, उन्हें हटा दें।",
                "अकाउंट हैक हो जाए तो: उसे रिकवर करें, पासवर्ड बदलें, सभी डिवाइस से लॉग-आउट करें "
                "और लीडर को बताएँ।",
                "धमकियों के तारीख़ और लिंक सहित स्क्रीनशॉट लें, प्लैटफ़ॉर्म और लीडर को रिपोर्ट करें; "
                "ख़तरा हो तो पुलिस को बताएँ।",
            ],
        },
    },
    "team-meeting-plan": {
        "en": {
            "title": "Weekly team meeting plan (30 minutes)",
            "intro": "A simple plan for a team leader's weekly 30-minute meeting with ten "
            "volunteers, in person or on a video call. Keep to time and make sure everyone "
            "gets to speak.",
            "items": [
                "The day before: share the agenda and last week's numbers in the team group.",
                "0-3 min: welcome everyone, take attendance and thank volunteers for specific "
                "good work, by name.",
                "3-8 min: review last week: what we posted, what worked and what didn't, with one "
                "or two examples.",
                "8-15 min: practise one skill: verify a real forwarded claim together, step by "
                "step, using the checklist.",
                "15-20 min: safety check: any threats, abuse or hacked accounts? Agree what to "
                "report and to whom.",
                "20-25 min: plan the week: key messages, verified sources to use, and who posts "
                "what and when.",
                "25-28 min: quick round: each volunteer names one thing they need help with.",
                "28-30 min: recap decisions and owners; remind everyone: facts first, stay civil, "
                "never pile on.",
                "After the meeting: post a short written summary and follow up one-to-one with "
                "anyone who was absent.",
            ],
        },
        "hi": {
            "title": "साप्ताहिक टीम बैठक की योजना (30 मिनट)",
            "intro": "टीम लीडर के लिए दस स्वयंसेवकों के साथ हर हफ़्ते होने वाली 30 मिनट की बैठक की "
            "एक सरल योजना, चाहे बैठक आमने-सामने हो या वीडियो कॉल पर। समय का ध्यान रखें और हर "
            "किसी को बोलने का मौक़ा दें।",
            "items": [
                "एक दिन पहले: टीम ग्रुप में एजेंडा और पिछले हफ़्ते के आँकड़े शेयर करें।",
                "0-3 मिनट: सबका स्वागत करें, हाज़िरी लें और अच्छे काम के लिए साथियों को नाम लेकर धन्यवाद दें।",
                "3-8 मिनट: पिछले हफ़्ते की समीक्षा: हमने क्या पोस्ट किया, क्या असरदार रहा और क्या नहीं, "
                "एक-दो उदाहरणों के साथ।",
                "8-15 मिनट: एक कौशल का अभ्यास: चेकलिस्ट की मदद से किसी असली फ़ॉरवर्ड किए गए दावे की "
                "मिलकर जाँच करें।",
                "15-20 मिनट: सुरक्षा पर बात: कोई धमकी, गाली-गलौज या हैक हुआ अकाउंट? तय करें कि क्या "
                "और किसे रिपोर्ट करना है।",
                "20-25 मिनट: हफ़्ते की योजना: मुख्य संदेश, इस्तेमाल होने वाले पुष्ट स्रोत, और कौन क्या "
                "और कब पोस्ट करेगा।",
                "25-28 मिनट: सवालों का छोटा दौर: हर स्वयंसेवक एक बात बताए जिसमें उसे मदद चाहिए।",
                "28-30 मिनट: फ़ैसले और ज़िम्मेदारियाँ दोहराएँ; याद दिलाएँ: पहले तथ्य, भाषा में "
                "शालीनता, मिलकर किसी पर हमला कभी नहीं।",
                "बैठक के बाद: ग्रुप में छोटा लिखित सारांश डालें और जो नहीं आ पाए, उनसे अलग से बात करें।",
            ],
        },
    },
}
