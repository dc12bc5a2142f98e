<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Ойнотуу</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Бул компьютерде динамик же кулакчын табылган жок, ошондуктан жазууну бул жерде угууга болбойт.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Бул компьютердин үн системасы бул жазууну ойното албайт.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тындыруу</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Сейфтин камдык көчүрмөсүн жасоо...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Сейфтин камдык көчүрмөсүн жасоо</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Камдык көчүрмөнүн жүрүшү</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Камдык көчүрмөнү токтотуу</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Камдык көчүрмөнүн абалы</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Камдык көчүрмө — бүтүндөй сейфтин көчүрмөсү. Ал сейф сыяктуу эле шифрленет жана сиз иштеп жатканда да коопсуз жасалат. Аны бул компьютерден бөлөк дискте сактаңыз. Башка компьютерде ал калыбына келтирүү кодуңуз менен ачылат.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Камдык көчүрмөнү сактоочу жерди тандаңыз</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>%1 жерине камдык көчүрмө жасалууда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Токтотулууда...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Камдык көчүрмө %1 жерине жасалды: %2, %3. Аны бул компьютерден бөлөк сактаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n иш</numerusform>
            <numerusform>%n иш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>%1 жөнөткөн, анын ачкычы менен кол коюлган (текшерилди).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>аты көрсөтүлбөгөн жөнөтүүчү</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Түзүлгөн: %1, импорттолгон: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Тастыктама: %1 түзүлгөн.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Тастыктама: азырынча жок.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Бул сейфтен жөнөтүлгөн, сиз кол койгонсуз.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Түзүлгөн: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Тастыктама: %1 алынган.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Ким жөнөткөн</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>Бул пакеттен келген %n тиркелген файл, ар бири кол коюлган пакет менен салыштырылып текшерилди. Алар эч качан өзүнөн-өзү ачылбайт.</numerusform>
            <numerusform>Бул пакеттен келген %n тиркелген файл, ар бири кол коюлган пакет менен салыштырылып текшерилди. Алар эч качан өзүнөн-өзү ачылбайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Бул иш менен бирге тиркелген файлдар келген жок.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Тиркелген файлдар</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Тастыктама</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Пакет: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Кол коюучунун ачкычынын манжа изи: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>Пакет файлынын SHA-256: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Түзүлгөн (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Импорттолгон (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Иштин келген версиясы: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Тиркеме %1 (%2): %3 байт, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>сейфте мындан ары жок</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Техникалык маалымат</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Тастыктама түзүү...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Тастыктама түзүү</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Уюмдун карточка файлы</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Уюмдун карточкасын тандаңыз</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Уюмдун карточкалары (*.card *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Карточканы окуу</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Уюмдун аталышы</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Бул сандарды уюм менен телефон аркылуу же жүзмө-жүз салыштырыңыз: алардын координаторунан коопсуздук кодун топ-топ менен үн чыгарып окуп берүүнү сураныңыз. Бул үчүн билдирүү же электрондук кат колдонбоңуз: карточканы өзгөртө алган адам билдирүүнү да өзгөртө алат.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Дал келет</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Бул карточка ишенимдүү карточканын ордун басат</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Бул карточкадагы коопсуздук коду:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 дарегинде файл жок.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>%1 файлын окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Бул карточка %1 үчүн сиз ишенген карточканын ордун басат. Эски карточканын коопсуздук коду %2 болчу; бул карточканыкы төмөндө. Анын шифрлөө ачкычы өзгөрөт: мурункусу %3, жаңысы %4. Жаңы код дал келсе, мындан ары жөнөткөндөрүңүз жаңы ачкыч үчүн гана шифрленет.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Уюм сизге берген карточка файлын тандаңыз.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>Эми %1 ишенимдүү деп белгиленди. Ага жөнөткөн файлдарды %1 координаторлору гана ача алат.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Эч нерсе ишенимдүү деп белгиленген жок. Бул карточканы колдонбоңуз: аны бирөө өзгөрткөн болушу мүмкүн. Уюмдан карточкасын кайра берүүсүн сураныңыз, мүмкүн болсо, жүзмө-жүз.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Издөө үчүн жазыңыз</translation>
    </message>
    <message>
        <source>search</source>
        <translation>издөө</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>тандалган</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Тандалган: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>өлкө</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Өлкө көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>region</source>
        <translation>аймак</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаар же айыл</translation>
    </message>
    <message>
        <source>city</source>
        <translation>шаар</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жашырылган</translation>
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
        <translation>датасы жок</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сакталды</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорттолду</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Экспорттолду %1 (мөөр басылган)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Иштин бөлүктөрү</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Маек жана макулдук</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Баян</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Окуялар</translation>
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
        <translation>&amp;Тарых</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← Иштерге &amp;кайтуу</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Иштердин тизмесине кайтуу</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ишти сактоо</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Шифрленген сейфиңизге сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Кыска аталыш, коркунучта турган адамдардын аттарысыз</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Ата&amp;лышы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Абал&amp;ы</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Экспорттолгон иштер жөнүндө</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөрдү өчүрүү</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Сактоо абалы</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Долбоор - али жазылып жатат</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Жөнөтүүгө даяр</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Адам толук маалымат алып, макул&amp;дугун берди</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Макулдук берилди</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Макулдук: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Макул болгон колдонуулар</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Анонимдүүлүк каалайбы</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>Анон&amp;имдүүлүк</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Аны менен кайра байланышсак болот</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Кайра байланышууга болот</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Макулдук кайтарылып алынды</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Макулдук кайтарылды</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Макулдук кайтарылып алынган күн</translation>
    </message>
    <message>
        <source>on</source>
        <translation>күнү</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Адам койгон шарттар же чектөөлөр</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Маек</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Маек болгон күн</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Кү&amp;нү</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Маек болгон жер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Маек алуучунун лакап аты</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Лакап ат гана, эч качан чыныгы ат эмес</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Маек алуучу</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Котормочу</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Адам азыр жашаган өлкө</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Азыр жашаган жери</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Көрсөтмөнүн тилдери</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Иш эмне жөнүндө экенин айткан бир нече сап</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Кыскача ма&amp;змуну</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегдер</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Ачкыч сөздөр, үтүр менен бөлүнгөн</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Те&amp;гдер</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Көрсөтмөнүн толук тексти</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Көрсөтмө</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Иштеги адамдар</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Адам кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Тандалган адамды өчүрүү</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Адам өчүрүлдү</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Кайтаруу</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Кайтаруу: өчүрүлгөн адамды кайтаруу</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Корголгон маалыматтарды к&amp;өрсөтүү</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Корголгон маалыматтарды көрсөтүү</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Корголгон маалыматтар «Көрсөтүү» баскычын басмайынча чекиттер менен көрсөтүлөт, ал эми ишти экспорттоодо аларды кошпой коюуга болот.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Бул иштеги адамдын белгиси</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Белгиси</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ролу</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Адам азыр жашаган жер</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Жабырлануучуга тууганчылыгы</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Тууганчылык кайсы жабырлануучуга тиешелүү</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Чыныгы аты</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Лакап аты</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туулган жылы</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Жашаган жери</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Корголгон</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Коргоо: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Кимге тиешелүү</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Өчүрүлдү: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Иштеги окуялар</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Окуя кошуу</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Тандалган окуяны өчүрүү</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА же ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Окуянын датасы</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Дата канчалык так</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Тактыгы көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Кача&amp;н</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Окуя болгон жер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Эмне кылынды</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Ким кылды</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кимге карата</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сакталган версиялар</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Бул версияны кө&amp;рүү</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Тандалган версияны көрүү</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Бул версияны калыбына &amp;келтирүү</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Тандалган версияны жаңы версия катары калыбына келтирүү</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Бул версиянын мазмунун эң жаңы версия катары кайра сактайт. Ар бир версия мурдагыдай калат.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Тандалган версия, окуу үчүн гана</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Ар бир сактоо версия катары калат. Экспорттолгон версия мөөрлөнөт жана эч качан өзгөрбөйт.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Жаңы иш, али сактала элек.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Шифрленген сейфиңизге %1 сакталды.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Иш %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңы иш</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Бул иш экспорттолгон. Аны дагы эле өзгөртө аласыз: сактаганда өзгөртүүлөрүңүз жаңы долбоор версиясы болуп калат, ал эми экспорттолгон нуска мурдагыдай калат.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Алынган иштен жасалган</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сакталбаган өзгөртүүлөр долбоордо</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>Өзгөртүүлөр менен &amp;улантуу</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр менен улантуу</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Аларды ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Өзгөртүүлөр али сактала элек.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Өзгөртүүлөрүңүздү долбоор катары сактоо мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Долбоор шифрленген сейфиңизде сакталды.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Шифрленген сейфиңизге азыр эле сакталды.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Шифрленген сейфиңизге %n секунд мурун сакталды.</numerusform>
            <numerusform>Шифрленген сейфиңизге %n секунд мурун сакталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Шифрленген сейфиңизге бир мүнөт мурун сакталды.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Шифрленген сейфиңизге %n мүнөт мурун сакталды.</numerusform>
            <numerusform>Шифрленген сейфиңизге %n мүнөт мурун сакталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Сиз баштаган жаңы иш (акыркы өзгөртүү: %1) али сактала элек. Ал шифрленген сейфиңизде долбоор катары сакталууда. Аны улантыңыз же өчүрүп, кайра баштаңыз.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Бул иште али сактала элек өзгөртүүлөрүңүз бар (акыркы өзгөртүү: %1). Алар шифрленген сейфиңизде долбоор катары сакталууда. Алар менен улантыңыз же аларды өчүрүп, акыркы сакталган версияны көрүңүз.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Сакталбаган өзгөртүүлөрүңүз кайтарылды. Долбоор шифрленген сейфиңизде сакталды; аларды жаңы версия катары калтыруу үчүн сактаңыз.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>%1-версия, %2 сакталган (окуу үчүн гана; корголгон маалыматтар жашырылган)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Алынган көрсөтмө, окуу үчүн гана.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Алынган көрсөтмө: көрсөтмөнүн өзү окуу үчүн гана; анын абалын жана эскертмелерин «Абалы жана эскертмелер» өтмөгүндө жазууга болот.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Абалы жана &amp;эскертмелер</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Алынган %1 ишинин жумушчу көчүрмөсү; ал иштин өзү кандай келсе, ошондой бойдон калат.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (жумушчу көчүрмө)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Бул алынган %1 ишинин жумушчу көчүрмөсү, шифрленген сейфиңизде сакталды. Алынган иш кандай келсе, ошондой бойдон калат.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Акыркы сактоодон кийинки өзгөртүүлөрүңүз сакталган жок. %1-версияны калыбына келтирүү аларды алмаштырат; сакталган ар бир версия мурдагыдай калат. %1-версияны калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Мурунку версияны калыбына келтирүү</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>%1-версияны калыбына келтирүү</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Өзгөртүүлөрүмдү калтыруу</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>%1-версия жаңы версия катары калыбына келтирилди: %2. Мурунку ар бир версия мурдагыдай калат.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>чыныгы аты</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>лакап аты</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>жашаган жери</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>байланыш</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Корголгон маалымат дал келди: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Сакталбаган өзгөртүүлөр бар: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Бул иштеги өзгөртүүлөр али сактала элек. Алар шифрленген сейфиңизде долбоор катары сакталууда: алар менен улантуу же аларды өчүрүү үчүн ишти ачыңыз.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Акыркы өзгөртүү</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Табылган жери</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Жөнөтүүгө даяр</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорттолду</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткирилди</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Дайындалды</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Каалаган дайындоо</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Мага дайындалган</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Эч кимге дайындалган эмес</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Аттарды, жерлерди, сөздөрдү издөө...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Иштерди издөө</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Каалаган абал</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Каалаган аракет</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Каалаган өлкө</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Изилдөөчү</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңы иш</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Жаңы иш баштоо (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Көрсөтүлгөн иштердин саны</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Азырынча иш жок. Биринчи көрсөтмөнү жазуу үчүн «Жаңы иш» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Азырынча иш жок. Иштер «Келген пакеттер» аркылуу келет: изилдөөчүлөр жана өз окуясын айтып жаткан адамдар жөнөткөн файлдарды ошол жерден импорттоңуз.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Каалаган изилдөөчү</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Каалаган пакет</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Эч нерсе табылган жок. Азыраак сөз же башка чыпкаларды колдонуп көрүңүз.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>%n иштен ашык табылды</numerusform>
            <numerusform>%n иштен ашык табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n иш табылды</numerusform>
            <numerusform>%n иш табылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Уюм үчүн экспорттоо...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Уюм үчүн экспорттоо</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Тандалган иштерден (же бардык даяр иштерден) шифрленген файл түзүү</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Тастыктаманы импорттоо...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Тастыктаманы импорттоо</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Жеткирилген иштерди өчүрүү...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Жеткирилген иштерди өчүрүү</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бул иш кайдан келген</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Отчет...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Тандалган иштер боюнча отчет жазуу</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>Тандалган иштердин (же көрсөтүлгөн бардык иштердин) PDF, CSV же JSON файлы</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Тастыктамаларды түзүү...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Тастыктамаларды түзүү</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сакталбаган өзгөртүүлөр долбоордо</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>%1 ишиндеги өзгөртүүлөрүңүз али сактала элек. Алар шифрленген сейфиңизде долбоор катары сакталууда: алар менен улантуу же аларды өчүрүү үчүн ишти ачыңыз.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Сиз баштаган жаңы иш али сактала элек. Ал шифрленген сейфиңизде долбоор катары сакталууда: аны улантуу же өчүрүү үчүн «Жаңы иш» баскычын басыңыз.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Жалпы саны: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Маалымат жок</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: маалымат жок</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Диаграмма. Анын жанындагы таблицада ошол эле сандар көрсөтүлгөн.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Таблица: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n иш; %1 иште аракеттин түрү жазылган эмес.</numerusform>
            <numerusform>%n иш; %1 иште аракеттин түрү жазылган эмес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n иш; %1 иште келип чыккан өлкө жазылган эмес.</numerusform>
            <numerusform>%n иш; %1 иште келип чыккан өлкө жазылган эмес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n иш; %1 иште азыр жашаган өлкө жазылган эмес.</numerusform>
            <numerusform>%n иш; %1 иште азыр жашаган өлкө жазылган эмес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n иш; %1 иште бир дагы окуянын айы жазылган эмес.</numerusform>
            <numerusform>%n иш; %1 иште бир дагы окуянын айы жазылган эмес.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Диаграммада эң чоң %1 көрсөтүлгөн; таблицада бардык %2 бар.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Жылы гана белгиленген окуялар: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Сейфти кичирейтүү</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Кичирейтилүүдө</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Кичирейтүүнүн абалы</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Өчүрүлгөн иштердин жана жеткирилгенден кийин өчүрүлгөн иштердин үстүнөн ошол замат жазылат. Кичирейтүү бошогон орунду да алып салат, ошондуктан сейфтин өлчөмү анда мурда канча маалымат болгонун мындан ары көрсөтпөйт. Чоң сейфте бул бир топ убакытка созулушу мүмкүн.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Сейф кичирейтилүүдө...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Кичирейтилди: мурда %1, азыр %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Дал келет</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh күтүлбөгөн көйгөйгө туш болду. Сейфиңизде сакталган нерселер коопсуз; акыркы өзгөртүү сакталбай калышы мүмкүн.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Төмөнкү маалыматта Guvoh кодундагы жер гана көрсөтүлөт, сиз жазган нерсе эч качан көрсөтүлбөйт. Аларды Guvoh программасын колдогон адамдарга көчүрүп жөнөтсөңүз болот.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Күтүлбөгөн көйгөй</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh көрсөтмөлөрдү ушул компьютерде шифрленген түрдө сактайт. Адегенде аны кантип колдоноруңузду айтып, сырсөз тандаңыз.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Мен адамдардан маек алам</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Мен өз окуямды айтып бергим келет</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Мен уюм үчүн пакеттерди кабыл алам</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Башкаларга көрүнө турган ат</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Лакап ат да болот</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Сейфимди түзүү</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Guvoh программасына кош келиңиз</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Колдонмонун көрүнгөн аталышы</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Сейфиңиз ушул компьютердин ачкычтар сактагычына да байланат, ошондуктан көчүрүлгөн файлдарды гана ачуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Бул компьютерде системалык ачкычтар сактагычы жок, ошондуктан сейфти сырсөзүңүз гана коргойт. Аны жакшылап тандаңыз жана сейф папкасынын көчүрмөлөрүн коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Сейфиңиз түзүлүүдө. Бул бир нече секунд талап кылат...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Ишти өчүрүү...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Ишти өчүрүү</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>%1 «%2» иши бардык сакталган версиялары, %3 жана эскертмелери менен бул компьютерден өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>%1 «%2» иши бардык сакталган версиялары жана эскертмелери менен бул компьютерден өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Эмне өчүрүлөт</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Муну кайтарып болбойт.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Муну кайтарып болбойт. Уюм бул ишти алганын тастыктаган жок: эгер аны жөнөтпөсөңүз, ал жоголот.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Калтырып, жабуу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>%1 иши өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Өчүрүлүүдө...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Кеңири маалымат</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Колдонмонун көрүнгөн аталышы</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (жашыруусуз)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Жазуулар</translation>
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
        <translation>Бул аталышты колдонуу</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Жашыруу абалы</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Жашыруу: терезе, меню пункту, папкалар жана ачкычтар сактагычындагы жазуу Guvoh ордуна жөнөкөй аталыш алат. Бул компьютерди көз кыйыгы менен караган адамдан коргойт; дискти изилдеген адамдан программаны да, шифрленген сейфти да жашырбайт. Аны өзгөртүү колдонмону кулпулайт жана сейфти көчүрөт; аны мурдагыдай ачыңыз.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Бул аталыштагы папкада башка файлдар бар же ал башка дискте. Эч нерсе көчүрүлгөн жок; башка аталыш тандаңыз.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Пакет файлдарын же толук папкаларды бул жерге таштаңыз</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Пакет файлдары жана папкалар үчүн таштоо аймагы</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Бирөө сизди сейфти ачууга мажбурлаган учур үчүн экинчи сырсөз. Аны кулпу экранында киргизсеңиз, ушул сейфке окшош жалган көчүрмө ачылат, ошондон тартып сырсөзүңүз да, калыбына келтирүү кодуңуз да эч нерсени ачпайт — бул компьютерде да, кийин жасалган дисктин көчүрмөсүнөн да. Ал аны киргизгенге чейин жасалган дисктин көчүрмөсүнөн же эки көчүрмөнү салыштыруудан коргобойт. Колдонулгандай көрүнүшү үчүн адегенде жалган көчүрмөнү кадимки иштер менен толтуруңуз.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Мажбурлоо сырсөзү эмнеден коргойт</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Мажбурлоо сырсөзүнүн абалы</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Мажбурлоо сырсөзү</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Мажбурлоо сырсөзүн кайталоо</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Кайталаңыз</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Калыбына келтирүү кодуңуз, бир жолу керек</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Мажбурлоо сырсөзүн коюу</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Толтуруу үчүн жалган көчүрмөнү ачуу</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Сейфиңиз кулпуланат жана анын ордуна жалган көчүрмө ачылат; иштерди жана файлдарды кадимкидей кошуп, андан кийин кулпулаңыз. Сырсөзүңүз сейфиңизди кайра ачат.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Өчүрүү...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Мажбурлоо сырсөзүн өчүрүү</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Мажбурлоо сырсөзү жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Мажбурлоо сырсөзү коюлган, ал жалган көчүрмөнү ачат.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Жалган көчүрмө бар, бирок аны ача турган мажбурлоо сырсөзү жок: сырсөзүңүздү алмаштырганда мажбурлоо сырсөзү күчүн жоготту. Аны кайра коюңуз.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Мажбурлоо сырсөзү коюлган эмес.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Мажбурлоо сырсөзүн алмаштыруу</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Мажбурлоо сырсөзүн эки жолу киргизиңиз.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Эки мажбурлоо сырсөзү бирдей эмес.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Калыбына келтирүү кодуңузду да киргизиңиз.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Мажбурлоо сырсөзү коюлууда...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Мажбурлоо сырсөзү коюлду. Эми жалган көчүрмөнү ачып, колдонулгандай көрүнүшү үчүн ага бир нече кадимки иш кошуңуз.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Мажбурлоо сырсөзү эч нерсени ачпай калат, ал эми жалган көчүрмө иштери жана файлдары менен кошо жок кылынат. Улантасызбы?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Мажбурлоо сырсөзү мындан ары эч нерсени ачпайт, жалган көчүрмө жок кылынды.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Күтүлбөгөн ката кетти. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Сырсөздү киргизиңиз.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Кеминде 12 белги колдонуңуз; бири-бирине байланышпаган төрт же беш сөз жакшы болот.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>Ал абдан кеңири тараган сөздөрдөн же сырсөздөрдөн турат; сейрек кездешүүчү сөздөрдү кошуңуз.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>Ал баскычтоптогу калыпка ылайык түзүлгөн; анын ордуна бири-бирине байланышпаган сөздөрдү колдонуңуз.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Анда бир эле белгилер кайталанат; бир нече ар башка сөз колдонуңуз.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Ал abcd же 1234 сыяктуу жеңил ырааттуулук; бири-бирине байланышпаган сөздөрдү колдонуңуз.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Даталарды жана жылдарды табуу оңой; анын ордуна сөздөрдү колдонуңуз.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Анда сиздин атыңыз же программанын аты бар; башка сөздөрдү тандаңыз.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Аны табуу өтө оңой болмок; дагы эки-үч байланышпаган сөз кошуңуз.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Диск толуп калган, ошондуктан эч нерсе өзгөртүлгөн жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Диск окуу үчүн гана, ошондуктан эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh программасынын %1 жерине жазууга уруксаты жок, ошондуктан эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>%1 жерине жазуу ишке ашкан жок, ошондуктан эч нерсе өзгөртүлгөн жок. Диск бузулуп жаткан болушу мүмкүн.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Калыбына келтирүү коду 4 тамга жана сандан турган 8 топтон турат; бири да түшүп калбаганын текшериңиз.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Калыбына келтирүү кодунда анда болбошу керек болгон белгилер бар; жазуудагы каталарды текшериңиз.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Калыбына келтирүү кодунда жазуу катасы бар; ар бир топту өзүңүздөгү көчүрмө менен салыштырыңыз.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Иш файлында %1 талаасы жок.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Иш файлында %1 жеринде Guvoh билбеген талаа бар: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%1 жериндеги %2 белгилүү код эмес; тизмени resources/vocab/%3.json файлынан караңыз.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>%1 жериндеги иш файлынын схема версиясы %2; бул Guvoh 1-версияны окуйт.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 %2 түрүндө болушу керек.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 өтө узун же өтө чоң (чеги: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 бош же өтө кичине (кеминде %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 күтүлгөн түрдө эмес: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Эки жазуу бир эле %2 ID колдонот (%1 жеринде); ID кайталанбашы керек.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 %2 деп көрсөтөт, бирок иште мындай ID бар адам жок.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 %2 файлын көрсөтөт, бирок бул иште мындай ID бар тиркеме жок.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 чыныгы календардык дата эмес: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Жаңы иште %1 талаасы болбошу керек; аны сейф өзү дайындайт. Бар болгон ишти өзгөртүү үчүн &apos;guvoh case edit&apos; колдонуңуз.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Бул файл башка ишке тиешелүү (ID %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>%2 абалы экспорттоодо же тастыктама аркылуу коюлат; иш файлында draft же ready гана жазууга болот.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Иш файлы %1 жеринде жараксыз: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>%1 файлы жок; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>%1 файлын окуу мүмкүн болгон жок; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 файл эмес, папка; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>%1 файлы сакталып жатканда жылдырылды же өчүрүлдү; эч нерсе сакталган жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>%1 файлы сакталып жатканда өзгөрдү; эч нерсе сакталган жок. Ага башка программа жазбай турганда кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импорттолду.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Мурда импорттолгон; эч нерсе эки жолу импорттолгон жок.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Четке кагылды: ушундай эле пакет ID бар башка файл мурда көрүлгөн (кайталап жөнөтүү).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Биз үчүн эмес: бул пакет башка уюмга жөнөтүлгөн.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Белгисиз жөнөтүүчү: коопсуздук кодун жөнөтүүчү менен телефон аркылуу же жүзмө-жүз салыштырыңыз; коддор дал келсе, файл импорттолот.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Четке кагылды: бул жөнөтүүчүнүн файлдары сиз белгилеген күндөрдүн ортосунда гана кабыл алынат.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Бузулган же өзгөртүлгөн: файл жөнөтүүчү аны түзгөндөн кийин өзгөргөн. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Биз үчүн эмес: бул пакет башка уюм үчүн шифрленген.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Биз үчүн эмес: бул пакет башка уюм үчүн жасалып, андан ары берилген.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Бул «guvoh team identity» берген координатордун сабы эмес; аны кайра сурап, сапты толук коюңуз.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Бул атты колдонууга болбойт: башкаруу белгилерисиз 1ден 200гө чейин тамга жазыңыз.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Бул маанини жазууга болбойт (%1): абалды, тегди же эскертмени текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Бул иш ордунда азырынча жалпы папка жок. Адегенде аны «guvoh team folder DIR» менен көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>%1 жалпы папкасы жок (диск ажыратылган же Syncthing азырынча жөндөлгөн эмес). Эч нерсе окулган жок.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh %1 жалпы папкасына жаза албайт. Анын бар экенин жана ага жазууга уруксатыңыз бар экенин текшериңиз; чечимдериңиз сакталды жана кийинки синхрондоодо жазылат.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Бул иш орду топко кирбейт: адегенде бул жерде уюм түзүңүз же координатор сиз үчүн даярдаган ачкычтарды өткөрүү файлы менен кошулуңуз.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Бул иш орду бул топко мурунтан эле кошулган; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Бул иш орду башка топко кирет, ошондуктан бул топко кошула албайт.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Бул сейф мурунтан эле %1 уюмуна таандык, ошондуктан башка уюмдун ачкычтарын ала албайт. Жаңы координатор сейфинен кошулуңуз.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Бул бул иш орду үчүн даярдалган ачкычтарды өткөрүү файлы эмес же ал бузулган, ошондуктан эч нерсе өзгөргөн жок. Координатордон аны сабыңыз боюнча кайра даярдоону сураңыз.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>%1 файлын окуу мүмкүн болгон жок, ошондуктан эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 мурунтан эле бар жана эч качан кайра жазылбайт; башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 топтон чыгарылган жана ошол эле ачкыч менен кайра кошула албайт. Жаңы сейфтен жаңы сап сураңыз.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Бул топто %1 деген координатор мурунтан эле бар; жаңы келген адамдан башка ат тандоону сураңыз.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Иш орду өзүн өзү чыгара албайт; аны башка координатор чыгарат.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Бул топто %1 координатору жок. Тизмени «guvoh team status» көрсөтөт.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>%1 атына бирден ашык координатор дал келет; манжа изин колдонуңуз.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Эмнени жазуу керек экенин көрсөтүңүз: абал, дайындоо, тег же эскертме.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>%1 жеринде бузулган белги бар (жалгыз сурогат, ал Unicode тексти эмес); иш сакталган жок.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>%1 жериндеги файлдын атында кыйгач сызык (/), тескери кыйгач сызык (\), башкаруучу белги же тексттин багытын өзгөртүүчү белги бар; мындай белгилер файлды башка нерсе кылып көрсөтүшү мүмкүн. Иш сакталган жок.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>%1 түп нускасы мындан ары ордунда жок, ошондуктан эч нерсе өчүрүлгөн жок. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>%1 түп нускасы сейфке сакталгандан бери өзгөргөн, ошондуктан ал өчүрүлгөн жок. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>%1 түп нускасы башка жерге шилтеме, ошондуктан Guvoh аны өчүргөн жок. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>%1 түп нускасы кадимки файл эмес, ошондуктан Guvoh аны өчүргөн жок. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>%1 түп нускасын өчүрүү мүмкүн болгон жок: система буга уруксат берген жок. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>%1 түп нускасынын үстүнөн нөлдөр жазылды, бирок система аны өчүрүүгө уруксат берген жок; бош файлды өзүңүз өчүрүңүз. Сейфиңиздеги көчүрмө коопсуз.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Жөндөө файлын окуу мүмкүн болгон жок, ошондуктан эч нерсе коюлган жок. Файл ордунда экенин жана толук көчүрүлгөнүн текшериңиз.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Бул файл жөндөө файлы болууга өтө чоң, ошондуктан эч нерсе коюлган жок. Уюмуңуз берген файлды тандаңыз.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бул жөндөө файлы эмес, же ал бузулган же толук эмес, ошондуктан эч нерсе коюлган жок. Уюмуңуздан жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Бул жөндөө файлында Guvoh&apos;тун бул версиясы билбеген жөндөө бар (%1), ошондуктан эч нерсе коюлган жок. Guvoh&apos;ту жаңыртыңыз же уюмуңуздан жаңы файл сураңыз.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Бул жөндөө файлы %1 жөндөөсүнө Guvoh кабыл албаган маани берет, ошондуктан эч нерсе коюлган жок. Уюмуңуздан жаңы файл сураңыз.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Бул жөндөө файлына уюм кол койгон эмес, ошондуктан эч нерсе коюлган жок. Уюмуңуздан кол коюлган файлды сураңыз.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бул жөндөө файлы уюм кол койгондон кийин өзгөртүлгөн же бузулган, ошондуктан эч нерсе коюлган жок. Уюмуңуздан жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Бул жөндөө файлына ал атаган уюм эмес, башка бирөө кол койгон, ошондуктан эч нерсе коюлган жок. Аны колдонбоңуз; уюмуңуздан өз файлын сураңыз.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Толук эмес: файл аягына чейин жетпей калган, балким, көчүрүп жатканда. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Четке кагылды: туура түзүлгөн Guvoh пакети эмес. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Четке кагылды: бул Guvoh окубаган пакет форматы. Guvoh программасын жаңыртыңыз.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Окулбайт: Guvoh пакети эмес, же окуу мүмкүн болбогон файл.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Четке кагылды: пакеттеги бир иш иш форматына туура келбейт.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Четке кагылды: пакет башка жактан келген ишти же файлды кайра жазып салмак.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Четке кагылды: башка жөнөтүүчү мурда ушул эле ID менен пакет жөнөткөн. Экөөнүн бири аны көчүрүп алган; кайсынысына болбосун ишенүүдөн мурун эки жөнөтүүчүдөн тең сураңыз.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Окулган жок: сейф жайгашкан дискте бул пакет үчүн бош орун жетишсиз. Бир аз орун бошотуп, аны кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Жокко чыгарылды: бул файлдан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Ийгиликсиз: күтүлбөгөн ката бул файлды токтотту; андан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Четке кагылды: пакетте бир да иш жок. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Бул сейф сапарга мөөрлөнгөн. Уюмуңуз ачуу токенин жибергенде гана ал кайра ачылат; анда «Мөөрдү ачуу» дегенди тандаңыз (же &apos;guvoh unseal&apos; аткарыңыз).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Бул сейф мөөрлөнгөн эмес, ачыла турган мөөр жок. Ал сырсөз менен ачылат.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Бул сейфтин мөөрүн бул токен менен ачуу мүмкүн болгон жок: мөөр файлы бузулган же жок. Сейф мөөрлөнгөн бойдон калат; уюмуңуздан жардам сураңыз.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Бул ачуу токени эмес же анын бир бөлүгү жок. Токенди биринчи сабынан акыркысына чейин толук кайра көчүрүңүз.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Бул ачуу токенине сейф мөөрлөнгөн уюм кол койгон эмес, ошондуктан ал четке кагылды. Сейф мөөрлөнгөн бойдон калат.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Бул ачуу токени башка сейф үчүн, ошондуктан ал четке кагылды. Сейф мөөрлөнгөн бойдон калат.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Бул ачуу токени бул сейфтин мурунку мөөрү үчүн болчу жана колдонулуп бүткөн, ошондуктан ал четке кагылды. Уюмуңуздан акыркы жиберген сапар сурооңуз үчүн токен сураңыз.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Бул сапар суроосун окуу мүмкүн болгон жок же ал бул уюм үчүн жасалган эмес, ошондуктан ачуу токени жазылган жок.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Мажбурлоо сырсөзү сейфтин өз сырсөзүнөн айырмаланышы керек. Башкасын тандаңыз.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Бул сейф мажбурлоо сырсөзү пайда болгонго чейин түзүлгөн, ошондуктан аны коюу үчүн бир жолу калыбына келтирүү коду керек. Калыбына келтирүү кодун киргизип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Бул аталыштагы папкада башка файлдар бар же ал башка дискте (%1). Эч нерсе көчүрүлгөн жок; башка аталыш тандаңыз.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Бул сейфте жалган көчүрмө жок: адегенде мажбурлоо сырсөзүн коюңуз.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Бул сырсөз сейфти ачкан жок. Баскычтоптун тилин жана Caps Lock баскычын текшериңиз.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Сейфтин ачкычын алмаштыруу үзгүлтүккө учурады, аны сырсөзүңүз гана аягына чыгара алат. Сейфти сырсөзүңүз менен ачып, андан кийин жаңы калыбына келтирүү кодун алуу үчүн &apos;guvoh rekey&apos; буйругун кайра аткарыңыз.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Бул калыбына келтирүү коду бул сейфке тиешелүү эмес.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>%1 жеринде сейф жок. &apos;guvoh init&apos; менен сейф түзүңүз же башка папка тандаңыз.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 Guvoh сейфи эмес. Сейф жайгашкан папканы тандаңыз.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>%1 жеринде сейф мурдатан бар; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>%1 ичинде башка файлдар бар. Сейф үчүн жаңы же бош папка тандаңыз.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 мурдатан бар жана ал бош папка эмес. Камдык көчүрмө үчүн жаңы же бош папка тандаңыз; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 сейфтин өзүнүн ичинде жайгашкан. Камдык көчүрмө үчүн башка дисктеги папканы тандаңыз; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Бул сейф башка Guvoh терезесинде же буйругунда ачык турат. Адегенде аны ошол жерден жабыңыз.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Сейф кулпуланган. Адегенде аны ачыңыз.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Бул сейфке ушул компьютердин ачкычтар сактагычында сакталган ачкыч да керек, бирок ачкычтар сактагычында ал жок. Сейфти калыбына келтирүү кодуңуз менен ачыңыз.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Бул сейфке ушул компьютердин ачкычтар сактагычында сакталган ачкыч да керек, бирок ачкычтар сактагычы иштеп жаткан жок. Иш столуңуздун сеансына кириңиз же сейфти калыбына келтирүү кодуңуз менен ачыңыз.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Системалык ачкычтар сактагычы жооп берген жок, ошондуктан эч нерсе өзгөртүлгөн жок. Ачкычтар сактагычыңыздын кулпусун ачып, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Бул сырсөз өтө алсыз: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Сейфтин ачкыч файлы бузулган же өзгөртүлгөн, ошондуктан сейфти ачуу мүмкүн эмес. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Сейфтин ачкыч файлы коопсуз эмес жөндөөлөрдү талап кылгандыктан четке кагылды; аны бирөө өзгөрткөн болушу мүмкүн. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Сейфтин маалымат базасы бузулган, аны окуу мүмкүн болгон жок. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Бул сейф Guvoh программасынын жаңыраак версиясы менен жазылган. Аны ачуу үчүн Guvoh программасын жаңыртыңыз.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 мурдатан бар; Guvoh файлдарды үстүнөн жазбайт. Башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>%1 иш файлы жок.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>%1 иш файлы UTF-8 текст эмес.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>%1 иш файлын окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>%1 иш файлы жарактуу JSON эмес: %2-сап, %3-мамыча: %4.</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Бул сейфте %1 иши жок. Иштерди &apos;guvoh case list&apos; көрсөтөт.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Бул сейфте %1 тиркемеси жок. Аларды &apos;guvoh attachment list CASE&apos; көрсөтөт.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>%1 каттоо номери башка ишке мурда берилген; башкасын тандаңыз.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Ал версия экспорттолгон жана мөөрлөнгөн; ошондуктан өзгөртүүңүз жаңы версия катары сакталды.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Сакталган %1 файлы бузулган же өзгөртүлгөн, ошондуктан ал берилген жок. Сейфти камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Жокко чыгарылды. Эч нерсе жарым-жартылай жазылып калган жок.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Бул пакет кол коюлгандан кийин өзгөртүлгөн же жолдо бузулган. Эч нерсе импорттолгон жок; жөнөтүүчүдөн жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Бул пакет толук эмес: файл аягына чейин жетпей калган, балким, көчүрүп жатканда. Эч нерсе импорттолгон жок; аны кайра көчүрүңүз.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Бул пакет башка уюм үчүн жасалып, сизге андан ары берилген. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Бул пакет бул уюмга жөнөтүлгөн эмес, ошондуктан аны бул жерде ачуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Бул файл туура түзүлгөн Guvoh пакети эмес, ошондуктан четке кагылды. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Бул пакет %1 форматында, аны бул Guvoh окубайт. Guvoh программасын жаңыртыңыз.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Бул файл Guvoh пакети эмес, же ал окулгус болуп бузулган.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Бул пакетке сиз али ырастай элек адам кол койгон (ачкыч %1, коопсуздук коду %2). Кодду жөнөтүүчү менен салыштырып, андан кийин ачкычты &apos;guvoh signer trust&apos; менен бекитиңиз.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>%1 ачкычы жарактуу мөөнөтүнөн тышкары. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>%1 пакети мурда импорттолгон; эч нерсе эки жолу импорттолгон жок.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Ушундай эле %1 пакет ID бар башка файл мурда көрүлгөн: бул кайталап жөнөтүү, эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Башка жөнөтүүчү (%2) мурда ушул эле %1 ID менен пакет жөнөткөн, ошондуктан эч нерсе импорттолгон жок; экөөнүн бири аны көчүрүп алган.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>%1 пакетинде бир да иш жок, ошондуктан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>%1 жайгашкан дискте %3 байт бош орун бар, бирок бул пакетти окуу үчүн %2 байт керек; эч нерсе окулган жок. Бир аз орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Бул пакеттеги %1 ишинде бир тиркеменин файл атында кыйгач сызык (/), тескери кыйгач сызык (\), башкаруучу белги же тексттин багытын өзгөртүүчү белги бар (%2 жеринде); мындай белгилер файлды башка нерсе кылып көрсөтүшү мүмкүн, ошондуктан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Бул пакеттеги %1 ишинде %2 жеринде бузулган белги (жалгыз сурогат) бар, ошондуктан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Бул пакеттеги %1 иши иш форматына туура келбейт, ошондуктан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Пакет башка жактан келген %1 %2 үстүнөн жазып салмак. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Бул тастыктама %1 пакети үчүн, бирок бул сейф аны ошол уюмга жөнөткөн эмес.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Бул сейфте импорттолгон %1 пакети жок.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Муну координатордун сейфи гана (guvoh init --role coordinator) аткара алат.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Бул карточкада сиз мурдатан ишенген %1 үчүн жаңы ачкычтар бар. Анын жаңы коопсуздук кодун уюм менен салыштырып, андан кийин ал эски карточканын ордун басарын ырастаңыз; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Адегенде &apos;guvoh org create&apos; менен уюмду түзүңүз.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>%1 ишинин макулдугу жок же макулдук кайтарылып алынган, ошондуктан аны экспорттоо мүмкүн эмес.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Бир да иш даяр деп белгиленген эмес. Экспорттоло турган иштерди атаңыз же адегенде аларды даяр деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>%1 иши жеткирилгени тастыкталган эмес; аны өчүрсөңүз, ал биротоло жоголот. --force-undelivered параметрин толук ишенсеңиз гана кошуңуз.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>%1 деген ишенимдүү уюм жок. Аларды &apos;guvoh org list&apos; көрсөтөт; уюмду &apos;guvoh org trust CARD&apos; менен ишенимдүү кылыңыз.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 бирден ашык уюмга дал келет; анын манжа изин колдонуңуз.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>%1 аты башка ачкыч үчүн мурда колдонулган.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Бул сейфте %1 деген бекитилген изилдөөчү жок.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Ачкычтын жарактуу мөөнөтүнүн аягы анын башталышынан кийин болушу керек. Даталардын бирин өзгөртүңүз.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Бул жарактуу ачык ачкыч сабы эмес; ал &apos;ssh-ed25519 AAAA... name&apos; сыяктуу болушу керек.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Жалпы папкадагы бул файл бузулган, өтө чоң же бул иш орду үчүн эмес, ошондуктан колдонулган жок.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бул уюмдун карточкасы бузулган же өзгөртүлгөн, ошондуктан ишенимдүү деп белгиленген жок. Уюмдан жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Бир убакта %1 пакеттен ашык берилди. Аларды кичирээк топтор менен импорттоңуз.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Бул сүрөт Guvoh ичинде көрсөтүү үчүн өтө чоң (%1 × %2 пиксель; эң көп 50 мегапиксель көрсөтүлөт).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Бул сүрөт көрсөтүлбөйт: ал бузулган, аягына чейин жетпей калган же PNG же JPEG сүрөтү эмес.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Бул файлдагы жашыруун маалыматтарды окуу мүмкүн болгон жок: файл бузулган, аягына чейин жетпей калган же башында айтылган түрдөгү файл эмес.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Бул файлдагы жашыруун маалыматтарды издөө Guvoh уруксат бергенден көбүрөөк эс же убакыт талап кылды, ошондуктан ал токтотулду. Файлдын өзү өзгөргөн жок.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Бул файл %1 өлчөмүнөн чоң, ошондуктан Guvoh андагы жашыруун маалыматтарды издебейт.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh мындай түрдөгү файлдын жашыруун маалыматтарсыз көчүрмөсүн жасай албайт, ошондуктан тазаланган көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh бул файлдагы жашыруун маалыматтарды издей алган жок. Файлдын өзү өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Мөөрлөө же мөөрдү ачуу аткарылган жок, ошондуктан эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Токтотулду. Эч нерсе жарым-жартылай жазылып калган жок.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Ачкычтын атында сап которуу же табуляция болбошу, ал боштук менен башталбашы жана бүтпөшү керек. Атты өзгөртүп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Изилдөөчүнүн атын же даталарын уруксат берилген кол коюучулардын тизмесине жазуу мүмкүн болгон жок. Боштуксуз жана тыныш белгилерисиз ат колдонуп, даталарды текшериңиз.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Коопсуздук коду 32 сандан турат. Бири да түшүп калбаганын жана ката жазылбаганын текшериңиз.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Шифрленген файлды окуу же жазуу мүмкүн болгон жок, ошондуктан эч нерсе өзгөртүлгөн жок. Бул кайталанса, файл бузулган болушу мүмкүн.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Бул сейфтин бир да ачкычы бул шифрленген файлды ачпайт: ал башка бирөө үчүн жасалган.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Эч нерсеге кол коюлган жок: Guvoh %1 максатындагы кол тамганы кабыл албайт.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Бул шифрлөө ачкычы жараксыз: анын бир бөлүгү түшүп калган же ката жазылган. Ачкычты толугу менен кайра көчүрүңүз.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Бул ачкычты колдонуу мүмкүн болгон жок. Аны келген жеринен кайра көчүрүңүз.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Бул сырсөз же калыбына келтирүү коду бул сейфти ачпайт. Аны текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Иш файлын колдонуу мүмкүн болгон жок, ошондуктан эч нерсе өзгөртүлгөн жок. Файлды текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Иш долбоор катары сактоо үчүн өтө чоң. Эң узун тексттерди кыскартып, андан кийин сактаңыз.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Сейф бул аракетти аткара алган жок, ошондуктан эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Бул пакетти окуу мүмкүн болгон жок, ошондуктан эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>%1 иш файлы өтө чоң (32 МБдан ашык).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бул карточка QR код үчүн өтө узун. Анын ордуна изилдөөчүлөрүңүзгө карточка файлын бериңиз.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Бул шифрленген файл өзгөртүлгөн же бузулган, ошондуктан андан эч нерсе колдонулган жок. Жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Бул Guvoh окуй ала турган шифрленген файл эмес же анын башы бузулган. Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бул уюмдун карточкасын окуу мүмкүн болгон жок, ошондуктан ишенимдүү деп белгиленген жок. Уюмдан жаңы көчүрмө сураңыз.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Бул жазууну окуу мүмкүн болгон жок; ал Guvoh ойното ала турган WAV үн файлы эмес.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Бул кол тамганы текшерүү мүмкүн болгон жок, ошондуктан ал коюлган нерсеге ишеним көрсөтүлгөн жок.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Бул кол тамга ал коюлган нерсеге дал келбейт: экөөнүн бири өзгөртүлгөн, ошондуктан эч бирине ишеним көрсөтүлгөн жок.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Бул кол тамга бузулган же Guvoh кабыл албаган түрдө, ошондуктан ал коюлган нерсеге ишеним көрсөтүлгөн жок.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Бул сейфтин кол коюу ачкычы бузулган, ошондуктан эч нерсеге кол коюу мүмкүн эмес. Сейфти камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Буга сиз али ырастай элек ачкыч менен кол коюлган (%1), ошондуктан ага ишеним көрсөтүлгөн жок.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Текшерилди: пакет бардык текшерүүдөн өттү. Эч нерсе импорттолгон жок.</translation>
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
        <translation>%1 жана %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Бул файлды %1 гана ача алат. Аны USB флешкада жеткириңиз же өзүңүз ишенген мессенджер аркылуу жөнөтүңүз; мүмкүн болсо, жөнөкөй электрондук почтаны колдонбоңуз. Уюм файл келгенин тастыктагандан кийин бул файлды жана анын бардык көчүрмөлөрүн (флешкадагысын да) өчүрүңүз.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n иш</numerusform>
            <numerusform>%n иш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n жазуу же файл</numerusform>
            <numerusform>%n жазуу же файл</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Аны %2 гана ача алат.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Ким ала турганын тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n файл жашыруун маалыматтардан (жайгашкан жер, түзмөк, автор) тазаланып жөнөтүлдү.</numerusform>
            <numerusform>%n файл жашыруун маалыматтардан (жайгашкан жер, түзмөк, автор) тазаланып жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n файлда өчүрө турган эч нерсе жок болчу, алар кандай келсе ошондой жөнөтүлдү.</numerusform>
            <numerusform>%n файлда өчүрө турган эч нерсе жок болчу, алар кандай келсе ошондой жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n файлды текшерүү мүмкүн болгон жок, алар кандай келсе ошондой жөнөтүлдү.</numerusform>
            <numerusform>%n файлды текшерүү мүмкүн болгон жок, алар кандай келсе ошондой жөнөтүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Корголгон маалыматтар жөнөтүлөбү же жокпу, тандаңыз.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Бул иштерде эч кимдин корголгон маалыматтары жок.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Файлга %n адамдын корголгон маалыматтары кошулат.</numerusform>
            <numerusform>Файлга %n адамдын корголгон маалыматтары кошулат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Файлга %n адамдын корголгон маалыматтары кошулбайт.</numerusform>
            <numerusform>Файлга %n адамдын корголгон маалыматтары кошулбайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Жашыруун маалыматтарды (жайгашкан жер, түзмөк, автор) өчүрүү мүмкүн болгон бардык файлдар алардан тазаланып жөнөтүлөт; түп нускалар сейфиңизде кандай келсе ошондой калат.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Файлдар кандай келсе ошондой, ичиндеги бардык жашыруун маалыматтары (жайгашкан жер, түзмөк, автор) менен жөнөтүлөт.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Папкада көрсөтүү</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Файлды өз папкасында көрсөтүү</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорттун жүрүшү</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Экспортту токтотуу</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Экспорттун абалы</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Шифрленип, кол коюлууда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Токтотулууда...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Уюм үчүн экспорттоо</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Жөнөтүлө турган уюмдар</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Экспорттолуучу иштер</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Корголгон маалыматтарды кошпоо</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Корголгон маалыматтарды кошуу</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Файлдардан жашыруун маалыматтарды өчүрүү (жайгашкан жер, түзмөк, автор)</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Файлдардан жашыруун маалыматтарды өчүрүү</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файл үчүн папка</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлды сактоочу жерди тандаңыз</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача маалымат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>«Экспорттоо» эмне үчүн жеткиликсиз</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Аны ким алат?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Сиз азырынча бир да уюмга ишенген жоксуз. Адегенде «Уюмдар» бөлүмүндө уюм сизге берген карточка файлы аркылуу аны кошуңуз.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Кайсы иштер?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Алар менен эмне жөнөтүлөт?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Корголгон маалыматтар - бул ар бир адамдын чыныгы аты, байланыштары жана корголгон деп белгиленген башка маалыматтар. Кошулбаса, алар ушул компьютерде гана калат.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Файлды кайда сактоо керек?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Файл даяр</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Экспорттолгон файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Аны кантип жеткирүү керек</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Жок дегенде бир уюмду тандаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Жок дегенде бир ишти тандаңыз.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Корголгон маалыматтар жөнөтүлөбү же жокпу, тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл үчүн бар болгон папканы тандаңыз.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 жана %2 шифрленип, сиз кол коюп, бул файлга сакталды:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n иш</numerusform>
            <numerusform>%n иш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n жазуу же файл</numerusform>
            <numerusform>%n жазуу же файл</numerusform>
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
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Үн</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Бул сүрөттө ал тартылган жер сакталган: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Бул сүрөттө ал тартылган телефон же камера сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Бул файлда ал жасалган жер сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Бул файлда ал жасалган түзмөк сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Бул файлда аны ким жазганы же жасаганы сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Бул файлда аны жасаган программа сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Бул файлда ал качан жасалганы сакталган: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Бул файлда ал жөнүндө башка маалыматтар сакталган: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Бул файл жашыруун маалыматтарга текшерилүүдө...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh мындай түрдөгү файлды жашыруун маалыматтарга текшере албайт.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Бул файл Guvoh аны жашыруун маалыматтарга текшериши үчүн өтө чоң.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh бул файлды жашыруун маалыматтарга текшере алган жок: ал бузулган болушу мүмкүн.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Жашыруун маалыматтар табылган жок.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Бул иштин файлдары</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файлдар жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Файлдарды кошуу...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Бул ишке файлдарды кошуу</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Көрүү же угуу</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Тандалган файлды көрүү же угуу</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Көчүрмөсүн сактоо...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Тандалган файлдын шифрленбеген көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Тазаланган көчүрмөсүн сактоо...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Тандалган файлдын жашыруун маалыматтарсыз шифрленбеген көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Тандалган файлдын жашыруун маалыматтары</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Тандалган файлды өчүрүү</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Файлдарды кошуунун жүрүшү</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Кошулуп жаткан файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Файлдарды кошууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Файлдарды компьютериңизден бул жерге сүйрөп келсеңиз да болот. Алар сейфте шифрленген түрдө сакталат.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Файлдарды кантип кошуу керек</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Маекти жаздыруу</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Файлдарды кошуу үчүн адегенде ишти сактаңыз.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Бул файл жашыруун маалыматтарсыз көчүрмө катары келди. Көчүрмөнүн SHA-256: %1; жөнөтүүчүдө сакталган түп нусканыкы: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Жашыруун маалыматтарсыз көчүрмө жасалды: SHA-256 %1 (түп нусканыкы: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Бул компьютерди, же көчүрмөнү сактаган дискти же USB флешканы колдоно алган ар бир адам аны ача алат. Көчүрмө керек болбой калаары менен аны өчүрүңүз. Башка бирөөдөн келген файл аны ачкан компьютерге зыян келтирүү үчүн атайын жасалган болушу мүмкүн: көчүрмөнү сиз коргошуңуз керек болгон эч нерсе сакталбаган компьютерде гана ачыңыз.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Тазаланган көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Жашыруун маалыматтарсыз шифрленбеген көчүрмө %1 болуп сакталды. Керек болбой калганда аны өчүрүңүз.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Бул файл Guvoh ичинде ачуу үчүн өтө чоң (256 МБдан ашык).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Көчүрмө шифрленБЕЙТ.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Шифрленбеген көчүрмөнү сактоо</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Шифрленбеген көчүрмө %1 болуп сакталды. Керек болбой калганда аны өчүрүңүз.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 бул иштен өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Файл сейфтен биротоло өчүрүлөт; мурда экспорттолгон көчүрмөлөргө таасир этпейт.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Файлды өчүрүү</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл өчүрүлдү.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Сиздин ачык ачкычыңыз</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Ачкычыңыздын манжа изи</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Ачык ачкычты көчүрүү</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ачык ачкыч (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Манжа изи (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Ачык ачкычты координаторго бериңиз (ал жашыруун эмес). Алар сизден файлдарды кабыл алуудан мурун аны жогорудагы коопсуздук коду менен текшеришет.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Сиздин инсандыгыңыз</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Сиз жөнөткөн нерселердин баарына сиз кол коёсуз, ошондуктан уюм алардын чындап эле сизден келгенин жана жолдо эч ким өзгөртпөгөнүн биле алат.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Сиздин коопсуздук кодуңуз:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Бул сандарды координаторго телефон аркылуу же жүзмө-жүз окуп бериңиз, ошондо алар сиз үчүн көргөн код менен салыштыра алышат.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Ачык ачкыч көчүрүлдү.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Сүрөт</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (өзүн %2 деп атаган)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (жаңы)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Ичиндеги файлдар</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтүүдө</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Текшерилүүдө</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Мурда импорттолгон</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Четке кагылды: мурда көрүлгөн</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Биз үчүн эмес</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Белгисиз жөнөтүүчү</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Жөнөтүүчү мындан ары кабыл алынбайт</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Бузулган же өзгөртүлгөн</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Толук эмес</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh программасынын жаңыраак версиясы керек</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Окулбайт</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Четке кагылды: жараксыз иш</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Четке кагылды: карама-каршылык</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Четке кагылды: бул ID башка жөнөтүүчүдө колдонулган</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Окулган жок: диск толгон</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ийгиликсиз</translation>
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
        <translation>Файлдарды кошуу...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Пакет файлдарын кошуу</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Папка кошуу...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Пакеттер салынган папканы кошуу</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тизмени тазалоо</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Пакеттердин тизмесин тазалоо</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорттун жүрүшү</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Бардык пакеттердин жүрүшү</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Текшерилип жаткан пакет</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Бул пакеттин жүрүшү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импортту жокко чыгаруу</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Топтун кыскача жыйынтыгы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Бул топтогу пакеттер</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Окулбаган саптар жаңы деп белгиленген.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Пакеттер USB флешка же мессенджер аркылуу келет. Файлдарды же толук папканы төмөнкү жерге таштаңыз. Ар бири импорттолордон мурун текшерилет, ичиндеги эч нерсе ачылбайт.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Айрым пакеттер сиз али тааныбаган жөнөтүүчүлөрдөн келген. Бирөөнү тандап, «Коопсуздук коддорун салыштыруу...» дегенди басыңыз.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>«Келген пакеттер» тизмеси тазалансынбы?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Келген пакеттер» кайсы файлдар качан жана кимден келгенин унутат. Импорттолгон иштер сейфиңизде калат.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 эми сиздин жөнөтүүчүлөрүңүздүн тизмесинде. Импорттолгон пакеттер: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Эч нерсе сакталган жок жана бул файл импорттолгон жок. Аны колдонбоңуз: аны бирөө жөнөтүүчүнүн атынан жасаган болушу мүмкүн. Жөнөтүүчүдөн аны кайра жөнөтүүсүн сураныңыз жана мүмкүн болсо, коддорду жүзмө-жүз салыштырыңыз.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Бул сандарды жөнөтүүчү менен телефон аркылуу же жүзмө-жүз салыштырыңыз: андан «Инсандык» экранындагы коопсуздук кодун топ-топ менен үн чыгарып окуп берүүнү сураныңыз. Бул үчүн билдирүү колдонбоңуз: файлды өзгөртө алган адам билдирүүнү да өзгөртө алат.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Бул жөнөтүүчү үчүн ат</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Сиз тааный турган ат же лакап ат</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Дал келет</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Бул жөнөтүүчү жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Бул сиз тааныган жөнөтүүчүбү?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Бул файлды түзгөн адамдын коопсуздук коду:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Файлдарын тааный алышыңыз үчүн адегенде бул жөнөтүүчүнүн атын жазыңыз.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Жөнөтүүчү кошулуп, импорттолууда...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Келген пакеттер</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Пакеттерди координатордун сейфи гана импорттойт.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Пакеттер изделүүдө...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Жокко чыгарылууда...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>Ал жерден пакет файлдары табылган жок.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Табылган пакеттер: %n. Текшерилүүдө...</numerusform>
            <numerusform>Табылган пакеттер: %n. Текшерилүүдө...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>%2 пакеттин %1-пакети текшерилүүдө</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Импорт жокко чыгарылды. «Жокко чыгарылды» деп белгиленген пакеттер импорттолгон жок; даяр болгондо аларды кайра кошуңуз.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Пакеттер: %n</numerusform>
            <numerusform>Пакеттер: %n</numerusform>
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
        <translation>Пакет файлдарын тандаңыз</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Guvoh пакеттери (*.age);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Пакеттер салынган папканы тандаңыз</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>%1 пакеттери импорттолууда</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Тандалган пакеттин жыйынтыгы</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Коопсуздук коддорун салыштыруу...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Коопсуздук кодун жөнөтүүчү менен салыштыруу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Пакеттин ID</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Жөнөтүүчүнүн ачкычынын манжа изи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түшүндүрмө</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Манжа изи (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Түзүлгөн (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Белгисиз жөнөтүүчү. Коопсуздук коддорун салыштыруу үчүн бул файлды кайра кошуңуз.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Жаңы координатордун сабы</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Сапты бул жерге коюңуз</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Сапты окуу</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Координаторду чакыруу</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Жаңы координатордон анын «Топ» панелиндеги сапты сурап, бул жерге коюңуз.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 коопсуздук коду:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>%1 өзүнүн коопсуздук кодун телефон аркылуу же жүзмө-жүз үн чыгарып окусун, а сиз аны топ-топ менен салыштырыңыз.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Ачкычтарды өткөрүү файлын сактоо</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>%1 үчүн ачкычтарды өткөрүү файлы %2 катары сакталды. Аны %1 гана ача алат: аны USB флешка же мессенджер аркылуу бериңиз, андан кийин өзүңүздүн көчүрмөңүздү өчүрүңүз.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Эч нерсе өзгөргөн жок. Бул сапты колдонбоңуз: аны кайра сураңыз, мүмкүн болсо жүзмө-жүз.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Топко кошулуу...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Топко кошулуу: ачкычтарды өткөрүү файлын ачуу</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Уюмдун тобуна кошулуу үчүн сабыңызды анын координаторлорунун бирине бериңиз. Ал сиз үчүн ачкычтарды өткөрүү файлын даярдайт; аны бул жерде ачыңыз.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Ачкычтарды өткөрүү файлын ачуу</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Ачкычтарды өткөрүү файлдары (*.age);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>%1 уюмунун коопсуздук коду:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Сизди чакырган %1 коопсуздук коду:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Эки кодду тең %1 менен телефон аркылуу же жүзмө-жүз, топ-топ менен салыштырыңыз.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Сиз %1 тобуна кошулдуңуз. Эми жалпы папканы тандаңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Эч нерсе өзгөргөн жок. Бул ачкычтарды өткөрүү файлын колдонбоңуз: жаңысын сураңыз, мүмкүн болсо жүзмө-жүз.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
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
        <translation>Микрофон табылган жок</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (демейки)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Азыр ушул микрофон колдонулат, бирок тандоону кийинки жолу үчүн эстеп калуу мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Качантан бери ишенимдүү</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сиздин уюмуңуз</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ишенимдүү</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Ишенимдүү уюмдар</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Сиз азырынча бир да уюмга ишенген жоксуз. Уюмдан анын карточка файлын сурап алып, аны төмөндө кошуңуз.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ачкычтын манжа изи</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Шифрлөө ачкычы</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Манжа изи (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Шифрлөө ачкычы (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Уюмдар</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Сиз көрсөтмөлөрдү жөнөткөн уюмдар. Уюмга жөнөткөн нерселерди ошол уюмдун өз координаторлору гана ача алат.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Уюм кошуу</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Уюм сизге берген карточка файлын тандаңыз (USB флешкада же мессенджер аркылуу келген). Андан кийин анын коопсуздук кодун алар менен салыштырасыз.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 коопсуздук коду:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Файл эми шифрленген сейфиңизде. Түп нуска %1 ичинен өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Түп нуска: %1. Guvoh анын үстүнөн бир жолу нөлдөрдү жазып, андан кийин аны өчүрөт. Бул коопсуз өчүрүү эмес: дискте (өзгөчө SSD же эс картасында), файл системасында, камдык көчүрмөлөрдө жана булут шайкештирүүсүндө анын издери же көчүрмөлөрү дагы эле калышы мүмкүн.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Түп нусканы өчүрүү</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Мындан ары сурабай эле ушундай кылуу</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Түп нуска %1 ичинен өчүрүлдү.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Кошулган файлдардын түп нускалары</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Ар бир жолу суроо</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Түп нусканы сурабай өчүрүү</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Түп нусканы сурабай калтыруу</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>«Жүктөлүп алынгандар» (Downloads) папкасынан, телефондон же USB флешкадан кошулган сүрөт же жазуу ошол жерде шифрленбеген бойдон калат. Ал сейфке түшкөндөн кийин Guvoh түп нусканы өчүрө алат: файлдын үстүнөн бир жолу нөлдөрдү жазып, андан кийин аны өчүрөт. Бул коопсуз өчүрүү эмес: дискте (өзгөчө SSD же эс картасында), файл системасында, камдык көчүрмөлөрдө жана булут шайкештирүүсүндө издери же көчүрмөлөрү дагы эле калышы мүмкүн. Guvoh ичинде жазылган жазуулардын түп нускасы жок.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Түп нусканы өчүрүү эмне кылат</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Түп нускалар жөндөөсүнүн абалы</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Сакталды. Guvoh ар бир файлдан кийин сурайт.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Сакталды. Түп нускалар алардын файлы сейфке түшкөндөн кийин өчүрүлөт.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Сакталды. Түп нускалар турган жеринде калат.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Бүт архив</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Учурдагы издөө</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Кайра эсептөө</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Иштер эсептелүүдө</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Жалпы көрүнүштүн абалы</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Аракеттин түрү боюнча иштер</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Аракеттин түрү</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Келип чыккан өлкө боюнча иштер</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Келип чыккан өлкө</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Азыр жашаган өлкө боюнча иштер</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Азыр жашаган өлкө</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Окуялардын айы боюнча иштер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Саны:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Жалпы көрүнүш</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Ар бир түрдөгү иштердин саны. Эки аракет түрү же эки өлкөсү бар иш экөөндө тең эсептелет.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Иштер эсептелүүдө...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Бүт архив: %n иш.</numerusform>
            <numerusform>Бүт архив: %n иш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Издөө коюлган жок, ошондуктан бул бүт архив: %n иш.</numerusform>
            <numerusform>Издөө коюлган жок, ошондуктан бул бүт архив: %n иш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Учурдагы издөө тапкан иштер: %n иш.</numerusform>
            <numerusform>Учурдагы издөө тапкан иштер: %n иш.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Уюмуңуздун аталышы</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Карточка файлы үчүн папка</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Карточканы сактоочу жерди тандаңыз</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Уюмду түзүү</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Карточканы сактоо</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>QR код сүрөтү катары сактоо</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Уюмуңуздун карточкасынын QR коду</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Аны окуган телефон же сканер карточка файлын алат. Изилдөөчү баары бир коопсуздук кодун сиз менен салыштырат.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Уюмуңузду бир жолу түзүңүз. Guvoh анын карточкасын сактайт: бул изилдөөчүлөрүңүзгө бере турган кичинекей файл, ошондо алар жөнөткөн нерселерди сиздин координаторлоруңуз гана ача алат.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Изилдөөчү сиздин карточкаңызды кошкондо, ага бул коопсуздук кодун телефон аркылуу же жүзмө-жүз окуп бериңиз.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сиздин уюмуңуз</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: коопсуздук коду</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Карточка файлы үчүн бар болгон папканы тандаңыз.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Уюмуңуздун аталышын жазыңыз.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Карточка %1 болуп сакталды. Аны изилдөөчүлөрүңүзгө бериңиз (ал жашыруун эмес), андан кийин аларга коопсуздук кодун окуп бериңиз.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Карточка %1 болуп сакталды.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Коопсуздук коду</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Бул карточкага ишенүүдөн мурун коопсуздук кодун уюм менен телефон аркылуу же жүзмө-жүз салыштырыңыз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Сүрөт үчүн бар болгон папканы тандаңыз.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бул карточка QR код үчүн өтө узун. Анын ордуна изилдөөчүлөрүңүзгө карточка файлын бериңиз.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>QR код сүрөтү %1 болуп сакталды. Аны изилдөөчүлөрүңүз үчүн басып чыгарыңыз; алар карточкага ишенүүдөн мурун баары бир коопсуздук кодун сиз менен салыштырышат.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Сырсөздүн бекемдиги</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Кайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Бекемдиги</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Бири-бирине байланышпаган төрт же беш сөз, каалаган тилде, жакшы сырсөз болот.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Эки сырсөз азырынча бирдей эмес.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Жакшы сырсөз.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Тандоо...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Тандоо: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Ойнотуу</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Жазууну ойнотуу же тындыруу</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Ойнотууну токтотуу</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Жазуудагы орун</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Ойнотулган убакыт</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Ойноткучтун билдирүүсү</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Жаңы адамдын чыныгы атын, байланышын жана жашаган жерин коргоо</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Демейки боюнча корголот</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Корголгон маалыматтар «Көрсөтүү» баскычын басмайынча экранда жашырылат, издөө жыйынтыктарында эч качан чыкпайт жана аларды кошпой экспорттогондо файлга кирбейт. Бул сиз кошкон адамдарга жана эмне корголгонун көрсөтпөгөн иш файлдарына тиешелүү; иштериңиздеги мурдатан бар адамдардын жөндөөсү өзгөрбөйт.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>«Демейки боюнча корголот» эмне кылат</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Демейки коргоонун абалы</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Сакталды. Жаңы адамдардын бул маалыматтары башынан эле корголот.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Сакталды. Жаңы адамдардын эч бир маалыматы башында корголбойт: ар бирин өзүңүз белгилеңиз.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Бул иш кайдан келген</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Келип чыгышы</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Текшерүүнүн кыскача жыйынтыгын көчүрүү</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Пакетти, жөнөтүүчүнү, убакыттарды жана файлдардын хештерин текст катары көчүрөт. Анда эч бир адамдын аты аталбайт жана көрсөтмөдөн үзүндү келтирилбейт.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Бул иш ушул сейфте түзүлгөн. Ал пакет менен келген эмес, ошондуктан текшере турган жөнөтүүчү жок.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Бул иш келген пакеттер</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Кайдан келгенин көрүү үчүн ишти тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Бул иш %n пакетте келген, эң эскиси биринчи.</numerusform>
            <numerusform>Бул иш %n пакетте келген, эң эскиси биринчи.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Текшерүүнүн кыскача жыйынтыгы көчүрүлдү. Анда эч бир адамдын аты аталбайт жана көрсөтмөдөн үзүндү келтирилбейт.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Уюмуңуз берген файлды колдонуу...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Уюмуңуз берген файлды колдонуу</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Уюмдун файлы</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Уюмуңуз берген файлды тандаңыз</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Жөндөө файлдары (*.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Файлдан эч нерсе колдонулган жок. Аны колдонбоңуз: уюмуңуздан файлды кайра берүүсүн сураныңыз, мүмкүн болсо, жүзмө-жүз.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>%1 жөндөөлөрү колдонулат; сейфиңиз түзүлөөр замат %1 ишенимдүү деп белгиленет.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Уюмуңуздан келген файл</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Уюмдун аталышы</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Бул сандарды уюмуңуз берген код менен телефон аркылуу же жүзмө-жүз салыштырыңыз: алардын координаторунан аны топ-топ менен үн чыгарып окуп берүүнү сураныңыз. Эгер алар айырмаланса, файлды бирөө өзгөрткөн болушу мүмкүн: аны колдонбоңуз.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Бул файл эмнени коёт</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Коддор дал келет</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Бул файлдагы коопсуздук коду:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 ишенимдүү деп белгиленет: сиз жөнөткөндү анын координаторлору гана ача алат.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тил: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Уюм иштерди алганын ырастаары менен алар бул компьютерден өчүрүлөт.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Уюм иштерди алганын ырастагандан кийин да алар бул компьютерде калат.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (жашыруусуз)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Колдонмонун көрүнгөн аталышы: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n мүнөт аракетсиз болгондон кийин кулпуланат.</numerusform>
            <numerusform>%n мүнөт аракетсиз болгондон кийин кулпуланат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Жеткирилген иштерди өчүрүү</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Жеткирилген иштер</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Эмнелер өчүрүлөт</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Муну кайтарып болбоорун түшүнөм</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Бул иштерди өчүрүү</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Калтыруу</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Калтырып, жабуу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Уюм бул иштерди алганын тастыктады. Жергиликтүү көчүрмөлөрүңүздү өчүрсөңүз, компьютер колго түшүп калса да алар табылбайт.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Бул тизмеде көрсөтүлгөн %n ишти ар бир сакталган версиясы, %1 жана бардык эскертүүлөрү менен бирге ушул компьютерден өчүрөт. Уюм өз көчүрмөсүн сактап калат. Муну кайтарып болбойт.</numerusform>
            <numerusform>Бул тизмеде көрсөтүлгөн %n ишти ар бир сакталган версиясы, %1 жана бардык эскертүүлөрү менен бирге ушул компьютерден өчүрөт. Уюм өз көчүрмөсүн сактап калат. Муну кайтарып болбойт.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Азырынча бир да иш жеткирилген деп белгиленген эмес. Адегенде уюмдун тастыктамасын импорттоңуз.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Өчүрүлүүдө...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Бул компьютерден %n иш өчүрүлдү.</numerusform>
            <numerusform>Бул компьютерден %n иш өчүрүлдү.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Тастыктамаларды түзүү</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Тастыктала турган пакеттер</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Тастыктамалар үчүн папка</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Тастыктамаларды сактоочу жерди тандаңыз</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Тастыктамалар түзүлүүдө</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Тастыктамалар жайгашкан папка</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Аларды кантип кайра жөнөтүү керек</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Эмне келгенин тастыктоо</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Тастыктама жөнөтүүчүгө кайсы иштер жана файлдар аман-эсен келгенин билдирет, ошондо ал өз көчүрмөлөрүн өчүрө алат. Guvoh ар бир пакет үчүн бир тастыктама файлын түзөт.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: %2 үчүн</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>аты көрсөтүлбөгөн жөнөтүүчү</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 жогорудагы папкага сакталды. Ар бирин ошол пакеттин жөнөтүүчүсүнө USB флешка же мессенджер аркылуу кайра жөнөтүңүз; ал аны Guvoh программасына импорттойт («Тастыктаманы импорттоо»). Аны ошол жөнөтүүчү гана ача алат жана анда көрсөтмөнүн өзү жөнүндө эч нерсе айтылбайт.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Тастыктамаларды кайда сактоо керек:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n иш</numerusform>
            <numerusform>%n иш</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (тастыктама мурда түзүлгөн)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Тастыктай турган импорттолгон пакет жок.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Жок дегенде бир пакетти белгилеңиз.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Тастыктамалар үчүн бар болгон папканы тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n тастыктама</numerusform>
            <numerusform>%n тастыктама</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Тастыктаманы импорттоо</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Тастыктама файлы</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Тастыктаманы тандаңыз</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Тастыктамалар (*.age);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Тастыктаманы импорттоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Уюм %n ишти алганын тастыктады: %1.</numerusform>
            <numerusform>Уюм %n ишти алганын тастыктады: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n иш экспорттон кийин өзгөртүлдү: %1. Уюмда экспорттолгон версия бар; кийинки өзгөртүүлөрүңүз ушул жерде, жеткирилбеген бойдон калат: аларды кайра экспорттоңуз же өчүрүңүз.</numerusform>
            <numerusform>%n иш экспорттон кийин өзгөртүлдү: %1. Уюмда экспорттолгон версия бар; кийинки өзгөртүүлөрүңүз ушул жерде, жеткирилбеген бойдон калат: аларды кайра экспорттоңуз же өчүрүңүз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Жеткирилген иштер файлдары менен бирге бул компьютерден өчүрүлдү.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Алар жеткирилген деп белгиленди; көчүрмөлөрүңүздү «Жеткирилген иштерди өчүрүү» аркылуу өчүрө аласыз.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Алар жеткирилген деп белгиленди жана Жөндөөлөрдө коюлган мөөнөт өткөндө бул компьютерден өчүрүлөт.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Адегенде тастыктама файлын тандаңыз.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Уюм файлыңызды алганда, тастыктама жөнөтөт (.age менен бүткөн файл). Аны импорттоо бул иштерди жеткирилген деп белгилейт жана, эгер Жөндөөлөрдө муну өзгөртпөсөңүз, аларды бул компьютерден өчүрөт.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 дарегинде файл жок.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Тастыктама текшерилүүдө...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Тастыктама чыныгы, бирок эч бир иш өзгөргөн жок: анын иштери мурда эле жеткирилген деп белгиленген же өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Жеткирилген иштерди өчүрүү</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Дароо, тастыктама келгенде</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Тастыктамадан бир күн кийин</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Тастыктамадан жети күн кийин</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Эч качан: аларды бул компьютерде сактоо</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Уюмдун тастыктамасы келгенде, ал тастыктаган иштер файлдары менен бирге бул компьютерден өчүрүлөт, ошондуктан аларды бул компьютердин алдындагы адам да, кийин алынган диск көчүрмөсү да окуй албайт. Экспорттон кийинки өзгөртүүлөр калат. Азырынча жеткирилбеген иштер жана тастыктамага чейин алынган диск көчүрмөсү корголбойт.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Тастыктамадан кийин өчүрүү эмнеден коргойт</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Тастыктамадан кийин өчүрүү абалы</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Жеткирилген иштер сиз аларды өчүрмөйүнчө бул компьютерде калат.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Сакталды. Мөөнөтү келген жеткирилген иштер кийинки кулпуну ачканда же тастыктама импорттолгондо өчүрүлөт.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Алынган көрсөтмө</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бул иш кайдан келген</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Алынган көрсөтмө — далил, ошондуктан ал окуу үчүн гана ачылат. Аны менен иштөө үчүн жумушчу көчүрмө жасаңыз: өзүңүздүн жаңы ишиңиз. Бул иш кандай келсе, ошондой бойдон калат.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Алынган иштер жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>Жумушчу &amp;көчүрмө жасоо</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Бул иштин жумушчу көчүрмөсүн жасоо</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Тексти ошондой жаңы иш, аны өзгөртө аласыз. Тиркелген файлдар алынган иште калат.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Бул иштен жасалган жумушчу көчүрмөнү ачуу</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>%1 жумушчу көчүрмөсүн &amp;ачуу</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>атын көрсөтпөгөн жөнөтүүчү</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Жөнөтүүчү: %1, алынды: %2. Келгенде кол тамга текшерилди: иш так жөнөтүлгөндөй.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Жаздыруу</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Маекти жаздыруу</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Жазылган убакыт</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Үндүн деңгээли</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Үндүн деңгээли:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тындыруу</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Жаздырууну тындыруу же улантуу</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Токтотуп, сактоо</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Жаздырууну токтотуп, сактоо</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Жаздыруунун абалы</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Бул компьютерде микрофон табылган жок</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Маекти жаздыруу үчүн микрофон же гарнитура туташтырыңыз.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Жазылууда...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Микрофонду иштетүү мүмкүн болгон жок. Аны башка программа колдонуп жатпаганын текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Жазылууда. Ар бир көз ирмем жазылган замат шифрленип сакталат.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (%2-бөлүк).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Жазылууда.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Тындырылды. «Улантуу» баскычын баскыча эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Микрофон эч кандай үн жазыла электе иштебей калды, ошондуктан эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Эч нерсе жазылган жок, ошондуктан эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Микрофон иштебей калды; ага чейин жазылгандар (%1) шифрленген сейфиңизде сакталды.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Шифрленген сейфиңизге сакталды (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Ачып, жаңы сырсөз коюу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Сейф түзүлгөндө жазып алган калыбына келтирүү кодун териңиз, андан кийин жаңы сырсөз тандаңыз. Унутулган сырсөз мындан ары иштебейт.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Эки сырсөз азырынча бирдей эмес.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Бул сиздин калыбына келтирүү кодуңуз. Ал ушул бир жолу гана көрсөтүлөт. Аны кагазга жазып, бул компьютерден бөлөк жерде сактаңыз: сырсөзүңүздү унутуп калсаңыз, анын жардамы менен сейфиңизди башка компьютерде ачууга болот.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Калыбына келтирүү кодунун акыркы тобу</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Мен аны жазып алдым</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Ырастоо үчүн акыркы топту териңиз</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Мөөрлөнгөн сейфти ачуу...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Изилдөөчүнүн мөөрлөнгөн сейфин ачуу</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Мөөрлөнгөн сейфти ачуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Мөөрлөнгөн сейфти кантип ачуу</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Сапар суроосун ачуу...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Сейфин сапарга мөөрлөгөн изилдөөчү сизге сапар суроосун жиберди. Ал чек арадан өткөндөн кийин, мурдатан билген номериңизге үн менен чалыңыз: бул чын эле ал экенин, ал коопсуз жана эркин сүйлөй аларын, ошондой эле мөөрлөөдөн мурун жазып алган коопсуздук коду бул жерде көрсөтүлгөн код экенин текшериңиз. Ошондон кийин гана ачуу токенин жазып, ага жибериңиз.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Сапар суроосу</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Андан коопсуздук кодун үн чыгарып окуп берүүсүн сураңыз. Төрт сандан турган ар бир топ дал келеби?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Коопсуздук кодун салыштыруу</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Дал келет: ачуу токенин жазуу...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Дал келет: ачуу токенин жазуу</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Ачуу абалы</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Мөөрлөнгөн сейфти ачуу</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Сапар суроосун ачуу</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Текшерилүүдө...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>%1 жиберген сапар суроосу, %2 жасалган. Анын коопсуздук коду:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Токен жазылган жок. Сейфти ачпаңыз: бул суроону башка бирөө жасаган болушу же ал адамдын жанында бирөө болушу мүмкүн. Аны менен башка жол менен кайра сүйлөшүңүз.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Ачуу токенин сактоо</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Ачуу токени жазылууда...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Ачуу токени %1 ичинде. Аны файл катары жибериңиз же текстин билдирүүгө коюңуз.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>QR код түрүндөгү ачуу токени</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Ага токенди жибериңиз: аны билдирүүгө коюңуз, файлды жибериңиз же бул кодду телефон менен сканерлөөгө бериңиз. Токен анын мөөрлөнгөн сейфин гана жана анын сырсөзү менен гана ачат.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Ачуу токенин кантип жиберүү керек</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Токенди көчүрүү</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Ачуу токенин көчүрүү</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Ачуу токенинин файлы</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Көчүрүүнүн абалы</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Көчүрүлдү. Аны ага жазган билдирүүңүзгө коюңуз; сейф кулпуланганда алмашуу буфери тазаланат.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Отчет жазуу</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Отчеттун форматы</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>PDF түрүндөгү иш отчету</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>CSV таблица, ар бир окуя үчүн бир сап</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON маалыматтары</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Белгилердин тили</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Корголгон маалыматтарды кошуу</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Отчетто чыныгы аттар, байланыштар жана корголгон деп белгиленген башка маалыматтар болот. Файлды алган ар бир адам аларды окуй алат. Аларды окуучулар көрүүгө укугу бар болсо гана кошуңуз.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Корголгон маалыматтар жөнүндө эскертүү</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Макулдук текшерилүүдө...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Тандалган иштердин макулдугу</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Жарыялоого макулдугу жок иштер</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Отчет файлы</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Отчетту төмөнкүдөй сактоо</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Отчеттор (*.pdf *.csv *.json);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Отчет шифрленбейт: файлды алган ар бир адам аны окуй алат. Аны шифрленген дискте сактаңыз жана бул иштерди көрүүгө укугу бар адамдар менен гана бөлүшүңүз.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Эскертүү: отчет шифрленген эмес</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Отчет жазылууда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Отчет жазуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Белгилердин тили</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>%n иш боюнча отчет</numerusform>
            <numerusform>%n иш боюнча отчет</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Отчетту төмөнкүдөй сактоо:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>макулдук кайтарылган: колдонбоңуз</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>макулдук жазылган эмес: колдонбоңуз</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>жарыялоо үчүн эмес</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Бир да иш тандалган жок. Адегенде иштерди тандаңыз.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>Тандалган иштердин %n жарыялоого болбойт. Отчетто алар белгиленет; аларды адамдар макулдук берген максатта гана колдонуңуз:</numerusform>
            <numerusform>Тандалган иштердин %n жарыялоого болбойт. Отчетто алар белгиленет; аларды адамдар макулдук берген максатта гана колдонуңуз:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Тандалган ар бир иштин жарыялоого макулдугу бар.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Бар болгон папкадан файлдын атын тандаңыз.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Отчет шифрленбей %1 болуп сакталды.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Анда корголгон маалыматтар бар.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Изилдөөчү</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Коопсуздук коду</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Качантан жарактуу</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Качанга чейин жарактуу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Кабыл алынат</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Азырынча жарактуу эмес</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Бекитилген эмес</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттолгон</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Тастыктама</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Тастыктама түзүлдү %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Тастыктама азырынча жок</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Бекитилген изилдөөчүлөр</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Азырынча бир да изилдөөчү бекитилген жок. Төмөндө кошуңуз же «Келген пакеттер» бөлүмүндө пакетти импорттоп, жөнөтүүчүсүн ошол жерде бекитиңиз.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Тандалган изилдөөчү</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ачкычтын манжа изи</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ачык ачкыч</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Манжа изи (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ачык ачкыч (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Качантан жарактуу</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Ачкыч качантан жарактуу болорун чектөө</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Качантан жарактуу (дата)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Качанга чейин жарактуу</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Ачкыч качанга чейин жарактуу болорун чектөө</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Качанга чейин жарактуу (дата, кошо алганда)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Даталарды сактоо</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Ачкычтын жарактуу мөөнөтүн сактоо</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Азыр токтотуу</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Бул изилдөөчүнүн ачкычын азыр токтотуу</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Жарактуулук жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Бул изилдөөчүнүн пакеттери</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Бул изилдөөчүдөн азырынча пакет жок.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Коопсуздук коду:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Алардын файлдары качан кабыл алынат</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Бул изилдөөчү кол койгон пакеттер ушул даталардын ичинде гана кабыл алынат. Эгер анын ноутбугу жоголсо же тартып алынса, же ал сиз менен иштөөнү токтотсо, ачкычты азыр токтотуңуз: мындан ары ал кол койгон пакеттер четке кагылат; мурда импорттолгондор калат.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Анын пакеттери</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Изилдөөчүнүн ачык ачкычы</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Бул изилдөөчүнүн аты</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Коопсуздук кодун көрсөтүү</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Бул сандарды изилдөөчү менен телефон аркылуу же жүзмө-жүз салыштырыңыз: андан «Инсандык» экранындагы коопсуздук кодун топ-топ менен үн чыгарып окуп берүүнү сураныңыз. Бул үчүн билдирүү колдонбоңуз: ачкычты өзгөртө алган адам билдирүүнү да өзгөртө алат.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Дал келет</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Изилдөөчү кошуу жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Бул ачкычтын коопсуздук коду:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Изилдөөчүлөр</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Пакеттер сиз бул жерде бекиткен изилдөөчүлөрдөн гана, алардын коопсуздук кодун алар менен салыштыргандан кийин импорттолот.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Изилдөөчү кошуу</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Изилдөөчүнүн «Инсандык» экранындагы ачык ачкычты (ал жашыруун эмес; аны мессенджер аркылуу жөнөтсө болот) жана аны тааныган атыңызды коюңуз.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>%1 үчүн даталар сакталды.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>%1 ачкычынын мөөнөтү бүттү. Мындан ары ал кол койгон пакеттер четке кагылат; мурда импорттолгон пакеттер калат.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Адегенде изилдөөчүнүн «Инсандык» экранындагы ачык ачкычты коюңуз.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Бул ачкыч мурда эле %1 катары бекитилген.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Файлдарын тааный алышыңыз үчүн бул изилдөөчүнүн атын жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 бекитилди. Ал кол койгон пакеттер эми кабыл алынат.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Эч нерсе бекитилген жок. Бул ачкычты колдонбоңуз: аны жолдо бирөө өзгөрткөн болушу мүмкүн. Изилдөөчүдөн аны кайра сураңыз, мүмкүн болсо, жүзмө-жүз.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Сырсөздү жашыруу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Сырсөздү көрсөтүү</translation>
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
        <translation>Коопсуздук коду</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Чек арага чейин сейфти мөөрлөңүз. Мөөрлөнгөн сейф сырсөз менен да, калыбына келтирүү коду менен да ачылбайт — бул жерде да, дисктин көчүрмөсүнөн да — уюмуңуз сизге чалып, ачуу токенин жибермейинче. Мөөрлөөдөн мурун жасалган көчүрмө корголбойт.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Мөөрлөө эмнеден коргойт</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Сиздин коопсуздук кодуңуз</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Сейфти ача турган уюм</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Мөөрлөө үчүн сырсөзүңүз</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Сапарга мөөрлөө...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Мөөрлөө абалы</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Сапарга мөөрлөө</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Сиздин коопсуздук кодуңуз: %1. Уюмуңуз сейфти ачуу үчүн чалганда, аны окуп берүүнү сурайт, ал эми сейф мөөрлөнгөн учурда аны көрсөтүү мүмкүн эмес: аны жазып алыңыз.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Сейфти мөөрлөө үчүн сырсөзүңүздү киргизиңиз.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Сапар суроосун сактоо</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Мөөрлөнүүдө...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мүн.</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Ушунча мүнөт аракетсиз болгондон кийин кулпулоо</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Сейф папкасы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Баскычтоп айкалыштары...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Аракетсиз болгондон кийин кулпулоо</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Сейфиңиздин папкасы</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Баскычтоп</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Сейфти жок кылуу</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Сейф папкасындагы бардык нерсе шифрленген. Guvoh ачык турганда папканы көчүрбөңүз; анын ордуна ушул жерден камдык көчүрмө жасаңыз.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Жөндөө азыр колдонулду, бирок кийинки жолу үчүн сакталбай калды.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Guvoh эми %n мүнөт аракетсиз болгондон кийин кулпуланат.</numerusform>
            <numerusform>Guvoh эми %n мүнөт аракетсиз болгондон кийин кулпуланат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Экрандагы негизги аракетти аткаруу: кулпуну ачуу, сейф түзүү, улантуу</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Артка кайтуу («Артка» баскычы бар жерде)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Терилип жаткан сырсөздү көрсөтүү же жашыруу</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Сейфти кулпулоо</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Жаңы иш баштоо</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Иштерди издөө</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ишти сактоо</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Жазуунун асты сызылган тамгасы менен: ошол талаага же баскычка өтүү</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Кийинки талаага өтүү (Shift+Tab: мурункусуна)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Баскычтоп айкалыштарынын ушул тизмесин көрсөтүү</translation>
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
        <translation>Баскычтоп айкалыштары</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation>Кадам</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Сактоо абалы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Бул жерде акыркы жолу жазгандан бери окуяңыз «Иштер» бөлүмүндө өзгөртүлгөн же өчүрүлгөн, ошондуктан анын үстүнө эч нерсе сакталган жок. Бул жерде башка окуя айтып бере аласыз.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Азырынча сакталган жок</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Окуяңызды сактоо мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Азырынча эч нерсе сакталган жок</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Шифрленген сейфиңизге сакталды: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Сиздин окуяңыз сизге таандык</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Сиз бир нече кыска суроого жооп бересиз. Сиз тандаган уюм үчүн файл түзмөйүнчө баары ушул компьютерде шифрленген бойдон калат, жана ал файлды ошол уюм гана ача алат. Каалаган убакта токтото аласыз: жазгандарыңыз сейфиңизде сакталат.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Мен өз баянымды өзүм тандаган уюмга бергим келет</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Уюм аны төмөнкүлөр үчүн колдонсо болот:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Эмне болду?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Өз сөзүңүз менен, каалаган тилде, каалагандай узун же кыска айтып бериңиз.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Эмне жөнөтүлөрүн текшериңиз</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Уюм үчүн файлда ушулар болот. Эгер бир нерсе сиз каалагандай болбосо, анын жанындагы «Өзгөртүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Сизди кандай аташат</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Уюм аны төмөнкүлөр үчүн колдонсо болот</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Файлды ким ача алат</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Өзгөртүү: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсөтүлгөн жок</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файл жок</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Файлда жок.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Файлда: %1. Ал корголгон бойдон сакталат: аны уюмдун кызматкерлери гана көрөт жана ал эч качан жарыяланбайт.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Файлда: %1. Уюм бул атты колдонсо болот.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Чыныгы атыңыз менен</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Такыр аташпайт: сиз аноним бойдон каласыз</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Файлда: %1. Ал корголгон бойдон сакталат: аны уюмдун кызматкерлери гана көрөт.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Файлда жок: сиз алар сиз менен байланышса болот дедиңиз, бирок сиз менен кантип байланышса болорун жазган жоксуз.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Файлда жок: уюм сиз менен байланышпайт.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>%1 гана. Файлга сиз кол коёсуз.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Эсиңизде жок</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Окуяңызды атай турган бир нече сөз (бул жерге адамдардын аттарын жазбаңыз):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Кыска аталыш</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Менин окуям</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Бул качан болгон?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Эсиңизде калгандай так жазыңыз. Эгер ал узакка созулса, качан башталганын жазыңыз.</translation>
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
        <translation>Бул качан болгону эсимде жок</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Жылдын өзү жетиштүү. Айды же күндү эстей албасаңыз, бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Жылды жазыңыз же «Бул качан болгону эсимде жок» дегенди тандаңыз.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Жылды төрт сан менен жазыңыз (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Айды да тандаңыз же күндү бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Бул кайда болгон?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Өлкө, кааласаңыз, шаар же айыл. Эч качан көчөнүн дарегин жазбаңыз.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Өлкө (издөө үчүн териңиз)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Издөө үчүн териңиз</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаар же айыл</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Ага кимдер катышкан?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Муну жасаган адамдар (милиция, консулдук, сиз тааныган бирөө...) жана ошол жерде болгон же жабыр тарткан башка адамдар. Бөлүшүүгө ыңгайлуу болгон нерсени гана жазыңыз; бул жерди бош калтырсаңыз да болот.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кимдер катышкан</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Уюм сиз менен байланышса болобу?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Мисалы, окуяңыз боюнча суроо берүү үчүн.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Ооба, байланышса болот</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Жок, сураныч, мени менен байланышпасын</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Алар сиз менен кантип коопсуз байланыша алат? (мессенджердеги атыңыз, телефон номериңиз же алар сурай ала турган адам). Бул корголгон бойдон сакталат.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Сиз менен кантип байланышуу керек</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Сиз менен кантип байланышса болорун жазыңыз же «Жок, сураныч, мени менен байланышпасын» дегенди тандаңыз.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Сизди кандай атоону каалайсыз?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Бул уюмга сиздин окуяңызды колдонсо, сизди кантип атаса болорун билдирет.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Чыныгы атым менен</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Өзүм тандаган башка ат менен (эч качан чыныгы атым эмес)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Такыр атабасын: мен аноним бойдон калам</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Сиздин чыныгы атыңыз</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Анын ордуна колдонула турган ат</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Ордуна колдонула турган ат</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Чыныгы атыңызды жазыңыз же сизди атоонун башка жолун тандаңыз.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Ордуна колдонула турган атты жазыңыз же сизди атоонун башка жолун тандаңыз.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Окуяңызды ким алышы керек?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Файлды сиз тандаган уюм гана ача алат.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Ишенимдүү уюмдар</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Сиз азырынча уюм кошо элексиз. Уюм сизге берген карточка файлын төмөндө жүктөңүз.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Башка уюмбу? Ал сизге берген карточка файлын тандаңыз; анын коопсуздук кодун алар менен телефон аркылуу же жүзмө-жүз салыштырасыз.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Файлды түзүү</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача маалымат</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Файлды кайда сактоо керек?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файл үчүн папка</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлды сактоочу жерди тандаңыз</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Файлыңыз даяр</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Сиздин окуяңыз ушул файлда, шифрленген жана сиз кол койгон:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Сиздин окуяңыз жазылган файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Аны кантип жеткирүү керек</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Башка окуя айтуу</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2 кадамдын %1-кадамы</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Чыныгы атыңызды жазуу милдеттүү эмес. Эгер жазсаңыз, ал корголгон бойдон сакталат: аны уюмдун кызматкерлери гана көрөт жана ал эч качан жарыяланбайт.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Уюм бул атты колдонсо болот.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Сиздин окуяңызда эч кандай ат болбойт. Уюм сиз менен сиз уруксат берген учурда гана байланыша алат.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Мындай күн жок; күндү жана айды текшериңиз.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Сиздин окуяңыз %1 гана ача ала турган бир файлга салынат. Ага сиз кол коёсуз, ошондо алар аны жолдо эч ким өзгөртпөгөнүн биле алышат.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл үчүн бар болгон папканы тандаңыз.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Сүрөттөр, документтер же жазуу</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Эгер сизде болгон окуя тууралуу сүрөт же документ болсо, же аны үн чыгарып айтып бергиңиз келсе, бул жерге кошуңуз. Ал сейфиңизге шифрленип сакталат жана окуяңыз менен бирге барат. Бул кадамды өткөрүп жиберсеңиз да болот.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Окуяңызга тиркелген файлдар</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Сүрөт же документ кошуу...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Окуяңызга сүрөт же документ кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Тандалган файлды окуяңыздан өчүрүү</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файлдар жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Файлды кошуунун жүрүшү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Файлды кошууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Үн чыгарып айтып берүү</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 файлын окуяңыздан өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Файл сейфиңизден биротоло өчүрүлөт.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Файлды өчүрүү</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл өчүрүлдү.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (ушул иш орду)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Манжа изи</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Чыгарылган</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Топтогу атыңыз</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Атыңыз, башка координаторлор аны ушундай көрөт</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Топтогу коопсуздук кодуңуз</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Сабыңыз</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Сапты көчүрүү</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Сабыңызды көчүрүү</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Жалпы папка</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Жалпы папканы тандоо...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Жалпы папканы тандоо</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Топтогу координаторлор</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Координаторду чакыруу...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Координаторду чакыруу</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Чыгаруу...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Тандалган координаторду чыгаруу</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Азыр синхрондоо</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Акыркы синхрондоо</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Уюмуңуздун бир нече координатору ишти чогуу аткара алат. Ар биринин өз сейфи бар; Syncthing бирдей абалда кармаган жалпы папка алардын ортосунда шифрленген файлдарды гана ташыйт.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Топтогу коопсуздук кодуңуз:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Сизди чакыра турган координатор үчүн сабыңыз. Коопсуздук кодун аны менен телефон аркылуу же жүзмө-жүз салыштырыңыз.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Сейф ачык турганда Guvoh бул папканы өзү окуп турат.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Жалпы папканы тандоо топту баштайт, а сиз анын биринчи координатору болосуз.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Адегенде топтогу атыңызды жазыңыз: башка координаторлор аны сиз чечкен ар бир нерсенин жанында көрүшөт.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Сабыңыз көчүрүлдү.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Жалпы папка: %1. Сейф ачык турганда Guvoh аны өзү окуп турат.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 топтон чыгарылсынбы?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>%1 мындан ары киргизген өзгөртүүлөр бардык иш орундарында четке кагылат. Уюмуңуз жаңы карточка алат, аны кийинки кадамда сактайсыз: изилдөөчүлөрүңүз кайра жөнөтүүдөн мурун жаңы карточкага ишениши керек.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 чыгаруу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Жаңы карточканы сактоо</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 топтон чыгарылды. Жаңы карточка %2 катары сакталды. Изилдөөчүлөрүңүз кайра жөнөтүүдөн мурун жаңы карточкага ишенип, анын жаңы коопсуздук кодун сиз менен салыштырышы керек.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Синхрондолууда...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>Топтун %n файлын бул иш орду азырынча окуй албайт.</numerusform>
            <numerusform>Топтун %n файлын бул иш орду азырынча окуй албайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>%1 кезиндеги синхрондоо ишке ашкан жок: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Акыркы синхрондоо %1: жаңы эч нерсе жок.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Акыркы синхрондоо %1: импорттолгон пакеттер %2, колдонулган топ өзгөртүүлөрү %3, жөнөтүүчүсүн күтүп турган пакеттер %4, четке кагылган пакеттер %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Каралууда</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Кошумча иш керек</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тастыкталган</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабык</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Абалы: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Дайындалды: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Эч ким дайындалган эмес</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Тег кошулду: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Тег алынды: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Эскертме: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Архивден алынды</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (басылды: бир убакта өзгөртүлгөн)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Дайындалды</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Координатордун аты</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Дайындоо</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Ишти дайындоо</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегдер</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Жаңы тег</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Тегди кошуу</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Тегди алуу</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Тандалган тегди алуу</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Жаңы эскертме</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Эскертмени кошуу</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Ким эмнени качан өзгөрттү</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Бул иш уюмуңуздун ишинде кайсы баскычта. Тобуңуздагы башка координаторлор ар бир өзгөртүүнү көрөт.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарых</translation>
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
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Унутуп калдыңызбы? Калыбына келтирүү кодун колдонуңуз</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Сейфиңизди ачуу үчүн сырсөзүңүздү териңиз.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Сураныч, сырсөзүңүздү териңиз.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Сейфиңиз ачылууда...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Ачуу токени</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Ачуу токенин бул жерге коюңуз</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Токен файлын ачуу...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Мөөрдү ачуу</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Мөөрдү ачуу абалы</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Уюмуңуз сиз менен сүйлөшкөндөн кийин ачуу токенин жиберет. Аны коюңуз же файлын ачыңыз, андан соң «Мөөрдү ачуу» тандаңыз; сырсөзүңүз жогорку талаада калат.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Ачуу токенин ачуу</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Бул файл ачуу токени эмес.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Адегенде ачуу токенин коюңуз.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Мөөр ачылууда...</translation>
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
        <translation>Файлды көрүү</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файлдын аты</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Бул файлдын жашыруун маалыматтары</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Файл ачылууда</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Файлда көйгөй бар</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Көчүрмөсүн сактоо...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Бул файлды башка жерде ачуу үчүн анын шифрленбеген көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Файлдын тексти</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Көрүүнү жабуу</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh PNG жана JPEG сүрөттөрүн, WAV жазууларын жана жөнөкөй текстти гана көрсөтөт, ошондуктан бул файл бул жерде ачылбайт. Көчүрмөсүн сактап, аны башка программа менен ачсаңыз болот, бирок сырттан келген файл аны ачкан компьютерге зыян келтирүү үчүн атайын жасалган болушу мүмкүн.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>билдирүү</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Тизмеде жок: колдонулбайт.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Тизмеде жок: сакталган жок.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Туура эмес сырсөздөрдөн кийин сейфти жок кылуу</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Бул ушул компьютерде сырсөзүңүздү табууга аракет кылган адамды токтотот. Адегенде дискти көчүрүп алган адамды токтотпойт: көчүрмөдө эсеп кайра башталат.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Эч качан (өчүк)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Катары менен %n туура эмес сырсөздөн кийин</numerusform>
            <numerusform>Катары менен %n туура эмес сырсөздөн кийин</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Туура эмес сырсөздөр мындан ары сейфти жок кылбайт.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Эми сейф катары менен %n туура эмес сырсөздөн кийин жок кылынат.</numerusform>
            <numerusform>Эми сейф катары менен %n туура эмес сырсөздөн кийин жок кылынат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Сейфти жок кылуу...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Сейфти жок кылуу</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>жок кылуу</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Сейфти жок кылуу</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Бул компьютердеги сейф азыр жок кылынат: сакталган нускалары жана долбоорлору менен бардык иштер, бардык жазуулар жана файлдар, сиз ишенген уюмдар жана ачкычтарыңыз. Сырсөзүңүз да, калыбына келтирүү кодуңуз да аны мындан ары ачпайт. Муну эч ким кайтара албайт, ал эми уюм өзү албаган нерсени калыбына келтире албайт.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Бул сизди жок кылуудан кийин компьютерди алып кеткен адамдан коргойт. Андан мурун жасалган дисктин көчүрмөсүндө сейф мурункудай кулпуланган бойдон сакталат.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Сейфти жок кылуу үчүн төмөнгө бул сөздү жазыңыз:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Жазыла турган сөз</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Жок кылууну ырастоочу сөз</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Сейфти жок кылуу</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Сейфти калтыруу</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Сейфти калтырып, жабуу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Сейфти жок кыласызбы?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Окуяңызды айтыңыз</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Келген пакеттер</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Иштер</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Изилдөөчүлөр</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Жалпы көрүнүш</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Уюмдар</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Инсандык</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Сейфтин абалы</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Сейфти кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Сейфти кулпулоо</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Бул сиздин сейфиңиз эмес, жалган көчүрмө. Колдонулгандай көрүнүшү үчүн кадимки иштерди жана файлдарды кошуп, андан кийин кулпулаңыз: сырсөзүңүз сейфиңизди кайра ачат.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Жалган көчүрмө</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Кулпуланган</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Ачык - %n мүнөт аракетсиз болгондон кийин кулпуланат</numerusform>
            <numerusform>Ачык - %n мүнөт аракетсиз болгондон кийин кулпуланат</numerusform>
        </translation>
    </message>
</context>
</TS>
