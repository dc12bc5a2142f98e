<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Бұл компьютерде динамик немесе құлаққап табылмады, сондықтан жазбаны мұнда ойнату мүмкін емес.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Бұл компьютердің дыбыс жүйесі бұл жазбаны ойната алмайды.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Сейфтің сақтық көшірмесін жасау...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Сейфтің сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Сақтық көшірме жасау барысы</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Сақтық көшірме жасаудан бас тарту</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Сақтық көшірме күйі</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Сақтық көшірме – бүкіл сейфтің көшірмесі. Ол сейф сияқты шифрланады және сіз жұмыс істеп отырғанда да қауіпсіз жасалады. Оны осы компьютерден бөлек дискіде сақтаңыз. Басқа компьютерде ол қалпына келтіру кодыңызбен ашылады.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Сақтық көшірме қайда сақталатынын таңдаңыз</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Сақтық көшірме %1 орнына жасалуда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Сақтық көшірме %1 орнына жасалды: %2, %3. Оны осы компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>Жіберген: %1, өз кілтімен қол қойған (тексерілді).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>аты көрсетілмеген жіберуші</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Жасалған: %1, импортталған: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Түбіртек: %1 жасалды.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Түбіртек: әлі жоқ.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Осы сейфтен жіберілген, сіз қол қойғансыз.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Жасалған: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Түбіртек: %1 алынды.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Кім жіберді</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>Осы бумадан %n тіркелген файл, әрқайсысы қол қойылған бумамен салыстырып тексерілді. Олар ешқашан өздігінен ашылмайды.</numerusform>
            <numerusform>Осы бумадан %n тіркелген файл, әрқайсысы қол қойылған бумамен салыстырып тексерілді. Олар ешқашан өздігінен ашылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Бұл іспен бірге тіркелген файл келмеді.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Бума: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Қол қоюшы кілтінің саусақ ізі: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>Бума файлының SHA-256 мәні: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Жасалған (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Импортталған (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Бумадағы іс нұсқасы: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Тіркеме %1 (%2): %3 байт, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>енді сейфте жоқ</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Техникалық мәліметтер</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Түбіртек жасау...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Түбіртек жасау</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Ұйым картасының файлы</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Ұйымның картасын таңдаңыз</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Ұйым карталары (*.card *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Картаны оқу</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Бұл сандарды ұйыммен телефон арқылы немесе бетпе-бет салыстырыңыз: олардың үйлестірушісінен қауіпсіздік кодын топ-тобымен дауыстап оқуын сұраңыз. Бұл үшін хабарлама немесе электрондық поштаны қолданбаңыз: картаны өзгерте алатын адам хабарламаны да өзгерте алады.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Бұл карта сенімді картаның орнын басады</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Осы картадағы қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Мына жерде файл жоқ: %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>%1 файлын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Бұл карта %1 үшін сіз сенетін картаның орнын басады. Ескі картаның қауіпсіздік коды %2 болатын; бұл картаның коды төменде. Оның шифрлау кілті өзгереді: бұрын %3 еді, енді %4. Жаңа код сәйкес келсе, бұдан былай жіберетініңіздің бәрі тек жаңа кілт үшін шифрланады.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Ұйым сізге берген карта файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>%1 енді сенімді. Оған жіберген файлдарыңызды тек %1 үйлестірушілері аша алады.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Ешнәрсе сенімді деп белгіленбеді. Бұл картаны қолданбаңыз: оны біреу өзгертуі мүмкін. Ұйымнан картасын қайта беруін сұраңыз, мүмкін болса, бетпе-бет.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Іздеу үшін теріңіз</translation>
    </message>
    <message>
        <source>search</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Таңдалған: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Ел көрсетілмеген</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Қала немесе ауыл</translation>
    </message>
    <message>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жасырын</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Адам %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Экспортталды %1 (мөрленген)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Істің бөлімдері</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Сұхбат және келісім</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Әңгіме</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Оқиғалар</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлдар</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← &amp;Істерге оралу</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Істер тізіміне оралу</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Шифрланған сейфіңізге сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Қысқа тақырып, қауіп төніп тұрған адамдардың аттарынсыз</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Тақы&amp;рыбы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Экспортталған істер туралы</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Сақталмаған өзгерістерден бас тарту</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Қаралама - әлі жазылып жатыр</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Жіберуге дайын</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Адам толық хабардар бола отырып, ке&amp;лісім берді</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім берілді</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Келісім: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Келісілген қолдану түрлері</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Адам қалаған анонимдік</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>Анон&amp;имдік</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Онымен қайта байланысуымызға болады</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Қайта байланысуға болады</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Келісім кері қайтарылды</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Келісім кері қайтарылды</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Келісім кері қайтарылған күн</translation>
    </message>
    <message>
        <source>on</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Адам қойған шарттар немесе шектеулер</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Сұхбат күні</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Кү&amp;ні</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Сұхбат өткен жер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Сұхбат алушының бүркеншік аты</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Бүркеншік ат, ешқашан шын аты емес</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Адам қазір тұратын ел</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Қазір тұратын елі</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Айғақ тілдері</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Іс не туралы екенін айтатын бірнеше жол</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Қысқаша &amp;мазмұны</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Кілт сөздер, үтірмен бөлінген</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Бел&amp;гілер</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Айғақтың толық мәтіні</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Істегі адамдар</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Таңдалған адамды жою</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Адам жойылды</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Қайтару: жойылған адамды қайтару</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Қорғалған мәліметтерді көрс&amp;ету</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Қорғалған мәліметтерді көрсету</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Қорғалған мәліметтер «Көрсету» басылғанша нүктелермен көрсетіледі, ал істі экспорттағанда оларды қоспауға болады.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Адамның осы істегі нөмірі</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Р&amp;өлі</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Адам қазір тұратын жер</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Жәбірленушіге қатысы</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Қатысы қай жәбірленушіге</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Шын аты</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Тұратын жері</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Қорғалған</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Қорғау: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Қатысы</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Жойылды: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Істің оқиғалары</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Таңдалған оқиғаны жою</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Оқиғаның күні</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Күннің қаншалықты нақты екені</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Нақтылығы көрсетілмеген</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Қа&amp;шан</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Оқиға болған жер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кім істеді</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сақталған нұсқалар</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Бұл нұсқаны қара&amp;у</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Таңдалған нұсқаны қарау</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Бұл нұсқаны қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Таңдалған нұсқаны жаңа нұсқа ретінде қалпына келтіру</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Бұл нұсқаның мазмұнын ең жаңа нұсқа ретінде қайта сақтайды. Әр нұсқа бұрынғыдай қалады.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Таңдалған нұсқа, тек оқуға арналған</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Әр сақтау нұсқа ретінде сақталады. Экспортталған нұсқа мөрленеді және ешқашан өзгермейді.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Жаңа іс, әлі сақталмаған.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Шифрланған сейфіңізге %1 сақталды.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Бұл іс экспортталған. Оны әлі де өзгерте аласыз: сақтағанда өзгерістеріңіз жаңа қаралама нұсқа болып сақталады, ал экспортталған көшірме бұрынғы күйінде қалады.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Алынған істен жасалған</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сақталмаған өзгерістер қараламада</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>Өзгерістермен &amp;жалғастыру</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Сақталмаған өзгерістермен жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Олардан &amp;бас тарту</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Өзгерістер әлі сақталмаған.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Өзгерістеріңізді қаралама ретінде сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Қаралама шифрланған сейфіңізде сақталды.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Шифрланған сейфіңізге жаңа ғана сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Шифрланған сейфіңізге %n секунд бұрын сақталды.</numerusform>
            <numerusform>Шифрланған сейфіңізге %n секунд бұрын сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Шифрланған сейфіңізге бір минут бұрын сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Шифрланған сейфіңізге %n минут бұрын сақталды.</numerusform>
            <numerusform>Шифрланған сейфіңізге %n минут бұрын сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Сіз бастаған жаңа іс (соңғы өзгеріс: %1) әлі сақталмаған. Ол шифрланған сейфіңізде қаралама ретінде сақтаулы. Оны жалғастырыңыз немесе одан бас тартып, қайта бастаңыз.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Бұл істе әлі сақталмаған өзгерістеріңіз бар (соңғы өзгеріс: %1). Олар шифрланған сейфіңізде қаралама ретінде сақтаулы. Олармен жалғастырыңыз немесе олардан бас тартып, соңғы сақталған нұсқаны қараңыз.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Сақталмаған өзгерістеріңіз қайтарылды. Қаралама шифрланған сейфіңізде сақталды; оларды жаңа нұсқа ретінде қалдыру үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>%1-нұсқа, %2 сақталған (тек оқуға; қорғалған мәліметтер жасырылған)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Алынған айғақ, тек оқу үшін.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Алынған айғақ: айғақтың өзі тек оқу үшін; оның күйі мен жазбаларын «Күйі және жазбалар» қойындысында жазуға болады.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Күйі және &amp;жазбалар</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Алынған %1 ісінің жұмыс көшірмесі; ол істің өзі қалай келсе, солай қалады.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (жұмыс көшірмесі)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Бұл алынған %1 ісінің жұмыс көшірмесі, шифрланған сейфіңізде сақталды. Алынған іс қалай келсе, солай қалады.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Соңғы сақтаудан кейінгі өзгерістеріңіз сақталмаған. %1-нұсқаны қалпына келтіру оларды алмастырады; сақталған әр нұсқа бұрынғыдай қалады. %1-нұсқаны қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Бұрынғы нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>%1-нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Өзгерістерімді қалдыру</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>%1-нұсқа жаңа нұсқа ретінде қалпына келтірілді: %2. Бұрынғы әр нұсқа бұрынғыдай қалады.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>шын аты</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>бүркеншік аты</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>тұратын жері</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Қорғалған мәлімет сәйкес келді: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Сақталмаған өзгерістер бар: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Бұл істегі өзгерістер әлі сақталмаған. Олар шифрланған сейфіңізде қаралама ретінде сақтаулы: олармен жалғастыру немесе олардан бас тарту үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Табылған жері</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Қаралама</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Жіберуге дайын</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткізілді</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Кез келген тағайындау</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Маған тағайындалған</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Ешкімге тағайындалмаған</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Аттарды, жерлерді, сөздерді іздеу...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Кез келген әрекет</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Кез келген ел</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Зерттеуші</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Жаңа іс бастау (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Көрсетілген істер саны</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Әзірге іс жоқ. Алғашқы айғақты жазу үшін «Жаңа іс» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Әзірге іс жоқ. Істер «Кіріс» арқылы келеді: зерттеушілер мен өз оқиғасын айтып жатқан адамдар жіберген файлдарды сол жерде импорттаңыз.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Кез келген зерттеуші</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Кез келген бума</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Ештеңе табылмады. Азырақ сөз немесе басқа сүзгілерді қолданып көріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>%n істен көп табылды</numerusform>
            <numerusform>%n істен көп табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n іс табылды</numerusform>
            <numerusform>%n іс табылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Ұйым үшін экспорттау...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Ұйым үшін экспорттау</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Таңдалған істерден (немесе барлық дайын істерден) шифрланған файл жасау</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Түбіртекті импорттау...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Түбіртекті импорттау</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Жеткізілген істерді жою...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Жеткізілген істерді жою</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бұл іс қайдан келді</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Есеп...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Таңдалған істер бойынша есеп жазу</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>Таңдалған істердің (немесе көрсетілген барлық істің) PDF, CSV немесе JSON түрі</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Түбіртектер жасау...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Түбіртектер жасау</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сақталмаған өзгерістер қараламада</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>%1 ісіндегі өзгерістеріңіз әлі сақталмаған. Олар шифрланған сейфіңізде қаралама ретінде сақтаулы: олармен жалғастыру немесе олардан бас тарту үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Сіз бастаған жаңа іс әлі сақталмаған. Ол шифрланған сейфіңізде қаралама ретінде сақтаулы: оны жалғастыру немесе одан бас тарту үшін «Жаңа іс» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Барлығы: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: деректер жоқ</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Диаграмма. Қасындағы кесте сол сандарды көрсетеді.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Кесте: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n іс; %1 істе әрекет түрі жазылмаған.</numerusform>
            <numerusform>%n іс; %1 істе әрекет түрі жазылмаған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n іс; %1 істе шыққан елі жазылмаған.</numerusform>
            <numerusform>%n іс; %1 істе шыққан елі жазылмаған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n іс; %1 істе қазір тұратын елі жазылмаған.</numerusform>
            <numerusform>%n іс; %1 істе қазір тұратын елі жазылмаған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n іс; %1 істің бірде-бір оқиғасында ай көрсетілмеген.</numerusform>
            <numerusform>%n іс; %1 істің бірде-бір оқиғасында ай көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Диаграмма ең үлкен %1 мәнді көрсетеді; кестеде барлық %2 мән бар.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Тек жылы көрсетілген оқиғалар: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Сейфті ықшамдау</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Ықшамдау</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Ықшамдау күйі</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Өшірілген істер де, компьютерден жойылған жеткізілген істер де бірден үстінен жазылып, жойылады. Ықшамдау босаған орынды да алып тастайды, сондықтан сейфтің өлшемі онда бұрын қанша мәлімет болғанын енді көрсетпейді. Үлкен сейфте бұл біраз уақыт алуы мүмкін.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Сейф ықшамдалуда...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Ықшамдалды: бұрын %1, қазір %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh күтпеген қиындыққа тап болды. Сейфіңізде сақталғанның бәрі аман; соңғы өзгеріс сақталмаған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Төмендегі мәліметтер тек Guvoh кодындағы орынды көрсетеді, сіз жазған нәрсені ешқашан көрсетпейді. Оларды көшіріп, Guvoh-ты қолдап отырған адамдарға жібере аласыз.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Күтпеген қиындық</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh айғақтарды осы компьютерде шифрланған күйде сақтайды. Алдымен оны қалай қолданатыныңызды айтып, құпия сөз таңдаңыз.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Мен адамдардан сұхбат аламын</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Мен өз оқиғамды айтқым келеді</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Мен ұйым үшін бумаларды қабылдаймын</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Басқалар көретін атыңыз</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Бүркеншік ат та болады</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Сейфімді жасау</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Guvoh-қа қош келдіңіз</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Қолданбаның көрінетін атауы</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Сейфіңіз осы компьютердің жүйелік кілт қоймасына да байланады, сондықтан көшірілген файлдардың өзін ғана ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Бұл компьютерде жүйелік кілт қоймасы жоқ, сондықтан сейфті тек құпия сөзіңіз қорғайды. Оны мұқият таңдаңыз және сейф қалтасының көшірмелерін қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Сейфіңіз жасалуда. Бұл бірнеше секунд алады...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Істі жою...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>%1 «%2» ісі барлық сақталған нұсқаларымен, %3 және жазбаларымен бірге осы компьютерден жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>%1 «%2» ісі барлық сақталған нұсқаларымен және жазбаларымен бірге осы компьютерден жойылсын ба?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Не жойылады</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Мұны кері қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Мұны кері қайтаруға болмайды. Ұйым бұл істі алғанын растаған жоқ: егер оны жібермеген болсаңыз, ол жоғалады.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Қалдырып, жабу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>%1 ісі жойылсын ба?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Жойылуда...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Қолданбаның көрінетін атауы</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (бүркеншіксіз)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепттер</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Осы атауды қолдану</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Бүркеншік күйі</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Бүркеншік: терезе, мәзір жазбасы, қалталар және кілт қоймасындағы жазба Guvoh орнына қарапайым атау алады. Бұл компьютерге көз қырын салған адамнан қорғайды; дискіні зерттеген адамнан бағдарламаны да, шифрланған сейфті де жасырмайды. Оны өзгерту қолданбаны құлыптайды және сейфті көшіреді; оны бұрынғыдай ашыңыз.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Осы атаудағы қалтада басқа файлдар бар немесе ол басқа дискіде. Ештеңе көшірілмеді; басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Бума файлдарын немесе тұтас қалталарды осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Бума файлдары мен қалталарын сүйреп әкелетін аймақ</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Біреу сізді сейфті ашуға мәжбүрлегенде қолданылатын екінші құпия сөз. Оны құлып экранында енгізсеңіз, осы сейфке ұқсайтын жалған сейф ашылады, ал сол сәттен бастап құпия сөзіңіз де, қалпына келтіру кодыңыз да ештеңені ашпайды — осы компьютерде де, кейін жасалған диск көшірмесінен де. Ол сізді мәжбүрлеу құпия сөзін енгізгенге дейін жасалған диск көшірмесінен немесе екі көшірмені салыстырудан қорғамайды. Жалған сейф қолданылған болып көрінуі үшін алдымен оны кәдімгі істермен толтырыңыз.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Мәжбүрлеу құпия сөзі неден қорғайды</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Мәжбүрлеу құпия сөзінің күйі</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзі</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзін қайталаңыз</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Қалпына келтіру кодыңыз (бір рет қажет)</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзін орнату</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Толтыру үшін жалған сейфті ашу</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Сейфіңіз құлыпталып, оның орнына жалған сейф ашылады; әдеттегідей істер мен файлдар қосып, содан кейін құлыптаңыз. Құпия сөзіңіз сейфіңізді қайта ашады.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Жою...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзін жою</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Мәжбүрлеу құпия сөзі туралы хабар</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылған, ол жалған сейфті ашады.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Жалған сейф бар, бірақ оны ашатын мәжбүрлеу құпия сөзі жоқ: құпия сөзіңізді өзгерткенде ол күшін жойды. Мәжбүрлеу құпия сөзін қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылмаған.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзін ауыстыру</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Мәжбүрлеу құпия сөзін екі рет енгізіңіз.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Екі мәжбүрлеу құпия сөзі бірдей емес.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Қалпына келтіру кодыңызды да енгізіңіз.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылуда...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылды. Енді жалған сейфті ашып, ол қолданылған болып көрінуі үшін бірнеше кәдімгі іс қосыңыз.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Мәжбүрлеу құпия сөзі енді ештеңені ашпайды, ал жалған сейф ондағы істер мен файлдармен бірге жойылады. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Мәжбүрлеу құпия сөзі енді ештеңені ашпайды, ал жалған сейф жойылды.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Күтпеген қате шықты. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Кемінде 12 таңба қолданыңыз; бір-бірімен байланысы жоқ төрт-бес сөз жақсы жарайды.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>Ол өте жиі кездесетін сөздерден немесе парольдерден құралған; сирек кездесетін сөздер қосыңыз.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>Ол пернетақтадағы пернелердің ретімен жасалған; оның орнына бір-бірімен байланысы жоқ сөздер қолданыңыз.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Онда бірдей таңбалар қайталанады; бірнеше түрлі сөз қолданыңыз.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Бұл abcd немесе 1234 сияқты оңай тізбек; бір-бірімен байланысы жоқ сөздер қолданыңыз.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Күндер мен жылдарды табу оңай; оның орнына сөздер қолданыңыз.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Онда сіздің атыңыз немесе бағдарламаның атауы бар; басқа сөздер таңдаңыз.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Оны табу тым оңай болар еді; бір-бірімен байланысы жоқ тағы екі-үш сөз қосыңыз.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Дискіде орын жоқ, сондықтан ештеңе өзгермеді. Біраз орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Диск тек оқуға арналған, сондықтан ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh-тың %1 орнына жазуға рұқсаты жоқ, сондықтан ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>%1 орнына жазу сәтсіз аяқталды, сондықтан ештеңе өзгермеді. Диск бұзылып жатқан болуы мүмкін.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Қалпына келтіру коды 8 топтан тұрады, әр топта 4 әріп пен цифр бар; ешбірі түсіп қалмағанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Қалпына келтіру кодында болуы мүмкін емес таңбалар бар; қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Қалпына келтіру кодында қате терілген; әр топты өз көшірмеңізбен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Іс файлында %1 өрісі жоқ.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Іс файлында %1 орнында Guvoh білмейтін өріс бар: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%1 орнындағы %2 белгілі код емес; тізімді resources/vocab/%3.json файлынан қараңыз.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>%1 орнындағы іс файлының схема нұсқасы: %2; Guvoh-тың бұл нұсқасы тек 1-нұсқаны оқиды.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 %2 түрінде болуы керек.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 тым ұзын немесе тым үлкен (шегі: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 бос немесе тым кішкентай (кемінде %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 күтілген пішімде емес: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Екі жазба бірдей %2 нөмірін қолданады (%1 орнында); нөмірлер қайталанбауы керек.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 %2 дегенді көрсетеді, бірақ істе мұндай нөмірі бар адам жоқ.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 %2 файлын көрсетеді, бірақ бұл істе мұндай нөмірі бар тіркеме жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 нақты күнтізбелік күн емес: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Жаңа істе %1 өрісі болмауы керек; оны сейф өзі береді. Бар істі өзгерту үшін &apos;guvoh case edit&apos; пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Файл басқа іске арналған (нөмірі %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>%2 күйі экспорттау немесе түбіртек арқылы қойылады; іс файлында тек «draft» немесе «ready» көрсетуге болады.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Іс файлы %1 орнында жарамсыз: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>%1 файлы жоқ; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>%1 файлын оқу мүмкін болмады; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 файл емес, қалта; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>%1 файлы сақталып жатқанда жылжытылды немесе өшірілді; ештеңе сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>%1 файлы сақталып жатқанда өзгерді; ештеңе сақталмады. Оған басқа бағдарлама жазбай тұрғанда қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Бұрын импортталған; ештеңе екі рет импортталмады.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Қабылданбады: бума нөмірі дәл осындай басқа файл бұрын келген (қайталама).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Бізге арналмаған: бұл бума басқа ұйымға жіберілген.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Белгісіз жіберуші: қауіпсіздік кодын жіберушімен телефон арқылы немесе бетпе-бет салыстырыңыз; кодтар сәйкес келсе, файл импортталады.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Қабылданбады: бұл жіберушінің файлдары тек сіз белгілеген күндер аралығында қабылданады.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Бүлінген немесе өзгертілген: файл жіберуші оны жасағаннан кейін өзгерген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Бізге арналмаған: бұл бума басқа ұйым үшін шифрланған.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Бізге арналмаған: бұл бума басқа ұйым үшін жасалып, бізге әрі қарай жіберілген.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Бұл «guvoh team identity» беретін үйлестіруші жолы емес; оны қайта сұраңыз және жолды толық қойыңыз.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Бұл атауды қолдануға болмайды: басқару таңбаларынсыз 1-ден 200-ге дейін әріп енгізіңіз.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Бұл мәнді жазу мүмкін емес (%1): күйді, белгіні немесе жазбаны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Бұл жұмыс орнында әлі ортақ қалта жоқ. Алдымен оны «guvoh team folder DIR» арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>%1 ортақ қалтасы жоқ (диск ажыратылған немесе Syncthing әлі бапталмаған). Ештеңе оқылмады.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh %1 ортақ қалтасына жаза алмайды. Оның бар екенін және оған жазуға рұқсатыңыз барын тексеріңіз; шешімдеріңіз сақталды және келесі синхрондауда жазылады.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Бұл жұмыс орны топқа кірмейді: алдымен осында ұйым жасаңыз немесе үйлестіруші сізге жасаған кілттерді беру файлымен қосылыңыз.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Бұл жұмыс орны бұл топқа бұрын қосылған; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Бұл жұмыс орны басқа топқа кіреді, сондықтан бұл топқа қосыла алмайды.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Бұл сейф %1 ұйымына тиесілі, сондықтан басқа ұйымның кілттерін ала алмайды. Жаңа үйлестіруші сейфінен қосылыңыз.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Бұл осы жұмыс орнына жасалған кілттерді беру файлы емес немесе ол зақымдалған, сондықтан ештеңе өзгермеді. Үйлестірушіден оны жолыңыз бойынша қайта жасауды сұраңыз.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>%1 файлын оқу мүмкін болмады, сондықтан ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 бұрыннан бар және ешқашан қайта жазылмайды; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 топтан шығарылған және сол кілтпен қайта қосыла алмайды. Жаңа сейфтен жаңа жол сұраңыз.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Бұл топта %1 деген үйлестіруші бұрыннан бар; жаңа келген адамнан басқа атау таңдауды сұраңыз.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Жұмыс орны өзін-өзі шығара алмайды; оны басқа үйлестіруші шығарады.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Бұл топта %1 үйлестірушісі жоқ. Тізімді «guvoh team status» көрсетеді.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>%1 атауына бірнеше үйлестіруші сәйкес келеді; саусақ ізін қолданыңыз.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Нені жазу керегін көрсетіңіз: күй, тағайындау, белгі немесе жазба.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>%1 орнында бүлінген таңба бар (жалғыз суррогат, ол Юникод мәтіні емес); іс сақталмады.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>%1 орнындағы файл атында қиғаш сызық (/), кері қиғаш сызық (\), басқару таңбасы немесе мәтін бағытының белгісі бар, ол файлдың шын атын жасыруы мүмкін; іс сақталмады.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Түпнұсқа (%1) енді орнында жоқ, сондықтан ештеңе жойылмады. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Түпнұсқа (%1) сейфке сақталғаннан кейін өзгерген, сондықтан ол жойылмады. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Түпнұсқа (%1) басқа орынға апаратын сілтеме, сондықтан Guvoh оны жоймады. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Түпнұсқа (%1) кәдімгі файл емес, сондықтан Guvoh оны жоймады. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Түпнұсқаны (%1) жою мүмкін болмады: жүйе рұқсат бермеді. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Түпнұсқаның (%1) үстіне нөлдер жазылды, бірақ жүйе оны жоюға рұқсат бермеді; бос файлды өзіңіз өшіріңіз. Сейфіңіздегі көшірме аман.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Баптау файлын оқу мүмкін болмады, сондықтан ештеңе орнатылмады. Файлдың орнында екенін және толық көшірілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Бұл файл баптау файлы болу үшін тым үлкен, сондықтан ештеңе орнатылмады. Ұйымыңыз берген файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бұл баптау файлы емес, не ол бүлінген немесе толық емес, сондықтан ештеңе орнатылмады. Ұйымыңыздан жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Бұл баптау файлында Guvoh-тың бұл нұсқасы білмейтін параметр бар (%1), сондықтан ештеңе орнатылмады. Guvoh-ты жаңартыңыз немесе ұйымыңыздан жаңа файл сұраңыз.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Бұл баптау файлы %1 параметріне Guvoh қабылдамайтын мән береді, сондықтан ештеңе орнатылмады. Ұйымыңыздан жаңа файл сұраңыз.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Бұл баптау файлына ұйым қол қоймаған, сондықтан ештеңе орнатылмады. Ұйымыңыздан қол қойылған файлды сұраңыз.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бұл баптау файлы ұйым қол қойғаннан кейін өзгертілген немесе бүлінген, сондықтан ештеңе орнатылмады. Ұйымыңыздан жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Бұл баптау файлына ол атаған ұйым емес, басқа біреу қол қойған, сондықтан ештеңе орнатылмады. Оны қолданбаңыз; ұйымыңыздан өз файлын сұраңыз.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Толық емес: файл, бәлкім, көшіру кезінде үзіліп қалған. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Қабылданбады: бұл дұрыс құрылған Guvoh бумасы емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Қабылданбады: Guvoh-тың бұл нұсқасы мұндай бума пішімін оқымайды. Guvoh-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Оқылмайды: бұл Guvoh бумасы емес немесе файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Қабылданбады: бумадағы бір іс іс пішіміне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Қабылданбады: бума басқа жерден келген істі немесе файлды қайта жазып жіберер еді.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Қабылданбады: бұл буманың нөмірін басқа жіберуші бұрын қолданған. Екеуінің бірі оны көшірген; қайсысына да сенбес бұрын екі жіберушіден де сұраңыз.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Оқылмады: сейф тұрған дискіде бұл бумаға бос орын жетпейді. Біраз орын босатып, оны қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Тоқтатылды: бұл файлдан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Сәтсіз: күтпеген қате бұл файлды тоқтатты; одан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Қабылданбады: бумада бірде-бір іс жоқ. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Бұл сейф сапарға мөрленген. Ұйымыңыз ашу токенін жібергенде ғана ол қайта ашылады; сонда «Мөрді ашу» тармағын таңдаңыз (немесе &apos;guvoh unseal&apos; орындаңыз).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Бұл сейф мөрленбеген, ашатын мөр жоқ. Ол құпия сөзбен ашылады.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Бұл сейфтің мөрін осы токенмен ашу мүмкін болмады: мөр файлы бүлінген немесе жоқ. Сейф мөрленген күйде қалады; ұйымыңыздан көмек сұраңыз.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Бұл ашу токені емес немесе оның бір бөлігі жоқ. Токенді бірінші жолынан соңғысына дейін толық қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Бұл ашу токеніне сейф мөрленген ұйым қол қоймаған, сондықтан ол қабылданбады. Сейф мөрленген күйде қалады.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Бұл ашу токені басқа сейфке арналған, сондықтан ол қабылданбады. Сейф мөрленген күйде қалады.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Бұл ашу токені осы сейфтің бұрынғы мөріне арналған және пайдаланылып қойған, сондықтан ол қабылданбады. Ұйымыңыздан соңғы жіберген сапар сұрауыңызға токен сұраңыз.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Бұл сапар сұрауын оқу мүмкін болмады немесе ол осы ұйымға арналмаған, сондықтан ашу токені жазылмады.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Мәжбүрлеу құпия сөзі сейфтің өз құпия сөзінен өзгеше болуы керек. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Бұл сейф мәжбүрлеу құпия сөзі пайда болғанға дейін жасалған, сондықтан оны орнату үшін бір рет қалпына келтіру коды қажет. Қалпына келтіру кодын енгізіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Осы атаудағы қалтада басқа файлдар бар немесе ол басқа дискіде (%1). Ештеңе көшірілмеді; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Бұл сейфте жалған сейф жоқ: алдымен мәжбүрлеу құпия сөзін орнатыңыз.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Бұл құпия сөзбен сейф ашылмады. Пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Сейф кілтін ауыстыру үзіліп қалды, оны тек құпия сөзіңіз аяқтай алады. Сейфті құпия сөзіңізбен ашыңыз, содан кейін жаңа қалпына келтіру кодын алу үшін &apos;guvoh rekey&apos; командасын қайта орындаңыз.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Бұл қалпына келтіру коды осы сейфке тиесілі емес.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>%1 орнында сейф жоқ. &apos;guvoh init&apos; арқылы сейф жасаңыз немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 Guvoh сейфі емес. Сейф сақталған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>%1 орнында сейф бұрыннан бар; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>%1 ішінде басқа файлдар бар. Сейф үшін жаңа немесе бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 бұрыннан бар және бос қалта емес. Сақтық көшірме үшін жаңа немесе бос қалтаны таңдаңыз; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 сейфтің өз ішінде орналасқан. Сақтық көшірме үшін басқа дискідегі қалтаны таңдаңыз; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Бұл сейф Guvoh-тың басқа терезесінде немесе пәрменінде ашық тұр. Алдымен оны сол жерде жабыңыз.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Сейф құлыпталған. Алдымен оны ашыңыз.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Бұл сейфке осы компьютердің жүйелік кілт қоймасында сақталған кілт те керек, бірақ кілт қоймасында ол жоқ. Сейфті қалпына келтіру кодыңызбен ашыңыз.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Бұл сейфке осы компьютердің жүйелік кілт қоймасында сақталған кілт те керек, бірақ кілт қоймасы іске қосылмаған. Жұмыс үстелі сеансына кіріңіз немесе сейфті қалпына келтіру кодыңызбен ашыңыз.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Жүйелік кілт қоймасы жауап бермеді, сондықтан ештеңе өзгермеді. Кілт қоймасының құлпын ашып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Бұл құпия сөз тым әлсіз: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Сейфтің кілт файлы бүлінген немесе өңделген, сондықтан сейфті ашу мүмкін емес. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Сейфтің кілт файлы қауіпті баптауларды сұрайды, сондықтан қабылданбады; оны біреу өзгерткен болуы мүмкін. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Сейфтің дерекқоры бүлінген, оны оқу мүмкін болмады. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Бұл сейфті Guvoh-тың жаңарақ нұсқасы жазған. Оны ашу үшін Guvoh-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 бұрыннан бар; Guvoh файлдарды қайта жазбайды. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>%1 іс файлы жоқ.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>%1 іс файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>%1 іс файлын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>%1 іс файлы жарамды JSON емес: %4 (%2-жол, %3-баған).</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Бұл сейфте %1 ісі жоқ. Істерді &apos;guvoh case list&apos; көрсетеді.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Бұл сейфте %1 тіркемесі жоқ. Оларды &apos;guvoh attachment list CASE&apos; көрсетеді.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>%1 нөмірі басқа іске берілген; басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Ол нұсқа экспортталған және мөрленген; өзгерісіңіз оның орнына жаңа нұсқа болып сақталды.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Сақталған %1 файлы бүлінген немесе өзгертілген, сондықтан ол берілмеді. Сейфті сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Тоқтатылды. Ештеңе жартылай жазылып қалған жоқ.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Бұл бума қол қойылғаннан кейін өзгертілген немесе жолда бүлінген. Ештеңе импортталмады; жіберушіден жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Бұл бума толық емес: файл, бәлкім, көшіру кезінде үзіліп қалған. Ештеңе импортталмады; оны қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Бұл бума басқа ұйым үшін жасалып, сізге әрі қарай жіберілген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Бұл бума осы ұйымға арналмаған, сондықтан оны мұнда ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Бұл файл дұрыс құрылған Guvoh бумасы емес, сондықтан қабылданбады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Бұл бума %1 пішімін қолданады, оны Guvoh-тың бұл нұсқасы оқымайды. Guvoh-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Бұл файл Guvoh бумасы емес немесе оқылмайтындай бүлінген.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Бұл бумаға сіз әлі растамаған адам қол қойған (кілт %1, қауіпсіздік коды %2). Кодты жіберушімен салыстырып, кілтті &apos;guvoh signer trust&apos; арқылы бекітіңіз.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>%1 кілті бұл уақытта жарамсыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>%1 бумасы бұрын импортталған; ештеңе екі рет импортталмады.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Бума нөмірі дәл осындай (%1) басқа файл бұрын келген: бұл қайталама, ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Бұл буманың %1 нөмірін басқа жіберуші (%2) бұрын қолданған, сондықтан ештеңе импортталмады; екеуінің бірі оны көшірген.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>%1 бумасында бірде-бір іс жоқ, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>%1 тұрған дискіде %3 байт бос орын бар, ал бұл буманы оқуға %2 байт керек; ештеңе оқылмады. Біраз орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Бұл бумадағы %1 ісінде тіркеменің файл атында қиғаш сызық (/), кері қиғаш сызық (\), басқару таңбасы немесе мәтін бағытының белгісі бар (%2 орнында), ол файлдың шын атын жасыруы мүмкін, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Бұл бумадағы %1 ісінде %2 орнында бүлінген таңба (жалғыз суррогат) бар, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Бұл бумадағы %1 ісі іс пішіміне сәйкес келмейді, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Бума басқа жерден келген «%1 %2» дегенді қайта жазып жіберер еді. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Бұл түбіртек %1 бумасына арналған, бірақ бұл сейф ол буманы сол ұйымға жібермеген.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Бұл сейфте импортталған %1 бумасы жоқ.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Мұны тек үйлестіруші сейфі (guvoh init --role coordinator) жасай алады.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Бұл картада сіз бұрыннан сенетін %1 үшін жаңа кілттер бар. Оның жаңа қауіпсіздік кодын ұйыммен салыстырып, содан кейін оның ескі картаның орнын басатынын растаңыз; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Алдымен &apos;guvoh org create&apos; арқылы ұйымды жасаңыз.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>%1 ісінде келісім жоқ немесе келісім кері қайтарылған, сондықтан оны экспорттау мүмкін емес.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Бірде-бір іс дайын деп белгіленбеген. Экспортталатын істерді атаңыз немесе алдымен оларды дайын деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>%1 ісінің жеткізілгені әлі расталмаған; оны жойсаңыз, ол жоғалады. --force-undelivered параметрін тек толық сенімді болсаңыз ғана қосыңыз.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>%1 деген сенімді ұйым жоқ. Оларды &apos;guvoh org list&apos; көрсетеді; ұйымға &apos;guvoh org trust CARD&apos; арқылы сенім білдіріңіз.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 бойынша бірнеше ұйым табылды; оның саусақ ізін қолданыңыз.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>%1 деген ат басқа кілтке берілген.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Бұл сейфте %1 деген бекітілген зерттеуші жоқ.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Кілттің жарамдылық мерзімінің соңы басынан кейін болуы керек. Күндердің бірін өзгертіңіз.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Бұл ашық кілттің жарамды жолы емес; ол &apos;ssh-ed25519 AAAA... аты&apos; сияқты болуы керек.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Ортақ қалтаның бұл файлы зақымдалған, тым үлкен немесе бұл жұмыс орнына арналмаған, сондықтан қолданылмады.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бұл ұйым картасы бүлінген немесе өзгертілген, сондықтан сенімді деп белгіленбеді. Ұйымнан жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Бір мезгілде %1 бумадан артық берілді. Оларды шағын топтармен импорттаңыз.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Бұл сурет Guvoh ішінде көрсетуге тым үлкен (%1 × %2 пиксель; ең көбі 50 мегапиксель көрсетіледі).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Бұл сурет көрсетілмейді: ол бүлінген, соңы қиылып қалған немесе PNG не JPEG суреті емес.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Бұл файлдағы жасырын мәліметтерді оқу мүмкін болмады: файл бүлінген, соңы қиылып қалған немесе басында көрсетілген түрдегі файл емес.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Бұл файлдағы жасырын мәліметтерді іздеу Guvoh рұқсат ететіннен көп жад немесе уақыт алды, сондықтан ол тоқтатылды. Файлдың өзі өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Бұл файлдың өлшемі %1 шегінен асады, сондықтан Guvoh ондағы жасырын мәліметтерді іздемейді.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh мұндай файлдың жасырын мәліметтерсіз көшірмесін жасай алмайды, сондықтан тазартылған көшірме жасалмады.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh бұл файлдағы жасырын мәліметтерді іздей алмады. Файлдың өзі өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Мөрлеу немесе мөрді ашу орындалмады, сондықтан ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Тоқтады. Ештеңе жартылай жазылып қалған жоқ.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Кілт атауында жол ауыстыру немесе табуляция болмауы, ол бос орынмен басталмауы және аяқталмауы керек. Атауды өзгертіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Зерттеушінің атын немесе күндерін рұқсат етілген қол қоюшылар тізіміне жазу мүмкін болмады. Бос орынсыз және тыныс белгілерінсіз ат қолданып, күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Қауіпсіздік коды 32 цифрдан тұрады. Ешбірі түсіп қалмағанын және қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Шифрланған файлды оқу немесе жазу мүмкін болмады, сондықтан ештеңе өзгермеді. Бұл қайталанса, файл бүлінген болуы мүмкін.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Бұл сейфтің бірде-бір кілті бұл шифрланған файлды ашпайды: ол басқа біреу үшін жасалған.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Ештеңеге қол қойылмады: Guvoh %1 мақсатындағы қолтаңбаны қабылдамайды.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Бұл шифрлау кілті жарамсыз: оның бір бөлігі түсіп қалған немесе қате терілген. Кілтті толығымен қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Бұл кілтті қолдану мүмкін болмады. Оны келген жерінен қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Бұл құпия сөз немесе қалпына келтіру коды осы сейфті ашпайды. Оны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Іс файлын қолдану мүмкін болмады, сондықтан ештеңе өзгермеді. Файлды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Іс қаралама ретінде сақтау үшін тым үлкен. Ең ұзын мәтіндерді қысқартып, сосын сақтаңыз.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Сейф бұл әрекетті орындай алмады, сондықтан ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Бұл буманы оқу мүмкін болмады, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>%1 іс файлы тым үлкен (32 МБ-тан асады).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бұл карта QR код үшін тым ұзын. Оның орнына зерттеушілеріңізге карта файлын беріңіз.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Бұл шифрланған файл өзгертілген немесе бүлінген, сондықтан одан ештеңе қолданылмады. Жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Бұл Guvoh оқи алатын шифрланған файл емес немесе оның басы бүлінген. Ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бұл ұйым картасын оқу мүмкін болмады, сондықтан сенімді деп белгіленбеді. Ұйымнан жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Бұл жазбаны оқу мүмкін болмады; бұл Guvoh ойната алатын WAV дыбыс файлы емес.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Бұл қолтаңбаны тексеру мүмкін болмады, сондықтан ол қойылған нәрсеге сенім білдірілмеді.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Бұл қолтаңба ол қойылған нәрсеге сәйкес келмейді: екеуінің бірі өзгертілген, сондықтан ешқайсысына сенім білдірілмеді.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Бұл қолтаңба бүлінген немесе Guvoh қабылдамайтын түрде, сондықтан ол қойылған нәрсеге сенім білдірілмеді.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Бұл сейфтің қол қою кілті бүлінген, сондықтан ештеңеге қол қою мүмкін емес. Сейфті сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Бұған сіз әлі растамаған кілтпен қол қойылған (%1), сондықтан оған сенім білдірілмеді.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Тексерілді: бума барлық тексерістен өтті. Ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>kB</source>
        <translation>кБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 және %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Бұл файлды тек %1 аша алады. Оны USB флешкамен жеткізіңіз немесе өзіңіз сенетін мессенджер арқылы жіберіңіз; мүмкін болса, кәдімгі электрондық поштаны қолданбаңыз. Ұйым файлдың келгенін растағаннан кейін, осы файлды және оның барлық көшірмесін (флешкадағысын да) өшіріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n жазба немесе файл</numerusform>
            <numerusform>%n жазба немесе файл</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Оны тек %2 аша алады.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Кім алатынын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n файл жасырын мәліметтерден (орын, құрылғы, автор) тазартылып жіберілді.</numerusform>
            <numerusform>%n файл жасырын мәліметтерден (орын, құрылғы, автор) тазартылып жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n файлда жоятын ештеңе болмады, олар келген күйінде жіберілді.</numerusform>
            <numerusform>%n файлда жоятын ештеңе болмады, олар келген күйінде жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n файлды тексеру мүмкін болмады, олар келген күйінде жіберілді.</numerusform>
            <numerusform>%n файлды тексеру мүмкін болмады, олар келген күйінде жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Қорғалған мәліметтерді қосу-қоспауды таңдаңыз.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Бұл істердегі ешкімде қорғалған мәліметтер жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Оған %n адамның қорғалған мәліметтері кіреді.</numerusform>
            <numerusform>Оған %n адамның қорғалған мәліметтері кіреді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Оған %n адамның қорғалған мәліметтері қосылмайды.</numerusform>
            <numerusform>Оған %n адамның қорғалған мәліметтері қосылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Файлдар, мүмкін болған жерде, жасырын мәліметтерден (орын, құрылғы, автор) тазартылып жіберіледі; түпнұсқалар сейфіңізде келген күйінде қалады.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Файлдар келген күйінде, ішіндегі барлық жасырын мәліметтерімен (орын, құрылғы, автор) бірге жіберіледі.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Файлды өз қалтасында көрсету</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Экспорттан бас тарту</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Экспорт күйі</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Шифрлап, қол қойылуда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Ұйым үшін экспорттау</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Жіберілетін ұйымдар</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Экспортталатын істер</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Қорғалған мәліметтерді қоспау</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Қорғалған мәліметтерді қосу</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Файлдардан жасырын мәліметтерді жою (орын, құрылғы, автор)</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Файлдардан жасырын мәліметтерді жою</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файлға арналған қалта</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлды сақтайтын жерді таңдаңыз</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>«Экспорттау» неге қолжетімсіз</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Кім алады?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Сіз әзірге бірде-бір ұйымға сенім білдірмегенсіз. Алдымен «Ұйымдар» бөлімінде ұйым берген карта файлы арқылы оны қосыңыз.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Қай істер?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Олармен бірге не жіберіледі?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Қорғалған мәліметтер - шын аттар, байланыс деректері және әр адамда қорғалған деп белгіленген басқа мәліметтер. Қосылмаса, олар тек осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Файлды қайда сақтау керек?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Файл дайын</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Экспортталған файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Қалай жеткізу керек</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Кемінде бір ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Кемінде бір істі таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Қорғалған мәліметтерді қосу-қоспауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 және %2 шифрланып, сіздің қолыңыз қойылып, мына файлға сақталды:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n жазба немесе файл</numerusform>
            <numerusform>%n жазба немесе файл</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Бұл суретте оның түсірілген жері сақталған: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Бұл суретте оны түсірген телефон немесе камера сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Бұл файлда оның жасалған жері сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Бұл файлда ол жасалған құрылғы сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Бұл файлда оны кім жазғаны немесе жасағаны сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Бұл файлда оны жасаған бағдарлама сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Бұл файлда оның қашан жасалғаны сақталған: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Бұл файлда ол туралы басқа мәліметтер сақталған: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Файлда жасырын мәліметтер бар-жоғы тексерілуде...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh мұндай файлда жасырын мәліметтердің бар-жоғын тексере алмайды.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Бұл файл тым үлкен, сондықтан Guvoh ондағы жасырын мәліметтерді тексере алмайды.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh бұл файлдағы жасырын мәліметтерді тексере алмады: файл бүлінген болуы мүмкін.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Жасырын мәліметтер табылмады.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Осы істің файлдары</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файлдар туралы хабар</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Файлдар қосу...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Осы іске файлдар қосу</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Көру немесе ойнату</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Таңдалған файлды көру немесе ойнату</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Көшірмесін басқаша сақтау...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Таңдалған файлдың шифрланбаған көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Тазартылған көшірмесін басқаша сақтау...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Таңдалған файлдың жасырын мәліметтерсіз шифрланбаған көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Таңдалған файлдың жасырын мәліметтері</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Таңдалған файлды жою</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Файлдарды қосу барысы</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Қосылып жатқан файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Файлдарды қосудан бас тарту</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Файлдарды компьютеріңізден осында сүйреп әкелуге де болады. Олар сейфте шифрланған күйде сақталады.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Файлдарды қалай қосуға болады</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Сұхбатты жазу</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Файлдар қосу үшін алдымен істі сақтаңыз.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Бұл файл жасырын мәліметтерсіз көшірме ретінде келді. Көшірменің SHA-256 мәні: %1; жіберушіде сақталған түпнұсқанікі: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Жасырын мәліметтерсіз көшірме жасалды: SHA-256 %1 (түпнұсқанікі: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Осы компьютерді немесе көшірмені сақтаған диск не USB флешканы қолдана алатын кез келген адам оны аша алады. Көшірме қажет болмай қалған бойда оны өшіріңіз. Басқа біреуден келген файл оны ашқан компьютерге зиян келтіретіндей етіп жасалған болуы мүмкін: көшірмені тек қорғауыңыз керек ештеңе сақталмаған компьютерде ашыңыз.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Тазартылған көшірмесін басқаша сақтау</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Жасырын мәліметтерсіз шифрланбаған көшірме %1 ретінде сақталды. Қажет болмай қалғанда оны өшіріңіз.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Бұл файл Guvoh ішінде ашуға тым үлкен (256 МБ-тан асады).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Көшірме ШИФРЛАНБАЙДЫ.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Шифрланбаған көшірмені сақтау</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Көшірмесін басқаша сақтау</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Шифрланбаған көшірме %1 ретінде сақталды. Қажет болмай қалғанда оны өшіріңіз.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 осы істен жойылсын ба?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Файл сейфтен біржола өшіріледі; бұрын экспортталған көшірмелерге әсер етпейді.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Файлды жою</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл жойылды.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Ашық кілтіңіз</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Кілтіңіздің саусақ ізі</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Ашық кілтті көшіру</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ашық кілт (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Саусақ ізі (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Ашық кілтті үйлестірушіге беріңіз (ол құпия емес). Сізден файл қабылдамас бұрын ол оны жоғарыдағы қауіпсіздік кодымен тексереді.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Сіздің тұлғаңыз</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Сіз жіберетін барлық нәрсеге өзіңіз қол қоясыз, сондықтан ұйым оның шынымен сізден келгенін және жолда оны ешкім өзгертпегенін біле алады.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Қауіпсіздік кодыңыз:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Бұл сандарды үйлестірушіге телефон арқылы немесе бетпе-бет оқып беріңіз, сонда ол оларды өзі көріп тұрған кодпен салыстыра алады.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Ашық кілт көшірілді.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (өзін %2 деп атаған)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (жаңа)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Ішіндегі файлдар</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Бұрын импортталған</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Қабылданбады: бұрын келген</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Бізге арналмаған</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Белгісіз жіберуші</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Жіберуші енді қабылданбайды</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Бүлінген немесе өзгертілген</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Толық емес</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh-тың жаңа нұсқасы керек</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Оқылмайды</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Қабылданбады: іс жарамсыз</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Қабылданбады: қайшылық</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Қабылданбады: нөмірді басқа жіберуші қолданған</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Оқылмады: дискіде орын жоқ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>InboxSection</name>
    <message>
        <source>Add files...</source>
        <translation>Файлдар қосу...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Бума файлдарын қосу</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Қалта қосу...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Бумалар қалтасын қосу</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тізімді тазалау</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Бумалар тізімін тазалау</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Барлық бумалардың барысы</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Тексеріліп жатқан бума</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Осы буманың барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импорттан бас тарту</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Топтың қорытындысы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Осы топтағы бумалар</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Оқылмаған жолдар жаңа деп белгіленген.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Бумалар USB флешкамен немесе мессенджерлер арқылы келеді. Файлдарды немесе тұтас қалтаны төменге сүйреп әкеліңіз. Әрқайсысы импортталмас бұрын тексеріледі, ал ішіндегі ештеңе ашылмайды.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Кейбір бумалар сіз әлі білмейтін жіберушілерден келген. Біреуін таңдап, «Қауіпсіздік кодтарын салыстыру...» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>«Кіріс» тізімін тазалау керек пе?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Кіріс» қай файлдардың қашан және кімнен келгенін ұмытады. Импортталған істер сейфіңізде қалады.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 енді сіздің жіберушілеріңіздің тізімінде. Импортталған бумалар: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Ештеңе сақталмады және бұл файл импортталмады. Оны қолданбаңыз: оны біреу жіберушінің атынан жасаған болуы мүмкін. Жіберушіден оны қайта жіберуін сұраңыз және мүмкін болса, кодтарды бетпе-бет салыстырыңыз.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Бұл сандарды жіберушімен телефон арқылы немесе бетпе-бет салыстырыңыз: одан «Тұлға» бетіндегі қауіпсіздік кодын топ-тобымен дауыстап оқуын сұраңыз. Бұл үшін хабарламаны қолданбаңыз: файлды өзгерте алатын адам хабарламаны да өзгерте алады.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Осы жіберушіге арналған ат</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Өзіңіз танитын аты немесе бүркеншік аты</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Осы жіберуші туралы хабар</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Бұл сіз білетін жіберуші ме?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Осы файлды жасаған адамның қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Файлдарын тани алу үшін алдымен осы жіберушінің атын жазыңыз.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Жіберуші қосылып, импортталуда...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Бумаларды тек үйлестірушінің сейфі импорттайды.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Бумалар ізделуде...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>Ол жерден бума файлдары табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Табылған бумалар: %n. Тексерілуде...</numerusform>
            <numerusform>Табылған бумалар: %n. Тексерілуде...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>Бума тексерілуде: %1 / %2</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Импорт тоқтатылды. «Тоқтатылды» деп белгіленген бумалар импортталмады; дайын болғанда оларды қайта қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Бумалар: %n</numerusform>
            <numerusform>Бумалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Choose bundle files</source>
        <translation>Бума файлдарын таңдаңыз</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Guvoh бумалары (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Бумалар қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>%1 бумалары импортталуда</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Таңдалған буманың нәтижесі</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Қауіпсіздік кодтарын салыстыру...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Қауіпсіздік кодын жіберушімен салыстыру</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Бума нөмірі</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Жіберуші кілтінің саусақ ізі</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Саусақ ізі (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Жасалған (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Белгісіз жіберуші. Қауіпсіздік кодтарын салыстыру үшін осы файлды қайта қосыңыз.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Жаңа үйлестірушінің жолы</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Жолды осында қойыңыз</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Жолды оқу</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Үйлестірушіні шақыру</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Жаңа үйлестірушіден оның «Топ» панеліндегі жолды сұраңыз және осында қойыңыз.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>%1 өз қауіпсіздік кодын телефонмен немесе бетпе-бет дауыстап оқысын, ал сіз оны топ-топымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Кілттерді беру файлын сақтау</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>%1 үшін кілттерді беру файлы %2 ретінде сақталды. Оны тек %1 аша алады: оны USB флешкамен немесе мессенджер арқылы беріңіз, содан кейін өз көшірмеңізді жойыңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Ештеңе өзгермеді. Бұл жолды қолданбаңыз: оны қайта сұраңыз, мүмкін болса бетпе-бет.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Топқа қосылу...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Топқа қосылу: кілттерді беру файлын ашу</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Ұйым тобына қосылу үшін жолыңызды оның үйлестірушілерінің біріне беріңіз. Ол сізге кілттерді беру файлын жасайды; оны осында ашыңыз.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Кілттерді беру файлын ашу</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Кілттерді беру файлдары (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>%1 ұйымының қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Сізді шақырған %1 қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Екі кодты да %1 адамымен телефонмен немесе бетпе-бет, топ-топымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Сіз %1 тобына қосылдыңыз. Енді ортақ қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Ештеңе өзгермеді. Бұл кілттерді беру файлын қолданбаңыз: жаңасын сұраңыз, мүмкін болса бетпе-бет.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>MicrophoneChoice</name>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Микрофон табылмады</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (әдепкі)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Қазір осы микрофон қолданылады, бірақ таңдауды келесі жолға есте сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Сенім білдірілген күн</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Сенімді</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Сенімді ұйымдар</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Сіз әзірге бірде-бір ұйымға сенім білдірмегенсіз. Ұйымнан оның карта файлын сұрап, оны төменде қосыңыз.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Шифрлау кілті</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Саусақ ізі (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Шифрлау кілті (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Сіз айғақтарды жіберетін ұйымдар. Ұйымға жібергеніңізді тек сол ұйымның өз үйлестірушілері аша алады.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ұйым қосу</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Ұйым сізге берген карта файлын таңдаңыз (USB флешкамен немесе мессенджер арқылы алынған). Содан кейін оның қауіпсіздік кодын олармен салыстырасыз.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 қауіпсіздік коды:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Файл енді шифрланған сейфіңізде. Түпнұсқа %1 ішінен жойылсын ба?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Түпнұсқа: %1. Guvoh оның үстіне бір рет нөлдер жазып, содан кейін оны өшіреді. Бұл қауіпсіз өшіру емес: диск (әсіресе SSD немесе жад картасы), файлдық жүйе, сақтық көшірмелер және бұлтпен синхрондау одан әлі де із немесе көшірме сақтап қалуы мүмкін.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Түпнұсқаны жою</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Бұдан былай сұрамай, осылай істеу</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Түпнұсқа %1 ішінен жойылды.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Қосылған файлдардың түпнұсқалары</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Әр жолы сұрау</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Түпнұсқаны сұрамай жою</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Түпнұсқаны сұрамай қалдыру</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>«Жүктеулер» қалтасынан, телефоннан немесе USB флешкадан қосылған сурет не жазба сол жерде шифрланбаған күйде қалады. Ол сейфке түскеннен кейін Guvoh түпнұсқаны жоя алады: файлдың үстіне бір рет нөлдер жазып, содан кейін оны өшіреді. Бұл қауіпсіз өшіру емес: диск (әсіресе SSD немесе жад картасы), файлдық жүйе, сақтық көшірмелер және бұлтпен синхрондау әлі де із немесе көшірме сақтап қалуы мүмкін. Guvoh ішінде жасалған жазбалардың түпнұсқасы болмайды.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Түпнұсқаны жою не істейді</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Түпнұсқалар баптауының күйі</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Сақталды. Guvoh әр файлдан кейін сұрайды.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Сақталды. Түпнұсқалар файлы сейфке түскен соң жойылады.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Сақталды. Түпнұсқалар өз орнында қалады.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Бүкіл мұрағат</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Ағымдағы іздеу</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Қайта санау</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Істер саналуда</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Шолу күйі</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Әрекет түрі бойынша істер</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Әрекет түрі</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Шыққан елі бойынша істер</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Шыққан елі</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Қазір тұратын елі бойынша істер</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Қазір тұратын елі</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Оқиғалар айы бойынша істер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Санау:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Әр түрдің қанша ісі бар екені. Екі әрекет түрі немесе екі елі бар іс екеуінде де саналады.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Істер саналуда...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Бүкіл мұрағат: %n іс.</numerusform>
            <numerusform>Бүкіл мұрағат: %n іс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Іздеу берілмеген, сондықтан бұл бүкіл мұрағат: %n іс.</numerusform>
            <numerusform>Іздеу берілмеген, сондықтан бұл бүкіл мұрағат: %n іс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Ағымдағы іздеу тапқан істер: %n іс.</numerusform>
            <numerusform>Ағымдағы іздеу тапқан істер: %n іс.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Ұйымыңыздың атауы</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Карта файлына арналған қалта</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Картаны сақтайтын жерді таңдаңыз</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Ұйымды жасау</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Картаны сақтау</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>QR код суреті ретінде сақтау</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Ұйым картаңыздың QR коды</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Оны оқитын телефон немесе сканер карта файлын алады. Зерттеуші бәрібір қауіпсіздік кодын сізбен салыстырады.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Ұйымыңызды бір рет жасаңыз. Guvoh оның картасын сақтайды: бұл зерттеушілеріңізге беретін шағын файл, сонда олар жіберген нәрсені тек сіздің үйлестірушілеріңіз аша алады.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Зерттеуші картаңызды қосқанда, оған осы қауіпсіздік кодын телефон арқылы немесе бетпе-бет оқып беріңіз.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Карта файлы үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Ұйымыңыздың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Карта %1 ретінде сақталды. Оны зерттеушілеріңізге беріңіз (ол құпия емес), содан кейін оларға қауіпсіздік кодын оқып беріңіз.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Карта %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Бұл картаға сенбес бұрын қауіпсіздік кодын ұйыммен телефон арқылы немесе бетпе-бет салыстырыңыз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Сурет үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бұл карта QR код үшін тым ұзын. Оның орнына зерттеушілеріңізге карта файлын беріңіз.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>QR код суреті %1 ретінде сақталды. Оны зерттеушілеріңіз үшін басып шығарыңыз; олар картаға сенбес бұрын бәрібір қауіпсіздік кодын сізбен салыстырады.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Құпия сөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Құпия сөздің беріктігі</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Кез келген тілдегі бір-бірімен байланысы жоқ төрт-бес сөз жақсы құпия сөз болады.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Екі құпия сөз әлі бірдей емес.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Құпия сөз жақсы.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Таңдау...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Таңдау: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Жазбаны ойнату немесе кідірту</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Ойнатуды тоқтату</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Жазбадағы орын</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Ойнатылған уақыт</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Ойнатқыш хабары</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Жаңа адамның шын атын, байланысын және тұратын жерін қорғау</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Әдепкі бойынша қорғау</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Қорғалған мәліметтер «Көрсету» басылғанша экранда жасырын тұрады, іздеу нәтижелерінде ешқашан шықпайды және қорғалған мәліметтерсіз жасалған экспортқа қосылмайды. Бұл сіз қосатын адамдарға және нені қорғау керегі көрсетілмеген іс файлдарына қолданылады; істеріңіздегі бұрыннан бар адамдардың баптауы бұрынғыдай қалады.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>Әдепкі бойынша қорғау не істейді</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Әдепкі бойынша қорғау күйі</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Сақталды. Жаңа адамдардың бұл мәліметтері басынан қорғалады.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Сақталды. Жаңа адамдардың ешбір мәліметі басынан қорғалмайды: әр мәліметті өзіңіз белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Бұл іс қайдан келді</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Тексеру қорытындысын көшіру</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Буманы, жіберушіні, уақыттарды және файлдардың хэштерін мәтін ретінде көшіреді. Онда ешбір адамның аты жоқ және айғақтан үзінді келтірілмейді.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Бұл іс осы сейфте жасалған. Ол бумамен келмеген, сондықтан тексеретін жіберуші жоқ.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Бұл іс келген бумалар</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Істің қайдан келгенін көру үшін оны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Бұл іс %n бумамен келген, ең ескісінен бастап.</numerusform>
            <numerusform>Бұл іс %n бумамен келген, ең ескісінен бастап.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Тексеру қорытындысы көшірілді. Онда ешбір адамның аты жоқ және айғақтан үзінді келтірілмейді.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Ұйымыңыз берген файлды қолдану...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Ұйымыңыз берген файлды қолдану</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Ұйымның файлы</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Ұйымыңыз берген файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Баптау файлдары (*.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Файлдан ештеңе қолданылмады. Оны қолданбаңыз: ұйымыңыздан файлды қайта беруін сұраңыз, мүмкін болса, бетпе-бет.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>%1 баптаулары қолданылады; сейфіңіз жасалған бойда %1 сенімді деп белгіленеді.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Ұйымыңыздан келген файл</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Бұл сандарды ұйымыңыз берген кодпен телефон арқылы немесе бетпе-бет салыстырыңыз: олардың үйлестірушісінен оны топ-тобымен дауыстап оқуын сұраңыз. Егер олар өзгеше болса, файлды біреу өзгертуі мүмкін: оны қолданбаңыз.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Бұл файл нені орнатады</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Кодтар сәйкес келеді</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Осы файлдағы қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 сенімді деп белгіленеді: сіз жіберген нәрсені тек оның үйлестірушілері аша алады.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тіл: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Ұйым істерді алғанын растаған бойда олар осы компьютерден жойылады.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Ұйым істерді алғанын растағаннан кейін де олар осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (бүркеншіксіз)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Қолданбаның көрінетін атауы: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n минут әрекетсіз тұрғаннан кейін құлыпталады.</numerusform>
            <numerusform>%n минут әрекетсіз тұрғаннан кейін құлыпталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Жеткізілген істерді жою</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Жеткізілген істер</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Не жойылады</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Мұны кері қайтаруға болмайтынын түсінемін</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Бұл істерді жою</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оларды қалдыру</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Қалдырып, жабу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Ұйым бұл істерді алғанын растады. Жергілікті көшірмелеріңізді жойсаңыз, бұл компьютер біреудің қолына түссе де, оларды онда табу мүмкін болмайды.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Бұл әрекет тізімдегі %n істі барлық сақталған нұсқаларымен, %1 және барлық ескертпелерімен бірге осы компьютерден жояды. Ұйымның көшірмесі сақталады. Мұны кері қайтаруға болмайды.</numerusform>
            <numerusform>Бұл әрекет тізімдегі %n істі барлық сақталған нұсқаларымен, %1 және барлық ескертпелерімен бірге осы компьютерден жояды. Ұйымның көшірмесі сақталады. Мұны кері қайтаруға болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Әзірге бірде-бір іс жеткізілді деп белгіленбеген. Алдымен ұйымның түбіртегін импорттаңыз.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Жойылуда...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Осы компьютерден %n іс жойылды.</numerusform>
            <numerusform>Осы компьютерден %n іс жойылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Түбіртектер жасау</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Расталатын бумалар</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Түбіртектерге арналған қалта</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Түбіртектерді сақтайтын жерді таңдаңыз</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Түбіртектер жасалуда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Түбіртектер бар қалта</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Оларды қалай қайтару керек</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Не келгенін растау</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Түбіртек жіберушіге қай істер мен файлдардың аман жеткенін хабарлайды, сонда ол өз көшірмелерін жоя алады. Guvoh әр бума үшін бір түбіртек файлын жасайды.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: %2 үшін</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>аты көрсетілмеген жіберуші</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 жоғарыдағы қалтаға сақталды. Әрқайсысын сол буманың жіберушісіне USB флешкамен немесе мессенджер арқылы қайтарыңыз; ол оны Guvoh-та импорттайды («Түбіртекті импорттау»). Оны тек сол жіберуші аша алады және онда айғақтың өзі туралы ештеңе айтылмайды.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Түбіртектерді қайда сақтау керек:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (түбіртек бұрын жасалған)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Растайтын импортталған бума жоқ.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Кемінде бір буманы белгілеңіз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Түбіртектер үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n түбіртек</numerusform>
            <numerusform>%n түбіртек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Түбіртекті импорттау</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Түбіртек файлы</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Түбіртекті таңдаңыз</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Түбіртектер (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Түбіртекті импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Ұйым %n істі алғанын растады: %1.</numerusform>
            <numerusform>Ұйым %n істі алғанын растады: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n іс экспорттан кейін өзгертілді: %1. Ұйымда экспортталған нұсқа бар; кейінгі өзгерістеріңіз осында, жеткізілмеген күйде қалады: оларды қайта экспорттаңыз немесе жойыңыз.</numerusform>
            <numerusform>%n іс экспорттан кейін өзгертілді: %1. Ұйымда экспортталған нұсқа бар; кейінгі өзгерістеріңіз осында, жеткізілмеген күйде қалады: оларды қайта экспорттаңыз немесе жойыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Жеткізілген істер файлдарымен бірге осы компьютерден жойылды.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Олар жеткізілген деп белгіленді; көшірмелеріңізді «Жеткізілген істерді жою» арқылы жоюыңызға болады.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Олар жеткізілген деп белгіленді және Баптауларда белгіленген мерзім өткенде осы компьютерден жойылады.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Алдымен түбіртек файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Ұйым файлыңызды алғанда, түбіртек жібереді (.age деп аяқталатын файл). Оны импорттау бұл істерді жеткізілген деп белгілейді және, егер Баптауларда мұны өзгертпеген болсаңыз, оларды осы компьютерден жояды.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Мына жерде файл жоқ: %1.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Түбіртек тексерілуде...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Түбіртек шынайы, бірақ бірде-бір іс өзгерген жоқ: оның істері бұрын жеткізілді деп белгіленген немесе жойылған.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Жеткізілген істерді жою</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Бірден, түбіртек келгенде</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Түбіртектен бір күн кейін</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Түбіртектен жеті күн кейін</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Ешқашан: оларды осы компьютерде сақтау</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Ұйымның түбіртегі келгенде, ол растаған істер файлдарымен бірге осы компьютерден жойылады, сондықтан оларды осы компьютердің алдындағы адам да, кейін алынған диск көшірмесі де оқи алмайды. Экспорттан кейінгі өзгерістер қалады. Әлі жеткізілмеген істер мен түбіртекке дейін алынған диск көшірмесі қорғалмайды.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Түбіртектен кейін жою неден қорғайды</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Түбіртектен кейін жою күйі</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Жеткізілген істер сіз оларды жоймайынша осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Сақталды. Мерзімі келген жеткізілген істер келесі құлыпты ашқанда немесе түбіртек импортталғанда жойылады.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Алынған айғақ</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бұл іс қайдан келді</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Алынған айғақ — дәлел, сондықтан ол тек оқу үшін ашылады. Онымен жұмыс істеу үшін жұмыс көшірмесін жасаңыз: өзіңіздің жаңа ісіңіз. Бұл іс қалай келсе, солай қалады.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Алынған істер туралы</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>Жұмыс &amp;көшірмесін жасау</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Бұл істің жұмыс көшірмесін жасау</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Мәтіні сондай жаңа іс, оны өзгерте аласыз. Тіркелген файлдар алынған істе қалады.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Осы істен жасалған жұмыс көшірмесін ашу</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>%1 жұмыс көшірмесін &amp;ашу</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>атын көрсетпеген жіберуші</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Жіберуші: %1, алынды: %2. Келгенде қолтаңба тексерілді: іс дәл жіберілгендей.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Сұхбатты жазу</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Жазылған уақыт</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Дыбыс деңгейі</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Дыбыс деңгейі:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Жазуды кідірту немесе жалғастыру</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Тоқтатып, сақтау</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Жазуды тоқтатып, сақтау</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Жазу күйі</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Бұл компьютерде микрофон табылмады</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Сұхбатты жазу үшін микрофон немесе гарнитура қосыңыз.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Жазылуда...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Микрофонды іске қосу мүмкін болмады. Оны басқа бағдарлама қолданып жатпағанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Жазылуда. Әр сәт жазылған бойда шифрланып сақталады.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (%2-бөлім).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Жазылуда.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Кідіртілді. «Жалғастыру» түймесін басқанша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Микрофон ешбір дыбыс жазылмай тұрып жұмысын тоқтатты, сондықтан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Ештеңе жазылмады, сондықтан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Микрофон жұмысын тоқтатты; оған дейін жазылғанның бәрі (%1) шифрланған сейфіңізде сақталды.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Шифрланған сейфіңізге сақталды (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Ашып, жаңа құпия сөз орнату</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Сейф жасалғанда жазып алған қалпына келтіру кодын енгізіп, жаңа құпия сөз таңдаңыз. Ұмытылған құпия сөз енді жұмыс істемейді.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Екі құпия сөз әлі бірдей емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Бұл сіздің қалпына келтіру кодыңыз. Ол тек осы жолы ғана көрсетіледі. Оны қағазға жазып, осы компьютерден бөлек сақтаңыз: құпия сөзіңізді ұмытсаңыз, оның көмегімен сейфіңізді басқа компьютерде ашуға болады.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Қалпына келтіру кодының соңғы тобы</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Мен оны жазып алдым</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Растау үшін соңғы топты енгізіңіз</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Мөрленген сейфті ашу...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Зерттеушінің мөрленген сейфін ашу</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Мөрленген сейфті ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Мөрленген сейфті қалай ашу</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Сапар сұрауын ашу...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Сейфін сапарға мөрлеген зерттеуші сізге сапар сұрауын жіберді. Ол шекарадан өткеннен кейін өзіңіз бұрыннан білетін нөмірге дауыстық қоңырау шалыңыз: бұл шынымен сол адам екенін, оның аман екенін және еркін сөйлей алатынын, әрі мөрлеуден бұрын жазып алған қауіпсіздік коды осы жерде көрсетілген кодпен бірдей екенін тексеріңіз. Тек содан кейін ғана ашу токенін жазып, оған жіберіңіз.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Сапар сұрауы</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Одан қауіпсіздік кодын дауыстап оқуын сұраңыз. Төрт цифрдан тұратын әр топ сәйкес келе ме?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Қауіпсіздік кодын салыстыру</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Сәйкес келеді: ашу токенін жазу...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Сәйкес келеді: ашу токенін жазу</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Ашу күйі</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Мөрленген сейфті ашу</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Сапар сұрауын ашу</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Тексерілуде...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>%1 жіберген сапар сұрауы, %2 жасалған. Оның қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Токен жазылмады. Сейфті ашпаңыз: бұл сұрауды басқа біреу жасаған болуы немесе ол адамның қасында басқа біреу болуы мүмкін. Онымен басқа жолмен қайта сөйлесіңіз.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Ашу токенін сақтау</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Ашу токені жазылуда...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Ашу токені %1 ішінде. Оны файл ретінде жіберіңіз немесе мәтінін хабарламаға қойыңыз.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>Ашу токенінің QR коды</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Токенді оған жіберіңіз: оны хабарламаға қойыңыз, файлды жіберіңіз немесе осы кодты телефонмен сканерлеуін сұраңыз. Ол тек оның мөрленген сейфін және тек оның құпия сөзімен бірге ғана ашады.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Ашу токенін қалай жіберу керек</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Токенді көшіру</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Ашу токенін көшіру</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Ашу токенінің файлы</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Көшіру күйі</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Көшірілді. Оны оған жазатын хабарламаңызға қойыңыз; сейф құлыпталғанда алмасу буфері тазартылады.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Есеп жазу</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Есеп пішімі</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>Іс бойынша PDF есебі</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>CSV кестесі, әр оқиғаға бір жол</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON деректері</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Белгілердің тілі</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Қорғалған мәліметтерді қосу</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Есепте шын аттар, байланыс деректері және қорғалған деп белгіленген басқа мәліметтер болады. Файлды алған кез келген адам оларды оқи алады. Оларды есепті оқитын адамдардың көруіне рұқсат болса ғана қосыңыз.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Қорғалған мәліметтер туралы ескерту</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Келісім тексерілуде...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Таңдалған істердің келісімі</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Жариялауға келісімі жоқ істер</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Есеп файлы</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Есепті басқаша сақтау</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Есептер (*.pdf *.csv *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Есеп шифрланбайды: файлды алған кез келген адам оны оқи алады. Оны шифрланған дискіде сақтаңыз және тек бұл істерді көруге рұқсаты бар адамдармен бөлісіңіз.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Ескерту: есеп шифрланбаған</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Есеп жазылуда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Есепті жазу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Белгілердің тілі</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>%n іс бойынша есеп</numerusform>
            <numerusform>%n іс бойынша есеп</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Есепті қалай сақтау керек:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>келісім кері қайтарылған: қолданбаңыз</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>келісім жазылмаған: қолданбаңыз</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>жариялауға болмайды</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Бірде-бір іс таңдалмаған. Алдымен істерді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>Таңдалған істердің %n ісін жариялауға болмайды. Есеп оларды белгілейді; оларды тек адамдар келісім берген мақсатқа ғана қолданыңыз:</numerusform>
            <numerusform>Таңдалған істердің %n ісін жариялауға болмайды. Есеп оларды белгілейді; оларды тек адамдар келісім берген мақсатқа ғана қолданыңыз:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Таңдалған істердің бәрінде жариялауға келісім бар.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Бар қалтадағы файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Есеп шифрланбай %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Онда қорғалған мәліметтер бар.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Зерттеуші</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданады</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Әлі күшіне енбеген</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Бекітілмеген</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Түбіртек жасалды %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Түбіртек әлі жоқ</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Бекітілген зерттеушілер</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Әзірге бірде-бір зерттеуші бекітілмеген. Төменде біреуін қосыңыз немесе «Кіріс» бөлімінде буманы импорттап, жіберушісін сол жерде бекітіңіз.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Таңдалған зерттеуші</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ашық кілт</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Саусақ ізі (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ашық кілт (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Кілт қай күннен бастап жарамды</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Жарамдылықтың басталу күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Кілт қай күнге дейін жарамды</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Жарамдылықтың соңғы күні (сол күнді қоса)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Күндерді сақтау</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Кілттің жарамдылық мерзімін сақтау</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Қазір тоқтату</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Осы зерттеушінің кілтін қазір тоқтату</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Жарамдылық туралы хабар</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Осы зерттеушіден келген бумалар</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Бұл зерттеушіден әзірге бума жоқ.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Оның файлдары қашан қабылданады</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Бұл зерттеуші қол қойған бумалар тек осы күндер аралығында қабылданады. Егер оның ноутбугы жоғалса немесе тартып алынса, не ол сізбен жұмысын тоқтатса, кілтті қазір тоқтатыңыз: бұдан былай ол қол қойған бумалар қабылданбайды; бұрын импортталғандары сақталады.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Оның бумалары</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Зерттеушінің ашық кілті</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Осы зерттеушінің аты</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Қауіпсіздік кодын көрсету</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Бұл сандарды зерттеушімен телефон арқылы немесе бетпе-бет салыстырыңыз: одан «Тұлға» бетіндегі қауіпсіздік кодын топ-тобымен дауыстап оқуын сұраңыз. Бұл үшін хабарламаны қолданбаңыз: кілтті өзгерте алатын адам хабарламаны да өзгерте алады.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Зерттеуші қосу туралы хабар</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Осы кілттің қауіпсіздік коды:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Зерттеушілер</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Бумалар тек сіз осы жерде, олармен қауіпсіздік кодын салыстырғаннан кейін бекіткен зерттеушілерден ғана импортталады.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Зерттеуші қосу</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Зерттеушінің «Тұлға» бетіндегі ашық кілтті қойыңыз (ол құпия емес; оны мессенджермен жіберуге болады) және оны қандай атпен танитыныңызды жазыңыз.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>%1 үшін күндер сақталды.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>%1 кілті тоқтатылды. Бұдан былай ол қол қойған бумалар қабылданбайды; бұрын импортталған бумалар сақталады.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Алдымен зерттеушінің «Тұлға» бетіндегі ашық кілтті қойыңыз.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Бұл кілт бұрын %1 деген атпен бекітілген.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Файлдарын тани алу үшін осы зерттеушінің атын жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 бекітілді. Енді ол қол қойған бумалар қабылданады.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Ешкім бекітілмеді. Бұл кілтті қолданбаңыз: оны біреу жолда өзгерткен болуы мүмкін. Зерттеушіден оны қайта сұраңыз, мүмкін болса, бетпе-бет.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Құпия сөзді жасыру</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Құпия сөзді көрсету</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafetyCodeLabel</name>
    <message>
        <source>Safety code</source>
        <translation>Қауіпсіздік коды</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Шекара алдында сейфті мөрлеңіз. Мөрленген сейф құпия сөзбен де, қалпына келтіру кодымен де ашылмайды — мұнда да, диск көшірмесінен де — ұйымыңыз сізге қоңырау шалып, ашу токенін жібергенше. Мөрлеуге дейін жасалған көшірме қорғалмайды.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Мөрлеу неден қорғайды</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Қауіпсіздік кодыңыз</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Сейфті ашатын ұйым</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Мөрлеу үшін құпия сөзіңіз</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Сапарға мөрлеу...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Мөрлеу күйі</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Сапарға мөрлеу</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Қауіпсіздік кодыңыз: %1. Ұйымыңыз сейфті ашу үшін қоңырау шалғанда, сізден оны оқып беруді сұрайды, ал сейф мөрленіп тұрғанда оны көрсету мүмкін емес: оны жазып алыңыз.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Сейфті мөрлеу үшін құпия сөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Сапар сұрауын сақтау</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Мөрленуде...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Әрекетсіз қанша минуттан кейін құлыпталатыны</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Сейф қалтасы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Пернетақта тіркесімдері...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Әрекетсіз тұрғанда құлыптау уақыты</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Сейфіңіздің қалтасы</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Пернетақта</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Сейфті жою</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Сейф қалтасындағының бәрі шифрланған. Guvoh ашық тұрғанда қалтаны көшірмеңіз; оның орнына осы жерде сақтық көшірме жасаңыз.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Баптау қазір қолданылды, бірақ келесі жолға сақталмады.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Guvoh енді %n минут әрекетсіз тұрғаннан кейін құлыпталады.</numerusform>
            <numerusform>Guvoh енді %n минут әрекетсіз тұрғаннан кейін құлыпталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Экрандағы негізгі әрекетті орындау: құлыпты ашу, сейф жасау, жалғастыру</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Артқа оралу («Артқа» түймесі бар жерде)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Енгізіліп жатқан құпия сөзді көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Сейфті құлыптау</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Жаңа іс бастау</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Жазудың асты сызылған әрпімен: сол өріске немесе түймеге өту</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Келесі өріске өту (Shift+Tab: алдыңғысына)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдерінің осы тізімін көрсету</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Мұнда соңғы рет жазғаныңыздан кейін оқиғаңыз «Істер» бөлімінде өзгертілген немесе жойылған, сондықтан оның үстіне ештеңе сақталмады. Мұнда басқа оқиғаны айтып бере аласыз.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмады</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Оқиғаңызды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Әзірге ештеңе сақталмады</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Шифрланған сейфіңізге сақталды: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Сіздің оқиғаңыз өзіңізге тиесілі</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Сіз бірнеше қысқа сұраққа жауап бересіз. Өзіңіз таңдаған ұйымға арналған файлды жасағанша бәрі осы компьютерде шифрланған күйде қалады, ал ол файлды тек сол ұйым аша алады. Кез келген уақытта тоқтай аласыз: жазғаныңыз сейфіңізде сақталады.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Мен өз баянымды өзім таңдаған ұйымға бергім келеді</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Ұйымға оны мына мақсаттарға қолдануға болады:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Не болды?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Өз сөзіңізбен, кез келген тілде, қалағаныңызша ұзақ не қысқа айтып беріңіз.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Не жіберілетінін тексеріңіз</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Ұйымға арналған файлда мыналар болады. Бірдеңе өзіңіз қалағандай болмаса, оның жанындағы «Өзгерту» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Сізді қалай атайды</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Ұйымға оны мына мақсаттарға қолдануға болады</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Файлды кім аша алады</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файл жоқ</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Файлда жоқ.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Файлда: %1. Ол қорғалған күйде сақталады: оны тек ұйым қызметкерлері көреді және ол ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Файлда: %1. Ұйымға бұл атты қолдануға болады.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Өз шын атыңызбен</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Мүлдем атамасын: сіз жасырын қаласыз</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Файлда: %1. Ол қорғалған күйде сақталады: оны тек ұйым қызметкерлері көреді.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Файлда жоқ: сізбен байланысуға болатынын айттыңыз, бірақ сізбен қалай байланысуға болатынын жазбадыңыз.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Файлда жоқ: ұйым сізбен байланыспайды.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Тек %1. Файлға сіз қол қойғансыз.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Есіңізде жоқ</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Оқиғаңызды атайтын бірнеше сөз (мұнда адамдардың аттарын жазбаңыз):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Қысқа тақырып</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Менің оқиғам</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Бұл қашан болды?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Есіңізде қалғандай нақты жазыңыз. Ұзақ уақыт созылса, басталған кезін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Бұл қашан болғаны есімде жоқ</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Жылдың өзі жеткілікті. Айды не күнді есіңізде болмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Жылды жазыңыз немесе «Бұл қашан болғаны есімде жоқ» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Жылды төрт цифрмен жазыңыз (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Айды да таңдаңыз немесе күнді бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Бұл қай жерде болды?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Елі және қаласы (қаласаңыз). Ешқашан көше мекенжайын жазбаңыз.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Ел (іздеу үшін теріңіз)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Іздеу үшін теріңіз</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Қала немесе елді мекен</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Оған кімдер қатысты?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Мұны істегендер (полиция, консулдық, өзіңіз танитын біреу...) және сол жерде болған немесе зардап шеккен басқа адамдар. Тек айтуға өзіңізге ыңғайлы нәрсені ғана жазыңыз; мұны бос қалдыруға болады.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кімдер қатысты</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Ұйымға сізбен байланысуға бола ма?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Мысалы, оқиғаңыз туралы сұрақ қою үшін.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Иә, менімен байланысуға болады</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Жоқ, менімен байланыспауыңызды сұраймын</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Олар сізбен қалай қауіпсіз байланыса алады? (мессенджердегі атыңыз, телефон нөмірі немесе олар сұрай алатын адам). Бұл қорғалған күйде сақталады.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Сізбен қалай байланысуға болады</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Сізбен қалай байланысуға болатынын жазыңыз немесе «Жоқ, менімен байланыспауыңызды сұраймын» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Сізді қалай атасын деп қалайсыз?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Бұл ұйымға оқиғаңызды қолданса, сізді қалай атауға болатынын айтады.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Өз шын атыммен</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Өзім таңдаған басқа атпен (ешқашан шын атым емес)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Мүлдем атамасын: мен жасырын қаламын</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Сіздің шын атыңыз</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Оның орнына қолданылатын ат</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Орнына қолданылатын ат</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Шын атыңызды жазыңыз немесе сізді атаудың басқа жолын таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Орнына қолданылатын атты жазыңыз немесе сізді атаудың басқа жолын таңдаңыз.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Оқиғаңызды кім алуы керек?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Файлды тек өзіңіз таңдаған ұйым аша алады.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Сенімді ұйымдар</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Сіз әлі бірде-бір ұйым қоспадыңыз. Ұйым сізге берген карта файлын төменде жүктеңіз.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Басқа ұйым ба? Ол сізге берген карта файлын таңдаңыз; оның қауіпсіздік кодын олармен телефон арқылы немесе бетпе-бет салыстырасыз.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Файлды жасау</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Файлды қайда сақтау керек?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файлға арналған қалта</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлды сақтайтын жерді таңдаңыз</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Файлыңыз дайын</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Оқиғаңыз осы файлда, шифрланған және сіз қол қойған:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Оқиғаңыз жазылған файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Қалай жеткізу керек</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Басқа оқиғаны айту</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Қадам: %1 / %2</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Шын атыңызды жазу міндетті емес. Егер жазсаңыз, ол қорғалған күйде сақталады: оны тек ұйым қызметкерлері көреді және ол ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Ұйымға бұл атты қолдануға болады.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Оқиғаңызда ешқандай ат болмайды. Ұйым сізбен тек сіз рұқсат берген жағдайда ғана байланыса алады.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Мұндай күн жоқ; күн мен айды тексеріңіз.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Оқиғаңыз тек %1 аша алатын бір файлға салынады. Оған сіз қол қоясыз, сондықтан олар жолда оны ешкім өзгертпегенін біле алады.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Суреттер, құжаттар немесе жазба</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Не болғаны туралы суретіңіз не құжатыңыз болса немесе оны дауыстап айтқыңыз келсе, осында қосыңыз. Ол шифрланып сейфіңізге сақталады және оқиғаңызбен бірге жіберіледі. Бұл қадамды өткізіп жіберуге болады.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Оқиғаңызға қосылған файлдар</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Сурет немесе құжат қосу...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Оқиғаңызға сурет немесе құжат қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Таңдалған файлды оқиғаңыздан жою</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файлдар туралы хабар</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Файлды қосу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Файлды қосудан бас тарту</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Дауыстап айту</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 оқиғаңыздан жойылсын ба?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Файл сейфіңізден біржола өшіріледі.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Файлды жою</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл жойылды.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (осы жұмыс орны)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Топтағы атыңыз</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Атыңыз, басқа үйлестірушілер оны осылай көреді</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Топтағы қауіпсіздік кодыңыз</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Жолыңыз</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Жолды көшіру</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Жолыңызды көшіру</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Ортақ қалта</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Ортақ қалтаны таңдау...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Ортақ қалтаны таңдау</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Топтағы үйлестірушілер</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Үйлестірушіні шақыру...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Үйлестірушіні шақыру</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Шығару...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Таңдалған үйлестірушіні шығару</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Ұйымыңыздың бірнеше үйлестірушісі жұмысты бірге атқара алады. Әрқайсысының өз сейфі бар; Syncthing бірдей күйде ұстайтын ортақ қалта олардың арасында тек шифрланған файлдарды тасиды.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Топтағы қауіпсіздік кодыңыз:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Сізді шақыратын үйлестірушіге арналған жолыңыз. Қауіпсіздік кодын онымен телефонмен немесе бетпе-бет салыстырыңыз.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Сейф ашық тұрғанда Guvoh бұл қалтаны өзі оқиды.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Ортақ қалтаны таңдау топты бастайды, ал сіз оның алғашқы үйлестірушісі боласыз.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Алдымен топтағы атыңызды жазыңыз: басқа үйлестірушілер оны сіз шешкен әр нәрсенің жанынан көреді.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Жолыңыз көшірілді.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Ортақ қалта: %1. Сейф ашық тұрғанда Guvoh оны өзі оқиды.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 топтан шығарылсын ба?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>%1 осы сәттен бастап енгізетін өзгерістер барлық жұмыс орындарында қабылданбайды. Ұйымыңыз жаңа карта алады, оны келесі қадамда сақтайсыз: зерттеушілеріңіз қайта жібермес бұрын жаңа картаға сенуі керек.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Жаңа картаны сақтау</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 топтан шығарылды. Жаңа карта %2 ретінде сақталды. Зерттеушілеріңіз қайта жібермес бұрын жаңа картаға сеніп, оның жаңа қауіпсіздік кодын сізбен салыстыруы керек.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Синхрондалуда...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>Топтың %n файлын бұл жұмыс орны әлі оқи алмайды.</numerusform>
            <numerusform>Топтың %n файлын бұл жұмыс орны әлі оқи алмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>%1 кезіндегі синхрондау сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Соңғы синхрондау %1: жаңа ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Соңғы синхрондау %1: импортталған бумалар %2, қолданылған топ өзгерістері %3, жіберушісін күтіп тұрған бумалар %4, қабылданбаған бумалар %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Қосымша жұмыс керек</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Тағайындалды: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Ешкім тағайындалмаған</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Белгі қосылды: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Белгі алынды: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Мұрағаттан алынды</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (басылды: бір уақытта өзгертілген)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Үйлестірушінің аты</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Істі тағайындау</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Жаңа белгі</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Белгіні қосу</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Белгіні алу</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Таңдалған белгіні алу</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Жазбаны қосу</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Кім нені қашан өзгертті</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Бұл іс ұйымыңыздың жұмысында қай кезеңде. Тобыңыздағы басқа үйлестірушілер әр өзгерісті көреді.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Guvoh</source>
        <translation>Guvoh</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Ұмыттыңыз ба? Қалпына келтіру кодын қолданыңыз</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Сейфіңізді ашу үшін құпия сөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Құпия сөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Сейфіңіз ашылуда...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Ашу токені</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Ашу токенін осында қойыңыз</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Токен файлын ашу...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Мөрді ашу</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Мөрді ашу күйі</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Ұйымыңыз сізбен сөйлескеннен кейін ашу токенін жібереді. Оны қойыңыз немесе файлын ашыңыз, содан соң «Мөрді ашу» таңдаңыз; құпия сөзіңіз жоғарыдағы өрісте қалады.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Ашу токенін ашу</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Бұл файл ашу токені емес.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Алдымен ашу токенін қойыңыз.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Мөр ашылуда...</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation>Guvoh - Файл</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Файлды көру терезесі</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл аты</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Бұл файлдың жасырын мәліметтері</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Файл ашылуда</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Файлда ақау бар</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Көшірмесін басқаша сақтау...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Бұл файлды басқа жерде ашу үшін оның шифрланбаған көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Файлдың мәтіні</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Көру терезесін жабу</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh тек PNG және JPEG суреттерін, WAV жазбаларын және кәдімгі мәтінді көрсетеді, сондықтан бұл файл мұнда ашылмайды. Көшірмесін сақтап, оны басқа бағдарламамен ашуыңызға болады, бірақ сырттан келген файл оны ашқан компьютерге зиян келтіретіндей етіп жасалған болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>хабар</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Тізімде жоқ: қолданылмайды.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Тізімде жоқ: сақталмады.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Қате құпия сөздерден кейін сейфті жою</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Бұл осы компьютерде құпия сөзіңізді табуға тырысқан адамды тоқтатады. Алдымен дискіні көшіріп алған адамды тоқтатпайды: көшірмеде санау қайта басталады.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Ешқашан (өшірулі)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Қатарынан %n қате құпия сөзден кейін</numerusform>
            <numerusform>Қатарынан %n қате құпия сөзден кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Қате құпия сөздер енді сейфті жоймайды.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Енді сейф қатарынан %n қате құпия сөзден кейін жойылады.</numerusform>
            <numerusform>Енді сейф қатарынан %n қате құпия сөзден кейін жойылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Сейфті жою...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Сейфті жою</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Сейфті жою</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Бұл компьютердегі сейф қазір жойылады: сақталған нұсқалары мен жобалары бар барлық істер, барлық жазбалар мен файлдар, сіз сенетін ұйымдар және кілттеріңіз. Құпия сөзіңіз де, қалпына келтіру кодыңыз да оны енді ашпайды. Мұны ешкім кері қайтара алмайды, ал ұйым өзі алмаған нәрсені қалпына келтіре алмайды.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Бұл сізді жойылғаннан кейін компьютерді алып кеткен адамнан қорғайды. Одан бұрын жасалған диск көшірмесінде сейф бұрынғыдай құлыптаулы күйінде сақталады.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Сейфті жою үшін төменге осы сөзді жазыңыз:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Жазылатын сөз</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Жоюды растайтын сөз</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Сейфті жою</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Сейфті қалдыру</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Сейфті қалдырып, жабу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Сейфті жоясыз ба?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Оқиғаңызды айтыңыз</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Зерттеушілер</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Сейф күйі</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Сейфті құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Сейфті құлыптау</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Бұл сіздің сейфіңіз емес, жалған сейф. Ол қолданылған болып көрінуі үшін кәдімгі істер мен файлдар қосып, содан кейін құлыптаңыз: құпия сөзіңіз сейфіңізді қайта ашады.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Жалған сейф</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Ашық - %n минут әрекетсіз тұрса, құлыпталады</numerusform>
            <numerusform>Ашық - %n минут әрекетсіз тұрса, құлыпталады</numerusform>
        </translation>
    </message>
</context>
</TS>
