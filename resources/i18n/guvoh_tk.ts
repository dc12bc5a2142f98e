<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Oýnat</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>Bu kompýuterde dinamik ýa-da nauşnik tapylmady, şonuň üçin ýazgyny bu ýerde diňläp bolmaýar.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Bu kompýuteriň ses ulgamy bu ýazgyny oýnadyp bilmeýär.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Arakesme</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up the vault...</source>
        <translation>Seýfiň ätiýaçlyk nusgasyny al...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Seýfiň ätiýaçlyk nusgasyny al</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ätiýaçlyk nusgasyny almagyň barşy</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Ätiýaçlyk nusgasyny almagy ýatyr</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Ätiýaçlyk nusgasynyň ýagdaýy</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Ätiýaçlyk nusga — bütin seýfiň nusgasydyr. Ol seýf ýaly şifrlenýär we siz işläp otyrkaňyz hem howpsuz alynýar. Ony şu kompýuterden aýry diskde saklaň. Başga kompýuterde ol dikeldiş koduňyz bilen açylýar.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Ätiýaçlyk nusgany nirede saklamalydygyny saýlaň</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Ätiýaçlyk nusga %1 ýerine alynýar...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Togtadylýar...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Ätiýaçlyk nusga %1 ýerine alyndy: %2, %3. Ony şu kompýuterden aýry saklaň.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n iş</numerusform>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>%1 iberdi, onuň açary bilen gol çekildi (barlandy).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>ady görkezilmedik iberiji</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Döredilen: %1, import edilen: %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Tassyknama: %1 döredildi.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Tassyknama: entek ýok.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Bu seýfden iberildi, siz gol çekdiňiz.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Döredilen: %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Tassyknama: %1 alyndy.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Kim iberdi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>Bu paketden gelen %n sany goşulan faýl, olaryň her biri gol çekilen paket bilen deňeşdirilip barlandy. Olar hiç haçan özbaşdak açylmaýar.</numerusform>
            <numerusform>Bu paketden gelen %n sany goşulan faýl, olaryň her biri gol çekilen paket bilen deňeşdirilip barlandy. Olar hiç haçan özbaşdak açylmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>Bu iş bilen goşulan faýl gelmedi.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Goşulan faýllar</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tassyknama</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Gol çekeniň açarynyň barmak yzy: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>Paket faýlynyň SHA-256: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Döredilen (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Import edilen (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Getirilen iş wersiýasy: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Goşundy %1 (%2): %3 baýt, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>indi seýfde ýok</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Tehniki maglumatlar</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Tassyknama döret...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Tassyknama döret</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Guramanyň kartoçka faýly</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Guramanyň kartoçkasyny saýlaň</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Guramanyň kartoçkalary (*.card *.txt);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Kartoçkany oka</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Guramanyň ady</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Bu sanlary gurama bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň: olaryň koordinatoryndan howpsuzlyk koduny topar-topar edip sesli okamagyny haýyş ediň. Munuň üçin habar ýa-da e-poçta ulanmaň: kartoçkany üýtgedip bilýän adam habary hem üýtgedip biler.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Gabat gelýär</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Bu kartoçka ynamdar kartoçkanyň ornuny tutýar</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Bu kartoçkadaky howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 ýerinde faýl ýok.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>%1 faýlyny okap bolmady.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Bu kartoçka %1 üçin siziň ynanýan kartoçkaňyzyň ornuny tutýar. Köne kartoçkanyň howpsuzlyk kody %2 bolupdy; bu kartoçkanyňky aşakda. Onuň şifrleme açary üýtgeýär: öňküsi %3, täzesi %4. Täze kod gabat gelse, mundan beýläk iberýän zatlaryňyz diňe täze açar üçin şifrlener.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Guramanyň size beren kartoçka faýlyny saýlaň.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>%1 indi ynamdar diýlip bellendi. Oňa iberýän faýllaryňyzy diňe %1 koordinatorlary açyp biler.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Hiç zat ynamdar diýlip bellenmedi. Bu kartoçkany ulanmaň: ony kimdir biri üýtgeden bolmagy mümkin. Guramadan kartoçkasyny täzeden bermegini, mümkin bolsa ýüzbe-ýüz bermegini haýyş ediň.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Gözlemek üçin ýazyň</translation>
    </message>
    <message>
        <source>search</source>
        <translation>gözleg</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>saýlanan</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Saýlanan: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ýurt</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Ýurt görkezilmedik</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <source>region</source>
        <translation>sebit</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Şäher ýa-da oba</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şäher</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>gizlin</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Adam %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senesiz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersiýa</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saklandy</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksport edildi</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Eksport edildi %1 (möhürlenen)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Işiň bölümleri</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Söhbetdeşlik we razylyk</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Beýan</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Adamlar</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Wakalar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Faýllar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Taryh</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← &amp;Işlere dolan</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Işleriň sanawyna dolan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Bellige alyş belgisi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ýatda sa&amp;kla</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Işi ýatda sakla</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Şifrlenen seýfiňizde sakla (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Gysga at, howp astyndaky adamlaryň atlary bolmasyn</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>A&amp;dy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ýagdaý&amp;y</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Eksport edilen işler barada</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgetmeleri poz</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Ýatda saklamagyň ýagdaýy</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Garalama - entek ýazylýar</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Ibermäge taýýar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Razylyk</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Adam doly maglumat alyp, &amp;razylygyny berdi</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Razylyk berildi</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Razylyk: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Razylyk berlen ulanyşlar</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Anonimlik isleýärmi</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Görkezilmedik</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>A&amp;nonimlik</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Onuň bilen ýene habarlaşyp bileris</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Ýene habarlaşyp bolýar</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Razylyk yzyna alyndy</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Razylyk yzyna alnan</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÝÝÝÝ-AA-GG</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>Razylygyň yzyna alnan güni</translation>
    </message>
    <message>
        <source>on</source>
        <translation>senesi</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Adamyň goýan şertleri ýa-da çäklendirmeleri</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Şertler</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Söhbetdeşlik</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Söhbetdeşligiň güni</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Sen&amp;esi</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Söhbetdeşligiň geçen ýeri</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Söhbetdeşlik geçireniň lakamy</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Diňe lakam, hiç haçan hakyky at däl</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Söhbetdeşlik geçiren</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Terjimeçi</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Adamyň häzir ýaşaýan ýurdy</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Häzir ýaşaýan ýeri</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Görkezmäniň dilleri</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Gysgaça mazmuny</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Işiň näme hakdadygyny aýdýan birnäçe setir</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Gysgaça &amp;mazmuny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tegler</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Açar sözler, otur bilen bölünen</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Te&amp;gler</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Görkezmäniň doly teksti</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Görkezme</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Işdäki adamlar</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adam goş</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Saýlanan adamy aýyr</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Adam aýryldy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yza gaýtar</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Yza gaýtar: aýrylan adamy yzyna getir</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Goralýan maglumatlary görke&amp;z</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Goralýan maglumatlary görkez</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Goralýan maglumatlar «Görkez» düwmesine basylýança nokatlar bilen görkezilýär we iş eksport edilende goşulman galdyrylyp bilner.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Bu işdäki adamyň belgisi</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Belgisi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;oly</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jynsy</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Raýatlygy</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Adamyň häzir ýaşaýan ýeri</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Pida bolana garyndaşlygy</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Garyndaşlyk haýsy pida bolana degişli</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Hakyky ady</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Lakamy</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Doglan ýyly</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Ýaşaýan ýeri</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Habarlaşmak üçin</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Goralýan</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Gorap sakla: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Kime degişli</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Aýryldy: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>Işiň wakalary</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Waka goş</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Saýlanan wakany aýyr</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ÝÝÝÝ, ÝÝÝÝ-AA ýa-da ÝÝÝÝ-AA-GG</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Wakanyň senesi</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Sene näçe takyk</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Takyklygy görkezilmedik</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Haçan</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Wakanyň bolan ýeri</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nirede</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Näme edildi</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Kim etdi</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kime garşy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Näme boldy</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Ýatda saklanan wersiýalar</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Bu wersiýany g&amp;ör</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Saýlanan wersiýany gör</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Bu wersiýany &amp;dikelt</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Saýlanan wersiýany täze wersiýa hökmünde dikelt</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Bu wersiýanyň mazmunyny iň täze wersiýa hökmünde täzeden ýatda saklaýar. Her wersiýa öňküsi ýaly galýar.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Saýlanan wersiýa, diňe okamak üçin</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Her gezek ýatda saklananda wersiýa hökmünde galýar. Eksport edilen wersiýa möhürlenýär we hiç haçan üýtgemeýär.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Täze iş, entek ýatda saklanmady.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Şifrlenen seýfiňizde %1 saklandy.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Iş %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Täze iş</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Bu iş eksport edildi. Ony henizem üýtgedip bilersiňiz: ýatda saklanyňyzda üýtgetmeleriňiz täze garalama wersiýasy bolup galar, eksport edilen nusga bolsa öňküsi ýaly galar.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Alnan işden döredildi</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Ýatda saklanmadyk üýtgetmeler garalamada</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>Üýtgetmeler bilen &amp;dowam et</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgetmeler bilen dowam et</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Olary &amp;poz</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Üýtgetmeler entek ýatda saklanmady.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Üýtgetmeleriňizi garalama hökmünde saklap bolmady: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Garalama şifrlenen seýfiňizde saklandy.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Şifrlenen seýfiňizde ýaňy saklandy.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Şifrlenen seýfiňizde %n sekunt öň saklandy.</numerusform>
            <numerusform>Şifrlenen seýfiňizde %n sekunt öň saklandy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Şifrlenen seýfiňizde bir minut öň saklandy.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Şifrlenen seýfiňizde %n minut öň saklandy.</numerusform>
            <numerusform>Şifrlenen seýfiňizde %n minut öň saklandy.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Siziň başlan täze işiňiz (soňky üýtgeme: %1) entek ýatda saklanmady. Ol şifrlenen seýfiňizde garalama hökmünde saklanýar. Ony dowam etdiriň ýa-da pozup, täzeden başlaň.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>Bu işde entek ýatda saklanmadyk üýtgetmeleriňiz bar (soňky üýtgeme: %1). Olar şifrlenen seýfiňizde garalama hökmünde saklanýar. Olar bilen dowam ediň ýa-da olary pozup, soňky ýatda saklanan wersiýany görüň.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Ýatda saklanmadyk üýtgetmeleriňiz yzyna gaýtaryldy. Garalama şifrlenen seýfiňizde saklandy; olary täze wersiýa hökmünde galdyrmak üçin ýatda saklaň.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>%1-nji wersiýa, %2 saklanan (diňe okamak üçin; goralýan maglumatlar gizlenen)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Alnan görkezme, diňe okamak üçin.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Alnan görkezme: görkezmäniň özi diňe okamak üçin; onuň ýagdaýyny we belliklerini «Ýagdaýy we bellikler» bölüminde ýazyp bolýar.</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Ýagdaýy we &amp;bellikler</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Alnan %1 işiň iş nusgasy; işiň özi nähili gelen bolsa, şeýle-de galýar.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (iş nusgasy)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Bu alnan %1 işiň iş nusgasy, şifrlenen seýfiňizde saklandy. Alnan iş nähili gelen bolsa, şeýle-de galýar.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Soňky ýatda saklanandan soňky üýtgetmeleriňiz saklanmady. %1-nji wersiýany dikeltmek olaryň ornuny tutar; ýatda saklanan her wersiýa öňküsi ýaly galýar. %1-nji wersiýa dikeldilsinmi?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Öňki wersiýany dikelt</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>%1-nji wersiýany dikelt</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Üýtgetmelerimi galdyr</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>%1-nji wersiýa täze wersiýa hökmünde dikeldildi: %2. Öňki her wersiýa öňküsi ýaly galýar.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>hakyky ady</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>lakamy</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>ýaşaýan ýeri</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>habarlaşmak üçin maglumat</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Goralýan maglumat gabat geldi: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Ýatda saklanmadyk üýtgetmeler bar: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Bu işdäki üýtgetmeler entek ýatda saklanmady. Olar şifrlenen seýfiňizde garalama hökmünde saklanýar: olar bilen dowam etmek ýa-da olary pozmak üçin işi açyň.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Bellige alyş belgisi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Soňky üýtgedilen wagty</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Tapylan ýeri</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Garalama</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ibermäge taýýar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksport edildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Eltildi</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Bellendi</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Islendik bellenme</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Maňa bellenen</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Hiç kime bellenmedik</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Atlary, ýerleri, sözleri gözle...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Işleri gözle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Islendik ýagdaý</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Islendik hereket</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Näme boldy</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Islendik ýurt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Barlagçy</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Täze iş</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Täze iş başla (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Görkezilen işleriň sany</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Entek iş ýok. Ilkinji görkezmäni ýazmak üçin «Täze iş» düwmesine basyň.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Entek iş ýok. Işler «Gelen paketler» arkaly gelýär: gözlegçileriň we öz wakasyny gürrüň berýän adamlaryň iberen faýllaryny şol ýerde import ediň.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Islendik barlagçy</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Islendik paket</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Hiç zat tapylmady. Azrak söz ýa-da başga süzgüçler ulanyp görüň.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>%n işden köp tapyldy</numerusform>
            <numerusform>%n işden köp tapyldy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n iş tapyldy</numerusform>
            <numerusform>%n iş tapyldy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Gurama üçin eksport et...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Gurama üçin eksport et</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Saýlanan işlerden (ýa-da ähli taýýar işlerden) şifrlenen faýl döret</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Tassyknamany import et...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Tassyknamany import et</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Eltilen işleri aýyr...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Eltilen işleri aýyr</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Bu iş nireden geldi</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Hasabat...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Saýlanan işler boýunça hasabat ýaz</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>Saýlanan işleriň (ýa-da görkezilen ähli işleriň) PDF, CSV ýa-da JSON faýly</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Tassyknamalary döret...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Tassyknamalary döret</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Ýatda saklanmadyk üýtgetmeler garalamada</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>%1 işindäki üýtgetmeleriňiz entek ýatda saklanmady. Olar şifrlenen seýfiňizde garalama hökmünde saklanýar: olar bilen dowam etmek ýa-da olary pozmak üçin işi açyň.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Siziň başlan täze işiňiz entek ýatda saklanmady. Ol şifrlenen seýfiňizde garalama hökmünde saklanýar: ony dowam etdirmek ýa-da pozmak üçin «Täze iş» düwmesine basyň.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Jemi: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Maglumat ýok</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: maglumat ýok</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Diagramma. Onuň ýanyndaky tablisada şol bir sanlar görkezilýär.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tablisa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n iş; %1 işde hereketiň görnüşi ýazylmadyk.</numerusform>
            <numerusform>%n iş; %1 işde hereketiň görnüşi ýazylmadyk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n iş; %1 işde gelip çykan ýurdy ýazylmadyk.</numerusform>
            <numerusform>%n iş; %1 işde gelip çykan ýurdy ýazylmadyk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n iş; %1 işde ýaşaýan ýurdy ýazylmadyk.</numerusform>
            <numerusform>%n iş; %1 işde ýaşaýan ýurdy ýazylmadyk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n iş; %1 işde hiç bir wakanyň aýy ýazylmadyk.</numerusform>
            <numerusform>%n iş; %1 işde hiç bir wakanyň aýy ýazylmadyk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Diagrammada iň ulusy %1 görkezilýär; tablisada ähli %2 bar.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>Diňe ýyly bellenen wakalar: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Seýfi kiçelt</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Kiçeldilýär</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Kiçeltmegiň ýagdaýy</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Pozulan işleriň we eltilenden soň aýrylan işleriň üstünden şol bada ýazylýar. Kiçeltmek boşan ýeri hem aýyrýar, şonuň üçin seýfiň ölçegi onda öň näçe maglumat bolandygyny indi görkezmeýär. Uly seýfde bu birneme wagt alyp biler.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Seýf kiçeldilýär...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Kiçeldildi: öň %1, indi %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Gabat gelýär</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>Guvoh garaşylmadyk mesele bilen ýüzbe-ýüz boldy. Seýfiňizde saklanan zatlar howpsuz; soňky üýtgetme ýatda saklanmadyk bolmagy mümkin.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Aşakdaky maglumatlarda diňe Guvoh-yň kodundaky ýer görkezilýär, siziň ýazanlaryňyz hiç haçan görkezilmeýär. Olary Guvoh-y goldaýan adamlara göçürip iberip bilersiňiz.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Garaşylmadyk mesele</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh görkezmeleri şu kompýuterde şifrlenen görnüşde saklaýar. Ilki bilen ony nähili ulanjakdygyňyzy aýdyň we parol saýlaň.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Men adamlar bilen söhbetdeşlik geçirýärin</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Men öz wakamy gürrüň bermek isleýärin</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Men gurama üçin paketleri kabul edýärin</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Beýlekileriň görjek ady</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Lakam hem bolýar</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Seýfimi döret</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Guvoh-a hoş geldiňiz</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Programmanyň görünýän ady</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Seýfiňiz şu kompýuteriň açar saklaýjysyna hem baglanar, şonuň üçin diňe göçürilen faýllary açyp bolmaz.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>Bu kompýuterde ulgam açar saklaýjysy ýok, şonuň üçin seýfi diňe parolyňyz goraýar. Ony gowy saýlaň we seýf bukjasynyň nusgalaryny howpsuz ýerde saklaň.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Seýfiňiz döredilýär. Bu birnäçe sekunt alýar...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Işi aýyr...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Işi aýyr</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>%1 «%2» işi ähli saklanan wersiýalary, %3 we bellikleri bilen bu kompýuterden aýrylsynmy?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>%1 «%2» işi ähli saklanan wersiýalary we bellikleri bilen bu kompýuterden aýrylsynmy?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Näme aýrylar</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Muny yzyna gaýtaryp bolmaýar.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Muny yzyna gaýtaryp bolmaýar. Gurama bu işi alandygyny tassyklamady: eger ony ibermedik bolsaňyz, ol ýitýär.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Duýduryş</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Galdyr</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Galdyr we ýap</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>%1 işi aýrylsynmy?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Aýrylýar...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Jikme-jiklikler</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Programmanyň görünýän ady</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (gizlemesiz)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Býudjet</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Reseptler</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Bu ady ulan</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Gizlemäniň ýagdaýy</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Gizlemek: penjire, menýu ýazgysy, bukjalar we açar saklaýjydaky ýazgy Guvoh-yň ýerine ýönekeý at alýar. Bu kompýutere göz gezdirýän adamdan goraýar; diski barlaýan adamdan programmany we şifrlenen seýfi gizlemeýär. Ony üýtgetmek programmany gulplaýar we seýfi göçürýär; ony öňküsi ýaly açyň.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>Şu atly bukjada eýýäm başga faýllar bar ýa-da ol başga diskde. Hiç zat göçürilmedi; başga at saýlaň.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Paket faýllaryny ýa-da tutuş bukjalary şu ýere taşlaň</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Paket faýllary we bukjalar üçin taşlamak meýdançasy</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Kimdir biri sizi seýfi açmaga mejbur eden ýagdaý üçin ikinji parol. Seýfi açmak ekranynda ýazylanda, ol şu seýfe meňzeýän aldaýjy nusgany açýar, şondan soň bolsa parolyňyz hem, dikeldiş koduňyz hem hiç zady açmaýar — ne şu kompýuterde, ne-de soňra alnan diskiň nusgasyndan. Ol sizi ony ýazmazyňyzdan öň alnan diskiň nusgasyndan ýa-da iki nusga deňeşdirilende goramaýar. Ilki bilen aldaýjy nusgany adaty işler bilen dolduryň, şonda ol ulanylýan ýaly görüner.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>Mejbury parol nämeden goraýar</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Mejbury parolyň ýagdaýy</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Mejbury parol</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Mejbury paroly gaýtalaň</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Gaýtalaň</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Dikeldiş kody</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Dikeldiş koduňyz, bir gezek gerek</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Mejbury paroly belle</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Doldurmak üçin aldaýjy nusgany aç</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Seýfiňiz gulplanýar we onuň ýerine aldaýjy nusga açylýar; adatdakysy ýaly işleri we faýllary goşuň, soňra gulplaň. Parolyňyz seýfiňizi ýene açar.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Aýyr...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Mejbury paroly aýyr</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Mejbury parol barada habar</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Mejbury parol bellenen we ol aldaýjy nusgany açýar.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Aldaýjy nusga bar, emma ony hiç bir mejbury parol açmaýar: parolyňyzy çalşanyňyzda mejbury parol işlemesini bes etdi. Ony täzeden belläň.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Mejbury parol bellenmedik.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Mejbury paroly çalyş</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Mejbury paroly iki gezek ýazyň.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Iki mejbury parol deň däl.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Dikeldiş koduňyzy hem ýazyň.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Mejbury parol bellenýär...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Mejbury parol bellendi. Indi aldaýjy nusgany açyň we oňa birnäçe adaty iş goşuň, şonda ol ulanylýan ýaly görüner.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Mejbury parol indi hiç zady açmaz, aldaýjy nusga bolsa işleri we faýllary bilen ýok ediler. Dowam edilsinmi?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Galdyr</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Mejbury parol indi hiç zady açmaýar, aldaýjy nusga ýok edildi.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Garaşylmadyk ýalňyşlyk ýüze çykdy. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Paroly giriziň.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Azyndan 12 belgi ulanyň; biri-birine baglanyşyksyz dört ýa-da bäş söz gowy bolýar.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>Ol örän giňden ýaýran sözlerden ýa-da parollardan düzülen; seýrek duş gelýän sözleri goşuň.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>Ol klawiaturadaky nagyşa eýerýär; onuň ýerine biri-birine baglanyşyksyz sözleri ulanyň.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>Onda şol bir belgiler gaýtalanýar; birnäçe dürli söz ulanyň.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Ol abcd ýa-da 1234 ýaly aňsat yzygiderlik; biri-birine baglanyşyksyz sözleri ulanyň.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Seneleri we ýyllary çaklamak aňsat; onuň ýerine sözleri ulanyň.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>Onda siziň adyňyz ýa-da programmanyň ady bar; başga sözleri saýlaň.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Ony çaklamak gaty aňsat bolardy; ýene iki-üç sany baglanyşyksyz söz goşuň.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Disk doldy, şonuň üçin hiç zat üýtgedilmedi. Biraz ýer boşadyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Disk diňe okamak üçin, şonuň üçin hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>Guvoh-a %1 ýerine ýazmaga rugsat ýok, şonuň üçin hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>%1 ýerine ýazyp bolmady, şonuň üçin hiç zat üýtgedilmedi. Disk zaýalanýan bolmagy mümkin.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Dikeldiş kody 4 harp we sandan ybarat 8 topardan durýar; hiç biriniň düşüp galmandygyny barlaň.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>Dikeldiş kodunda onda bolup bilmeýän belgiler bar; ýazuw ýalňyşlaryny barlaň.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>Dikeldiş kodunda ýazuw ýalňyşlygy bar; her topary öz nusgaňyz bilen deňeşdiriň.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>Iş faýlynda %1 meýdany ýok.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>Iş faýlynda %1 ýerinde Guvoh-yň bilmeýän meýdany bar: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%1 ýerindäki %2 belli kod däl; sanawy resources/vocab/%3.json faýlynda serediň.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>%1 ýerindäki iş faýlynyň shema wersiýasy %2; bu Guvoh 1-nji wersiýany okaýar.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 %2 görnüşinde bolmaly.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>%1 gaty uzyn ýa-da gaty uly (çägi: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>%1 boş ýa-da gaty kiçi (azyndan %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>%1 garaşylýan görnüşde däl: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Iki ýazgy şol bir %2 ID-ni ulanýar (%1 ýerinde); ID-ler gaýtalanmaly däl.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 %2 diýip görkezýär, emma işde şeýle ID-li adam ýok.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 %2 faýlyny görkezýär, emma bu işde şeýle ID-li goşundy ýok.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 hakyky senenama senesi däl: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>Täze işde %1 meýdany bolup bilmez; ony seýf özi belleýär. Bar bolan işi üýtgetmek üçin &apos;guvoh case edit&apos; ulanyň.</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Bu faýl başga işe degişli (ID %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>%2 ýagdaýy eksport edilende ýa-da tassyknama arkaly bellenýär; iş faýlynda diňe draft ýa-da ready bolup biler.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Iş faýly %1 ýerinde nädogry: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>%1 faýly ýok; hiç zat saklanmady.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>%1 faýlyny okap bolmady; hiç zat saklanmady.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 faýl däl-de, bukja; hiç zat saklanmady.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>%1 faýly saklanýan wagty süýşürildi ýa-da pozuldy; hiç zat saklanmady. Täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>%1 faýly saklanýan wagty üýtgedi; hiç zat saklanmady. Oňa başga programma ýazmaýan wagty täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Import edildi.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Öň import edilen; hiç zat iki gezek import edilmedi.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Ret edildi: şol bir paket ID-li başga faýl öň görlüpdi (gaýtadan iberilen).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Biziň üçin däl: bu paket başga gurama niýetlenen.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Näbelli iberiji: howpsuzlyk koduny iberiji bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň; kodlar gabat gelse, faýl import edilýär.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Ret edildi: bu iberijiniň faýllary diňe siziň bellän seneleriňiziň aralygynda kabul edilýär.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Zaýalanan ýa-da üýtgedilen: faýl iberiji ony döredenden soň üýtgäpdir. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Biziň üçin däl: bu paket başga gurama üçin şifrlenen.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Biziň üçin däl: bu paket başga gurama üçin taýýarlanyp, soňra geçirilip berlen.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Bu «guvoh team identity» berýän koordinator setiri däl; ony täzeden soraň we setiri doly goýuň.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Bu ady ulanyp bolmaýar: dolandyryş nyşanlarsyz 1-den 200-e çenli harp ýazyň.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Bu bahany ýazyp bolmaýar (%1): ýagdaýy, tegi ýa-da belligi barlaň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>Bu iş ornunda entek umumy bukja ýok. Ilki ony «guvoh team folder DIR» bilen görkeziň.</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>%1 umumy bukjasy ýok (disk aýrylan ýa-da Syncthing entek sazlanmadyk). Hiç zat okalmady.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh %1 umumy bukjasyna ýazyp bilmeýär. Onuň bardygyny we oňa ýazmaga rugsadyňyzyň bardygyny barlaň; kararlaryňyz saklandy we indiki sinhronlamakda ýazylar.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Bu iş orny topara girmeýär: ilki şu ýerde gurama dörediň ýa-da koordinatoryň siziň üçin taýýarlan açar geçirme faýly bilen goşulyň.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Bu iş orny bu topara eýýäm goşulan; hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Bu iş orny eýýäm başga topara girýär, şonuň üçin bu topara goşulyp bilmeýär.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Bu seýf eýýäm %1 guramasyna degişli, şonuň üçin başga guramanyň açarlaryny alyp bilmeýär. Täze koordinator seýfinden goşulyň.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Bu iş orny üçin taýýarlanan açar geçirme faýly däl ýa-da ol zeperlenen, şonuň üçin hiç zat üýtgemedi. Koordinatordan ony setiriňiz boýunça täzeden taýýarlamagyny haýyş ediň.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>%1 faýlyny okap bolmady, şonuň üçin hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 eýýäm bar we hiç haçan üstünden ýazylmaýar; başga at saýlaň.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 topardan çykaryldy we şol bir açar bilen täzeden goşulyp bilmeýär. Täze seýfden täze setir soraň.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>Bu toparda %1 atly koordinator eýýäm bar; täze gelenden başga at saýlamagyny haýyş ediň.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Iş orny özüni özi çykaryp bilmeýär; ony başga koordinator çykarýar.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>Bu toparda %1 koordinatory ýok. Sanawy «guvoh team status» görkezýär.</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>%1 adyna birden köp koordinator gabat gelýär; barmak yzyny ulanyň.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Näme ýazmalydygyny görkeziň: ýagdaý, bellemek, teg ýa-da bellik.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>%1 ýerinde zaýalanan belgi bar (ýeke surrogat, ol Unicode teksti däl); iş saklanmady.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>%1 ýerindäki faýlyň adynda ýapgyt çyzyk (/), ters ýapgyt çyzyk (\), dolandyryş belgisi ýa-da tekstiň ugruny üýtgedýän belgi bar; beýle belgiler faýly başga zat ýaly görkezip biler. Iş saklanmady.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Asyl faýl (%1) indi öz ýerinde ýok, şonuň üçin hiç zat aýrylmady. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Asyl faýl (%1) seýfde saklanandan soň üýtgäpdir, şonuň üçin ol aýrylmady. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Asyl faýl (%1) başga bir ýere eltýän salgylanma, şonuň üçin Guvoh ony aýyrmady. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Asyl faýl (%1) adaty faýl däl, şonuň üçin Guvoh ony aýyrmady. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Asyl faýly (%1) aýryp bolmady: ulgam muňa rugsat bermedi. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Asyl faýlyň (%1) üstünden nollar ýazyldy, emma ulgam ony aýyrmaga rugsat bermedi; boş galan faýly özüňiz pozuň. Seýfiňizdäki nusga howpsuz.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Sazlama faýlyny okap bolmady, şonuň üçin hiç zat sazlanmady. Faýlyň ýerindedigini we doly göçürilendigini barlaň.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Bu faýl sazlama faýly bolmak üçin gaty uly, şonuň üçin hiç zat sazlanmady. Guramaňyzyň size beren faýlyny saýlaň.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Bu sazlama faýly däl ýa-da ol zaýalanan ýa-da doly däl, şonuň üçin hiç zat sazlanmady. Guramaňyzdan täze nusga soraň.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>Bu sazlama faýlynda Guvoh-yň bu wersiýasynyň bilmeýän sazlamasy bar (%1), şonuň üçin hiç zat sazlanmady. Guvoh-y täzeläň ýa-da guramaňyzdan täze faýl soraň.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>Bu sazlama faýly %1 sazlamasyna Guvoh-yň kabul etmeýän bahasyny berýär, şonuň üçin hiç zat sazlanmady. Guramaňyzdan täze faýl soraň.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Bu sazlama faýlyna gurama gol çekmändir, şonuň üçin hiç zat sazlanmady. Guramaňyzdan gol çekilen faýly soraň.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Bu sazlama faýly gurama gol çekenden soň üýtgedilipdir ýa-da zaýalanypdyr, şonuň üçin hiç zat sazlanmady. Guramaňyzdan täze nusga soraň.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Bu sazlama faýlyna onuň atlandyrýan guramasy däl-de, başga biri gol çekipdir, şonuň üçin hiç zat sazlanmady. Ony ulanmaň; guramaňyzdan öz faýlyny soraň.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Doly däl: faýl, belki göçürilende, ahyryna çenli gelmändir. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Ret edildi: dogry düzülen Guvoh paketi däl. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Ret edildi: bu Guvoh-yň okamaýan paket formaty. Guvoh-y täzeläň.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Okap bolmaýar: Guvoh paketi däl ýa-da okap bolmaýan faýl.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Ret edildi: paketdäki bir iş iş formatyna laýyk gelmeýär.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Ret edildi: paket başga ýerden gelen bir işiň ýa-da faýlyň üstünden ýazardy.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Ret edildi: başga bir iberiji öň şol bir ID bilen paket iberipdir. Ikisiniň biri ony göçürip alypdyr; haýsy-da bolsa birine ynanmazdan öň iki iberijiden hem soraň.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Okalmady: seýfiň ýerleşýän diskinde bu paket üçin boş ýer ýeterlik däl. Biraz ýer boşadyň we ony täzeden import ediň.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Ýatyryldy: bu faýldan hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Şowsuz: garaşylmadyk ýalňyşlyk bu faýly togtatdy; ondan hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Ret edildi: paketde hiç hili iş ýok. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Bu seýf syýahat üçin möhürlenen. Ol diňe guramaňyz açmak tokenini iberende gaýtadan açylar; şonda «Möhüri açmak» saýlaň (ýa-da &apos;guvoh unseal&apos; ýerine ýetiriň).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Bu seýf möhürlenmedik, açmaly möhür ýok. Ol parol bilen açylýar.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Bu seýfiň möhürini bu token bilen açyp bolmady: möhür faýly zaýalanan ýa-da ýok. Seýf möhürli galýar; guramaňyzdan kömek soraň.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Bu açmak tokeni däl ýa-da onuň bir bölegi ýok. Tokeni birinji setirinden soňkusyna çenli doly täzeden göçüriň.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Bu açmak tokenine seýf möhürlenen gurama gol çekmändir, şonuň üçin ol ret edildi. Seýf möhürli galýar.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Bu açmak tokeni başga seýf üçin, şonuň üçin ol ret edildi. Seýf möhürli galýar.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Bu açmak tokeni bu seýfiň öňki möhüri üçindi we eýýäm ulanyldy, şonuň üçin ol ret edildi. Guramaňyzdan iň soňky iberen syýahat haýyşyňyz üçin token soraň.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Bu syýahat haýyşyny okap bolmady ýa-da ol bu gurama üçin edilmedik, şonuň üçin açmak tokeni ýazylmady.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Mejbury parol seýfiň öz parolyndan tapawutly bolmaly. Başgasyny saýlaň.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Bu seýf mejbury parol peýda bolmazdan öň döredildi, şonuň üçin ony bellemek üçin bir gezek dikeldiş kody gerek. Dikeldiş koduny giriziň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>Şu atly bukjada eýýäm başga faýllar bar ýa-da ol başga diskde (%1). Hiç zat göçürilmedi; başga at saýlaň.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>Bu seýfde aldaýjy nusga ýok: ilki mejbury paroly belläň.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Bu parol seýfi açmady. Klawiaturanyň dilini we Caps Lock-y barlaň.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Seýfiň açaryny çalyşmak bökdençlige uçrady we ony diňe siziň parolyňyz tamamlap biler. Seýfi parolyňyz bilen açyň, soňra täze dikeldiş kody üçin &apos;guvoh rekey&apos; buýrugyny täzeden işlediň.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Bu dikeldiş kody bu seýfe degişli däl.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>%1 ýerinde seýf ýok. &apos;guvoh init&apos; bilen seýf dörediň ýa-da başga bukja saýlaň.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 Guvoh seýfi däl. Seýfiň ýerleşýän bukjasyny saýlaň.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>%1 ýerinde seýf eýýäm bar; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>%1 içinde eýýäm başga faýllar bar. Seýf üçin täze ýa-da boş bukja saýlaň.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 eýýäm bar we ol boş bukja däl. Ätiýaçlyk nusga üçin täze ýa-da boş bukja saýlaň; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 seýfiň öz içinde ýerleşýär. Ätiýaçlyk nusga üçin başga diskdäki bukjany saýlaň; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Bu seýf başga Guvoh penjiresinde ýa-da buýrugynda eýýäm açyk. Ilki ony şol ýerde ýapyň.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Seýf gulplanan. Ilki ony açyň.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Bu seýfe şu kompýuteriň açar saklaýjysynda saklanýan açar hem gerek, emma açar saklaýjyda ol ýok. Seýfi dikeldiş koduňyz bilen açyň.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Bu seýfe şu kompýuteriň açar saklaýjysynda saklanýan açar hem gerek, emma açar saklaýjy işlemeýär. Iş stoly sessiýaňyza giriň ýa-da seýfi dikeldiş koduňyz bilen açyň.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Ulgam açar saklaýjysy jogap bermedi, şonuň üçin hiç zat üýtgedilmedi. Açar saklaýjyňyzy açyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Bu parol gaty gowşak: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Seýfiň açar faýly zaýalanan ýa-da üýtgedilen, şonuň üçin seýfi açyp bolmaýar. Ony ätiýaçlyk nusgasyndan dikeldiň.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Seýfiň açar faýly howpsuz däl sazlamalary talap edýär, şonuň üçin ret edildi; ony kimdir biri üýtgeden bolmagy mümkin. Ony ätiýaçlyk nusgasyndan dikeldiň.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>Seýfiň maglumatlar binýady zaýalanan we ony okap bolmady. Ony ätiýaçlyk nusgasyndan dikeldiň.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Bu seýf Guvoh-yň has täze wersiýasy bilen ýazylypdyr. Ony açmak üçin Guvoh-y täzeläň.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 eýýäm bar; Guvoh faýllaryň üstünden ýazmaýar. Başga at saýlaň.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>%1 iş faýly ýok.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>%1 iş faýly UTF-8 tekst däl.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>%1 iş faýlyny okap bolmady.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>%1 iş faýly dogry JSON däl: %2-nji setir, %3-nji sütün: %4.</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>Bu seýfde %1 işi ýok. Işleri &apos;guvoh case list&apos; görkezýär.</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>Bu seýfde %1 goşundysy ýok. Olary &apos;guvoh attachment list CASE&apos; görkezýär.</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>%1 bellige alyş belgisi eýýäm başga işe berlen; başgasyny saýlaň.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Ol wersiýa eksport edilen we möhürlenen; şonuň üçin üýtgetmäňiz täze wersiýa hökmünde saklandy.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Saklanan %1 faýly zaýalanan ýa-da üýtgedilen, şonuň üçin ol berilmedi. Seýfi ätiýaçlyk nusgasyndan dikeldiň.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Ýatyryldy. Hiç zat ýarym-ýarty ýazylmady.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Bu paket gol çekilenden soň üýtgedilipdir ýa-da ýolda zaýalanypdyr. Hiç zat import edilmedi; iberijiden täze nusga soraň.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Bu paket doly däl: faýl, belki göçürilende, ahyryna çenli gelmändir. Hiç zat import edilmedi; ony täzeden göçüriň.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Bu paket başga gurama üçin taýýarlanyp, size geçirilip berlipdir. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Bu paket bu gurama niýetlenmändir, şonuň üçin ony şu ýerde açyp bolmaýar.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Bu faýl dogry düzülen Guvoh paketi däl, şonuň üçin ret edildi. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Bu paket %1 formatynda, ony bu Guvoh okamaýar. Guvoh-y täzeläň.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Bu faýl Guvoh paketi däl ýa-da okap bolmajak derejede zaýalanan.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Bu pakete siziň entek tassyklamadyk adamyňyz gol çekipdir (açar %1, howpsuzlyk kody %2). Kody iberiji bilen deňeşdiriň, soňra açary &apos;guvoh signer trust&apos; bilen berkidiň.</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>%1 açary hereket edýän möhletinden daşarda. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>%1 paketi öň import edilipdi; hiç zat iki gezek import edilmedi.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Şol bir %1 paket ID-li başga faýl öň görlüpdi: bu gaýtadan iberilen faýl, hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Başga bir iberiji (%2) öň şol bir %1 ID bilen paket iberipdir, şonuň üçin hiç zat import edilmedi; ikisiniň biri ony göçürip alypdyr.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>%1 paketinde hiç hili iş ýok, şonuň üçin hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>%1 ýerleşýän diskde %3 baýt boş ýer bar, emma bu paketi okamak üçin %2 baýt gerek; hiç zat okalmady. Biraz ýer boşadyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Bu paketdäki %1 işinde bir goşundynyň faýl adynda ýapgyt çyzyk (/), ters ýapgyt çyzyk (\), dolandyryş belgisi ýa-da tekstiň ugruny üýtgedýän belgi bar (%2 ýerinde); beýle belgiler faýly başga zat ýaly görkezip biler, şonuň üçin hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>Bu paketdäki %1 işinde %2 ýerinde zaýalanan belgi (ýeke surrogat) bar, şonuň üçin hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Bu paketdäki %1 işi iş formatyna laýyk gelmeýär, şonuň üçin hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Paket başga ýerden gelen %1 %2 üstünden ýazardy. Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Bu tassyknama %1 paketi üçin, emma bu seýf ony şol gurama ibermändir.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>Bu seýfde import edilen %1 paketi ýok.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Muny diňe koordinatoryň seýfi (guvoh init --role coordinator) edip biler.</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>Bu kartoçkada siziň eýýäm ynanýan %1 üçin täze açarlar bar. Onuň täze howpsuzlyk koduny gurama bilen deňeşdiriň, soňra onuň köne kartoçkanyň ornuny tutýandygyny tassyklaň; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Ilki &apos;guvoh org create&apos; bilen guramany dörediň.</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>%1 işiniň razylygy ýok ýa-da razylyk yzyna alnan, şonuň üçin ony eksport edip bolmaýar.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Hiç bir iş taýýar diýlip bellenmedik. Eksport ediljek işleri görkeziň ýa-da ilki olary taýýar diýip belläň.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>%1 işiniň eltilendigi tassyklanmadyk; ony aýyrsaňyz, ol ýitip gider. --force-undelivered parametrini diňe doly ynanýan bolsaňyz goşuň.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>%1 atly ynamdar gurama ýok. Olary &apos;guvoh org list&apos; görkezýär; guramany &apos;guvoh org trust CARD&apos; bilen ynamdar ediň.</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 birden köp gurama gabat gelýär; onuň barmak yzyny ulanyň.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>%1 ady eýýäm başga açar üçin ulanylýar.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Bu seýfde %1 atly berkidilen barlagçy ýok.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Açaryň hereket edýän möhletiniň ahyry onuň başlangyjyndan soň bolmaly. Seneleriň birini üýtgediň.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Bu dogry açyk açar setiri däl; ol &apos;ssh-ed25519 AAAA... name&apos; ýaly bolmaly.</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Umumy bukjanyň bu faýly zeperlenen, gaty uly ýa-da bu iş orny üçin däl, şonuň üçin ulanylmady.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Bu guramanyň kartoçkasy zaýalanan ýa-da üýtgedilen, şonuň üçin oňa ynanylmady. Guramadan täze nusga soraň.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Bir gezekde %1 paketden köp berildi. Olary kiçiräk toparlar bilen import ediň.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Bu surat Guvoh-yň içinde görkezmek üçin gaty uly (%1 × %2 piksel; iň köp 50 megapiksel görkezilýär).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Bu surat görkezilmeýär: ol zaýalanypdyr, ahyryna çenli gelmändir ýa-da PNG ýa-da JPEG suraty däl.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Bu faýlyň görünmeýän maglumatlaryny okap bolmady: faýl zaýalanypdyr, ahyryna çenli gelmändir ýa-da başynda aýdylýan görnüşdäki faýl däl.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Bu faýlyň görünmeýän maglumatlaryny gözlemek Guvoh-yň rugsat berýäninden köp ýat ýa-da wagt aldy, şonuň üçin ol togtadyldy. Faýlyň özi üýtgemedi.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Bu faýl rugsat berlen ölçegden (%1) uly, şonuň üçin Guvoh onuň görünmeýän maglumatlaryny gözlemeýär.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh bu görnüşdäki faýlyň görünmeýän maglumatlarsyz nusgasyny döredip bilmeýär, şonuň üçin arassalanan nusga döredilmedi.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh bu faýlyň görünmeýän maglumatlaryny gözläp bilmedi. Faýlyň özi üýtgemedi.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Möhürlemek ýa-da möhüri açmak başartmady, şonuň üçin hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Togtadyldy. Hiç zat ýarym-ýarty ýazylmady.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Açaryň adynda setir geçişi ýa-da tabulýasiýa bolmaly däl, ol boşluk bilen başlanmaly we gutarmaly däl. Ady üýtgediň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Barlagçynyň adyny ýa-da senelerini rugsat berlen gol çekijileriň sanawyna ýazyp bolmady. Boşluksyz we dyngy belgilersiz at ulanyň hem-de seneleri barlaň.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Howpsuzlyk kody 32 sandan durýar. Hiç biriniň düşüp galmandygyny we ýalňyş ýazylmandygyny barlaň.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Şifrlenen faýly okap ýa-da ýazyp bolmady, şonuň üçin hiç zat üýtgedilmedi. Bu ýene gaýtalansa, faýl zaýalanan bolmagy mümkin.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Bu seýfiň hiç bir açary bu şifrlenen faýly açmaýar: ol başga biri üçin taýýarlanypdyr.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Hiç zada gol çekilmedi: Guvoh %1 maksatly goly kabul etmeýär.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Bu şifrleme açary nädogry: onuň bir bölegi düşüp galypdyr ýa-da ýalňyş ýazylypdyr. Açary doly görnüşde täzeden göçüriň.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Bu açary ulanyp bolmady. Ony gelen ýerinden täzeden göçüriň.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Bu parol ýa-da dikeldiş kody bu seýfi açmaýar. Ony barlaň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Iş faýlyny ulanyp bolmady, şonuň üçin hiç zat üýtgedilmedi. Faýly barlaň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Iş garalama hökmünde saklamak üçin gaty uly. Iň uzyn tekstleri gysgaldyň, soňra ýatda saklaň.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Seýf bu amaly ýerine ýetirip bilmedi, şonuň üçin hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Bu paketi okap bolmady, şonuň üçin hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>%1 iş faýly gaty uly (32 MB-den köp).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Bu kartoçka QR kod üçin gaty uzyn. Onuň ýerine barlagçylaryňyza kartoçka faýlyny beriň.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Bu şifrlenen faýl üýtgedilipdir ýa-da zaýalanypdyr, şonuň üçin ondan hiç zat ulanylmady. Täze nusga soraň.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Bu Guvoh-yň okap bilýän şifrlenen faýly däl ýa-da onuň başy zaýalanypdyr. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Bu guramanyň kartoçkasyny okap bolmady, şonuň üçin oňa ynanylmady. Guramadan täze nusga soraň.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Bu ýazgyny okap bolmady; ol Guvoh-yň oýnadyp bilýän WAV ses faýly däl.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Bu goly barlap bolmady, şonuň üçin onuň bilen gol çekilen zada ynanylmady.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Bu gol onuň bilen gol çekilen zada laýyk gelmeýär: olaryň biri üýtgedilipdir, şonuň üçin olaryň hiç birine ynanylmady.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Bu gol zaýalanypdyr ýa-da Guvoh-yň kabul etmeýän görnüşinde, şonuň üçin onuň bilen gol çekilen zada ynanylmady.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Bu seýfiň gol çekmek açary zaýalanypdyr, şonuň üçin hiç zada gol çekip bolmaýar. Seýfi ätiýaçlyk nusgasyndan dikeldiň.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Bu siziň entek tassyklamadyk açaryňyz bilen gol çekilen (%1), şonuň üçin oňa ynanylmady.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Barlandy: paket ähli barlaglardan geçdi. Hiç zat import edilmedi.</translation>
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
            <numerusform>%n baýt</numerusform>
            <numerusform>%n baýt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 we %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Bu faýly diňe %1 açyp biler. Ony USB fleşkada eltip beriň ýa-da özüňiz ynanýan messenjer arkaly iberiň; mümkin bolsa, adaty e-poçtany ulanmaň. Gurama faýlyň gelip ýetendigini tassyklandan soň, bu faýly we onuň ähli nusgalaryny (fleşkadakyny hem) pozuň.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n iş</numerusform>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n ýazgy ýa-da faýl</numerusform>
            <numerusform>%n ýazgy ýa-da faýl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Ony diňe %2 açyp biler.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Ony kimiň aljakdygyny saýlaň.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n faýl görünmeýän maglumatlardan (ýer, enjam, awtor) arassalanyp goşuldy.</numerusform>
            <numerusform>%n faýl görünmeýän maglumatlardan (ýer, enjam, awtor) arassalanyp goşuldy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n faýlda aýyrmaly zat ýokdy, olar bolşy ýaly goşuldy.</numerusform>
            <numerusform>%n faýlda aýyrmaly zat ýokdy, olar bolşy ýaly goşuldy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n faýly barlap bolmady, olar bolşy ýaly goşuldy.</numerusform>
            <numerusform>%n faýly barlap bolmady, olar bolşy ýaly goşuldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Goralýan maglumatlary goşmalymy ýa-da ýokmy, saýlaň.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Bu işlerde goralýan maglumatlary bolan adam ýok.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>Oňa %n adamyň goralýan maglumatlary goşulýar.</numerusform>
            <numerusform>Oňa %n adamyň goralýan maglumatlary goşulýar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Oňa %n adamyň goralýan maglumatlary goşulmaýar.</numerusform>
            <numerusform>Oňa %n adamyň goralýan maglumatlary goşulmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Faýllar, mümkin bolan ýerinde, görünmeýän maglumatlardan (ýer, enjam, awtor) arassalanyp goşulýar; asyl faýllar seýfiňizde bolşy ýaly galýar.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Faýllar bolşy ýaly, içindäki görünmeýän maglumatlar (ýer, enjam, awtor) bilen bilelikde goşulýar.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Bukjada görkez</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Faýly öz bukjasynda görkez</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportyň barşy</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Eksporty ýatyr</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Eksportyň ýagdaýy</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Şifrlenýär we gol çekilýär...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Togtadylýar...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Gurama üçin eksport et</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Iberiljek guramalar</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Eksport ediljek işler</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Goralýan maglumatlary goşma</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Goralýan maglumatlary goş</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Faýllardan görünmeýän maglumatlary aýyr (ýer, enjam, awtor)</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Faýllardan görünmeýän maglumatlary aýyr</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Faýl üçin bukja</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Faýly nirä saklamalydygyny saýlaň</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Gysgaça maglumat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>Näme üçin eksport edip bolmaýar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Ony kim alar?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Siz entek hiç bir gurama ynanmaýarsyňyz. Ilki bilen «Guramalar» bölüminde guramanyň size beren kartoçka faýly arkaly ony goşuň.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Haýsy işler?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Olar bilen näme goşulýar?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Goralýan maglumatlar - her adamyň hakyky ady, habarlaşmak üçin maglumatlary we goralýan diýlip bellenen beýleki maglumatlar. Goşulmasa, olar diňe şu kompýuterde galýar.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Faýly nirä saklamaly?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Faýl taýýar</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Eksport edilen faýl</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Ony nädip eltmeli</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Iň bolmanda bir gurama saýlaň.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Iň bolmanda bir iş saýlaň.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Goralýan maglumatlary goşmalymy ýa-da ýokmy, saýlaň.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Faýl üçin bar bolan bukjany saýlaň.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>%1 we %2 şifrlenip, siz gol çekip, şu faýlda saklandy:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n iş</numerusform>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n ýazgy ýa-da faýl</numerusform>
            <numerusform>%n ýazgy ýa-da faýl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Goşulan</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF resminamasy</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>Bu suratda onuň düşürilen ýeri bar: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>Bu suratda onuň haýsy telefon ýa-da kamera bilen düşürilendigi bar: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>Bu faýlda onuň döredilen ýeri bar: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>Bu faýlda onuň haýsy enjamda döredilendigi bar: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>Bu faýlda ony kimiň ýazandygy ýa-da döredendigi bar: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>Bu faýlda ony döreden programma bar: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>Bu faýlda onuň haçan döredilendigi bar: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>Bu faýlda onuň barada başga maglumatlar bar: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Bu faýlda görünmeýän maglumatlar barlanýar...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh bu görnüşdäki faýlda görünmeýän maglumatlary barlap bilmeýär.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Bu faýl Guvoh-yň görünmeýän maglumatlary barlamagy üçin gaty uly.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh bu faýlda görünmeýän maglumatlary barlap bilmedi: faýl zaýalanan bolmagy mümkin.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Görünmeýän maglumat tapylmady.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Bu işiň faýllary</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Faýllar barada habar</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Faýl goş...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Bu işe faýl goş</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Gör ýa-da diňle</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Saýlanan faýly gör ýa-da diňle</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Nusgasyny sakla...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Saýlanan faýlyň şifrlenmedik nusgasyny sakla</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Arassalanan nusgasyny sakla...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Saýlanan faýlyň görünmeýän maglumatlarsyz şifrlenmedik nusgasyny sakla</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Saýlanan faýlyň görünmeýän maglumatlary</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Saýlanan faýly aýyr</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Faýllaryň goşulyşynyň barşy</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Goşulýan faýl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Faýllaryň goşulmagyny ýatyr</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Faýllary kompýuteriňizden şu ýere süýräp hem bilersiňiz. Olar seýfde şifrlenen görnüşde saklanýar.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Faýllary nädip goşmaly</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Söhbetdeşligi ýazga al</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Faýl goşmak üçin ilki bilen işi ýatda saklaň.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Bu faýl görünmeýän maglumatlarsyz nusga hökmünde geldi. Nusganyň SHA-256: %1; iberijide saklanýan asyl faýlyňky: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Görünmeýän maglumatlarsyz nusga döredildi: SHA-256 %1 (asyl faýlyňky: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Bu kompýuteri ýa-da nusgany saklan diskiňizi ýa-da USB fleşkaňyzy ulanyp bilýän islendik adam ony açyp biler. Nusga gerek bolmadyk badyna ony pozuň. Başga birinden gelen faýl ony açýan kompýutere zyýan ýetirer ýaly ýörite taýýarlanan bolmagy mümkin: nusgany diňe goramaly hiç zadyňyz saklanmaýan kompýuterde açyň.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Arassalanan nusgasyny sakla</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Görünmeýän maglumatlarsyz şifrlenmedik nusga %1 hökmünde saklandy. Gerek bolmanda ony pozuň.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Bu faýl Guvoh-yň içinde açmak üçin gaty uly (256 MB-dan köp).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Nusga şifrlenMEÝÄR.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Şifrlenmedik nusgany sakla</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Nusgasyny sakla</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Şifrlenmedik nusga %1 hökmünde saklandy. Gerek bolmanda ony pozuň.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>%1 bu işden aýrylsynmy?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Faýl seýfden düýbünden pozular; öň eksport edilen nusgalara täsir etmeýär.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Faýly aýyr</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Faýl aýryldy.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Siziň açyk açaryňyz</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Açaryňyzyň barmak yzy</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Açyk açary göçür</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Açyk açar (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmak yzy (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Açyk açary koordinatora beriň (ol gizlin däl). Olar sizden faýl kabul etmezden öň ony ýokardaky howpsuzlyk kody bilen barlaýarlar.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Siziň şahsyýetiňiz</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Iberýän zatlaryňyzyň hemmesine siz gol çekýärsiňiz, şonuň üçin gurama olaryň hakykatdan hem sizden gelendigini we ýolda hiç kimiň üýtgetmändigini bilip biler.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Siziň howpsuzlyk koduňyz:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Bu sanlary koordinatora telefon arkaly ýa-da ýüzbe-ýüz okap beriň, şonda olar ony siz üçin görýän kody bilen deňeşdirip bilerler.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Açyk açar göçürildi.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Surat</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (özüni %2 diýip atlandyrdy)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (täze)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Netije</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Içindäki faýllar</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Iberiji</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Garaşylýar</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Barlanýar</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Barlandy</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import edildi</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Öň import edilen</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Ret edildi: öň görlen</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Biziň üçin däl</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Näbelli iberiji</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Iberiji indi kabul edilmeýär</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Zaýalanan ýa-da üýtgedilen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Doly däl</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ret edildi</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Guvoh-yň täzeräk wersiýasy gerek</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Okap bolmaýar</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Ret edildi: nädogry iş</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Ret edildi: gapma-garşylyk</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Ret edildi: ID başga iberijide ulanylan</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Okalmady: disk doly</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ýatyryldy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Şowsuz</translation>
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
        <translation>Faýl goş...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Paket faýllaryny goş</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Bukja goş...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Paketli bukjany goş</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Sanawy arassala</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Paketleriň sanawyny arassala</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importyň barşy</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Ähli paketleriň barşy</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Barlanýan paket</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Bu paketiň barşy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Importy ýatyr</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Toparyň gysgaça netijesi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Bu topardaky paketler</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Okalmadyk setirler täze diýip bellendi.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Paketler USB fleşka ýa-da messenjer arkaly gelýär. Faýllary ýa-da tutuş bukjany aşakdaky ýere taşlaň. Her biri import edilmezden öň barlanýar we içindäki hiç zat açylmaýar.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Käbir paketler siziň entek tanamaýan iberijileriňizden gelipdir. Birini saýlap, «Howpsuzlyk kodlaryny deňeşdir...» düwmesine basyň.</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>«Gelen paketler» sanawy arassalansynmy?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Gelen paketler» haýsy faýllaryň haçan we kimden gelendigini ýatdan çykarar. Import edilen işler seýfiňizde galar.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 indi siziň iberijileriňiziň sanawynda. Import edilen paketler: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Hiç zat saklanmady we bu faýl import edilmedi. Ony ulanmaň: ony kimdir biri iberijiniň adyndan ýasan bolmagy mümkin. Iberijiden ony täzeden ibermegini haýyş ediň we mümkin bolsa, kodlary ýüzbe-ýüz deňeşdiriň.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Bu sanlary iberiji bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň: ondan «Şahsyýet» ekranyndaky howpsuzlyk koduny topar-topar edip sesli okamagyny haýyş ediň. Munuň üçin habar ulanmaň: faýly üýtgedip bilýän adam habary hem üýtgedip biler.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Bu iberiji üçin at</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Siziň tanajak adyňyz ýa-da lakamyňyz</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Gabat gelýär</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Bu iberiji barada habar</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Bu siziň tanaýan iberijiňizmi?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Bu faýly döreden adamyň howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Faýllaryny tanap bilmegiňiz üçin ilki bilen bu iberijiniň adyny ýazyň.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Iberiji goşulýar we import edilýär...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen paketler</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Paketleri diňe koordinatoryň seýfi import edýär.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Paketler gözlenýär...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Ýatyrylýar...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>Ol ýerde paket faýly tapylmady.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Tapylan paketler: %n. Barlanýar...</numerusform>
            <numerusform>Tapylan paketler: %n. Barlanýar...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>%2 paketden %1-njisi barlanýar</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Import ýatyryldy. «Ýatyryldy» diýlip bellenen paketler import edilmedi; taýýar bolanyňyzda olary täzeden goşuň.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Paketler: %n</numerusform>
            <numerusform>Paketler: %n</numerusform>
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
        <translation>Paket faýllaryny saýlaň</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Guvoh paketleri (*.age);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Paketli bukjany saýlaň</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>%1 paketleri import edilýär</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Saýlanan paketiň netijesi</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Howpsuzlyk kodlaryny deňeşdir...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Howpsuzlyk koduny iberiji bilen deňeşdir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Paketiň ID-si</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Iberijiniň açarynyň barmak yzy</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Döredilen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Düşündiriş</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmak yzy (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Döredilen (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Näbelli iberiji. Howpsuzlyk kodlaryny deňeşdirmek üçin bu faýly täzeden goşuň.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Täze koordinatoryň setiri</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Setiri şu ýere goýuň</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Setiri oka</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Koordinatory çagyr</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Täze koordinatordan onuň «Topar» panelindäki setiri soraň we şu ýere goýuň.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>%1 howpsuzlyk koduny telefon arkaly ýa-da ýüzbe-ýüz sesli okasyn, siz bolsa ony topar-topar deňeşdiriň.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Açar geçirme faýlyny sakla</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>%1 üçin açar geçirme faýly %2 hökmünde saklandy. Ony diňe %1 açyp biler: ony USB fleşkada ýa-da messenjer arkaly beriň, soňra öz nusgaňyzy pozuň.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Hiç zat üýtgemedi. Bu setiri ulanmaň: ony täzeden soraň, mümkin bolsa ýüzbe-ýüz.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Topara goşul...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Topara goşul: açar geçirme faýlyny aç</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Guramanyň toparyna goşulmak üçin setiriňizi onuň koordinatorlarynyň birine beriň. Ol siziň üçin açar geçirme faýlyny taýýarlar; ony şu ýerde açyň.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Açar geçirme faýlyny aç</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Açar geçirme faýllary (*.age);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>%1 guramasynyň howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Sizi çagyran %1 howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Iki kody hem %1 bilen telefon arkaly ýa-da ýüzbe-ýüz, topar-topar deňeşdiriň.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Siz %1 toparyna goşuldyňyz. Indi umumy bukjany saýlaň.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Hiç zat üýtgemedi. Bu açar geçirme faýlyny ulanmaň: täzesini soraň, mümkin bolsa ýüzbe-ýüz.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
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
        <translation>Mikrofon tapylmady</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (adaty)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Häzir şu mikrofon ulanylar, ýöne saýlawy indiki gezek üçin ýatda saklap bolmady.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Haçandan bäri ynamdar</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Siziň guramaňyz</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ynamdar</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Ynamdar guramalar</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Siz entek hiç bir gurama ynanmaýarsyňyz. Guramadan onuň kartoçka faýlyny sorap alyň, soňra ony aşakda goşuň.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açaryň barmak yzy</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Şifrleme açary</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmak yzy (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Şifrleme açary (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Siziň görkezmeleri iberýän guramalaryňyz. Gurama iberýän zatlaryňyzy diňe şol guramanyň öz koordinatorlary açyp biler.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Gurama goş</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Guramanyň size beren kartoçka faýlyny saýlaň (USB fleşkada ýa-da messenjer arkaly gelen). Soňra onuň howpsuzlyk koduny olar bilen deňeşdirersiňiz.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>%1 guramasynyň howpsuzlyk kody:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Faýl indi şifrlenen seýfiňizde. Asyl faýl %1 ýerinden aýrylsynmy?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Asyl faýl: %1. Guvoh onuň üstünden bir gezek nollar ýazýar, soňra ony pozýar. Bu howpsuz öçürmek däl: disk (esasan hem SSD ýa-da ýat kartasy), faýl ulgamy, ätiýaçlyk nusgalar we bulut sinhronlaşdyrmasy onuň yzlaryny ýa-da nusgalaryny henizem saklaýan bolmagy mümkin.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Asyl faýly aýyr</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Galdyr</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Mundan beýläk soramazdan şeýle et</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Asyl faýl %1 ýerinden aýryldy.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Goşulan faýllaryň asyl nusgalary</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Her gezek sora</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Asyl faýly soramazdan aýyr</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Asyl faýly soramazdan galdyr</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>«Downloads» (Göçürilip alnanlar) bukjasyndan, telefondan ýa-da USB fleşkadan goşulan surat ýa-da ýazgy şol ýerde şifrlenmedik görnüşde galýar. Ol seýfe düşenden soň, Guvoh asyl faýly aýryp biler: ol faýlyň üstünden bir gezek nollar ýazýar, soňra ony pozýar. Bu howpsuz öçürmek däl: disk (esasan hem SSD ýa-da ýat kartasy), faýl ulgamy, ätiýaçlyk nusgalar we bulut sinhronlaşdyrmasy onuň yzlaryny ýa-da nusgalaryny henizem saklaýan bolmagy mümkin. Guvoh-da ýazga alnan ýazgylaryň asyl faýly ýok.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Asyl faýly aýyrmak näme edýär</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Asyl faýllar sazlamasynyň ýagdaýy</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Saklandy. Guvoh her faýldan soň sorar.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Saklandy. Faýl seýfe düşen badyna onuň asyl faýly aýrylar.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Saklandy. Asyl faýllar öz ýerinde galar.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Tutuş arhiw</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Häzirki gözleg</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Täzeden hasapla</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Işler hasaplanýar</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Umumy synyň ýagdaýy</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Hereketiň görnüşi boýunça işler</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Hereketiň görnüşi</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Gelip çykan ýurdy boýunça işler</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Gelip çykan ýurdy</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Ýaşaýan ýurdy boýunça işler</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Ýaşaýan ýurdy</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Wakalaryň aýy boýunça işler</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Aý</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Sany:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Her görnüşdäki işleriň sany. Iki hereket görnüşi ýa-da iki ýurdy bolan iş ikisinde hem hasaplanýar.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Işler hasaplanýar...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Tutuş arhiw: %n iş.</numerusform>
            <numerusform>Tutuş arhiw: %n iş.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Gözleg goýulmady, şonuň üçin bu tutuş arhiw: %n iş.</numerusform>
            <numerusform>Gözleg goýulmady, şonuň üçin bu tutuş arhiw: %n iş.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Häzirki gözlegiň tapan işleri: %n iş.</numerusform>
            <numerusform>Häzirki gözlegiň tapan işleri: %n iş.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Guramaňyzyň ady</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Kartoçka faýly üçin bukja</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Kartoçkany nirä saklamalydygyny saýlaň</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Guramany döret</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Kartoçkany sakla</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>QR kod suraty hökmünde sakla</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>Guramaňyzyň kartoçkasynyň QR kody</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Ony okaýan telefon ýa-da skaner kartoçka faýlyny alýar. Barlagçy barybir howpsuzlyk koduny siziň bilen deňeşdirýär.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Guramaňyzy bir gezek dörediň. Guvoh onuň kartoçkasyny saklaýar: bu barlagçylaryňyza berýän kiçijik faýlyňyz, şonda olaryň iberýän zatlaryny diňe siziň koordinatorlaryňyz açyp biler.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Barlagçy siziň kartoçkaňyzy goşanda, oňa bu howpsuzlyk koduny telefon arkaly ýa-da ýüzbe-ýüz okap beriň.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Siziň guramaňyz</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: howpsuzlyk kody</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Kartoçka faýly üçin bar bolan bukjany saýlaň.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Guramaňyzyň adyny ýazyň.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Kartoçka %1 hökmünde saklandy. Ony barlagçylaryňyza beriň (ol gizlin däl), soňra olara howpsuzlyk koduny okap beriň.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Kartoçka %1 hökmünde saklandy.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Howpsuzlyk kody</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Bu kartoçka ynanmazdan öň howpsuzlyk koduny gurama bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Surat üçin bar bolan bukjany saýlaň.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Bu kartoçka QR kod üçin gaty uzyn. Onuň ýerine barlagçylaryňyza kartoçka faýlyny beriň.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>QR kod suraty %1 hökmünde saklandy. Ony barlagçylaryňyz üçin çap ediň; olar kartoçka ynanmazdan öň barybir howpsuzlyk koduny siziň bilen deňeşdirýärler.</translation>
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
        <translation>Paroly gaýtalaň</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parolyň berkligi</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Gaýtalaň</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Berkligi</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Biri-biri bilen baglanyşyksyz dört-bäş söz, islendik dilde, gowy parol bolýar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Iki parol entek deň däl.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Gowy parol.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Saýla...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Saýla: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Oýnat</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Ýazgyny oýnat ýa-da arakesme ber</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Duruz</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Oýnatmagy duruz</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Ýazgydaky ýeri</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Oýnadylan wagt</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Oýnadyjynyň habary</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Täze adamyň hakyky adyny, habarlaşmak üçin maglumatlaryny we ýaşaýan ýerini gora</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Deslapky ýagdaýda goralýan</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Goralýan maglumatlar «Görkez» düwmesine basylýança ekranda gizlenýär, gözleg netijelerinde hiç haçan görünmeýär we goralýan maglumatlary goşulmadyk eksporta girmeýär. Bu siziň goşýan adamlaryňyza we haýsy maglumatlaryň goralýandygyny görkezmeýän iş faýllaryna degişli; işleriňizde eýýäm bar bolan adamlaryň maglumatlary öňküsi ýaly galýar.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>Deslapky ýagdaýda goramak näme edýär</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Deslapky ýagdaýda goramagyň ýagdaýy</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Saklandy. Täze adamlaryň bu maglumatlary başdan goralýar.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Saklandy. Täze adamlaryň hiç bir maglumaty başdan goralmaýar: her maglumaty özüňiz belläň.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Bu iş nireden geldi</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Gelip çykyşy</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Barlagyň gysgaça netijesini göçür</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Paketi, iberijini, wagtlary we faýllaryň heşlerini tekst hökmünde göçürýär. Onda hiç bir adamyň ady agzalmaýar we görkezmeden sitata getirilmeýär.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Bu iş şu seýfde döredildi. Ol paket bilen gelmedi, şonuň üçin barlanjak iberiji ýok.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Bu işiň gelen paketleri</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Nireden gelendigini görmek üçin bir iş saýlaň.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Bu iş %n paketde geldi, iň könesi birinji.</numerusform>
            <numerusform>Bu iş %n paketde geldi, iň könesi birinji.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Barlagyň gysgaça netijesi göçürildi. Onda hiç bir adamyň ady agzalmaýar we görkezmeden sitata getirilmeýär.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Guramaňyzyň beren faýlyny ulanmak...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Guramaňyzyň beren faýlyny ulanmak</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Guramanyň faýly</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Guramaňyzyň size beren faýlyny saýlaň</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Sazlama faýllary (*.txt);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Faýldan hiç zat ulanylmady. Ony ulanmaň: guramaňyzdan faýly täzeden bermegini, mümkin bolsa ýüzbe-ýüz bermegini haýyş ediň.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>%1 sazlamalary ulanylar; seýfiňiz döredilen badyna %1 ynamdar diýlip bellener.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Guramaňyzdan gelen faýl</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Guramanyň ady</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Bu sanlary guramaňyzyň size beren kody bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň: olaryň koordinatoryndan ony topar-topar edip sesli okamagyny haýyş ediň. Eger olar tapawutlansa, faýly kimdir biri üýtgeden bolmagy mümkin: ony ulanmaň.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Bu faýl nämeleri sazlaýar</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Kodlar gabat gelýär</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Bu faýldaky howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 ynamdar diýlip bellener: siziň iberýän zatlaryňyzy diňe onuň koordinatorlary açyp biler.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Gurama işleri alandygyny tassyklan badyna olar bu kompýuterden pozular.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Gurama işleri alandygyny tassyklandan soň hem olar bu kompýuterde galar.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (gizlemesiz)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Programmanyň görünýän ady: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n minut hereketsiz galandan soň gulplanar.</numerusform>
            <numerusform>%n minut hereketsiz galandan soň gulplanar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Eltilen işleri aýyr</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Eltilen işler</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Näme aýrylar</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Munuň yzyna gaýtarylyp bilinmejekdigine düşünýärin</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Bu işleri aýyr</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Galdyr</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Galdyr we ýap</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Gurama bu işleri alandygyny tassyklady. Ýerli nusgalaryňyzy aýyrsaňyz, kompýuter elden alnaýsa-da, olar tapylmaz.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>Bu sanawdaky %n işi ähli saklanan wersiýalary, %1 we ähli bellikleri bilen bilelikde şu kompýuterden aýyrýar. Gurama öz nusgasyny saklaýar. Muny yzyna gaýtaryp bolmaýar.</numerusform>
            <numerusform>Bu sanawdaky %n işi ähli saklanan wersiýalary, %1 we ähli bellikleri bilen bilelikde şu kompýuterden aýyrýar. Gurama öz nusgasyny saklaýar. Muny yzyna gaýtaryp bolmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Entek hiç bir iş eltildi diýlip bellenmedi. Ilki bilen guramanyň tassyknamasyny import ediň.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Aýrylýar...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Bu kompýuterden %n iş aýryldy.</numerusform>
            <numerusform>Bu kompýuterden %n iş aýryldy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Tassyknamalary döret</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Tassyklanjak paketler</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Tassyknamalar üçin bukja</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Tassyknamalary nirä saklamalydygyny saýlaň</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Tassyknamalar döredilýär</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Tassyknamalaryň bukjasy</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Olary nädip yzyna ibermeli</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Näme gelendigini tassykla</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Tassyknama iberijä haýsy işleriň we faýllaryň sag-aman gelendigini habar berýär, şonda ol öz nusgalaryny aýryp biler. Guvoh her paket üçin bir tassyknama faýlyny döredýär.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: %2 üçin</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>ady görkezilmedik iberiji</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>%1 ýokardaky bukjada saklandy. Her birini şol paketiň iberijisine USB fleşka ýa-da messenjer arkaly yzyna iberiň; ol ony Guvoh-a import edýär («Tassyknamany import et»). Ony diňe şol iberiji açyp biler we onda görkezmäniň özi barada hiç zat aýdylmaýar.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Tassyknamalary nirä saklamaly:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n iş</numerusform>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (tassyknama öň döredildi)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Tassyklanjak import edilen paket ýok.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Iň bolmanda bir paketi belläň.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Tassyknamalar üçin bar bolan bukjany saýlaň.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n tassyknama</numerusform>
            <numerusform>%n tassyknama</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Tassyknamany import et</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Tassyknama faýly</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Tassyknamany saýlaň</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Tassyknamalar (*.age);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Tassyknamany import et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Gurama %n işi alandygyny tassyklady: %1.</numerusform>
            <numerusform>Gurama %n işi alandygyny tassyklady: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n iş eksportdan soň üýtgedildi: %1. Guramada eksport edilen wersiýa bar; soňky üýtgetmeleriňiz şu ýerde, eltilmedik görnüşde galýar: olary täzeden eksport ediň ýa-da aýyryň.</numerusform>
            <numerusform>%n iş eksportdan soň üýtgedildi: %1. Guramada eksport edilen wersiýa bar; soňky üýtgetmeleriňiz şu ýerde, eltilmedik görnüşde galýar: olary täzeden eksport ediň ýa-da aýyryň.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Eltilen işler faýllary bilen bilelikde bu kompýuterden aýryldy.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Olar eltilen diýip bellendi; nusgalaryňyzy «Eltilen işleri aýyr» arkaly aýyryp bilersiňiz.</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Olar eltilen diýip bellendi we Sazlamalarda bellenen möhlet geçende bu kompýuterden aýrylar.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Ilki bilen tassyknama faýlyny saýlaň.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Gurama faýlyňyzy alanda, tassyknama iberýär (.age bilen gutarýan faýl). Ony import etmek bu işleri eltilen diýip belleýär we, eger Sazlamalarda muny üýtgetmedik bolsaňyz, olary bu kompýuterden aýyrýar.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 ýerinde faýl ýok.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Tassyknama barlanýar...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Tassyknama hakyky, ýöne hiç bir iş üýtgemedi: onuň işleri eýýäm eltildi diýlip bellenipdir ýa-da aýrylypdyr.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Eltilen işleri aýyr</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Derrew, tassyknama gelende</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Tassyknamadan bir gün soň</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Tassyknamadan ýedi gün soň</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Hiç haçan: olary bu kompýuterde sakla</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Guramanyň tassyknamasy gelende, onuň tassyklan işleri faýllary bilen bilelikde bu kompýuterden aýrylýar, şonuň üçin olary ne bu kompýuteriň başyndaky adam, ne-de soňra alnan disk nusgasy okap bilýär. Eksportdan soňky üýtgetmeler galýar. Entek eltilmedik işler we tassyknamadan öň alnan disk nusgasy goralmaýar.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>Tassyknamadan soň aýyrmak nämeden goraýar</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Tassyknamadan soň aýyrmagyň ýagdaýy</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Eltilen işler siz olary aýyrýança bu kompýuterde galýar.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Saklandy. Möhleti gelen eltilen işler indiki gulpy açanyňyzda ýa-da tassyknama import edilende aýrylýar.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Alnan görkezme</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Bu iş nireden geldi</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Alnan görkezme subutnamadyr, şonuň üçin ol diňe okamak üçin açylýar. Onuň bilen işlemek üçin iş nusgasyny dörediň: özüňiziň täze işiňiz. Bu iş nähili gelen bolsa, şeýle-de galýar.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>Alnan işler barada</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>Iş &amp;nusgasyny döret</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Bu işiň iş nusgasyny döret</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Şol bir tekstli täze iş, ony üýtgedip bilersiňiz. Goşulan faýllar alnan işde galýar.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Bu işden döredilen iş nusgasyny aç</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>%1 iş nusgasyny &amp;aç</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>adyny görkezmedik iberiji</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Iberiji: %1, alnan wagty: %2. Gelende goly barlandy: iş edil iberilişi ýaly.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Ýazga al</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Söhbetdeşligi ýazga al</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Ýazylan wagt</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Sesiň derejesi</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Sesiň derejesi:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Arakesme</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Ýazgyny arakesmä goý ýa-da dowam et</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Duruz we sakla</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Ýazgyny duruz we sakla</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Ýazgynyň ýagdaýy</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>Bu kompýuterde mikrofon tapylmady</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Söhbetdeşligi ýazga almak üçin mikrofon ýa-da garnitura birikdiriň.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Ýazylýar...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dowam et</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Mikrofony işledip bolmady. Ony başga programmanyň ulanmaýandygyny barlaň, soňra täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Ýazylýar. Her pursat ýazylan badyna şifrlenip saklanýar.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (%2-nji bölek).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Ýazylýar.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Arakesme. «Dowam et» düwmesine basýançaňyz hiç zat ýazylmaýar.</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Mikrofon hiç hili ses ýazylmanka işlemegini bes etdi, şonuň üçin hiç zat saklanmady.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Hiç zat ýazylmady, şonuň üçin hiç zat saklanmady.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Mikrofon işlemegini bes etdi; şu wagta çenli ýazylanlar (%1) şifrlenen seýfiňizde saklandy.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Şifrlenen seýfiňizde saklandy (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Dikeldiş kody</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Aç we täze parol goý</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Seýf döredilende ýazyp alan dikeldiş koduňyzy ýazyň, soňra täze parol saýlaň. Ýatdan çykan parol mundan beýläk işlemez.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Iki parol entek deň däl.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Bu siziň dikeldiş koduňyz. Ol diňe şu gezek görkezilýär. Ony kagyza ýazyň we bu kompýuterden aýry ýerde saklaň: parolyňyzy ýatdan çykarsaňyz, onuň kömegi bilen seýfiňizi başga kompýuterde açyp bolýar.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Dikeldiş kody</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Dikeldiş kodunyň soňky topary</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Men ony ýazyp aldym</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Tassyklamak üçin soňky topary ýazyň</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Möhürlenen seýfi açmak...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Barlagçynyň möhürlenen seýfini açmak</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Möhürlenen seýfi açmak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Möhürlenen seýfi nädip açmaly</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Syýahat haýyşyny aç...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Seýfini syýahat üçin möhürlän barlagçy size syýahat haýyşyny iberdi. Serhetden geçenden soň, oňa öňden bilýän belgiňiz arkaly jaň edip, sesli gürleşiň: onuň özüdigini, howpsuzdygyny we erkin gürläp bilýändigini, möhürlemezden öň ýazyp alan howpsuzlyk kodunyň şu ýerde görkezilen kod bilen gabat gelýändigini barlaň. Diňe şondan soň açmak tokenini ýazyň we oňa iberiň.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Syýahat haýyşy</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Ondan howpsuzlyk koduny sesli okamagyny haýyş ediň. Dört sandan ybarat her topar gabat gelýärmi?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Howpsuzlyk koduny deňeşdir</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Gabat gelýär: açmak tokenini ýaz...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Gabat gelýär: açmak tokenini ýaz</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Açma ýagdaýy</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Möhürlenen seýfi açmak</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Syýahat haýyşyny aç</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Barlanýar...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>Syýahat haýyşy: iberen %1, döredilen wagty %2. Onuň howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Token ýazylmady. Seýfi açmaň: bu haýyşy başga biri iberen ýa-da onuň ýanynda başga biri bolan bolmagy mümkin. Onuň bilen başga ýol arkaly ýene gürleşiň.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Açmak tokenini ýatda sakla</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Açmak tokeni ýazylýar...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Açmak tokeni %1 içinde. Ony faýl görnüşinde iberiň ýa-da tekstini habara goýuň.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>QR kod görnüşindäki açmak tokeni</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Tokeni oňa iberiň: ony habara goýuň, faýly iberiň ýa-da bu kody telefon bilen skanirlemäge beriň. Ol diňe onuň möhürlenen seýfini we diňe onuň paroly bilen açýar.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Açmak tokenini nädip ibermeli</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Tokeni göçür</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Açmak tokenini göçür</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Açmak tokeniniň faýly</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Göçürmegiň ýagdaýy</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Göçürildi. Ony oňa ýazýan habaryňyza goýuň; seýf gulplananda bufer arassalanýar.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Hasabat ýaz</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Hasabatyň formaty</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>PDF görnüşindäki iş hasabaty</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>CSV tablisa, her waka üçin bir setir</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON maglumatlary</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Belgileriň dili</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Goralýan maglumatlary goş</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Hasabatda hakyky atlar, habarlaşmak üçin maglumatlar we goralýan diýlip bellenen beýleki maglumatlar bolar. Faýly alan islendik adam olary okap biler. Olary diňe hasabaty okajak adamlaryň görmäge hukugy bar bolsa goşuň.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Goralýan maglumatlar barada duýduryş</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Razylyk barlanýar...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Saýlanan işleriň razylygy</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Çap etmäge razylygy bolmadyk işler</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Hasabat faýly</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Hasabaty şu görnüşde sakla</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Hasabatlar (*.pdf *.csv *.json);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Hasabat şifrlenmez: faýly alan islendik adam ony okap biler. Ony şifrlenen diskde saklaň we diňe bu işleri görmäge hukugy bolan adamlar bilen paýlaşyň.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Duýduryş: hasabat şifrlenmedik</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Hasabat ýazylýar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Hasabaty ýaz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Belgileriň dili</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>%n iş boýunça hasabat</numerusform>
            <numerusform>%n iş boýunça hasabat</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Hasabaty şu görnüşde sakla:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>razylyk yzyna alnan: ulanmaň</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>razylyk ýazylmadyk: ulanmaň</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>çap etmek üçin däl</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Hiç bir iş saýlanmady. Ilki bilen işleri saýlaň.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>Saýlanan işleriň %n sanysyny çap edip bolmaz. Hasabatda olar bellenýär; olary diňe adamlaryň razylyk beren maksady üçin ulanyň:</numerusform>
            <numerusform>Saýlanan işleriň %n sanysyny çap edip bolmaz. Hasabatda olar bellenýär; olary diňe adamlaryň razylyk beren maksady üçin ulanyň:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>Saýlanan her işiň çap etmäge razylygy bar.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Bar bolan bukjada faýlyň adyny saýlaň.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Hasabat şifrlenmezden %1 hökmünde saklandy.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Onda goralýan maglumatlar bar.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Barlagçy</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Howpsuzlyk kody</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Haçandan güýçde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Haçana çenli güýçde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edilýär</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Möhleti gutardy</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Entek güýçde däl</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Berkidilmedik</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Döredilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import edilen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tassyknama</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Tassyknama döredildi %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Entek tassyknama ýok</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Berkidilen barlagçylar</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Entek hiç bir barlagçy berkidilmedi. Aşakda goşuň ýa-da «Gelen paketler» bölüminde paketi import edip, onuň iberijisini şol ýerde berkidiň.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Saýlanan barlagçy</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açaryň barmak yzy</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Açyk açar</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Barmak yzy (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Açyk açar (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Haçandan güýçde</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Açaryň haçandan güýje girjekdigini çäklendir</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Haçandan güýçde (sene)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Haçana çenli güýçde</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Açaryň haçana çenli güýçdedigini çäklendir</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Haçana çenli güýçde (sene, şol gün hem girýär)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Seneleri sakla</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Açaryň güýçde boljak wagtyny sakla</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Häzir ýatyr</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Bu barlagçynyň açaryny häzir ýatyr</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Güýçdeligi barada habar</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Bu barlagçynyň paketleri</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>Bu barlagçydan entek paket ýok.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Olaryň faýllary haçan kabul edilýär</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Bu barlagçynyň gol çeken paketleri diňe şu seneleriň aralygynda kabul edilýär. Eger onuň noutbugy ýitse ýa-da elinden alnan bolsa, ýa-da ol siziň bilen işlemegini bes eden bolsa, açary häzir ýatyryň: mundan beýläk onuň gol çeken paketleri ret ediler; öň import edilenler galar.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Onuň paketleri</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Barlagçynyň açyk açary</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Bu barlagçynyň ady</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Howpsuzlyk koduny görkez</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Bu sanlary barlagçy bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň: ondan «Şahsyýet» ekranyndaky howpsuzlyk koduny topar-topar edip sesli okamagyny haýyş ediň. Munuň üçin habar ulanmaň: açary üýtgedip bilýän adam habary hem üýtgedip biler.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Gabat gelýär</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Gabat gelmeýär</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Barlagçy goşmak barada habar</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Bu açaryň howpsuzlyk kody:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Barlagçylar</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Paketler diňe siziň şu ýerde berkiden barlagçylaryňyzdan, olaryň howpsuzlyk koduny olar bilen deňeşdireniňizden soň import edilýär.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Barlagçy goş</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Barlagçynyň «Şahsyýet» ekranyndaky açyk açary (ol gizlin däl; ony messenjer arkaly iberip bolýar) we ony tanaýan adyňyzy goýuň.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>%1 üçin seneler saklandy.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>%1 açarynyň möhleti gutardy. Mundan beýläk onuň gol çeken paketleri ret ediler; öň import edilen paketler galar.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Ilki bilen barlagçynyň «Şahsyýet» ekranyndaky açyk açary goýuň.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Bu açar eýýäm %1 hökmünde berkidilen.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Faýllaryny tanap bilmegiňiz üçin bu barlagçynyň adyny ýazyň.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 berkidildi. Onuň gol çeken paketleri indi kabul edilýär.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Hiç zat berkidilmedi. Bu açary ulanmaň: ony ýolda kimdir biri üýtgeden bolmagy mümkin. Barlagçydan ony täzeden soraň, mümkin bolsa ýüzbe-ýüz.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Paroly gizle</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Paroly görkez</translation>
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
        <translation>Howpsuzlyk kody</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Serhetden öň seýfi möhürläň. Möhürlenen seýf ne parolyňyz, ne dikeldiş koduňyz bilen açylýar — ne şu ýerde, ne diskiň nusgasyndan — guramaňyz size jaň edip, açmak tokenini ibermänçä. Möhürlemezden öň alnan nusga goralmaýar.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Möhürlemek nämeden goraýar</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Siziň howpsuzlyk koduňyz</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Seýfi açjak gurama</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Möhürlemek üçin parolyňyz</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Syýahat üçin möhürlemek...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Möhürleme ýagdaýy</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Syýahat üçin möhürlemek</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Siziň howpsuzlyk koduňyz: %1. Guramaňyz seýfi açmak üçin jaň edende, sizden ony okamagy haýyş eder, seýf möhürli wagty bolsa ony görkezip bolmaýar: ony ýazyp alyň.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Seýfi möhürlemek üçin parolyňyzy giriziň.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Syýahat haýyşyny ýatda sakla</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Möhürlenýär...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Şunça minut hereketsiz galandan soň gulpla</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Seýf bukjasy</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Klawiatura gysga ýollary...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klawiatura gysga ýollary</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Hereketsiz galandan soň gulpla</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Seýfiňiziň bukjasy</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Klawiatura</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Seýfi pozmak</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Seýf bukjasyndaky ähli zat şifrlenen. Guvoh açyk wagty bukjany göçürmäň; onuň ýerine şu ýerde ätiýaçlyk nusga alyň.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Sazlama häzir ulanyldy, ýöne indiki gezek üçin ýatda saklanyp bilinmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Guvoh indi %n minut hereketsiz galandan soň gulplanýar.</numerusform>
            <numerusform>Guvoh indi %n minut hereketsiz galandan soň gulplanýar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Ekranyň esasy hereketini ýerine ýetir: gulpy aç, seýf döret, dowam et</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Yza gaýt («Yza» düwmesi bar ýerinde)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Ýazylýan paroly görkez ýa-da gizle</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Seýfi gulpla</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Täze iş başla</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Işleri gözle</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Işi ýatda sakla</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Ýazgynyň aşagy çyzylan harpy bilen: şol meýdança ýa-da düwmä geç</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Indiki meýdança geç (Shift+Tab: öňküsine)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Klawiatura gysga ýollarynyň şu sanawyny görkez</translation>
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
        <translation>Klawiatura gysga ýollary</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation>Ädim</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Ýatda saklanyş ýagdaýy</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Indiki</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>Siz bu ýerde soňky gezek ýazandan bäri wakaňyz «Işler» bölüminde üýtgedilipdir ýa-da pozulypdyr, şonuň üçin onuň üstünden hiç zat saklanmady. Bu ýerde başga waka gürrüň berip bilersiňiz.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Entek saklanmady</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saklanmady</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Wakaňyzy saklap bolmady: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Entek hiç zat saklanmady</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Şifrlenen seýfiňizde saklandy: %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Siziň wakaňyz size degişli</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Siz birnäçe gysga soraga jogap berersiňiz. Siz saýlan guramaňyz üçin faýl döredýänçäňiz hemme zat şu kompýuterde şifrlenen görnüşde galýar, we ol faýly diňe şol gurama açyp biler. Islän wagtyňyz bes edip bilersiňiz: ýazanlaryňyz seýfiňizde saklanýar.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Men öz beýanymy özüm saýlan gurama bermek isleýärin</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Gurama ony şular üçin ulanyp biler:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Näme boldy?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Öz sözleriňiz bilen, islendik dilde, isleýşiňiz ýaly uzyn ýa-da gysga gürrüň beriň.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Näme iberiljekdigini barlaň</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Gurama üçin faýlda şular bolar. Eger bir zat siziň isleýşiňiz ýaly däl bolsa, onuň ýanyndaky «Üýtget» düwmesine basyň.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Näme boldy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nirede</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Sizi nähili atlandyrarlar</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Gurama ony şular üçin ulanyp biler</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Faýly kim açyp biler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Üýtget</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Üýtget: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Görkezilmedi</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Faýl ýok</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Faýlda ýok.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Faýlda: %1. Ol goralýan görnüşde saklanýar: ony diňe guramanyň işgärleri görýär we ol hiç haçan çap edilmeýär.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>Faýlda: %1. Gurama bu ady ulanyp biler.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Hakyky adyňyz bilen</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Asla atlandyrmazlar: siz anonim galýarsyňyz</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>Faýlda: %1. Ol goralýan görnüşde saklanýar: ony diňe guramanyň işgärleri görýär.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Faýlda ýok: siz olaryň siziň bilen habarlaşyp biljekdigini aýtdyňyz, ýöne siziň bilen nädip habarlaşmalydygyny ýazmadyňyz.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Faýlda ýok: gurama siziň bilen habarlaşmaz.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Diňe %1. Faýla siz gol çekýärsiňiz.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Ýadyňyzda däl</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Wakaňyzy atlandyrjak birnäçe söz (bu ýere adamlaryň atlaryny ýazmaň):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Gysga at</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Meniň wakam</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Bu haçan boldy?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Ýadyňyzda galyşy ýaly takyk ýazyň. Eger ol uzak dowam eden bolsa, haçan başlanandygyny ýazyň.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ýyl</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Aý</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Munuň haçan bolandygy ýadymda däl</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Diňe ýyl hem ýeterlik. Aýy ýa-da güni ýadyňyzda bolmasa, boş goýuň.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Ýyly ýazyň ýa-da «Munuň haçan bolandygy ýadymda däl» saýlaň.</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Ýyly dört san bilen ýazyň (%1–%2).</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Aýy hem saýlaň ýa-da güni boş goýuň.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Bu nirede boldy?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Ýurt, isleseňiz, şäher ýa-da oba. Hiç haçan köçe salgysyny ýazmaň.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Ýurt (gözlemek üçin ýazyň)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Gözlemek üçin ýazyň</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Şäher ýa-da oba</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Kimler gatnaşdy?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Muny eden adamlar (polisiýa, konsullyk, siziň tanaýan biriňiz...), we şol ýerde bolan ýa-da zyýan çeken beýleki adamlar. Diňe paýlaşmaga razy bolan zatlaryňyzy ýazyň; bu ýeri boş goýup hem bilersiňiz.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Kimler gatnaşdy</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Gurama siziň bilen habarlaşyp bilermi?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Meselem, wakaňyz barada sorag bermek üçin.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Hawa, habarlaşyp bilerler</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Ýok, haýyş, meniň bilen habarlaşmasynlar</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Olar siziň bilen nädip howpsuz habarlaşyp bilerler? (messenjerdäki adyňyz, telefon belgiňiz ýa-da olaryň sorap biljek adamy). Bu goralýan görnüşde saklanýar.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Siziň bilen nädip habarlaşmaly</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Siziň bilen nädip habarlaşyp boljakdygyny ýazyň ýa-da «Ýok, haýyş, meniň bilen habarlaşmasynlar» saýlaň.</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Sizi nähili atlandyrmaklaryny isleýärsiňiz?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Bu gurama siziň wakaňyzy ulansa, sizi nähili atlandyryp biljekdigini habar berýär.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Hakyky adym bilen</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Özüm saýlan başga at bilen (hiç haçan hakyky adym däl)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Asla atlandyrmasynlar: men anonim galýaryn</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Siziň hakyky adyňyz</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Onuň ýerine ulanyljak at</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Ýerine ulanyljak at</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Hakyky adyňyzy ýazyň ýa-da size ýüzlenmegiň başga ýoluny saýlaň.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Ýerine ulanyljak ady ýazyň ýa-da size ýüzlenmegiň başga ýoluny saýlaň.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Wakaňyzy kim almaly?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Faýly diňe siziň saýlan guramaňyz açyp biler.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Ynamdar guramalar</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Siz entek gurama goşmadyňyz. Guramanyň size beren kartoçka faýlyny aşakda ýükläň.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Başga gurama? Onuň size beren kartoçka faýlyny saýlaň; onuň howpsuzlyk koduny olar bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdirersiňiz.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Faýly döret</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Gysgaça maglumat</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Faýly nirä saklamaly?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Faýl üçin bukja</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Faýly nirä saklamalydygyny saýlaň</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Faýlyňyz taýýar</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Siziň wakaňyz şu faýlda, şifrlenen we siz gol çeken:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Wakaňyz ýazylan faýl</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Ony nädip eltmeli</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Başga waka gürrüň ber</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2 ädimden %1-nji ädim</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Hakyky adyňyzy ýazmak hökman däl. Eger ýazsaňyz, ol goralýan görnüşde saklanýar: ony diňe guramanyň işgärleri görýär we ol hiç haçan çap edilmeýär.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Gurama bu ady ulanyp biler.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>Siziň wakaňyzda hiç hili at bolmaz. Gurama siziň bilen diňe siz rugsat beren bolsaňyz habarlaşyp biler.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Beýle gün ýok; güni we aýy barlaň.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Siziň wakaňyz diňe %1 açyp biljek bir faýla salnar. Oňa siz gol çekýärsiňiz, şonda olar ony ýolda hiç kimiň üýtgetmändigini bilip bilerler.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Faýl üçin bar bolan bukjany saýlaň.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Suratlar, resminamalar ýa-da ýazgy</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Eger bolan waka barada suratyňyz ýa-da resminamaňyz bar bolsa ýa-da ony sesli gürrüň bermegi makul bilseňiz, şu ýere goşuň. Ol şifrlenip seýfiňizde saklanýar we wakaňyz bilen bile gidýär. Bu ädimi geçip bilersiňiz.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Wakaňyza goşulan faýllar</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Surat ýa-da resminama goş...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Wakaňyza surat ýa-da resminama goş</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Saýlanan faýly wakaňyzdan aýyr</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Faýllar barada habar</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Faýlyň goşulyşynyň barşy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Faýly goşmagy ýatyr</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Sesli gürrüň ber</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>%1 wakaňyzdan aýrylsynmy?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Faýl seýfiňizden düýbünden pozular.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Faýly aýyr</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Faýl aýryldy.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (şu iş orny)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Barmak yzy</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Goşuldy</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Çykaryldy</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Topardaky adyňyz</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Adyňyz, beýleki koordinatorlar ony şeýle görer</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Topardaky howpsuzlyk kodyňyz</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Setiriňiz</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Setiri göçür</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Setiriňizi göçür</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Umumy bukja</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Umumy bukjany saýla...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Umumy bukjany saýla</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Topardaky koordinatorlar</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Koordinatory çagyr...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Koordinatory çagyr</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Çykar...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Saýlanan koordinatory çykar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Häzir sinhronla</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Soňky sinhronlamak</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Topar</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Guramaňyzyň birnäçe koordinatory işi bilelikde edip biler. Olaryň her biriniň öz seýfi bar; Syncthing-iň deň ýagdaýda saklaýan umumy bukjasy olaryň arasynda diňe şifrlenen faýllary geçirýär.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Topardaky howpsuzlyk kodyňyz:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Sizi çagyrjak koordinator üçin setiriňiz. Howpsuzlyk koduny onuň bilen telefon arkaly ýa-da ýüzbe-ýüz deňeşdiriň.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Seýf açyk wagty Guvoh bu bukjany özi okaýar.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Umumy bukjany saýlamak topary başlaýar, siz bolsa onuň ilkinji koordinatory bolarsyňyz.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Ilki toparda adyňyzy ýazyň: beýleki koordinatorlar ony siziň karar beren ähli zadyňyzyň ýanynda görýärler.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Setiriňiz göçürildi.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Umumy bukja: %1. Seýf açyk wagty Guvoh ony özi okaýar.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 topardan çykarylsynmy?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>%1 şu pursatdan başlap girizjek üýtgeşmeleri ähli iş orunlarynda ret ediler. Guramaňyz täze kartoçka alar, ony indiki ädimde saklarsyňyz: barlagçylaryňyz täzeden ibermezden öň täze kartoçka ynanmalydyrlar.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 çykar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Täze kartoçkany sakla</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 topardan çykaryldy. Täze kartoçka %2 hökmünde saklandy. Barlagçylaryňyz täzeden ibermezden öň täze kartoçka ynanmaly we onuň täze howpsuzlyk koduny siziň bilen deňeşdirmelidirler.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sinhronlanýar...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>Toparyň %n faýlyny bu iş orny entek okap bilmeýär.</numerusform>
            <numerusform>Toparyň %n faýlyny bu iş orny entek okap bilmeýär.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>%1 wagtyndaky sinhronlamak başa barmady: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Soňky sinhronlamak %1: täze zat ýok.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Soňky sinhronlamak %1: import edilen paketler %2, ulanylan topar üýtgeşmeleri %3, iberijisine garaşýan paketler %4, ret edilen paketler %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Täze</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Seredilýär</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Goşmaça iş gerek</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tassyklandy</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ýapyk</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ýagdaýy: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Bellendi: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Hiç kim bellenmedi</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Teg goşuldy: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Teg aýryldy: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Bellik: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Arhiwden aýryldy</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (üsti ýapyldy: bir wagtda üýtgedilen)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Üýtgeşme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Bellendi</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Koordinatoryň ady</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Belle</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Işi belle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tegler</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Täze teg</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Tegi goş</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Tegi aýyr</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Saýlanan tegi aýyr</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Täze bellik</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Belligi goş</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Kim näme üýtgetdi we haçan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>Bu iş guramaňyzyň işinde haýsy tapgyrda. Toparyňyzdaky beýleki koordinatorlar her üýtgeşmäni görýärler.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Taryh</translation>
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
        <translation>Aç</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Ýatdan çykardyňyzmy? Dikeldiş koduňyzy ulanyň</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Seýfiňizi açmak üçin parolyňyzy ýazyň.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Haýyş, parolyňyzy ýazyň.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Seýfiňiz açylýar...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Açmak tokeni</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Açmak tokenini şu ýere goýuň</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Token faýlyny aç...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Möhüri açmak</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Möhüri açmak ýagdaýy</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Guramaňyz siz bilen gürleşenden soň açmak tokenini iberýär. Ony goýuň ýa-da faýlyny açyň, soňra «Möhüri açmak» saýlaň; parolyňyz ýokardaky meýdançada galýar.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Açmak tokenini aç</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Bu faýl açmak tokeni däl.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Ilki açmak tokenini goýuň.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Möhür açylýar...</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation>Guvoh - Faýl</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Faýly görmek</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faýlyň ady</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Bu faýlyň görünmeýän maglumatlary</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Faýl açylýar</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Faýlda mesele bar</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Nusgasyny sakla...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Bu faýly başga ýerde açmak üçin onuň şifrlenmedik nusgasyny sakla</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Faýlyň teksti</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Görmegi ýap</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh diňe PNG we JPEG suratlaryny, WAV ýazgylaryny we ýönekeý teksti görkezýär, şonuň üçin bu faýl şu ýerde açylmaýar. Nusgasyny saklap, ony başga programma bilen açyp bilersiňiz, emma daşardan gelen faýl ony açýan kompýutere zyýan ýetirer ýaly ýörite taýýarlanan bolmagy mümkin.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>habar</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Sanawda ýok: ulanylmaýar.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Sanawda ýok: ýatda saklanmady.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Nädogry parollardan soň seýfi pozmak</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Bu kompýuterde parolyňyzy çaklamaga synanyşýan adamy saklaýar. Ilki diskiň nusgasyny alan adamy saklamaýar: nusgada hasap täzeden başlaýar.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Hiç haçan (öçük)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>Yzygiderli %n nädogry paroldan soň</numerusform>
            <numerusform>Yzygiderli %n nädogry paroldan soň</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Nädogry parollar indi seýfi pozmaýar.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Indi seýf yzygiderli %n nädogry paroldan soň pozulýar.</numerusform>
            <numerusform>Indi seýf yzygiderli %n nädogry paroldan soň pozulýar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Seýfi pozmak...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Seýfi pozmak</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>pozmak</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Seýfi pozmak</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Bu kompýuterdäki seýf häzir ýok ediler: ähli işler saklanan görnüşleri we garalamalary bilen, ähli ýazgylar we faýllar, ynanýan guramalaryňyz we açarlaryňyz. Parolyňyz hem, dikeldiş koduňyz hem ony indi açmaz. Muny hiç kim yzyna gaýtaryp bilmez, gurama bolsa almadyk zadyny dikeldip bilmez.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Bu sizi pozulandan soň kompýuteri alyp giden adamdan goraýar. Ondan öň alnan diskiň nusgasynda seýf öňküsi ýaly gulply ýagdaýda saklanýar.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Seýfi pozmak üçin aşakda şu sözi ýazyň:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Ýazylmaly söz</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Pozmagy tassyklaýan söz</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Seýfi pozmak</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Seýfi galdyr</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Seýfi galdyryp ýap</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Seýfi pozmalymy?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Wakaňyzy gürrüň beriň</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen paketler</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Işler</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Barlagçylar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Şahsyýet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Seýfiň ýagdaýy</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Gulpla</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Seýfi gulpla (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Seýfi gulpla</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Bu siziň seýfiňiz däl, aldaýjy nusga. Ulanylýan ýaly görünmegi üçin oňa adaty işleri we faýllary goşuň, soňra gulplaň: parolyňyz seýfiňizi ýene açar.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Aldaýjy nusga</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gulplandy</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Açyk - %n minut hereketsiz galandan soň gulplanar</numerusform>
            <numerusform>Açyk - %n minut hereketsiz galandan soň gulplanar</numerusform>
        </translation>
    </message>
</context>
</TS>
