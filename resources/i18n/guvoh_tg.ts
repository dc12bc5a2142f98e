<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Пахш</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Дар ин компютер баландгӯяк ё гӯшмонак ёфт нашуд, бинобар ин навор дар ин ҷо пахш намешавад.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Системаи садои ин компютер ин наворро пахш карда наметавонад.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 аз %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Таваққуф</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Сохтани нусхаи эҳтиётии анбор...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Сохтани нусхаи эҳтиётии анбор</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Раванди нусхабардории эҳтиётӣ</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Бекор кардани нусхабардории эҳтиётӣ</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Ҳолати нусхабардории эҳтиётӣ</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Нусхаи эҳтиётӣ нусхаи тамоми анбор аст, ки мисли худи анбор рамзгузорӣ шудааст ва ҳангоми кори шумо бехатар гирифта мешавад. Онро дар диске ҷудо аз ин компютер нигоҳ доред. Дар компютери дигар он бо рамзи барқарорсозии шумо кушода мешавад.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Ҷои нигоҳ доштани нусхаи эҳтиётиро интихоб кунед</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Нусхабардории эҳтиётӣ ба %1...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Қатъ карда истодааст...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Нусхаи эҳтиётӣ дар %1 сохта шуд: %2, %3. Онро ҷудо аз ин компютер нигоҳ доред.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n парванда</numerusform>
            <numerusform>%n парванда</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>Аз ҷониби %1 фиристода шуда, бо калиди ӯ имзо шудааст (санҷида шуд).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>фиристандаи беном</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Сохта шуд: %1, ворид шуд: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Тасдиқнома: %1 сохта шуд.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Тасдиқнома: ҳанӯз нест.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Аз ҳамин анбор фиристода шуда, бо имзои шумо.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Сохта шуд: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Тасдиқнома: %1 гирифта шуд.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Кӣ фиристод</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>%n файли замимашуда аз ин баста; ҳар яке бо бастаи имзошуда санҷида шуд. Онҳо ҳеҷ гоҳ худ аз худ кушода намешаванд.</numerusform>
            <numerusform>%n файли замимашуда аз ин баста; ҳар яке бо бастаи имзошуда санҷида шуд. Онҳо ҳеҷ гоҳ худ аз худ кушода намешаванд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Бо ин парванда ягон файли замимашуда наомад.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Файлҳои замимашуда</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Тасдиқнома</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Баста: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Изи ангушти калиди имзокунанда: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>SHA-256-и файли баста: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Сохта шуд (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Ворид шуд (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Версияи парванда дар баста: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Замимаи %1 (%2): %3 байт, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>дигар дар анбор нест</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Тафсилоти техникӣ</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Сохтани тасдиқнома...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Сохтани тасдиқнома</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Файли корти созмон</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Корти созмонро интихоб кунед</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Кортҳои созмон (*.card *.txt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Хондани корт</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Номи созмон</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Ин рақамҳоро бо созмон тавассути телефон ё рӯ ба рӯ муқоиса кунед: аз ҳамоҳангсози онҳо хоҳиш кунед, ки рамзи бехатарии худро гурӯҳ ба гурӯҳ баланд хонад. Барои ин паём ё почтаи электрониро истифода набаред: касе, ки кортро иваз карда метавонад, паёмро ҳам иваз карда метавонад.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мувофиқанд</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Ин корт корти боэътимодро иваз мекунад</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Рамзи бехатарӣ дар ин корт:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Дар %1 ягон файл нест.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Файли %1 хонда нашуд.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Ин корт корти %1-ро, ки шумо ба он боварӣ доред, иваз мекунад. Рамзи бехатарии корти кӯҳна %2 буд; рамзи ин корт дар поён аст. Калиди рамзгузорӣ аз %3 ба %4 иваз мешавад. Агар рамзи нав мувофиқ ояд, он чи шумо аз ин ба баъд мефиристед, танҳо барои калиди нав рамзгузорӣ мешавад.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Файли кортеро, ки созмон ба шумо додааст, интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>%1 акнун боэътимод аст. Файлҳоеро, ки ба он мефиристед, танҳо ҳамоҳангсозони %1 кушода метавонанд.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Ҳеҷ чиз боэътимод қайд нашуд. Ин кортро истифода набаред: шояд касе онро иваз кардааст. Аз созмон хоҳиш кунед, ки корти худро аз нав диҳад, агар имкон бошад, рӯ ба рӯ.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Барои ҷустуҷӯ нависед</translation>
    </message>
    <message>
        <source>search</source>
        <translation>ҷустуҷӯ</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>интихобшуда</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Интихобшуда: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>кишвар</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Кишвар нишон дода нашудааст</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Минтақа</translation>
    </message>
    <message>
        <source>region</source>
        <translation>минтақа</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаҳр ё деҳа</translation>
    </message>
    <message>
        <source>city</source>
        <translation>шаҳр</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>пинҳон</translation>
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
        <translation>бе сана</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт шуд</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Экспорт шуд %1 (мӯҳршуда)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Қисмҳои парванда</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Мусоҳиба ва розигӣ</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Ҳикоя</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Одамон</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Рӯйдодҳо</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлҳо</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлҳо</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Таърих</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← &amp;Бозгашт ба парвандаҳо</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Бозгашт ба рӯйхати парвандаҳо</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захира кардан</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Захира кардани парванда</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Дар анбори рамзгузоришудаи шумо захира кардан (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Унвони кӯтоҳ, бе номи одамоне, ки дар хатаранд</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>&amp;Унвон</translation>
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
        <translation>Дар бораи парвандаҳои экспортшуда</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Рад кардани тағйироти захиранашуда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Ҳолати захира</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Сиёҳнавис - ҳанӯз навишта мешавад</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Барои фиристодан омода</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Розигӣ</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Шахс розигии о&amp;гоҳонаи худро дод</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Розигӣ дода шуд</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Розигӣ барои: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Истифодаҳои иҷозатдодашуда</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Анонимӣ, ки шахс мехоҳад</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Зикр нашудааст</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>&amp;Анонимӣ</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Мо метавонем бо ӯ боз тамос гирем</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Боз тамос гирифтан мумкин</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Розигӣ бозпас гирифта шуд</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Розигӣ бозпас гирифта шуд</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>СССС-ММ-РР</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Рӯзи бозпас гирифтани розигӣ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>санаи</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Шартҳо ё маҳдудиятҳое, ки шахс гузоштааст</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Шартҳо</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Мусоҳиба</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Рӯзи мусоҳиба</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Сана</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Ҷойи мусоҳиба</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Тахаллуси мусоҳибагир</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Тахаллус, ҳеҷ гоҳ номи аслӣ не</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Мусоҳибагир</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Тарҷумон</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Кишваре, ки шахс ҳоло дар он зиндагӣ мекунад</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Ҳоло зиндагӣ мекунад дар</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Забонҳои шаҳодат</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Забонҳо</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Чанд сатр дар бораи он, ки парванда дар бораи чист</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Хулоса</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Барчаспҳо</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Калимаҳои калидӣ, бо вергул ҷудо карда шаванд</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Бар&amp;часпҳо</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Шаҳодат пурра</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Шаҳодат</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Одамони парванда</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Илова кардани шахс</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Хориҷ кардани шахси интихобшуда</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Шахс хориҷ карда шуд</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Бекор кардан: шахси хориҷшударо баргардондан</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>&amp;Нишон додани маълумоти ҳифзшуда</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Нишон додани маълумоти ҳифзшуда</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Маълумоти ҳифзшуда то пахш кардани «Нишон додан» ҳамчун нуқтаҳо намоиш дода мешавад ва ҳангоми экспорт кардани парванда онҳоро дохил накардан мумкин аст.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Рақами шахс дар ин парванда</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Нақш</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Нақ&amp;ш</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Шаҳрвандӣ</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Ҷое, ки шахс ҳоло зиндагӣ мекунад</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Муносибат бо ҷабрдида</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Муносибат бо кадом ҷабрдида</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Номи аслӣ</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Тахаллус</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Соли таваллуд</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Ҷойи зист</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Тамос</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Ҳифзшуда</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Ҳифз кардан: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Муносибат бо</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Хориҷ карда шуд: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Рӯйдодҳои парванда</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Илова кардани рӯйдод</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Хориҷ кардани рӯйдоди интихобшуда</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>СССС, СССС-ММ ё СССС-ММ-РР</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Санаи рӯйдод</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Сана то чӣ андоза дақиқ аст</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Дақиқӣ зикр нашудааст</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Кай</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Ҷое, ки рӯйдод рух дод</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Дар куҷо</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Чӣ кор карда шуд</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кӣ кард</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Нисбат ба кӣ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Чӣ рух дод</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Версияҳои захирашуда</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>&amp;Версияро дидан</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Дидани версияи интихобшуда</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Барқарор кардани ин версия</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Барқарор кардани версияи интихобшуда ҳамчун версияи нав</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Мундариҷаи ин версияро ҳамчун версияи навтарин аз нав захира мекунад. Ҳар версия ҳамон тавр мемонад.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Версияи интихобшуда, танҳо барои хондан</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Ҳар захира ҳамчун версия нигоҳ дошта мешавад. Версияи экспортшуда мӯҳр зада мешавад ва ҳеҷ гоҳ тағйир намеёбад.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Парвандаи нав, ҳанӯз захира нашудааст.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>%1 дар анбори рамзгузоришудаи шумо захира шуд.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Парвандаи %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Парвандаи нав</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Ин парванда экспорт шудааст. Шумо ҳоло ҳам метавонед онро тағйир диҳед: ҳангоми захира тағйироти шумо ҳамчун версияи нави сиёҳнавис нигоҳ дошта мешавад ва нусхаи экспортшуда ҳамон тавр мемонад.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Аз парвандаи қабулшуда сохта шудааст</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Тағйироти захиранашуда дар сиёҳнавис</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>&amp;Идома бо тағйирот</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Идома бо тағйироти захиранашуда</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Онҳоро ра&amp;д кардан</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Тағйирот ҳанӯз захира нашудааст.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Тағйироти шумо ҳамчун сиёҳнавис нигоҳ дошта нашуд: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта шуд.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Ҳозир дар анбори рамзгузоришудаи шумо захира шуд.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>%n сония пеш дар анбори рамзгузоришудаи шумо захира шуд.</numerusform>
            <numerusform>%n сония пеш дар анбори рамзгузоришудаи шумо захира шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Як дақиқа пеш дар анбори рамзгузоришудаи шумо захира шуд.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>%n дақиқа пеш дар анбори рамзгузоришудаи шумо захира шуд.</numerusform>
            <numerusform>%n дақиқа пеш дар анбори рамзгузоришудаи шумо захира шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Парвандаи нави оғозкардаи шумо (тағйири охирин: %1) ҳанӯз захира нашудааст. Он ҳамчун сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта мешавад. Онро идома диҳед ё рад карда, аз нав оғоз кунед.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Шумо дар ин парванда тағйироти ҳанӯз захиранашуда доред (тағйири охирин: %1). Онҳо ҳамчун сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта мешаванд. Бо онҳо идома диҳед ё онҳоро рад карда, версияи охирини захирашударо бинед.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Тағйироти захиранашудаи шумо баргардонда шуд. Сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта шуд; барои нигоҳ доштани онҳо ҳамчун версияи нав, захира кунед.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>Версияи %1, %2 захира шудааст (танҳо барои хондан; маълумоти ҳифзшуда пинҳон аст)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Шаҳодати қабулшуда, танҳо барои хондан.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Шаҳодати қабулшуда: худи шаҳодат танҳо барои хондан аст; ҳолат ва қайдҳои онро дар варақаи «Ҳолат ва қайдҳо» сабт кардан мумкин аст.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Ҳолат ва &amp;қайдҳо</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Нусхаи кории парвандаи қабулшудаи %1; худи он ҳамон тавре ки омада буд, боқӣ мемонад.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (нусхаи корӣ)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Ин нусхаи кории шумо аз парвандаи қабулшудаи %1 аст, ки дар анбори рамзгузоришудаи шумо захира шуд. Парвандаи қабулшуда ҳамон тавре ки омада буд, боқӣ мемонад.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Тағйироти шумо пас аз захираи охирин захира нашудаанд. Барқарор кардани версияи %1 онҳоро иваз мекунад; ҳар версияи захирашуда ҳамон тавр мемонад. Версияи %1 барқарор карда шавад?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Барқарор кардани версияи пешина</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Барқарор кардани версияи %1</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Тағйироти маро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>Версияи %1 ҳамчун версияи нав барқарор шуд: %2. Ҳар версияи пешина ҳамон тавр мемонад.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>номи аслӣ</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>тахаллус</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>ҷойи зист</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>тамос</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Маълумоти ҳифзшуда мувофиқ омад: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Тағйироти захиранашуда ҳаст: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Тағйирот дар ин парванда ҳанӯз захира нашудаанд. Онҳо ҳамчун сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта мешаванд: барои идома додан ё рад кардани онҳо парвандаро кушоед.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Охирин тағйир</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Ёфт шуд дар</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Сиёҳнавис</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Барои фиристодан омода</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт шуд</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Расонида шуд</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Таъин шуд</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Ҳар гуна таъин</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Ба ман таъин шуд</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Ба ҳеҷ кас таъин нашудааст</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Ҷустуҷӯи номҳо, ҷойҳо, калимаҳо...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Ҷустуҷӯи парвандаҳо</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Ҳар гуна ҳолат</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Ҳар гуна амал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Чӣ рух дод</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Ҳар кишвар</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Кишвар</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Муҳаққиқ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Баста</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Парвандаи нав</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Оғози парвандаи нав (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Шумораи парвандаҳои нишондодашуда</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Ҳанӯз парванда нест. Барои сабти аввалин шаҳодат «Парвандаи нав»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Ҳанӯз парванда нест. Парвандаҳо тавассути «Воридот» меоянд: файлҳоеро, ки муҳаққиқон ва одамоне, ки қиссаи худро нақл мекунанд, мефиристанд, дар он ҷо ворид кунед.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Ҳар муҳаққиқ</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Ҳар баста</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Ҳеҷ чиз ёфт нашуд. Калимаҳои камтар ё филтрҳои дигарро санҷед.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>Зиёда аз %n парванда ёфт шуд</numerusform>
            <numerusform>Зиёда аз %n парванда ёфт шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n парванда ёфт шуд</numerusform>
            <numerusform>%n парванда ёфт шуд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Экспорт кардан барои созмон...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Экспорт кардан барои созмон</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Аз парвандаҳои интихобшуда (ё ҳамаи парвандаҳои омода) файли рамзгузоришуда сохтан</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Ворид кардани тасдиқнома...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Ворид кардани тасдиқнома</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Хориҷ кардани парвандаҳои расонидашуда...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Хориҷ кардани парвандаҳои расонидашуда</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Ин парванда аз куҷо омадааст</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Гузориш...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Навиштани гузориш аз парвандаҳои интихобшуда</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>PDF, CSV ё JSON аз парвандаҳои интихобшуда (ё аз ҳамаи парвандаҳои нишондодашуда)</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Сохтани тасдиқномаҳо...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Сохтани тасдиқномаҳо</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Тағйироти захиранашуда дар сиёҳнавис</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Тағйироти шумо дар парвандаи %1 ҳанӯз захира нашудаанд. Онҳо ҳамчун сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта мешаванд: барои идома додан ё рад кардани онҳо парвандаро кушоед.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Парвандаи нави оғозкардаи шумо ҳанӯз захира нашудааст. Он ҳамчун сиёҳнавис дар анбори рамзгузоришудаи шумо нигоҳ дошта мешавад: барои идома додан ё рад кардани он «Парвандаи нав»-ро пахш кунед.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Ҳамагӣ: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Маълумот нест</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: маълумот нест</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Диаграмма. Ҷадвали паҳлӯи он ҳамон рақамҳоро нишон медиҳад.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Ҷадвал: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n парванда; %1 бе навъи амали сабтшуда.</numerusform>
            <numerusform>%n парванда; %1 бе навъи амали сабтшуда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n парванда; %1 бе кишвари баромади сабтшуда.</numerusform>
            <numerusform>%n парванда; %1 бе кишвари баромади сабтшуда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n парванда; %1 бе кишвари қабулкунандаи сабтшуда.</numerusform>
            <numerusform>%n парванда; %1 бе кишвари қабулкунандаи сабтшуда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n парванда; %1 бе моҳ дар ягон рӯйдод.</numerusform>
            <numerusform>%n парванда; %1 бе моҳ дар ягон рӯйдод.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Диаграмма %1 ҷойи аввалро нишон медиҳад; дар ҷадвал ҳамаи %2 сатр ҳаст.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Рӯйдодҳое, ки танҳо соли онҳо маълум аст: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Ихчам кардани анбор</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Ихчамкунӣ</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Ҳолати ихчамкунӣ</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Парвандаҳои несткардашуда ва парвандаҳои расонидашудаи аз компютер хориҷкардашуда фавран пурра пок карда мешаванд (ҷои онҳо аз нав навишта мешавад). Ихчамкунӣ инчунин ҷойи холимондаро хориҷ мекунад, бинобар ин аз андозаи анбор дигар маълум намешавад, ки замоне дар он чӣ қадар маълумот буд. Дар анбори калон ин метавонад муддате вақт гирад.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Ихчамкунии анбор...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Ихчам шуд: пеш %1, ҳоло %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Мувофиқанд</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh ба мушкилии ғайричашмдошт дучор шуд. Он чи дар анбори шумо захира шудааст, бехатар аст; шояд тағйироти охирин захира нашуда бошад.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Тафсилоти зер танҳо ҷойро дар коди барномаи Guvoh нишон медиҳад, на он чиро, ки шумо навиштаед. Шумо метавонед онҳоро нусхабардорӣ карда, ба касоне фиристед, ки Guvoh-ро нигоҳубин мекунанд.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Мушкилии ғайричашмдошт</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh шаҳодатҳоро дар ин компютер рамзгузоришуда нигоҳ медорад. Аввал бигӯед, ки онро чӣ тавр истифода мебаред, ва ибораи махфӣ интихоб кунед.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Ман бо одамон мусоҳиба мекунам</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Ман мехоҳам ҳикояи худро нақл кунам</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Ман бастаҳоро барои созмон қабул мекунам</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Номе, ки дигарон мебинанд</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Тахаллус ҳам мешавад</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Сохтани анбори ман</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Хуш омадед ба Guvoh</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Номи намоёни барнома</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Анбори шумо инчунин ба анбори калидҳои системавии ин компютер пайваст мешавад, то танҳо бо нусхабардории файлҳо онро кушодан ғайриимкон бошад.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Дар ин компютер анбори калидҳои системавӣ нест, бинобар ин анборро танҳо ибораи махфии шумо ҳифз мекунад. Онро бодиққат интихоб кунед ва нусхаҳои ҷузвдони анборро дар ҷои бехатар нигоҳ доред.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Анбори шумо сохта мешавад. Ин чанд сония вақт мегирад...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Хориҷ кардани парванда...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Хориҷ кардани парванда</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>Парвандаи %1 «%2» бо ҳамаи версияҳои захирашуда, %3 ва қайдҳояш аз ин компютер хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>Парвандаи %1 «%2» бо ҳамаи версияҳои захирашуда ва қайдҳояш аз ин компютер хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Чӣ хориҷ карда мешавад</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Инро баргардонидан мумкин нест.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Инро баргардонидан мумкин нест. Ташкилот гирифтани ин парвандаро тасдиқ накардааст: агар шумо онро нафиристода бошед, он гум мешавад.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Огоҳӣ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Нигоҳ доштан ва пӯшидан</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>Парвандаи %1 хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Хориҷ карда истодааст...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Номи намоёни барнома</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (бе ниқоб)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Қайдҳо</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буҷа</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецептҳо</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Ин номро истифода баред</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Ҳолати ниқоб</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Ниқоб: равзана, банди меню, ҷузвдонҳо ва сабт дар анбори калидҳо ба ҷойи Guvoh номи оддӣ мегиранд. Ин аз касе, ки ба компютер як нигоҳ мекунад, кӯмак мекунад; барнома ва анбори рамзгузоришударо аз касе, ки дискро месанҷад, пинҳон намекунад. Иваз кардани он барномаро қулф мекунад ва анборро мекӯчонад; онро мисли пештара кушоед.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Дар ҷузвдони ин ном аллакай файлҳои дигар ҳастанд ё он дар диски дигар аст. Ҳеҷ чиз кӯчонида нашуд; номи дигар интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Файлҳои баста ё ҷузвдонҳоро пурра ба ин ҷо кашед</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Майдон барои кашидани файлҳо ва ҷузвдонҳои баста</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Ибораи махфии дуюм барои ҳолате, ки касе шуморо маҷбур мекунад анборро кушоед. Агар онро дар экрани қулф ворид кунед, нусхаи фиребандае кушода мешавад, ки ба ҳамин анбор монанд аст, ва аз он лаҳза ибораи махфӣ ва рамзи барқарорсозии шумо дигар ҳеҷ чизро намекушоянд: на дар ин компютер ва на аз нусхаи диск, ки баъдтар гирифта мешавад. Он шуморо аз нусхаи диск, ки пеш аз ворид кардани он гирифта шудааст, ё аз муқоисаи ду нусха ҳифз намекунад. Аввал нусхаи фиребандаро бо парвандаҳои оддӣ пур кунед, то истифодашуда намояд.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Ибораи махфии маҷбурӣ аз чӣ ҳифз мекунад</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Ҳолати ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Ибораи махфии маҷбуриро такрор кунед</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Такрор кунед</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Рамзи барқарорсозии шумо, як бор лозим аст</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Гузоштани ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Кушодани нусхаи фиребанда барои пур кардан</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Анбори шумо қулф мешавад ва ба ҷойи он нусхаи фиребанда кушода мешавад; парвандаҳо ва файлҳоро мисли ҳамеша илова кунед, сипас қулф кунед. Ибораи махфии шумо анбори шуморо боз мекушояд.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Хориҷ кардан...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Хориҷ кардани ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Паём дар бораи ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта шудааст ва нусхаи фиребандаро мекушояд.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Нусхаи фиребанда ҳаст, аммо ягон ибораи махфии маҷбурӣ онро намекушояд: вақте ки шумо ибораи махфиро иваз кардед, ибораи махфии маҷбурӣ бекор шуд. Онро аз нав гузоред.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта нашудааст.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Иваз кардани ибораи махфии маҷбурӣ</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Ибораи махфии маҷбуриро ду бор ворид кунед.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Ду ибораи махфии маҷбурӣ якхела нестанд.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Рамзи барқарорсозии худро низ ворид кунед.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Ибораи махфии маҷбурӣ гузошта мешавад...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Ибораи махфии маҷбурӣ гузошта шуд. Акнун нусхаи фиребандаро кушоед ва чанд парвандаи оддӣ илова кунед, то истифодашуда намояд.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Ибораи махфии маҷбурӣ дигар ҳеҷ чизро намекушояд ва нусхаи фиребанда бо парвандаҳо ва файлҳояш нобуд мешавад. Идома медиҳед?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Ибораи махфии маҷбурӣ дигар ҳеҷ чизро намекушояд ва нусхаи фиребанда нобуд карда шуд.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Хатои ғайричашмдошт рух дод. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Лутфан ибораи махфиро ворид кунед.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Ақаллан 12 аломат истифода баред; чор ё панҷ калимаи ба ҳам алоқаманднабуда хуб кор мекунад.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>Он аз калимаҳо ё паролҳои хеле маъмул иборат аст; калимаҳои ғайриоддӣ илова кунед.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>Он аз рӯи тартиби тугмаҳои клавиатура сохта шудааст; ба ҷойи он калимаҳои ба ҳам алоқаманднабударо истифода баред.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Дар он ҳамон аломатҳо такрор мешаванд; якчанд калимаи гуногунро истифода баред.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Ин пайдарпайии осон аст, монанди abcd ё 1234; калимаҳои ба ҳам алоқаманднабударо истифода баред.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Санаҳо ва солҳоро ба осонӣ тахмин кардан мумкин аст; ба ҷойи онҳо калимаҳоро истифода баред.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Дар он номи шумо ё номи барнома ҳаст; калимаҳои дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Онро хеле осон тахмин кардан мумкин аст; боз ду-се калимаи ба ҳам алоқаманднабуда илова кунед.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Диск пур аст, бинобар ин ҳеҷ чиз тағйир наёфт. Каме ҷой холӣ кунед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Диск танҳо барои хондан аст, бинобар ин ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh иҷозат надорад, ки ба %1 нависад, бинобар ин ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>Навиштан ба %1 муяссар нашуд, бинобар ин ҳеҷ чиз тағйир наёфт. Шояд диск вайрон шуда истодааст.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Рамзи барқарорсозӣ 8 гурӯҳ дорад, ҳар кадоме аз 4 ҳарф ва рақам; санҷед, ки ягон гурӯҳ кам набошад.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Дар рамзи барқарорсозӣ аломатҳое ҳастанд, ки дар он буда наметавонанд; хатоҳои чопиро санҷед.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Дар рамзи барқарорсозӣ хатои чопӣ ҳаст; ҳар гурӯҳро бо нусхаи худ муқоиса кунед.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Дар файли парванда майдони %1 нест.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Дар файли парванда дар %1 майдоне ҳаст, ки Guvoh онро намешиносад: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%2 дар %1 рамзи маълум нест; рӯйхатро дар resources/vocab/%3.json бинед.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>Файли парванда дар %1 версияи схемаи %2 дорад; ин Guvoh версияи 1-ро мехонад.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 бояд аз навъи %2 бошад.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 хеле дароз ё хеле калон аст (ҳадди ниҳоӣ: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 холӣ ё хеле хурд аст (ақаллан %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 дар шакли интизоршуда нест: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Ду сабт рақами %2-ро истифода мебаранд (дар %1); рақамҳо набояд такрор шаванд.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 ба %2 ишора мекунад, аммо дар парванда ягон шахс бо ин рақам нест.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 ба файли %2 ишора мекунад, аммо дар ин парванда ягон замима бо ин рақам нест.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 санаи воқеии тақвим нест: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Парвандаи нав майдони %1 дошта наметавонад; онро анбор худаш муайян мекунад. Барои тағйир додани парвандаи мавҷуда &apos;guvoh case edit&apos;-ро истифода баред.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Ин файл барои парвандаи дигар аст (рақами %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>Ҳолати %2 ҳангоми экспорт кардан ё бо тасдиқнома гузошта мешавад; дар файли парванда танҳо «draft» ё «ready» навиштан мумкин аст.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Файли парванда дар %1 нодуруст аст: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>Файли %1 вуҷуд надорад; ҳеҷ чиз захира нашуд.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>Файли %1-ро хондан нашуд; ҳеҷ чиз захира нашуд.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 ҷузвдон аст, на файл; ҳеҷ чиз захира нашуд.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>Файли %1 ҳангоми захира шудан кӯчонида ё нест карда шуд; ҳеҷ чиз захира нашуд. Боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>Файли %1 ҳангоми захира шудан тағйир ёфт; ҳеҷ чиз захира нашуд. Вақте ки ягон барномаи дигар ба он наменависад, боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Ворид шуд.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Аллакай ворид шудааст; ҳеҷ чиз ду бор ворид нашуд.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Рад шуд: файли дигаре бо ҳамин рақами баста пештар омада буд (такрор).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Барои мо нест: ин баста ба созмони дигар нигаронида шудааст.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Фиристандаи ношинос: рамзи бехатариро бо фиристанда тавассути телефон ё рӯ ба рӯ муқоиса кунед; агар мувофиқ бошанд, файл ворид мешавад.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Рад шуд: файлҳо аз ин фиристанда танҳо дар байни санаҳое, ки шумо муайян кардаед, қабул мешаванд.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Вайрон ё тағйирёфта: файл пас аз он ки фиристанда онро сохт, тағйир ёфтааст. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Барои мо нест: ин баста барои созмони дигар рамзгузорӣ шудааст.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Барои мо нест: ин баста барои созмони дигар сохта шуда, ба мо фиристода шудааст.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Ин сатри ҳамоҳангсоз аз «guvoh team identity» нест; онро боз пурсед ва сатрро пурра гузоред.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Ин номро истифода бурдан мумкин нест: аз 1 то 200 ҳарф, бе аломатҳои идоракунӣ нависед.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Ин қиматро сабт кардан мумкин нест (%1): ҳолат, барчасп ё қайдро санҷед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Ин ҷои корӣ ҳанӯз ҷузвдони умумӣ надорад. Аввал онро бо «guvoh team folder DIR» нишон диҳед.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>Ҷузвдони умумии %1 нест (диск ҷудо шудааст ё Syncthing ҳанӯз танзим нашудааст). Ҳеҷ чиз хонда нашуд.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh ба ҷузвдони умумии %1 навишта наметавонад. Санҷед, ки он вуҷуд дорад ва шумо ба он навишта метавонед; қарорҳои шумо нигоҳ дошта шудаанд ва ҳангоми синхронкунии навбатӣ навишта мешаванд.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Ин ҷои корӣ узви гурӯҳ нест: аввал дар ин ҷо созмон созед ё бо интиқоли калидҳое, ки ҳамоҳангсоз барои шумо сохтааст, ҳамроҳ шавед.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Ин ҷои корӣ аллакай ба ин гурӯҳ ҳамроҳ шудааст; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Ин ҷои корӣ аллакай узви гурӯҳи дигар аст, бинобар ин ба ин гурӯҳ ҳамроҳ шуда наметавонад.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Ин анбор аллакай ба созмони %1 тааллуқ дорад, бинобар ин калидҳои созмони дигарро гирифта наметавонад. Аз анбори нави ҳамоҳангсоз ҳамроҳ шавед.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Ин интиқоли калидҳо барои ин ҷои корӣ нест ё вайрон шудааст, бинобар ин ҳеҷ чиз тағйир наёфт. Аз ҳамоҳангсоз хоҳиш кунед, ки онро аз рӯи сатри шумо аз нав созад.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>Файли %1 хонда нашуд, бинобар ин ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 аллакай вуҷуд дорад ва ҳеҷ гоҳ аз нав навишта намешавад; номи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 аз гурӯҳ хориҷ карда шудааст ва бо ҳамон калид дубора ҳамроҳ шуда наметавонад. Аз анбори нав сатри нав пурсед.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Дар ин гурӯҳ аллакай ҳамоҳангсоз бо номи %1 ҳаст; аз навомада хоҳиш кунед, ки номи дигар интихоб кунад.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Ҷои корӣ худашро хориҷ карда наметавонад; онро ҳамоҳангсози дигар хориҷ мекунад.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Дар ин гурӯҳ ҳамоҳангсози %1 нест. Рӯйхатро «guvoh team status» нишон медиҳад.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>Ба %1 зиёда аз як ҳамоҳангсоз мувофиқ аст; изи ангуштро истифода баред.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Нишон диҳед, ки чӣ сабт шавад: ҳолат, таъинот, барчасп ё қайд.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>Дар %1 аломати вайроншуда ҳаст (суррогати танҳо, ки матни Unicode нест); парванда захира нашуд.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>Номи файл дар %1 хати моил (/), хати моили баръакс (\), аломати идоракунӣ ё нишонаи самти матнро дорад, ки бо онҳо номи аслиро пинҳон кардан мумкин аст; парванда захира нашуд.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1 дигар дар ҷояш нест, бинобар ин ҳеҷ чиз хориҷ карда нашуд. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1 пас аз нигоҳ дошта шудан дар анбор тағйир ёфтааст, бинобар ин хориҷ карда нашуд. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1 пайванд ба ҷои дигар аст, бинобар ин Guvoh онро хориҷ накард. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1 файли оддӣ нест, бинобар ин Guvoh онро хориҷ накард. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1-ро хориҷ кардан нашуд: система иҷозат надод. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Нусхаи аслии %1 бо сифрҳо аз нав навишта шуд, аммо система хориҷ кардани онро иҷозат надод; файли холиро худатон нест кунед. Нусха дар анбори шумо бехатар аст.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Файли танзимро хондан нашуд, бинобар ин ҳеҷ чиз танзим нашуд. Санҷед, ки он дар ҷояш аст ва пурра нусхабардорӣ шудааст.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Ин файл барои файли танзим хеле калон аст, бинобар ин ҳеҷ чиз танзим нашуд. Файлеро интихоб кунед, ки созмонатон ба шумо додааст.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Ин файли танзим нест ё вайрон ё нопурра аст, бинобар ин ҳеҷ чиз танзим нашуд. Аз созмонатон нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Дар ин файли танзим танзимоте ҳаст, ки ин Guvoh намедонад (%1), бинобар ин ҳеҷ чиз танзим нашуд. Guvoh-ро нав кунед ё аз созмонатон файли нав пурсед.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Ин файли танзим ба танзими %1 қимате медиҳад, ки Guvoh қабул намекунад, бинобар ин ҳеҷ чиз танзим нашуд. Аз созмонатон файли нав пурсед.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Ин файли танзимро созмон имзо накардааст, бинобар ин ҳеҷ чиз танзим нашуд. Аз созмонатон файли имзошударо пурсед.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Ин файли танзим пас аз имзои созмон тағйир дода шудааст ё вайрон шудааст, бинобар ин ҳеҷ чиз танзим нашуд. Аз созмонатон нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Ин файли танзимро на созмоне, ки дар он ном бурда шудааст, балки каси дигар имзо кардааст, бинобар ин ҳеҷ чиз танзим нашуд. Онро истифода набаред; аз созмонатон файли худашро пурсед.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Нопурра: файл нопурра монд, шояд ҳангоми нусхабардорӣ. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Рад шуд: ин бастаи дурусти Guvoh нест. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Рад шуд: ин Guvoh формати ин бастаро намехонад. Guvoh-ро навсозӣ кунед.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Хонда намешавад: ин бастаи Guvoh нест ё файлро хондан нашуд.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Рад шуд: яке аз парвандаҳои баста ба формати парванда мувофиқ нест.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Рад шуд: баста парванда ё файлеро, ки аз ҷои дигар омадааст, иваз мекард.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Рад шуд: фиристандаи дигар аллакай рақами ин бастаро истифода кардааст. Яке аз ин ду онро нусхабардорӣ кардааст; пеш аз он ки ба ягонтаашон эътимод кунед, аз ҳарду фиристанда пурсед.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Хонда нашуд: дар диски анбор барои ин баста ҷойи холӣ кам аст. Каме ҷой холӣ кунед ва онро боз ворид кунед.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Бекор шуд: аз ин файл ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Ноком шуд: хатои ғайричашмдошт ин файлро қатъ кард; аз он ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Рад шуд: дар баста ягон парванда нест. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Ин анбор барои сафар мӯҳр зада шудааст. Он танҳо вақте боз кушода мешавад, ки созмони шумо токени кушоданро фиристад; он гоҳ «Мӯҳрро кушодан»-ро интихоб кунед (ё &apos;guvoh unseal&apos;-ро иҷро кунед).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Ин анбор мӯҳр нашудааст, кушодани мӯҳр лозим нест. Он бо ибораи махфӣ кушода мешавад.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Мӯҳри ин анборро бо ин токен кушодан нашуд: файли мӯҳр вайрон аст ё нест. Анбор мӯҳрзада мемонад; аз созмони худ кӯмак пурсед.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Ин токени кушодан нест ё қисми он гум шудааст. Тамоми токенро аз сатри аввал то охир дубора нусха бардоред.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Ин токени кушоданро созмоне, ки анбор барои он мӯҳр шудааст, имзо накардааст, бинобар ин рад шуд. Анбор мӯҳрзада мемонад.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Ин токени кушодан барои анбори дигар аст, бинобар ин рад шуд. Анбор мӯҳрзада мемонад.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Ин токени кушодан барои мӯҳри пешинаи ин анбор буд ва аллакай истифода шудааст, бинобар ин рад шуд. Аз созмон барои дархости сафари охирин фиристодаатон токен пурсед.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Ин дархости сафарро хондан нашуд ё он барои ин созмон сохта нашудааст, бинобар ин токени кушодан навишта нашуд.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Ибораи махфии маҷбурӣ бояд аз ибораи махфии анбор фарқ кунад. Дигареро интихоб кунед.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Ин анбор пеш аз пайдо шудани ибораи махфии маҷбурӣ сохта шудааст, бинобар ин барои гузоштани он як бор рамзи барқарорсозӣ лозим аст. Рамзи барқарорсозиро ворид кунед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Дар ҷузвдони ин ном аллакай файлҳои дигар ҳастанд ё он дар диски дигар аст (%1). Ҳеҷ чиз кӯчонида нашуд; номи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Дар ин анбор нусхаи фиребанда нест: аввал ибораи махфии маҷбуриро гузоред.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Бо ин ибораи махфӣ анбор кушода нашуд. Забони клавиатура ва Caps Lock-ро санҷед.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Ивазкунии калиди анбор қатъ шуд ва онро танҳо бо ибораи махфии шумо ба охир расонидан мумкин аст. Анборро бо ибораи махфии худ кушоед, сипас барои гирифтани рамзи барқарорсозии нав ивазкунии калидро (rekey) боз иҷро кунед.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Ин рамзи барқарорсозӣ ба ин анбор тааллуқ надорад.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>Дар %1 анбор нест. Бо &apos;guvoh init&apos; анбор созед ё ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 анбори Guvoh нест. Ҷузвдонеро интихоб кунед, ки анбор дар он аст.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>Дар %1 аллакай анбор ҳаст; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>Дар %1 аллакай файлҳои дигар ҳастанд. Барои анбор ҷузвдони нав ё холиро интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 аллакай вуҷуд дорад ва ҷузвдони холӣ нест. Барои нусхаи эҳтиётӣ ҷузвдони нав ё холиро интихоб кунед; ҳеҷ чиз навишта нашуд.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 дар дохили худи анбор ҷойгир аст. Барои нусхаи эҳтиётӣ ҷузвдонеро дар диски дигар интихоб кунед; ҳеҷ чиз навишта нашуд.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Ин анбор аллакай дар равзана ё фармони дигари Guvoh кушода аст. Аввал онро дар он ҷо пӯшед.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Анбор қулф аст. Аввал онро кушоед.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Ин анбор инчунин калидеро талаб мекунад, ки дар анбори калидҳои системавии ин компютер нигоҳ дошта мешавад, аммо он ҷо ин калид нест. Анборро бо рамзи барқарорсозии худ кушоед.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Ин анбор инчунин калидеро талаб мекунад, ки дар анбори калидҳои системавии ин компютер нигоҳ дошта мешавад, аммо анбори калидҳо кор намекунад. Ба сессияи мизи кории худ ворид шавед ё анборро бо рамзи барқарорсозии худ кушоед.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Анбори калидҳои системавӣ ҷавоб надод, бинобар ин ҳеҷ чиз тағйир наёфт. Анбори калидҳоро кушоед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Ин ибораи махфӣ хеле заиф аст: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Файли калиди анбор вайрон шудааст ё тағйир дода шудааст, бинобар ин анборро кушодан мумкин нест. Онро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Файли калиди анбор танзимоти хатарнокро талаб мекунад ва рад карда шуд; шояд дар он дасткорӣ шудааст. Онро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Пойгоҳи додаҳои анбор вайрон шудааст ва хонда нашуд. Онро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Ин анбор бо версияи навтари Guvoh навишта шудааст. Барои кушодани он Guvoh-ро навсозӣ кунед.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 аллакай вуҷуд дорад; Guvoh файлҳоро аз нав наменависад. Номи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>Файли парвандаи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>Файли парвандаи %1 матни UTF-8 нест.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>Файли парвандаи %1-ро хондан нашуд.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>Файли парвандаи %1 JSON-и дуруст нест: %4 дар сатри %2, сутуни %3.</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Дар ин анбор парвандаи %1 нест. &apos;guvoh case list&apos; парвандаҳоро нишон медиҳад.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Дар ин анбор замимаи %1 нест. &apos;guvoh attachment list CASE&apos; онҳоро нишон медиҳад.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>Парвандаи дигар аллакай рақами %1-ро дорад; рақами дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Он версия экспорт шудааст ва мӯҳр зада шудааст; тағйироти шумо ба ҷойи он ҳамчун версияи нав захира шуд.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Файли захирашудаи %1 вайрон шудааст ё тағйир дода шудааст, бинобар ин он дода нашуд. Анборро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Бекор шуд. Ҳеҷ чиз нимкора навишта нашуд.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Ин баста пас аз имзо тағйир дода шудааст ё дар роҳ вайрон шудааст. Ҳеҷ чиз ворид нашуд; аз фиристанда нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Ин баста нопурра аст: файл нопурра монд, шояд ҳангоми нусхабардорӣ. Ҳеҷ чиз ворид нашуд; онро боз нусхабардорӣ кунед.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Ин баста барои созмони дигар сохта шуда, ба шумо фиристода шудааст. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Ин баста ба ин созмон нигаронида нашудааст, бинобар ин онро дар ин ҷо кушодан мумкин нест.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Ин файл бастаи дурусти Guvoh нест ва рад карда шуд. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Ин баста формати %1-ро истифода мебарад, ки ин Guvoh онро намехонад. Guvoh-ро навсозӣ кунед.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Ин файл бастаи Guvoh нест ё чунон вайрон шудааст, ки хонда намешавад.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Ин бастаро касе имзо кардааст, ки шумо ӯро ҳанӯз тасдиқ накардаед (калиди %1, рамзи бехатарии %2). Рамзро бо фиристанда муқоиса кунед, сипас калидро бо &apos;guvoh signer trust&apos; тасдиқ кунед.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>Калиди %1 дар ин вақт эътибор надорад. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>Бастаи %1 аллакай ворид шудааст; ҳеҷ чиз ду бор ворид нашуд.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Файли дигаре бо ҳамин рақами баста (%1) пештар омада буд: ин такрор аст ва ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Фиристандаи дигар (%2) аллакай рақами %1-ро барои ин баста истифода кардааст, бинобар ин ҳеҷ чиз ворид нашуд; яке аз ин ду онро нусхабардорӣ кардааст.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>Дар бастаи %1 ягон парванда нест, бинобар ин ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>Дар диске, ки %1 дар он ҷойгир аст, %3 байт ҷойи холӣ ҳаст, аммо барои хондани ин баста %2 байт лозим аст; ҳеҷ чиз хонда нашуд. Каме ҷой холӣ кунед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Парвандаи %1 дар ин баста ба замима номи файлеро медиҳад, ки хати моил (/), хати моили баръакс (\), аломати идоракунӣ ё нишонаи самти матнро дорад (дар %2) ва бо онҳо файлро пинҳон кардан мумкин аст, бинобар ин ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Парвандаи %1 дар ин баста дар %2 аломати вайроншуда (суррогати танҳо) дорад, бинобар ин ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Парвандаи %1 дар ин баста ба формати парванда мувофиқ нест, бинобар ин ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Баста «%1 %2»-ро, ки аз ҷои дигар омадааст, иваз мекард. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Ин тасдиқнома барои бастаи %1 аст, ки ин анбор онро ба он созмон нафиристодааст.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Дар ин анбор бастаи воридшудаи %1 нест.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Инро танҳо анбори ҳамоҳангсоз (guvoh init --role coordinator) карда метавонад.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Ин корт барои %1, ки шумо аллакай ба он боварӣ доред, калидҳои нав дорад. Рамзи бехатарии нави онро бо созмон муқоиса кунед, сипас тасдиқ кунед, ки он корти кӯҳнаро иваз мекунад; ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Аввал созмонро бо &apos;guvoh org create&apos; созед.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>Парвандаи %1 розигӣ надорад ё розигӣ бозпас гирифта шудааст, бинобар ин онро экспорт кардан мумкин нест.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Ягон парванда ҳамчун омода қайд нашудааст. Парвандаҳоеро, ки экспорт мекунед, номбар кунед ё аввал онҳоро ҳамчун омода қайд кунед.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>Расидани парвандаи %1 ҳанӯз тасдиқ нашудааст; агар онро хориҷ кунед, он гум мешавад. --force-undelivered-ро танҳо вақте илова кунед, ки комилан боварӣ доред.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>Созмони боэътимоди %1 нест. &apos;guvoh org list&apos; онҳоро нишон медиҳад; созмонро бо &apos;guvoh org trust CARD&apos; боэътимод қайд кунед.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>Ба %1 зиёда аз як созмон мувофиқ аст; изи ангушти онро истифода баред.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>Номи %1 аллакай барои калиди дигар истифода шудааст.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Дар ин анбор муҳаққиқи %1 тасдиқ нашудааст.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Охири мӯҳлати эътибори калид бояд пас аз оғози он бошад. Яке аз санаҳоро тағйир диҳед.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Ин сатри дурусти калиди умумӣ нест; он бояд ба &apos;ssh-ed25519 AAAA... ном&apos; монанд бошад.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Ин файли ҷузвдони умумӣ вайрон, хеле калон ё на барои ин ҷои корӣ аст, бинобар ин истифода нашуд.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Ин корти созмон вайрон шудааст ё тағйир дода шудааст, бинобар ин боэътимод қайд нашуд. Аз созмон нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Якбора зиёда аз %1 баста дода шуд. Онҳоро бо гурӯҳҳои хурдтар ворид кунед.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Ин расм барои нишон додан дар дохили Guvoh хеле калон аст (%1 ба %2 пиксел; танҳо расмҳои то 50 мегапиксел нишон дода мешаванд).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Ин расм нишон дода намешавад: он вайрон ё нопурра аст, ё расми PNG ё JPEG нест.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Он чиро, ки ин файл дар бораи худ ошкор мекунад, хондан нашуд: файл вайрон ё нопурра аст, ё навъи он ба он чи ибтидояш нишон медиҳад, мувофиқ нест.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Ҷустуҷӯи он чи ин файл дар бораи худ ошкор мекунад, аз он ки Guvoh иҷозат медиҳад, бештар хотира ё вақт гирифт, бинобар ин қатъ карда шуд. Худи файл тағйир наёфт.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Ин файл аз %1 калонтар аст, бинобар ин Guvoh намеҷӯяд, ки он дар бораи худ чӣ ошкор мекунад.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh аз ин навъи файл нусхаеро бе он чи файл дар бораи худ ошкор мекунад, сохта наметавонад, бинобар ин нусхаи тозашуда сохта нашуд.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh натавонист санҷад, ки ин файл дар бораи худ чӣ ошкор мекунад. Худи файл тағйир наёфт.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Мӯҳр задан ё кушодани мӯҳр иҷро нашуд, бинобар ин ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Қатъ шуд. Ҳеҷ чиз нимкора навишта нашуд.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Номи калид наметавонад гузариш ба сатри нав ё табулятсия дошта бошад ё бо фосила оғоз ё анҷом ёбад. Номро тағйир диҳед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Ном ё санаҳои муҳаққиқро ба рӯйхати имзокунандагони иҷозатдодашуда навиштан нашуд. Номеро бе фосила ва аломатҳои китобатӣ истифода баред ва санаҳоро санҷед.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Рамзи бехатарӣ 32 рақам дорад. Санҷед, ки ягон рақам кам ё хато навишта нашуда бошад.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Файли рамзгузоришударо хондан ё навиштан нашуд, бинобар ин ҳеҷ чиз тағйир наёфт. Агар ин боз такрор шавад, шояд файл вайрон шуда бошад.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Ҳеҷ як калиди ин анбор ин файли рамзгузоришударо намекушояд: он барои каси дигар сохта шудааст.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Ҳеҷ чиз имзо нашуд: Guvoh имзоро бо мақсади %1 қабул намекунад.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Ин калиди рамзгузорӣ нодуруст аст: як қисми он кам ё хато навишта шудааст. Калидро пурра боз нусхабардорӣ кунед.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Ин калидро истифода бурдан нашуд. Онро аз ҷое, ки омадааст, боз нусхабардорӣ кунед.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Ин ибораи махфӣ ё рамзи барқарорсозӣ ин анборро намекушояд. Онро санҷед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Файли парвандаро истифода бурдан нашуд, бинобар ин ҳеҷ чиз тағйир наёфт. Файлро санҷед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Парванда барои нигоҳ доштан ҳамчун сиёҳнавис хеле калон аст. Матнҳои аз ҳама дарозро кӯтоҳ кунед, сипас захира кунед.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Анбор ин амалро анҷом дода натавонист, бинобар ин ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Ин бастаро хондан нашуд, бинобар ин ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>Файли парвандаи %1 хеле калон аст (зиёда аз 32 МБ).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Ин корт барои рамзи QR хеле дароз аст. Ба ҷойи он ба муҳаққиқони худ файли кортро диҳед.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Ин файли рамзгузоришуда тағйир дода шудааст ё вайрон шудааст, бинобар ин аз он ҳеҷ чиз истифода нашуд. Нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Ин файли рамзгузоришудае нест, ки Guvoh хонда тавонад, ё ибтидои он вайрон шудааст. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Ин корти созмонро хондан нашуд, бинобар ин боэътимод қайд нашуд. Аз созмон нусхаи нав пурсед.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Ин наворро хондан нашуд; он файли садоии WAV нест, ки Guvoh пахш карда тавонад.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Ин имзоро санҷидан нашуд, бинобар ин ба он чи бо он имзо шудааст, эътимод карда нашуд.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Ин имзо ба он чи имзо кардааст, мувофиқ нест: яке аз онҳо тағйир дода шудааст, бинобар ин ба ҳеҷ кадомашон эътимод карда нашуд.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Ин имзо вайрон шудааст ё аз навъест, ки Guvoh қабул намекунад, бинобар ин ба он чи бо он имзо шудааст, эътимод карда нашуд.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Калиди имзои ин анбор вайрон шудааст, бинобар ин ҳеҷ чизро имзо кардан мумкин нест. Анборро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Ин бо калиде имзо шудааст, ки шумо онро ҳанӯз тасдиқ накардаед (%1), бинобар ин ба он эътимод карда нашуд.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Санҷида шуд: баста ҳамаи санҷишҳоро гузашт. Ҳеҷ чиз ворид нашуд.</translation>
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
        <translation>%1 ва %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Ин файлро танҳо %1 кушода метавонад. Онро бо флешкаи USB супоред ё тавассути паёмрасоне, ки ба он боварӣ доред, фиристед; агар имкон бошад, почтаи электронии оддиро истифода набаред. Вақте ки созмон расидани онро тасдиқ кунад, ин файл ва ҳамаи нусхаҳои онро (дар флешка ҳам) нест кунед.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n парванда</numerusform>
            <numerusform>%n парванда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n навор ё файл</numerusform>
            <numerusform>%n навор ё файл</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Онро танҳо %2 кушода метавонад.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Интихоб кунед, ки онро кӣ мегирад.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n файл аз маълумоти пинҳон (ҷойгиршавӣ, дастгоҳ, муаллиф) тоза карда шуда фиристода шуд.</numerusform>
            <numerusform>%n файл аз маълумоти пинҳон (ҷойгиршавӣ, дастгоҳ, муаллиф) тоза карда шуда фиристода шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n файл чизе барои хориҷ кардан надошт ва бетағйир фиристода шуд.</numerusform>
            <numerusform>%n файл чизе барои хориҷ кардан надошт ва бетағйир фиристода шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n файлро санҷидан нашуд ва бетағйир фиристода шуд.</numerusform>
            <numerusform>%n файлро санҷидан нашуд ва бетағйир фиристода шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Интихоб кунед, ки маълумоти ҳифзшуда фиристода шавад ё не.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Дар ин парвандаҳо касе маълумоти ҳифзшуда надорад.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Файл маълумоти ҳифзшудаи %n нафарро дар бар мегирад.</numerusform>
            <numerusform>Файл маълумоти ҳифзшудаи %n нафарро дар бар мегирад.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Маълумоти ҳифзшудаи %n нафар ба файл дохил намешавад.</numerusform>
            <numerusform>Маълумоти ҳифзшудаи %n нафар ба файл дохил намешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Файлҳо аз маълумоти пинҳон (ҷойгиршавӣ, дастгоҳ, муаллиф), ҳар ҷо ки хориҷ кардани он имконпазир бошад, тоза карда шуда фиристода мешаванд; нусхаҳои аслӣ бетағйир дар анбори шумо мемонанд.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Файлҳо бетағйир, бо ҳамаи маълумоти пинҳоне, ки доранд (ҷойгиршавӣ, дастгоҳ, муаллиф), фиристода мешаванд.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Нишон додан дар ҷузвдон</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Нишон додани файл дар ҷузвдонаш</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Раванди экспорт</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Бекор кардани экспорт</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Ҳолати экспорт</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Рамзгузорӣ ва имзо...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Қатъ карда истодааст...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Экспорт кардан барои созмон</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Созмонҳое, ки ба онҳо фиристода мешавад</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Парвандаҳо барои экспорт</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Маълумоти ҳифзшударо дохил накардан</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Маълумоти ҳифзшударо дохил кардан</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Хориҷ кардани маълумоти пинҳон аз файлҳо (ҷойгиршавӣ, дастгоҳ, муаллиф)</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Хориҷ кардани маълумоти пинҳон аз файлҳо</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Ҷузвдон барои файл</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Ҷои захираи файлро интихоб кунед</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>Чаро «Экспорт кардан» дастрас нест</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Кӣ онро мегирад?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Шумо ҳоло ба ягон созмон боварӣ надоред. Аввал дар бахши «Созмонҳо» онро бо файли корте, ки созмон ба шумо додааст, илова кунед.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Кадом парвандаҳо?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Бо онҳо чӣ фиристода мешавад?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Маълумоти ҳифзшуда - номҳои аслӣ, тамосҳо ва дигар маълумоте, ки дар бораи ҳар шахс ҳамчун ҳифзшуда қайд шудааст. Агар дохил нашаванд, онҳо танҳо дар ҳамин компютер мемонанд.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Файл дар куҷо захира шавад?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Файл омода аст</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Файли экспортшуда</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Чӣ тавр расонидан</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Ақаллан як созмонро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Ақаллан як парвандаро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Интихоб кунед, ки маълумоти ҳифзшуда фиристода шавад ё не.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Барои файл ҷузвдони мавҷударо интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 ва %2 рамзгузорӣ шуда, бо имзои шумо дар ин файл захира шуданд:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n парванда</numerusform>
            <numerusform>%n парванда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n навор ё файл</numerusform>
            <numerusform>%n навор ё файл</numerusform>
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
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Илова шуд</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Расм</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Садо</translation>
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
        <translation>Ҳуҷҷати PDF</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Дар ин акс ҷое, ки акс дар он гирифта шудааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Дар ин акс телефон ё камерае, ки акс бо он гирифта шудааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Дар ин файл ҷое, ки файл дар он сохта шудааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Дар ин файл дастгоҳе, ки файл дар он сохта шудааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Дар ин файл касе, ки онро навиштааст ё сохтааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Дар ин файл барномае, ки онро сохтааст, сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Дар ин файл вақти сохта шудани он сабт шудааст: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Дар ин файл дигар маълумот дар бораи он сабт шудааст: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Ин файл барои маълумоти пинҳон санҷида мешавад...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh ин навъи файлро барои маълумоти пинҳон санҷида наметавонад.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Ин файл хеле калон аст, бинобар ин Guvoh онро барои маълумоти пинҳон санҷида наметавонад.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh ин файлро барои маълумоти пинҳон санҷида натавонист: шояд файл вайрон бошад.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Маълумоти пинҳон ёфт нашуд.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Файлҳои ин парванда</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Паём дар бораи файлҳо</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Илова кардани файлҳо...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Илова кардани файлҳо ба ин парванда</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Дидан ё пахш кардан</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Дидан ё пахш кардани файли интихобшуда</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Захираи нусха ҳамчун...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Захира кардани нусхаи рамзгузоринашудаи файли интихобшуда</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Захираи нусхаи тозашуда ҳамчун...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Захира кардани нусхаи рамзгузоринашудаи файли интихобшуда бе маълумоти пинҳони он</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Маълумоти пинҳони файли интихобшуда</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Хориҷ кардани файли интихобшуда</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Раванди илова кардани файлҳо</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Файле, ки илова мешавад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Бекор кардани илова кардани файлҳо</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Шумо инчунин метавонед файлҳоро аз компютери худ ба ин ҷо кашед. Онҳо дар анбор рамзгузоришуда нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Чӣ тавр файл илова кардан</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Сабти мусоҳиба</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Барои илова кардани файлҳо аввал парвандаро захира кунед.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Ин файл ҳамчун нусха бе маълумоти пинҳонаш омадааст. SHA-256-и нусха: %1; SHA-256-и нусхаи аслӣ, ки дар назди фиристанда мондааст: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Нусха бе маълумоти пинҳон сохта шуд: SHA-256 %1 (SHA-256-и нусхаи аслӣ: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Ин нусхаро ҳар касе кушода метавонад, ки ин компютер ё диск ё флешкаи USB-ро, ки шумо онро дар он захира мекунед, истифода бурда тавонад. Ҳамин ки нусха дигар лозим набошад, онро нест кунед. Файле, ки аз каси дигар омадааст, метавонад махсус барои зарар расонидан ба компютере, ки онро мекушояд, сохта шуда бошад: нусхаро танҳо дар компютере кушоед, ки дар он чизе нест, ки шумо бояд ҳифз кунед.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Захираи нусхаи тозашуда ҳамчун</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Нусхаи рамзгузоринашуда бе маълумоти пинҳон ҳамчун %1 захира шуд. Вақте ки дигар лозим набошад, онро нест кунед.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Ин файл барои кушодан дар дохили Guvoh хеле калон аст (зиёда аз 256 МБ).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Нусха рамзгузорӣ НАМЕШАВАД.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Захираи нусхаи рамзгузоринашуда</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Захираи нусха ҳамчун</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Нусхаи рамзгузоринашуда ҳамчун %1 захира шуд. Вақте ки дигар лозим набошад, онро нест кунед.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 аз ин парванда хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Файл аз анбор барои ҳамеша нест карда мешавад; ба нусхаҳое, ки аллакай экспорт шудаанд, таъсир намерасонад.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Хориҷ кардани файл</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл хориҷ карда шуд.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Калиди кушодаи шумо</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Изи ангушти калиди шумо</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Нусхабардории калиди умумӣ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Калиди умумӣ (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Изи ангушт (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Калиди кушодаро ба ҳамоҳангсоз диҳед (он махфӣ нест). Ӯ пеш аз қабули файлҳо аз шумо онро бо рамзи бехатарии боло месанҷад.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ҳувияти шумо</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Ҳар чизе, ки шумо мефиристед, бо имзои шумост, то созмон донад, ки он воқеан аз шумост ва дар роҳ касе онро тағйир надодааст.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Рамзи бехатарии шумо:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Ин рақамҳоро ба ҳамоҳангсоз тавассути телефон ё рӯ ба рӯ хонед, то ӯ онҳоро бо рамзе, ки барои шумо мебинад, муқоиса кунад.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Калиди умумӣ нусхабардорӣ шуд.</translation>
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
        <translation>%1 (худро %2 номидааст)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (нав)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабул шуд</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натиҷа</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Файлҳои дохили он</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Фиристанда</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Дар навбат</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Санҷиш</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Санҷида шуд</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ворид шуд</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Аллакай ворид шудааст</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Рад шуд: пештар омада буд</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Барои мо нест</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Фиристандаи ношинос</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Фиристанда дигар қабул намешавад</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Вайрон ё тағйирёфта</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Нопурра</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Рад шуд</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh-и навтар лозим аст</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Хонда намешавад</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Рад шуд: парвандаи нодуруст</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Рад шуд: ихтилоф</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Рад шуд: рақамро фиристандаи дигар истифода кардааст</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Хонда нашуд: диск пур аст</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор шуд</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ноком шуд</translation>
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
        <translation>Илова кардани файлҳо...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Илова кардани файлҳои баста</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Илова кардани ҷузвдон...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Илова кардани ҷузвдони бастаҳо</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тоза кардани рӯйхат</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Тоза кардани рӯйхати бастаҳо</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Раванди воридкунӣ</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Раванди ҳамаи бастаҳо</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Бастае, ки санҷида мешавад</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Раванди ин баста</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Бекор кардани воридкунӣ</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Хулосаи гурӯҳ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Бастаҳои ин гурӯҳ</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Сатрҳои нохонда ҳамчун нав қайд шудаанд.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Бастаҳо бо флешкаи USB ё тавассути паёмрасонҳо мерасанд. Файлҳо ё ҷузвдони пурраро ба поён кашед. Ҳар яке пеш аз ворид кардан санҷида мешавад ва ҳеҷ чизи дохили он кушода намешавад.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Баъзе бастаҳо аз фиристандагоне омадаанд, ки шумо онҳоро ҳанӯз намешиносед. Якеро интихоб кунед ва «Муқоисаи рамзҳои бехатарӣ...»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>Рӯйхати «Воридот» тоза карда шавад?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Воридот» фаромӯш мекунад, ки кадом файлҳо, кай ва аз кӣ омаданд. Парвандаҳои воридшуда дар анбори шумо мемонанд.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 акнун дар рӯйхати фиристандагони шумост. Бастаҳои воридшуда: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Ҳеҷ чиз захира нашуд ва ин файл ворид нашуд. Онро истифода набаред: шояд касе онро ба номи фиристанда сохтааст. Аз фиристанда хоҳиш кунед, ки онро боз фиристад, ва агар имкон бошад, рамзҳоро рӯ ба рӯ муқоиса кунед.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Ин рақамҳоро бо фиристанда тавассути телефон ё рӯ ба рӯ муқоиса кунед: хоҳиш кунед, ки ӯ рамзи бехатариро аз экрани «Ҳувият»-и худ гурӯҳ ба гурӯҳ баланд хонад. Барои ин паём истифода набаред: касе, ки файлро иваз карда метавонад, паёмро ҳам иваз карда метавонад.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Ном барои ин фиристанда</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Ном ё тахаллусе, ки шумо мешиносед</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мувофиқанд</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Паём дар бораи ин фиристанда</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Оё ин ҳамон фиристандаест, ки шумо мешиносед?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Рамзи бехатарии шахсе, ки ин файлро сохтааст:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Аввал барои ин фиристанда ном нависед, то файлҳои ӯро шинохта тавонед.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Илова кардани фиристанда ва воридкунӣ...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Воридот</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Бастаҳоро танҳо анбори ҳамоҳангсоз ворид мекунад.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Ҷустуҷӯи бастаҳо...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Бекор карда истодааст...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>Дар он ҷо ягон файли баста ёфт нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Бастаҳои ёфтшуда: %n. Санҷиш...</numerusform>
            <numerusform>Бастаҳои ёфтшуда: %n. Санҷиш...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>Санҷиши бастаи %1 аз %2</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Воридкунӣ бекор карда шуд. Бастаҳое, ки бо «Бекор шуд» қайд шудаанд, ворид нашуданд; вақте ки омода бошед, онҳоро боз илова кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Бастаҳо: %n</numerusform>
            <numerusform>Бастаҳо: %n</numerusform>
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
        <translation>Файлҳои бастаро интихоб кунед</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Бастаҳои Guvoh (*.age);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Ҷузвдони бастаҳоро интихоб кунед</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>Воридкунии бастаҳои %1</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Натиҷаи бастаи интихобшуда</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Муқоисаи рамзҳои бехатарӣ...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Муқоисаи рамзи бехатарӣ бо фиристанда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Рақами баста</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Изи ангушти калиди фиристанда</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Шарҳ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Изи ангушт (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Сохта шуд (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Фиристандаи ношинос. Барои муқоисаи рамзҳои бехатарӣ ин файлро боз илова кунед.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Сатри ҳамоҳангсози нав</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Сатрро ба ин ҷо гузоред</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Хондани сатр</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Даъват кардани ҳамоҳангсоз</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Аз ҳамоҳангсози нав сатреро, ки дар лавҳаи «Гурӯҳ»-и ӯ нишон дода шудааст, пурсед ва ба ин ҷо гузоред.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>Рамзи бехатарии %1:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>Аз %1 хоҳиш кунед, ки рамзи бехатарии худро бо телефон ё рӯ ба рӯ баланд хонад ва онро гурӯҳ ба гурӯҳ муқоиса кунед.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Захира кардани интиқоли калидҳо</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>Интиқоли калидҳо барои %1 ҳамчун %2 захира шуд. Онро танҳо %1 кушода метавонад: онро бо флешкаи USB ё тавассути паёмрасон диҳед, баъд нусхаи худро нест кунед.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Ҳеҷ чиз тағйир наёфт. Ин сатрро истифода набаред: онро боз пурсед, агар тавонед, рӯ ба рӯ.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Ҳамроҳ шудан ба гурӯҳ...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Ҳамроҳ шудан ба гурӯҳ: кушодани интиқоли калидҳо</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Барои ҳамроҳ шудан ба гурӯҳи созмон сатри худро ба яке аз ҳамоҳангсозони он диҳед. Ӯ барои шумо интиқоли калидҳо месозад; онро дар ин ҷо кушоед.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Кушодани интиқоли калидҳо</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Интиқоли калидҳо (*.age);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>Рамзи бехатарии созмони %1:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Рамзи бехатарии %1, ки шуморо даъват кард:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Ҳарду рамзро бо %1 бо телефон ё рӯ ба рӯ, гурӯҳ ба гурӯҳ муқоиса кунед.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Шумо ба гурӯҳи %1 ҳамроҳ шудед. Акнун ҷузвдони умумиро интихоб кунед.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Ҳеҷ чиз тағйир наёфт. Ин интиқоли калидҳоро истифода набаред: навашро пурсед, агар тавонед, рӯ ба рӯ.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
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
        <translation>Микрофон ёфт нашуд</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (пешфарз)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Ҳозир ҳамин микрофон истифода мешавад, аммо интихобро барои дафъаи оянда дар хотир нигоҳ доштан нашуд.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Созмон</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Боэътимод аз</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Созмони шумо</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Боэътимод</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Созмонҳои боэътимод</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Шумо ҳоло ба ягон созмон боварӣ надоред. Аз созмон файли корти онро пурсед ва сипас онро дар поён илова кунед.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Изи ангушти калид</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Калиди рамзгузорӣ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Изи ангушт (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Калиди рамзгузорӣ (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Созмонҳо</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Созмонҳое, ки шумо ба онҳо шаҳодат мефиристед. Он чиро, ки ба созмон мефиристед, танҳо ҳамоҳангсозони худи ҳамон созмон кушода метавонанд.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Илова кардани созмон</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Файли кортеро, ки созмон ба шумо додааст (бо флешкаи USB ё тавассути паёмрасон), интихоб кунед. Баъд шумо рамзи бехатарии онро бо онҳо муқоиса мекунед.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>Рамзи бехатарии %1:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Файл акнун дар анбори рамзгузоришудаи шумост. Нусхаи аслӣ аз %1 хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Нусхаи аслӣ: %1. Guvoh онро як бор бо сифрҳо аз нав менависад, сипас нест мекунад. Ин несткунии бехатар нест: диск (махсусан SSD ё корти хотира), системаи файлӣ, нусхаҳои эҳтиётӣ ва синхронизатсияи абрӣ шояд то ҳол осор ё нусхаҳои онро нигоҳ доранд.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Хориҷ кардани нусхаи аслӣ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Минбаъд ҳамин тавр кардан, бе пурсидан</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Нусхаи аслӣ аз %1 хориҷ карда шуд.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Нусхаҳои аслии файлҳои иловашуда</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Ҳар дафъа пурсидан</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Хориҷ кардани нусхаи аслӣ бе пурсидан</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Нигоҳ доштани нусхаи аслӣ бе пурсидан</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>Акс ё наворе, ки аз ҷузвдони Downloads, телефон ё флешкаи USB илова шудааст, дар он ҷо рамзгузоринашуда мемонад. Вақте ки он дар анбор аст, Guvoh метавонад нусхаи аслиро хориҷ кунад: файлро як бор бо сифрҳо аз нав менависад, сипас нест мекунад. Ин несткунии бехатар нест: диск (махсусан SSD ё корти хотира), системаи файлӣ, нусхаҳои эҳтиётӣ ва синхронизатсияи абрӣ шояд то ҳол осор ё нусхаҳоро нигоҳ доранд. Наворҳое, ки дар Guvoh сабт шудаанд, нусхаи аслӣ надоранд.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Хориҷ кардани нусхаи аслӣ чӣ мекунад</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Ҳолати танзими нусхаҳои аслӣ</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Нигоҳ дошта шуд. Guvoh пас аз ҳар файл мепурсад.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Нигоҳ дошта шуд. Нусхаҳои аслӣ пас аз он ки файлашон ба анбор ворид шуд, хориҷ карда мешаванд.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Нигоҳ дошта шуд. Нусхаҳои аслӣ дар ҷои худ мемонанд.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Тамоми бойгонӣ</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Ҷустуҷӯи ҷорӣ</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Аз нав ҳисоб кардан</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Парвандаҳо ҳисоб карда мешаванд</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Ҳолати назари умумӣ</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Парвандаҳо аз рӯи навъи амал</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Навъи амал</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Парвандаҳо аз рӯи кишвари баромад</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Кишвари баромад</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Парвандаҳо аз рӯи кишвари қабулкунанда</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Кишвари қабулкунанда</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Парвандаҳо аз рӯи моҳи рӯйдодҳо</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Моҳ</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Ҳисоб:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Назари умумӣ</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Аз ҳар навъ чанд парванда ҳаст. Парвандае, ки ду навъи амал ё ду кишвар дорад, дар ҳар ду ҳисоб карда мешавад.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Парвандаҳо ҳисоб карда мешаванд...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Тамоми бойгонӣ: %n парванда.</numerusform>
            <numerusform>Тамоми бойгонӣ: %n парванда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Ҷустуҷӯ муқаррар нашудааст, бинобар ин ин тамоми бойгонӣ аст: %n парванда.</numerusform>
            <numerusform>Ҷустуҷӯ муқаррар нашудааст, бинобар ин ин тамоми бойгонӣ аст: %n парванда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Парвандаҳое, ки ҷустуҷӯи ҷорӣ ёфт: %n парванда.</numerusform>
            <numerusform>Парвандаҳое, ки ҷустуҷӯи ҷорӣ ёфт: %n парванда.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Номи созмони шумо</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Ҷузвдон барои файли корт</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Ҷои захираи кортро интихоб кунед</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Сохтани созмон</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Захира кардани корт</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>Захира ҳамчун расми рамзи QR</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Рамзи QR-и корти созмони шумо</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Телефон ё сканере, ки онро мехонад, файли кортро мегирад. Муҳаққиқ ба ҳар ҳол рамзи бехатариро бо шумо муқоиса мекунад.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Созмони худро як бор созед. Guvoh корти онро захира мекунад: файли хурде, ки шумо ба муҳаққиқони худ медиҳед, то он чиро, ки онҳо мефиристанд, танҳо ҳамоҳангсозони шумо кушода тавонанд.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Вақте ки муҳаққиқ корти шуморо илова мекунад, ин рамзи бехатариро ба ӯ тавассути телефон ё рӯ ба рӯ хонед.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Созмони шумо</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: рамзи бехатарӣ</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Барои файли корт ҷузвдони мавҷударо интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Номи созмони худро ворид кунед.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Корт ҳамчун %1 захира шуд. Онро ба муҳаққиқони худ диҳед (он махфӣ нест), сипас рамзи бехатариро ба онҳо хонед.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Корт ҳамчун %1 захира шуд.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Рамзи бехатарӣ</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Пеш аз боварӣ кардан ба ин корт, рамзи бехатариро бо созмон тавассути телефон ё рӯ ба рӯ муқоиса кунед.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Барои расм ҷузвдони мавҷударо интихоб кунед.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Ин корт барои рамзи QR хеле дароз аст. Ба ҷойи он ба муҳаққиқони худ файли кортро диҳед.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>Расми рамзи QR ҳамчун %1 захира шуд. Онро барои муҳаққиқони худ чоп кунед; онҳо ба ҳар ҳол пеш аз боварӣ кардан ба корт рамзи бехатариро бо шумо муқоиса мекунанд.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Ибораи махфӣ</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ибораи махфиро такрор кунед</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Қувваи ибораи махфӣ</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Такрор кунед</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Қувват</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Чор ё панҷ калимаи ба ҳам алоқаманднабуда, бо ҳар забоне, ибораи махфии хуб мешавад.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Ду ибораи махфӣ ҳанӯз якхела нестанд.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Ибораи махфии хуб.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Интихоб...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Интихоб: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Пахш</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Пахш ё таваққуфи навор</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Қатъ</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Қатъи пахш</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Мавқеъ дар навор</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Вақти пахшшуда</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Паёми плеер</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Ҳифз кардани номи аслӣ, тамос ва ҷойи зисти шахси нав</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Ба таври пешфарз ҳифзшуда</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Маълумоти ҳифзшуда то пахш кардани «Нишон додан» дар экран пинҳон аст, ҳеҷ гоҳ дар натиҷаҳои ҷустуҷӯ намоён намешавад ва ба экспорти бе маълумоти ҳифзшуда дохил намешавад. Ин ба одамоне, ки шумо илова мекунед, ва ба файлҳои парвандае, ки нишон намедиҳанд чӣ ҳифзшуда аст, дахл дорад; одамоне, ки аллакай дар парвандаҳои шумо ҳастанд, ҳифзи пештараи худро нигоҳ медоранд.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>«Ба таври пешфарз ҳифзшуда» чӣ мекунад</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Ҳолати ҳифз ба таври пешфарз</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Нигоҳ дошта шуд. Ин маълумоти одамони нав аз аввал ҳифзшуда мешавад.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Нигоҳ дошта шуд. Маълумоти одамони нав аз аввал ҳифз намешавад: ҳар маълумотро худатон қайд кунед.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Ин парванда аз куҷо омадааст</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Нусхабардории хулосаи санҷиш</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Баста, фиристанда, вақтҳо ва ҳашҳои файлҳоро ҳамчун матн нусхабардорӣ мекунад. Дар он номи ягон шахс ва ягон иқтибос аз шаҳодат нест.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Ин парванда дар ҳамин анбор сохта шудааст. Он бо баста наомадааст, бинобар ин фиристандае барои санҷиш нест.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Бастаҳое, ки ин парванда бо онҳо омадааст</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Парвандаеро интихоб кунед, то бинед, ки аз куҷо омадааст.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Ин парванда бо %n баста омадааст, аз кӯҳнатарин сар карда.</numerusform>
            <numerusform>Ин парванда бо %n баста омадааст, аз кӯҳнатарин сар карда.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Хулосаи санҷиш нусхабардорӣ шуд. Дар он номи ягон шахс ва ягон иқтибос аз шаҳодат нест.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Истифодаи файл аз созмонатон...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Истифодаи файл аз созмонатон</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Файли созмон</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Файлеро интихоб кунед, ки созмонатон ба шумо додааст</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Файлҳои танзим (*.txt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Аз файл ҳеҷ чиз истифода нашуд. Онро истифода набаред: аз созмонатон хоҳиш кунед, ки файлро аз нав диҳад, агар имкон бошад, рӯ ба рӯ.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>Танзимоти %1 истифода мешаванд; ҳамин ки сейфи шумо сохта шавад, %1 боэътимод қайд мешавад.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Файл аз созмонатон</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Номи созмон</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Ин рақамҳоро бо рамзе, ки созмонатон ба шумо додааст, тавассути телефон ё рӯ ба рӯ муқоиса кунед: аз ҳамоҳангсози онҳо хоҳиш кунед, ки онро гурӯҳ ба гурӯҳ баланд хонад. Агар фарқ кунанд, шояд касе файлро иваз кардааст: онро истифода набаред.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Ин файл чиро танзим мекунад</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Рамзҳо мувофиқанд</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Рамзи бехатарӣ дар ин файл:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 боэътимод қайд мешавад: он чиро, ки шумо мефиристед, танҳо ҳамоҳангсозони он кушода метавонанд.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Забон: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Ҳамин ки созмон гирифтани парвандаҳоро тасдиқ кунад, онҳо аз ин компютер нест карда мешаванд.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Пас аз он ки созмон гирифтани парвандаҳоро тасдиқ кунад, онҳо дар ин компютер мемонанд.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (бе ниқоб)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Номи намоёни барнома: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Пас аз %n дақиқаи бефаъолиятӣ қулф мешавад.</numerusform>
            <numerusform>Пас аз %n дақиқаи бефаъолиятӣ қулф мешавад.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Хориҷ кардани парвандаҳои расонидашуда</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Парвандаҳои расонидашуда</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Чӣ хориҷ карда мешавад</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Ман мефаҳмам, ки инро баргардонидан мумкин нест</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Ин парвандаҳоро хориҷ кунед</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Онҳоро нигоҳ доред</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Нигоҳ доштан ва пӯшидан</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Созмон гирифтани ин парвандаҳоро тасдиқ кардааст. Агар нусхаҳои маҳаллии худро хориҷ кунед, дар сурати гирифта шудани ин компютер онҳоро дар он ёфтан мумкин нест.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Ин амал %n парвандаи номбаршударо бо ҳамаи версияҳои захирашуда, %1 ва ҳамаи қайдҳояшон аз ин компютер хориҷ мекунад. Нусхаи созмон боқӣ мемонад. Инро баргардонидан мумкин нест.</numerusform>
            <numerusform>Ин амал %n парвандаи номбаршударо бо ҳамаи версияҳои захирашуда, %1 ва ҳамаи қайдҳояшон аз ин компютер хориҷ мекунад. Нусхаи созмон боқӣ мемонад. Инро баргардонидан мумкин нест.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Ҳанӯз ягон парванда ҳамчун расонидашуда қайд нашудааст. Аввал тасдиқномаи созмонро ворид кунед.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Хориҷ карда истодааст...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>%n парванда аз ин компютер хориҷ карда шуд.</numerusform>
            <numerusform>%n парванда аз ин компютер хориҷ карда шуд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Сохтани тасдиқномаҳо</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Бастаҳо барои тасдиқ</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Ҷузвдон барои тасдиқномаҳо</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Ҷои захираи тасдиқномаҳоро интихоб кунед</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Тасдиқномаҳо сохта мешаванд</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Ҷузвдоне, ки тасдиқномаҳо дар он ҳастанд</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Чӣ тавр онҳоро бозпас фиристодан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Тасдиқ кунед, ки чӣ расид</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Тасдиқнома ба фиристанда хабар медиҳад, ки кадом парвандаҳо ва файлҳо бехатар расиданд, то ӯ нусхаҳои худро хориҷ карда тавонад. Guvoh барои ҳар баста як файли тасдиқнома месозад.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: барои %2</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>фиристандаи беном</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 дар ҷузвдони боло захира шуд. Ҳар якеро ба фиристандаи ҳамон баста бо флешкаи USB ё тавассути паёмрасон баргардонед; ӯ онро дар Guvoh ворид мекунад («Ворид кардани тасдиқнома»). Онро танҳо ҳамон фиристанда кушода метавонад ва дар он дар бораи худи шаҳодат ҳеҷ чиз гуфта нашудааст.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Тасдиқномаҳо дар куҷо захира шаванд:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n парванда</numerusform>
            <numerusform>%n парванда</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (тасдиқнома аллакай сохта шудааст)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Ягон бастаи воридшуда барои тасдиқ нест.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Ақаллан як бастаро қайд кунед.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Барои тасдиқномаҳо ҷузвдони мавҷударо интихоб кунед.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n тасдиқнома</numerusform>
            <numerusform>%n тасдиқнома</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Ворид кардани тасдиқнома</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Файли тасдиқнома</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Тасдиқномаро интихоб кунед</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Тасдиқномаҳо (*.age);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Ворид кардани тасдиқнома</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Ташкилот гирифтани %n парвандаро тасдиқ кард: %1.</numerusform>
            <numerusform>Ташкилот гирифтани %n парвандаро тасдиқ кард: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n парванда пас аз экспорт тағйир дода шуд: %1. Версияи экспортшуда дар ташкилот аст; тағйироти минбаъдаи шумо дар ин ҷо, нарасонида, мемонад: онро аз нав экспорт кунед ё хориҷ кунед.</numerusform>
            <numerusform>%n парванда пас аз экспорт тағйир дода шуданд: %1. Версияи экспортшуда дар ташкилот аст; тағйироти минбаъдаи шумо дар ин ҷо, нарасонида, мемонад: онҳоро аз нав экспорт кунед ё хориҷ кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Парвандаҳои расонидашуда бо файлҳояшон аз ин компютер хориҷ карда шуданд.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Онҳо расонидашуда қайд шуданд; нусхаҳои худро бо «Хориҷ кардани парвандаҳои расонидашуда» хориҷ карда метавонед.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Онҳо расонидашуда қайд шуданд ва пас аз гузаштани мӯҳлати дар Танзимот муқарраршуда аз ин компютер хориҷ карда мешаванд.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Аввал файли тасдиқномаро интихоб кунед.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Вақте ки ташкилот файли шуморо мегирад, тасдиқнома мефиристад (файле, ки бо .age тамом мешавад). Ворид кардани он ин парвандаҳоро расонидашуда қайд мекунад ва, агар шумо инро дар Танзимот тағйир надода бошед, онҳоро аз ин компютер хориҷ мекунад.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Дар %1 ягон файл нест.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Тасдиқнома санҷида мешавад...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Тасдиқнома аслӣ аст, аммо ягон парванда тағйир наёфт: парвандаҳои он аллакай ҳамчун расонидашуда қайд шуда буданд ё хориҷ карда шуда буданд.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Хориҷ кардани парвандаҳои расонидашуда</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Дарҳол, вақте ки тасдиқнома мерасад</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Як рӯз пас аз тасдиқнома</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Ҳафт рӯз пас аз тасдиқнома</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Ҳеҷ гоҳ: онҳоро дар ин компютер нигоҳ доштан</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Вақте ки тасдиқномаи ташкилот мерасад, парвандаҳое, ки он тасдиқ мекунад, бо файлҳояшон аз ин компютер хориҷ карда мешаванд, то на касе дар назди ин компютер ва на нусхаи диске, ки баъдтар гирифта шудааст, онҳоро хонда натавонад. Тағйироти пас аз экспорт мемонанд. Парвандаҳои ҳанӯз нарасонида ва нусхаи диске, ки пеш аз тасдиқнома гирифта шудааст, ҳифз намешаванд.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Хориҷ кардан пас аз тасдиқнома аз чӣ ҳифз мекунад</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Ҳолати хориҷ кардан пас аз тасдиқнома</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Парвандаҳои расонидашуда то он даме, ки шумо онҳоро хориҷ накунед, дар ин компютер мемонанд.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Нигоҳ дошта шуд. Парвандаҳои расонидашудае, ки мӯҳлаташон расидааст, ҳангоми кушодани навбатии қулф ё ворид кардани тасдиқнома хориҷ карда мешаванд.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Шаҳодати қабулшуда</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Ин парванда аз куҷо омадааст</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Шаҳодати қабулшуда далел аст, бинобар ин танҳо барои хондан кушода мешавад. Барои кор бо он нусхаи корӣ созед: парвандаи нави худатон. Ин парванда ҳамон тавре ки омада буд, боқӣ мемонад.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Дар бораи парвандаҳои қабулшуда</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>&amp;Сохтани нусхаи корӣ</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Сохтани нусхаи кории ин парванда</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Парвандаи нав бо ҳамон матн, ки шумо метавонед онро тағйир диҳед. Файлҳои замимашуда дар парвандаи қабулшуда мемонанд.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Кушодани нусхаи корие, ки аз ин парванда сохта шудааст</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>&amp;Кушодани нусхаи кории %1</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>фиристандае, ки ном нанавиштааст</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Фиристанда: %1, қабул шуд: %2. Ҳангоми расидан имзо санҷида шуд: парванда айнан ҳамон тавре ки фиристода шуда буд, аст.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Сабти мусоҳиба</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Вақти сабтшуда</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Сатҳи садо</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Сатҳи садо:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Таваққуф</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Таваққуф ё идомаи сабт</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Қатъ ва захира</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Қатъ кардани сабт ва захира кардани он</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Ҳолати сабт</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Дар ин компютер микрофон ёфт нашуд</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Барои сабти мусоҳиба микрофон ё гӯшмонаки микрофондорро пайваст кунед.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Сабт шуда истодааст...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Идома</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Микрофонро фаъол кардан нашуд. Санҷед, ки ягон барномаи дигар онро истифода намебарад, ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Сабт идома дорад. Ҳар лаҳза ҳангоми сабт рамзгузорӣ шуда захира мешавад.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (қисми %2).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Сабт идома дорад.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Таваққуф. То пахш кардани «Идома» ҳеҷ чиз сабт намешавад.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Микрофон пеш аз сабти ягон садо аз кор монд, бинобар ин ҳеҷ чиз захира нашуд.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Ҳеҷ чиз сабт нашуд, бинобар ин ҳеҷ чиз захира нашуд.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Микрофон аз кор монд; он чи то он дам сабт шуда буд (%1), дар анбори рамзгузоришудаи шумо захира шудааст.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Дар анбори рамзгузоришудаи шумо захира шуд (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Кушодан ва гузоштани ибораи махфии нав</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Рамзи барқарорсозиро, ки ҳангоми сохтани анбор навишта гирифта будед, ворид кунед, сипас ибораи махфии нав интихоб кунед. Ибораи махфии фаромӯшшуда дигар кор намекунад.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Ду ибораи махфӣ ҳанӯз якхела нестанд.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Ин рамзи барқарорсозии шумост. Он танҳо ҳамин як бор нишон дода мешавад. Онро дар коғаз нависед ва аз ин компютер дуртар нигоҳ доред: агар ибораи махфиро фаромӯш кунед, бо он анбори шуморо дар компютери дигар кушодан мумкин аст.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Гурӯҳи охирини рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ман онро навиштам</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Барои тасдиқ гурӯҳи охиринро ворид кунед</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Кушодани анбори мӯҳрзада...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Кушодани анбори мӯҳрзадаи муҳаққиқ</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Кушодани анбори мӯҳрзада</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Чӣ тавр анбори мӯҳрзадаро кушодан</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Кушодани дархости сафар...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Муҳаққиқе, ки анбори худро барои сафар мӯҳр задааст, ба шумо дархости сафар фиристодааст. Пас аз гузаштан аз сарҳад ба ӯ ба рақаме, ки аллакай медонед, занги овозӣ занед: санҷед, ки ин худи ӯст, ки ӯ дар амон аст ва озодона гап зада метавонад, ва рамзи бехатарие, ки ӯ пеш аз мӯҳр задан навишта гирифтааст, бо рамзи дар ин ҷо нишондодашуда мувофиқ аст. Танҳо баъд токени кушоданро нависед ва ба ӯ фиристед.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Дархости сафар</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Аз ӯ хоҳиш кунед, ки рамзи бехатарии худро баланд хонад. Оё ҳар гурӯҳи чор рақам мувофиқ аст?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Муқоисаи рамзи бехатарӣ</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Мувофиқанд: навиштани токени кушодан...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Мувофиқанд: навиштани токени кушодан</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Ҳолати кушодан</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Кушодани анбори мӯҳрзада</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Кушодани дархости сафар</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Санҷиш...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>Дархости сафар аз %1, сохта шуд: %2. Рамзи бехатарии ӯ:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Токен навишта нашуд. Анборро накушоед: шояд ин дархостро каси дигар сохта бошад ё касе дар паҳлӯи ӯ бошад. Бо ӯ боз бо роҳи дигар гап занед.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Нигоҳ доштани токени кушодан</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Токени кушодан навишта мешавад...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Токени кушодан дар %1 аст. Онро ҳамчун файл фиристед ё матнашро ба паём гузоред.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>Токени кушодан ҳамчун рамзи QR</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Токенро ба ӯ фиристед: онро ба паём гузоред, файлро фиристед ё бигузоред, ки ӯ ин рамзро бо телефон скан кунад. Токен танҳо анбори мӯҳрзадаи ӯро мекушояд ва танҳо бо ибораи махфии ӯ.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Чӣ тавр фиристодани токени кушодан</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Нусхабардории токен</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Нусхабардории токени кушодан</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Файли токени кушодан</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Ҳолати нусхабардорӣ</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Нусхабардорӣ шуд. Онро ба паёми худ ба ӯ гузоред; ҳангоми қулф шудани анбор буфери мубодила холӣ карда мешавад.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Навиштани гузориш</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Формати гузориш</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>Гузориши парванда дар PDF</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>Ҷадвали CSV, як сатр барои ҳар рӯйдод</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Маълумоти JSON</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Забони навиштаҷотҳо</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Дохил кардани маълумоти ҳифзшуда</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Гузориш номҳои аслӣ, тамосҳо ва дигар маълумоти ҳамчун ҳифзшуда қайдшударо дар бар мегирад. Ҳар касе, ки ин файлро гирад, онҳоро хонда метавонад. Онҳоро танҳо дар сурате дохил кунед, ки хонандагони гузориш ҳаққи дидани онҳоро дошта бошанд.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Огоҳӣ дар бораи маълумоти ҳифзшуда</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Розигӣ санҷида мешавад...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Розигии парвандаҳои интихобшуда</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Парвандаҳое, ки розигӣ барои нашр надоранд</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файли гузориш</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Захира кардани гузориш ҳамчун</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Гузоришҳо (*.pdf *.csv *.json);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Гузориш рамзгузорӣ намешавад: ҳар касе, ки файлро гирад, онро хонда метавонад. Онро дар диски рамзгузоришуда нигоҳ доред ва танҳо бо касоне мубодила кунед, ки ҳаққи дидани ин парвандаҳоро доранд.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Огоҳӣ: гузориш рамзгузорӣ нашудааст</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Гузориш навишта мешавад</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Навиштани гузориш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Навиштаҷотҳо бо забони</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>Гузориши %n парванда</numerusform>
            <numerusform>Гузориши %n парванда</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Гузориш ҳамчун чӣ захира шавад:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>розигӣ бозпас гирифта шуд: истифода набаред</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>розигӣ сабт нашудааст: истифода набаред</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>на барои нашр</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Ягон парванда интихоб нашудааст. Аввал парвандаҳоро интихоб кунед.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>%n парвандаи интихобшударо нашр кардан мумкин нест. Гузориш онҳоро қайд мекунад; онҳоро танҳо барои он чи истифода баред, ки одамон ба он розӣ шудаанд:</numerusform>
            <numerusform>%n парвандаи интихобшударо нашр кардан мумкин нест. Гузориш онҳоро қайд мекунад; онҳоро танҳо барои он чи истифода баред, ки одамон ба он розӣ шудаанд:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Ҳар парвандаи интихобшуда розигӣ барои нашр дорад.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Номи файлро дар ҷузвдони мавҷуда интихоб кунед.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Гузориш бе рамзгузорӣ ҳамчун %1 захира шуд.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Дар он маълумоти ҳифзшуда ҳаст.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Муҳаққиқ</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Рамзи бехатарӣ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Эътибор аз</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Эътибор то</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Бастаҳо</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабул мешавад</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ба охир расид</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Ҳанӯз эътибор надорад</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Тасдиқ нашудааст</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Баста</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ворид шуд</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Тасдиқнома</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Тасдиқнома сохта шуд %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Ҳоло тасдиқнома нест</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Муҳаққиқони тасдиқшуда</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Ҳанӯз ягон муҳаққиқ тасдиқ нашудааст. Дар поён якеро илова кунед ё дар «Воридот» бастаро ворид карда, фиристандаи онро дар ҳамон ҷо тасдиқ кунед.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Муҳаққиқи интихобшуда</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Изи ангушти калид</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Калиди умумӣ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Изи ангушт (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Калиди умумӣ (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Эътибор аз</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Аз кай калид эътибор дорад</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Эътибор аз (сана)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Эътибор то</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>То кай калид эътибор дорад</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Эътибор то (сана, бо худи он рӯз)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Захира кардани санаҳо</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Захира кардани мӯҳлати эътибори калид</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Ҳозир қатъ кардан</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Ҳозир қатъ кардани калиди ин муҳаққиқ</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Паём дар бораи мӯҳлати эътибор</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Бастаҳо аз ин муҳаққиқ</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Аз ин муҳаққиқ ҳанӯз ягон баста нест.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Рамзи бехатарӣ:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Файлҳои ӯ кай қабул мешаванд</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Бастаҳое, ки ин муҳаққиқ имзо мекунад, танҳо дар ҳамин санаҳо қабул мешаванд. Агар ноутбуки ӯ гум шуда ё гирифта шуда бошад ё ӯ дигар бо шумо кор намекунад, калидро ҳозир қатъ кунед: бастаҳое, ки ӯ минбаъд имзо мекунад, рад мешаванд; бастаҳои аллакай воридшуда боқӣ мемонанд.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Бастаҳои ӯ</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Калиди кушодаи муҳаққиқ</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Ном барои ин муҳаққиқ</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Нишон додани рамзи бехатарӣ</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Ин рақамҳоро бо муҳаққиқ тавассути телефон ё рӯ ба рӯ муқоиса кунед: хоҳиш кунед, ки ӯ рамзи бехатариро аз экрани «Ҳувият»-и худ гурӯҳ ба гурӯҳ баланд хонад. Барои ин паём истифода набаред: касе, ки калидро иваз карда метавонад, паёмро ҳам иваз карда метавонад.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Мувофиқанд</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Мувофиқ нестанд</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Паём дар бораи илова кардани муҳаққиқ</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Рамзи бехатарии ин калид:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Муҳаққиқон</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Бастаҳо танҳо аз муҳаққиқоне ворид карда мешаванд, ки шумо онҳоро дар ин ҷо пас аз муқоисаи рамзи бехатарӣ бо худашон тасдиқ кардаед.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Илова кардани муҳаққиқ</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Калиди кушодаро аз экрани «Ҳувият»-и муҳаққиқ гузоред (он махфӣ нест; ӯ метавонад онро тавассути паёмрасон фиристад) ва номеро, ки бо он ӯро мешиносед, нависед.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>Санаҳо барои %1 захира шуданд.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>Калиди %1 қатъ карда шуд. Бастаҳое, ки ӯ минбаъд имзо мекунад, рад мешаванд; бастаҳои аллакай воридшуда боқӣ мемонанд.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Аввал калиди кушодаро аз экрани «Ҳувият»-и муҳаққиқ гузоред.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Ин калид аллакай ҳамчун %1 тасдиқ шудааст.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Барои ин муҳаққиқ ном нависед, то файлҳои ӯро шинохта тавонед.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 тасдиқ шуд. Акнун бастаҳое, ки ӯ имзо мекунад, қабул мешаванд.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Ҳеҷ кас тасдиқ нашуд. Ин калидро истифода набаред: шояд касе онро дар роҳ иваз кардааст. Аз муҳаққиқ хоҳиш кунед, ки онро боз диҳад, агар имкон бошад, рӯ ба рӯ.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Пинҳон кардани ибораи махфӣ</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Нишон додани ибораи махфӣ</translation>
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
        <translation>Рамзи бехатарӣ</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Пеш аз сарҳад анборро мӯҳр занед. Анбори мӯҳрзада на бо ибораи махфӣ ва на бо рамзи барқарорсозӣ кушода мешавад — на дар ин ҷо ва на аз нусхаи диск — то созмони шумо ба шумо занг зада, токени кушоданро нафиристад. Нусхае, ки пеш аз мӯҳр гирифта шудааст, ҳифз намешавад.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Мӯҳр аз чӣ ҳифз мекунад</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Рамзи бехатарии шумо</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Созмоне, ки анборро мекушояд</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Ибораи махфӣ</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Ибораи махфии шумо, барои мӯҳр задан</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Барои сафар мӯҳр задан...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Ҳолати мӯҳр</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Барои сафар мӯҳр задан</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Рамзи бехатарии шумо: %1. Вақте ки созмони шумо барои кушодани анбор занг мезанад, аз шумо хоҳиш мекунад, ки онро хонед, ва то даме ки анбор мӯҳрзада аст, онро нишон додан мумкин нест: онро навишта гиред.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Барои мӯҳр задани анбор ибораи махфиро ворид кунед.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Дархости сафарро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Мӯҳр зада мешавад...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source> min</source>
        <translation> дақ.</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Пас аз чанд дақиқаи бефаъолиятӣ қулф шавад</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Ҷузвдони анбор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Тугмаҳои фаврӣ...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Тугмаҳои фаврӣ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Қулф шудан пас аз бефаъолиятӣ дар давоми</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Ҷузвдони анбори шумо</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Нобуд кардани анбор</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Ҳама чиз дар ҷузвдони анбор рамзгузорӣ шудааст. Вақте ки Guvoh кушода аст, ҷузвдонро нусхабардорӣ накунед; ба ҷойи ин дар ин ҷо нусхаи эҳтиётӣ созед.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Танзим ҳозир амал мекунад, аммо барои дафъаи оянда захира нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Акнун Guvoh пас аз %n дақиқаи бефаъолиятӣ қулф мешавад.</numerusform>
            <numerusform>Акнун Guvoh пас аз %n дақиқаи бефаъолиятӣ қулф мешавад.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Иҷро кардани амали асосии экран: кушодани қулф, сохтани анбор, идома додан</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Бозгашт (дар ҷое, ки тугмаи «Бозгашт» ҳаст)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Нишон додан ё пинҳон кардани ибораи махфии воридшаванда</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Қулф кардани анбор</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Оғози парвандаи нав</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Ҷустуҷӯи парвандаҳо</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Нигоҳ доштани парванда</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Бо ҳарфи хаттизершудаи навишта: гузаштан ба он майдон ё тугма</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Гузаштан ба майдони навбатӣ (Shift+Tab: ба майдони пешина)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Нишон додани ин рӯйхати тугмаҳои фаврӣ</translation>
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
        <translation>Тугмаҳои фаврӣ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
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
        <translation>Паём</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Ҳолати захира</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Баъдӣ</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Пас аз он ки шумо бори охир дар ин ҷо навиштед, ҳикояи шумо дар бахши «Парвандаҳо» тағйир дода ё нест карда шуд, бинобар ин ба ҷои он чизе захира нашуд. Дар ин ҷо шумо метавонед ҳикояи дигар нақл кунед.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ҳоло захира нашудааст</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Захира нашуд</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Ҳикояи шуморо захира кардан нашуд: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Ҳоло чизе захира нашудааст</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Дар анбори рамзгузоришудаи шумо захира шуд: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Ҳикояи шумо ба худатон тааллуқ дорад</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Шумо ба чанд саволи кӯтоҳ ҷавоб медиҳед. То он даме ки шумо файлро барои созмони интихобкардаатон насозед, ҳама чиз дар ин компютер рамзгузоришуда мемонад ва онро танҳо ҳамон созмон кушода метавонад. Шумо метавонед ҳар вақт қатъ кунед: он чи навиштаед, дар анбори шумо нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Ман мехоҳам нақли худро ба созмоне, ки интихоб мекунам, диҳам</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Созмон метавонад онро барои инҳо истифода барад:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Чӣ рух дод?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Бо суханони худ, бо ҳар забоне, ки мехоҳед, дароз ё кӯтоҳ нақл кунед.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Санҷед, ки чӣ фиристода мешавад</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Файл барои созмон инҳоро дар бар мегирад. Агар чизе он тавре ки мехоҳед набошад, «Тағйир додан»-ро дар паҳлӯи он пахш кунед.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Чӣ рух дод</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Дар куҷо</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлҳо</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Шуморо чунин ном мебаранд</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Созмон метавонад онро барои инҳо истифода барад</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Кӣ файлро кушода метавонад</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Тағйир додан</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Тағйир додан: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Нишон дода нашудааст</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файл нест</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Дар файл нест.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Дар файл: %1. Ин ҳифзшуда нигоҳ дошта мешавад: онро танҳо кормандони созмон мебинанд ва ҳеҷ гоҳ нашр намешавад.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Дар файл: %1. Созмон метавонад ин номро истифода барад.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Бо номи аслиатон</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Умуман не: шумо беном мемонед</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Дар файл: %1. Ин ҳифзшуда нигоҳ дошта мешавад: онро танҳо кормандони созмон мебинанд.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Дар файл нест: шумо гуфтед, ки бо шумо тамос гирифтан мумкин аст, аммо нанавиштед, ки чӣ тавр бо шумо тамос гиранд.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Дар файл нест: созмон бо шумо тамос намегирад.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Танҳо %1. Файл бо имзои шумост.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Дар хотир надоред</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Барои ҳикояи худ чанд калима ҳамчун ном нависед (дар ин ҷо номи одамонро нанависед):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Унвони кӯтоҳ</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Ҳикояи ман</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Ин кай рух дод?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Ҳар қадар дақиқ, ки дар хотир доред. Агар муддати дароз давом карда бошад, санаи оғози онро нависед.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Сол</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Моҳ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Рӯз</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Дар хотир надорам, ки ин кай рух дод</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Танҳо сол кифоя аст. Агар моҳ ё рӯзро дар хотир надошта бошед, онҳоро холӣ гузоред.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Солро нависед ё «Дар хотир надорам, ки ин кай рух дод»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Солро бо чор рақам нависед (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Моҳро низ интихоб кунед ё рӯзро холӣ гузоред.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Ин дар куҷо рух дод?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Кишвар ва, агар хоҳед, шаҳр. Ҳеҷ гоҳ суроғаи кӯча нанависед.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Кишвар (барои ҷустуҷӯ нависед)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Барои ҷустуҷӯ нависед</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Шаҳр ё шаҳрак</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Кишвар</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Кӣ иштирок дошт?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Касоне, ки ин корро карданд (пулис, консулгарӣ, касе, ки шумо мешиносед...), ва ҳар каси дигаре, ки дар он ҷо буд ё зарар дид. Танҳо он чиро нависед, ки гуфтанаш бароятон осон аст; метавонед инро холӣ гузоред.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кӣ иштирок дошт</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Оё созмон метавонад бо шумо тамос гирад?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Масалан, барои пурсидани савол дар бораи ҳикояи шумо.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Ҳа, метавонанд бо ман тамос гиранд</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Не, лутфан бо ман тамос нагиред</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Чӣ тавр онҳо метавонанд бо шумо бехатар тамос гиранд? (номи шумо дар паёмрасон, рақами телефон ё шахсе, ки онҳо метавонанд аз ӯ пурсанд). Ин ҳифзшуда нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Чӣ тавр бо шумо тамос гирифтан мумкин</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Нависед, ки бо шумо чӣ тавр тамос гирифтан мумкин аст, ё «Не, лутфан бо ман тамос нагиред»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Мехоҳед шуморо чӣ тавр ном баранд?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Ин ба созмон мегӯяд, ки агар ҳикояи шуморо истифода барад, шуморо чӣ тавр ном бурда метавонад.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Бо номи аслиам</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Бо номи дигаре, ки худам интихоб мекунам (на номи аслиам)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Умуман не: ман беном мемонам</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Номи аслии шумо</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Номе, ки ба ҷойи он истифода шавад</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Ном ба ҷойи номи аслӣ</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Номи аслии худро нависед ё тарзи дигари номбарии худро интихоб кунед.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Номеро, ки ба ҷойи номи аслӣ истифода мешавад, нависед ё тарзи дигари номбарии худро интихоб кунед.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Ҳикояи шуморо кӣ бояд гирад?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Файлро танҳо созмони интихобкардаи шумо кушода метавонад.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Созмонҳои боэътимод</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Шумо ҳанӯз ягон созмон илова накардаед. Файли кортеро, ки созмон ба шумо додааст, дар поён бор кунед.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Созмони дигар? Файли кортеро, ки он ба шумо додааст, интихоб кунед; шумо рамзи бехатарии онро бо онҳо тавассути телефон ё рӯ ба рӯ муқоиса мекунед.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Сохтани файл</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Файл дар куҷо захира шавад?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Ҷузвдон барои файл</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Ҷои захираи файлро интихоб кунед</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Файли шумо омода аст</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Ҳикояи шумо дар ин файл аст, рамзгузоришуда ва бо имзои шумо:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Файли ҳикояи шумо</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Чӣ тавр расонидан</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Ҳикояи дигар нақл кардан</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Қадами %1 аз %2</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Номи аслии шумо ҳатмӣ нест. Агар онро нависед, ҳифзшуда нигоҳ дошта мешавад: онро танҳо кормандони созмон мебинанд ва ҳеҷ гоҳ нашр намешавад.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Созмон метавонад ин номро истифода барад.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Ҳикояи шумо ҳеҷ ном надорад. Созмон танҳо дар сурате метавонад бо шумо тамос гирад, ки шумо иҷозат дода бошед.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Чунин рӯз вуҷуд надорад; рӯз ва моҳро санҷед.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Ҳикояи шумо ба як файл гузошта мешавад, ки онро танҳо %1 кушода метавонад. Он бо имзои шумост, то онҳо донанд, ки дар роҳ касе онро тағйир надодааст.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Барои файл ҷузвдони мавҷударо интихоб кунед.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Аксҳо, ҳуҷҷатҳо ё навор</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Агар дар бораи он чи рух дод акс ё ҳуҷҷат дошта бошед ё мехоҳед онро бо овоз нақл кунед, дар ин ҷо илова кунед. Он рамзгузорӣ шуда, дар анбори шумо нигоҳ дошта мешавад ва ҳамроҳи ҳикояи шумо фиристода мешавад. Шумо метавонед ин қадамро гузаронед.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Файлҳои ҳикояи шумо</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Илова кардани акс ё ҳуҷҷат...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Илова кардани акс ё ҳуҷҷат ба ҳикояи шумо</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Хориҷ кардани файли интихобшуда аз ҳикояи шумо</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Паём дар бораи файлҳо</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Раванди илова кардани файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Бекор кардани илова кардани файл</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Бо овоз нақл кардан</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 аз ҳикояи шумо хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Файл аз анбори шумо барои ҳамеша нест карда мешавад.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Хориҷ кардани файл</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл хориҷ карда шуд.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (ҳамин ҷои корӣ)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Ҳамоҳангсоз</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Изи ангушт</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Илова шуд</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Хориҷ шуд</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Номи шумо дар гурӯҳ</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Номи шумо, чунон ки ҳамоҳангсозони дигар онро мебинанд</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Рамзи бехатарии шумо дар гурӯҳ</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Сатри шумо</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Нусхабардории сатр</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Нусхабардории сатри шумо</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Ҷузвдони умумӣ</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Интихоби ҷузвдони умумӣ...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Интихоби ҷузвдони умумӣ</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Ҳамоҳангсозон дар гурӯҳ</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Даъват кардани ҳамоҳангсоз...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Даъват кардани ҳамоҳангсоз</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Хориҷ кардан...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Хориҷ кардани ҳамоҳангсози интихобшуда</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Ҳозир синхронкунӣ</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Синхронкунии охирин</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Якчанд ҳамоҳангсози созмони шумо метавонанд корро якҷоя кунанд. Ҳар яке анбори худро дорад; ҷузвдони умумӣ, ки Syncthing онро ҳамоҳанг нигоҳ медорад, байни онҳо танҳо файлҳои рамзгузоришударо интиқол медиҳад.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Рамзи бехатарии шумо дар гурӯҳ:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Сатри шумо барои ҳамоҳангсозе, ки шуморо даъват мекунад. Рамзи бехатариро бо ӯ бо телефон ё рӯ ба рӯ муқоиса кунед.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>То анбор кушода аст, Guvoh ин ҷузвдонро худаш мехонад.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Интихоби ҷузвдони умумӣ гурӯҳро оғоз мекунад ва шумо ҳамоҳангсози аввалини он мешавед.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Аввал номи худро дар гурӯҳ нависед: ҳамоҳангсозони дигар онро дар назди ҳар қарори шумо мебинанд.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Сатри шумо нусхабардорӣ шуд.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Ҷузвдони умумӣ: %1. То анбор кушода аст, Guvoh онро худаш мехонад.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 аз гурӯҳ хориҷ карда шавад?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>Тағйироте, ки %1 аз ин лаҳза мекунад, дар ҳамаи ҷойҳои корӣ рад карда мешаванд. Созмони шумо корти нав мегирад, ки шумо онро дар қадами навбатӣ захира мекунед: муҳаққиқони шумо бояд пеш аз фиристодани навбатӣ ба корти нав эътимод кунанд.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Хориҷ кардани %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Захира кардани корти нав</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 аз гурӯҳ хориҷ карда шуд. Корти нав ҳамчун %2 захира шуд. Муҳаққиқони шумо бояд пеш аз фиристодани навбатӣ ба корти нав эътимод кунанд ва рамзи бехатарии нави онро бо шумо муқоиса кунанд.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Синхронкунӣ...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>%n файли гурӯҳро ин ҷои корӣ ҳанӯз хонда наметавонад.</numerusform>
            <numerusform>%n файли гурӯҳро ин ҷои корӣ ҳанӯз хонда наметавонад.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>Синхронкунӣ дар %1 иҷро нашуд: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Синхронкунии охирин дар %1: чизи нав нест.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Синхронкунии охирин дар %1: бастаҳои воридшуда %2, тағйироти гурӯҳи татбиқшуда %3, бастаҳое, ки фиристандаро интизоранд %4, бастаҳои радшуда %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Нав</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Дар баррасӣ</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Кори иловагӣ лозим</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тасдиқшуда</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Пӯшида</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ҳолат: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Таъин шуд: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Ҳеҷ кас таъин нашудааст</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Барчасп илова шуд: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Барчасп хориҷ шуд: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Қайд: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Аз бойгонӣ хориҷ шуд</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (иваз шуд: дар ҳамон вақт тағйир дода шуд)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кӣ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Тағйир</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Таъин шуд</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Номи ҳамоҳангсоз</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Таъин кардан</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Таъин кардани парванда</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Барчаспҳо</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Барчаспи нав</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Илова кардани барчасп</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Хориҷ кардани барчасп</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Хориҷ кардани барчаспи интихобшуда</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Қайди нав</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Илова кардани қайд</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Кӣ чиро кай тағйир дод</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Қайд</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Ин парванда дар кори созмони шумо дар кадом марҳила аст. Ҳамоҳангсозони дигари гурӯҳи шумо ҳар тағйирро мебинанд.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Таърих</translation>
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
        <translation>Ибораи махфӣ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Фаромӯш кардед? Рамзи барқарорсозиро истифода баред</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Барои кушодани анбори худ ибораи махфиро ворид кунед.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Лутфан ибораи махфии худро ворид кунед.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Анбори шумо кушода мешавад...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Токени кушодан</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Токени кушоданро ин ҷо гузоред</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Кушодани файли токен...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Мӯҳрро кушодан</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Ҳолати кушодани мӯҳр</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Созмони шумо пас аз сӯҳбат бо шумо токени кушоданро мефиристад. Онро гузоред ё файлашро кушоед, баъд «Мӯҳрро кушодан»-ро интихоб кунед; ибораи махфӣ дар майдони боло мемонад.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Кушодани токени кушодан</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Ин файл токени кушодан нест.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Аввал токени кушоданро гузоред.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Мӯҳр кушода мешавад...</translation>
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
        <translation>Намоишгари файл</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Номи файл</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Маълумоти пинҳони ин файл</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Файл кушода мешавад</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Мушкил бо файл</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Захираи нусха ҳамчун...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Захира кардани нусхаи рамзгузоринашудаи ин файл барои кушодан дар ҷои дигар</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Матни файл</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Пӯшидани намоишгар</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh танҳо расмҳои PNG ва JPEG, наворҳои WAV ва матни оддиро нишон медиҳад, бинобар ин ин файл дар ин ҷо кушода намешавад. Шумо метавонед нусхаи онро захира карда, бо барномаи дигар кушоед, аммо файле, ки аз берун омадааст, метавонад махсус барои зарар расонидан ба компютере, ки онро мекушояд, сохта шуда бошад.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>паём</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Дар рӯйхат нест: истифода намешавад.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Дар рӯйхат нест: захира нашуд.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Нобуд кардани анбор пас аз ибораҳои махфии нодуруст</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Ин касеро, ки дар ин компютер ибораи махфии шуморо тахмин мезанад, бозмедорад. Касеро, ки аввал аз диск нусха мегирад, бознамедорад: дар нусха ҳисоб аз нав оғоз мешавад.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Ҳеҷ гоҳ (хомӯш)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Пас аз %n ибораи махфии нодуруст пай дар пай</numerusform>
            <numerusform>Пас аз %n ибораи махфии нодуруст пай дар пай</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Ибораҳои махфии нодуруст дигар анборро нобуд намекунанд.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Акнун анбор пас аз %n ибораи махфии нодуруст пай дар пай нобуд мешавад.</numerusform>
            <numerusform>Акнун анбор пас аз %n ибораи махфии нодуруст пай дар пай нобуд мешавад.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Нобуд кардани анбор...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Нобуд кардани анбор</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>нобуд</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Нобуд кардани анбор</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Анбор дар ин компютер ҳозир нобуд мешавад: ҳамаи парвандаҳо бо нусхаҳои захирашуда ва сиёҳнависҳояшон, ҳамаи сабтҳо ва файлҳо, созмонҳое, ки ба онҳо бовар доред, ва калидҳои шумо. На ибораи махфӣ ва на рамзи барқарорсозӣ онро дигар намекушояд. Инро ҳеҷ кас баргардонда наметавонад ва созмон он чиро, ки нагирифтааст, барқарор карда наметавонад.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Ин шуморо аз касе муҳофизат мекунад, ки компютерро пас аз нобудсозӣ мебарад. Нусхаи диск, ки пеш аз он гирифта шудааст, анборро ҳамчунон қулфшуда нигоҳ медорад.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Барои нобуд кардани анбор, ин калимаро дар поён нависед:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Калимаи навиштанӣ</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Калимаи тасдиқи нобудсозӣ</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Нобуд кардани анбор</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Анборро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Анборро нигоҳ дошта, пӯшидан</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Анборро нобуд мекунед?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Ҳикояи худро нақл кунед</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Воридот</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Муҳаққиқон</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Назари умумӣ</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Созмонҳо</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Ҳувият</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бахшҳо</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Ҳолати анбор</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Қулф кардан</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Қулф кардани анбор (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Қулф кардани анбор</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Ин нусхаи фиребанда аст, на анбори шумо. Парвандаҳо ва файлҳои оддӣ илова кунед, то истифодашуда намояд, сипас қулф кунед: ибораи махфии шумо анбори шуморо боз мекушояд.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Нусхаи фиребанда</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Қулф аст</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Кушода - пас аз %n дақиқаи бефаъолиятӣ қулф мешавад</numerusform>
            <numerusform>Кушода - пас аз %n дақиқаи бефаъолиятӣ қулф мешавад</numerusform>
        </translation>
    </message>
</context>
</TS>
