<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Ижро этиш</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Бу компьютерда карнай ёки қулоқчин топилмади, шунинг учун ёзувни бу ерда ижро этиб бўлмайди.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Бу компьютернинг овоз тизими бу ёзувни ижро эта олмайди.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Омборнинг захира нусхасини олиш...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Омборнинг захира нусхасини олиш</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Захира нусха олиш жараёни</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Захира нусха олишни бекор қилиш</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Захира нусха ҳолати</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Захира нусха – бутун омборнинг нусхаси. У омбор каби шифрланган ва сиз ишлаётганингизда ҳам хавфсиз олинади. Уни бу компьютердан алоҳида дискда сақланг. Бошқа компьютерда у тиклаш кодингиз билан очилади.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Захира нусха қаерда сақланишини танланг</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>%1 га захира нусха олинмоқда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Тўхтатилмоқда...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Захира нусха %1 га сақланди: %2, %3. Уни бу компьютердан алоҳида сақланг.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n та иш</numerusform>
            <numerusform>%n та иш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>Юборувчи: %1, унинг калити билан имзоланган (текширилди).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>номи кўрсатилмаган юборувчи</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Яратилган: %1, импорт қилинган: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Қабул тасдиғи: %1 да яратилган.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Қабул тасдиғи: ҳали йўқ.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Шу омбордан юборилган, сиз имзолагансиз.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Яратилган: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Қабул тасдиғи: %1 да олинган.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Ким юборган</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қачон</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>Бу пакетдан %n та илова қилинган файл, ҳар бири имзоланган пакет билан солиштириб текширилган. Улар ҳеч қачон автоматик очилмайди.</numerusform>
            <numerusform>Бу пакетдан %n та илова қилинган файл, ҳар бири имзоланган пакет билан солиштириб текширилган. Улар ҳеч қачон автоматик очилмайди.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Бу ишга илова қилинган файл келмаган.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Илова қилинган файллар</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қабул тасдиғи</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Пакет: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Имзолаган калитнинг бармоқ изи: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>Пакет файлининг SHA-256 қиймати: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Яратилган (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Импорт қилинган (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Пакетдаги иш версияси: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Илова %1 (%2): %3 байт, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>энди омборда йўқ</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Техник тафсилотлар</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Қабул тасдиғини яратиш...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Қабул тасдиғини яратиш</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Ташкилот карточкаси файли</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Ташкилот карточкасини танланг</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Ташкилот карточкалари (*.card *.txt);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Карточкани ўқиш</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ташкилот номи</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Бу рақамларни ташкилот билан телефон орқали ёки юзма-юз солиштиринг: уларнинг координаторидан хавфсизлик кодини гуруҳма-гуруҳ овоз чиқариб ўқиб беришини сўранг. Бунинг учун хабар ёки электрон почтадан фойдаланманг: карточкани ўзгартира олган одам хабарни ҳам ўзгартира олади.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мос келади</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Бу карточка ишончли карточка ўрнини босади</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Бу карточкадаги хавфсизлик коди:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 манзилида файл йўқ.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>%1 файлини ўқиб бўлмади.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Бу карточка %1 учун сиз ишонган карточка ўрнини босади. Эски карточканинг хавфсизлик коди %2 эди; бу карточканики қуйида. Унинг шифрлаш калити ўзгаради: аввал %3 эди, энди %4. Агар янги код мос келса, бундан буён юборадиганларингиз фақат янги калит учун шифрланади.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Ташкилот сизга берган карточка файлини танланг.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>%1 энди ишончли. Унга юборадиган файлларингизни фақат %1 координаторлари оча олади.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Ҳеч нарса ишончли деб белгиланмади. Бу карточкадан фойдаланманг: уни кимдир ўзгартирган бўлиши мумкин. Ташкилотдан карточкасини сизга қайтадан беришини сўранг, иложи бўлса юзма-юз.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Қидириш учун ёзинг</translation>
    </message>
    <message>
        <source>search</source>
        <translation>қидириш</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>танланган</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Танланган: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>мамлакат</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Мамлакат кўрсатилмаган</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Вилоят</translation>
    </message>
    <message>
        <source>region</source>
        <translation>вилоят</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаҳар ёки қишлоқ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>шаҳар</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>яширилган</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Шахс %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>санасиз</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақланган</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт қилинган</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Экспорт қилинган %1 (муҳрланган)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Иш қисмлари</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Суҳбат ва розилик</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Ҳикоя</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Одамлар</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Воқеалар</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файллар</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файллар</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← Ишларга қа&amp;йтиш</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Ишлар рўйхатига қайтиш</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Са&amp;қлаш</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ишни сақлаш</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Шифрланган омборга сақлаш (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Қисқа сарлавҳа, хавф остидаги одамларнинг исмларисиз</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Сарлавҳ&amp;а</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ҳо&amp;лат</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Экспорт қилинган ишлар ҳақида</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Сақланмаган ўзгаришларни бекор қилиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Сақлаш ҳолати</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Қоралама – ҳали ёзилмоқда</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Юборишга тайёр</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Розилик</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Шахс хабардор қилинган ҳолда ро&amp;зилик берди</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Розилик берилган</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Розилик берилган мақсадлар: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Розилик берилган фойдаланиш турлари</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Исталган анонимлик</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Кўрсатилмаган</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>Анони&amp;млик</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Биз у билан яна боғланишимиз мумкин</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Яна боғланиш мумкин</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Розилик қайтариб олинган</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Розилик қайтариб олинган</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЙЙЙЙ-ОО-КК</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Розилик қайтариб олинган кун</translation>
    </message>
    <message>
        <source>on</source>
        <translation>сана:</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Шахс қўйган шартлар ёки чекловлар</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Шартлар</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Суҳбат</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Суҳбат куни</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Са&amp;на</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Суҳбат жойи</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жой</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Суҳбат олувчининг тахаллуси</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Тахаллус, ҳеч қачон ҳақиқий исм эмас</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Суҳбат олувчи</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Таржимон</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Шахс ҳозир яшаётган мамлакат</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Ҳозир яшайдиган жойи</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Гувоҳлик тиллари</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тиллар</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қисқача мазмун</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Иш нима ҳақида эканини айтадиган бир неча сатр</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Қисқача ма&amp;змун</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теглар</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Калит сўзлар, вергул билан ажратилган</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Те&amp;глар</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Гувоҳликнинг тўлиқ матни</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Гувоҳлик</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Ишдаги одамлар</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Одам қўшиш</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Олиб ташлаш</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Танланган одамни олиб ташлаш</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Одам олиб ташланди</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Қайтариш</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Қайтариш: олиб ташланган одамни қайтариш</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Ҳимояланган маълумотларни кўрсат&amp;иш</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Ҳимояланган маълумотларни кўрсатиш</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Ҳимояланган маълумотлар «Кўрсатиш» тугмасини босмагунингизча нуқталар билан кўрсатилади ва ишни экспорт қилишда уларни чиқариб қолдириш мумкин.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Бу ишдаги шахснинг белгиси</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жинси</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Фуқаролик</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Шахс ҳозир қаерда яшайди</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Жабрланувчига ким бўлади</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Қайси жабрланувчига</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Ҳақиқий исми</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Тахаллус</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туғилган йили</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Яшаш жойи</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Алоқа</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Ҳимояланган</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Ҳимоялаш: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Кимга нисбатан</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Олиб ташланди: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Ишдаги воқеалар</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Воқеа қўшиш</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Танланган воқеани олиб ташлаш</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЙЙЙЙ, ЙЙЙЙ-ОО ёки ЙЙЙЙ-ОО-КК</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Воқеа санаси</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Сана қанчалик аниқ</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Аниқлиги кўрсатилмаган</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Қа&amp;чон</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Воқеа қаерда содир бўлган</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қаерда</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Нима қилинган</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Ким қилган</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кимга</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Нима содир бўлган</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сақланган версиялар</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Бу версияни кўр&amp;иш</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Танланган версияни кўриш</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Бу версияни &amp;тиклаш</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Танланган версияни янги версия сифатида тиклаш</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Бу версия мазмунини энг янги версия сифатида қайта сақлайди. Ҳар бир версия аввалгидек қолади.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Танланган версия, фақат ўқиш учун</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Ҳар бир сақлаш версия сифатида сақланади. Экспорт қилинган версия муҳрланади ва ҳеч қачон ўзгармайди.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Янги иш, ҳали сақланмаган.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Шифрланган омборингизда сақланган: %1.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Иш %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Бу иш экспорт қилинган. Уни барибир ўзгартиришингиз мумкин: сақлаганингизда ўзгаришларингиз янги қоралама версия бўлиб қолади, экспорт қилинган нусха эса ўзгармайди.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Қабул қилинган ишдан яратилган</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сақланмаган ўзгаришлар қораламада</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>Ўзгаришлар билан &amp;давом этиш</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Сақланмаган ўзгаришлар билан давом этиш</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Уларни &amp;бекор қилиш</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Ўзгаришлар ҳали сақланмаган.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Ўзгаришларингизни қоралама сифатида сақлаб бўлмади: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Қоралама шифрланган омборингизда сақланди.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Ҳозиргина шифрланган омборингизда сақланди.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Шифрланган омборингизда %n сония олдин сақланди.</numerusform>
            <numerusform>Шифрланган омборингизда %n сония олдин сақланди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Шифрланган омборингизда бир дақиқа олдин сақланди.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Шифрланган омборингизда %n дақиқа олдин сақланди.</numerusform>
            <numerusform>Шифрланган омборингизда %n дақиқа олдин сақланди.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Сиз бошлаган янги иш (охирги ўзгариш: %1) ҳали сақланмаган. У шифрланган омборингизда қоралама сифатида сақланмоқда. Уни давом эттиринг ёки бекор қилиб, қайтадан бошланг.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Бу ишда ҳали сақланмаган ўзгаришларингиз бор (охирги ўзгариш: %1). Улар шифрланган омборингизда қоралама сифатида сақланмоқда. Улар билан давом этинг ёки бекор қилиб, охирги сақланган версияни кўринг.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Сақланмаган ўзгаришларингиз қайтарилди. Қоралама шифрланган омборингизда сақланмоқда; уларни янги версия сифатида сақлаш учун ишни сақланг.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>%1-версия, сақланган: %2 (фақат ўқиш учун; ҳимояланган маълумотлар яширилган)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Қабул қилинган гувоҳлик, фақат ўқиш учун.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Қабул қилинган гувоҳлик: гувоҳликнинг ўзи фақат ўқиш учун; унинг ҳолати ва эслатмаларини «Ҳолат ва эслатмалар» ёрлиғида ёзиш мумкин.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Ҳолат ва &amp;эслатмалар</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Қабул қилинган %1 ишининг ишчи нусхаси; у ишнинг ўзи қандай келган бўлса, шундайлигича қолади.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (ишчи нусха)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Бу қабул қилинган %1 ишининг ишчи нусхангиз, шифрланган омборингизда сақланган. Қабул қилинган иш қандай келган бўлса, шундайлигича қолади.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Охирги сақлашдан кейинги ўзгаришларингиз сақланмаган. %1-версияни тиклаш уларнинг ўрнини эгаллайди; сақланган ҳар бир версия аввалгидек қолади. %1-версия тиклансинми?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Аввалги версияни тиклаш</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>%1-версияни тиклаш</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Ўзгаришларимни қолдириш</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>%1-версия янги версия сифатида тикланди: %2. Аввалги ҳар бир версия аввалгидек қолади.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>ҳақиқий исми</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>тахаллус</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>яшаш жойи</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>алоқа</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Ҳимояланган маълумот мос келди: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Сақланмаган ўзгаришлар бор: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Бу ишдаги ўзгаришлар ҳали сақланмаган. Улар шифрланган омборингизда қоралама сифатида сақланмоқда: улар билан давом этиш ёки бекор қилиш учун ишни очинг.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Охирги ўзгариш</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Топилган жойи</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Қоралама</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Юборишга тайёр</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт қилинган</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Етказилган</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Тайинланган</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Ҳар қандай тайинлаш</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Менга тайинланган</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Ҳеч кимга тайинланмаган</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Исмлар, жойлар, сўзлар бўйича қидириш...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Ишларни қидириш</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Ҳар қандай ҳолат</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Ҳар қандай ҳаракат</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Нима содир бўлган</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Ҳар қандай мамлакат</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Мамлакат</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Тадқиқотчи</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Янги иш бошлаш (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Кўрсатилган ишлар сони</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Ҳали ишлар йўқ. Биринчи гувоҳликни ёзиб олиш учун «Янги иш» тугмасини босинг.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Ҳали ишлар йўқ. Ишлар «Кирувчи пакетлар» орқали келади: тадқиқотчилар ва ўз ҳикоясини айтаётган одамлар юборган файлларни у ерда импорт қилинг.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Ҳар қандай тадқиқотчи</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Ҳар қандай пакет</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Ҳеч нарса топилмади. Камроқ сўз ёки бошқа фильтрларни синаб кўринг.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>%n тадан ортиқ иш топилди</numerusform>
            <numerusform>%n тадан ортиқ иш топилди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n та иш топилди</numerusform>
            <numerusform>%n та иш топилди</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Ташкилот учун экспорт...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Ташкилот учун экспорт</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Танланган ишлардан (ёки барча тайёр ишлардан) шифрланган файл яратиш</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Қабул тасдиғини импорт қилиш...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Қабул тасдиғини импорт қилиш</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Етказилган ишларни ўчириш...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Етказилган ишларни ўчириш</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бу иш қаердан келган</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Ҳисобот...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Танланган ишлар бўйича ҳисобот тузиш</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>Танланган ишларнинг (ёки кўрсатилган барча ишларнинг) PDF, CSV ёки JSON файли</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Қабул тасдиқларини яратиш...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Қабул тасдиқларини яратиш</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Сақланмаган ўзгаришлар қораламада</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>%1 ишидаги ўзгаришларингиз ҳали сақланмаган. Улар шифрланган омборингизда қоралама сифатида сақланмоқда: улар билан давом этиш ёки бекор қилиш учун ишни очинг.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Сиз бошлаган янги иш ҳали сақланмаган. У шифрланган омборингизда қоралама сифатида сақланмоқда: уни давом эттириш ёки бекор қилиш учун «Янги иш» тугмасини босинг.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Жами: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Маълумот йўқ</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: маълумот йўқ</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Диаграмма. Ёнидаги жадвалда худди шу рақамлар келтирилган.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Жадвал: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n та иш; %1 тасида ҳаракат тури кўрсатилмаган.</numerusform>
            <numerusform>%n та иш; %1 тасида ҳаракат тури кўрсатилмаган.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n та иш; %1 тасида келиб чиққан мамлакат кўрсатилмаган.</numerusform>
            <numerusform>%n та иш; %1 тасида келиб чиққан мамлакат кўрсатилмаган.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n та иш; %1 тасида ҳозир яшаётган мамлакат кўрсатилмаган.</numerusform>
            <numerusform>%n та иш; %1 тасида ҳозир яшаётган мамлакат кўрсатилмаган.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n та иш; %1 тасида бирорта воқеанинг ойи кўрсатилмаган.</numerusform>
            <numerusform>%n та иш; %1 тасида бирорта воқеанинг ойи кўрсатилмаган.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Диаграммада энг катталаридан %1 таси кўрсатилган; жадвалда ҳаммаси (%2 та) келтирилган.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Фақат йили кўрсатилган воқеалар: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Омборни ихчамлаш</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Ихчамлаш</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Ихчамлаш ҳолати</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Ўчирилган ишлар ҳам, компьютердан олиб ташланган етказилган ишлар ҳам дарҳол устидан ёзиб йўқ қилинади. Ихчамлаш бўшаб қолган жойни ҳам олиб ташлайди, шунда омборнинг ҳажми унда илгари қанча нарса бўлганини кўрсатмайди. Катта омборда бу бироз вақт олиши мумкин.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Омбор ихчамланмоқда...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Ихчамланди: аввал %1, ҳозир %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Мос келади</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh кутилмаган муаммога дуч келди. Омборингизда сақланган нарсалар хавфсиз; охирги ўзгариш сақланмаган бўлиши мумкин.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Қуйидаги тафсилотларда фақат Guvoh кодидаги жой кўрсатилади, сиз ёзган нарсалар ҳеч қачон кўрсатилмайди. Уларни Guvoh дастурини қўллаб-қувватловчи одамларга юборишингиз мумкин.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Кутилмаган муаммо</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh гувоҳликларни шу компьютерда шифрланган ҳолда сақлайди. Аввал ундан қандай фойдаланишингизни айтинг ва пароль танланг.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Мен одамлардан суҳбат оламан</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Мен ўз ҳикоямни айтиб бермоқчиман</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Мен ташкилот учун пакетларни қабул қиламан</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Бошқалар кўрадиган исм</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Тахаллус ҳам бўлади</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Омборимни яратиш</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Guvoh дастурига хуш келибсиз</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Илованинг кўринадиган номи</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Омборингиз шу компьютернинг калитлар сақлагичига ҳам боғланади, шунинг учун фақат нусхаланган файлларни очиб бўлмайди.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Бу компьютерда тизим калитлар сақлагичи йўқ, шунинг учун омборни фақат паролингиз ҳимоя қилади. Уни пухта танланг ва омбор жилдининг нусхаларини хавфсиз жойда сақланг.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Омборингиз яратилмоқда. Бу бир неча сония давом этади...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Ишни ўчириш...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Ишни ўчириш</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>%1 «%2» иши барча сақланган версиялари, %3 ва эслатмалари билан бу компьютердан ўчирилсинми?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>%1 «%2» иши барча сақланган версиялари ва эслатмалари билан бу компьютердан ўчирилсинми?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Нима ўчирилади</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Буни ортга қайтариб бўлмайди.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Буни ортга қайтариб бўлмайди. Ташкилот бу ишни олганини тасдиқламаган: агар уни юбормаган бўлсангиз, у йўқолади.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Огоҳлантириш</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қолдириш</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Қолдириш ва ёпиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>%1 иши ўчирилсинми?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Ўчирилмоқда...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Тафсилотлар</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Илованинг кўринадиган номи</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (ниқобсиз)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Қайдлар</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Ретсептлар</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Шу номдан фойдаланиш</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Ниқоб ҳолати</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Ниқоб: ойна, меню банди, жилдлар ва калитлар сақлагичидаги ёзув Guvoh ўрнига оддий ном олади. Бу компьютерга шунчаки кўз ташлаган одамдан ҳимоя қилади; дискни текширган одамдан дастурни ҳам, шифрланган омборни ҳам яширмайди. Уни ўзгартириш иловани қулфлайди ва омборни кўчиради; уни аввалгидек очинг.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Шу номли жилдда аллақачон бошқа файллар бор ёки у бошқа дискда. Ҳеч нарса кўчирилмади; бошқа ном танланг.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Пакет файлларини ёки бутун жилдларни шу ерга ташланг</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Пакет файллари ва жилдларини ташлаш жойи</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Кимдир сизни қулфни очишга мажбурлаган ҳолат учун иккинчи пароль. Қулф экранида киритилса, у шу омборга ўхшаш алдамчи нусхани очади ва шундан кейин паролингиз ҳам, тиклаш кодингиз ҳам ҳеч нарсани очмайди – на шу компьютерда, на кейинроқ олинган диск нусхасида. У сиз парольни киритишингиздан олдин олинган диск нусхасидан ёки икки нусхани бир-бири билан солиштиришдан ҳимоя қилмайди. Алдамчи нусха ишлатилгандек кўриниши учун аввал уни оддий ишлар билан тўлдиринг.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Мажбурлов пароли нимадан ҳимоя қилади</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Мажбурлов пароли ҳолати</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Мажбурлов пароли</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Мажбурлов паролини такрорланг</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Яна бир марта</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Тиклаш коди</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Тиклаш кодингиз, бир марта керак</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Мажбурлов паролини ўрнатиш</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Тўлдириш учун алдамчи нусхани очиш</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Омборингиз қулфланади ва унинг ўрнида алдамчи нусха очилади; одатдагидек ишлар ва файллар қўшинг, сўнг қулфланг. Паролингиз омборингизни яна очади.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Олиб ташлаш...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Мажбурлов паролини олиб ташлаш</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Мажбурлов пароли ҳақида хабар</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Мажбурлов пароли ўрнатилган ва у алдамчи нусхани очади.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Алдамчи нусха бор, лекин уни ҳеч қандай мажбурлов пароли очмайди: паролингиз ўзгартирилганда мажбурлов пароли бекор бўлди. Уни қайтадан ўрнатинг.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Мажбурлов пароли ўрнатилмаган.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Мажбурлов паролини алмаштириш</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Мажбурлов паролини икки марта киритинг.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Икки мажбурлов пароли бир хил эмас.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Тиклаш кодингизни ҳам киритинг.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Мажбурлов пароли ўрнатилмоқда...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Мажбурлов пароли ўрнатилди. Энди алдамчи нусхани очинг ва унга бир нечта оддий иш қўшинг, шунда у ишлатилгандек кўринади.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Мажбурлов пароли ҳеч нарсани очмайдиган бўлади, алдамчи нусха эса ундаги ишлар ва файллар билан бирга йўқ қилинади. Давом этилсинми?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Олиб ташлаш</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қолдириш</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Мажбурлов пароли энди ҳеч нарсани очмайди, алдамчи нусха эса йўқ қилинди.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Кутилмаган хатолик юз берди. Ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Парольни киритинг.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Камида 12 та белгидан фойдаланинг; бир-бирига боғлиқ бўлмаган тўрт-беш сўз яхши пароль бўлади.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>У жуда кенг тарқалган сўзлар ёки парольлардан тузилган; одатий бўлмаган сўзлар қўшинг.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>У клавиатурадаги кетма-кет тугмалардан иборат; бунинг ўрнига бир-бирига боғлиқ бўлмаган сўзлардан фойдаланинг.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Унда бир хил белгилар такрорланади; бир нечта ҳар хил сўздан фойдаланинг.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Бу abcd ёки 1234 каби осон кетма-кетлик; бир-бирига боғлиқ бўлмаган сўзлардан фойдаланинг.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Сана ва йилларни топиш осон; уларнинг ўрнига сўзлардан фойдаланинг.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Унда исмингиз ёки дастур номи бор; бошқа сўзларни танланг.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Уни топиш жуда осон; яна икки-учта бир-бирига боғлиқ бўлмаган сўз қўшинг.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Дискда жой қолмади, шунинг учун ҳеч нарса ўзгартирилмади. Бироз жой бўшатинг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Диск фақат ўқиш учун, шунинг учун ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh %1 га ёзиш ҳуқуқига эга эмас, шунинг учун ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>%1 га ёзиб бўлмади, шунинг учун ҳеч нарса ўзгартирилмади. Диск носоз бўлиши мумкин.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Тиклаш коди 8 та гуруҳдан иборат, ҳар бирида 4 та ҳарф ва рақам бор; ҳеч бири тушиб қолмаганини текширинг.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Тиклаш кодида бўлиши мумкин бўлмаган белгилар бор; хато ёзилмаганини текширинг.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Тиклаш кодида ёзув хатоси бор; ҳар бир гуруҳни ўзингиздаги нусха билан солиштиринг.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Иш файлида %1 майдони йўқ.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Иш файлида %1 жойида Guvoh билмайдиган майдон бор: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%1 жойидаги %2 маълум код эмас; рўйхатни resources/vocab/%3.json файлида кўринг.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>%1 даги иш файлининг схема версияси %2; Guvoh дастурининг бу версияси фақат 1-версияни ўқий олади.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 қиймати %2 турида бўлиши керак.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 қиймати жуда узун ёки жуда катта (чегара: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 қиймати бўш ёки жуда кичик (камида %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 қиймати кутилган шаклда эмас: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Икки ёзув бир хил %2 идентификаторидан фойдаланади (%1 жойида); идентификаторлар такрорланмаслиги керак.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 %2 га ишора қилади, лекин ишда бундай идентификаторли шахс йўқ.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 %2 файлига ишора қилади, лекин бу ишда бундай идентификаторли илова йўқ.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 жойида мавжуд бўлмаган сана кўрсатилган: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Янги ишда %1 майдони бўлиши мумкин эмас: уни омбор ўзи белгилайди. Мавжуд ишни ўзгартириш учун «guvoh case edit» буйруғидан фойдаланинг.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Бу файл бошқа ишга тегишли (идентификатор %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>%2 ҳолати экспорт қилинганда ёки қабул тасдиғи орқали белгиланади; иш файлида фақат draft ёки ready бўлиши мумкин.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Иш файлида %1 жойида хато бор: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>%1 файли мавжуд эмас; ҳеч нарса сақланмади.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>%1 файлини ўқиб бўлмади; ҳеч нарса сақланмади.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 файл эмас, жилд; ҳеч нарса сақланмади.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>%1 файли сақланаётганда кўчирилди ёки ўчирилди; ҳеч нарса сақланмади. Қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>%1 файли сақланаётганда ўзгарди; ҳеч нарса сақланмади. Бошқа ҳеч бир дастур унга ёзмаётган пайтда қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импорт қилинди.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Аввал импорт қилинган; ҳеч нарса икки марта импорт қилинмади.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Рад этилди: худди шу пакет идентификаторига эга бошқа файл аввал кўрилган (қайта юбориш).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Биз учун эмас: бу пакет бошқа ташкилотга юборилган.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Нотаниш юборувчи: хавфсизлик кодини юборувчи билан телефон орқали ёки юзма-юз солиштиринг; кодлар мос келса, файл импорт қилинади.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Рад этилди: бу юборувчидан файллар фақат сиз белгилаган саналар оралиғида қабул қилинади.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Шикастланган ёки ўзгартирилган: файл юборувчи уни яратганидан кейин ўзгарган. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Биз учун эмас: бу пакет бошқа ташкилот учун шифрланган.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Биз учун эмас: бу пакет бошқа ташкилот учун тайёрланган ва сизга узатилган.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Бу «guvoh team identity» берадиган координатор қатори эмас; уни яна сўранг ва қаторни тўлиқ жойланг.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Бу исмни ишлатиб бўлмайди: 1 дан 200 гача ҳарф киритинг, бошқарув белгиларисиз.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Бу қийматни ёзиб бўлмайди (%1): ҳолат, тег ёки эслатмани текшириб, қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Бу иш жойида ҳали умумий жилд йўқ. Аввал уни «guvoh team folder DIR» буйруғи билан кўрсатинг.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>%1 умумий жилди йўқ (диск узилган ёки Syncthing ҳали созланмаган). Ҳеч нарса ўқилмади.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh %1 умумий жилдига ёза олмайди. У мавжудлигини ва унга ёзишга рухсатингиз борлигини текширинг; қарорларингиз сақланган ва кейинги синхронлашда ёзилади.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Бу иш жойи жамоага кирмайди: аввал шу ерда ташкилот яратинг ёки координатор сиз учун тайёрлаган калитлар узатмаси билан қўшилинг.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Бу иш жойи бу жамоага аллақачон қўшилган; ҳеч нарса ўзгармади.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Бу иш жойи аллақачон бошқа жамоага киради, шунинг учун бунисига қўшила олмайди.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Бу омбор аллақачон %1 ташкилотиники, шунинг учун бошқа ташкилот калитларини ололмайди. Янги координатор омборидан қўшилинг.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Бу иш жойи учун тайёрланган калитлар узатмаси эмас ёки у шикастланган, шунинг учун ҳеч нарса ўзгармади. Координатордан уни қаторингиз бўйича қайта тайёрлашни сўранг.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>%1 файлини ўқиб бўлмади, шунинг учун ҳеч нарса ўзгармади.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 аллақачон мавжуд ва ҳеч қачон устидан ёзилмайди; бошқа ном танланг.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 жамоадан чиқарилган ва худди шу калит билан қайта қўшила олмайди. Янги омбордан янги қатор сўранг.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Бу жамоада %1 исмли координатор аллақачон бор; янги келгандан бошқа исм танлашни сўранг.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Иш жойи ўзини ўзи чиқара олмайди; уни бошқа координатор чиқаради.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Бу жамоада %1 координатори йўқ. Рўйхатни «guvoh team status» кўрсатади.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>%1 га бир нечта координатор мос келади; бармоқ изини ишлатинг.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Нимани ёзишни кўрсатинг: ҳолат, тайинлаш, тег ёки эслатма.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>%1 жойида бузуқ белги бор (якка суррогат, у Юникод матни эмас); иш сақланмади.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>%1 жойидаги файл номида қия чизиқ (/), тескари қия чизиқ (\), бошқарув белгиси ёки матн йўналиши белгиси бор, бу унинг асл номини яшириши мумкин; иш сақланмади.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Асл нусха (%1) энди у ерда йўқ, шунинг учун ҳеч нарса олиб ташланмади. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Асл нусха (%1) омборга сақланганидан кейин ўзгарган, шунинг учун у олиб ташланмади. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Асл нусха (%1) бошқа жойга ҳавола, шунинг учун Guvoh уни олиб ташламади. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Асл нусха (%1) оддий файл эмас, шунинг учун Guvoh уни олиб ташламади. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Асл нусхани (%1) олиб ташлаб бўлмади: тизим бунга рухсат бермади. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Асл нусха (%1) устидан ноллар ёзилди, лекин тизим уни олиб ташлашга рухсат бермади; бўш файлни ўзингиз ўчиринг. Омборингиздаги нусха хавфсиз.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Созлаш файлини ўқиб бўлмади, шунинг учун ҳеч нарса ўрнатилмади. Файл жойида эканини ва тўлиқ нусхаланганини текширинг.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Бу файл созлаш файли бўлиши учун жуда катта, шунинг учун ҳеч нарса ўрнатилмади. Ташкилотингиз берган файлни танланг.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бу созлаш файли эмас ёки у шикастланган ёхуд чала, шунинг учун ҳеч нарса ўрнатилмади. Ташкилотингиздан янги нусха сўранг.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Бу созлаш файлида Гувоҳнинг бу версияси билмайдиган созлама бор (%1), шунинг учун ҳеч нарса ўрнатилмади. Гувоҳни янгиланг ёки ташкилотингиздан янги файл сўранг.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Бу созлаш файли %1 созламасига Guvoh қабул қилмайдиган қиймат беради, шунинг учун ҳеч нарса ўрнатилмади. Ташкилотингиздан янги файл сўранг.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Бу созлаш файли ташкилот томонидан имзоланмаган, шунинг учун ҳеч нарса ўрнатилмади. Ташкилотингиздан имзоланган файлни сўранг.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Бу созлаш файли ташкилот имзолаганидан кейин ўзгартирилган ёки шикастланган, шунинг учун ҳеч нарса ўрнатилмади. Ташкилотингиздан янги нусха сўранг.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Бу созлаш файли у номлаган ташкилот эмас, бошқа кимдир томонидан имзоланган, шунинг учун ҳеч нарса ўрнатилмади. Ундан фойдаланманг; ташкилотингиздан ўз файлини сўранг.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Тўлиқ эмас: файл, эҳтимол нусхалаш пайтида, чала қолган. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Рад этилди: бу тўғри тузилган Guvoh пакети эмас. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Рад этилди: Guvoh дастурининг бу версияси бундай пакет форматини ўқий олмайди. Guvoh дастурини янгиланг.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Ўқиб бўлмайди: бу Guvoh пакети эмас ёки ўқиб бўлмайдиган файл.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Рад этилди: пакетдаги ишлардан бири иш форматига мос эмас.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Рад этилди: пакет бошқа манбадан келган иш ёки файл устидан ёзиб юборган бўларди.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Рад этилди: бу пакет идентификаторидан бошқа юборувчи аллақачон фойдаланган. Иккаласидан бири уни нусхалаган; бирортасига ишонишдан олдин иккала юборувчидан ҳам сўранг.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Ўқилмади: омбор турган дискда бу пакет учун бўш жой етарли эмас. Бироз жой бўшатинг ва уни қайтадан импорт қилинг.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Бекор қилинди: бу файлдан ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Муваффақиятсиз: кутилмаган хатолик туфайли бу файл билан иш тўхтади; ундан ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Рад этилди: пакетда бирорта ҳам иш йўқ. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Бу омбор сафар учун муҳрланган. У ташкилотингиз очиш токенини юборгандагина яна очилади; шунда «Муҳрни очиш»ни танланг (ёки &apos;гувоҳ унсеалъ буйруғини бажаринг).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Бу омбор муҳрланмаган, очиладиган муҳр йўқ. У пароль билан очилади.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Бу омборнинг муҳрини бу токен билан очиб бўлмади: муҳр файли шикастланган ёки йўқ. Омбор муҳрланган ҳолда қолади; ташкилотингиздан ёрдам сўранг.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Бу очиш токени эмас ёки унинг бир қисми йўқ. Токенни биринчи қаторидан охиргисигача тўлиқ қайта нусхаланг.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Бу очиш токени омбор муҳрланган ташкилот томонидан имзоланмаган, шунинг учун рад этилди. Омбор муҳрланган ҳолда қолади.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Бу очиш токени бошқа омбор учун, шунинг учун рад этилди. Омбор муҳрланган ҳолда қолади.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Бу очиш токени бу омборнинг аввалги муҳри учун эди ва аллақачон ишлатилган, шунинг учун рад этилди. Ташкилотингиздан охирги юборган сафар сўровингиз учун токен сўранг.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Бу сафар сўровини ўқиб бўлмади ёки у бу ташкилот учун қилинмаган, шунинг учун очиш токени ёзилмади.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Мажбурлов пароли омбор паролидан фарқ қилиши керак. Бошқасини танланг.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Бу омбор мажбурлов пароли пайдо бўлишидан олдин яратилган, шунинг учун уни ўрнатиш учун бир марта тиклаш коди керак. Тиклаш кодини киритинг ва қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Шу номли жилдда аллақачон бошқа файллар бор ёки у бошқа дискда (%1). Ҳеч нарса кўчирилмади; бошқа ном танланг.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Бу омборда алдамчи нусха йўқ: аввал мажбурлов паролини ўрнатинг.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Бу пароль омборни очмади. Клавиатура тилини ва Caps Lock тугмасини текширинг.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Омбор калитини алмаштириш узилиб қолди ва уни фақат паролингиз билан якунлаш мумкин. Омборни паролингиз билан очинг, сўнг янги тиклаш коди олиш учун «guvoh rekey» буйруғини қайтадан ишга туширинг.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Бу тиклаш коди ушбу омборга тегишли эмас.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>%1 да омбор йўқ. Уни «guvoh init» буйруғи билан яратинг ёки бошқа жилдни танланг.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 Guvoh омбори эмас. Омбор жойлашган жилдни танланг.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>%1 да омбор аллақачон мавжуд; ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>%1 да аллақачон бошқа файллар бор. Омбор учун янги ёки бўш жилд танланг.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 аллақачон мавжуд ва у бўш жилд эмас. Захира нусха учун янги ёки бўш жилд танланг; ҳеч нарса ёзилмади.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 омборнинг ўзи ичида жойлашган. Захира нусха учун бошқа дискдаги жилдни танланг; ҳеч нарса ёзилмади.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Бу омбор бошқа Guvoh ойнасида ёки буйруғида аллақачон очиқ. Аввал уни ўша ерда ёпинг.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Омбор қулфланган. Аввал уни очинг.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Бу омборга шу компьютернинг калитлар сақлагичида турадиган калит ҳам керак, лекин калитлар сақлагичида у йўқ. Омборни тиклаш кодингиз билан очинг.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Бу омборга шу компьютернинг калитлар сақлагичида турадиган калит ҳам керак, лекин калитлар сақлагичи ишламаяпти. Иш столи сеансингизга киринг ёки омборни тиклаш кодингиз билан очинг.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Тизим калитлар сақлагичи жавоб бермади, шунинг учун ҳеч нарса ўзгартирилмади. Калитлар сақлагичини қулфдан чиқаринг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Бу пароль жуда заиф: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Омборнинг калитлар файли шикастланган ёки таҳрирланган, шунинг учун омборни очиб бўлмайди. Уни захира нусхадан тикланг.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Омборнинг калитлар файли хавфсиз бўлмаган созламаларни талаб қилади ва рад этилди; уни кимдир ўзгартирган бўлиши мумкин. Уни захира нусхадан тикланг.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Омборнинг маълумотлар базаси шикастланган ва уни ўқиб бўлмади. Уни захира нусхадан тикланг.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Бу омбор Guvoh дастурининг янгироқ версиясида ёзилган. Уни очиш учун Guvoh дастурини янгиланг.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 аллақачон мавжуд; Guvoh файллар устидан ёзмайди. Бошқа ном танланг.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>%1 иш файли мавжуд эмас.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>%1 иш файли UTF-8 матни эмас.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>%1 иш файлини ўқиб бўлмади.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>%1 иш файли тўғри JSON эмас: %4 (%2-қатор, %3-устун).</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Бу омборда %1 иши йўқ. Ишлар рўйхатини «guvoh case list» буйруғи кўрсатади.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Бу омборда %1 иловаси йўқ. Иловалар рўйхатини «guvoh attachment list CASE» буйруғи кўрсатади.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>%1 рақами бошқа ишда аллақачон бор; бошқа рақам танланг.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Бу версия экспорт қилинган ва муҳрланган; шунинг учун таҳрирингиз янги версия сифатида сақланди.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Сақланган %1 файли шикастланган ёки ўзгартирилган, шунинг учун у берилмади. Омборни захира нусхадан тикланг.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Бекор қилинди. Ҳеч нарса чала ёзилмади.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Бу пакет имзолангандан кейин ўзгартирилган ёки йўлда шикастланган. Ҳеч нарса импорт қилинмади; юборувчидан янги нусха сўранг.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Бу пакет тўлиқ эмас: файл, эҳтимол нусхалаш пайтида, чала қолган. Ҳеч нарса импорт қилинмади; уни қайтадан нусхаланг.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Бу пакет бошқа ташкилот учун тайёрланган ва сизга узатилган. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Бу пакет ушбу ташкилотга юборилмаган, шунинг учун уни бу ерда очиб бўлмайди.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Бу файл тўғри тузилган Guvoh пакети эмас ва рад этилди. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Бу пакет %1 форматида, Guvoh дастурининг бу версияси уни ўқий олмайди. Guvoh дастурини янгиланг.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Бу файл Guvoh пакети эмас ёки ўқиб бўлмайдиган даражада шикастланган.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Бу пакетни сиз ҳали тасдиқламаган киши имзолаган (калит %1, хавфсизлик коди %2). Кодни юборувчи билан солиштиринг, сўнг калитни «guvoh signer trust» буйруғи билан қўшинг.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>%1 калити ҳозир амал қилиш муддатидан ташқарида. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>%1 пакети аввал импорт қилинган; ҳеч нарса икки марта импорт қилинмади.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Худди шу %1 пакет идентификаторига эга бошқа файл аввал кўрилган: бу қайта юбориш, ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Бу пакетнинг %1 идентификаторидан бошқа юборувчи (%2) аллақачон фойдаланган, шунинг учун ҳеч нарса импорт қилинмади; иккаласидан бири уни нусхалаган.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>%1 пакетида бирорта ҳам иш йўқ, шунинг учун ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>%1 жойлашган дискда %3 байт бўш жой бор, лекин бу пакетни ўқиш учун %2 байт керак; ҳеч нарса ўқилмади. Бироз жой бўшатинг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Бу пакетдаги %1 ишида илованинг файл номида қия чизиқ (/), тескари қия чизиқ (\), бошқарув белгиси ёки матн йўналиши белгиси бор (%2 жойида), бу файлнинг асл номини яшириши мумкин, шунинг учун ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Бу пакетдаги %1 ишида %2 жойида бузуқ белги (якка суррогат) бор, шунинг учун ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Бу пакетдаги %1 иши иш форматига мос эмас, шунинг учун ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Пакет бошқа манбадан келган маълумот (%1 %2) устидан ёзган бўларди. Ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Бу қабул тасдиғи %1 пакетига тегишли, лекин бу омбор уни ўша ташкилотга юбормаган.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Бу омборда импорт қилинган %1 пакети йўқ.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Буни фақат координатор омбори (guvoh init --role coordinator) бажара олади.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Бу карточкада сиз аллақачон ишонган %1 учун янги калитлар бор. Унинг янги хавфсизлик кодини ташкилот билан солиштиринг, сўнг у эски карточка ўрнини босишини тасдиқланг; ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Аввал «guvoh org create» буйруғи билан ташкилот яратинг.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>%1 иши бўйича розилик йўқ ёки у қайтариб олинган, шунинг учун уни экспорт қилиб бўлмайди.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Бирорта иш тайёр деб белгиланмаган. Экспорт қилинадиган ишларни кўрсатинг ёки аввал уларни тайёр деб белгиланг.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>%1 иши етказилгани тасдиқланмаган; уни ўчирсангиз, у йўқолади. --force-undelivered ни фақат ишончингиз комил бўлса қўшинг.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>%1 деган ишончли ташкилот йўқ. Уларни «guvoh org list» буйруғи кўрсатади; ташкилотга «guvoh org trust CARD» буйруғи билан ишонч билдиринг.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 га бир нечта ташкилот мос келади; кераклисининг бармоқ изини кўрсатинг.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>%1 номи бошқа калит учун аллақачон ишлатилган.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Бу омборда %1 деган қўшилган тадқиқотчи йўқ.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Калитнинг амал қилиш муддати тугаши бошланишидан кейин бўлиши керак. Саналардан бирини ўзгартиринг.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Бу очиқ калитнинг тўғри қатори эмас; у «ssh-ed25519 AAAA... исм» кўринишида бўлиши керак.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Умумий жилддаги бу файл шикастланган, жуда катта ёки бу иш жойи учун эмас, шунинг учун ишлатилмади.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бу ташкилот карточкаси шикастланган ёки ўзгартирилган, шунинг учун унга ишонч билдирилмади. Ташкилотдан янги нусха сўранг.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Бир вақтнинг ўзида жуда кўп пакет берилди (%1 тадан ортиқ). Уларни кичикроқ гуруҳларда импорт қилинг.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Бу расм Guvoh ичида кўрсатиш учун жуда катта (%1 × %2 пиксель; кўпи билан 50 мегапиксель кўрсатилади).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Бу расм кўрсатилмайди: у шикастланган, охири кесилиб қолган ёки PNG ёки JPEG расми эмас.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Бу файлнинг яширин маълумотларини ўқиб бўлмади: файл шикастланган, чала қолган ёки бошида кўрсатилган турдаги файл эмас.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Бу файлдаги яширин маълумотларни қидириш Guvoh рухсат берганидан кўпроқ хотира ёки вақт олди, шунинг учун у тўхтатилди. Файлнинг ўзи ўзгармади.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Бу файл %1 дан катта, шунинг учун Guvoh ундаги яширин маълумотларни қидирмайди.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh бу турдаги файлнинг яширин маълумотларсиз нусхасини ярата олмайди, шунинг учун тозаланган нусха яратилмади.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh бу файлдаги яширин маълумотларни қидира олмади. Файлнинг ўзи ўзгармади.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Муҳрлаш ёки муҳрни очиш амалга ошмади, шунинг учун ҳеч нарса ўзгармади.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Тўхтатилди. Ҳеч нарса чала ёзилмади.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Калит учун номда қатор кўчириш ёки табуляция бўлмаслиги, у бўш жой билан бошланмаслиги ва тугамаслиги керак. Номни ўзгартиринг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Тадқиқотчининг номи ёки саналарини рухсат этилган имзоловчилар рўйхатига ёзиб бўлмади. Бўш жой ва тиниш белгиларисиз номдан фойдаланинг ҳамда саналарни текширинг.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Хавфсизлик коди 32 та рақамдан иборат. Ҳеч бири тушиб қолмаганини ва хато ёзилмаганини текширинг.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Шифрланган файлни ўқиб ёки ёзиб бўлмади, шунинг учун ҳеч нарса ўзгартирилмади. Агар бу яна такрорланса, файл шикастланган бўлиши мумкин.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Бу омборнинг бирорта калити ҳам бу шифрланган файлни очмайди: у бошқа биров учун тайёрланган.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Ҳеч нарса имзоланмади: Guvoh %1 мақсадидаги имзони қабул қилмайди.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Бу шифрлаш калити яроқсиз: унинг бир қисми тушиб қолган ёки хато ёзилган. Калитни тўлиқ қайтадан нусхаланг.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Бу калитдан фойдаланиб бўлмади. Уни келган жойидан қайтадан нусхаланг.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Бу пароль ёки тиклаш коди ушбу омборни очмайди. Уни текширинг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Иш файлидан фойдаланиб бўлмади, шунинг учун ҳеч нарса ўзгартирилмади. Файлни текширинг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Иш қоралама сифатида сақлаш учун жуда катта. Энг узун матнларни қисқартиринг, сўнг сақланг.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Омбор бу амални бажара олмади, шунинг учун ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Бу пакетни ўқиб бўлмади, шунинг учун ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>%1 иш файли жуда катта (32 MB дан ортиқ).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бу карточка QR код учун жуда узун. Унинг ўрнига тадқиқотчиларингизга карточка файлини беринг.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Бу шифрланган файл ўзгартирилган ёки шикастланган, шунинг учун ундан ҳеч нарса ишлатилмади. Янги нусха сўранг.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Бу Guvoh ўқий оладиган шифрланган файл эмас ёки унинг бошланиши шикастланган. Ҳеч нарса ўзгартирилмади.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Бу ташкилот карточкасини ўқиб бўлмади, шунинг учун унга ишонч билдирилмади. Ташкилотдан янги нусха сўранг.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Бу ёзувни ўқиб бўлмади: у Guvoh ижро эта оладиган WAV овоз файли эмас.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Бу имзони текшириб бўлмади, шунинг учун у билан имзоланган нарсага ишонилмади.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Бу имзо имзоланган нарсага мос келмайди: улардан бири ўзгартирилган, шунинг учун ҳеч бирига ишонилмади.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Бу имзо шикастланган ёки Guvoh қабул қилмайдиган турда, шунинг учун у билан имзоланган нарсага ишонилмади.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Бу омборнинг имзо калити шикастланган, шунинг учун ҳеч нарсани имзолаб бўлмайди. Омборни захира нусхадан тикланг.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Бу сиз ҳали тасдиқламаган калит билан имзоланган (%1), шунинг учун унга ишонилмади.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Текширилди: пакет барча текширувлардан ўтди. Ҳеч нарса импорт қилинмади.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
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
        <translation>%1 ва %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Бу файлни фақат %1 оча олади. Уни USB флешкада топширинг ёки ўзингиз ишонадиган мессенжер орқали юборинг; иложи бўлса, оддий электрон почтадан фойдаланманг. Ташкилот файл етиб келганини тасдиқлагач, бу файлни ва унинг барча нусхаларини (флешкадагисини ҳам) ўчиринг.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n та иш</numerusform>
            <numerusform>%n та иш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n та ёзув ёки файл</numerusform>
            <numerusform>%n та ёзув ёки файл</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Уни фақат %2 оча олади.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Уни ким олишини танланг.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n та файл яширин маълумотлардан (жойлашув, қурилма, муаллиф) тозаланиб қўшилди.</numerusform>
            <numerusform>%n та файл яширин маълумотлардан (жойлашув, қурилма, муаллиф) тозаланиб қўшилди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>Олиб ташланадиган нарса бўлмагани учун %n та файл қандай келган бўлса, шундайлигича қўшилди.</numerusform>
            <numerusform>Олиб ташланадиган нарса бўлмагани учун %n та файл қандай келган бўлса, шундайлигича қўшилди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>Текшириб бўлмагани учун %n та файл қандай келган бўлса, шундайлигича қўшилди.</numerusform>
            <numerusform>Текшириб бўлмагани учун %n та файл қандай келган бўлса, шундайлигича қўшилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Ҳимояланган маълумотлар қўшилиши ёки қўшилмаслигини танланг.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Бу ишлардаги ҳеч кимда ҳимояланган маълумотлар йўқ.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Унга %n кишининг ҳимояланган маълумотлари қўшилади.</numerusform>
            <numerusform>Унга %n кишининг ҳимояланган маълумотлари қўшилади.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Ундан %n кишининг ҳимояланган маълумотлари чиқариб қолдирилади.</numerusform>
            <numerusform>Ундан %n кишининг ҳимояланган маълумотлари чиқариб қолдирилади.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Яширин маълумотларни (жойлашув, қурилма, муаллиф) олиб ташлашнинг иложи бўлган барча файллар тозаланиб қўшилади; асл нусхалар омборингизда қандай келган бўлса, шундайлигича қолади.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Файллар қандай келган бўлса, шундайлигича, улардаги барча яширин маълумотлар (жойлашув, қурилма, муаллиф) билан қўшилади.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Жилдда кўрсатиш</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Файлни унинг жилдида кўрсатиш</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт жараёни</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Экспортни бекор қилиш</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Экспорт ҳолати</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Шифрланмоқда ва имзоланмоқда...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Тўхтатилмоқда...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Ташкилот учун экспорт</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Юбориладиган ташкилотлар</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Экспорт қилинадиган ишлар</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Ҳимояланган маълумотларни чиқариб қолдириш</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Ҳимояланган маълумотларни қўшиш</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Файллардан яширин маълумотларни (жойлашув, қурилма, муаллиф) олиб ташлаш</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Файллардан яширин маълумотларни олиб ташлаш</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файл учун жилд</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлни қаерга сақлашни танланг</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>Нега экспорт қилиб бўлмайди</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Уни ким олади?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Сиз ҳали ҳеч бир ташкилотга ишонч билдирмагансиз. Аввал «Ташкилотлар» бўлимида ташкилот сизга берган карточка файли орқали уни қўшинг.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Қайси ишлар?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Улар билан бирга нима қўшилади?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Ҳимояланган маълумотлар – бу ҳар бир одамда ҳимояланган деб белгиланган ҳақиқий исмлар, алоқа маълумотлари ва бошқа тафсилотлар. Чиқариб қолдирилса, улар фақат шу компьютерда қолади.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Файл қаерга сақлансин?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Файл тайёр</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Экспорт қилинган файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Уни қандай етказиш керак</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Камида битта ташкилотни танланг.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Камида битта ишни танланг.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Ҳимояланган маълумотлар қўшилиши ёки қўшилмаслигини танланг.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл учун мавжуд жилдни танланг.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 ва %2 сақланди, шифрланди ва сиз томондан имзоланди, мана бу файлда:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n та иш</numerusform>
            <numerusform>%n та иш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n та ёзув ёки файл</numerusform>
            <numerusform>%n та ёзув ёки файл</numerusform>
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
        <translation>Тури</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ҳажми</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қўшилган</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Расм</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Овоз</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Матн</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF ҳужжат</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Бу расмда у олинган жой сақланган: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Бу расмда у қайси телефон ёки камерада олингани сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Бу файлда у яратилган жой сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Бу файлда у яратилган қурилма сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Бу файлда уни ким ёзгани ёки яратгани сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Бу файлда уни яратган дастур сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Бу файлда у қачон яратилгани сақланган: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Бу файлда у ҳақида бошқа маълумотлар сақланган: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Бу файлда яширин маълумотлар бор-йўқлиги текширилмоқда...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh бу турдаги файлларда яширин маълумотларни текшира олмайди.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Бу файл Guvoh яширин маълумотларни текшириши учун жуда катта.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh бу файлда яширин маълумотларни текшира олмади: файл шикастланган бўлиши мумкин.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Яширин маълумотлар топилмади.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Бу ишнинг файллари</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файллар ҳақида хабар</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Файл қўшиш...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Бу ишга файл қўшиш</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Кўриш ёки ижро этиш</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Танланган файлни кўриш ёки ижро этиш</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Нусхасини сақлаш...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Танланган файлнинг шифрланмаган нусхасини сақлаш</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Тозаланган нусхасини сақлаш...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Танланган файлнинг яширин маълумотларсиз шифрланмаган нусхасини сақлаш</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Танланган файлнинг яширин маълумотлари</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Олиб ташлаш</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Танланган файлни олиб ташлаш</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Файлларни қўшиш жараёни</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Қўшилаётган файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Файлларни қўшишни бекор қилиш</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Файлларни компьютерингиздан шу ерга судраб ташлашингиз ҳам мумкин. Улар омборда шифрланган ҳолда сақланади.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Файлларни қандай қўшиш мумкин</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Суҳбатни ёзиб олиш</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Файл қўшиш учун аввал ишни сақланг.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Бу файл яширин маълумотларсиз нусха сифатида келган. Нусханинг SHA-256 қиймати: %1; юборувчида қолган асл нусханики: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Яширин маълумотларсиз нусха яратилди: SHA-256 %1 (асл нусханики: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Бу компьютердан ёки нусхани сақлаган диск ёхуд USB флешкангиздан фойдалана оладиган ҳар қандай одам уни оча олади. Нусха керак бўлмай қолиши биланоқ уни ўчиринг. Бошқа бировдан келган файл уни очган компьютерга зарар етказадиган қилиб тайёрланган бўлиши мумкин: нусхани фақат ҳимоя қилишингиз керак бўлган ҳеч нарса сақланмайдиган компьютерда очинг.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Тозаланган нусхасини сақлаш</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Яширин маълумотларсиз шифрланмаган нусха %1 сифатида сақланди. Керак бўлмай қолганда уни ўчиринг.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Бу файл Guvoh ичида очиш учун жуда катта (256 MB дан ортиқ).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Нусха ШИФРЛАНМАЙДИ.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Шифрланмаган нусхани сақлаш</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Нусхасини сақлаш</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Шифрланмаган нусха %1 сифатида сақланди. Керак бўлмай қолганда уни ўчиринг.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 ушбу ишдан олиб ташлансинми?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Файл омбордан бутунлай ўчирилади; аввал экспорт қилинган нусхаларга бу таъсир қилмайди.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Файлни олиб ташлаш</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл олиб ташланди.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Очиқ калитингиз</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Калитингизнинг бармоқ изи</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Очиқ калитни нусхалаш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Очиқ калит (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Бармоқ изи (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Очиқ калитни координаторга беринг (у махфий эмас). Координатор сиздан файлларни қабул қилишдан олдин уни юқоридаги хавфсизлик коди билан текширади.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Шахсингиз</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Сиз юборган ҳамма нарса сиз томондан имзоланади, шунинг учун ташкилот у ҳақиқатан сиздан келганини ва йўлда ҳеч ким уни ўзгартирмаганини била олади.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Хавфсизлик кодингиз:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Бу рақамларни координаторга телефон орқали ёки юзма-юз ўқиб беринг, шунда у уларни ўзида сиз учун кўринаётган код билан солиштира олади.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Очиқ калит нусхаланди.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Расм</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (ўзини %2 деб атаган)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (янги)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабул қилинган</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ҳажми</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натижа</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Ичидаги файллар</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Юборувчи</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Кутмоқда</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Текширилмоқда</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Текширилди</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт қилинди</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Аввал импорт қилинган</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Рад этилди: аввал кўрилган</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Биз учун эмас</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Нотаниш юборувчи</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Юборувчи энди қабул қилинмайди</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Шикастланган ёки ўзгартирилган</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Тўлиқ эмас</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Рад этилди</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh дастурининг янгироқ версияси керак</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ўқиб бўлмайди</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Рад этилди: ишда хатолик бор</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Рад этилди: зиддият</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Рад этилди: идентификатордан бошқа юборувчи фойдаланган</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Ўқилмади: дискда жой йўқ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор қилинди</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Муваффақиятсиз</translation>
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
        <translation>Файл қўшиш...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Пакет файлларини қўшиш</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Жилд қўшиш...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Пакетлар жилдини қўшиш</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Рўйхатни тозалаш</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Пакетлар рўйхатини тозалаш</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорт жараёни</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Барча пакетлар бўйича жараён</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Текширилаётган пакет</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Шу пакет бўйича жараён</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импортни бекор қилиш</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Шу тўплам бўйича хулоса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Шу тўпламдаги пакетлар</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Ўқилмаган қаторлар янги деб белгиланган.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Пакетлар USB флешкаларда ёки мессенжерлар орқали келади. Файлларни ёки бутун жилдни қуйига ташланг. Ҳар бири импорт қилинишидан олдин текширилади ва ичидаги ҳеч нарса очилмайди.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Баъзи пакетлар сиз ҳали танимайдиган юборувчилардан келган. Улардан бирини танланг ва «Хавфсизлик кодларини солиштириш...» тугмасини босинг.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>«Кирувчи пакетлар» рўйхати тозалансинми?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Кирувчи пакетлар» қайси файллар қачон ва кимдан келганини унутади. Импорт қилинган ишлар омборингизда қолади.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 энди юборувчиларингиз рўйхатида. Импорт қилинган пакетлар: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Ҳеч нарса сақланмади ва бу файл импорт қилинмади. Ундан фойдаланманг: уни кимдир юборувчи номидан яратган бўлиши мумкин. Юборувчидан файлни қайтадан юборишини сўранг ва иложи бўлса, кодларни юзма-юз солиштиринг.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Бу рақамларни юборувчи билан телефон орқали ёки юзма-юз солиштиринг: ундан «Шахсингиз» экранидаги хавфсизлик кодини гуруҳма-гуруҳ овоз чиқариб ўқиб беришини сўранг. Бунинг учун хабардан фойдаланманг: файлни ўзгартира олган одам хабарни ҳам ўзгартира олади.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Бу юборувчи учун исм</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Сиз танийдиган исм ёки тахаллус</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мос келади</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Бу юборувчи ҳақида хабар</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Бу сиз биладиган юборувчими?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Бу файлни яратган одамнинг хавфсизлик коди:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Аввал бу юборувчи учун исм киритинг, шунда унинг файлларини таний оласиз.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Юборувчи қўшилмоқда ва импорт қилинмоқда...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Исм</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кирувчи пакетлар</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Пакетларни фақат координатор омбори импорт қилади.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Пакетлар қидирилмоқда...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Бекор қилинмоқда...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>У ерда пакет файллари топилмади.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Топилган пакетлар: %n. Текширилмоқда...</numerusform>
            <numerusform>Топилган пакетлар: %n. Текширилмоқда...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>%1-пакет текширилмоқда (жами %2 та)</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Импорт бекор қилинди. «Бекор қилинди» деб белгиланган пакетлар импорт қилинмади; тайёр бўлганингизда уларни қайтадан қўшинг.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Пакетлар: %n</numerusform>
            <numerusform>Пакетлар: %n</numerusform>
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
        <translation>Пакет файлларини танланг</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Guvoh пакетлари (*.age);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Пакетлар жилдини танланг</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>%1 пакетлари импорт қилинмоқда</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Танланган пакет натижаси</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Хавфсизлик кодларини солиштириш...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Хавфсизлик кодини юборувчи билан солиштириш</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Пакет идентификатори</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Юборувчи калитининг бармоқ изи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Яратилган</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Изоҳ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Бармоқ изи (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Яратилган (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Нотаниш юборувчи. Хавфсизлик кодларини солиштириш учун бу файлни қайтадан қўшинг.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Янги координаторнинг қатори</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Қаторни шу ерга жойланг</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Қаторни ўқиш</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Координаторни таклиф қилиш</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Янги координатордан «Жамоа» панелидаги қаторни сўранг ва шу ерга жойланг.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 хавфсизлик коди:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>%1 дан хавфсизлик кодини телефонда ёки юзма-юз овоз чиқариб ўқишини сўранг ва уни гуруҳма-гуруҳ солиштиринг.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Калитлар узатмасини сақлаш</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>%1 учун калитлар узатмаси %2 сифатида сақланди. Уни фақат %1 оча олади: уни USB флешкада ёки мессенжер орқали беринг, сўнг ўз нусхангизни ўчиринг.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Ҳеч нарса ўзгармади. Бу қаторни ишлатманг: уни яна сўранг, иложи бўлса юзма-юз.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Жамоага қўшилиш...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Жамоага қўшилиш: калитлар узатмасини очиш</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Ташкилот жамоасига қўшилиш учун қаторингизни унинг координаторларидан бирига беринг. У сиз учун калитлар узатмасини тайёрлайди; уни шу ерда очинг.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Калитлар узатмасини очиш</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Калитлар узатмалари (*.age);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>%1 ташкилотининг хавфсизлик коди:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Сизни таклиф қилган %1 нинг хавфсизлик коди:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Иккала кодни %1 билан телефонда ёки юзма-юз, гуруҳма-гуруҳ солиштиринг.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Сиз %1 жамоасига қўшилдингиз. Энди умумий жилдни танланг.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Ҳеч нарса ўзгармади. Бу калитлар узатмасини ишлатманг: янгисини сўранг, иложи бўлса юзма-юз.</translation>
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
        <translation>Микрофон топилмади</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (стандарт)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Ҳозир шу микрофон ишлатилади, лекин танловни кейинги сафар учун эслаб қолиб бўлмади.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тури</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Ишонч билдирилган сана</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ташкилотингиз</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ишончли</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Ишончли ташкилотлар</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Сиз ҳали ҳеч бир ташкилотга ишонч билдирмагансиз. Ташкилотдан карточка файлини сўранг, сўнг уни қуйида қўшинг.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Калитнинг бармоқ изи</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Шифрлаш калити</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Бармоқ изи (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Шифрлаш калити (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ташкилотлар</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Сиз гувоҳликларни юборадиган ташкилотлар. Ташкилотга юборганингизни фақат унинг ўз координаторлари оча олади.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ташкилот қўшиш</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Ташкилот сизга берган карточка файлини танланг (USB флешкада ёки мессенжер орқали келган). Сўнг унинг хавфсизлик кодини улар билан солиштирасиз.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 хавфсизлик коди:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Файл энди шифрланган омборингизда. Асл нусха %1 жилдидан олиб ташлансинми?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Асл нусха: %1. Guvoh унинг устидан бир марта ноллар ёзади, сўнг уни ўчиради. Бу хавфсиз ўчириш эмас: диск (айниқса ССД ёки хотира картаси), файл тизими, захира нусхалар ва булутли синхронлаш барибир унинг излари ёки нусхаларини сақлаб қолиши мумкин.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Асл нусхани олиб ташлаш</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қолдириш</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Бундан буён сўрамасдан шундай қилиш</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Асл нусха %1 жилдидан олиб ташланди.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Қўшилган файлларнинг асл нусхалари</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Ҳар сафар сўраш</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Асл нусхани сўрамасдан олиб ташлаш</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Асл нусхани сўрамасдан қолдириш</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>«Юкланмалар» (Доwнлоадс) жилдидан, телефондан ёки USB флешкадан қўшилган расм ёки ёзув у ерда шифрланмаган ҳолда қолади. У омборга тушгач, Guvoh асл нусхани олиб ташлай олади: файлнинг устидан бир марта ноллар ёзади, сўнг уни ўчиради. Бу хавфсиз ўчириш эмас: диск (айниқса ССД ёки хотира картаси), файл тизими, захира нусхалар ва булутли синхронлаш барибир излар ёки нусхаларни сақлаб қолиши мумкин. Гувоҳда ёзиб олинган ёзувларнинг асл нусхаси бўлмайди.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Асл нусхани олиб ташлаш нима қилади</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Асл нусхалар созламаси ҳолати</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Сақланди. Guvoh ҳар бир файлдан кейин сўрайди.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Сақланди. Файл омборга тушгач, унинг асл нусхаси олиб ташланади.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Сақланди. Асл нусхалар ўз жойида қолдирилади.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Бутун архив</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Жорий қидирув</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Қайта санаш</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Ишлар саналмоқда</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Умумий кўриниш ҳолати</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Ҳаракат турлари бўйича ишлар</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Ҳаракат тури</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Келиб чиққан мамлакатлар бўйича ишлар</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Келиб чиққан мамлакат</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Яшаб турган мамлакатлар бўйича ишлар</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Яшаб турган мамлакат</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Воқеалар ойи бўйича ишлар</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ой</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Санаш:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Умумий кўриниш</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Ҳар бир турдаги ишлар сони. Икки ҳаракат тури ёки икки мамлакат кўрсатилган иш иккаласида ҳам ҳисобланади.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Ишлар саналмоқда...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Бутун архив: %n та иш.</numerusform>
            <numerusform>Бутун архив: %n та иш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Қидирув берилмаган, шунинг учун бу бутун архив: %n та иш.</numerusform>
            <numerusform>Қидирув берилмаган, шунинг учун бу бутун архив: %n та иш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Жорий қидирув топган ишлар: %n та иш.</numerusform>
            <numerusform>Жорий қидирув топган ишлар: %n та иш.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Ташкилотингиз номи</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Карточка файли учун жилд</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Карточкани қаерга сақлашни танланг</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Ташкилот яратиш</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Карточкани сақлаш</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>QR код расми сифатида сақлаш</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Ташкилотингиз карточкасининг QR коди</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Уни ўқиган телефон ёки сканер карточка файлини олади. Тадқиқотчи барибир хавфсизлик кодини сиз билан солиштиради.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Ташкилотингизни бир марта яратинг. Guvoh унинг карточкасини сақлайди: бу тадқиқотчиларингизга бериладиган кичик файл, шунда улар юборган нарсаларни фақат сизнинг координаторларингиз оча олади.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Номи</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Тадқиқотчи карточкангизни қўшганда, унга бу хавфсизлик кодини телефон орқали ёки юзма-юз ўқиб беринг.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ташкилотингиз</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: хавфсизлик коди</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Карточка файли учун мавжуд жилдни танланг.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Ташкилотингиз номини киритинг.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Карточка %1 сифатида сақланди. Уни тадқиқотчиларингизга беринг (у махфий эмас), сўнг уларга хавфсизлик кодини ўқиб беринг.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Карточка %1 сифатида сақланди.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Хавфсизлик коди</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Бу карточкага ишонишдан олдин хавфсизлик кодини ташкилот билан телефон орқали ёки юзма-юз солиштиринг.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Расм учун мавжуд жилдни танланг.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Бу карточка QR код учун жуда узун. Унинг ўрнига тадқиқотчиларингизга карточка файлини беринг.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>QR код расми %1 сифатида сақланди. Уни тадқиқотчиларингиз учун чоп этинг; улар карточкага ишонишдан олдин барибир хавфсизлик кодини сиз билан солиштиради.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Парольни такрорланг</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Пароль ишончлилиги</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Яна бир марта</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Ишончлилик</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Исталган тилдаги бир-бирига боғлиқ бўлмаган тўрт-беш сўз яхши пароль бўлади.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Икки пароль ҳали бир хил эмас.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Яхши пароль.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Танлаш...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Танлаш: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Ижро этиш</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Ёзувни ижро этиш ёки пауза қилиш</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тўхтатиш</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Ижрони тўхтатиш</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Ёзувдаги жой</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Ижро этилган вақт</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Плеер хабари</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Янги одамнинг ҳақиқий исми, алоқа маълумотлари ва яшаш жойини ҳимоялаш</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Стандарт ҳолатда ҳимояланган</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Ҳимояланган маълумотлар «Кўрсатиш» тугмасини босмагунингизча экранда яширин туради, қидирув натижаларида ҳеч қачон чиқмайди ва ҳимояланган маълумотларсиз экспортда чиқариб қолдирилади. Бу сиз қўшадиган одамларга ва нима ҳимояланганини кўрсатмаган иш файлларига тааллуқли; ишларингизда аллақачон бор одамларда ҳаммаси аввалгидек қолади.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>Стандарт ҳолатда ҳимоялаш нима қилади</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Стандарт ҳолатда ҳимоялаш ҳолати</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Сақланди. Янги одамларда бу маълумотлар бошиданоқ ҳимояланган бўлади.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Сақланди. Янги одамларда бошида ҳеч нарса ҳимояланмаган бўлади: ҳар бир маълумотни ўзингиз белгиланг.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Бу иш қаердан келган</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Келиб чиқиши</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Текширув хулосасини нусхалаш</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Пакет, юборувчи, вақтлар ва файлларнинг хеш қийматларини матн сифатида нусхалайди. Унда ҳеч кимнинг исми ва гувоҳликдан иқтибос йўқ.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Бу иш шу омборда яратилган. У пакетда келмаган, шунинг учун текшириладиган юборувчи йўқ.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Бу иш келган пакетлар</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Иш қаердан келганини кўриш учун уни танланг.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Бу иш %n та пакетда келган, энг эскисидан бошлаб.</numerusform>
            <numerusform>Бу иш %n та пакетда келган, энг эскисидан бошлаб.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Текширув хулосаси нусхаланди. Унда ҳеч кимнинг исми ва гувоҳликдан иқтибос йўқ.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Ташкилотингиз берган файлдан фойдаланиш...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Ташкилотингиз берган файлдан фойдаланиш</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Ташкилот файли</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Ташкилотингиз берган файлни танланг</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Созлаш файллари (*.txt);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Файлдан ҳеч нарса ишлатилмади. Ундан фойдаланманг: ташкилотингиздан файлни сизга қайтадан беришини сўранг, иложи бўлса юзма-юз.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>%1 созламалари ишлатилади; сейфингиз яратилиши билан %1 ишончли деб белгиланади.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Ташкилотингиздан келган файл</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ташкилот номи</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Бу рақамларни ташкилотингиз берган код билан телефон орқали ёки юзма-юз солиштиринг: уларнинг координаторидан кодни гуруҳма-гуруҳ овоз чиқариб ўқиб беришини сўранг. Агар улар фарқ қилса, файлни кимдир ўзгартирган бўлиши мумкин: ундан фойдаланманг.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Бу файл нимани ўрнатади</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Кодлар мос келади</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Бу файлдаги хавфсизлик коди:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 ишончли деб белгиланади: сиз юборганларни фақат унинг координаторлари оча олади.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тил: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Ташкилот ишларни олганини тасдиқлаши билан улар бу компьютердан ўчирилади.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Ташкилот ишларни олганини тасдиқлагандан кейин ҳам улар бу компьютерда қолади.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (ниқобсиз)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Илованинг кўринадиган номи: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n дақиқа ҳаракатсизликдан кейин қулфланади.</numerusform>
            <numerusform>%n дақиқа ҳаракатсизликдан кейин қулфланади.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Етказилган ишларни ўчириш</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Етказилган ишлар</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Нималар ўчирилади</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Буни ортга қайтариб бўлмаслигини тушунаман</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Бу ишларни ўчириш</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Уларни қолдириш</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Уларни қолдириш ва ёпиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Ташкилот бу ишларни олганини тасдиқлади. Маҳаллий нусхаларингизни ўчирсангиз, бу компьютер олиб қўйилган тақдирда ҳам уларни унда топиб бўлмайди.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Рўйхатдаги %n та иш барча сақланган версиялари, %1 ва барча қайдлари билан бирга шу компьютердан ўчирилади. Ташкилотда ўз нусхаси қолади. Буни ортга қайтариб бўлмайди.</numerusform>
            <numerusform>Рўйхатдаги %n та иш барча сақланган версиялари, %1 ва барча қайдлари билан бирга шу компьютердан ўчирилади. Ташкилотда ўз нусхаси қолади. Буни ортга қайтариб бўлмайди.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Ҳали бирорта иш етказилган деб белгиланмаган. Аввал ташкилотнинг қабул тасдиғини импорт қилинг.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Ўчирилмоқда...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Бу компьютердан %n та иш ўчирилди.</numerusform>
            <numerusform>Бу компьютердан %n та иш ўчирилди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Қабул тасдиқларини яратиш</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Тасдиқланадиган пакетлар</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Тасдиқлар учун жилд</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Тасдиқларни қаерга сақлашни танланг</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Тасдиқлар яратилмоқда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Тасдиқлар жойлашган жилд</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Уларни қандай қайтариб юбориш керак</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Нима келганини тасдиқлаш</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Қабул тасдиғи юборувчига қайси ишлар ва файллар эсон-омон етиб келганини билдиради, шунда у ўз нусхаларини ўчира олади. Guvoh ҳар бир пакет учун битта тасдиқ файли яратади.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: %2 учун</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>номи кўрсатилмаган юборувчи</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 юқоридаги жилдга сақланди. Ҳар бирини шу пакетни юборган одамга USB флешкада ёки мессенжер орқали қайтариб юборинг; у уни Guvoh дастурида импорт қилади («Қабул тасдиғини импорт қилиш»). Уни фақат ўша юборувчи оча олади ва унда гувоҳликнинг ўзи ҳақида ҳеч нарса айтилмайди.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Тасдиқларни қаерга сақлаш керак:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n та иш</numerusform>
            <numerusform>%n та иш</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (тасдиқ аввал яратилган)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Тасдиқланадиган импорт қилинган пакет йўқ.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Камида битта пакетни белгиланг.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Тасдиқлар учун мавжуд жилдни танланг.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n та тасдиқ</numerusform>
            <numerusform>%n та тасдиқ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Қабул тасдиғини импорт қилиш</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Тасдиқ файли</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Тасдиқни танланг</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Тасдиқлар (*.age);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Тасдиқни импорт қилиш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Ташкилот %n та ишни олганини тасдиқлади: %1.</numerusform>
            <numerusform>Ташкилот %n та ишни олганини тасдиқлади: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n та иш экспортдан кейин ўзгартирилди: %1. Ташкилотда экспорт қилинган версия бор; кейинги ўзгартиришларингиз шу ерда, етказилмаган ҳолда қолади: уларни қайта экспорт қилинг ёки ўчиринг.</numerusform>
            <numerusform>%n та иш экспортдан кейин ўзгартирилди: %1. Ташкилотда экспорт қилинган версия бор; кейинги ўзгартиришларингиз шу ерда, етказилмаган ҳолда қолади: уларни қайта экспорт қилинг ёки ўчиринг.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Етказилган ишлар файллари билан бирга бу компьютердан ўчирилди.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Улар етказилган деб белгиланди; нусхаларингизни «Етказилган ишларни ўчириш» орқали ўчиришингиз мумкин.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Улар етказилган деб белгиланди ва Созламаларда белгиланган муддат ўтгач, бу компьютердан ўчирилади.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Аввал тасдиқ файлини танланг.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Ташкилот файлингизни олгач, қабул тасдиғини юборади (.age билан тугайдиган файл). Уни импорт қилиш бу ишларни етказилган деб белгилайди ва, агар Созламаларда буни ўзгартирмаган бўлсангиз, уларни бу компьютердан ўчиради.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 манзилида файл йўқ.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Тасдиқ текширилмоқда...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Тасдиқ ҳақиқий, лекин ҳеч бир иш ўзгармади: ундаги ишлар аввал етказилган деб белгиланган ёки ўчирилган.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Етказилган ишларни ўчириш</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Дарҳол, тасдиқ келганда</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Тасдиқдан бир кун кейин</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Тасдиқдан етти кун кейин</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Ҳеч қачон: уларни бу компьютерда сақлаш</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Ташкилотнинг қабул тасдиғи келганда, у тасдиқлаган ишлар файллари билан бирга бу компьютердан ўчирилади, шунда уларни на бу компьютер олдидаги одам, на кейинроқ олинган диск нусхаси ўқий олади. Экспортдан кейинги ўзгартиришлар қолади. Ҳали етказилмаган ишлар ва тасдиқдан олдин олинган диск нусхаси ҳимояланмайди.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Тасдиқдан кейин ўчириш нимадан ҳимоя қилади</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Тасдиқдан кейин ўчириш ҳолати</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Етказилган ишлар сиз ўчирмагунингизча бу компьютерда қолади.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Сақланди. Муддати келган етказилган ишлар кейинги қулфни очишда ёки тасдиқ импорт қилинганда ўчирилади.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Қабул қилинган гувоҳлик</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Бу иш қаердан келган</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Қабул қилинган гувоҳлик далил ҳисобланади, шунинг учун у фақат ўқиш учун очилади. У билан ишлаш учун ишчи нусха яратинг: ўзингизнинг янги ишингиз. Бу иш қандай келган бўлса, шундайлигича қолади.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Қабул қилинган ишлар ҳақида</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>Ишчи &amp;нусха яратиш</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Бу ишнинг ишчи нусхасини яратиш</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Худди шу матнли янги иш, уни ўзгартиришингиз мумкин. Бириктирилган файллар қабул қилинган ишда қолади.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Бу ишдан яратилган ишчи нусхани очиш</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>%1 ишчи нусхасини &amp;очиш</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>исмини кўрсатмаган юборувчи</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Юборувчи: %1, қабул қилинган: %2. Келганда имзо текширилди: иш айнан юборилганидек.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Ёзиш</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Суҳбатни ёзиб олиш</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Ёзиб олинган вақт</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Овоз даражаси</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Овоз даражаси:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Ёзувни пауза қилиш ёки давом эттириш</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Тўхтатиш ва сақлаш</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Ёзувни тўхтатиш ва сақлаш</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Ёзув ҳолати</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Бу компьютерда микрофон топилмади</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Суҳбатни ёзиб олиш учун микрофон ёки гарнитура уланг.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Ёзилмоқда...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Давом эттириш</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Микрофонни ишга тушириб бўлмади. Ундан бошқа дастур фойдаланмаётганини текширинг ва қайтадан уриниб кўринг.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Ёзилмоқда. Ҳар бир лаҳза ёзиб олиниши билан шифрланган ҳолда сақланади.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (%2-қисм).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Ёзилмоқда.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Пауза. «Давом эттириш» тугмасини босмагунингизча ҳеч нарса ёзилмайди.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Микрофон ҳеч қандай овоз ёзиб олинмасдан олдин ишлашдан тўхтади, шунинг учун ҳеч нарса сақланмади.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Ҳеч нарса ёзиб олинмади, шунинг учун ҳеч нарса сақланмади.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Микрофон ишлашдан тўхтади; шу пайтгача ёзиб олинган нарса (%1) шифрланган омборингизда сақланди.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Шифрланган омборингизда сақланди (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Тиклаш коди</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Очиш ва янги пароль ўрнатиш</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Орқага</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Омбор яратилганда ёзиб олган тиклаш кодингизни киритинг, сўнг янги пароль танланг. Унутилган пароль бошқа ишламайди.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Икки пароль ҳали бир хил эмас.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Бу сизнинг тиклаш кодингиз. У фақат шу бир марта кўрсатилади. Уни қоғозга ёзиб олинг ва бу компьютердан алоҳида сақланг: агар паролингизни унутсангиз, у билан омборингизни бошқа компьютерда очиш мумкин.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Тиклаш коди</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Тиклаш кодининг охирги гуруҳи</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Уни ёзиб олдим</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Тасдиқлаш учун охирги гуруҳни киритинг</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Муҳрланган омборни очиб бериш...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Тадқиқотчининг муҳрланган омборини очиб бериш</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Муҳрланган омборни очиб бериш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Муҳрланган омборни қандай очиб бериш</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Сафар сўровини очиш...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Омборини сафар учун муҳрлаган тадқиқотчи сизга сафар сўровини юборди. У чегарадан ўтгач, унга ўзингиз олдиндан биладиган рақам орқали овозли қўнғироқ қилинг: бу ҳақиқатан у эканини, у хавфсизлигини ва бемалол гаплаша олишини ҳамда муҳрлашдан олдин ёзиб олган хавфсизлик коди шу ерда кўрсатилган код билан бир хил эканини текширинг. Фақат шундан кейин очиш токенини ёзинг ва унга юборинг.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Сафар сўрови</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Ундан хавфсизлик кодини овоз чиқариб ўқиб беришини сўранг. Тўрт рақамли ҳар бир гуруҳ мос келадими?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Хавфсизлик кодини солиштириш</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Мос келади: очиш токенини ёзиш...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Мос келади: очиш токенини ёзиш</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Очиб бериш ҳолати</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Муҳрланган омборни очиб бериш</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Сафар сўровини очиш</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Текширилмоқда...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>Сафар сўрови: %1, яратилган вақти: %2. Унинг хавфсизлик коди:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Токен ёзилмади. Омборни очиб берманг: бу сўровни бошқа биров юборган бўлиши ёки унинг ёнида бошқа биров бўлиши мумкин. У билан бошқа йўл орқали яна гаплашинг.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Очиш токенини сақлаш</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Очиш токени ёзилмоқда...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Очиш токени %1 да. Уни файл сифатида юборинг ёки матнини хабарга қўйинг.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>Очиш токени QR код кўринишида</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Токенни унга юборинг: уни хабарга жойлаштиринг, файлни юборинг ёки бу кодни телефон билан сканерлаб олишига имкон беринг. У фақат унинг муҳрланган омборини очади ва фақат унинг пароли билан.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Очиш токенини қандай юбориш керак</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Токенни нусхалаш</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Очиш токенини нусхалаш</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Очиш токени файли</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Нусхалаш ҳолати</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Нусхаланди. Уни унга ёзадиган хабарингизга жойлаштиринг; омбор қулфланганда алмашиш буфери тозаланади.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Ҳисобот тузиш</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Ҳисобот формати</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>PDF кўринишидаги иш ҳисоботи</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>CSV жадвал, ҳар бир воқеа учун битта қатор</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON маълумотлари</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Ёрлиқлар тили</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Ҳимояланган маълумотларни қўшиш</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Ҳисоботда ҳақиқий исмлар, алоқа маълумотлари ва ҳимояланган деб белгиланган бошқа тафсилотлар бўлади. Файлни олган ҳар қандай одам уларни ўқий олади. Уларни фақат ҳисоботни ўқийдиган одамлар кўриши мумкин бўлса қўшинг.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Ҳимояланган маълумотлар ҳақида огоҳлантириш</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Розилик текширилмоқда...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Танланган ишлар бўйича розилик</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Эълон қилишга розилик берилмаган ишлар</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Ҳисобот файли</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Ҳисоботни сақлаш</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Ҳисоботлар (*.pdf *.csv *.json);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Ҳисобот шифрланмайди: файлни олган ҳар қандай одам уни ўқий олади. Уни шифрланган дискда сақланг ва фақат бу ишларни кўриши мумкин бўлган одамларга беринг.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Огоҳлантириш: ҳисобот шифрланмаган</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Ҳисобот тузилмоқда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Ҳисобот тузиш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Ёрлиқлар тили</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>%n та иш бўйича ҳисобот</numerusform>
            <numerusform>%n та иш бўйича ҳисобот</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Ҳисоботни сақлаш жойи:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>розилик қайтариб олинган: фойдаланманг</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>розилик қайд этилмаган: фойдаланманг</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>эълон қилиш учун эмас</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Ҳеч қандай иш танланмаган. Аввал ишларни танланг.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>Танланган ишлардан %n тасини эълон қилиб бўлмайди. Ҳисоботда улар белгиланган; улардан фақат одамлар розилик берган мақсадларда фойдаланинг:</numerusform>
            <numerusform>Танланган ишлардан %n тасини эълон қилиб бўлмайди. Ҳисоботда улар белгиланган; улардан фақат одамлар розилик берган мақсадларда фойдаланинг:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Танланган барча ишлар бўйича эълон қилишга розилик бор.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Мавжуд жилддаги файл номини танланг.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Ҳисобот шифрланмаган ҳолда %1 сифатида сақланди.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Унда ҳимояланган маълумотлар бор.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Тадқиқотчи</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Хавфсизлик коди</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Амал қилиш бошланиши</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Амал қилиш муддати</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакетлар</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабул қилинган</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Муддати тугаган</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Ҳали кучга кирмаган</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Қўшилмаган</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Яратилган</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт қилинган</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қабул тасдиғи</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Қабул тасдиғи яратилди %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Қабул тасдиғи ҳали йўқ</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Қўшилган тадқиқотчилар</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Ҳали бирорта тадқиқотчи қўшилмаган. Қуйида қўшинг ёки «Кирувчи пакетлар» бўлимида пакетни импорт қилиб, юборувчисини ўша ерда қўшинг.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Танланган тадқиқотчи</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Калитнинг бармоқ изи</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Очиқ калит</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Бармоқ изи (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Очиқ калит (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Амал қилиш бошланиши</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Калит қачондан амал қилишини чеклаш</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Амал қилиш бошланиши (сана)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Амал қилиш муддати</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Калит қачонгача амал қилишини чеклаш</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Амал қилиш муддати (сана, шу кун ҳам киради)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Саналарни сақлаш</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Калитнинг амал қилиш муддатини сақлаш</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Ҳозир тўхтатиш</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Бу тадқиқотчининг калитини ҳозир тўхтатиш</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Амал қилиш муддати ҳақида хабар</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Бу тадқиқотчидан келган пакетлар</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Бу тадқиқотчидан ҳали пакет келмаган.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Хавфсизлик коди:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Унинг файллари қачон қабул қилинади</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Бу тадқиқотчи имзолаган пакетлар фақат шу саналар оралиғида қабул қилинади. Агар унинг ноутбуки йўқолган ёки олиб қўйилган бўлса ёки у сиз билан ишлашни тўхтатган бўлса, калитни ҳозир тўхтатинг: бундан кейин у имзолаган пакетлар рад этилади; аввал импорт қилинганлари қолади.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Унинг пакетлари</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Тадқиқотчининг очиқ калити</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Бу тадқиқотчи учун исм</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Хавфсизлик кодини кўрсатиш</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Бу рақамларни тадқиқотчи билан телефон орқали ёки юзма-юз солиштиринг: ундан «Шахсингиз» экранидаги хавфсизлик кодини гуруҳма-гуруҳ овоз чиқариб ўқиб беришини сўранг. Бунинг учун хабардан фойдаланманг: калитни ўзгартира олган одам хабарни ҳам ўзгартира олади.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мос келади</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мос келмайди</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Тадқиқотчи қўшиш ҳақида хабар</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Бу калитнинг хавфсизлик коди:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Исм</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Тадқиқотчилар</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Пакетлар фақат сиз бу ерда хавфсизлик кодини улар билан солиштириб қўшган тадқиқотчилардан импорт қилинади.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Тадқиқотчи қўшиш</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Тадқиқотчининг «Шахсингиз» экранидаги очиқ калитни (у махфий эмас; уни мессенжер орқали юбориш мумкин) ва уни қандай ном билан билсангиз, ўша номни киритинг.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>%1 учун саналар сақланди.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>%1 калитининг амали тўхтатилди. Бундан кейин у имзолаган пакетлар рад этилади; аввал импорт қилинган пакетлар қолади.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Аввал тадқиқотчининг «Шахсингиз» экранидаги очиқ калитни киритинг.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Бу калит аллақачон %1 номи билан қўшилган.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Бу тадқиқотчи учун исм киритинг, шунда унинг файлларини таний оласиз.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 қўшилди. У имзолаган пакетлар энди қабул қилинади.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Ҳеч ким қўшилмади. Бу калитдан фойдаланманг: уни йўлда кимдир ўзгартирган бўлиши мумкин. Тадқиқотчидан калитни қайтадан беришини сўранг, иложи бўлса юзма-юз.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Парольни яшириш</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Парольни кўрсатиш</translation>
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
        <translation>Хавфсизлик коди</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Чегарадан олдин омборни муҳрланг. Муҳрланган омбор на паролингиз, на тиклаш кодингиз билан очилади — на шу ерда, на диск нусхасидан — токи ташкилотингиз сизга қўнғироқ қилиб, очиш токенини юбормагунча. Муҳрлашдан олдин олинган нусха ҳимояланмайди.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Муҳрлаш нимадан ҳимоя қилади</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Хавфсизлик кодингиз</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Омборни очиб берадиган ташкилот</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Муҳрлаш учун паролингиз</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Сафар учун муҳрлаш...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Муҳрлаш ҳолати</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Сафар учун муҳрлаш</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Хавфсизлик кодингиз: %1. Ташкилотингиз омборни очиб бериш учун қўнғироқ қилганда, сиздан шу кодни ўқиб беришни сўрайди, омбор муҳрланган пайтда эса уни кўрсатиб бўлмайди: уни ёзиб олинг.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Омборни муҳрлаш учун паролингизни киритинг.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Сафар сўровини сақлаш</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Муҳрланмоқда...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Созламалар</translation>
    </message>
    <message>
        <source> min</source>
        <translation> дақ</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Шунча дақиқа ҳаракатсизликдан кейин қулфлаш</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Омбор жилди</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Клавиатура тугмалари...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатура тугмалари</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Ҳаракатсизликда қулфлаш вақти</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Омборингиз жилди</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Омборни тозалаш</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Омбор жилдидаги ҳамма нарса шифрланган. Guvoh очиқ турганда жилдни нусхаламанг; унинг ўрнига шу ерда захира нусха олинг.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Созлама ҳозир қўлланди, лекин уни кейинги сафар учун сақлаб бўлмади.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Энди Guvoh %n дақиқа ҳаракатсизликдан кейин қулфланади.</numerusform>
            <numerusform>Энди Guvoh %n дақиқа ҳаракатсизликдан кейин қулфланади.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Экрандаги асосий амални бажариш: қулфни очиш, омбор яратиш, давом этиш</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Орқага қайтиш («Орқага» тугмаси бор жойда)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Киритилаётган парольни кўрсатиш ёки яшириш</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Омборни қулфлаш</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Янги иш бошлаш</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Ишларни қидириш</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ишни сақлаш</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Ёзувдаги тагига чизилган ҳарф билан: шу майдон ёки тугмага ўтиш</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Кейинги майдонга ўтиш (Шифт+Таб: олдингисига)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Клавиатура тугмалари рўйхатини кўрсатиш</translation>
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
        <translation>Клавиатура тугмалари</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
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
        <translation>Сақлаш ҳолати</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Орқага</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кейинги</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Бу ерда охирги марта ёзганингиздан кейин ҳикоянгиз «Ишлар» бўлимида ўзгартирилган ёки ўчирилган, шунинг учун унинг устига ҳеч нарса сақланмади. Бу ерда бошқа ҳикояни айтиб беришингиз мумкин.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ҳали сақланмади</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақланмади</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Ҳикоянгизни сақлаб бўлмади: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Ҳали ҳеч нарса сақланмаган</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Шифрланган омборингизда сақланди: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Ҳикоянгиз сизга тегишли</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Сиз бир нечта қисқа саволга жавоб берасиз. Сиз танлаган ташкилот учун файл яратмагунингизча ҳамма нарса шу компьютерда шифрланган ҳолда қолади ва файлни фақат ўша ташкилот оча олади. Исталган вақтда тўхташингиз мумкин: ёзганларингиз омборингизда сақланади.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Мен ўз ҳикоямни ўзим танлаган ташкилотга бермоқчиман</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Ташкилот ундан қуйидагилар учун фойдаланиши мумкин:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Нима содир бўлди?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Ўз сўзларингиз билан, исталган тилда, хоҳлаганингизча узун ёки қисқа қилиб айтиб беринг.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Нима юборилишини текширинг</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Ташкилот учун файлда мана шулар бўлади. Агар бирор нарса сиз хоҳлагандек бўлмаса, унинг ёнидаги «Ўзгартириш» тугмасини босинг.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Нима содир бўлди</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қачон</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қаерда</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файллар</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Сизни қандай номлашади</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Ташкилот ундан қуйидагилар учун фойдаланиши мумкин</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Файлни ким оча олади</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ўзгартириш</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ўзгартириш: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Кўрсатилмаган</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файл йўқ</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Файлда йўқ.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Файлда: %1. У ҳимояланган ҳолда сақланади: уни фақат ташкилот ходимлари кўради ва у ҳеч қачон эълон қилинмайди.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Файлда: %1. Ташкилот бу исмдан фойдаланиши мумкин.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Ҳақиқий исмингиз билан</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Умуман номланмайсиз: сиз аноним қоласиз</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Файлда: %1. У ҳимояланган ҳолда сақланади: уни фақат ташкилот ходимлари кўради.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Файлда йўқ: сиз улар сиз билан боғланиши мумкин дедингиз, лекин сиз билан қандай боғланиш мумкинлигини ёзмадингиз.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Файлда йўқ: ташкилот сиз билан боғланмайди.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Фақат %1. Файл сиз томондан имзоланган.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Сиз эслай олмайсиз</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Ҳикоянгизни номлаш учун бир неча сўз (бу ерга одамларнинг исмларини ёзманг):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Қисқа сарлавҳа</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Менинг ҳикоям</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Бу қачон содир бўлди?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Қанчалик аниқ эсласангиз, шундай ёзинг. Агар бу узоқ давом этган бўлса, қачон бошланганини кўрсатинг.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Йил</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ой</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Кун</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Бу қачон бўлганини эслай олмайман</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Йилнинг ўзи етарли. Ой ёки кунни эслай олмасангиз, бўш қолдиринг.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Йилни ёзинг ёки «Бу қачон бўлганини эслай олмайман» ни танланг.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Йилни тўрт рақам билан ёзинг (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Ойни ҳам танланг ёки кунни бўш қолдиринг.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Бу қаерда содир бўлди?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Мамлакат ва хоҳласангиз, шаҳар. Ҳеч қачон кўча манзилини ёзманг.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Мамлакат (қидириш учун ёзинг)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Қидириш учун ёзинг</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаҳар ёки қишлоқ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Мамлакат</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Кимлар иштирок этган?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Буни қилганлар (полиция, консуллик, танишларингиздан бири...) ва у ерда бўлган ёки зарар кўрган бошқа ҳар ким. Фақат айтишга ўзингиз рози бўлган нарсани ёзинг; бу жойни бўш қолдиришингиз мумкин.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кимлар иштирок этган</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Ташкилот сиз билан боғланиши мумкинми?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Масалан, ҳикоянгиз ҳақида савол бериш учун.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Ҳа, мен билан боғланишлари мумкин</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Йўқ, илтимос, мен билан боғланманг</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Сиз билан қандай қилиб хавфсиз боғланиш мумкин? (мессенжердаги исм, телефон рақами ёки сизни сўраш мумкин бўлган одам). Бу маълумот ҳимояланган ҳолда сақланади.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Сиз билан қандай боғланиш мумкин</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Сиз билан қандай боғланиш мумкинлигини ёзинг ёки «Йўқ, илтимос, мен билан боғланманг» ни танланг.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Сизни қандай номлаш керак?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Бу ташкилотга ҳикоянгиздан фойдаланса, сизни қандай номлаши мумкинлигини билдиради.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Ҳақиқий исмим билан</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Мен танлаган бошқа исм билан (ҳеч қачон ҳақиқий исмим эмас)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Умуман номланмасин: мен аноним қоламан</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Ҳақиқий исмингиз</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Унинг ўрнига ишлатиладиган исм</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Ўрнига ишлатиладиган исм</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Ҳақиқий исмингизни ёзинг ёки сизни аташнинг бошқа усулини танланг.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Ўрнига ишлатиладиган исмни ёзинг ёки сизни аташнинг бошқа усулини танланг.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Ҳикоянгизни ким олиши керак?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Файлни фақат сиз танлаган ташкилот оча олади.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Ишончли ташкилотлар</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Сиз ҳали ташкилот қўшмагансиз. У сизга берган карточка файлини қуйида юкланг.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Бошқа ташкилотми? У сизга берган карточка файлини танланг; сўнг унинг хавфсизлик кодини улар билан телефон орқали ёки юзма-юз солиштирасиз.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Файлни яратиш</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Файл қаерга сақлансин?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Файл учун жилд</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Файлни қаерга сақлашни танланг</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Файлингиз тайёр</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Ҳикоянгиз шу файлда, шифрланган ва сиз томондан имзоланган:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Ҳикоянгиз ёзилган файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Уни қандай етказиш керак</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Бошқа ҳикоя айтиб бериш</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1-қадам, жами %2 та</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Ҳақиқий исмингизни ёзиш шарт эмас. Агар ёзсангиз, у ҳимояланган ҳолда сақланади: уни фақат ташкилот ходимлари кўради ва у ҳеч қачон эълон қилинмайди.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Ташкилот бу исмдан фойдаланиши мумкин.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Ҳикоянгизда ҳеч қандай исм бўлмайди. Ташкилот сиз билан фақат сиз рухсат берган бўлсангиз боғлана олади.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Бундай кун йўқ; кун ва ойни текширинг.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Ҳикоянгиз фақат %1 оча оладиган битта файлга жойланади. У сиз томондан имзоланади, шунинг учун улар йўлда ҳеч ким уни ўзгартирмаганини била олади.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Файл учун мавжуд жилдни танланг.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Расмлар, ҳужжатлар ёки ёзув</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Агар сизда содир бўлган воқеа ҳақида расм ёки ҳужжат бўлса ёки уни овоз чиқариб айтиб беришни афзал кўрсангиз, шу ерга қўшинг. У шифрланган ҳолда омборингизга сақланади ва ҳикоянгизга бириктирилади. Бу қадамни ўтказиб юборишингиз мумкин.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Ҳикоянгизга бириктирилган файллар</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Расм ёки ҳужжат қўшиш...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Ҳикоянгизга расм ёки ҳужжат қўшиш</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Олиб ташлаш</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Танланган файлни ҳикоянгиздан олиб ташлаш</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Файллар ҳақида хабар</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Файлни қўшиш жараёни</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Файлни қўшишни бекор қилиш</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Овоз чиқариб айтиб бериш</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 ҳикоянгиздан олиб ташлансинми?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Файл омборингиздан бутунлай ўчирилади.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Файлни олиб ташлаш</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл олиб ташланди.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (шу иш жойи)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Бармоқ изи</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қўшилган</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Чиқарилган</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Жамоадаги исмингиз</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Исмингиз, бошқа координаторлар уни шундай кўради</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Жамоадаги хавфсизлик кодингиз</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Қаторингиз</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Қаторни нусхалаш</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Қаторингизни нусхалаш</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Умумий жилд</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Умумий жилдни танлаш...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Умумий жилдни танлаш</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Жамоадаги координаторлар</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Координаторни таклиф қилиш...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Координаторни таклиф қилиш</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Чиқариш...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Танланган координаторни чиқариш</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Ҳозир синхронлаш</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Охирги синхронлаш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Жамоа</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Ташкилотингизнинг бир нечта координатори ишни бирга қилиши мумкин. Ҳар бирининг ўз омбори бор; Syncthing бир хил ҳолатда сақлайдиган умумий жилд улар орасида фақат шифрланган файлларни ташийди.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Жамоадаги хавфсизлик кодингиз:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Сизни таклиф қиладиган координатор учун қаторингиз. Хавфсизлик кодини у билан телефонда ёки юзма-юз солиштиринг.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Омбор очиқ экан, Guvoh бу жилдни ўзи ўқиб туради.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Умумий жилдни танлаш жамоани бошлайди, сиз эса унинг биринчи координатори бўласиз.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Аввал жамоадаги исмингизни ёзинг: бошқа координаторлар уни сиз қарор қилган ҳар бир нарса ёнида кўради.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Қаторингиз нусхаланди.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Умумий жилд: %1. Омбор очиқ экан, Guvoh уни ўзи ўқиб туради.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 жамоадан чиқарилсинми?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>%1 бундан кейин киритадиган ўзгаришлар барча иш жойларида рад этилади. Ташкилотингиз янги карточка олади, уни кейинги қадамда сақлайсиз: тадқиқотчиларингиз яна юборишдан олдин янги карточкага ишонишлари керак.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 ни чиқариш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Янги карточкани сақлаш</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 жамоадан чиқарилди. Янги карточка %2 сифатида сақланди. Тадқиқотчиларингиз яна юборишдан олдин янги карточкага ишонишлари ва унинг янги хавфсизлик кодини сиз билан солиштиришлари керак.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Синхронланмоқда...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>Жамоанинг %n та файлини бу иш жойи ҳали ўқий олмайди.</numerusform>
            <numerusform>Жамоанинг %n та файлини бу иш жойи ҳали ўқий олмайди.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>%1 даги синхронлаш амалга ошмади: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Охирги синхронлаш %1 да: янги нарса йўқ.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Охирги синхронлаш %1 да: импорт қилинган пакетлар %2, қўлланган жамоа ўзгаришлари %3, юборувчисини кутаётган пакетлар %4, рад этилган пакетлар %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Янги</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Кўриб чиқилмоқда</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Қўшимча иш керак</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тасдиқланган</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ёпилган</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ҳолат: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Тайинланган: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Ҳеч ким тайинланмаган</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Тег қўшилди: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Тег олиб ташланди: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Эслатма: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Архивдан олиб ташланди</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (устидан ёзилди: бир вақтда ўзгартирилган)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қачон</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ўзгариш</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Тайинланган</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Координатор исми</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тайинлаш</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Ишни тайинлаш</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теглар</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Янги тег</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Тегни қўшиш</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Тегни олиб ташлаш</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Танланган тегни олиб ташлаш</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Янги эслатма</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Эслатмани қўшиш</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Ким нимани қачон ўзгартирган</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эслатма</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Бу иш ташкилотингиз ишида қайси босқичда. Жамоангиздаги бошқа координаторлар ҳар бир ўзгаришни кўради.</translation>
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
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Очиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Унутдингизми? Тиклаш кодидан фойдаланинг</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Омборингизни очиш учун паролингизни киритинг.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Илтимос, паролингизни киритинг.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Омборингиз очилмоқда...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Очиш токени</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Очиш токенини шу ерга қўйинг</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Токен файлини очиш...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Муҳрни очиш</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Муҳрни очиш ҳолати</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Ташкилотингиз сиз билан гаплашгандан кейин очиш токенини юборади. Уни қўйинг ёки файлини очинг, сўнг «Муҳрни очиш»ни танланг; паролингиз юқоридаги майдонда қолади.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Очиш токенини очиш</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Бу файл очиш токени эмас.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Аввал очиш токенини қўйинг.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Муҳр очилмоқда...</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation>Guvoh – файл</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Файлни кўриш</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл номи</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Бу файлнинг яширин маълумотлари</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Файл очилмоқда</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Файл билан муаммо</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Нусхасини сақлаш...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Бу файлни бошқа жойда очиш учун унинг шифрланмаган нусхасини сақлаш</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Файл матни</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Кўришни ёпиш</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh фақат PNG ва JPEG расмларини, WAV ёзувларини ва оддий матнни кўрсатади, шунинг учун бу файл бу ерда очилмайди. Унинг нусхасини сақлаб, бошқа дастур билан очишингиз мумкин, лекин ташқаридан келган файл уни очган компьютерга зарар етказадиган қилиб тайёрланган бўлиши мумкин.</translation>
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
        <translation>Рўйхатда йўқ: ишлатилмайди.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Рўйхатда йўқ: сақланмади.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Нотўғри парольлардан кейин омборни тозалаш</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Бу компьютерда паролингизни тахмин қилишга уринаётган одамни тўхтатади. Аввал дискдан нусха олган одамни тўхтатмайди: нусхада ҳисоб қайтадан бошланади.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Ҳеч қачон (ўчиқ)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Кетма-кет %n та нотўғри парольдан кейин</numerusform>
            <numerusform>Кетма-кет %n та нотўғри парольдан кейин</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Нотўғри парольлар энди омборни тозаламайди.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Энди омбор кетма-кет %n та нотўғри парольдан кейин тозаланади.</numerusform>
            <numerusform>Энди омбор кетма-кет %n та нотўғри парольдан кейин тозаланади.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Омборни тозалаш...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Омборни тозалаб йўқ қилиш</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>тозалаш</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Омборни тозалаб йўқ қилиш</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Бу компьютердаги омбор ҳозир йўқ қилинади: барча ишлар сақланган нусхалари ва қораламалари билан, барча ёзувлар ва файллар, сиз ишонадиган ташкилотлар ва калитларингиз. Паролингиз ҳам, тиклаш кодингиз ҳам уни энди оча олмайди. Буни ҳеч ким ортга қайтара олмайди, ташкилот эса олмаган нарсасини тиклаб бера олмайди.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Бу сизни тозалашдан кейин компьютерни олиб кетган одамдан ҳимоя қилади. Ундан олдин олинган диск нусхасида омбор аввалгидек қулфланган ҳолда сақланиб қолади.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Омборни тозалаш учун қуйида шу сўзни ёзинг:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Ёзиладиган сўз</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Тозалашни тасдиқлаш сўзи</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Омборни тозалаш</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Омборни қолдириш</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Омборни қолдириб ёпиш</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Омборни тозалаб йўқ қиласизми?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Ҳикоянгизни айтиб беринг</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кирувчи пакетлар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Тадқиқотчилар</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Умумий кўриниш</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ташкилотлар</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Шахсингиз</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Созламалар</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бўлимлар</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Омбор ҳолати</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Қулфлаш</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Омборни қулфлаш (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Омборни қулфлаш</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Бу алдамчи нусха, сизнинг омборингиз эмас. У ишлатилгандек кўриниши учун оддий ишлар ва файллар қўшинг, сўнг қулфланг: паролингиз омборингизни яна очади.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Алдамчи нусха</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Қулфланган</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Қулф очиқ – %n дақиқа ҳаракатсизликдан кейин қулфланади</numerusform>
            <numerusform>Қулф очиқ – %n дақиқа ҳаракатсизликдан кейин қулфланади</numerusform>
        </translation>
    </message>
</context>
</TS>
