<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Ijro etish</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Bu kompyuterda karnay yoki quloqchin topilmadi, shuning uchun yozuvni bu yerda ijro etib boʻlmaydi.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Bu kompyuterning ovoz tizimi bu yozuvni ijro eta olmaydi.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Omborning zaxira nusxasini olish...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Omborning zaxira nusxasini olish</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Zaxira nusxa olish jarayoni</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Zaxira nusxa olishni bekor qilish</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Zaxira nusxa holati</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Zaxira nusxa – butun omborning nusxasi. U ombor kabi shifrlangan va siz ishlayotganingizda ham xavfsiz olinadi. Uni bu kompyuterdan alohida diskda saqlang. Boshqa kompyuterda u tiklash kodingiz bilan ochiladi.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Zaxira nusxa qayerda saqlanishini tanlang</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>%1 ga zaxira nusxa olinmoqda...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Toʻxtatilmoqda...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Zaxira nusxa %1 ga saqlandi: %2, %3. Uni bu kompyuterdan alohida saqlang.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n ta ish</numerusform>
            <numerusform>%n ta ish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>Yuboruvchi: %1, uning kaliti bilan imzolangan (tekshirildi).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>nomi koʻrsatilmagan yuboruvchi</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Yaratilgan: %1, import qilingan: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Qabul tasdigʻi: %1 da yaratilgan.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Qabul tasdigʻi: hali yoʻq.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Shu ombordan yuborilgan, siz imzolagansiz.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Yaratilgan: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Qabul tasdigʻi: %1 da olingan.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Kim yuborgan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>Bu paketdan %n ta ilova qilingan fayl, har biri imzolangan paket bilan solishtirib tekshirilgan. Ular hech qachon avtomatik ochilmaydi.</numerusform>
            <numerusform>Bu paketdan %n ta ilova qilingan fayl, har biri imzolangan paket bilan solishtirib tekshirilgan. Ular hech qachon avtomatik ochilmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Bu ishga ilova qilingan fayl kelmagan.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ilova qilingan fayllar</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Qabul tasdigʻi</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Imzolagan kalitning barmoq izi: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>Paket faylining SHA-256 qiymati: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Yaratilgan (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Import qilingan (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Paketdagi ish versiyasi: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Ilova %1 (%2): %3 bayt, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>endi omborda yoʻq</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Texnik tafsilotlar</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Qabul tasdigʻini yaratish...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Qabul tasdigʻini yaratish</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Tashkilot kartochkasi fayli</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Tashkilot kartochkasini tanlang</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Tashkilot kartochkalari (*.card *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Kartochkani oʻqish</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tashkilot nomi</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Bu raqamlarni tashkilot bilan telefon orqali yoki yuzma-yuz solishtiring: ularning koordinatoridan xavfsizlik kodini guruhma-guruh ovoz chiqarib oʻqib berishini soʻrang. Buning uchun xabar yoki elektron pochtadan foydalanmang: kartochkani oʻzgartira olgan odam xabarni ham oʻzgartira oladi.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Mos keladi</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Bu kartochka ishonchli kartochka oʻrnini bosadi</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Bu kartochkadagi xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 manzilida fayl yoʻq.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>%1 faylini oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Bu kartochka %1 uchun siz ishongan kartochka oʻrnini bosadi. Eski kartochkaning xavfsizlik kodi %2 edi; bu kartochkaniki quyida. Uning shifrlash kaliti oʻzgaradi: avval %3 edi, endi %4. Agar yangi kod mos kelsa, bundan buyon yuboradiganlaringiz faqat yangi kalit uchun shifrlanadi.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Tashkilot sizga bergan kartochka faylini tanlang.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>%1 endi ishonchli. Unga yuboradigan fayllaringizni faqat %1 koordinatorlari ocha oladi.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Hech narsa ishonchli deb belgilanmadi. Bu kartochkadan foydalanmang: uni kimdir oʻzgartirgan boʻlishi mumkin. Tashkilotdan kartochkasini sizga qaytadan berishini soʻrang, iloji boʻlsa yuzma-yuz.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Qidirish uchun yozing</translation>
    </message>
    <message>
        <source>search</source>
        <translation>qidirish</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>tanlangan</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Tanlangan: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>mamlakat</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Mamlakat koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <source>region</source>
        <translation>viloyat</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Shahar yoki qishloq</translation>
    </message>
    <message>
        <source>city</source>
        <translation>shahar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>yashirilgan</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Shaxs %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sanasiz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saqlangan</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksport qilingan</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Eksport qilingan %1 (muhrlangan)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Ish qismlari</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Suhbat va rozilik</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Hikoya</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Odamlar</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Voqealar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fayllar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Tarix</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← Ishlarga qa&amp;ytish</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Ishlar roʻyxatiga qaytish</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sa&amp;qlash</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ishni saqlash</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Shifrlangan omborga saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Qisqa sarlavha, xavf ostidagi odamlarning ismlarisiz</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Sarlavh&amp;a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ho&amp;lat</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Eksport qilingan ishlar haqida</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Saqlash holati</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Qoralama – hali yozilmoqda</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Yuborishga tayyor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Rozilik</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Shaxs xabardor qilingan holda ro&amp;zilik berdi</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Rozilik berilgan</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Rozilik berilgan maqsadlar: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Rozilik berilgan foydalanish turlari</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Istalgan anonimlik</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Koʻrsatilmagan</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>Anoni&amp;mlik</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Biz u bilan yana bogʻlanishimiz mumkin</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Yana bogʻlanish mumkin</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Rozilik qaytarib olingan</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Rozilik qaytarib olingan</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-OO-KK</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Rozilik qaytarib olingan kun</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sana:</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Shaxs qoʻygan shartlar yoki cheklovlar</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Shartlar</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Suhbat</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Suhbat kuni</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Sa&amp;na</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Suhbat joyi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Suhbat oluvchining taxallusi</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Taxallus, hech qachon haqiqiy ism emas</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Suhbat oluvchi</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tarjimon</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Shaxs hozir yashayotgan mamlakat</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Hozir yashaydigan joyi</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Guvohlik tillari</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tillar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Qisqacha mazmun</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Ish nima haqida ekanini aytadigan bir necha satr</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Qisqacha ma&amp;zmun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Kalit soʻzlar, vergul bilan ajratilgan</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Te&amp;glar</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Guvohlikning toʻliq matni</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Guvohlik</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Ishdagi odamlar</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Odam qoʻshish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Tanlangan odamni olib tashlash</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Odam olib tashlandi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Qaytarish: olib tashlangan odamni qaytarish</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Himoyalangan maʼlumotlarni koʻrsat&amp;ish</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Himoyalangan maʼlumotlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Himoyalangan maʼlumotlar “Koʻrsatish” tugmasini bosmaguningizcha nuqtalar bilan koʻrsatiladi va ishni eksport qilishda ularni chiqarib qoldirish mumkin.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Bu ishdagi shaxsning belgisi</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Belgi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Fuqarolik</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Shaxs hozir qayerda yashaydi</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Jabrlanuvchiga kim boʻladi</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Qaysi jabrlanuvchiga</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Haqiqiy ismi</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Taxallus</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Tugʻilgan yili</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Yashash joyi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Aloqa</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Himoyalangan</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Himoyalash: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Kimga nisbatan</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Olib tashlandi: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Ishdagi voqealar</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Voqea qoʻshish</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Tanlangan voqeani olib tashlash</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-OO yoki YYYY-OO-KK</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Voqea sanasi</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Sana qanchalik aniq</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Aniqligi koʻrsatilmagan</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Qa&amp;chon</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Voqea qayerda sodir boʻlgan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Nima qilingan</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Kim qilgan</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kimga</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima sodir boʻlgan</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Saqlangan versiyalar</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Bu versiyani koʻr&amp;ish</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Tanlangan versiyani koʻrish</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Bu versiyani &amp;tiklash</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Tanlangan versiyani yangi versiya sifatida tiklash</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Bu versiya mazmunini eng yangi versiya sifatida qayta saqlaydi. Har bir versiya avvalgidek qoladi.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Tanlangan versiya, faqat oʻqish uchun</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Har bir saqlash versiya sifatida saqlanadi. Eksport qilingan versiya muhrlanadi va hech qachon oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Yangi ish, hali saqlanmagan.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Shifrlangan omboringizda saqlangan: %1.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ish %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Bu ish eksport qilingan. Uni baribir oʻzgartirishingiz mumkin: saqlaganingizda oʻzgarishlaringiz yangi qoralama versiya boʻlib qoladi, eksport qilingan nusxa esa oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Qabul qilingan ishdan yaratilgan</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Saqlanmagan oʻzgarishlar qoralamada</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>Oʻzgarishlar bilan &amp;davom etish</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar bilan davom etish</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Ularni &amp;bekor qilish</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Oʻzgarishlar hali saqlanmagan.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Oʻzgarishlaringizni qoralama sifatida saqlab boʻlmadi: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Qoralama shifrlangan omboringizda saqlandi.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Hozirgina shifrlangan omboringizda saqlandi.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Shifrlangan omboringizda %n soniya oldin saqlandi.</numerusform>
            <numerusform>Shifrlangan omboringizda %n soniya oldin saqlandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Shifrlangan omboringizda bir daqiqa oldin saqlandi.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Shifrlangan omboringizda %n daqiqa oldin saqlandi.</numerusform>
            <numerusform>Shifrlangan omboringizda %n daqiqa oldin saqlandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Siz boshlagan yangi ish (oxirgi oʻzgarish: %1) hali saqlanmagan. U shifrlangan omboringizda qoralama sifatida saqlanmoqda. Uni davom ettiring yoki bekor qilib, qaytadan boshlang.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Bu ishda hali saqlanmagan oʻzgarishlaringiz bor (oxirgi oʻzgarish: %1). Ular shifrlangan omboringizda qoralama sifatida saqlanmoqda. Ular bilan davom eting yoki bekor qilib, oxirgi saqlangan versiyani koʻring.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Saqlanmagan oʻzgarishlaringiz qaytarildi. Qoralama shifrlangan omboringizda saqlanmoqda; ularni yangi versiya sifatida saqlash uchun ishni saqlang.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>%1-versiya, saqlangan: %2 (faqat oʻqish uchun; himoyalangan maʼlumotlar yashirilgan)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Qabul qilingan guvohlik, faqat oʻqish uchun.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Qabul qilingan guvohlik: guvohlikning oʻzi faqat oʻqish uchun; uning holati va eslatmalarini “Holat va eslatmalar” yorligʻida yozish mumkin.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Holat va &amp;eslatmalar</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Qabul qilingan %1 ishining ishchi nusxasi; u ishning oʻzi qanday kelgan boʻlsa, shundayligicha qoladi.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (ishchi nusxa)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Bu qabul qilingan %1 ishining ishchi nusxangiz, shifrlangan omboringizda saqlangan. Qabul qilingan ish qanday kelgan boʻlsa, shundayligicha qoladi.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Oxirgi saqlashdan keyingi oʻzgarishlaringiz saqlanmagan. %1-versiyani tiklash ularning oʻrnini egallaydi; saqlangan har bir versiya avvalgidek qoladi. %1-versiya tiklansinmi?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Avvalgi versiyani tiklash</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>%1-versiyani tiklash</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Oʻzgarishlarimni qoldirish</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>%1-versiya yangi versiya sifatida tiklandi: %2. Avvalgi har bir versiya avvalgidek qoladi.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>haqiqiy ismi</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>taxallus</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>yashash joyi</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>aloqa</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Himoyalangan maʼlumot mos keldi: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Saqlanmagan oʻzgarishlar bor: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Bu ishdagi oʻzgarishlar hali saqlanmagan. Ular shifrlangan omboringizda qoralama sifatida saqlanmoqda: ular bilan davom etish yoki bekor qilish uchun ishni oching.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Topilgan joyi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yuborishga tayyor</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksport qilingan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Yetkazilgan</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tayinlangan</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Har qanday tayinlash</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Menga tayinlangan</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Hech kimga tayinlanmagan</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Ismlar, joylar, soʻzlar boʻyicha qidirish...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Ishlarni qidirish</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Har qanday holat</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Har qanday harakat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima sodir boʻlgan</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Har qanday mamlakat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Tadqiqotchi</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Yangi ish boshlash (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Koʻrsatilgan ishlar soni</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Hali ishlar yoʻq. Birinchi guvohlikni yozib olish uchun “Yangi ish” tugmasini bosing.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Hali ishlar yoʻq. Ishlar “Kiruvchi paketlar” orqali keladi: tadqiqotchilar va oʻz hikoyasini aytayotgan odamlar yuborgan fayllarni u yerda import qiling.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Har qanday tadqiqotchi</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Har qanday paket</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Hech narsa topilmadi. Kamroq soʻz yoki boshqa filtrlarni sinab koʻring.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>%n tadan ortiq ish topildi</numerusform>
            <numerusform>%n tadan ortiq ish topildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n ta ish topildi</numerusform>
            <numerusform>%n ta ish topildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Tashkilot uchun eksport...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Tashkilot uchun eksport</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Tanlangan ishlardan (yoki barcha tayyor ishlardan) shifrlangan fayl yaratish</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Qabul tasdigʻini import qilish...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Qabul tasdigʻini import qilish</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Yetkazilgan ishlarni oʻchirish...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Yetkazilgan ishlarni oʻchirish</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Bu ish qayerdan kelgan</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Hisobot...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Tanlangan ishlar boʻyicha hisobot tuzish</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>Tanlangan ishlarning (yoki koʻrsatilgan barcha ishlarning) PDF, CSV yoki JSON fayli</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Qabul tasdiqlarini yaratish...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Qabul tasdiqlarini yaratish</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Saqlanmagan oʻzgarishlar qoralamada</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>%1 ishidagi oʻzgarishlaringiz hali saqlanmagan. Ular shifrlangan omboringizda qoralama sifatida saqlanmoqda: ular bilan davom etish yoki bekor qilish uchun ishni oching.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Siz boshlagan yangi ish hali saqlanmagan. U shifrlangan omboringizda qoralama sifatida saqlanmoqda: uni davom ettirish yoki bekor qilish uchun “Yangi ish” tugmasini bosing.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Jami: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Diagramma. Yonidagi jadvalda xuddi shu raqamlar keltirilgan.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Jadval: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n ta ish; %1 tasida harakat turi koʻrsatilmagan.</numerusform>
            <numerusform>%n ta ish; %1 tasida harakat turi koʻrsatilmagan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n ta ish; %1 tasida kelib chiqqan mamlakat koʻrsatilmagan.</numerusform>
            <numerusform>%n ta ish; %1 tasida kelib chiqqan mamlakat koʻrsatilmagan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n ta ish; %1 tasida hozir yashayotgan mamlakat koʻrsatilmagan.</numerusform>
            <numerusform>%n ta ish; %1 tasida hozir yashayotgan mamlakat koʻrsatilmagan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n ta ish; %1 tasida birorta voqeaning oyi koʻrsatilmagan.</numerusform>
            <numerusform>%n ta ish; %1 tasida birorta voqeaning oyi koʻrsatilmagan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Diagrammada eng kattalaridan %1 tasi koʻrsatilgan; jadvalda hammasi (%2 ta) keltirilgan.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Faqat yili koʻrsatilgan voqealar: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Omborni ixchamlash</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Ixchamlash</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Ixchamlash holati</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Oʻchirilgan ishlar ham, kompyuterdan olib tashlangan yetkazilgan ishlar ham darhol ustidan yozib yoʻq qilinadi. Ixchamlash boʻshab qolgan joyni ham olib tashlaydi, shunda omborning hajmi unda ilgari qancha narsa boʻlganini koʻrsatmaydi. Katta omborda bu biroz vaqt olishi mumkin.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Ombor ixchamlanmoqda...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Ixchamlandi: avval %1, hozir %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Mos keladi</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh kutilmagan muammoga duch keldi. Omboringizda saqlangan narsalar xavfsiz; oxirgi oʻzgarish saqlanmagan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Quyidagi tafsilotlarda faqat Guvoh kodidagi joy koʻrsatiladi, siz yozgan narsalar hech qachon koʻrsatilmaydi. Ularni Guvoh dasturini qoʻllab-quvvatlovchi odamlarga yuborishingiz mumkin.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Kutilmagan muammo</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh guvohliklarni shu kompyuterda shifrlangan holda saqlaydi. Avval undan qanday foydalanishingizni ayting va parol tanlang.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Men odamlardan suhbat olaman</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Men oʻz hikoyamni aytib bermoqchiman</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Men tashkilot uchun paketlarni qabul qilaman</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Boshqalar koʻradigan ism</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Taxallus ham boʻladi</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Omborimni yaratish</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Guvoh dasturiga xush kelibsiz</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Ilovaning koʻrinadigan nomi</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Omboringiz shu kompyuterning kalitlar saqlagichiga ham bogʻlanadi, shuning uchun faqat nusxalangan fayllarni ochib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Bu kompyuterda tizim kalitlar saqlagichi yoʻq, shuning uchun omborni faqat parolingiz himoya qiladi. Uni puxta tanlang va ombor jildining nusxalarini xavfsiz joyda saqlang.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Omboringiz yaratilmoqda. Bu bir necha soniya davom etadi...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Ishni oʻchirish...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Ishni oʻchirish</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>%1 «%2» ishi barcha saqlangan versiyalari, %3 va eslatmalari bilan bu kompyuterdan oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>%1 «%2» ishi barcha saqlangan versiyalari va eslatmalari bilan bu kompyuterdan oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Nima oʻchiriladi</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Buni ortga qaytarib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Buni ortga qaytarib boʻlmaydi. Tashkilot bu ishni olganini tasdiqlamagan: agar uni yubormagan boʻlsangiz, u yoʻqoladi.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ogohlantirish</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Qoldirish va yopish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>%1 ishi oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Oʻchirilmoqda...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Ilovaning koʻrinadigan nomi</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (niqobsiz)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Byudjet</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Retseptlar</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Shu nomdan foydalanish</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Niqob holati</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Niqob: oyna, menyu bandi, jildlar va kalitlar saqlagichidagi yozuv Guvoh oʻrniga oddiy nom oladi. Bu kompyuterga shunchaki koʻz tashlagan odamdan himoya qiladi; diskni tekshirgan odamdan dasturni ham, shifrlangan omborni ham yashirmaydi. Uni oʻzgartirish ilovani qulflaydi va omborni koʻchiradi; uni avvalgidek oching.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Shu nomli jildda allaqachon boshqa fayllar bor yoki u boshqa diskda. Hech narsa koʻchirilmadi; boshqa nom tanlang.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Paket fayllarini yoki butun jildlarni shu yerga tashlang</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Paket fayllari va jildlarini tashlash joyi</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Kimdir sizni qulfni ochishga majburlagan holat uchun ikkinchi parol. Qulf ekranida kiritilsa, u shu omborga oʻxshash aldamchi nusxani ochadi va shundan keyin parolingiz ham, tiklash kodingiz ham hech narsani ochmaydi – na shu kompyuterda, na keyinroq olingan disk nusxasida. U siz parolni kiritishingizdan oldin olingan disk nusxasidan yoki ikki nusxani bir-biri bilan solishtirishdan himoya qilmaydi. Aldamchi nusxa ishlatilgandek koʻrinishi uchun avval uni oddiy ishlar bilan toʻldiring.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Majburlov paroli nimadan himoya qiladi</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Majburlov paroli holati</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Majburlov paroli</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Majburlov parolini takrorlang</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Yana bir marta</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Tiklash kodi</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Tiklash kodingiz, bir marta kerak</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Majburlov parolini oʻrnatish</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Toʻldirish uchun aldamchi nusxani ochish</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Omboringiz qulflanadi va uning oʻrnida aldamchi nusxa ochiladi; odatdagidek ishlar va fayllar qoʻshing, soʻng qulflang. Parolingiz omboringizni yana ochadi.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Olib tashlash...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Majburlov parolini olib tashlash</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Majburlov paroli haqida xabar</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Majburlov paroli oʻrnatilgan va u aldamchi nusxani ochadi.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Aldamchi nusxa bor, lekin uni hech qanday majburlov paroli ochmaydi: parolingiz oʻzgartirilganda majburlov paroli bekor boʻldi. Uni qaytadan oʻrnating.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Majburlov paroli oʻrnatilmagan.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Majburlov parolini almashtirish</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Majburlov parolini ikki marta kiriting.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Ikki majburlov paroli bir xil emas.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Tiklash kodingizni ham kiriting.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Majburlov paroli oʻrnatilmoqda...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Majburlov paroli oʻrnatildi. Endi aldamchi nusxani oching va unga bir nechta oddiy ish qoʻshing, shunda u ishlatilgandek koʻrinadi.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Majburlov paroli hech narsani ochmaydigan boʻladi, aldamchi nusxa esa undagi ishlar va fayllar bilan birga yoʻq qilinadi. Davom etilsinmi?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Majburlov paroli endi hech narsani ochmaydi, aldamchi nusxa esa yoʻq qilindi.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Kutilmagan xatolik yuz berdi. Hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Parolni kiriting.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Kamida 12 ta belgidan foydalaning; bir-biriga bogʻliq boʻlmagan toʻrt-besh soʻz yaxshi parol boʻladi.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>U juda keng tarqalgan soʻzlar yoki parollardan tuzilgan; odatiy boʻlmagan soʻzlar qoʻshing.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>U klaviaturadagi ketma-ket tugmalardan iborat; buning oʻrniga bir-biriga bogʻliq boʻlmagan soʻzlardan foydalaning.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Unda bir xil belgilar takrorlanadi; bir nechta har xil soʻzdan foydalaning.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Bu abcd yoki 1234 kabi oson ketma-ketlik; bir-biriga bogʻliq boʻlmagan soʻzlardan foydalaning.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Sana va yillarni topish oson; ularning oʻrniga soʻzlardan foydalaning.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Unda ismingiz yoki dastur nomi bor; boshqa soʻzlarni tanlang.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Uni topish juda oson; yana ikki-uchta bir-biriga bogʻliq boʻlmagan soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Diskda joy qolmadi, shuning uchun hech narsa oʻzgartirilmadi. Biroz joy boʻshating va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Disk faqat oʻqish uchun, shuning uchun hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh %1 ga yozish huquqiga ega emas, shuning uchun hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>%1 ga yozib boʻlmadi, shuning uchun hech narsa oʻzgartirilmadi. Disk nosoz boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Tiklash kodi 8 ta guruhdan iborat, har birida 4 ta harf va raqam bor; hech biri tushib qolmaganini tekshiring.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Tiklash kodida boʻlishi mumkin boʻlmagan belgilar bor; xato yozilmaganini tekshiring.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Tiklash kodida yozuv xatosi bor; har bir guruhni oʻzingizdagi nusxa bilan solishtiring.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Ish faylida %1 maydoni yoʻq.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Ish faylida %1 joyida Guvoh bilmaydigan maydon bor: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%1 joyidagi %2 maʼlum kod emas; roʻyxatni resources/vocab/%3.json faylida koʻring.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>%1 dagi ish faylining sxema versiyasi %2; Guvoh dasturining bu versiyasi faqat 1-versiyani oʻqiy oladi.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 qiymati %2 turida boʻlishi kerak.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 qiymati juda uzun yoki juda katta (chegara: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 qiymati boʻsh yoki juda kichik (kamida %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 qiymati kutilgan shaklda emas: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Ikki yozuv bir xil %2 identifikatoridan foydalanadi (%1 joyida); identifikatorlar takrorlanmasligi kerak.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 %2 ga ishora qiladi, lekin ishda bunday identifikatorli shaxs yoʻq.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 %2 fayliga ishora qiladi, lekin bu ishda bunday identifikatorli ilova yoʻq.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 joyida mavjud boʻlmagan sana koʻrsatilgan: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Yangi ishda %1 maydoni boʻlishi mumkin emas: uni ombor oʻzi belgilaydi. Mavjud ishni oʻzgartirish uchun “guvoh case edit” buyrugʻidan foydalaning.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Bu fayl boshqa ishga tegishli (identifikator %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>%2 holati eksport qilinganda yoki qabul tasdigʻi orqali belgilanadi; ish faylida faqat draft yoki ready boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Ish faylida %1 joyida xato bor: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>%1 fayli mavjud emas; hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>%1 faylini oʻqib boʻlmadi; hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 fayl emas, jild; hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>%1 fayli saqlanayotganda koʻchirildi yoki oʻchirildi; hech narsa saqlanmadi. Qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>%1 fayli saqlanayotganda oʻzgardi; hech narsa saqlanmadi. Boshqa hech bir dastur unga yozmayotgan paytda qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Import qilindi.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Avval import qilingan; hech narsa ikki marta import qilinmadi.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Rad etildi: xuddi shu paket identifikatoriga ega boshqa fayl avval koʻrilgan (qayta yuborish).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Biz uchun emas: bu paket boshqa tashkilotga yuborilgan.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Notanish yuboruvchi: xavfsizlik kodini yuboruvchi bilan telefon orqali yoki yuzma-yuz solishtiring; kodlar mos kelsa, fayl import qilinadi.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Rad etildi: bu yuboruvchidan fayllar faqat siz belgilagan sanalar oraligʻida qabul qilinadi.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Shikastlangan yoki oʻzgartirilgan: fayl yuboruvchi uni yaratganidan keyin oʻzgargan. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Biz uchun emas: bu paket boshqa tashkilot uchun shifrlangan.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Biz uchun emas: bu paket boshqa tashkilot uchun tayyorlangan va sizga uzatilgan.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Bu “guvoh team identity” beradigan koordinator qatori emas; uni yana soʻrang va qatorni toʻliq joylang.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Bu ismni ishlatib boʻlmaydi: 1 dan 200 gacha harf kiriting, boshqaruv belgilarisiz.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Bu qiymatni yozib boʻlmaydi (%1): holat, teg yoki eslatmani tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Bu ish joyida hali umumiy jild yoʻq. Avval uni “guvoh team folder DIR” buyrugʻi bilan koʻrsating.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>%1 umumiy jildi yoʻq (disk uzilgan yoki Syncthing hali sozlanmagan). Hech narsa oʻqilmadi.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh %1 umumiy jildiga yoza olmaydi. U mavjudligini va unga yozishga ruxsatingiz borligini tekshiring; qarorlaringiz saqlangan va keyingi sinxronlashda yoziladi.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Bu ish joyi jamoaga kirmaydi: avval shu yerda tashkilot yarating yoki koordinator siz uchun tayyorlagan kalitlar uzatmasi bilan qoʻshiling.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Bu ish joyi bu jamoaga allaqachon qoʻshilgan; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Bu ish joyi allaqachon boshqa jamoaga kiradi, shuning uchun bunisiga qoʻshila olmaydi.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Bu ombor allaqachon %1 tashkilotiniki, shuning uchun boshqa tashkilot kalitlarini ololmaydi. Yangi koordinator omboridan qoʻshiling.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Bu ish joyi uchun tayyorlangan kalitlar uzatmasi emas yoki u shikastlangan, shuning uchun hech narsa oʻzgarmadi. Koordinatordan uni qatoringiz boʻyicha qayta tayyorlashni soʻrang.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>%1 faylini oʻqib boʻlmadi, shuning uchun hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 allaqachon mavjud va hech qachon ustidan yozilmaydi; boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 jamoadan chiqarilgan va xuddi shu kalit bilan qayta qoʻshila olmaydi. Yangi ombordan yangi qator soʻrang.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Bu jamoada %1 ismli koordinator allaqachon bor; yangi kelgandan boshqa ism tanlashni soʻrang.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Ish joyi oʻzini oʻzi chiqara olmaydi; uni boshqa koordinator chiqaradi.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Bu jamoada %1 koordinatori yoʻq. Roʻyxatni “guvoh team status” koʻrsatadi.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>%1 ga bir nechta koordinator mos keladi; barmoq izini ishlating.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Nimani yozishni koʻrsating: holat, tayinlash, teg yoki eslatma.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>%1 joyida buzuq belgi bor (yakka surrogat, u Yunikod matni emas); ish saqlanmadi.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>%1 joyidagi fayl nomida qiya chiziq (/), teskari qiya chiziq (\), boshqaruv belgisi yoki matn yoʻnalishi belgisi bor, bu uning asl nomini yashirishi mumkin; ish saqlanmadi.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Asl nusxa (%1) endi u yerda yoʻq, shuning uchun hech narsa olib tashlanmadi. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Asl nusxa (%1) omborga saqlanganidan keyin oʻzgargan, shuning uchun u olib tashlanmadi. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Asl nusxa (%1) boshqa joyga havola, shuning uchun Guvoh uni olib tashlamadi. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Asl nusxa (%1) oddiy fayl emas, shuning uchun Guvoh uni olib tashlamadi. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Asl nusxani (%1) olib tashlab boʻlmadi: tizim bunga ruxsat bermadi. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Asl nusxa (%1) ustidan nollar yozildi, lekin tizim uni olib tashlashga ruxsat bermadi; boʻsh faylni oʻzingiz oʻchiring. Omboringizdagi nusxa xavfsiz.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Sozlash faylini oʻqib boʻlmadi, shuning uchun hech narsa oʻrnatilmadi. Fayl joyida ekanini va toʻliq nusxalanganini tekshiring.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Bu fayl sozlash fayli boʻlishi uchun juda katta, shuning uchun hech narsa oʻrnatilmadi. Tashkilotingiz bergan faylni tanlang.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Bu sozlash fayli emas yoki u shikastlangan yoxud chala, shuning uchun hech narsa oʻrnatilmadi. Tashkilotingizdan yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Bu sozlash faylida Guvohning bu versiyasi bilmaydigan sozlama bor (%1), shuning uchun hech narsa oʻrnatilmadi. Guvohni yangilang yoki tashkilotingizdan yangi fayl soʻrang.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Bu sozlash fayli %1 sozlamasiga Guvoh qabul qilmaydigan qiymat beradi, shuning uchun hech narsa oʻrnatilmadi. Tashkilotingizdan yangi fayl soʻrang.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Bu sozlash fayli tashkilot tomonidan imzolanmagan, shuning uchun hech narsa oʻrnatilmadi. Tashkilotingizdan imzolangan faylni soʻrang.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Bu sozlash fayli tashkilot imzolaganidan keyin oʻzgartirilgan yoki shikastlangan, shuning uchun hech narsa oʻrnatilmadi. Tashkilotingizdan yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Bu sozlash fayli u nomlagan tashkilot emas, boshqa kimdir tomonidan imzolangan, shuning uchun hech narsa oʻrnatilmadi. Undan foydalanmang; tashkilotingizdan oʻz faylini soʻrang.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Toʻliq emas: fayl, ehtimol nusxalash paytida, chala qolgan. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Rad etildi: bu toʻgʻri tuzilgan Guvoh paketi emas. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Rad etildi: Guvoh dasturining bu versiyasi bunday paket formatini oʻqiy olmaydi. Guvoh dasturini yangilang.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Oʻqib boʻlmaydi: bu Guvoh paketi emas yoki oʻqib boʻlmaydigan fayl.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Rad etildi: paketdagi ishlardan biri ish formatiga mos emas.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Rad etildi: paket boshqa manbadan kelgan ish yoki fayl ustidan yozib yuborgan boʻlardi.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Rad etildi: bu paket identifikatoridan boshqa yuboruvchi allaqachon foydalangan. Ikkalasidan biri uni nusxalagan; birortasiga ishonishdan oldin ikkala yuboruvchidan ham soʻrang.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Oʻqilmadi: ombor turgan diskda bu paket uchun boʻsh joy yetarli emas. Biroz joy boʻshating va uni qaytadan import qiling.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Bekor qilindi: bu fayldan hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Muvaffaqiyatsiz: kutilmagan xatolik tufayli bu fayl bilan ish toʻxtadi; undan hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Rad etildi: paketda birorta ham ish yoʻq. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Bu ombor safar uchun muhrlangan. U tashkilotingiz ochish tokenini yuborgandagina yana ochiladi; shunda «Muhrni ochish»ni tanlang (yoki &apos;guvoh unseal&apos; buyrug&apos;ini bajaring).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Bu ombor muhrlanmagan, ochiladigan muhr yo&apos;q. U parol bilan ochiladi.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Bu omborning muhrini bu token bilan ochib bo&apos;lmadi: muhr fayli shikastlangan yoki yo&apos;q. Ombor muhrlangan holda qoladi; tashkilotingizdan yordam so&apos;rang.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Bu ochish tokeni emas yoki uning bir qismi yo&apos;q. Tokenni birinchi qatoridan oxirgisigacha to&apos;liq qayta nusxalang.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Bu ochish tokeni ombor muhrlangan tashkilot tomonidan imzolanmagan, shuning uchun rad etildi. Ombor muhrlangan holda qoladi.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Bu ochish tokeni boshqa ombor uchun, shuning uchun rad etildi. Ombor muhrlangan holda qoladi.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Bu ochish tokeni bu omborning avvalgi muhri uchun edi va allaqachon ishlatilgan, shuning uchun rad etildi. Tashkilotingizdan oxirgi yuborgan safar so&apos;rovingiz uchun token so&apos;rang.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Bu safar so&apos;rovini o&apos;qib bo&apos;lmadi yoki u bu tashkilot uchun qilinmagan, shuning uchun ochish tokeni yozilmadi.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Majburlov paroli ombor parolidan farq qilishi kerak. Boshqasini tanlang.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Bu ombor majburlov paroli paydo boʻlishidan oldin yaratilgan, shuning uchun uni oʻrnatish uchun bir marta tiklash kodi kerak. Tiklash kodini kiriting va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Shu nomli jildda allaqachon boshqa fayllar bor yoki u boshqa diskda (%1). Hech narsa koʻchirilmadi; boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Bu omborda aldamchi nusxa yoʻq: avval majburlov parolini oʻrnating.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Bu parol omborni ochmadi. Klaviatura tilini va Caps Lock tugmasini tekshiring.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Ombor kalitini almashtirish uzilib qoldi va uni faqat parolingiz bilan yakunlash mumkin. Omborni parolingiz bilan oching, soʻng yangi tiklash kodi olish uchun “guvoh rekey” buyrugʻini qaytadan ishga tushiring.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Bu tiklash kodi ushbu omborga tegishli emas.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>%1 da ombor yoʻq. Uni “guvoh init” buyrugʻi bilan yarating yoki boshqa jildni tanlang.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 Guvoh ombori emas. Ombor joylashgan jildni tanlang.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>%1 da ombor allaqachon mavjud; hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>%1 da allaqachon boshqa fayllar bor. Ombor uchun yangi yoki boʻsh jild tanlang.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 allaqachon mavjud va u boʻsh jild emas. Zaxira nusxa uchun yangi yoki boʻsh jild tanlang; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 omborning oʻzi ichida joylashgan. Zaxira nusxa uchun boshqa diskdagi jildni tanlang; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Bu ombor boshqa Guvoh oynasida yoki buyrugʻida allaqachon ochiq. Avval uni oʻsha yerda yoping.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Ombor qulflangan. Avval uni oching.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Bu omborga shu kompyuterning kalitlar saqlagichida turadigan kalit ham kerak, lekin kalitlar saqlagichida u yoʻq. Omborni tiklash kodingiz bilan oching.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Bu omborga shu kompyuterning kalitlar saqlagichida turadigan kalit ham kerak, lekin kalitlar saqlagichi ishlamayapti. Ish stoli seansingizga kiring yoki omborni tiklash kodingiz bilan oching.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Tizim kalitlar saqlagichi javob bermadi, shuning uchun hech narsa oʻzgartirilmadi. Kalitlar saqlagichini qulfdan chiqaring va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Bu parol juda zaif: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Omborning kalitlar fayli shikastlangan yoki tahrirlangan, shuning uchun omborni ochib boʻlmaydi. Uni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Omborning kalitlar fayli xavfsiz boʻlmagan sozlamalarni talab qiladi va rad etildi; uni kimdir oʻzgartirgan boʻlishi mumkin. Uni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Omborning maʼlumotlar bazasi shikastlangan va uni oʻqib boʻlmadi. Uni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Bu ombor Guvoh dasturining yangiroq versiyasida yozilgan. Uni ochish uchun Guvoh dasturini yangilang.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 allaqachon mavjud; Guvoh fayllar ustidan yozmaydi. Boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>%1 ish fayli mavjud emas.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>%1 ish fayli UTF-8 matni emas.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>%1 ish faylini oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>%1 ish fayli toʻgʻri JSON emas: %4 (%2-qator, %3-ustun).</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Bu omborda %1 ishi yoʻq. Ishlar roʻyxatini “guvoh case list” buyrugʻi koʻrsatadi.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Bu omborda %1 ilovasi yoʻq. Ilovalar roʻyxatini “guvoh attachment list CASE” buyrugʻi koʻrsatadi.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>%1 raqami boshqa ishda allaqachon bor; boshqa raqam tanlang.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Bu versiya eksport qilingan va muhrlangan; shuning uchun tahriringiz yangi versiya sifatida saqlandi.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Saqlangan %1 fayli shikastlangan yoki oʻzgartirilgan, shuning uchun u berilmadi. Omborni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Bekor qilindi. Hech narsa chala yozilmadi.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Bu paket imzolangandan keyin oʻzgartirilgan yoki yoʻlda shikastlangan. Hech narsa import qilinmadi; yuboruvchidan yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Bu paket toʻliq emas: fayl, ehtimol nusxalash paytida, chala qolgan. Hech narsa import qilinmadi; uni qaytadan nusxalang.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Bu paket boshqa tashkilot uchun tayyorlangan va sizga uzatilgan. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Bu paket ushbu tashkilotga yuborilmagan, shuning uchun uni bu yerda ochib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Bu fayl toʻgʻri tuzilgan Guvoh paketi emas va rad etildi. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Bu paket %1 formatida, Guvoh dasturining bu versiyasi uni oʻqiy olmaydi. Guvoh dasturini yangilang.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Bu fayl Guvoh paketi emas yoki oʻqib boʻlmaydigan darajada shikastlangan.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Bu paketni siz hali tasdiqlamagan kishi imzolagan (kalit %1, xavfsizlik kodi %2). Kodni yuboruvchi bilan solishtiring, soʻng kalitni “guvoh signer trust” buyrugʻi bilan qoʻshing.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>%1 kaliti hozir amal qilish muddatidan tashqarida. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>%1 paketi avval import qilingan; hech narsa ikki marta import qilinmadi.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Xuddi shu %1 paket identifikatoriga ega boshqa fayl avval koʻrilgan: bu qayta yuborish, hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Bu paketning %1 identifikatoridan boshqa yuboruvchi (%2) allaqachon foydalangan, shuning uchun hech narsa import qilinmadi; ikkalasidan biri uni nusxalagan.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>%1 paketida birorta ham ish yoʻq, shuning uchun hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>%1 joylashgan diskda %3 bayt boʻsh joy bor, lekin bu paketni oʻqish uchun %2 bayt kerak; hech narsa oʻqilmadi. Biroz joy boʻshating va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Bu paketdagi %1 ishida ilovaning fayl nomida qiya chiziq (/), teskari qiya chiziq (\), boshqaruv belgisi yoki matn yoʻnalishi belgisi bor (%2 joyida), bu faylning asl nomini yashirishi mumkin, shuning uchun hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Bu paketdagi %1 ishida %2 joyida buzuq belgi (yakka surrogat) bor, shuning uchun hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Bu paketdagi %1 ishi ish formatiga mos emas, shuning uchun hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Paket boshqa manbadan kelgan maʼlumot (%1 %2) ustidan yozgan boʻlardi. Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Bu qabul tasdigʻi %1 paketiga tegishli, lekin bu ombor uni oʻsha tashkilotga yubormagan.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Bu omborda import qilingan %1 paketi yoʻq.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Buni faqat koordinator ombori (guvoh init --role coordinator) bajara oladi.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Bu kartochkada siz allaqachon ishongan %1 uchun yangi kalitlar bor. Uning yangi xavfsizlik kodini tashkilot bilan solishtiring, soʻng u eski kartochka oʻrnini bosishini tasdiqlang; hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Avval “guvoh org create” buyrugʻi bilan tashkilot yarating.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>%1 ishi boʻyicha rozilik yoʻq yoki u qaytarib olingan, shuning uchun uni eksport qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Birorta ish tayyor deb belgilanmagan. Eksport qilinadigan ishlarni koʻrsating yoki avval ularni tayyor deb belgilang.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>%1 ishi yetkazilgani tasdiqlanmagan; uni oʻchirsangiz, u yoʻqoladi. --force-undelivered ni faqat ishonchingiz komil boʻlsa qoʻshing.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>%1 degan ishonchli tashkilot yoʻq. Ularni “guvoh org list” buyrugʻi koʻrsatadi; tashkilotga “guvoh org trust CARD” buyrugʻi bilan ishonch bildiring.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 ga bir nechta tashkilot mos keladi; keraklisining barmoq izini koʻrsating.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>%1 nomi boshqa kalit uchun allaqachon ishlatilgan.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Bu omborda %1 degan qoʻshilgan tadqiqotchi yoʻq.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Kalitning amal qilish muddati tugashi boshlanishidan keyin boʻlishi kerak. Sanalardan birini oʻzgartiring.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Bu ochiq kalitning toʻgʻri qatori emas; u “ssh-ed25519 AAAA... ism” koʻrinishida boʻlishi kerak.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Umumiy jilddagi bu fayl shikastlangan, juda katta yoki bu ish joyi uchun emas, shuning uchun ishlatilmadi.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Bu tashkilot kartochkasi shikastlangan yoki oʻzgartirilgan, shuning uchun unga ishonch bildirilmadi. Tashkilotdan yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Bir vaqtning oʻzida juda koʻp paket berildi (%1 tadan ortiq). Ularni kichikroq guruhlarda import qiling.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Bu rasm Guvoh ichida koʻrsatish uchun juda katta (%1 × %2 piksel; koʻpi bilan 50 megapiksel koʻrsatiladi).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Bu rasm koʻrsatilmaydi: u shikastlangan, oxiri kesilib qolgan yoki PNG yoki JPEG rasmi emas.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Bu faylning yashirin maʼlumotlarini oʻqib boʻlmadi: fayl shikastlangan, chala qolgan yoki boshida koʻrsatilgan turdagi fayl emas.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Bu fayldagi yashirin maʼlumotlarni qidirish Guvoh ruxsat berganidan koʻproq xotira yoki vaqt oldi, shuning uchun u toʻxtatildi. Faylning oʻzi oʻzgarmadi.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Bu fayl %1 dan katta, shuning uchun Guvoh undagi yashirin maʼlumotlarni qidirmaydi.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh bu turdagi faylning yashirin maʼlumotlarsiz nusxasini yarata olmaydi, shuning uchun tozalangan nusxa yaratilmadi.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh bu fayldagi yashirin maʼlumotlarni qidira olmadi. Faylning oʻzi oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Muhrlash yoki muhrni ochish amalga oshmadi, shuning uchun hech narsa o&apos;zgarmadi.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Toʻxtatildi. Hech narsa chala yozilmadi.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Kalit uchun nomda qator koʻchirish yoki tabulyatsiya boʻlmasligi, u boʻsh joy bilan boshlanmasligi va tugamasligi kerak. Nomni oʻzgartiring va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Tadqiqotchining nomi yoki sanalarini ruxsat etilgan imzolovchilar roʻyxatiga yozib boʻlmadi. Boʻsh joy va tinish belgilarisiz nomdan foydalaning hamda sanalarni tekshiring.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Xavfsizlik kodi 32 ta raqamdan iborat. Hech biri tushib qolmaganini va xato yozilmaganini tekshiring.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Shifrlangan faylni oʻqib yoki yozib boʻlmadi, shuning uchun hech narsa oʻzgartirilmadi. Agar bu yana takrorlansa, fayl shikastlangan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Bu omborning birorta kaliti ham bu shifrlangan faylni ochmaydi: u boshqa birov uchun tayyorlangan.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Hech narsa imzolanmadi: Guvoh %1 maqsadidagi imzoni qabul qilmaydi.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Bu shifrlash kaliti yaroqsiz: uning bir qismi tushib qolgan yoki xato yozilgan. Kalitni toʻliq qaytadan nusxalang.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Bu kalitdan foydalanib boʻlmadi. Uni kelgan joyidan qaytadan nusxalang.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Bu parol yoki tiklash kodi ushbu omborni ochmaydi. Uni tekshiring va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Ish faylidan foydalanib boʻlmadi, shuning uchun hech narsa oʻzgartirilmadi. Faylni tekshiring va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Ish qoralama sifatida saqlash uchun juda katta. Eng uzun matnlarni qisqartiring, soʻng saqlang.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Ombor bu amalni bajara olmadi, shuning uchun hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Bu paketni oʻqib boʻlmadi, shuning uchun hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>%1 ish fayli juda katta (32 MB dan ortiq).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Bu kartochka QR kod uchun juda uzun. Uning oʻrniga tadqiqotchilaringizga kartochka faylini bering.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Bu shifrlangan fayl oʻzgartirilgan yoki shikastlangan, shuning uchun undan hech narsa ishlatilmadi. Yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Bu Guvoh oʻqiy oladigan shifrlangan fayl emas yoki uning boshlanishi shikastlangan. Hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Bu tashkilot kartochkasini oʻqib boʻlmadi, shuning uchun unga ishonch bildirilmadi. Tashkilotdan yangi nusxa soʻrang.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Bu yozuvni oʻqib boʻlmadi: u Guvoh ijro eta oladigan WAV ovoz fayli emas.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Bu imzoni tekshirib boʻlmadi, shuning uchun u bilan imzolangan narsaga ishonilmadi.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Bu imzo imzolangan narsaga mos kelmaydi: ulardan biri oʻzgartirilgan, shuning uchun hech biriga ishonilmadi.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Bu imzo shikastlangan yoki Guvoh qabul qilmaydigan turda, shuning uchun u bilan imzolangan narsaga ishonilmadi.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Bu omborning imzo kaliti shikastlangan, shuning uchun hech narsani imzolab boʻlmaydi. Omborni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Bu siz hali tasdiqlamagan kalit bilan imzolangan (%1), shuning uchun unga ishonilmadi.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Tekshirildi: paket barcha tekshiruvlardan oʻtdi. Hech narsa import qilinmadi.</translation>
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
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 va %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Bu faylni faqat %1 ocha oladi. Uni USB fleshkada topshiring yoki oʻzingiz ishonadigan messenjer orqali yuboring; iloji boʻlsa, oddiy elektron pochtadan foydalanmang. Tashkilot fayl yetib kelganini tasdiqlagach, bu faylni va uning barcha nusxalarini (fleshkadagisini ham) oʻchiring.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n ta ish</numerusform>
            <numerusform>%n ta ish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n ta yozuv yoki fayl</numerusform>
            <numerusform>%n ta yozuv yoki fayl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Uni faqat %2 ocha oladi.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Uni kim olishini tanlang.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n ta fayl yashirin maʼlumotlardan (joylashuv, qurilma, muallif) tozalanib qoʻshildi.</numerusform>
            <numerusform>%n ta fayl yashirin maʼlumotlardan (joylashuv, qurilma, muallif) tozalanib qoʻshildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>Olib tashlanadigan narsa boʻlmagani uchun %n ta fayl qanday kelgan boʻlsa, shundayligicha qoʻshildi.</numerusform>
            <numerusform>Olib tashlanadigan narsa boʻlmagani uchun %n ta fayl qanday kelgan boʻlsa, shundayligicha qoʻshildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>Tekshirib boʻlmagani uchun %n ta fayl qanday kelgan boʻlsa, shundayligicha qoʻshildi.</numerusform>
            <numerusform>Tekshirib boʻlmagani uchun %n ta fayl qanday kelgan boʻlsa, shundayligicha qoʻshildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Himoyalangan maʼlumotlar qoʻshilishi yoki qoʻshilmasligini tanlang.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Bu ishlardagi hech kimda himoyalangan maʼlumotlar yoʻq.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Unga %n kishining himoyalangan maʼlumotlari qoʻshiladi.</numerusform>
            <numerusform>Unga %n kishining himoyalangan maʼlumotlari qoʻshiladi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Undan %n kishining himoyalangan maʼlumotlari chiqarib qoldiriladi.</numerusform>
            <numerusform>Undan %n kishining himoyalangan maʼlumotlari chiqarib qoldiriladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Yashirin maʼlumotlarni (joylashuv, qurilma, muallif) olib tashlashning iloji boʻlgan barcha fayllar tozalanib qoʻshiladi; asl nusxalar omboringizda qanday kelgan boʻlsa, shundayligicha qoladi.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Fayllar qanday kelgan boʻlsa, shundayligicha, ulardagi barcha yashirin maʼlumotlar (joylashuv, qurilma, muallif) bilan qoʻshiladi.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Jildda koʻrsatish</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Faylni uning jildida koʻrsatish</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksport jarayoni</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Eksportni bekor qilish</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Eksport holati</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Shifrlanmoqda va imzolanmoqda...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Toʻxtatilmoqda...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Tashkilot uchun eksport</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Yuboriladigan tashkilotlar</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Eksport qilinadigan ishlar</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Himoyalangan maʼlumotlarni chiqarib qoldirish</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Himoyalangan maʼlumotlarni qoʻshish</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Fayllardan yashirin maʼlumotlarni (joylashuv, qurilma, muallif) olib tashlash</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Fayllardan yashirin maʼlumotlarni olib tashlash</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Fayl uchun jild</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Faylni qayerga saqlashni tanlang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>Nega eksport qilib boʻlmaydi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Uni kim oladi?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Siz hali hech bir tashkilotga ishonch bildirmagansiz. Avval “Tashkilotlar” boʻlimida tashkilot sizga bergan kartochka fayli orqali uni qoʻshing.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Qaysi ishlar?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Ular bilan birga nima qoʻshiladi?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Himoyalangan maʼlumotlar – bu har bir odamda himoyalangan deb belgilangan haqiqiy ismlar, aloqa maʼlumotlari va boshqa tafsilotlar. Chiqarib qoldirilsa, ular faqat shu kompyuterda qoladi.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Fayl qayerga saqlansin?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Fayl tayyor</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Eksport qilingan fayl</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Uni qanday yetkazish kerak</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Kamida bitta tashkilotni tanlang.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Kamida bitta ishni tanlang.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Himoyalangan maʼlumotlar qoʻshilishi yoki qoʻshilmasligini tanlang.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Fayl uchun mavjud jildni tanlang.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 va %2 saqlandi, shifrlandi va siz tomondan imzolandi, mana bu faylda:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n ta ish</numerusform>
            <numerusform>%n ta ish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n ta yozuv yoki fayl</numerusform>
            <numerusform>%n ta yozuv yoki fayl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Rasm</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ovoz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF hujjat</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Bu rasmda u olingan joy saqlangan: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Bu rasmda u qaysi telefon yoki kamerada olingani saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Bu faylda u yaratilgan joy saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Bu faylda u yaratilgan qurilma saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Bu faylda uni kim yozgani yoki yaratgani saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Bu faylda uni yaratgan dastur saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Bu faylda u qachon yaratilgani saqlangan: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Bu faylda u haqida boshqa maʼlumotlar saqlangan: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Bu faylda yashirin maʼlumotlar bor-yoʻqligi tekshirilmoqda...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh bu turdagi fayllarda yashirin maʼlumotlarni tekshira olmaydi.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Bu fayl Guvoh yashirin maʼlumotlarni tekshirishi uchun juda katta.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh bu faylda yashirin maʼlumotlarni tekshira olmadi: fayl shikastlangan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Yashirin maʼlumotlar topilmadi.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Bu ishning fayllari</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Fayllar haqida xabar</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Fayl qoʻshish...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Bu ishga fayl qoʻshish</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Koʻrish yoki ijro etish</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Tanlangan faylni koʻrish yoki ijro etish</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Nusxasini saqlash...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Tanlangan faylning shifrlanmagan nusxasini saqlash</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Tozalangan nusxasini saqlash...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Tanlangan faylning yashirin maʼlumotlarsiz shifrlanmagan nusxasini saqlash</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Tanlangan faylning yashirin maʼlumotlari</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Tanlangan faylni olib tashlash</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Fayllarni qoʻshish jarayoni</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Qoʻshilayotgan fayl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Fayllarni qoʻshishni bekor qilish</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Fayllarni kompyuteringizdan shu yerga sudrab tashlashingiz ham mumkin. Ular omborda shifrlangan holda saqlanadi.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Fayllarni qanday qoʻshish mumkin</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Suhbatni yozib olish</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Fayl qoʻshish uchun avval ishni saqlang.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Bu fayl yashirin maʼlumotlarsiz nusxa sifatida kelgan. Nusxaning SHA-256 qiymati: %1; yuboruvchida qolgan asl nusxaniki: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Yashirin maʼlumotlarsiz nusxa yaratildi: SHA-256 %1 (asl nusxaniki: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Bu kompyuterdan yoki nusxani saqlagan disk yoxud USB fleshkangizdan foydalana oladigan har qanday odam uni ocha oladi. Nusxa kerak boʻlmay qolishi bilanoq uni oʻchiring. Boshqa birovdan kelgan fayl uni ochgan kompyuterga zarar yetkazadigan qilib tayyorlangan boʻlishi mumkin: nusxani faqat himoya qilishingiz kerak boʻlgan hech narsa saqlanmaydigan kompyuterda oching.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Tozalangan nusxasini saqlash</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Yashirin maʼlumotlarsiz shifrlanmagan nusxa %1 sifatida saqlandi. Kerak boʻlmay qolganda uni oʻchiring.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Bu fayl Guvoh ichida ochish uchun juda katta (256 MB dan ortiq).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Nusxa SHIFRLANMAYDI.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Shifrlanmagan nusxani saqlash</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Nusxasini saqlash</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Shifrlanmagan nusxa %1 sifatida saqlandi. Kerak boʻlmay qolganda uni oʻchiring.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 ushbu ishdan olib tashlansinmi?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Fayl ombordan butunlay oʻchiriladi; avval eksport qilingan nusxalarga bu taʼsir qilmaydi.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Faylni olib tashlash</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Fayl olib tashlandi.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Ochiq kalitingiz</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Kalitingizning barmoq izi</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Ochiq kalitni nusxalash</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ochiq kalit (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmoq izi (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Ochiq kalitni koordinatorga bering (u maxfiy emas). Koordinator sizdan fayllarni qabul qilishdan oldin uni yuqoridagi xavfsizlik kodi bilan tekshiradi.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Shaxsingiz</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Siz yuborgan hamma narsa siz tomondan imzolanadi, shuning uchun tashkilot u haqiqatan sizdan kelganini va yoʻlda hech kim uni oʻzgartirmaganini bila oladi.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Xavfsizlik kodingiz:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Bu raqamlarni koordinatorga telefon orqali yoki yuzma-yuz oʻqib bering, shunda u ularni oʻzida siz uchun koʻrinayotgan kod bilan solishtira oladi.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Ochiq kalit nusxalandi.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Rasm</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (oʻzini %2 deb atagan)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (yangi)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Ichidagi fayllar</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Yuboruvchi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Kutmoqda</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tekshirilmoqda</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tekshirildi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import qilindi</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Avval import qilingan</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Rad etildi: avval koʻrilgan</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Biz uchun emas</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Notanish yuboruvchi</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Yuboruvchi endi qabul qilinmaydi</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Shikastlangan yoki oʻzgartirilgan</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Toʻliq emas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rad etildi</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh dasturining yangiroq versiyasi kerak</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Oʻqib boʻlmaydi</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Rad etildi: ishda xatolik bor</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Rad etildi: ziddiyat</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Rad etildi: identifikatordan boshqa yuboruvchi foydalangan</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Oʻqilmadi: diskda joy yoʻq</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Bekor qilindi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Muvaffaqiyatsiz</translation>
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
        <translation>Fayl qoʻshish...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Paket fayllarini qoʻshish</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Jild qoʻshish...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Paketlar jildini qoʻshish</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Roʻyxatni tozalash</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Paketlar roʻyxatini tozalash</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import jarayoni</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Barcha paketlar boʻyicha jarayon</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Tekshirilayotgan paket</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Shu paket boʻyicha jarayon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Importni bekor qilish</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Shu toʻplam boʻyicha xulosa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Shu toʻplamdagi paketlar</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Oʻqilmagan qatorlar yangi deb belgilangan.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Paketlar USB fleshkalarda yoki messenjerlar orqali keladi. Fayllarni yoki butun jildni quyiga tashlang. Har biri import qilinishidan oldin tekshiriladi va ichidagi hech narsa ochilmaydi.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Baʼzi paketlar siz hali tanimaydigan yuboruvchilardan kelgan. Ulardan birini tanlang va “Xavfsizlik kodlarini solishtirish...” tugmasini bosing.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>“Kiruvchi paketlar” roʻyxati tozalansinmi?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>“Kiruvchi paketlar” qaysi fayllar qachon va kimdan kelganini unutadi. Import qilingan ishlar omboringizda qoladi.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 endi yuboruvchilaringiz roʻyxatida. Import qilingan paketlar: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Hech narsa saqlanmadi va bu fayl import qilinmadi. Undan foydalanmang: uni kimdir yuboruvchi nomidan yaratgan boʻlishi mumkin. Yuboruvchidan faylni qaytadan yuborishini soʻrang va iloji boʻlsa, kodlarni yuzma-yuz solishtiring.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Bu raqamlarni yuboruvchi bilan telefon orqali yoki yuzma-yuz solishtiring: undan “Shaxsingiz” ekranidagi xavfsizlik kodini guruhma-guruh ovoz chiqarib oʻqib berishini soʻrang. Buning uchun xabardan foydalanmang: faylni oʻzgartira olgan odam xabarni ham oʻzgartira oladi.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Bu yuboruvchi uchun ism</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Siz taniydigan ism yoki taxallus</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Mos keladi</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Bu yuboruvchi haqida xabar</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Bu siz biladigan yuboruvchimi?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Bu faylni yaratgan odamning xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Avval bu yuboruvchi uchun ism kiriting, shunda uning fayllarini taniy olasiz.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Yuboruvchi qoʻshilmoqda va import qilinmoqda...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kiruvchi paketlar</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Paketlarni faqat koordinator ombori import qiladi.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Paketlar qidirilmoqda...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Bekor qilinmoqda...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>U yerda paket fayllari topilmadi.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Topilgan paketlar: %n. Tekshirilmoqda...</numerusform>
            <numerusform>Topilgan paketlar: %n. Tekshirilmoqda...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>%1-paket tekshirilmoqda (jami %2 ta)</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Import bekor qilindi. “Bekor qilindi” deb belgilangan paketlar import qilinmadi; tayyor boʻlganingizda ularni qaytadan qoʻshing.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Paketlar: %n</numerusform>
            <numerusform>Paketlar: %n</numerusform>
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
        <translation>Paket fayllarini tanlang</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Guvoh paketlari (*.age);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Paketlar jildini tanlang</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>%1 paketlari import qilinmoqda</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Tanlangan paket natijasi</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Xavfsizlik kodlarini solishtirish...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Xavfsizlik kodini yuboruvchi bilan solishtirish</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Paket identifikatori</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Yuboruvchi kalitining barmoq izi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaratilgan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmoq izi (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Yaratilgan (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Notanish yuboruvchi. Xavfsizlik kodlarini solishtirish uchun bu faylni qaytadan qoʻshing.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Yangi koordinatorning qatori</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Qatorni shu yerga joylang</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Qatorni oʻqish</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Koordinatorni taklif qilish</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Yangi koordinatordan “Jamoa” panelidagi qatorni soʻrang va shu yerga joylang.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>%1 dan xavfsizlik kodini telefonda yoki yuzma-yuz ovoz chiqarib oʻqishini soʻrang va uni guruhma-guruh solishtiring.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Kalitlar uzatmasini saqlash</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>%1 uchun kalitlar uzatmasi %2 sifatida saqlandi. Uni faqat %1 ocha oladi: uni USB fleshkada yoki messenjer orqali bering, soʻng oʻz nusxangizni oʻchiring.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Hech narsa oʻzgarmadi. Bu qatorni ishlatmang: uni yana soʻrang, iloji boʻlsa yuzma-yuz.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Jamoaga qoʻshilish...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Jamoaga qoʻshilish: kalitlar uzatmasini ochish</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Tashkilot jamoasiga qoʻshilish uchun qatoringizni uning koordinatorlaridan biriga bering. U siz uchun kalitlar uzatmasini tayyorlaydi; uni shu yerda oching.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Kalitlar uzatmasini ochish</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Kalitlar uzatmalari (*.age);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>%1 tashkilotining xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Sizni taklif qilgan %1 ning xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Ikkala kodni %1 bilan telefonda yoki yuzma-yuz, guruhma-guruh solishtiring.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Siz %1 jamoasiga qoʻshildingiz. Endi umumiy jildni tanlang.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Hech narsa oʻzgarmadi. Bu kalitlar uzatmasini ishlatmang: yangisini soʻrang, iloji boʻlsa yuzma-yuz.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>MicrophoneChoice</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Mikrofon topilmadi</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standart)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Hozir shu mikrofon ishlatiladi, lekin tanlovni keyingi safar uchun eslab qolib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Tashkilot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Ishonch bildirilgan sana</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Tashkilotingiz</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ishonchli</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Ishonchli tashkilotlar</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Siz hali hech bir tashkilotga ishonch bildirmagansiz. Tashkilotdan kartochka faylini soʻrang, soʻng uni quyida qoʻshing.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Kalitning barmoq izi</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Shifrlash kaliti</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmoq izi (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Shifrlash kaliti (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tashkilotlar</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Siz guvohliklarni yuboradigan tashkilotlar. Tashkilotga yuborganingizni faqat uning oʻz koordinatorlari ocha oladi.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Tashkilot qoʻshish</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Tashkilot sizga bergan kartochka faylini tanlang (USB fleshkada yoki messenjer orqali kelgan). Soʻng uning xavfsizlik kodini ular bilan solishtirasiz.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 xavfsizlik kodi:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Fayl endi shifrlangan omboringizda. Asl nusxa %1 jildidan olib tashlansinmi?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Asl nusxa: %1. Guvoh uning ustidan bir marta nollar yozadi, soʻng uni oʻchiradi. Bu xavfsiz oʻchirish emas: disk (ayniqsa SSD yoki xotira kartasi), fayl tizimi, zaxira nusxalar va bulutli sinxronlash baribir uning izlari yoki nusxalarini saqlab qolishi mumkin.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Asl nusxani olib tashlash</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Bundan buyon soʻramasdan shunday qilish</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Asl nusxa %1 jildidan olib tashlandi.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Qoʻshilgan fayllarning asl nusxalari</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Har safar soʻrash</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Asl nusxani soʻramasdan olib tashlash</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Asl nusxani soʻramasdan qoldirish</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>“Yuklanmalar” (Downloads) jildidan, telefondan yoki USB fleshkadan qoʻshilgan rasm yoki yozuv u yerda shifrlanmagan holda qoladi. U omborga tushgach, Guvoh asl nusxani olib tashlay oladi: faylning ustidan bir marta nollar yozadi, soʻng uni oʻchiradi. Bu xavfsiz oʻchirish emas: disk (ayniqsa SSD yoki xotira kartasi), fayl tizimi, zaxira nusxalar va bulutli sinxronlash baribir izlar yoki nusxalarni saqlab qolishi mumkin. Guvohda yozib olingan yozuvlarning asl nusxasi boʻlmaydi.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Asl nusxani olib tashlash nima qiladi</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Asl nusxalar sozlamasi holati</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Saqlandi. Guvoh har bir fayldan keyin soʻraydi.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Saqlandi. Fayl omborga tushgach, uning asl nusxasi olib tashlanadi.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Saqlandi. Asl nusxalar oʻz joyida qoldiriladi.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Butun arxiv</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Joriy qidiruv</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Qayta sanash</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Ishlar sanalmoqda</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Umumiy koʻrinish holati</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Harakat turlari boʻyicha ishlar</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Harakat turi</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Kelib chiqqan mamlakatlar boʻyicha ishlar</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Kelib chiqqan mamlakat</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Yashab turgan mamlakatlar boʻyicha ishlar</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Yashab turgan mamlakat</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Voqealar oyi boʻyicha ishlar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Sanash:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Umumiy koʻrinish</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Har bir turdagi ishlar soni. Ikki harakat turi yoki ikki mamlakat koʻrsatilgan ish ikkalasida ham hisoblanadi.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Ishlar sanalmoqda...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Butun arxiv: %n ta ish.</numerusform>
            <numerusform>Butun arxiv: %n ta ish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Qidiruv berilmagan, shuning uchun bu butun arxiv: %n ta ish.</numerusform>
            <numerusform>Qidiruv berilmagan, shuning uchun bu butun arxiv: %n ta ish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Joriy qidiruv topgan ishlar: %n ta ish.</numerusform>
            <numerusform>Joriy qidiruv topgan ishlar: %n ta ish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Tashkilotingiz nomi</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Kartochka fayli uchun jild</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Kartochkani qayerga saqlashni tanlang</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Tashkilot yaratish</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Kartochkani saqlash</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>QR kod rasmi sifatida saqlash</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Tashkilotingiz kartochkasining QR kodi</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Uni oʻqigan telefon yoki skaner kartochka faylini oladi. Tadqiqotchi baribir xavfsizlik kodini siz bilan solishtiradi.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Tashkilotingizni bir marta yarating. Guvoh uning kartochkasini saqlaydi: bu tadqiqotchilaringizga beriladigan kichik fayl, shunda ular yuborgan narsalarni faqat sizning koordinatorlaringiz ocha oladi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Tadqiqotchi kartochkangizni qoʻshganda, unga bu xavfsizlik kodini telefon orqali yoki yuzma-yuz oʻqib bering.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Tashkilotingiz</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: xavfsizlik kodi</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Kartochka fayli uchun mavjud jildni tanlang.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Tashkilotingiz nomini kiriting.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Kartochka %1 sifatida saqlandi. Uni tadqiqotchilaringizga bering (u maxfiy emas), soʻng ularga xavfsizlik kodini oʻqib bering.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Kartochka %1 sifatida saqlandi.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Xavfsizlik kodi</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Bu kartochkaga ishonishdan oldin xavfsizlik kodini tashkilot bilan telefon orqali yoki yuzma-yuz solishtiring.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Rasm uchun mavjud jildni tanlang.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Bu kartochka QR kod uchun juda uzun. Uning oʻrniga tadqiqotchilaringizga kartochka faylini bering.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>QR kod rasmi %1 sifatida saqlandi. Uni tadqiqotchilaringiz uchun chop eting; ular kartochkaga ishonishdan oldin baribir xavfsizlik kodini siz bilan solishtiradi.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Parolni takrorlang</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parol ishonchliligi</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Yana bir marta</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Ishonchlilik</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Istalgan tildagi bir-biriga bogʻliq boʻlmagan toʻrt-besh soʻz yaxshi parol boʻladi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Ikki parol hali bir xil emas.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Yaxshi parol.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Tanlash...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Tanlash: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Ijro etish</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Yozuvni ijro etish yoki pauza qilish</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Ijroni toʻxtatish</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Yozuvdagi joy</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Ijro etilgan vaqt</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Pleyer xabari</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Yangi odamning haqiqiy ismi, aloqa maʼlumotlari va yashash joyini himoyalash</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Standart holatda himoyalangan</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Himoyalangan maʼlumotlar “Koʻrsatish” tugmasini bosmaguningizcha ekranda yashirin turadi, qidiruv natijalarida hech qachon chiqmaydi va himoyalangan maʼlumotlarsiz eksportda chiqarib qoldiriladi. Bu siz qoʻshadigan odamlarga va nima himoyalanganini koʻrsatmagan ish fayllariga taalluqli; ishlaringizda allaqachon bor odamlarda hammasi avvalgidek qoladi.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>Standart holatda himoyalash nima qiladi</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Standart holatda himoyalash holati</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Saqlandi. Yangi odamlarda bu maʼlumotlar boshidanoq himoyalangan boʻladi.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Saqlandi. Yangi odamlarda boshida hech narsa himoyalanmagan boʻladi: har bir maʼlumotni oʻzingiz belgilang.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Bu ish qayerdan kelgan</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Kelib chiqishi</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Tekshiruv xulosasini nusxalash</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Paket, yuboruvchi, vaqtlar va fayllarning xesh qiymatlarini matn sifatida nusxalaydi. Unda hech kimning ismi va guvohlikdan iqtibos yoʻq.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Bu ish shu omborda yaratilgan. U paketda kelmagan, shuning uchun tekshiriladigan yuboruvchi yoʻq.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Bu ish kelgan paketlar</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Ish qayerdan kelganini koʻrish uchun uni tanlang.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Bu ish %n ta paketda kelgan, eng eskisidan boshlab.</numerusform>
            <numerusform>Bu ish %n ta paketda kelgan, eng eskisidan boshlab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Tekshiruv xulosasi nusxalandi. Unda hech kimning ismi va guvohlikdan iqtibos yoʻq.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Tashkilotingiz bergan fayldan foydalanish...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Tashkilotingiz bergan fayldan foydalanish</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Tashkilot fayli</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Tashkilotingiz bergan faylni tanlang</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Sozlash fayllari (*.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Fayldan hech narsa ishlatilmadi. Undan foydalanmang: tashkilotingizdan faylni sizga qaytadan berishini soʻrang, iloji boʻlsa yuzma-yuz.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>%1 sozlamalari ishlatiladi; seyfingiz yaratilishi bilan %1 ishonchli deb belgilanadi.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Tashkilotingizdan kelgan fayl</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tashkilot nomi</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Bu raqamlarni tashkilotingiz bergan kod bilan telefon orqali yoki yuzma-yuz solishtiring: ularning koordinatoridan kodni guruhma-guruh ovoz chiqarib oʻqib berishini soʻrang. Agar ular farq qilsa, faylni kimdir oʻzgartirgan boʻlishi mumkin: undan foydalanmang.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Bu fayl nimani oʻrnatadi</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Kodlar mos keladi</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Bu fayldagi xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 ishonchli deb belgilanadi: siz yuborganlarni faqat uning koordinatorlari ocha oladi.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Tashkilot ishlarni olganini tasdiqlashi bilan ular bu kompyuterdan oʻchiriladi.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Tashkilot ishlarni olganini tasdiqlagandan keyin ham ular bu kompyuterda qoladi.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (niqobsiz)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Ilovaning koʻrinadigan nomi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n daqiqa harakatsizlikdan keyin qulflanadi.</numerusform>
            <numerusform>%n daqiqa harakatsizlikdan keyin qulflanadi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Yetkazilgan ishlarni oʻchirish</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Yetkazilgan ishlar</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Nimalar oʻchiriladi</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Buni ortga qaytarib boʻlmasligini tushunaman</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Bu ishlarni oʻchirish</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Ularni qoldirish</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Ularni qoldirish va yopish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Tashkilot bu ishlarni olganini tasdiqladi. Mahalliy nusxalaringizni oʻchirsangiz, bu kompyuter olib qoʻyilgan taqdirda ham ularni unda topib boʻlmaydi.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Roʻyxatdagi %n ta ish barcha saqlangan versiyalari, %1 va barcha qaydlari bilan birga shu kompyuterdan oʻchiriladi. Tashkilotda oʻz nusxasi qoladi. Buni ortga qaytarib boʻlmaydi.</numerusform>
            <numerusform>Roʻyxatdagi %n ta ish barcha saqlangan versiyalari, %1 va barcha qaydlari bilan birga shu kompyuterdan oʻchiriladi. Tashkilotda oʻz nusxasi qoladi. Buni ortga qaytarib boʻlmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Hali birorta ish yetkazilgan deb belgilanmagan. Avval tashkilotning qabul tasdigʻini import qiling.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Oʻchirilmoqda...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Bu kompyuterdan %n ta ish oʻchirildi.</numerusform>
            <numerusform>Bu kompyuterdan %n ta ish oʻchirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Qabul tasdiqlarini yaratish</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Tasdiqlanadigan paketlar</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Tasdiqlar uchun jild</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Tasdiqlarni qayerga saqlashni tanlang</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Tasdiqlar yaratilmoqda</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Tasdiqlar joylashgan jild</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Ularni qanday qaytarib yuborish kerak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Nima kelganini tasdiqlash</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Qabul tasdigʻi yuboruvchiga qaysi ishlar va fayllar eson-omon yetib kelganini bildiradi, shunda u oʻz nusxalarini oʻchira oladi. Guvoh har bir paket uchun bitta tasdiq fayli yaratadi.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: %2 uchun</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>nomi koʻrsatilmagan yuboruvchi</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 yuqoridagi jildga saqlandi. Har birini shu paketni yuborgan odamga USB fleshkada yoki messenjer orqali qaytarib yuboring; u uni Guvoh dasturida import qiladi (“Qabul tasdigʻini import qilish”). Uni faqat oʻsha yuboruvchi ocha oladi va unda guvohlikning oʻzi haqida hech narsa aytilmaydi.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Tasdiqlarni qayerga saqlash kerak:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n ta ish</numerusform>
            <numerusform>%n ta ish</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (tasdiq avval yaratilgan)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Tasdiqlanadigan import qilingan paket yoʻq.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Kamida bitta paketni belgilang.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Tasdiqlar uchun mavjud jildni tanlang.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n ta tasdiq</numerusform>
            <numerusform>%n ta tasdiq</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Qabul tasdigʻini import qilish</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Tasdiq fayli</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Tasdiqni tanlang</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Tasdiqlar (*.age);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Tasdiqni import qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Tashkilot %n ta ishni olganini tasdiqladi: %1.</numerusform>
            <numerusform>Tashkilot %n ta ishni olganini tasdiqladi: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n ta ish eksportdan keyin oʻzgartirildi: %1. Tashkilotda eksport qilingan versiya bor; keyingi oʻzgartirishlaringiz shu yerda, yetkazilmagan holda qoladi: ularni qayta eksport qiling yoki oʻchiring.</numerusform>
            <numerusform>%n ta ish eksportdan keyin oʻzgartirildi: %1. Tashkilotda eksport qilingan versiya bor; keyingi oʻzgartirishlaringiz shu yerda, yetkazilmagan holda qoladi: ularni qayta eksport qiling yoki oʻchiring.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Yetkazilgan ishlar fayllari bilan birga bu kompyuterdan oʻchirildi.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Ular yetkazilgan deb belgilandi; nusxalaringizni «Yetkazilgan ishlarni oʻchirish» orqali oʻchirishingiz mumkin.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Ular yetkazilgan deb belgilandi va Sozlamalarda belgilangan muddat oʻtgach, bu kompyuterdan oʻchiriladi.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Avval tasdiq faylini tanlang.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Tashkilot faylingizni olgach, qabul tasdigʻini yuboradi (.age bilan tugaydigan fayl). Uni import qilish bu ishlarni yetkazilgan deb belgilaydi va, agar Sozlamalarda buni oʻzgartirmagan boʻlsangiz, ularni bu kompyuterdan oʻchiradi.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 manzilida fayl yoʻq.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Tasdiq tekshirilmoqda...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Tasdiq haqiqiy, lekin hech bir ish oʻzgarmadi: undagi ishlar avval yetkazilgan deb belgilangan yoki oʻchirilgan.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Yetkazilgan ishlarni oʻchirish</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Darhol, tasdiq kelganda</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Tasdiqdan bir kun keyin</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Tasdiqdan yetti kun keyin</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Hech qachon: ularni bu kompyuterda saqlash</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Tashkilotning qabul tasdigʻi kelganda, u tasdiqlagan ishlar fayllari bilan birga bu kompyuterdan oʻchiriladi, shunda ularni na bu kompyuter oldidagi odam, na keyinroq olingan disk nusxasi oʻqiy oladi. Eksportdan keyingi oʻzgartirishlar qoladi. Hali yetkazilmagan ishlar va tasdiqdan oldin olingan disk nusxasi himoyalanmaydi.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Tasdiqdan keyin oʻchirish nimadan himoya qiladi</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Tasdiqdan keyin oʻchirish holati</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Yetkazilgan ishlar siz oʻchirmaguningizcha bu kompyuterda qoladi.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Saqlandi. Muddati kelgan yetkazilgan ishlar keyingi qulfni ochishda yoki tasdiq import qilinganda oʻchiriladi.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Qabul qilingan guvohlik</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Bu ish qayerdan kelgan</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Qabul qilingan guvohlik dalil hisoblanadi, shuning uchun u faqat oʻqish uchun ochiladi. U bilan ishlash uchun ishchi nusxa yarating: oʻzingizning yangi ishingiz. Bu ish qanday kelgan boʻlsa, shundayligicha qoladi.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Qabul qilingan ishlar haqida</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>Ishchi &amp;nusxa yaratish</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Bu ishning ishchi nusxasini yaratish</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Xuddi shu matnli yangi ish, uni oʻzgartirishingiz mumkin. Biriktirilgan fayllar qabul qilingan ishda qoladi.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Bu ishdan yaratilgan ishchi nusxani ochish</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>%1 ishchi nusxasini &amp;ochish</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>ismini koʻrsatmagan yuboruvchi</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Yuboruvchi: %1, qabul qilingan: %2. Kelganda imzo tekshirildi: ish aynan yuborilganidek.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Yozish</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Suhbatni yozib olish</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Yozib olingan vaqt</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Ovoz darajasi</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Ovoz darajasi:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Yozuvni pauza qilish yoki davom ettirish</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Toʻxtatish va saqlash</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Yozuvni toʻxtatish va saqlash</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Yozuv holati</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Bu kompyuterda mikrofon topilmadi</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Suhbatni yozib olish uchun mikrofon yoki garnitura ulang.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Yozilmoqda...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davom ettirish</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Mikrofonni ishga tushirib boʻlmadi. Undan boshqa dastur foydalanmayotganini tekshiring va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Yozilmoqda. Har bir lahza yozib olinishi bilan shifrlangan holda saqlanadi.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (%2-qism).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Yozilmoqda.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Pauza. “Davom ettirish” tugmasini bosmaguningizcha hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Mikrofon hech qanday ovoz yozib olinmasdan oldin ishlashdan toʻxtadi, shuning uchun hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Hech narsa yozib olinmadi, shuning uchun hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Mikrofon ishlashdan toʻxtadi; shu paytgacha yozib olingan narsa (%1) shifrlangan omboringizda saqlandi.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Shifrlangan omboringizda saqlandi (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Tiklash kodi</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Ochish va yangi parol oʻrnatish</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Ombor yaratilganda yozib olgan tiklash kodingizni kiriting, soʻng yangi parol tanlang. Unutilgan parol boshqa ishlamaydi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Ikki parol hali bir xil emas.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Bu sizning tiklash kodingiz. U faqat shu bir marta koʻrsatiladi. Uni qogʻozga yozib oling va bu kompyuterdan alohida saqlang: agar parolingizni unutsangiz, u bilan omboringizni boshqa kompyuterda ochish mumkin.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Tiklash kodi</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Tiklash kodining oxirgi guruhi</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Uni yozib oldim</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Tasdiqlash uchun oxirgi guruhni kiriting</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Muhrlangan omborni ochib berish...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Tadqiqotchining muhrlangan omborini ochib berish</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Muhrlangan omborni ochib berish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Muhrlangan omborni qanday ochib berish</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Safar so&apos;rovini ochish...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Omborini safar uchun muhrlagan tadqiqotchi sizga safar soʻrovini yubordi. U chegaradan oʻtgach, unga oʻzingiz oldindan biladigan raqam orqali ovozli qoʻngʻiroq qiling: bu haqiqatan u ekanini, u xavfsizligini va bemalol gaplasha olishini hamda muhrlashdan oldin yozib olgan xavfsizlik kodi shu yerda koʻrsatilgan kod bilan bir xil ekanini tekshiring. Faqat shundan keyin ochish tokenini yozing va unga yuboring.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Safar so&apos;rovi</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Undan xavfsizlik kodini ovoz chiqarib oʻqib berishini soʻrang. Toʻrt raqamli har bir guruh mos keladimi?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Xavfsizlik kodini solishtirish</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Mos keladi: ochish tokenini yozish...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Mos keladi: ochish tokenini yozish</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Ochib berish holati</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Muhrlangan omborni ochib berish</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Safar so&apos;rovini ochish</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Tekshirilmoqda...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>Safar soʻrovi: %1, yaratilgan vaqti: %2. Uning xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Token yozilmadi. Omborni ochib bermang: bu soʻrovni boshqa birov yuborgan boʻlishi yoki uning yonida boshqa birov boʻlishi mumkin. U bilan boshqa yoʻl orqali yana gaplashing.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Ochish tokenini saqlash</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Ochish tokeni yozilmoqda...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Ochish tokeni %1 da. Uni fayl sifatida yuboring yoki matnini xabarga qo&apos;ying.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>Ochish tokeni QR kod koʻrinishida</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Tokenni unga yuboring: uni xabarga joylashtiring, faylni yuboring yoki bu kodni telefon bilan skanerlab olishiga imkon bering. U faqat uning muhrlangan omborini ochadi va faqat uning paroli bilan.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Ochish tokenini qanday yuborish kerak</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Tokenni nusxalash</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Ochish tokenini nusxalash</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Ochish tokeni fayli</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Nusxalash holati</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Nusxalandi. Uni unga yozadigan xabaringizga joylashtiring; ombor qulflanganda almashish buferi tozalanadi.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Hisobot tuzish</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Hisobot formati</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>PDF koʻrinishidagi ish hisoboti</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>CSV jadval, har bir voqea uchun bitta qator</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON maʼlumotlari</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Yorliqlar tili</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Himoyalangan maʼlumotlarni qoʻshish</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Hisobotda haqiqiy ismlar, aloqa maʼlumotlari va himoyalangan deb belgilangan boshqa tafsilotlar boʻladi. Faylni olgan har qanday odam ularni oʻqiy oladi. Ularni faqat hisobotni oʻqiydigan odamlar koʻrishi mumkin boʻlsa qoʻshing.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Himoyalangan maʼlumotlar haqida ogohlantirish</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Rozilik tekshirilmoqda...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Tanlangan ishlar boʻyicha rozilik</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Eʼlon qilishga rozilik berilmagan ishlar</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Hisobot fayli</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Hisobotni saqlash</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Hisobotlar (*.pdf *.csv *.json);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Hisobot shifrlanmaydi: faylni olgan har qanday odam uni oʻqiy oladi. Uni shifrlangan diskda saqlang va faqat bu ishlarni koʻrishi mumkin boʻlgan odamlarga bering.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Ogohlantirish: hisobot shifrlanmagan</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Hisobot tuzilmoqda</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Hisobot tuzish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Yorliqlar tili</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>%n ta ish boʻyicha hisobot</numerusform>
            <numerusform>%n ta ish boʻyicha hisobot</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Hisobotni saqlash joyi:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>rozilik qaytarib olingan: foydalanmang</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>rozilik qayd etilmagan: foydalanmang</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>eʼlon qilish uchun emas</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Hech qanday ish tanlanmagan. Avval ishlarni tanlang.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>Tanlangan ishlardan %n tasini eʼlon qilib boʻlmaydi. Hisobotda ular belgilangan; ulardan faqat odamlar rozilik bergan maqsadlarda foydalaning:</numerusform>
            <numerusform>Tanlangan ishlardan %n tasini eʼlon qilib boʻlmaydi. Hisobotda ular belgilangan; ulardan faqat odamlar rozilik bergan maqsadlarda foydalaning:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Tanlangan barcha ishlar boʻyicha eʼlon qilishga rozilik bor.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Mavjud jilddagi fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Hisobot shifrlanmagan holda %1 sifatida saqlandi.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Unda himoyalangan maʼlumotlar bor.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Tadqiqotchi</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Xavfsizlik kodi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Amal qilish boshlanishi</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Amal qilish muddati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paketlar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Muddati tugagan</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Hali kuchga kirmagan</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Qoʻshilmagan</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaratilgan</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import qilingan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Qabul tasdigʻi</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Qabul tasdigʻi yaratildi %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Qabul tasdigʻi hali yoʻq</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Qoʻshilgan tadqiqotchilar</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Hali birorta tadqiqotchi qoʻshilmagan. Quyida qoʻshing yoki “Kiruvchi paketlar” boʻlimida paketni import qilib, yuboruvchisini oʻsha yerda qoʻshing.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Tanlangan tadqiqotchi</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Kalitning barmoq izi</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ochiq kalit</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmoq izi (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Ochiq kalit (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Amal qilish boshlanishi</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Kalit qachondan amal qilishini cheklash</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Amal qilish boshlanishi (sana)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Amal qilish muddati</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Kalit qachongacha amal qilishini cheklash</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Amal qilish muddati (sana, shu kun ham kiradi)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Sanalarni saqlash</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Kalitning amal qilish muddatini saqlash</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Hozir toʻxtatish</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Bu tadqiqotchining kalitini hozir toʻxtatish</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Amal qilish muddati haqida xabar</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Bu tadqiqotchidan kelgan paketlar</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Bu tadqiqotchidan hali paket kelmagan.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Uning fayllari qachon qabul qilinadi</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Bu tadqiqotchi imzolagan paketlar faqat shu sanalar oraligʻida qabul qilinadi. Agar uning noutbuki yoʻqolgan yoki olib qoʻyilgan boʻlsa yoki u siz bilan ishlashni toʻxtatgan boʻlsa, kalitni hozir toʻxtating: bundan keyin u imzolagan paketlar rad etiladi; avval import qilinganlari qoladi.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Uning paketlari</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Tadqiqotchining ochiq kaliti</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Bu tadqiqotchi uchun ism</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Xavfsizlik kodini koʻrsatish</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Bu raqamlarni tadqiqotchi bilan telefon orqali yoki yuzma-yuz solishtiring: undan “Shaxsingiz” ekranidagi xavfsizlik kodini guruhma-guruh ovoz chiqarib oʻqib berishini soʻrang. Buning uchun xabardan foydalanmang: kalitni oʻzgartira olgan odam xabarni ham oʻzgartira oladi.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Mos keladi</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Mos kelmaydi</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Tadqiqotchi qoʻshish haqida xabar</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Bu kalitning xavfsizlik kodi:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Tadqiqotchilar</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Paketlar faqat siz bu yerda xavfsizlik kodini ular bilan solishtirib qoʻshgan tadqiqotchilardan import qilinadi.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Tadqiqotchi qoʻshish</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Tadqiqotchining “Shaxsingiz” ekranidagi ochiq kalitni (u maxfiy emas; uni messenjer orqali yuborish mumkin) va uni qanday nom bilan bilsangiz, oʻsha nomni kiriting.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>%1 uchun sanalar saqlandi.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>%1 kalitining amali toʻxtatildi. Bundan keyin u imzolagan paketlar rad etiladi; avval import qilingan paketlar qoladi.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Avval tadqiqotchining “Shaxsingiz” ekranidagi ochiq kalitni kiriting.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Bu kalit allaqachon %1 nomi bilan qoʻshilgan.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Bu tadqiqotchi uchun ism kiriting, shunda uning fayllarini taniy olasiz.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 qoʻshildi. U imzolagan paketlar endi qabul qilinadi.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Hech kim qoʻshilmadi. Bu kalitdan foydalanmang: uni yoʻlda kimdir oʻzgartirgan boʻlishi mumkin. Tadqiqotchidan kalitni qaytadan berishini soʻrang, iloji boʻlsa yuzma-yuz.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Parolni yashirish</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Parolni ko‘rsatish</translation>
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
        <translation>Xavfsizlik kodi</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Chegaradan oldin omborni muhrlang. Muhrlangan ombor na parolingiz, na tiklash kodingiz bilan ochiladi — na shu yerda, na disk nusxasidan — toki tashkilotingiz sizga qo&apos;ng&apos;iroq qilib, ochish tokenini yubormaguncha. Muhrlashdan oldin olingan nusxa himoyalanmaydi.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Muhrlash nimadan himoya qiladi</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Xavfsizlik kodingiz</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Omborni ochib beradigan tashkilot</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Muhrlash uchun parolingiz</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Safar uchun muhrlash...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Muhrlash holati</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Safar uchun muhrlash</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Xavfsizlik kodingiz: %1. Tashkilotingiz omborni ochib berish uchun qoʻngʻiroq qilganda, sizdan shu kodni oʻqib berishni soʻraydi, ombor muhrlangan paytda esa uni koʻrsatib boʻlmaydi: uni yozib oling.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Omborni muhrlash uchun parolingizni kiriting.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Safar so&apos;rovini saqlash</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Muhrlanmoqda...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Shuncha daqiqa harakatsizlikdan keyin qulflash</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Ombor jildi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Klaviatura tugmalari...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura tugmalari</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Harakatsizlikda qulflash vaqti</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Omboringiz jildi</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Klaviatura</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Omborni tozalash</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Ombor jildidagi hamma narsa shifrlangan. Guvoh ochiq turganda jildni nusxalamang; uning oʻrniga shu yerda zaxira nusxa oling.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Sozlama hozir qoʻllandi, lekin uni keyingi safar uchun saqlab boʻlmadi.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Endi Guvoh %n daqiqa harakatsizlikdan keyin qulflanadi.</numerusform>
            <numerusform>Endi Guvoh %n daqiqa harakatsizlikdan keyin qulflanadi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Ekrandagi asosiy amalni bajarish: qulfni ochish, ombor yaratish, davom etish</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Orqaga qaytish («Orqaga» tugmasi bor joyda)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Kiritilayotgan parolni ko‘rsatish yoki yashirish</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Omborni qulflash</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Yangi ish boshlash</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Ishlarni qidirish</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Ishni saqlash</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Yozuvdagi tagiga chizilgan harf bilan: shu maydon yoki tugmaga o‘tish</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Keyingi maydonga o‘tish (Shift+Tab: oldingisiga)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Klaviatura tugmalari ro‘yxatini ko‘rsatish</translation>
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
        <translation>Klaviatura tugmalari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation>Qadam</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Saqlash holati</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Bu yerda oxirgi marta yozganingizdan keyin hikoyangiz «Ishlar» boʻlimida oʻzgartirilgan yoki oʻchirilgan, shuning uchun uning ustiga hech narsa saqlanmadi. Bu yerda boshqa hikoyani aytib berishingiz mumkin.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hali saqlanmadi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saqlanmadi</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Hikoyangizni saqlab boʻlmadi: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Hali hech narsa saqlanmagan</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Shifrlangan omboringizda saqlandi: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Hikoyangiz sizga tegishli</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Siz bir nechta qisqa savolga javob berasiz. Siz tanlagan tashkilot uchun fayl yaratmaguningizcha hamma narsa shu kompyuterda shifrlangan holda qoladi va faylni faqat oʻsha tashkilot ocha oladi. Istalgan vaqtda toʻxtashingiz mumkin: yozganlaringiz omboringizda saqlanadi.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Men oʻz hikoyamni oʻzim tanlagan tashkilotga bermoqchiman</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Tashkilot undan quyidagilar uchun foydalanishi mumkin:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Nima sodir boʻldi?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Oʻz soʻzlaringiz bilan, istalgan tilda, xohlaganingizcha uzun yoki qisqa qilib aytib bering.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Nima yuborilishini tekshiring</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Tashkilot uchun faylda mana shular boʻladi. Agar biror narsa siz xohlagandek boʻlmasa, uning yonidagi «Oʻzgartirish» tugmasini bosing.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima sodir boʻldi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Sizni qanday nomlashadi</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Tashkilot undan quyidagilar uchun foydalanishi mumkin</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Faylni kim ocha oladi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgartirish</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Oʻzgartirish: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Koʻrsatilmagan</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Fayl yoʻq</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Faylda yoʻq.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Faylda: %1. U himoyalangan holda saqlanadi: uni faqat tashkilot xodimlari koʻradi va u hech qachon eʼlon qilinmaydi.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Faylda: %1. Tashkilot bu ismdan foydalanishi mumkin.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Haqiqiy ismingiz bilan</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Umuman nomlanmaysiz: siz anonim qolasiz</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Faylda: %1. U himoyalangan holda saqlanadi: uni faqat tashkilot xodimlari koʻradi.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Faylda yoʻq: siz ular siz bilan bogʻlanishi mumkin dedingiz, lekin siz bilan qanday bogʻlanish mumkinligini yozmadingiz.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Faylda yoʻq: tashkilot siz bilan bogʻlanmaydi.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Faqat %1. Fayl siz tomondan imzolangan.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Siz eslay olmaysiz</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Hikoyangizni nomlash uchun bir necha soʻz (bu yerga odamlarning ismlarini yozmang):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Qisqa sarlavha</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Mening hikoyam</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Bu qachon sodir boʻldi?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Qanchalik aniq eslasangiz, shunday yozing. Agar bu uzoq davom etgan boʻlsa, qachon boshlanganini koʻrsating.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yil</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Bu qachon boʻlganini eslay olmayman</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Yilning oʻzi yetarli. Oy yoki kunni eslay olmasangiz, boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Yilni yozing yoki «Bu qachon boʻlganini eslay olmayman» ni tanlang.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Yilni toʻrt raqam bilan yozing (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Oyni ham tanlang yoki kunni boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Bu qayerda sodir boʻldi?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Mamlakat va xohlasangiz, shahar. Hech qachon koʻcha manzilini yozmang.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Mamlakat (qidirish uchun yozing)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Qidirish uchun yozing</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Shahar yoki qishloq</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Kimlar ishtirok etgan?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Buni qilganlar (politsiya, konsullik, tanishlaringizdan biri...) va u yerda boʻlgan yoki zarar koʻrgan boshqa har kim. Faqat aytishga oʻzingiz rozi boʻlgan narsani yozing; bu joyni boʻsh qoldirishingiz mumkin.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Kimlar ishtirok etgan</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Tashkilot siz bilan bogʻlanishi mumkinmi?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Masalan, hikoyangiz haqida savol berish uchun.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Ha, men bilan bogʻlanishlari mumkin</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Yoʻq, iltimos, men bilan bogʻlanmang</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Siz bilan qanday qilib xavfsiz bogʻlanish mumkin? (messenjerdagi ism, telefon raqami yoki sizni soʻrash mumkin boʻlgan odam). Bu maʼlumot himoyalangan holda saqlanadi.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Siz bilan qanday bogʻlanish mumkin</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Siz bilan qanday bogʻlanish mumkinligini yozing yoki «Yoʻq, iltimos, men bilan bogʻlanmang» ni tanlang.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Sizni qanday nomlash kerak?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Bu tashkilotga hikoyangizdan foydalansa, sizni qanday nomlashi mumkinligini bildiradi.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Haqiqiy ismim bilan</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Men tanlagan boshqa ism bilan (hech qachon haqiqiy ismim emas)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Umuman nomlanmasin: men anonim qolaman</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Haqiqiy ismingiz</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Uning oʻrniga ishlatiladigan ism</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Oʻrniga ishlatiladigan ism</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Haqiqiy ismingizni yozing yoki sizni atashning boshqa usulini tanlang.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Oʻrniga ishlatiladigan ismni yozing yoki sizni atashning boshqa usulini tanlang.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Hikoyangizni kim olishi kerak?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Faylni faqat siz tanlagan tashkilot ocha oladi.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Ishonchli tashkilotlar</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Siz hali tashkilot qoʻshmagansiz. U sizga bergan kartochka faylini quyida yuklang.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Boshqa tashkilotmi? U sizga bergan kartochka faylini tanlang; soʻng uning xavfsizlik kodini ular bilan telefon orqali yoki yuzma-yuz solishtirasiz.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Faylni yaratish</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Fayl qayerga saqlansin?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Fayl uchun jild</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Faylni qayerga saqlashni tanlang</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Faylingiz tayyor</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Hikoyangiz shu faylda, shifrlangan va siz tomondan imzolangan:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Hikoyangiz yozilgan fayl</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Uni qanday yetkazish kerak</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Boshqa hikoya aytib berish</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1-qadam, jami %2 ta</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Haqiqiy ismingizni yozish shart emas. Agar yozsangiz, u himoyalangan holda saqlanadi: uni faqat tashkilot xodimlari koʻradi va u hech qachon eʼlon qilinmaydi.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Tashkilot bu ismdan foydalanishi mumkin.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Hikoyangizda hech qanday ism boʻlmaydi. Tashkilot siz bilan faqat siz ruxsat bergan boʻlsangiz bogʻlana oladi.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Bunday kun yoʻq; kun va oyni tekshiring.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Hikoyangiz faqat %1 ocha oladigan bitta faylga joylanadi. U siz tomondan imzolanadi, shuning uchun ular yoʻlda hech kim uni oʻzgartirmaganini bila oladi.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Fayl uchun mavjud jildni tanlang.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Rasmlar, hujjatlar yoki yozuv</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Agar sizda sodir boʻlgan voqea haqida rasm yoki hujjat boʻlsa yoki uni ovoz chiqarib aytib berishni afzal koʻrsangiz, shu yerga qoʻshing. U shifrlangan holda omboringizga saqlanadi va hikoyangizga biriktiriladi. Bu qadamni oʻtkazib yuborishingiz mumkin.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Hikoyangizga biriktirilgan fayllar</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Rasm yoki hujjat qoʻshish...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Hikoyangizga rasm yoki hujjat qoʻshish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Tanlangan faylni hikoyangizdan olib tashlash</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Fayllar haqida xabar</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Faylni qoʻshish jarayoni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Faylni qoʻshishni bekor qilish</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Ovoz chiqarib aytib berish</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 hikoyangizdan olib tashlansinmi?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Fayl omboringizdan butunlay oʻchiriladi.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Faylni olib tashlash</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Fayl olib tashlandi.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (shu ish joyi)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Barmoq izi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Chiqarilgan</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Jamoadagi ismingiz</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Ismingiz, boshqa koordinatorlar uni shunday koʻradi</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Jamoadagi xavfsizlik kodingiz</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Qatoringiz</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Qatorni nusxalash</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Qatoringizni nusxalash</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Umumiy jild</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Umumiy jildni tanlash...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Umumiy jildni tanlash</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Jamoadagi koordinatorlar</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Koordinatorni taklif qilish...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Koordinatorni taklif qilish</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Chiqarish...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Tanlangan koordinatorni chiqarish</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Oxirgi sinxronlash</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Jamoa</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Tashkilotingizning bir nechta koordinatori ishni birga qilishi mumkin. Har birining oʻz ombori bor; Syncthing bir xil holatda saqlaydigan umumiy jild ular orasida faqat shifrlangan fayllarni tashiydi.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Jamoadagi xavfsizlik kodingiz:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Sizni taklif qiladigan koordinator uchun qatoringiz. Xavfsizlik kodini u bilan telefonda yoki yuzma-yuz solishtiring.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Ombor ochiq ekan, Guvoh bu jildni oʻzi oʻqib turadi.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Umumiy jildni tanlash jamoani boshlaydi, siz esa uning birinchi koordinatori boʻlasiz.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Avval jamoadagi ismingizni yozing: boshqa koordinatorlar uni siz qaror qilgan har bir narsa yonida koʻradi.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Qatoringiz nusxalandi.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Umumiy jild: %1. Ombor ochiq ekan, Guvoh uni oʻzi oʻqib turadi.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 jamoadan chiqarilsinmi?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>%1 bundan keyin kiritadigan oʻzgarishlar barcha ish joylarida rad etiladi. Tashkilotingiz yangi kartochka oladi, uni keyingi qadamda saqlaysiz: tadqiqotchilaringiz yana yuborishdan oldin yangi kartochkaga ishonishlari kerak.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 ni chiqarish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Yangi kartochkani saqlash</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 jamoadan chiqarildi. Yangi kartochka %2 sifatida saqlandi. Tadqiqotchilaringiz yana yuborishdan oldin yangi kartochkaga ishonishlari va uning yangi xavfsizlik kodini siz bilan solishtirishlari kerak.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sinxronlanmoqda...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>Jamoaning %n ta faylini bu ish joyi hali oʻqiy olmaydi.</numerusform>
            <numerusform>Jamoaning %n ta faylini bu ish joyi hali oʻqiy olmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>%1 dagi sinxronlash amalga oshmadi: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Oxirgi sinxronlash %1 da: yangi narsa yoʻq.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Oxirgi sinxronlash %1 da: import qilingan paketlar %2, qoʻllangan jamoa oʻzgarishlari %3, yuboruvchisini kutayotgan paketlar %4, rad etilgan paketlar %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Koʻrib chiqilmoqda</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Qoʻshimcha ish kerak</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Holat: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tayinlangan: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Hech kim tayinlanmagan</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Teg qoʻshildi: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Teg olib tashlandi: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Eslatma: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Arxivdan olib tashlandi</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (ustidan yozildi: bir vaqtda oʻzgartirilgan)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tayinlangan</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Koordinator ismi</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tayinlash</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Ishni tayinlash</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Yangi teg</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Tegni qoʻshish</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Tegni olib tashlash</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Tanlangan tegni olib tashlash</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Yangi eslatma</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Eslatmani qoʻshish</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Kim nimani qachon oʻzgartirgan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Eslatma</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Bu ish tashkilotingiz ishida qaysi bosqichda. Jamoangizdagi boshqa koordinatorlar har bir oʻzgarishni koʻradi.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
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
        <translation>Parol</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Unutdingizmi? Tiklash kodidan foydalaning</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Omboringizni ochish uchun parolingizni kiriting.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Iltimos, parolingizni kiriting.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Omboringiz ochilmoqda...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Ochish tokeni</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Ochish tokenini shu yerga qo&apos;ying</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Token faylini ochish...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Muhrni ochish</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Muhrni ochish holati</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Tashkilotingiz siz bilan gaplashgandan keyin ochish tokenini yuboradi. Uni qo&apos;ying yoki faylini oching, so&apos;ng «Muhrni ochish»ni tanlang; parolingiz yuqoridagi maydonda qoladi.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Ochish tokenini ochish</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Bu fayl ochish tokeni emas.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Avval ochish tokenini qo&apos;ying.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Muhr ochilmoqda...</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation>Guvoh – fayl</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Faylni koʻrish</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Fayl nomi</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Bu faylning yashirin maʼlumotlari</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Fayl ochilmoqda</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Fayl bilan muammo</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Nusxasini saqlash...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Bu faylni boshqa joyda ochish uchun uning shifrlanmagan nusxasini saqlash</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Fayl matni</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Koʻrishni yopish</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh faqat PNG va JPEG rasmlarini, WAV yozuvlarini va oddiy matnni koʻrsatadi, shuning uchun bu fayl bu yerda ochilmaydi. Uning nusxasini saqlab, boshqa dastur bilan ochishingiz mumkin, lekin tashqaridan kelgan fayl uni ochgan kompyuterga zarar yetkazadigan qilib tayyorlangan boʻlishi mumkin.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>xabar</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Roʻyxatda yoʻq: ishlatilmaydi.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Roʻyxatda yoʻq: saqlanmadi.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Notoʻgʻri parollardan keyin omborni tozalash</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Bu kompyuterda parolingizni taxmin qilishga urinayotgan odamni toʻxtatadi. Avval diskdan nusxa olgan odamni toʻxtatmaydi: nusxada hisob qaytadan boshlanadi.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Hech qachon (oʻchiq)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Ketma-ket %n ta notoʻgʻri paroldan keyin</numerusform>
            <numerusform>Ketma-ket %n ta notoʻgʻri paroldan keyin</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Notoʻgʻri parollar endi omborni tozalamaydi.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Endi ombor ketma-ket %n ta notoʻgʻri paroldan keyin tozalanadi.</numerusform>
            <numerusform>Endi ombor ketma-ket %n ta notoʻgʻri paroldan keyin tozalanadi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Omborni tozalash...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Omborni tozalab yoʻq qilish</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>tozalash</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Omborni tozalab yoʻq qilish</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Bu kompyuterdagi ombor hozir yoʻq qilinadi: barcha ishlar saqlangan nusxalari va qoralamalari bilan, barcha yozuvlar va fayllar, siz ishonadigan tashkilotlar va kalitlaringiz. Parolingiz ham, tiklash kodingiz ham uni endi ocha olmaydi. Buni hech kim ortga qaytara olmaydi, tashkilot esa olmagan narsasini tiklab bera olmaydi.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Bu sizni tozalashdan keyin kompyuterni olib ketgan odamdan himoya qiladi. Undan oldin olingan disk nusxasida ombor avvalgidek qulflangan holda saqlanib qoladi.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Omborni tozalash uchun quyida shu soʻzni yozing:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Yoziladigan soʻz</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Tozalashni tasdiqlash soʻzi</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Omborni tozalash</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Omborni qoldirish</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Omborni qoldirib yopish</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Omborni tozalab yoʻq qilasizmi?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Hikoyangizni aytib bering</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kiruvchi paketlar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Tadqiqotchilar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Umumiy koʻrinish</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tashkilotlar</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Shaxsingiz</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Ombor holati</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Qulflash</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Omborni qulflash (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Omborni qulflash</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Bu aldamchi nusxa, sizning omboringiz emas. U ishlatilgandek koʻrinishi uchun oddiy ishlar va fayllar qoʻshing, soʻng qulflang: parolingiz omboringizni yana ochadi.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Aldamchi nusxa</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Qulflangan</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Qulf ochiq – %n daqiqa harakatsizlikdan keyin qulflanadi</numerusform>
            <numerusform>Qulf ochiq – %n daqiqa harakatsizlikdan keyin qulflanadi</numerusform>
        </translation>
    </message>
</context>
</TS>
