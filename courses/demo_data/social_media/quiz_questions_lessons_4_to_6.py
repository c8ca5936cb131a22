"""Final quiz of "Social media skills for volunteers": the questions on lessons 4-6.

Assembled with the others in quiz.py. Format: courses/demo_data/schema.py.
"""

QUESTIONS = [
    # Lesson 4: spotting and exposing fake news with evidence
    {
        "type": "mc",
        "category": "verification",
        "en": {
            "content": "You are correcting a false rumour that the tap water in Ward 7 is "
            "contaminated. How should your post begin?",
            "explanation": "Lead with the verified fact and its source, then mention the myth "
            "briefly. Repeating a myth first, in big letters, can make people remember it.",
            "answers": [
                ("By repeating the rumour in large letters so that people recognise it.", False),
                (
                    'With the verified fact: "Ward 7 tap water tested safe this week; official '
                    'test report here: [link]", and only then a short mention of the rumour.',
                    True,
                ),
                ("By making fun of the people who shared the rumour.", False),
                ('With "Don\'t believe these liars!"', False),
            ],
        },
        "hi": {
            "content": "आप एक झूठी अफ़वाह को सुधार रहे हैं कि वार्ड 7 में नल का पानी दूषित है। "
            "आपकी पोस्ट की शुरुआत कैसे होनी चाहिए?",
            "explanation": "शुरुआत पुष्ट तथ्य और उसके स्रोत से करें, फिर अफ़वाह का संक्षेप में ज़िक्र "
            "करें। अफ़वाह को पहले और बड़े अक्षरों में दोहराने से लोगों को वही याद रह जाती है।",
            "answers": [
                ("अफ़वाह को बड़े अक्षरों में दोहराकर, ताकि लोग उसे पहचान लें।", False),
                (
                    'पुष्ट तथ्य से: "इस हफ़्ते की जाँच में वार्ड 7 का नल का पानी सुरक्षित पाया गया; '
                    'आधिकारिक जाँच रिपोर्ट यहाँ है: [लिंक]", और उसके बाद ही अफ़वाह का छोटा-सा ज़िक्र।',
                    True,
                ),
                ("अफ़वाह शेयर करने वालों का मज़ाक़ उड़ाकर।", False),
                ('"इन झूठों की बात मत मानिए!" लिखकर।', False),
            ],
        },
    },
    {
        "type": "mc",
        "category": "verification",
        "en": {
            "content": 'A "government circular" on official-looking letterhead is going round '
            "the groups. What is the best way to check whether it is genuine?",
            "explanation": "Letterheads, logos and stamps are easy to fake. Check the issuing "
            "office's own website or verified account, and the reference number, date and "
            "signatory.",
            "answers": [
                ("If the logo and stamp look right, it is genuine.", False),
                (
                    "Look for it on the issuing department's official website or verified account, "
                    "and check its reference number, date and signatory.",
                    True,
                ),
                ("If it is written in formal language, it is genuine.", False),
                ("Zoom in: if the image is sharp and clear, it is genuine.", False),
            ],
        },
        "hi": {
            "content": 'सरकारी दिखने वाले लेटरहेड पर एक "सरकारी परिपत्र" ग्रुपों में घूम रहा है। '
            "यह असली है या नहीं, यह जाँचने का सबसे अच्छा तरीक़ा क्या है?",
            "explanation": "लेटरहेड, लोगो और मुहर की नक़ल करना आसान है। जारी करने वाले दफ़्तर की अपनी "
            "वेबसाइट या वेरिफ़ाइड अकाउंट देखें, और संदर्भ संख्या, तारीख़ तथा हस्ताक्षर करने वाले को जाँचें।",
            "answers": [
                ("अगर लोगो और मुहर सही दिख रहे हैं, तो यह असली है।", False),
                (
                    "इसे जारी करने वाले विभाग की आधिकारिक वेबसाइट या वेरिफ़ाइड अकाउंट पर खोजें, और "
                    "इसकी संदर्भ संख्या, तारीख़ और हस्ताक्षर करने वाले को जाँचें।",
                    True,
                ),
                ("अगर यह औपचारिक भाषा में लिखा है, तो यह असली है।", False),
                ("ज़ूम करके देखें: अगर तस्वीर साफ़ और स्पष्ट है, तो यह असली है।", False),
            ],
        },
    },
    {
        "type": "essay",
        "category": "verification",
        "en": {
            "content": "Describe how you would check this forwarded message before deciding "
            'whether to share it: "URGENT!! From the 1st of next month, all ration cards not '
            "linked to a mobile number will be cancelled. Forward to 10 groups so nobody loses "
            'their ration!"',
            "explanation": "A good answer: don't forward it yet; look for the notice on the food "
            "department's official website or verified account, check the date and whether two "
            "independent, reliable sources report it, and note the warning signs (urgency, "
            '"forward to 10 groups", no source). If it cannot be verified, don\'t share it, and '
            "politely tell the sender why.",
        },
        "hi": {
            "content": "इस फ़ॉरवर्ड किए गए संदेश को शेयर करने का फ़ैसला लेने से पहले आप इसकी जाँच "
            'कैसे करेंगे, बताइए: "ज़रूरी सूचना!! अगले महीने की 1 तारीख़ से जिन राशन कार्डों से '
            "मोबाइल नंबर नहीं जुड़ा है, वे सब रद्द हो जाएँगे। 10 ग्रुपों में फ़ॉरवर्ड करें ताकि किसी "
            'का राशन न छूटे!"',
            "explanation": "अच्छे उत्तर में ये बातें होंगी: अभी फ़ॉरवर्ड न करें; खाद्य विभाग की "
            "आधिकारिक वेबसाइट या वेरिफ़ाइड अकाउंट पर सूचना खोजें, तारीख़ देखें और जाँचें कि क्या दो "
            "स्वतंत्र, भरोसेमंद स्रोत इसकी पुष्टि करते हैं; ख़तरे के संकेत पहचानें (जल्दबाज़ी, "
            '"10 ग्रुपों में फ़ॉरवर्ड करें", कोई स्रोत नहीं)। पुष्टि न हो तो शेयर न करें, और भेजने '
            "वाले को विनम्रता से कारण बताएँ।",
        },
    },
    # Lesson 5: responding to opponents civilly and quickly
    {
        "type": "mc",
        "category": "civility",
        "en": {
            "content": 'An account replies to your post: "You people are all liars and idiots." '
            "What is the best response?",
            "explanation": "Respond to claims, not to insults. If there is no real claim to "
            "answer, don't feed the argument, and never call on others to pile on.",
            "answers": [
                ("Reply with a sharper insult so that they back off.", False),
                ("Share a screenshot and ask your team to flood their replies.", False),
                (
                    "Ignore the insult. If they have made a real claim, answer it once, calmly, "
                    "with a source; otherwise don't engage.",
                    True,
                ),
                ("Post their profile details so that others know who they are.", False),
            ],
        },
        "hi": {
            "content": 'किसी अकाउंट ने आपकी पोस्ट पर जवाब दिया: "तुम सब झूठे और बेवक़ूफ़ हो।" '
            "सबसे अच्छा जवाब क्या होगा?",
            "explanation": "जवाब दावों का दें, अपशब्दों का नहीं। अगर जवाब देने लायक़ कोई असली दावा "
            "नहीं है, तो बहस को हवा न दें, और दूसरों को कभी मिलकर हमला करने के लिए न बुलाएँ।",
            "answers": [
                ("उससे भी तीखा अपशब्द लिखकर जवाब दें, ताकि वह पीछे हट जाए।", False),
                ("स्क्रीनशॉट शेयर करें और अपनी टीम से कहें कि उसके जवाबों को भर दें।", False),
                (
                    "अपशब्द को नज़रअंदाज़ करें। अगर उसने कोई असली दावा किया है, तो स्रोत के साथ "
                    "एक बार, शांति से उसका जवाब दें; नहीं तो बातचीत में न उलझें।",
                    True,
                ),
                ("उसकी प्रोफ़ाइल की जानकारी पोस्ट कर दें, ताकि सबको पता चले कि वह कौन है।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "civility",
        "correct": False,
        "en": {
            "content": "When a teammate is attacked online, asking the whole team to reply to the "
            "attacker at the same time is a good way to show support.",
            "explanation": "False. That is a pile-on, and it is harassment whatever the other "
            "person said. Support your teammate privately, report abuse, and let one calm, "
            "factual reply stand if a reply is needed.",
        },
        "hi": {
            "content": "जब टीम के किसी साथी पर ऑनलाइन हमला हो, तो पूरी टीम से यह कहना कि सब एक "
            "साथ हमलावर को जवाब दें, समर्थन दिखाने का अच्छा तरीक़ा है।",
            "explanation": "असत्य। यह किसी एक व्यक्ति पर मिलकर टूट पड़ना है, और सामने वाले ने चाहे जो "
            "कहा हो, यह उत्पीड़न ही है। अपने साथी का साथ निजी तौर पर दें, अपमानजनक सामग्री की रिपोर्ट "
            "करें, और ज़रूरत हो तो एक शांत, तथ्यों वाला जवाब काफ़ी है।",
        },
    },
    {
        "type": "mc",
        "category": "civility",
        "en": {
            "content": "Someone replies to your post threatening to harm you or your family. "
            "What should you do?",
            "explanation": "Threats are not an argument to win. Keep the evidence, report it and "
            "escalate straight away; your safety comes first.",
            "answers": [
                ("Reply with a threat of your own so they know you are not scared.", False),
                (
                    "Don't reply. Take screenshots showing the date and link, report it to the "
                    "platform, tell your team leader at once, and go to the police if you feel "
                    "in danger.",
                    True,
                ),
                ("Quietly delete your post and tell nobody.", False),
                ("Keep arguing with them until they apologise.", False),
            ],
        },
        "hi": {
            "content": "कोई आपकी पोस्ट पर जवाब में आपको या आपके परिवार को नुक़सान पहुँचाने की धमकी "
            "देता है। आपको क्या करना चाहिए?",
            "explanation": "धमकी कोई बहस नहीं जिसे जीतना हो। सबूत सँभालकर रखें, रिपोर्ट करें और तुरंत "
            "मामला आगे बढ़ाएँ; आपकी सुरक्षा सबसे पहले है।",
            "answers": [
                ("जवाब में आप भी धमकी दें, ताकि उसे पता चले कि आप डरते नहीं।", False),
                (
                    "जवाब न दें। तारीख़ और लिंक दिखाते हुए स्क्रीनशॉट लें, प्लैटफ़ॉर्म पर रिपोर्ट करें, "
                    "तुरंत अपने टीम लीडर को बताएँ, और ख़तरा महसूस हो तो पुलिस के पास जाएँ।",
                    True,
                ),
                ("चुपचाप अपनी पोस्ट हटा दें और किसी को कुछ न बताएँ।", False),
                ("जब तक वह माफ़ी न माँगे, उससे बहस करते रहें।", False),
            ],
        },
    },
    {
        "type": "essay",
        "category": "civility",
        "en": {
            "content": 'Write a calm, sourced reply to this post: "The free vaccination camp last '
            "Sunday was a total scam. Nobody actually got vaccinated, it was all just for the "
            'photos." (Assume the district health office has published the number of people '
            "vaccinated at the camp.)",
            "explanation": "A good reply speaks to the claim, not the person: it opens politely, "
            "gives the figure with a link to the health office's report, and invites anyone with "
            "questions to the next camp. It has no insults or sarcasm and does not tag others to "
            "join in.",
        },
        "hi": {
            "content": 'इस पोस्ट का शांत और स्रोत-सहित जवाब लिखिए: "पिछले रविवार का मुफ़्त टीकाकरण '
            'शिविर पूरा धोखा था। असल में किसी को टीका नहीं लगा, सब सिर्फ़ फ़ोटो के लिए था।" (मान लें '
            "कि ज़िला स्वास्थ्य कार्यालय ने शिविर में टीका लगवाने वालों की संख्या प्रकाशित की है।)",
            "explanation": "अच्छा जवाब व्यक्ति पर नहीं, दावे पर बात करता है: वह विनम्रता से शुरू होता "
            "है, स्वास्थ्य कार्यालय की रिपोर्ट के लिंक के साथ आँकड़ा देता है, और सवाल रखने वालों को "
            "अगले शिविर में आने का न्योता देता है। उसमें न अपशब्द होते हैं, न ताने, और न ही दूसरों को "
            "टैग करके बहस में बुलाया जाता है।",
        },
    },
    # Lesson 6: digital safety and privacy
    {
        "type": "mc",
        "category": "safety",
        "en": {
            "content": 'You get a message: "Your account will be blocked in 24 hours. Verify now: '
            '[link]". What should you do?',
            "explanation": "Urgent warnings with a login link are a classic phishing trick. Open "
            "the app or website yourself to check, and never enter your password through the link.",
            "answers": [
                ("Click the link quickly so that your account is not blocked.", False),
                (
                    "Don't click. Open the app or website yourself to look for any real "
                    "notice, and report the message as phishing.",
                    True,
                ),
                ("Reply to the message and ask whether it is genuine.", False),
                ("Forward it to the team group so that everyone verifies their accounts.", False),
            ],
        },
        "hi": {
            "content": 'आपको एक संदेश मिलता है: "आपका अकाउंट 24 घंटे में ब्लॉक हो जाएगा। अभी '
            'वेरिफ़ाई करें: [लिंक]"। आपको क्या करना चाहिए?',
            "explanation": "लॉग-इन लिंक के साथ जल्दबाज़ी वाली चेतावनी फ़िशिंग की जानी-पहचानी चाल है। "
            "जाँचने के लिए ऐप या वेबसाइट ख़ुद खोलें, और ऐसे लिंक पर कभी अपना पासवर्ड न डालें।",
            "answers": [
                ("जल्दी से लिंक पर क्लिक करें, ताकि अकाउंट ब्लॉक न हो।", False),
                (
                    "क्लिक न करें। कोई असली सूचना है या नहीं, यह देखने के लिए ऐप या वेबसाइट ख़ुद "
                    "खोलें, और संदेश को फ़िशिंग के रूप में रिपोर्ट करें।",
                    True,
                ),
                ("संदेश का जवाब देकर पूछें कि क्या यह असली है।", False),
                ("इसे टीम ग्रुप में फ़ॉरवर्ड करें, ताकि सब अपने अकाउंट वेरिफ़ाई कर लें।", False),
            ],
        },
    },
    {
        "type": "tf",
        "category": "safety",
        "correct": True,
        "en": {
            "content": "Turning on two-step verification makes it much harder for someone to take "
            "over your account, even if they have found out your password.",
            "explanation": "True. With two-step verification, a stolen password alone is not "
            "enough; the attacker also needs the code from your phone or app.",
        },
        "hi": {
            "content": "टू-स्टेप वेरिफ़िकेशन चालू करने से किसी के लिए आपका अकाउंट अपने क़ब्ज़े में "
            "लेना बहुत मुश्किल हो जाता है, भले ही उसे आपका पासवर्ड पता चल गया हो।",
            "explanation": "सत्य। टू-स्टेप वेरिफ़िकेशन होने पर सिर्फ़ चुराया हुआ पासवर्ड काफ़ी नहीं "
            "होता; हमलावर को आपके फ़ोन या ऐप पर आने वाला कोड भी चाहिए।",
        },
    },
    {
        "type": "mc",
        "category": "safety",
        "en": {
            "content": "A post in a group you belong to shares the home address and phone "
            "number of someone who has criticised your organisation. What should you do?",
            "explanation": "Sharing someone's personal details (doxxing) can put them in danger "
            "and is never acceptable, whatever they have said. Don't spread it; report it.",
            "answers": [
                ("Share it, since they chose to criticise us in public.", False),
                (
                    "Don't share it. Report the post, and tell the group admin or your team leader "
                    "that sharing personal details is not allowed.",
                    True,
                ),
                ("Save the details in case they are useful later.", False),
                ("Call the number and ask them to stop criticising.", False),
            ],
        },
        "hi": {
            "content": "जिस ग्रुप के आप सदस्य हैं, उसमें एक पोस्ट में ऐसे व्यक्ति का घर का पता और फ़ोन "
            "नंबर शेयर किया गया है जिसने आपके संगठन की आलोचना की है। आपको क्या करना चाहिए?",
            "explanation": "किसी की निजी जानकारी सार्वजनिक करना (डॉक्सिंग) उसे ख़तरे में डाल सकता है, "
            "और उसने चाहे जो कहा हो, यह कभी स्वीकार्य नहीं है। इसे आगे न फैलाएँ; रिपोर्ट करें।",
            "answers": [
                ("इसे शेयर कर दें, क्योंकि उसने ख़ुद सबके सामने हमारी आलोचना की है।", False),
                (
                    "इसे शेयर न करें। पोस्ट की रिपोर्ट करें, और ग्रुप एडमिन या अपने टीम लीडर को बताएँ "
                    "कि निजी जानकारी शेयर करना मना है।",
                    True,
                ),
                ("जानकारी सँभालकर रख लें, शायद बाद में काम आए।", False),
                ("उस नंबर पर फ़ोन करके उससे आलोचना बंद करने को कहें।", False),
            ],
        },
    },
    {
        "type": "essay",
        "category": "safety",
        "en": {
            "content": "A teammate tells you that their account has posted messages they never "
            "wrote, and their password no longer works. Describe, step by step, what they should "
            "do.",
            "explanation": "A good answer: recover the account through the platform's official "
            "recovery process; set a new, unique password and turn on two-step verification; sign "
            "out of all other sessions and remove unknown apps; delete the fake posts and warn "
            "followers; tell the team leader; and change the password anywhere else it was reused.",
        },
        "hi": {
            "content": "टीम का एक साथी बताता है कि उसके अकाउंट से ऐसे संदेश पोस्ट हुए हैं जो उसने "
            "कभी लिखे ही नहीं, और अब उसका पासवर्ड भी काम नहीं कर रहा। क़दम-दर-क़दम बताइए कि उसे "
            "क्या करना चाहिए।",
            "explanation": "अच्छे उत्तर में ये बातें होंगी: प्लैटफ़ॉर्म की आधिकारिक रिकवरी प्रक्रिया से "
            "अकाउंट वापस लें; नया और अलग पासवर्ड रखें और टू-स्टेप वेरिफ़िकेशन चालू करें; बाक़ी सभी "
            "डिवाइस से लॉग-आउट करें और अनजान ऐप हटाएँ; फ़र्ज़ी पोस्ट हटाकर फ़ॉलोअर्स को सावधान करें; "
            "टीम लीडर को बताएँ; और जहाँ-जहाँ वही पासवर्ड इस्तेमाल हुआ था, वहाँ भी उसे बदलें।",
        },
    },
]
