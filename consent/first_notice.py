"""The first version of the privacy notice, in English and Hindi.

`make run` (lms/demo.py) publishes it, and the tests' `privacy_notice` fixture does
too. An organisation edits it in the admin (Settings → Privacy notices) before going
live: the data protection contact below must be its own.
"""

FIRST_NOTICE = {
    "title_en": "How we use your personal data",
    "title_hi": "हम आपकी निजी जानकारी का उपयोग कैसे करते हैं",
    "changes_en": "",
    "changes_hi": "",
    "collected_en": (
        "When you sign up, or a coordinator registers you: your name (in English and "
        "Hindi), your mobile number, your e-mail address if you give one, your state and "
        "district, and the skills you tell us about.\n\n"
        "While you train: the courses you join, the lessons you finish, your quiz answers "
        "and scores, and the essays you write.\n\n"
        "If you are interviewed: the screening decision and the coordinator's notes. If you "
        "become a leader: your role, level, unit, team and certificates.\n\n"
        "The messages we send you, and when you sign in (for security).\n\n"
        "We never ask for your Aadhaar number, religion, caste or bank details."
    ),
    "collected_hi": (
        "जब आप साइन अप करते हैं, या कोई समन्वयक आपको पंजीकृत करता है: आपका नाम (अंग्रेज़ी "
        "और हिंदी में), आपका मोबाइल नंबर, ई-मेल पता (अगर आप दें), आपका राज्य और ज़िला, और "
        "आपके बताए हुए कौशल।\n\n"
        "प्रशिक्षण के दौरान: आप किन पाठ्यक्रमों से जुड़े, कौन-से पाठ पूरे किए, क्विज़ में "
        "आपके उत्तर और अंक, और आपके लिखे निबंध।\n\n"
        "अगर आपका साक्षात्कार होता है: चयन का निर्णय और समन्वयक की टिप्पणियाँ। अगर आप "
        "लीडर बनते हैं: आपकी भूमिका, स्तर, इकाई, टीम और प्रमाण-पत्र।\n\n"
        "हम आपको जो संदेश भेजते हैं, और आप कब लॉग इन करते हैं (सुरक्षा के लिए)।\n\n"
        "हम आपसे कभी भी आधार नंबर, धर्म, जाति या बैंक की जानकारी नहीं माँगते।"
    ),
    "purpose_en": (
        "To run the volunteer programme: to screen volunteers, train them, form teams of "
        "ten, promote trained volunteers to leaders, and issue certificates that anyone "
        "can verify.\n\n"
        "To reach you about your training on the channels you choose (SMS, WhatsApp or "
        "e-mail): sign-in codes, reminders and certificates.\n\n"
        "To keep the service secure, and to count how the training is going in reports "
        "that name no one.\n\n"
        "We do not sell your data, and we use it for nothing else."
    ),
    "purpose_hi": (
        "स्वयंसेवक कार्यक्रम चलाने के लिए: स्वयंसेवकों का चयन करना, उन्हें प्रशिक्षण देना, दस-दस "
        "की टीमें बनाना, प्रशिक्षित स्वयंसेवकों को लीडर बनाना, और ऐसे प्रमाण-पत्र जारी करना "
        "जिन्हें कोई भी सत्यापित कर सके।\n\n"
        "आपके चुने हुए माध्यम (SMS, WhatsApp या ई-मेल) से आपके प्रशिक्षण के बारे में आपसे "
        "संपर्क करने के लिए: लॉग इन कोड, याद दिलाने वाले संदेश और प्रमाण-पत्र।\n\n"
        "सेवा को सुरक्षित रखने के लिए, और ऐसी रिपोर्टों के लिए जिनमें किसी का नाम नहीं होता, "
        "बस यह गिनती होती है कि प्रशिक्षण कैसा चल रहा है।\n\n"
        "हम आपकी जानकारी बेचते नहीं हैं, और इसका उपयोग किसी और काम के लिए नहीं करते।"
    ),
    "recipients_en": (
        "Coordinators of your district and your state, and national coordinators, see "
        "your profile, your training and the screening decision: each only for their own "
        "area.\n\n"
        "Your team leader sees your progress; your mobile number and e-mail only if you "
        "agree to share them with your team.\n\n"
        "Anyone with your certificate's code or QR code sees only your name, role, level, "
        "unit, the date and whether it is valid.\n\n"
        "The companies that deliver our SMS, WhatsApp messages and e-mails receive your "
        "number or address and the message, only to deliver it.\n\n"
        "Every download of volunteers' data by a coordinator is recorded."
    ),
    "recipients_hi": (
        "आपके ज़िले और राज्य के समन्वयक, और राष्ट्रीय समन्वयक, आपकी प्रोफ़ाइल, आपका "
        "प्रशिक्षण और चयन का निर्णय देखते हैं: हर कोई केवल अपने क्षेत्र का।\n\n"
        "आपके टीम लीडर आपकी प्रगति देखते हैं; आपका मोबाइल नंबर और ई-मेल केवल तभी, जब आप "
        "उन्हें अपनी टीम के साथ साझा करने की अनुमति दें।\n\n"
        "जिसके पास आपके प्रमाण-पत्र का कोड या QR कोड है, वह केवल आपका नाम, भूमिका, स्तर, "
        "इकाई, तारीख़ और यह देखता है कि प्रमाण-पत्र मान्य है या नहीं।\n\n"
        "हमारे SMS, WhatsApp संदेश और ई-मेल पहुँचाने वाली कंपनियों को आपका नंबर या पता और "
        "संदेश केवल उसे पहुँचाने के लिए मिलता है।\n\n"
        "कोई समन्वयक जब भी स्वयंसेवकों की जानकारी डाउनलोड करता है, उसका रिकॉर्ड रखा जाता है।"
    ),
    "retention_en": (
        "As long as you take part in the programme. If you are not selected, or do not use "
        "the service for 18 months, we erase your data after warning you.\n\n"
        "Once your data is erased we keep only counts that name no one (for example, how "
        "many volunteers trained in a district); a certificate of yours then says that it "
        "was withdrawn at your request, without your name."
    ),
    "retention_hi": (
        "जब तक आप कार्यक्रम में भाग लेते हैं। अगर आपका चयन नहीं होता, या आप 18 महीने तक "
        "सेवा का उपयोग नहीं करते, तो हम आपको सूचना देने के बाद आपकी जानकारी मिटा देते हैं।\n\n"
        "जानकारी मिटाने के बाद हम केवल ऐसी गिनती रखते हैं जिसमें किसी का नाम नहीं होता (जैसे, "
        "किसी ज़िले में कितने स्वयंसेवकों ने प्रशिक्षण लिया); आपका कोई प्रमाण-पत्र हो, तो उस पर "
        "आपके नाम के बिना यह लिखा दिखता है कि उसे आपके अनुरोध पर वापस लिया गया।"
    ),
    "withdrawal_en": (
        'You can stop messages on any channel at any time: under "Messages" in your '
        "account, with the link in each message, or by replying STOP to an SMS.\n\n"
        "On your data page you can see and download everything we hold about you, correct "
        "your details, withdraw your consent and ask us to erase your data. Erasure happens "
        "after a short waiting period, in which you can change your mind.\n\n"
        "Questions or complaints: write to your district coordinator or to the "
        "organisation's data protection contact. You may also complain to the Data "
        "Protection Board of India."
    ),
    "withdrawal_hi": (
        'आप किसी भी माध्यम से संदेश कभी भी बंद कर सकते हैं: अपने खाते में "संदेश" में जाकर, '
        "हर संदेश में दिए गए लिंक से, या SMS के जवाब में STOP लिखकर।\n\n"
        "अपनी जानकारी वाले पेज पर आप वह सब देख और डाउनलोड कर सकते हैं जो हमारे पास आपके बारे "
        "में है, अपना विवरण सुधार सकते हैं, अपनी सहमति वापस ले सकते हैं और अपनी जानकारी मिटाने "
        "का अनुरोध कर सकते हैं। जानकारी कुछ दिनों के इंतज़ार के बाद मिटाई जाती है, और तब तक आप "
        "अपना फ़ैसला बदल सकते हैं।\n\n"
        "प्रश्न या शिकायत: अपने ज़िला समन्वयक को, या संगठन के डेटा संरक्षण संपर्क को लिखें। आप "
        "भारत के डेटा संरक्षण बोर्ड (Data Protection Board of India) में भी शिकायत कर सकते हैं।"
    ),
}
