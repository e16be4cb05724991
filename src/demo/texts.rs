//! The only free text the demo writes: a few neutral sentences per form language, and names
//! of languages for "other mother tongue". Nothing about any person.

/// Suggestions for "what would improve the atmosphere".
pub fn suggestions(locale: &str) -> &'static [&'static str] {
    match locale {
        "fi" => &[
            "Enemmän tietoa kaupungin palveluista englanniksi.",
            "Lisää suomen kielen kursseja iltaisin.",
            "Enemmän tapahtumia, joissa asukkaat voivat tavata toisiaan.",
            "Lyhyemmät jonotusajat terveysasemalla.",
            "Selkeämmät ohjeet kaupungin verkkosivuilla.",
        ],
        "sv" => &[
            "Mer information om stadens tjänster på engelska.",
            "Fler kurser i finska på kvällarna.",
            "Fler evenemang där invånare kan träffas.",
            "Kortare väntetider på hälsostationen.",
        ],
        "ru" => &[
            "Больше информации об услугах города на английском языке.",
            "Больше курсов финского языка по вечерам.",
            "Больше мероприятий, где жители могут познакомиться.",
            "Меньше времени ожидания в поликлинике.",
        ],
        "uk" => &[
            "Більше інформації про послуги міста англійською мовою.",
            "Більше курсів фінської мови ввечері.",
            "Більше заходів, де мешканці можуть познайомитися.",
            "Коротший час очікування в поліклініці.",
        ],
        "ar" => &[
            "مزيد من المعلومات عن خدمات المدينة باللغة الإنجليزية.",
            "مزيد من دورات اللغة الفنلندية في المساء.",
            "مزيد من الفعاليات التي يلتقي فيها السكان.",
            "أوقات انتظار أقصر في المركز الصحي.",
        ],
        "fa" => &[
            "اطلاعات بیشتر درباره خدمات شهر به زبان انگلیسی.",
            "کلاس‌های بیشتر زبان فنلاندی در عصرها.",
            "رویدادهای بیشتر برای آشنایی ساکنان با یکدیگر.",
            "زمان انتظار کوتاه‌تر در مرکز بهداشت.",
        ],
        "so" => &[
            "Macluumaad dheeraad ah oo ku saabsan adeegyada magaalada.",
            "Koorsooyin badan oo luqadda Finnishka ah fiidkii.",
            "Munaasabado badan oo dadka deegaanku ku kulmaan.",
            "Waqti sugitaan gaaban oo xarunta caafimaadka ah.",
        ],
        _ => &[
            "More information in English about city services.",
            "More Finnish language courses in the evenings.",
            "More events where residents can meet each other.",
            "Shorter waiting times at the health centre.",
            "Clearer instructions on the city's website.",
        ],
    }
}

/// General comments.
pub fn comments(locale: &str) -> &'static [&'static str] {
    match locale {
        "fi" => &[
            "Kiitos tästä kyselystä.",
            "Oulu on hyvä paikka asua.",
            "Kyselyyn oli helppo vastata.",
            "Toivottavasti tulokset julkaistaan.",
        ],
        "sv" => &[
            "Tack för enkäten.",
            "Uleåborg är en bra plats att bo på.",
            "Enkäten var lätt att besvara.",
        ],
        "ru" => &[
            "Спасибо за этот опрос.",
            "Оулу — хорошее место для жизни.",
            "На вопросы было легко отвечать.",
        ],
        "uk" => &[
            "Дякую за це опитування.",
            "Оулу — гарне місце для життя.",
            "На запитання було легко відповідати.",
        ],
        "ar" => &[
            "شكراً على هذا الاستبيان.",
            "أولو مكان جيد للعيش.",
            "كان من السهل الإجابة على الاستبيان.",
        ],
        "fa" => &[
            "از این نظرسنجی سپاسگزارم.",
            "اولو جای خوبی برای زندگی است.",
            "پاسخ دادن به این نظرسنجی آسان بود.",
        ],
        "so" => &[
            "Waad ku mahadsan tihiin sahankan.",
            "Oulu waa meel fiican oo lagu noolaado.",
            "Sahankan way fududayd in laga jawaabo.",
        ],
        _ => &[
            "Thank you for this survey.",
            "Oulu is a good place to live.",
            "The survey was easy to answer.",
            "I hope the results will be published.",
        ],
    }
}

/// Names of mother tongues not on the list, as a respondent might type them.
pub fn other_languages(locale: &str) -> &'static [&'static str] {
    match locale {
        "fi" => &[
            "vietnam", "thai", "hindi", "espanja", "turkki", "bengali", "nepali", "tamili",
            "ranska", "saksa", "tigrinja", "swahili", "puola", "urdu", "romania",
        ],
        _ => &[
            "Vietnamese",
            "Thai",
            "Hindi",
            "Spanish",
            "Turkish",
            "Bengali",
            "Nepali",
            "Tamil",
            "French",
            "German",
            "Tigrinya",
            "Swahili",
            "Polish",
            "Urdu",
            "Romanian",
        ],
    }
}
