"""Lesson 6 of "Social media skills for volunteers": digital safety and privacy.

Strong passwords, two-step verification, phishing, personal data, and what to do when
things go wrong. Format: courses/demo_data/schema.py.
"""

LESSON = {
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
                        "Blur phone numbers, addresses and private people's faces in screenshots.",
                        "Log out of shared or public devices and remove old devices from "
                        "your accounts.",
                    ],
                    "donts": [
                        "Don't reuse passwords or send them over chat or SMS, even to teammates.",
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
                        "साझा या सार्वजनिक डिवाइस से लॉग-आउट करें और पुराने डिवाइस अपने अकाउंट से हटा दें।",
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
}
