<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation>На этом компьютере не найдены динамики или наушники, поэтому запись здесь воспроизвести нельзя.</translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation>Звуковая система этого компьютера не может воспроизвести эту запись.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
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
        <translation>Создать резервную копию хранилища...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Создать резервную копию хранилища</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Отменить резервное копирование</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Состояние резервного копирования</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole vault, encrypted as the vault is, taken safely while you work. Keep it on a drive apart from this computer. On another computer it opens with your recovery code.</source>
        <translation>Резервная копия — это копия всего хранилища, зашифрованная так же, как само хранилище; она безопасно создаётся, пока вы работаете. Храните её на диске отдельно от этого компьютера. На другом компьютере она открывается с помощью вашего кода восстановления.</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Выберите, где хранить резервную копию</translation>
    </message>
    <message>
        <source>Backing up to %1...</source>
        <translation>Резервное копирование в %1...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Остановка...</translation>
    </message>
    <message>
        <source>Backed up to %1: %2, %3. Keep it apart from this computer.</source>
        <translation>Резервная копия сохранена в %1: %2, %3. Храните её отдельно от этого компьютера.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation>Отправлено: %1, подписано ключом отправителя (проверено).</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>отправитель без имени</translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation>Создано %1, импортировано %2.</translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation>Подтверждение получения: создано %1.</translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation>Подтверждение получения: пока нет.</translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation>Отправлено из этого хранилища, подписано вами.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Создано %1.</translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation>Подтверждение получения: получено %1.</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Кто отправил</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>%n вложенный файл из этого пакета; он сверен с подписанным пакетом. Файлы никогда не открываются автоматически.</numerusform>
            <numerusform>%n вложенных файла из этого пакета; каждый сверен с подписанным пакетом. Они никогда не открываются автоматически.</numerusform>
            <numerusform>%n вложенных файлов из этого пакета; каждый сверен с подписанным пакетом. Они никогда не открываются автоматически.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation>К этому делу не приложено файлов.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Пакет: %1</translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation>Отпечаток ключа подписавшего: %1</translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation>SHA-256 файла пакета: %1</translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation>Создан (UTC): %1</translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation>Импортирован (UTC): %1</translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation>Версия дела в пакете: %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation>Вложение %1 (%2): %3 байт, SHA-256 %4</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>больше нет в хранилище</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <source>Create a receipt...</source>
        <translation>Создать подтверждение получения...</translation>
    </message>
    <message>
        <source>Create a receipt</source>
        <translation>Создать подтверждение получения</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation>Файл карточки организации</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation>Выберите карточку организации</translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation>Карточки организаций (*.card *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>Прочитать карточку</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation>Сверьте эти цифры с организацией по телефону или лично: попросите их координатора прочитать вслух свой код безопасности, группа за группой. Не используйте для этого сообщения или электронную почту: тот, кто мог подменить карточку, мог подменить и сообщение.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Совпадают</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>This card replaces a trusted card</source>
        <translation>Эта карточка заменяет доверенную карточку</translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation>Код безопасности на этой карточке:</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>По адресу %1 нет файла.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Не удалось прочитать файл %1.</translation>
    </message>
    <message>
        <source>This card replaces the card you trust for %1. The old card&apos;s safety code was %2; this card&apos;s is below. Its encryption key changes from %3 to %4. If the new code matches, what you send from now on goes to the new key only.</source>
        <translation>Эта карточка заменяет карточку %1, которой вы доверяете. Код безопасности старой карточки был %2; код этой карточки — ниже. Ключ шифрования меняется с %3 на %4. Если новый код совпадает, всё, что вы отправите с этого момента, будет зашифровано только для нового ключа.</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation>Выберите файл карточки, который вам дала организация.</translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation>Теперь %1 — доверенная организация. Файлы, которые вы ей отправляете, смогут открыть только координаторы %1.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation>Ничему не присвоено доверие. Не используйте эту карточку: возможно, её кто-то изменил. Попросите организацию снова передать вам карточку, по возможности лично.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>Country not stated</source>
        <translation>Страна не указана</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Город или посёлок</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Лицо %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Exported %1 (sealed)</source>
        <translation>Экспортировано %1 (запечатано)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Интервью и согласие</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Рассказ</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← &amp;Назад к делам</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Назад к списку дел</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation>Сохранить в зашифрованном хранилище (Ctrl+S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation>Короткое название, без имён людей, которым грозит опасность</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Наз&amp;вание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation>Об экспортированных делах</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation>Черновик — ещё в работе</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation>Человек дал информированное со&amp;гласие</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation>Согласие на: %1</translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation>Разрешённые виды использования</translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation>Желаемая анонимность</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation>&amp;Анонимность</translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation>Мы можем снова связаться с человеком</translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation>Можно связаться снова</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Согласие было отозвано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation>День, когда согласие было отозвано</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата:</translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation>Условия или ограничения, поставленные человеком</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>День интервью</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Место интервью</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation>Псевдоним интервьюера</translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation>Псевдоним, никогда не настоящее имя</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation>Страна, где человек живёт сейчас</translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation>Живёт сейчас в</translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation>Языки показаний</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation>Несколько строк о том, о чём это дело</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>Ключевые слова через запятую</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation>Полный текст показаний</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Удалить выбранного человека</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Человек удалён</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo: bring the removed person back</source>
        <translation>Отменить: вернуть удалённого человека</translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation>Пока&amp;зать защищённые сведения</translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation>Показать защищённые сведения</translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation>Защищённые сведения показаны точками, пока вы не нажмёте «Показать», и их можно не включать при экспорте дела.</translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation>Обозначение человека в этом деле</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Рол&amp;ь</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation>Где человек живёт сейчас</translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation>Кем приходится пострадавшему</translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation>Кому из пострадавших</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Живёт в</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Защищено</translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation>Защитить: %1</translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation>Кому приходится</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation>События дела</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Удалить выбранное событие</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Насколько точна дата</translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation>Точность не указана</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation>Где произошло событие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что было сделано</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation>Пос&amp;мотреть эту версию</translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation>Посмотреть выбранную версию</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Вернуть эту версию</translation>
    </message>
    <message>
        <source>Restore the selected version as a new version</source>
        <translation>Вернуть выбранную версию как новую версию</translation>
    </message>
    <message>
        <source>Saves the content of this version again as the newest version. Every version stays as it was.</source>
        <translation>Сохраняет содержимое этой версии снова, как самую новую версию. Все версии остаются как были.</translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation>Выбранная версия, только для чтения</translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation>Каждое сохранение хранится как версия. Экспортированная версия запечатана и больше не меняется.</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>Новое дело, ещё не сохранено.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation>Сохранено в вашем зашифрованном хранилище %1.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation>Это дело было экспортировано. Вы можете его изменить: при сохранении ваши изменения станут новой версией-черновиком, а экспортированная копия останется прежней.</translation>
    </message>
    <message>
        <source>Made from a received case</source>
        <translation>Сделано из полученного дела</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Несохранённые изменения в черновике</translation>
    </message>
    <message>
        <source>&amp;Continue with the changes</source>
        <translation>&amp;Продолжить с изменениями</translation>
    </message>
    <message>
        <source>Continue with the unsaved changes</source>
        <translation>Продолжить с несохранёнными изменениями</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Отбросить их</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation>Не удалось сохранить ваши изменения как черновик: %1</translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation>Черновик сохранён в вашем зашифрованном хранилище.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation>Только что сохранено в вашем зашифрованном хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n секунду назад.</numerusform>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n секунды назад.</numerusform>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n секунд назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation>Сохранено в вашем зашифрованном хранилище минуту назад.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n минуту назад.</numerusform>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n минуты назад.</numerusform>
            <numerusform>Сохранено в вашем зашифрованном хранилище %n минут назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case you started (last changed %1) was not saved yet. It is kept as a draft in your encrypted vault. Continue with it, or discard it and start afresh.</source>
        <translation>Новое дело, которое вы начали (последнее изменение %1), ещё не сохранено. Оно хранится как черновик в вашем зашифрованном хранилище. Продолжите его или отбросьте и начните заново.</translation>
    </message>
    <message>
        <source>You have changes to this case that were not saved yet (last changed %1). They are kept as a draft in your encrypted vault. Continue with them, or discard them and see the last saved version.</source>
        <translation>У вас есть ещё не сохранённые изменения в этом деле (последнее изменение %1). Они хранятся как черновик в вашем зашифрованном хранилище. Продолжите с ними или отбросьте их и посмотрите последнюю сохранённую версию.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation>Ваши несохранённые изменения восстановлены. Черновик хранится в вашем зашифрованном хранилище; сохраните дело, чтобы они стали новой версией.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation>Версия %1, сохранена %2 (только для чтения; защищённые сведения скрыты)</translation>
    </message>
    <message>
        <source>Received testimony, read-only.</source>
        <translation>Полученные показания, только для чтения.</translation>
    </message>
    <message>
        <source>Received testimony: the testimony is read-only; its status and notes can be recorded in &apos;Status and notes&apos;.</source>
        <translation>Полученные показания: сами показания только для чтения; их статус и заметки можно записать во вкладке «Статус и заметки».</translation>
    </message>
    <message>
        <source>Status and &amp;notes</source>
        <translation>Статус и &amp;заметки</translation>
    </message>
    <message>
        <source>A working copy of the received case %1, which stays as it arrived.</source>
        <translation>Рабочая копия полученного дела %1; само оно остаётся таким, каким пришло.</translation>
    </message>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (рабочая копия)</translation>
    </message>
    <message>
        <source>This is your working copy of the received case %1, saved in your encrypted vault. The received case stays as it arrived.</source>
        <translation>Это ваша рабочая копия полученного дела %1, сохранённая в вашем зашифрованном хранилище. Полученное дело остаётся таким, каким пришло.</translation>
    </message>
    <message>
        <source>Your changes since the last save are not saved. Restoring version %1 replaces them; every saved version stays as it was. Restore version %1?</source>
        <translation>Ваши изменения после последнего сохранения не сохранены. Возврат версии %1 заменит их; все сохранённые версии останутся как были. Вернуть версию %1?</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Вернуть прежнюю версию</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Вернуть версию %1</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Оставить мои изменения</translation>
    </message>
    <message>
        <source>Version %1 is restored as a new version, %2. Every earlier version stays as it was.</source>
        <translation>Версия %1 возвращена как новая версия, %2. Все прежние версии остались как были.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>real name</source>
        <translation>настоящее имя</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>where they live</source>
        <translation>место жительства</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>A protected detail matched: %1</source>
        <translation>Совпадение в защищённых сведениях: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unsaved changes kept: %1</source>
        <translation>Есть несохранённые изменения: %1</translation>
    </message>
    <message>
        <source>Changes to this case are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Изменения в этом деле ещё не сохранены. Они хранятся как черновик в вашем зашифрованном хранилище: откройте дело, чтобы продолжить с ними или отбросить их.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Найдено в</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Любое назначение</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Назначено мне</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Никому не назначено</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation>Поиск по именам, местам, словам...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any act</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Начать новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Число показанных дел</translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation>Дел пока нет. Нажмите «Новое дело», чтобы записать первые показания.</translation>
    </message>
    <message>
        <source>No cases yet. Cases arrive through the Inbox: import the files researchers and people telling their story send you.</source>
        <translation>Дел пока нет. Дела приходят через «Входящие»: импортируйте там файлы, которые присылают исследователи и люди, рассказывающие свою историю.</translation>
    </message>
    <message>
        <source>Any researcher</source>
        <translation>Любой исследователь</translation>
    </message>
    <message>
        <source>Any bundle</source>
        <translation>Любой пакет</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или другие фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>Найдено больше %n дела</numerusform>
            <numerusform>Найдено больше %n дел</numerusform>
            <numerusform>Найдено больше %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>Найдено %n дело</numerusform>
            <numerusform>Найдено %n дела</numerusform>
            <numerusform>Найдено %n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation>Экспорт для организации...</translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation>Экспорт для организации</translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation>Создать зашифрованный файл из выбранных дел (или всех готовых дел)</translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation>Импортировать подтверждение получения...</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Импортировать подтверждение получения</translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation>Удалить доставленные дела...</translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation>Удалить доставленные дела</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Откуда пришло это дело</translation>
    </message>
    <message>
        <source>Report...</source>
        <translation>Отчёт...</translation>
    </message>
    <message>
        <source>Write a report of the selected cases</source>
        <translation>Составить отчёт по выбранным делам</translation>
    </message>
    <message>
        <source>PDF, CSV or JSON of the selected cases (or of every case shown)</source>
        <translation>PDF, CSV или JSON выбранных дел (или всех показанных дел)</translation>
    </message>
    <message>
        <source>Create receipts...</source>
        <translation>Создать подтверждения получения...</translation>
    </message>
    <message>
        <source>Create receipts</source>
        <translation>Создать подтверждения получения</translation>
    </message>
    <message>
        <source>Unsaved changes kept as a draft</source>
        <translation>Несохранённые изменения в черновике</translation>
    </message>
    <message>
        <source>Your changes to case %1 are not saved yet. They are kept as a draft in your encrypted vault: open the case to continue with them or discard them.</source>
        <translation>Ваши изменения в деле %1 ещё не сохранены. Они хранятся как черновик в вашем зашифрованном хранилище: откройте дело, чтобы продолжить с ними или отбросить их.</translation>
    </message>
    <message>
        <source>The new case you started is not saved yet. It is kept as a draft in your encrypted vault: press &quot;New case&quot; to continue with it or discard it.</source>
        <translation>Новое дело, которое вы начали, ещё не сохранено. Оно хранится как черновик в вашем зашифрованном хранилище: нажмите «Новое дело», чтобы продолжить его или отбросить.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Totals: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: нет данных</translation>
    </message>
    <message>
        <source>A chart. The table next to it lists the same numbers.</source>
        <translation>Диаграмма. В таблице рядом приведены те же числа.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Таблица: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n дело; у %1 не указан вид действий.</numerusform>
            <numerusform>%n дела; у %1 не указан вид действий.</numerusform>
            <numerusform>%n дел; у %1 не указан вид действий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n дело; у %1 не указана страна происхождения.</numerusform>
            <numerusform>%n дела; у %1 не указана страна происхождения.</numerusform>
            <numerusform>%n дел; у %1 не указана страна происхождения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n дело; у %1 не указана страна пребывания.</numerusform>
            <numerusform>%n дела; у %1 не указана страна пребывания.</numerusform>
            <numerusform>%n дел; у %1 не указана страна пребывания.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n дело; у %1 ни у одного события не указан месяц.</numerusform>
            <numerusform>%n дела; у %1 ни у одного события не указан месяц.</numerusform>
            <numerusform>%n дел; у %1 ни у одного события не указан месяц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>На диаграмме показаны %1 самых крупных; в таблице перечислены все %2.</translation>
    </message>
    <message>
        <source>Events dated only by the year: %1.</source>
        <translation>События, у которых указан только год: %1.</translation>
    </message>
</context>
<context>
    <name>CompactPanel</name>
    <message>
        <source>Compact the vault</source>
        <translation>Сжать хранилище</translation>
    </message>
    <message>
        <source>Compacting</source>
        <translation>Сжатие</translation>
    </message>
    <message>
        <source>Compaction status</source>
        <translation>Состояние сжатия</translation>
    </message>
    <message>
        <source>Deleted and purged cases are overwritten at once. Compacting also removes the emptied space, so the vault&apos;s size no longer shows how much it once held. It can take a while on a large vault.</source>
        <translation>Удалённые дела, в том числе доставленные дела, удалённые с этого компьютера, сразу затираются. Сжатие к тому же убирает освободившееся место, так что по размеру хранилища больше не видно, сколько в нём когда-то было. На большом хранилище это может занять некоторое время.</translation>
    </message>
    <message>
        <source>Compacting the vault...</source>
        <translation>Сжатие хранилища...</translation>
    </message>
    <message>
        <source>Compacted: %1 before, %2 now.</source>
        <translation>Сжато: было %1, стало %2.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>They match</source>
        <translation>Совпадают</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation>В Guvoh произошла непредвиденная ошибка. То, что сохранено в вашем хранилище, в безопасности; последнее изменение могло не сохраниться.</translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation>Сведения ниже указывают только место в коде Guvoh и никогда — то, что вы написали. Вы можете передать их тем, кто поддерживает Guvoh.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation>Guvoh хранит показания на этом компьютере в зашифрованном виде. Сначала расскажите, как вы будете им пользоваться, и выберите парольную фразу.</translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation>Я беру интервью у людей</translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation>Я хочу рассказать свою историю</translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation>Я получаю пакеты для организации</translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation>Имя, которое увидят другие</translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation>Можно псевдоним</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Создать моё хранилище</translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation>Добро пожаловать в Guvoh</translation>
    </message>
    <message>
        <source>Name shown for this app</source>
        <translation>Название приложения на экране</translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation>Ваше хранилище также будет привязано к системному менеджеру паролей этого компьютера, поэтому одни лишь скопированные файлы открыть не получится.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation>На этом компьютере нет системного менеджера паролей, поэтому хранилище защищает только ваша парольная фраза. Выберите её внимательно и храните копии папки хранилища в надёжном месте.</translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation>Создаём ваше хранилище. Это займёт несколько секунд...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseAction</name>
    <message>
        <source>Delete case...</source>
        <translation>Удалить дело...</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version, its %3 and its notes?</source>
        <translation>Удалить дело %1 «%2» с этого компьютера со всеми сохранёнными версиями, его %3 и всеми заметками?</translation>
    </message>
    <message>
        <source>Delete case %1 “%2” from this computer, with every saved version and its notes?</source>
        <translation>Удалить дело %1 «%2» с этого компьютера со всеми сохранёнными версиями и заметками?</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Что будет удалено</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это нельзя отменить.</translation>
    </message>
    <message>
        <source>This cannot be undone. The organisation has not confirmed receiving this case: if you have not sent it, it is lost.</source>
        <translation>Это нельзя отменить. Организация не подтвердила получение этого дела: если вы его не отправляли, оно будет потеряно.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep it and close</source>
        <translation>Оставить и закрыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Delete case %1?</source>
        <translation>Удалить дело %1?</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Удаление...</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>DisguiseCombo</name>
    <message>
        <source>Name shown for this app</source>
        <translation>Название приложения на экране</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (без маскировки)</translation>
    </message>
</context>
<context>
    <name>DisguiseNames</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Рецепты</translation>
    </message>
</context>
<context>
    <name>DisguisePanel</name>
    <message>
        <source>Use this name</source>
        <translation>Использовать это название</translation>
    </message>
    <message>
        <source>Disguise status</source>
        <translation>Состояние маскировки</translation>
    </message>
    <message>
        <source>Disguise: the window, the menu entry, the folders and the keyring entry take a plain name instead of Guvoh. It helps against someone glancing at the computer; it does not hide the program or the encrypted vault from anyone who examines the disk. Changing it locks the app and moves the vault; unlock it as before.</source>
        <translation>Маскировка: окно, пункт меню, папки и запись в системном менеджере паролей получают простое название вместо Guvoh. Это помогает против того, кто мельком смотрит на компьютер; это не скрывает программу и зашифрованное хранилище от того, кто исследует диск. При смене приложение блокируется и хранилище перемещается; разблокируйте его как прежде.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk. Nothing was moved; choose another name.</source>
        <translation>В папке с таким названием уже есть другие файлы, или она на другом диске. Ничего не перемещено; выберите другое название.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop bundle files or whole folders here</source>
        <translation>Перетащите сюда файлы пакетов или целые папки</translation>
    </message>
    <message>
        <source>Drop area for bundle files and folders</source>
        <translation>Область для перетаскивания файлов пакетов и папок</translation>
    </message>
</context>
<context>
    <name>DuressPanel</name>
    <message>
        <source>A second passphrase for when someone makes you unlock. Typed at the lock screen, it opens a decoy that looks like this vault, and from then on your passphrase and your recovery code open nothing, on this computer or from a copy of the disk made later. It does not protect you from a copy of the disk made before you typed it, or from two copies compared. Fill the decoy with ordinary cases first, so that it looks used.</source>
        <translation>Вторая парольная фраза на случай, если вас заставят открыть хранилище. Если ввести её на экране блокировки, откроется приманка, похожая на это хранилище, и с этого момента ваша парольная фраза и код восстановления больше ничего не откроют — ни на этом компьютере, ни с копии диска, снятой позже. Она не защищает от копии диска, снятой до того, как вы её ввели, и от сравнения двух копий. Сначала заполните приманку обычными делами, чтобы казалось, что ею пользуются.</translation>
    </message>
    <message>
        <source>What the duress passphrase protects</source>
        <translation>От чего защищает парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase status</source>
        <translation>Состояние парольной фразы под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Your recovery code, needed once</source>
        <translation>Ваш код восстановления (нужен один раз)</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Задать парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Open the decoy to fill it</source>
        <translation>Открыть приманку, чтобы заполнить её</translation>
    </message>
    <message>
        <source>Your vault locks and the decoy opens in its place; add cases and files as usual, then lock. Your passphrase opens your vault again.</source>
        <translation>Ваше хранилище заблокируется, и вместо него откроется приманка; добавьте дела и файлы как обычно, затем заблокируйте. Ваша парольная фраза снова откроет ваше хранилище.</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Удалить...</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Удалить парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Сообщение о парольной фразе под принуждением</translation>
    </message>
    <message>
        <source>A duress passphrase is set and opens the decoy.</source>
        <translation>Парольная фраза под принуждением задана и открывает приманку.</translation>
    </message>
    <message>
        <source>A decoy exists, but no duress passphrase opens it: changing your passphrase ended it. Set it again.</source>
        <translation>Приманка есть, но парольная фраза под принуждением её больше не открывает: смена вашей парольной фразы её отменила. Задайте её снова.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <source>Replace the duress passphrase</source>
        <translation>Заменить парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Введите парольную фразу под принуждением дважды.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Две парольные фразы под принуждением не совпадают.</translation>
    </message>
    <message>
        <source>Type your recovery code too.</source>
        <translation>Введите также код восстановления.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase...</source>
        <translation>Установка парольной фразы под принуждением...</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Now open the decoy and add a few ordinary cases, so that it looks used.</source>
        <translation>Парольная фраза под принуждением задана. Теперь откройте приманку и добавьте несколько обычных дел, чтобы казалось, что ею пользуются.</translation>
    </message>
    <message>
        <source>The duress passphrase will open nothing, and the decoy with its cases and files is destroyed. Go on?</source>
        <translation>Парольная фраза под принуждением больше ничего не будет открывать, а приманка со всеми её делами и файлами будет уничтожена. Продолжить?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The duress passphrase no longer opens anything, and the decoy was destroyed.</source>
        <translation>Парольная фраза под принуждением больше ничего не открывает, приманка уничтожена.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or five unrelated words work well.</source>
        <translation>Используйте не меньше 12 символов; хорошо подходят четыре-пять не связанных между собой слов.</translation>
    </message>
    <message>
        <source>It is built from very common words or passwords; add unusual words.</source>
        <translation>Она состоит из очень распространённых слов или паролей; добавьте необычные слова.</translation>
    </message>
    <message>
        <source>It follows a pattern on the keyboard; use unrelated words instead.</source>
        <translation>Она набирается подряд идущими клавишами; вместо этого используйте не связанные между собой слова.</translation>
    </message>
    <message>
        <source>It repeats the same characters; use several different words.</source>
        <translation>В ней повторяются одни и те же символы; используйте несколько разных слов.</translation>
    </message>
    <message>
        <source>It is an easy sequence like abcd or 1234; use unrelated words.</source>
        <translation>Это простая последовательность вроде abcd или 1234; используйте не связанные между собой слова.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess; use words instead.</source>
        <translation>Даты и годы легко угадать; используйте вместо них слова.</translation>
    </message>
    <message>
        <source>It contains your name or the program&apos;s name; choose other words.</source>
        <translation>В ней есть ваше имя или название программы; выберите другие слова.</translation>
    </message>
    <message>
        <source>It would be too easy to guess; add two or three more unrelated words.</source>
        <translation>Её слишком легко угадать; добавьте ещё два-три не связанных между собой слова.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не изменено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was changed.</source>
        <translation>Диск доступен только для чтения, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Guvoh may not write to %1, so nothing was changed.</source>
        <translation>У Guvoh нет права записывать в %1, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Writing to %1 failed, so nothing was changed. The disk may be failing.</source>
        <translation>Не удалось записать в %1, поэтому ничего не изменено. Возможно, диск неисправен.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits; check that none is missing.</source>
        <translation>Код восстановления состоит из 8 групп по 4 буквы и цифры; проверьте, что ничего не пропущено.</translation>
    </message>
    <message>
        <source>The recovery code contains characters it cannot have; check for typing mistakes.</source>
        <translation>В коде восстановления есть недопустимые символы; проверьте, нет ли опечаток.</translation>
    </message>
    <message>
        <source>The recovery code has a typing mistake; compare each group with your copy.</source>
        <translation>В коде восстановления опечатка; сверьте каждую группу со своей записью.</translation>
    </message>
    <message>
        <source>The case file is missing the field %1.</source>
        <translation>В файле дела нет поля %1.</translation>
    </message>
    <message>
        <source>The case file has a field Guvoh does not know at %1: %2.</source>
        <translation>В файле дела в %1 есть поле, неизвестное Guvoh: %2.</translation>
    </message>
    <message>
        <source>%2 at %1 is not a known code; see resources/vocab/%3.json for the list.</source>
        <translation>%2 в %1 — неизвестный код; список кодов см. в resources/vocab/%3.json.</translation>
    </message>
    <message>
        <source>The case file at %1 has schema version %2; this Guvoh reads version 1.</source>
        <translation>Файл дела в %1 имеет версию схемы %2; эта версия Guvoh читает только версию 1.</translation>
    </message>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>Значение %1 должно иметь тип %2.</translation>
    </message>
    <message>
        <source>%1 is too long or too large (the limit is %2).</source>
        <translation>Значение %1 слишком длинное или слишком большое (предел: %2).</translation>
    </message>
    <message>
        <source>%1 is empty or too small (at least %2).</source>
        <translation>Значение %1 пустое или слишком маленькое (не меньше %2).</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: %2.</source>
        <translation>Значение %1 не в ожидаемом формате: %2.</translation>
    </message>
    <message>
        <source>Two entries use the id %2 (at %1); ids must be unique.</source>
        <translation>Две записи используют один идентификатор %2 (в %1); идентификаторы должны быть разными.</translation>
    </message>
    <message>
        <source>%1 names %2, but no person in the case has that id.</source>
        <translation>%1 ссылается на %2, но в деле нет человека с таким идентификатором.</translation>
    </message>
    <message>
        <source>%1 names the file %2, but this case has no attachment with that id.</source>
        <translation>%1 ссылается на файл %2, но в этом деле нет вложения с таким идентификатором.</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>В %1 указана несуществующая дата: %2.</translation>
    </message>
    <message>
        <source>A new case cannot have the field %1; the vault assigns it. To change an existing case use &apos;guvoh case edit&apos;.</source>
        <translation>В новом деле не может быть поля %1: его назначает хранилище. Чтобы изменить существующее дело, используйте «guvoh case edit».</translation>
    </message>
    <message>
        <source>The file is for another case (id %2).</source>
        <translation>Этот файл относится к другому делу (идентификатор %2).</translation>
    </message>
    <message>
        <source>The status %2 is set by exporting or by a receipt; a case file may say draft or ready.</source>
        <translation>Статус %2 ставится при экспорте или по подтверждению получения; в файле дела можно указать только draft или ready.</translation>
    </message>
    <message>
        <source>The case file is not valid at %1: %2</source>
        <translation>Ошибка в файле дела в %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist; nothing was stored.</source>
        <translation>Файла %1 не существует; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The file %1 could not be read; nothing was stored.</source>
        <translation>Не удалось прочитать файл %1; ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was stored.</source>
        <translation>%1 — это папка, а не файл; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The file %1 was moved or deleted while it was being stored; nothing was stored. Try again.</source>
        <translation>Файл %1 был перемещён или удалён во время сохранения; ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it.</source>
        <translation>Файл %1 изменился во время сохранения; ничего не сохранено. Попробуйте ещё раз, когда никакая другая программа не будет в него записывать.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортирован.</translation>
    </message>
    <message>
        <source>Already imported; nothing was imported twice.</source>
        <translation>Уже импортирован; повторно ничего не импортировано.</translation>
    </message>
    <message>
        <source>Refused: another file with the same bundle id was seen before (a replay).</source>
        <translation>Отклонён: файл с тем же идентификатором пакета уже встречался раньше (повторная отправка).</translation>
    </message>
    <message>
        <source>Not for us: this bundle is addressed to another organisation.</source>
        <translation>Не для нас: этот пакет адресован другой организации.</translation>
    </message>
    <message>
        <source>Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported.</source>
        <translation>Неизвестный отправитель: сверьте код безопасности с отправителем по телефону или лично; если коды совпадают, файл будет импортирован.</translation>
    </message>
    <message>
        <source>Refused: files from this sender are accepted only between the dates you set for them.</source>
        <translation>Отклонён: файлы от этого отправителя принимаются только в указанные вами даты.</translation>
    </message>
    <message>
        <source>Damaged or altered: the file changed after its sender made it. Nothing was imported.</source>
        <translation>Повреждён или изменён: файл изменился после того, как отправитель его создал. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Not for us: this bundle is encrypted for another organisation.</source>
        <translation>Не для нас: этот пакет зашифрован для другой организации.</translation>
    </message>
    <message>
        <source>Not for us: this bundle was made for another organisation and passed on.</source>
        <translation>Не для нас: этот пакет был создан для другой организации и передан дальше.</translation>
    </message>
    <message>
        <source>That is not a coordinator&apos;s line from &apos;guvoh team identity&apos;; ask for it again and paste the whole line.</source>
        <translation>Это не строка координатора из «guvoh team identity»; попросите её снова и вставьте строку целиком.</translation>
    </message>
    <message>
        <source>That name cannot be used: give 1 to 200 letters, without control characters.</source>
        <translation>Это имя нельзя использовать: нужно от 1 до 200 букв, без управляющих символов.</translation>
    </message>
    <message>
        <source>That value cannot be recorded (%1): check the status, the tag or the note and try again.</source>
        <translation>Это значение нельзя записать (%1): проверьте статус, метку или заметку и попробуйте снова.</translation>
    </message>
    <message>
        <source>This desk has no shared folder yet. Name it first with &apos;guvoh team folder DIR&apos;.</source>
        <translation>У этого рабочего места ещё нет общей папки. Сначала укажите её командой «guvoh team folder DIR».</translation>
    </message>
    <message>
        <source>The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.</source>
        <translation>Общей папки %1 нет (отключён диск, или Syncthing ещё не настроен). Ничего не прочитано.</translation>
    </message>
    <message>
        <source>Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.</source>
        <translation>Guvoh не может писать в общую папку %1. Проверьте, что она существует и что вам можно в неё писать; ваши решения сохранены и будут записаны при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.</source>
        <translation>Это рабочее место не входит в команду: сначала создайте здесь организацию или присоединитесь с передачей ключей, которую сделал для вас координатор.</translation>
    </message>
    <message>
        <source>This desk has already joined this team; nothing was changed.</source>
        <translation>Это рабочее место уже присоединилось к этой команде; ничего не изменено.</translation>
    </message>
    <message>
        <source>This desk belongs to another team already, so it cannot join this one.</source>
        <translation>Это рабочее место уже входит в другую команду, поэтому не может присоединиться к этой.</translation>
    </message>
    <message>
        <source>This vault is already the organisation %1, so it cannot take another organisation&apos;s keys. Join from a new coordinator vault.</source>
        <translation>Это хранилище уже принадлежит организации %1, поэтому не может принять ключи другой организации. Присоединяйтесь из нового хранилища координатора.</translation>
    </message>
    <message>
        <source>This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.</source>
        <translation>Это не передача ключей для этого рабочего места, или она повреждена, поэтому ничего не изменено. Попросите координатора сделать её заново по вашей строке.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was changed.</source>
        <translation>Файл %1 не удалось прочитать, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 exists already and is never overwritten; choose another name.</source>
        <translation>%1 уже существует и никогда не перезаписывается; выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.</source>
        <translation>%1 удалён(а) из команды и не может присоединиться снова с тем же ключом. Попросите новую строку из нового хранилища.</translation>
    </message>
    <message>
        <source>A coordinator of this team is already called %1; ask the newcomer to choose another name.</source>
        <translation>В этой команде уже есть координатор с именем %1; попросите новичка выбрать другое имя.</translation>
    </message>
    <message>
        <source>A desk cannot remove itself; another coordinator removes it.</source>
        <translation>Рабочее место не может удалить само себя; его удаляет другой координатор.</translation>
    </message>
    <message>
        <source>No coordinator %1 in this team. &apos;guvoh team status&apos; lists them.</source>
        <translation>В этой команде нет координатора %1. Список показывает «guvoh team status».</translation>
    </message>
    <message>
        <source>More than one coordinator matches %1; use the fingerprint.</source>
        <translation>Под %1 подходит больше одного координатора; укажите отпечаток.</translation>
    </message>
    <message>
        <source>Say what to record: a status, an assignment, a tag or a note.</source>
        <translation>Укажите, что записать: статус, назначение, метку или заметку.</translation>
    </message>
    <message>
        <source>%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored.</source>
        <translation>В %1 есть повреждённый символ (одиночный суррогат, а это не текст Unicode); дело не сохранено.</translation>
    </message>
    <message>
        <source>The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored.</source>
        <translation>Имя файла в %1 содержит косую черту (/), обратную косую черту (\), управляющий символ или знак направления текста, за которыми можно скрыть настоящее имя; дело не сохранено.</translation>
    </message>
    <message>
        <source>The original %1 is no longer there, so nothing was removed. The copy in your vault is safe.</source>
        <translation>Оригинала %1 больше нет на месте, поэтому ничего не удалено. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe.</source>
        <translation>Оригинал %1 изменился после того, как был сохранён в хранилище, поэтому он не удалён. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Оригинал %1 — это ссылка на другое место, поэтому Guvoh не стал его удалять. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe.</source>
        <translation>Оригинал %1 — не обычный файл, поэтому Guvoh не стал его удалять. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The original %1 could not be removed: the system did not allow it. The copy in your vault is safe.</source>
        <translation>Оригинал %1 не удалось удалить: система этого не разрешила. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe.</source>
        <translation>Оригинал %1 перезаписан нулями, но система не разрешила его удалить; удалите пустой файл сами. Копия в вашем хранилище в сохранности.</translation>
    </message>
    <message>
        <source>The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.</source>
        <translation>Не удалось прочитать файл настройки, поэтому ничего не изменено. Проверьте, что он на месте и скопирован полностью.</translation>
    </message>
    <message>
        <source>This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.</source>
        <translation>Этот файл слишком велик для файла настройки, поэтому ничего не изменено. Выберите файл, который вам дала организация.</translation>
    </message>
    <message>
        <source>This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Это не файл настройки, или он повреждён или обрезан, поэтому ничего не изменено. Попросите у организации новую копию.</translation>
    </message>
    <message>
        <source>This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.</source>
        <translation>В этом файле настройки есть параметр, которого эта версия Guvoh не знает (%1), поэтому ничего не изменено. Обновите Guvoh или попросите у организации новый файл.</translation>
    </message>
    <message>
        <source>This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.</source>
        <translation>В этом файле настройки у параметра %1 значение, которое Guvoh не принимает, поэтому ничего не изменено. Попросите у организации новый файл.</translation>
    </message>
    <message>
        <source>This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.</source>
        <translation>Этот файл настройки не подписан организацией, поэтому ничего не изменено. Попросите у организации подписанный файл.</translation>
    </message>
    <message>
        <source>This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.</source>
        <translation>Этот файл настройки изменён или повреждён после того, как организация его подписала, поэтому ничего не изменено. Попросите у организации новую копию.</translation>
    </message>
    <message>
        <source>This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.</source>
        <translation>Этот файл настройки подписан не той организацией, которую он называет, поэтому ничего не изменено. Не используйте его; попросите у организации её собственный файл.</translation>
    </message>
    <message>
        <source>Incomplete: the file was cut short, perhaps while copying. Nothing was imported.</source>
        <translation>Неполный: файл обрезан, возможно, при копировании. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Refused: not a well-formed Guvoh bundle. Nothing was imported.</source>
        <translation>Отклонён: это неправильно составленный пакет Guvoh. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Refused: a bundle format this Guvoh does not read. Update Guvoh.</source>
        <translation>Отклонён: эта версия Guvoh не читает такой формат пакета. Обновите Guvoh.</translation>
    </message>
    <message>
        <source>Unreadable: not a Guvoh bundle, or a file that could not be read.</source>
        <translation>Не читается: это не пакет Guvoh или файл, который не удалось прочитать.</translation>
    </message>
    <message>
        <source>Refused: a case in the bundle does not follow the case format.</source>
        <translation>Отклонён: дело в пакете не соответствует формату дел.</translation>
    </message>
    <message>
        <source>Refused: the bundle would overwrite a case or file that came from elsewhere.</source>
        <translation>Отклонён: пакет заменил бы дело или файл, пришедший из другого источника.</translation>
    </message>
    <message>
        <source>Refused: another sender already used this bundle&apos;s id. One of the two copied it; ask both senders before trusting either.</source>
        <translation>Отклонён: другой отправитель уже использовал идентификатор этого пакета. Один из двоих его скопировал; прежде чем доверять кому-либо из них, расспросите обоих отправителей.</translation>
    </message>
    <message>
        <source>Not read: the vault&apos;s disk has too little free space for this bundle. Free some space and import it again.</source>
        <translation>Не прочитан: на диске хранилища не хватает свободного места для этого пакета. Освободите место и импортируйте его снова.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported from this file.</source>
        <translation>Отменён: из этого файла ничего не импортировано.</translation>
    </message>
    <message>
        <source>Failed: an unexpected error stopped this file; nothing was imported from it.</source>
        <translation>Сбой: обработку этого файла прервала непредвиденная ошибка; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>Refused: the bundle holds no case. Nothing was imported.</source>
        <translation>Отклонён: в пакете нет ни одного дела. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This vault is sealed for travel. It opens again only when your organisation sends its release token; then choose Unseal (or run &apos;guvoh unseal&apos;).</source>
        <translation>Это хранилище запечатано на время поездки. Оно откроется снова, только когда ваша организация пришлёт токен разблокировки; тогда выберите «Распечатать» (или выполните &apos;guvoh unseal&apos;).</translation>
    </message>
    <message>
        <source>This vault is not sealed, so there is nothing to unseal. It opens with its passphrase.</source>
        <translation>Это хранилище не запечатано, распечатывать нечего. Оно открывается парольной фразой.</translation>
    </message>
    <message>
        <source>The seal of this vault could not be opened with this token: the seal file is damaged or missing. The vault stays sealed; ask your organisation for help.</source>
        <translation>Печать этого хранилища не удалось открыть этим токеном: файл печати повреждён или отсутствует. Хранилище остаётся запечатанным; обратитесь за помощью к своей организации.</translation>
    </message>
    <message>
        <source>This is not a release token, or part of it is missing. Copy the whole token again, from its first line to its last.</source>
        <translation>Это не токен разблокировки, или часть его потеряна. Скопируйте весь токен заново, от первой строки до последней.</translation>
    </message>
    <message>
        <source>This release token is not signed by the organisation this vault was sealed for, so it was refused. The vault stays sealed.</source>
        <translation>Этот токен разблокировки подписан не той организацией, для которой запечатано хранилище, поэтому он отклонён. Хранилище остаётся запечатанным.</translation>
    </message>
    <message>
        <source>This release token is for another vault, so it was refused. The vault stays sealed.</source>
        <translation>Этот токен разблокировки предназначен для другого хранилища, поэтому он отклонён. Хранилище остаётся запечатанным.</translation>
    </message>
    <message>
        <source>This release token was for an earlier seal of this vault and has been used already, so it was refused. Ask your organisation for a token for the travel request you sent last.</source>
        <translation>Этот токен разблокировки был для прежней печати этого хранилища и уже использован, поэтому он отклонён. Попросите у организации токен для последнего отправленного запроса на поездку.</translation>
    </message>
    <message>
        <source>This travel request could not be read or was not made for this organisation, so no release token was written.</source>
        <translation>Этот запрос на поездку не удалось прочитать, или он сделан не для этой организации, поэтому токен разблокировки не записан.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault&apos;s own passphrase. Choose another one.</source>
        <translation>Парольная фраза под принуждением должна отличаться от парольной фразы хранилища. Выберите другую.</translation>
    </message>
    <message>
        <source>This vault was made before duress passphrases existed, so its recovery code is needed once to set one. Give the recovery code and try again.</source>
        <translation>Это хранилище создано до появления парольной фразы под принуждением, поэтому для её установки один раз нужен код восстановления. Введите код восстановления и попробуйте снова.</translation>
    </message>
    <message>
        <source>A folder of that name already holds other files, or is on another disk (%1). Nothing was moved; choose another name.</source>
        <translation>В папке с таким названием уже есть другие файлы, или она на другом диске (%1). Ничего не перемещено; выберите другое название.</translation>
    </message>
    <message>
        <source>This vault has no decoy: set a duress passphrase first.</source>
        <translation>В этом хранилище нет приманки: сначала задайте парольную фразу под принуждением.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check the keyboard language and Caps Lock.</source>
        <translation>Эта парольная фраза не открыла хранилище. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was interrupted and only your passphrase can finish it. Open the vault with your passphrase, then run rekey again for a new recovery code.</source>
        <translation>Смена ключа хранилища была прервана, и завершить её можно только с помощью вашей парольной фразы. Откройте хранилище парольной фразой, затем снова выполните смену ключа (rekey), чтобы получить новый код восстановления.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this vault.</source>
        <translation>Этот код восстановления не подходит к этому хранилищу.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with &apos;guvoh init&apos; or choose another folder.</source>
        <translation>В %1 нет хранилища. Создайте его командой «guvoh init» или выберите другую папку.</translation>
    </message>
    <message>
        <source>%1 is not a Guvoh vault. Choose the folder that holds the vault.</source>
        <translation>%1 — не хранилище Guvoh. Выберите папку, в которой находится хранилище.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation>В %1 уже есть хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose a new or empty folder for the vault.</source>
        <translation>В %1 уже есть другие файлы. Выберите для хранилища новую или пустую папку.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new or empty folder for the backup; nothing was written.</source>
        <translation>%1 уже существует и не является пустой папкой. Выберите для резервной копии новую или пустую папку; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is inside the vault itself. Choose a folder on another drive for the backup; nothing was written.</source>
        <translation>%1 находится внутри самого хранилища. Выберите для резервной копии папку на другом диске; ничего не записано.</translation>
    </message>
    <message>
        <source>This vault is already open in another Guvoh window or command. Close it there first.</source>
        <translation>Это хранилище уже открыто в другом окне или команде Guvoh. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Хранилище заблокировано. Сначала откройте его.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and the keyring does not have it. Open the vault with your recovery code.</source>
        <translation>Этому хранилищу нужен ещё и ключ из системного менеджера паролей этого компьютера, но там его нет. Откройте хранилище с помощью кода восстановления.</translation>
    </message>
    <message>
        <source>This vault also needs a key kept in this computer&apos;s keyring, and no keyring is running. Log in to your desktop session, or open the vault with your recovery code.</source>
        <translation>Этому хранилищу нужен ещё и ключ из системного менеджера паролей этого компьютера, но менеджер паролей не запущен. Войдите в свой сеанс рабочего стола или откройте хранилище с помощью кода восстановления.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so nothing was changed. Unlock your keyring and try again.</source>
        <translation>Системный менеджер паролей не ответил, поэтому ничего не изменено. Разблокируйте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: %1</source>
        <translation>Эта парольная фраза слишком слабая: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was edited, so the vault cannot be opened. Restore it from a backup.</source>
        <translation>Файл ключей хранилища повреждён или был изменён, поэтому хранилище не открыть. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings and was refused; it may have been tampered with. Restore it from a backup.</source>
        <translation>Файл ключей хранилища требует небезопасных настроек и был отклонён; возможно, его кто-то изменил. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged and could not be read. Restore it from a backup.</source>
        <translation>База данных хранилища повреждена, и её не удалось прочитать. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Guvoh. Update Guvoh to open it.</source>
        <translation>Это хранилище создано более новой версией Guvoh. Чтобы открыть его, обновите Guvoh.</translation>
    </message>
    <message>
        <source>%1 already exists; Guvoh does not overwrite files. Choose another name.</source>
        <translation>%1 уже существует; Guvoh не перезаписывает файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>Файла дела %1 не существует.</translation>
    </message>
    <message>
        <source>The case file %1 is not UTF-8 text.</source>
        <translation>Файл дела %1 — не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The case file %1 could not be read.</source>
        <translation>Не удалось прочитать файл дела %1.</translation>
    </message>
    <message>
        <source>The case file %1 is not valid JSON: %4 at line %2, column %3.</source>
        <translation>Файл дела %1 — некорректный JSON: %4 (строка %2, столбец %3).</translation>
    </message>
    <message>
        <source>No case %1 in this vault. &apos;guvoh case list&apos; shows the cases.</source>
        <translation>В этом хранилище нет дела %1. Список дел показывает команда «guvoh case list».</translation>
    </message>
    <message>
        <source>No attachment %1 in this vault. &apos;guvoh attachment list CASE&apos; shows them.</source>
        <translation>В этом хранилище нет вложения %1. Список вложений показывает команда «guvoh attachment list CASE».</translation>
    </message>
    <message>
        <source>Another case already has the reference %1; choose another one.</source>
        <translation>Номер %1 уже есть у другого дела; выберите другой.</translation>
    </message>
    <message>
        <source>That version was exported and is sealed; your edit was saved as a new version instead.</source>
        <translation>Эта версия была экспортирована и запечатана, поэтому ваши изменения сохранены как новая версия.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged or was altered, so it was not given out. Restore the vault from a backup.</source>
        <translation>Сохранённый файл %1 повреждён или был изменён, поэтому он не выдан. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was half-written.</source>
        <translation>Отменено. Ничего не записано наполовину.</translation>
    </message>
    <message>
        <source>This bundle was altered after it was signed, or damaged on the way. Nothing was imported; ask the sender for a new copy.</source>
        <translation>Этот пакет был изменён после подписания или повреждён по дороге. Ничего не импортировано; попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file was cut short, perhaps while copying. Nothing was imported; copy it again.</source>
        <translation>Этот пакет неполный: файл обрезан, возможно, при копировании. Ничего не импортировано; скопируйте его ещё раз.</translation>
    </message>
    <message>
        <source>This bundle was made for another organisation and passed on to you. Nothing was imported.</source>
        <translation>Этот пакет был создан для другой организации и передан вам. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation, so it cannot be opened here.</source>
        <translation>Этот пакет адресован не этой организации, поэтому его нельзя открыть здесь.</translation>
    </message>
    <message>
        <source>This file is not a well-formed Guvoh bundle and was refused. Nothing was imported.</source>
        <translation>Этот файл — неправильно составленный пакет Guvoh, и он был отклонён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle uses format %1, which this Guvoh does not read. Update Guvoh.</source>
        <translation>Этот пакет в формате %1, который эта версия Guvoh не читает. Обновите Guvoh.</translation>
    </message>
    <message>
        <source>This file is not a Guvoh bundle, or it is damaged beyond reading.</source>
        <translation>Этот файл — не пакет Guvoh, или он повреждён настолько, что его не прочитать.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone you have not confirmed yet (key %1, safety code %2). Compare the code with the sender, then pin the key with &apos;guvoh signer trust&apos;.</source>
        <translation>Этот пакет подписан человеком, которого вы ещё не подтвердили (ключ %1, код безопасности %2). Сверьте код с отправителем, затем добавьте ключ командой «guvoh signer trust».</translation>
    </message>
    <message>
        <source>The key of %1 is outside the time it is valid for. Nothing was imported.</source>
        <translation>Ключ %1 сейчас вне срока своего действия. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Bundle %1 was already imported; nothing was imported twice.</source>
        <translation>Пакет %1 уже импортирован; повторно ничего не импортировано.</translation>
    </message>
    <message>
        <source>Another file with the same bundle id %1 was seen before: this is a replay, and nothing was imported.</source>
        <translation>Файл с тем же идентификатором пакета %1 уже встречался раньше: это повторная отправка, и ничего не импортировано.</translation>
    </message>
    <message>
        <source>Another sender (%2) already used this bundle&apos;s id %1, so nothing was imported; one of the two copied it.</source>
        <translation>Другой отправитель (%2) уже использовал идентификатор этого пакета %1, поэтому ничего не импортировано; один из двоих его скопировал.</translation>
    </message>
    <message>
        <source>Bundle %1 holds no case, so nothing was imported.</source>
        <translation>В пакете %1 нет ни одного дела, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %3 bytes free, but reading this bundle needs %2; nothing was read. Free some space and try again.</source>
        <translation>На диске, где находится %1, свободно %3 байт, а для чтения этого пакета нужно %2 байт; ничего не прочитано. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle gives an attachment a file name with a slash, a backslash, a control character or a text-direction mark (at %2), which could disguise the file, so nothing was imported.</source>
        <translation>Дело %1 в этом пакете даёт вложению имя файла с косой чертой (/), обратной косой чертой (\), управляющим символом или знаком направления текста (в %2), за которыми можно скрыть, что это за файл, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle holds a broken character (a lone surrogate) at %2, so nothing was imported.</source>
        <translation>В деле %1 из этого пакета есть повреждённый символ (одиночный суррогат) в %2, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Case %1 in this bundle does not follow the case format, so nothing was imported.</source>
        <translation>Дело %1 в этом пакете не соответствует формату дел, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle would overwrite %1 %2, which came from elsewhere. Nothing was imported.</source>
        <translation>Пакет заменил бы данные (%1 %2), пришедшие из другого источника. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This receipt is for bundle %1, which this vault did not send to that organisation.</source>
        <translation>Это подтверждение получения относится к пакету %1, который это хранилище не отправляло этой организации.</translation>
    </message>
    <message>
        <source>No imported bundle %1 in this vault.</source>
        <translation>В этом хранилище нет импортированного пакета %1.</translation>
    </message>
    <message>
        <source>Only a coordinator vault (guvoh init --role coordinator) can do this.</source>
        <translation>Это может сделать только хранилище координатора (guvoh init --role coordinator).</translation>
    </message>
    <message>
        <source>This card has new keys for %1, which you already trust. Compare its new safety code with the organisation, then confirm that it replaces the old card; nothing was changed.</source>
        <translation>В этой карточке новые ключи для %1 — организации, которой вы уже доверяете. Сверьте её новый код безопасности с организацией, затем подтвердите, что она заменяет старую карточку; ничего не изменено.</translation>
    </message>
    <message>
        <source>Create the organisation first with &apos;guvoh org create&apos;.</source>
        <translation>Сначала создайте организацию командой «guvoh org create».</translation>
    </message>
    <message>
        <source>Case %1 has no consent, or consent was withdrawn, so it cannot be exported.</source>
        <translation>По делу %1 нет согласия или согласие было отозвано, поэтому его нельзя экспортировать.</translation>
    </message>
    <message>
        <source>No case is marked ready. Name the cases to export, or mark them ready first.</source>
        <translation>Ни одно дело не отмечено как готовое. Укажите, какие дела экспортировать, или сначала отметьте их как готовые.</translation>
    </message>
    <message>
        <source>Case %1 has not been confirmed as delivered; purging it would lose it. Add --force-undelivered only if you are sure.</source>
        <translation>Доставка дела %1 не подтверждена; если его удалить, оно будет потеряно. Добавьте --force-undelivered, только если вы уверены.</translation>
    </message>
    <message>
        <source>No trusted organisation %1. &apos;guvoh org list&apos; shows them; trust one with &apos;guvoh org trust CARD&apos;.</source>
        <translation>Нет доверенной организации %1. Список показывает команда «guvoh org list»; сделать организацию доверенной можно командой «guvoh org trust CARD».</translation>
    </message>
    <message>
        <source>More than one organisation matches %1; use its fingerprint.</source>
        <translation>%1 подходит больше чем к одной организации; укажите отпечаток нужной.</translation>
    </message>
    <message>
        <source>The name %1 is already used for another key.</source>
        <translation>Имя %1 уже используется для другого ключа.</translation>
    </message>
    <message>
        <source>No researcher %1 is pinned in this vault.</source>
        <translation>Исследователь %1 не добавлен в этом хранилище.</translation>
    </message>
    <message>
        <source>The end of the time a key is valid for must come after its start. Change one of the dates.</source>
        <translation>Конец срока действия ключа должен быть позже его начала. Измените одну из дат.</translation>
    </message>
    <message>
        <source>That is not a valid public key line; it should look like &apos;ssh-ed25519 AAAA... name&apos;.</source>
        <translation>Это неправильная строка открытого ключа; она должна выглядеть так: «ssh-ed25519 AAAA... имя».</translation>
    </message>
    <message>
        <source>This file of the shared folder is damaged, too large or not for this desk, so it was not used.</source>
        <translation>Этот файл общей папки повреждён, слишком велик или не для этого рабочего места, поэтому он не использован.</translation>
    </message>
    <message>
        <source>This organisation card is damaged or was altered, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Эта карточка организации повреждена или была изменена, поэтому организация не добавлена в доверенные. Попросите у организации новую копию.</translation>
    </message>
    <message>
        <source>More than %1 bundles were given at once. Import them in smaller groups.</source>
        <translation>Пакетов указано сразу слишком много (больше %1). Импортируйте их небольшими группами.</translation>
    </message>
    <message>
        <source>This picture is too large to show inside Guvoh (%1 by %2 pixels; at most 50 megapixels are shown).</source>
        <translation>Это изображение слишком большое, чтобы показать его в Guvoh (%1 на %2 пикселей; показываются изображения не больше 50 мегапикселей).</translation>
    </message>
    <message>
        <source>This picture is not shown: it is damaged, cut short, or not a PNG or JPEG picture.</source>
        <translation>Это изображение не показано: оно повреждено, обрезано или это не изображение PNG или JPEG.</translation>
    </message>
    <message>
        <source>What this file reveals could not be read: it is damaged, cut short, or not the kind of file its beginning says.</source>
        <translation>Не удалось прочитать, что этот файл раскрывает о себе: он повреждён, обрезан или не того типа, который указан в его начале.</translation>
    </message>
    <message>
        <source>Looking for what this file reveals took more memory or time than Guvoh allows, so it was stopped. The file itself is unchanged.</source>
        <translation>Поиск того, что этот файл раскрывает о себе, занял больше памяти или времени, чем допускает Guvoh, поэтому он остановлен. Сам файл не изменён.</translation>
    </message>
    <message>
        <source>This file is larger than %1, so Guvoh does not look for what it reveals.</source>
        <translation>Этот файл больше %1, поэтому Guvoh не проверяет, что он раскрывает о себе.</translation>
    </message>
    <message>
        <source>Guvoh cannot make a copy of this kind of file without what it reveals, so no cleaned copy was made.</source>
        <translation>Guvoh не может сделать копию файла такого типа без того, что он раскрывает о себе, поэтому очищенная копия не создана.</translation>
    </message>
    <message>
        <source>Guvoh could not look for what this file reveals. The file itself is unchanged.</source>
        <translation>Guvoh не удалось проверить, что этот файл раскрывает о себе. Сам файл не изменён.</translation>
    </message>
    <message>
        <source>Sealing or unsealing could not be done, so nothing was changed.</source>
        <translation>Запечатать или распечатать не удалось, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-written.</source>
        <translation>Остановлено. Ничего не записано наполовину.</translation>
    </message>
    <message>
        <source>A name on a key cannot contain line breaks or tabs, or begin or end with a space. Change the name and try again.</source>
        <translation>Имя для ключа не может содержать переводы строки или табуляцию, начинаться или заканчиваться пробелом. Измените имя и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>A researcher&apos;s name or dates could not be written to the list of allowed signers. Use a name without spaces or punctuation, and check the dates.</source>
        <translation>Имя или даты исследователя не удалось записать в список разрешённых подписантов. Используйте имя без пробелов и знаков препинания и проверьте даты.</translation>
    </message>
    <message>
        <source>A safety code has 32 digits. Check that none is missing or mistyped.</source>
        <translation>Код безопасности состоит из 32 цифр. Проверьте, что ни одна не пропущена и не набрана с ошибкой.</translation>
    </message>
    <message>
        <source>An encrypted file could not be read or written, so nothing was changed. If this happens again, the file may be damaged.</source>
        <translation>Не удалось прочитать или записать зашифрованный файл, поэтому ничего не изменено. Если это повторится, возможно, файл повреждён.</translation>
    </message>
    <message>
        <source>None of this vault&apos;s keys opens this encrypted file: it was made for someone else.</source>
        <translation>Ни один ключ этого хранилища не открывает этот зашифрованный файл: он создан для кого-то другого.</translation>
    </message>
    <message>
        <source>Nothing was signed: %1 is not a signature purpose Guvoh accepts.</source>
        <translation>Ничего не подписано: Guvoh не принимает подписи с назначением %1.</translation>
    </message>
    <message>
        <source>That encryption key is not valid: part of it is missing or mistyped. Copy the whole key again.</source>
        <translation>Этот ключ шифрования недействителен: часть его пропущена или набрана с ошибкой. Скопируйте ключ целиком ещё раз.</translation>
    </message>
    <message>
        <source>That key could not be used. Copy it again from where it came from.</source>
        <translation>Этот ключ не удалось использовать. Скопируйте его ещё раз оттуда, откуда он пришёл.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again.</source>
        <translation>Эта парольная фраза или код восстановления не открывает это хранилище. Проверьте и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The case file could not be used, so nothing was changed. Check the file and try again.</source>
        <translation>Файл дела не удалось использовать, поэтому ничего не изменено. Проверьте файл и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The case is too large to keep as a draft. Shorten the longest texts, then save.</source>
        <translation>Дело слишком большое, чтобы сохранить его как черновик. Сократите самые длинные тексты, затем сохраните.</translation>
    </message>
    <message>
        <source>The vault could not complete this, so nothing was changed.</source>
        <translation>Хранилище не смогло выполнить это действие, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle could not be read, so nothing was imported.</source>
        <translation>Этот пакет не удалось прочитать, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>The case file %1 is too large (over 32 MB).</source>
        <translation>Файл дела %1 слишком большой (больше 32 МБ).</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Эта карточка слишком длинная для QR-кода. Вместо этого передайте исследователям файл карточки.</translation>
    </message>
    <message>
        <source>This encrypted file was altered or damaged, so nothing from it was used. Ask for a new copy.</source>
        <translation>Этот зашифрованный файл был изменён или повреждён, поэтому ничего из него не использовано. Попросите новую копию.</translation>
    </message>
    <message>
        <source>This is not an encrypted file Guvoh can read, or its beginning is damaged. Nothing was changed.</source>
        <translation>Это не зашифрованный файл, который Guvoh может прочитать, или его начало повреждено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This organisation card could not be read, so it was not trusted. Ask the organisation for a new copy.</source>
        <translation>Эту карточку организации не удалось прочитать, поэтому организация не добавлена в доверенные. Попросите у организации новую копию.</translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation>Не удалось прочитать эту запись: это не звуковой файл WAV, который Guvoh может воспроизвести.</translation>
    </message>
    <message>
        <source>This signature could not be checked, so what it signs was not trusted.</source>
        <translation>Эту подпись не удалось проверить, поэтому подписанное ею не признано достоверным.</translation>
    </message>
    <message>
        <source>This signature does not match what it signs: one of them was altered, so neither was trusted.</source>
        <translation>Эта подпись не соответствует подписанному: одно из двух было изменено, поэтому ни то ни другое не признано достоверным.</translation>
    </message>
    <message>
        <source>This signature is damaged or of a kind Guvoh does not accept, so what it signs was not trusted.</source>
        <translation>Эта подпись повреждена или такого вида, который Guvoh не принимает, поэтому подписанное ею не признано достоверным.</translation>
    </message>
    <message>
        <source>This vault&apos;s signing key is damaged, so nothing can be signed. Restore the vault from a backup.</source>
        <translation>Ключ подписи этого хранилища повреждён, поэтому ничего нельзя подписать. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>This was signed by a key you have not confirmed (%1), so it was not trusted.</source>
        <translation>Это подписано ключом, который вы ещё не подтвердили (%1), поэтому не признано достоверным.</translation>
    </message>
    <message>
        <source>Verified: the bundle passed every check. Nothing was imported.</source>
        <translation>Проверен: пакет прошёл все проверки. Ничего не импортировано.</translation>
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
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation>Открыть этот файл сможет только %1. Передайте его на USB-флешке или отправьте через мессенджер, которому вы доверяете; по возможности не используйте обычную электронную почту. Когда организация подтвердит получение, удалите этот файл и все его копии (и на флешке тоже).</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n запись или файл</numerusform>
            <numerusform>%n записи или файла</numerusform>
            <numerusform>%n записей или файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation>%1. Открыть файл сможет только %2.</translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation>%1. Выберите, кто получит файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n файл экспортирован без скрытых сведений (место, устройство, автор).</numerusform>
            <numerusform>%n файла экспортированы без скрытых сведений (место, устройство, автор).</numerusform>
            <numerusform>%n файлов экспортировано без скрытых сведений (место, устройство, автор).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n файл экспортирован как есть: удалять в нём было нечего.</numerusform>
            <numerusform>%n файла экспортированы как есть: удалять в них было нечего.</numerusform>
            <numerusform>%n файлов экспортировано как есть: удалять в них было нечего.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n файл не удалось проверить, он экспортирован как есть.</numerusform>
            <numerusform>%n файла не удалось проверить, они экспортированы как есть.</numerusform>
            <numerusform>%n файлов не удалось проверить, они экспортированы как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Выберите, включать ли защищённые сведения.</translation>
    </message>
    <message>
        <source>No one in these cases has protected details.</source>
        <translation>Ни у кого в этих делах нет защищённых сведений.</translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>В файл включены защищённые сведения %n человека.</numerusform>
            <numerusform>В файл включены защищённые сведения %n человек.</numerusform>
            <numerusform>В файл включены защищённые сведения %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>Защищённые сведения %n человека в файл не включены.</numerusform>
            <numerusform>Защищённые сведения %n человек в файл не включены.</numerusform>
            <numerusform>Защищённые сведения %n человек в файл не включены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files go cleaned of hidden details (location, device, author) wherever they can be removed; the originals stay in your vault as they came.</source>
        <translation>Файлы будут экспортированы без скрытых сведений (место, устройство, автор) везде, где их можно удалить; оригиналы остаются в вашем хранилище как есть.</translation>
    </message>
    <message>
        <source>Files go as they came, with any hidden details they carry (location, device, author).</source>
        <translation>Файлы будут экспортированы как есть, со всеми скрытыми сведениями, которые в них есть (место, устройство, автор).</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Показать файл в его папке</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Шифрование и подпись...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Остановка...</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation>Экспорт для организации</translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation>Организации-получатели</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Дела для экспорта</translation>
    </message>
    <message>
        <source>Leave out the protected details</source>
        <translation>Не включать защищённые сведения</translation>
    </message>
    <message>
        <source>Include the protected details</source>
        <translation>Включить защищённые сведения</translation>
    </message>
    <message>
        <source>Remove hidden details from files (location, device, author)</source>
        <translation>Удалить из файлов скрытые сведения (место, устройство, автор)</translation>
    </message>
    <message>
        <source>Remove hidden details from files</source>
        <translation>Удалить из файлов скрытые сведения</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Папка для файла</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Выберите, где сохранить файл</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Why Export is not available</source>
        <translation>Почему экспорт недоступен</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation>1. Кто получит файл?</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation>Вы пока не доверяете ни одной организации. Сначала добавьте организацию в разделе «Организации» с помощью файла карточки, который она вам дала.</translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation>2. Какие дела?</translation>
    </message>
    <message>
        <source>3. What goes with them?</source>
        <translation>3. Что включить вместе с ними?</translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation>Защищённые сведения — это настоящие имена, контакты и другие данные, отмеченные у каждого человека как защищённые. Если их не включать, они останутся только на этом компьютере.</translation>
    </message>
    <message>
        <source>4. Where to save the file?</source>
        <translation>4. Где сохранить файл?</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>Файл готов</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Экспортированный файл</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Как его передать</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation>Выберите хотя бы одну организацию.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Выберите хотя бы одно дело.</translation>
    </message>
    <message>
        <source>Choose whether the protected details go.</source>
        <translation>Выберите, включать ли защищённые сведения.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Выберите для файла существующую папку.</translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation>Сохранено, зашифровано и подписано вами (%1 и %2) в этом файле:</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n запись или файл</numerusform>
            <numerusform>%n записи или файла</numerusform>
            <numerusform>%n записей или файлов</numerusform>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
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
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>This photo contains the place where it was taken: %1</source>
        <translation>В этой фотографии указано место съёмки: %1</translation>
    </message>
    <message>
        <source>This photo contains the phone or camera it was taken with: %1</source>
        <translation>В этой фотографии указан телефон или камера, которыми она снята: %1</translation>
    </message>
    <message>
        <source>This file contains the place where it was made: %1</source>
        <translation>В этом файле указано место, где он создан: %1</translation>
    </message>
    <message>
        <source>This file contains the device it was made on: %1</source>
        <translation>В этом файле указано устройство, на котором он создан: %1</translation>
    </message>
    <message>
        <source>This file contains who wrote or made it: %1</source>
        <translation>В этом файле указано, кто его написал или создал: %1</translation>
    </message>
    <message>
        <source>This file contains the program that made it: %1</source>
        <translation>В этом файле указана программа, которая его создала: %1</translation>
    </message>
    <message>
        <source>This file contains when it was made: %1</source>
        <translation>В этом файле указано, когда он создан: %1</translation>
    </message>
    <message>
        <source>This file contains other details about it: %1</source>
        <translation>В этом файле есть и другие сведения о нём: %1</translation>
    </message>
    <message>
        <source>Checking this file for hidden details...</source>
        <translation>Проверка файла на скрытые сведения...</translation>
    </message>
    <message>
        <source>Guvoh cannot check this kind of file for hidden details.</source>
        <translation>Guvoh не может проверить файлы этого типа на скрытые сведения.</translation>
    </message>
    <message>
        <source>This file is too large for Guvoh to check for hidden details.</source>
        <translation>Этот файл слишком большой, чтобы Guvoh мог проверить его на скрытые сведения.</translation>
    </message>
    <message>
        <source>Guvoh could not check this file for hidden details: it may be damaged.</source>
        <translation>Guvoh не удалось проверить этот файл на скрытые сведения: возможно, он повреждён.</translation>
    </message>
    <message>
        <source>No hidden details found.</source>
        <translation>Скрытых сведений не найдено.</translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation>Файлы этого дела</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Сообщение о файлах</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Добавить файлы...</translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation>Добавить файлы к этому делу</translation>
    </message>
    <message>
        <source>View or play</source>
        <translation>Просмотреть или воспроизвести</translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation>Просмотреть или воспроизвести выбранный файл</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Сохранить копию как...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation>Сохранить незашифрованную копию выбранного файла</translation>
    </message>
    <message>
        <source>Save a cleaned copy as...</source>
        <translation>Сохранить очищенную копию как...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file without its hidden details</source>
        <translation>Сохранить незашифрованную копию выбранного файла без скрытых сведений</translation>
    </message>
    <message>
        <source>Hidden details of the selected file</source>
        <translation>Скрытые сведения выбранного файла</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Ход добавления файлов</translation>
    </message>
    <message>
        <source>File being added</source>
        <translation>Добавляемый файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation>Отменить добавление файлов</translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation>Можно также перетащить сюда файлы с вашего компьютера. Они хранятся в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation>Как добавить файлы</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Записать интервью</translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation>Чтобы добавить файлы, сначала сохраните дело.</translation>
    </message>
    <message>
        <source>This file arrived as a copy without its hidden details. SHA-256 of the copy: %1; of the original, kept by the sender: %2.</source>
        <translation>Этот файл пришёл как копия без скрытых сведений. SHA-256 копии: %1; оригинала, который остался у отправителя: %2.</translation>
    </message>
    <message>
        <source>A copy without hidden details was made: SHA-256 %1 (of the original: %2).</source>
        <translation>Создана копия без скрытых сведений: SHA-256 %1 (оригинала: %2).</translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it. A file that came from someone else may be made to harm the computer that opens it: open the copy only on a computer that holds nothing you must protect.</source>
        <translation>Эту копию сможет открыть любой, кто может пользоваться этим компьютером или диском либо USB-флешкой, куда вы её сохраните. Удалите копию, как только она станет не нужна. Файл, полученный от кого-то другого, может быть специально сделан так, чтобы навредить компьютеру, на котором его откроют: открывайте копию только на компьютере, где нет ничего, что вам нужно защищать.</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Сохранить очищенную копию как</translation>
    </message>
    <message>
        <source>An unencrypted copy without hidden details was saved as %1. Delete it when you no longer need it.</source>
        <translation>Незашифрованная копия без скрытых сведений сохранена как %1. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation>Этот файл слишком большой, чтобы открыть его в Guvoh (больше 256 МБ).</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>Копия НЕ будет зашифрована.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation>Незашифрованная копия сохранена как %1. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation>Удалить %1 из этого дела?</translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation>Файл будет удалён из хранилища навсегда; уже экспортированные копии это не затронет.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл удалён.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation>Ваш открытый ключ</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Отпечаток вашего ключа</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Копировать открытый ключ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Открытый ключ (OpenSSH)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Отпечаток (SHA256)</translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation>Передайте открытый ключ координатору (он не секретный). Прежде чем принимать от вас файлы, координатор сверит его с кодом безопасности, показанным выше.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation>Всё, что вы отправляете, подписано вами, поэтому организация может убедиться, что это действительно от вас и никто ничего не изменил по дороге.</translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation>Ваш код безопасности:</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation>Прочитайте эти цифры координатору по телефону или лично, чтобы он мог сверить их с кодом, который видит у себя для вас.</translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation>Открытый ключ скопирован.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>%1 (gave the name %2)</source>
        <translation>%1 (назвался: %2)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (новое)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Файлов внутри</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <source>Refused: seen before</source>
        <translation>Отклонён: уже встречался</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Не для нас</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>Sender no longer accepted</source>
        <translation>Отправитель больше не принимается</translation>
    </message>
    <message>
        <source>Damaged or altered</source>
        <translation>Повреждён или изменён</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Неполный</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Needs a newer Guvoh</source>
        <translation>Нужна более новая версия Guvoh</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <source>Refused: invalid case</source>
        <translation>Отклонён: ошибка в деле</translation>
    </message>
    <message>
        <source>Refused: conflict</source>
        <translation>Отклонён: конфликт</translation>
    </message>
    <message>
        <source>Refused: id used by another sender</source>
        <translation>Отклонён: идентификатор уже использован другим отправителем</translation>
    </message>
    <message>
        <source>Not read: disk full</source>
        <translation>Не прочитан: диск заполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
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
        <translation>Добавить файлы...</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Добавить файлы пакетов</translation>
    </message>
    <message>
        <source>Add a folder...</source>
        <translation>Добавить папку...</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Добавить папку с пакетами</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Clear the list of bundles</source>
        <translation>Очистить список пакетов</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Progress of all bundles</source>
        <translation>Ход обработки всех пакетов</translation>
    </message>
    <message>
        <source>Bundle being checked</source>
        <translation>Проверяемый пакет</translation>
    </message>
    <message>
        <source>Progress of this bundle</source>
        <translation>Ход обработки этого пакета</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Итог по этой партии</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Bundles in this batch</source>
        <translation>Пакеты в этой партии</translation>
    </message>
    <message>
        <source>Unread rows are marked new.</source>
        <translation>Непрочитанные строки отмечены как новые.</translation>
    </message>
    <message>
        <source>Bundles arrive on USB sticks or through messengers. Drop the files, or a whole folder, below. Each one is checked before anything is imported, and nothing inside is opened.</source>
        <translation>Пакеты приходят на USB-флешках или через мессенджеры. Перетащите ниже файлы или целую папку. Каждый пакет проверяется до импорта, и ничего внутри не открывается.</translation>
    </message>
    <message>
        <source>Some bundles come from senders you do not know yet. Select one and choose &quot;Compare safety codes...&quot;.</source>
        <translation>Некоторые пакеты пришли от отправителей, которых вы ещё не знаете. Выберите один из них и нажмите «Сверить коды безопасности...».</translation>
    </message>
    <message>
        <source>Clear the Inbox&apos;s list?</source>
        <translation>Очистить список «Входящих»?</translation>
    </message>
    <message>
        <source>The Inbox forgets which files arrived, when and from whom. The imported cases stay in your vault.</source>
        <translation>«Входящие» забудут, какие файлы пришли, когда и от кого. Импортированные дела останутся в вашем хранилище.</translation>
    </message>
    <message>
        <source>%1 is now one of your senders. Bundles imported: %2.</source>
        <translation>%1 теперь в списке ваших отправителей. Импортировано пакетов: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved and this file was not imported. Do not use it: someone may have made it in the sender&apos;s name. Ask the sender to send it again, and compare the codes in person if you can.</source>
        <translation>Ничего не сохранено, и этот файл не импортирован. Не используйте его: возможно, кто-то создал его от имени отправителя. Попросите отправителя прислать файл ещё раз и, по возможности, сверьте коды лично.</translation>
    </message>
    <message>
        <source>Compare these digits with the sender by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the file could change the message too.</source>
        <translation>Сверьте эти цифры с отправителем по телефону или лично: попросите его прочитать вслух код безопасности с экрана «Мой ключ», группа за группой. Не используйте для этого сообщения: тот, кто мог подменить файл, мог подменить и сообщение.</translation>
    </message>
    <message>
        <source>Name for this sender</source>
        <translation>Имя для этого отправителя</translation>
    </message>
    <message>
        <source>A name or pseudonym you will recognise</source>
        <translation>Имя или псевдоним, который вы узнаете</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Совпадают</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Message about this sender</source>
        <translation>Сообщение об этом отправителе</translation>
    </message>
    <message>
        <source>Is this the sender you know?</source>
        <translation>Это тот отправитель, которого вы знаете?</translation>
    </message>
    <message>
        <source>Safety code of the person who made this file:</source>
        <translation>Код безопасности человека, создавшего этот файл:</translation>
    </message>
    <message>
        <source>Type a name for this sender first, so you can recognise their files.</source>
        <translation>Сначала введите имя этого отправителя, чтобы узнавать его файлы.</translation>
    </message>
    <message>
        <source>Adding the sender and importing...</source>
        <translation>Добавление отправителя и импорт...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault imports bundles.</source>
        <translation>Пакеты импортирует только хранилище координатора.</translation>
    </message>
    <message>
        <source>Looking for bundles...</source>
        <translation>Поиск пакетов...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Отмена...</translation>
    </message>
    <message>
        <source>No bundle files were found there.</source>
        <translation>Там не найдено файлов пакетов.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Найдено пакетов: %n. Проверка...</numerusform>
            <numerusform>Найдено пакетов: %n. Проверка...</numerusform>
            <numerusform>Найдено пакетов: %n. Проверка...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking bundle %1 of %2</source>
        <translation>Проверка пакета %1 из %2</translation>
    </message>
    <message>
        <source>The import was cancelled. Bundles marked Cancelled were not imported; add them again when you are ready.</source>
        <translation>Импорт отменён. Пакеты с пометкой «Отменён» не импортированы; добавьте их снова, когда будете готовы.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Пакетов: %n</numerusform>
            <numerusform>Пакетов: %n</numerusform>
            <numerusform>Пакетов: %n</numerusform>
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
        <translation>Выберите файлы пакетов</translation>
    </message>
    <message>
        <source>Guvoh bundles (*.age);;All files (*)</source>
        <translation>Пакеты Guvoh (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Выберите папку с пакетами</translation>
    </message>
    <message>
        <source>Importing the bundles of %1</source>
        <translation>Импорт пакетов от %1</translation>
    </message>
    <message>
        <source>Outcome of the selected bundle</source>
        <translation>Результат для выбранного пакета</translation>
    </message>
    <message>
        <source>Compare safety codes...</source>
        <translation>Сверить коды безопасности...</translation>
    </message>
    <message>
        <source>Compare the safety code with the sender</source>
        <translation>Сверить код безопасности с отправителем</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Отпечаток ключа отправителя</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Отпечаток (SHA256)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>Unknown sender. To compare the safety codes, add this file again.</source>
        <translation>Неизвестный отправитель. Чтобы сверить коды безопасности, добавьте этот файл ещё раз.</translation>
    </message>
</context>
<context>
    <name>InviteBox</name>
    <message>
        <source>The new coordinator&apos;s line</source>
        <translation>Строка нового координатора</translation>
    </message>
    <message>
        <source>Paste the line here</source>
        <translation>Вставьте строку сюда</translation>
    </message>
    <message>
        <source>Read the line</source>
        <translation>Прочитать строку</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Пригласить координатора</translation>
    </message>
    <message>
        <source>Ask the new coordinator for the line shown in their Team panel and paste it here.</source>
        <translation>Попросите у нового координатора строку из его панели «Команда» и вставьте её сюда.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>Код безопасности %1:</translation>
    </message>
    <message>
        <source>Ask %1 to read their safety code aloud, by phone or in person, and compare it group by group.</source>
        <translation>Попросите %1 прочитать свой код безопасности вслух, по телефону или лично, и сверьте его группа за группой.</translation>
    </message>
    <message>
        <source>Save the key transfer</source>
        <translation>Сохранить передачу ключей</translation>
    </message>
    <message>
        <source>The key transfer for %1 was saved as %2. Only %1 can open it: give it to them on a USB stick or through a messenger, then delete your copy.</source>
        <translation>Передача ключей для %1 сохранена как %2. Открыть её может только %1: передайте её на USB-флешке или через мессенджер, затем удалите свою копию.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this line: ask for it again, in person if you can.</source>
        <translation>Ничего не изменено. Не используйте эту строку: попросите её снова, лично, если можете.</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join a team...</source>
        <translation>Присоединиться к команде...</translation>
    </message>
    <message>
        <source>Join a team: open the key transfer</source>
        <translation>Присоединиться к команде: открыть передачу ключей</translation>
    </message>
    <message>
        <source>Joining an organisation&apos;s team: give your line to one of its coordinators. They make a key transfer for you; open it here.</source>
        <translation>Чтобы присоединиться к команде организации, дайте свою строку одному из её координаторов. Он сделает для вас передачу ключей; откройте её здесь.</translation>
    </message>
    <message>
        <source>Open the key transfer</source>
        <translation>Открыть передачу ключей</translation>
    </message>
    <message>
        <source>Key transfers (*.age);;All files (*)</source>
        <translation>Передачи ключей (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Safety code of the organisation %1:</source>
        <translation>Код безопасности организации %1:</translation>
    </message>
    <message>
        <source>Safety code of %1, who invited you:</source>
        <translation>Код безопасности %1, кто вас пригласил:</translation>
    </message>
    <message>
        <source>Compare both codes with %1 by phone or in person, group by group.</source>
        <translation>Сверьте оба кода с %1 по телефону или лично, группа за группой.</translation>
    </message>
    <message>
        <source>You joined the team of %1. Now choose the shared folder.</source>
        <translation>Вы присоединились к команде %1. Теперь выберите общую папку.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not use this key transfer: ask for a new one, in person if you can.</source>
        <translation>Ничего не изменено. Не используйте эту передачу ключей: попросите новую, лично, если можете.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Микрофон не найден</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>This microphone will be used now, but the choice could not be remembered for next time.</source>
        <translation>Сейчас будет использоваться этот микрофон, но запомнить выбор на следующий раз не удалось.</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Доверие с</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Доверенная</translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation>Доверенные организации</translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation>Вы пока не доверяете ни одной организации. Попросите у организации файл её карточки и добавьте его ниже.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Ключ шифрования</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Отпечаток (SHA256)</translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation>Ключ шифрования (age)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation>Организации, которым вы отправляете показания. То, что вы отправляете организации, могут открыть только её собственные координаторы.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation>Выберите файл карточки, который дала вам организация (на USB-флешке или через мессенджер). Затем вы сверите с ней код безопасности.</translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation>Код безопасности %1:</translation>
    </message>
</context>
<context>
    <name>OriginalOffer</name>
    <message>
        <source>The file is now in your encrypted vault. Remove the original from %1?</source>
        <translation>Файл теперь в вашем зашифрованном хранилище. Удалить оригинал из папки %1?</translation>
    </message>
    <message>
        <source>The original is %1. Guvoh overwrites it once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies of it.</source>
        <translation>Оригинал — это %1. Guvoh один раз перезапишет его нулями, а затем удалит. Это не надёжное стирание: на диске (особенно на SSD или карте памяти), в файловой системе, резервных копиях и облачной синхронизации могут остаться его следы или копии.</translation>
    </message>
    <message>
        <source>Remove the original</source>
        <translation>Удалить оригинал</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Do the same from now on, without asking</source>
        <translation>Делать так и дальше, не спрашивая</translation>
    </message>
    <message>
        <source>The original was removed from %1.</source>
        <translation>Оригинал удалён из папки %1.</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Originals of added files</source>
        <translation>Оригиналы добавленных файлов</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Спрашивать каждый раз</translation>
    </message>
    <message>
        <source>Remove the original without asking</source>
        <translation>Удалять оригинал, не спрашивая</translation>
    </message>
    <message>
        <source>Keep the original without asking</source>
        <translation>Оставлять оригинал, не спрашивая</translation>
    </message>
    <message>
        <source>A photo or recording added from Downloads, a phone or a USB stick stays there unencrypted. Once it is in the vault, Guvoh can remove the original: it overwrites the file once with zeros, then deletes it. This is not a secure erase: the disk (an SSD or a memory card especially), the file system, backups and cloud sync may still keep traces or copies. Recordings made in Guvoh have no original.</source>
        <translation>Фотография или запись, добавленная из папки «Загрузки», с телефона или USB-флешки, остаётся там незашифрованной. Когда она уже в хранилище, Guvoh может удалить оригинал: он один раз перезаписывает файл нулями, а затем удаляет его. Это не надёжное стирание: на диске (особенно на SSD или карте памяти), в файловой системе, резервных копиях и облачной синхронизации могут остаться следы или копии. У записей, сделанных в Guvoh, оригинала нет.</translation>
    </message>
    <message>
        <source>What removing the original does</source>
        <translation>Что делает удаление оригинала</translation>
    </message>
    <message>
        <source>Originals setting status</source>
        <translation>Состояние настройки оригиналов</translation>
    </message>
    <message>
        <source>Saved. Guvoh will ask after each file.</source>
        <translation>Сохранено. Guvoh будет спрашивать после каждого файла.</translation>
    </message>
    <message>
        <source>Saved. Originals will be removed once their file is in the vault.</source>
        <translation>Сохранено. Оригиналы будут удаляться, как только файл окажется в хранилище.</translation>
    </message>
    <message>
        <source>Saved. Originals will be left where they are.</source>
        <translation>Сохранено. Оригиналы будут оставаться на месте.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Whole archive</source>
        <translation>Весь архив</translation>
    </message>
    <message>
        <source>Current search</source>
        <translation>Текущий поиск</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Counting the cases</source>
        <translation>Подсчёт дел</translation>
    </message>
    <message>
        <source>Overview status</source>
        <translation>Состояние обзора</translation>
    </message>
    <message>
        <source>Cases by act type</source>
        <translation>Дела по видам действий</translation>
    </message>
    <message>
        <source>Act type</source>
        <translation>Вид действий</translation>
    </message>
    <message>
        <source>Cases by origin country</source>
        <translation>Дела по странам происхождения</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Cases by host country</source>
        <translation>Дела по странам пребывания</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Страна пребывания</translation>
    </message>
    <message>
        <source>Cases by month of the events</source>
        <translation>Дела по месяцам событий</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Подсчитать:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>How many cases there are of each kind. A case with two act types or two countries counts under both.</source>
        <translation>Сколько дел каждого вида. Дело с двумя видами действий или двумя странами учитывается в обоих.</translation>
    </message>
    <message>
        <source>Counting the cases...</source>
        <translation>Подсчёт дел...</translation>
    </message>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>Весь архив: %n дело.</numerusform>
            <numerusform>Весь архив: %n дела.</numerusform>
            <numerusform>Весь архив: %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>Поиск не задан, поэтому это весь архив: %n дело.</numerusform>
            <numerusform>Поиск не задан, поэтому это весь архив: %n дела.</numerusform>
            <numerusform>Поиск не задан, поэтому это весь архив: %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>Дела, найденные текущим поиском: %n дело.</numerusform>
            <numerusform>Дела, найденные текущим поиском: %n дела.</numerusform>
            <numerusform>Дела, найденные текущим поиском: %n дел.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation>Название вашей организации</translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation>Папка для файла карточки</translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation>Выберите, где сохранить карточку</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Создать организацию</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Сохранить карточку</translation>
    </message>
    <message>
        <source>Save as a QR code picture</source>
        <translation>Сохранить как изображение QR-кода</translation>
    </message>
    <message>
        <source>QR code of your organisation card</source>
        <translation>QR-код карточки вашей организации</translation>
    </message>
    <message>
        <source>A phone or scanner that reads it gets the card file. The researcher still compares the safety code with you.</source>
        <translation>Телефон или сканер, который его считает, получит файл карточки. Исследователь всё равно сверяет с вами код безопасности.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation>Создайте вашу организацию один раз. Guvoh сохранит её карточку — небольшой файл, который вы передаёте своим исследователям, чтобы то, что они отправляют, могли открыть только ваши координаторы.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation>Когда исследователь добавит вашу карточку, прочитайте ему этот код безопасности по телефону или лично.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation>%1: код безопасности</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation>Выберите для файла карточки существующую папку.</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Введите название вашей организации.</translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation>Карточка сохранена как %1. Передайте её своим исследователям (она не секретная), а затем прочитайте им код безопасности.</translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation>Карточка сохранена как %1.</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Before trusting this card, compare the safety code with the organisation by phone or in person.</source>
        <translation>Прежде чем доверять этой карточке, сверьте код безопасности с организацией по телефону или лично.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the picture.</source>
        <translation>Выберите для изображения существующую папку.</translation>
    </message>
    <message>
        <source>This card is too long for a QR code. Give your researchers the card file instead.</source>
        <translation>Эта карточка слишком длинная для QR-кода. Вместо этого передайте исследователям файл карточки.</translation>
    </message>
    <message>
        <source>The QR code picture was saved as %1. Print it for your researchers; they still compare the safety code with you before trusting the card.</source>
        <translation>Изображение QR-кода сохранено как %1. Распечатайте его для своих исследователей; прежде чем доверять карточке, они всё равно сверят с вами код безопасности.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation>Четыре-пять не связанных между собой слов на любом языке — хорошая парольная фраза.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Хорошая парольная фраза.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Выбрать: %1</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Воспроизвести запись или поставить на паузу</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Остановить воспроизведение</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Место в записи</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Прослушано</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Сообщение проигрывателя</translation>
    </message>
</context>
<context>
    <name>ProtectPanel</name>
    <message>
        <source>Protect a new person&apos;s real name, contact and where they live</source>
        <translation>Защищать настоящее имя, контакт и место жительства нового человека</translation>
    </message>
    <message>
        <source>Protected by default</source>
        <translation>Защищено по умолчанию</translation>
    </message>
    <message>
        <source>Protected details are hidden on screen until you press Show, never appear in search results, and are left out of a redacted export. This applies to people you add and to case files that do not say what is protected; people already in your cases keep what they have.</source>
        <translation>Защищённые сведения скрыты на экране, пока вы не нажмёте «Показать», никогда не появляются в результатах поиска и не попадают в экспорт, если выбрано «Не включать защищённые сведения». Это касается людей, которых вы добавляете, и файлов дел, в которых не указано, что защищено; у людей, уже внесённых в ваши дела, всё остаётся как было.</translation>
    </message>
    <message>
        <source>What protected by default does</source>
        <translation>Что даёт защита по умолчанию</translation>
    </message>
    <message>
        <source>Protected by default status</source>
        <translation>Состояние защиты по умолчанию</translation>
    </message>
    <message>
        <source>Saved. New people start with these details protected.</source>
        <translation>Сохранено. У новых людей эти сведения сразу защищены.</translation>
    </message>
    <message>
        <source>Saved. New people start with nothing protected: tick each detail yourself.</source>
        <translation>Сохранено. У новых людей сначала ничего не защищено: отмечайте нужные сведения сами.</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation>Откуда пришло это дело</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation>Копировать сводку проверки</translation>
    </message>
    <message>
        <source>Copies the bundle, sender, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation>Копирует пакет, отправителя, время и контрольные суммы файлов в виде текста. В нём нет имён и цитат из показаний.</translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no sender to check.</source>
        <translation>Это дело создано в этом хранилище. Оно не пришло в пакете, поэтому проверять отправителя не нужно.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation>Пакеты, в которых пришло это дело</translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation>Выберите дело, чтобы увидеть, откуда оно пришло.</translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>Это дело пришло в %n пакете, сначала самые старые.</numerusform>
            <numerusform>Это дело пришло в %n пакетах, сначала самые старые.</numerusform>
            <numerusform>Это дело пришло в %n пакетах, сначала самые старые.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation>Сводка проверки скопирована. В ней нет имён и цитат из показаний.</translation>
    </message>
</context>
<context>
    <name>ProvisionOffer</name>
    <message>
        <source>Use a file from your organisation...</source>
        <translation>Использовать файл от вашей организации...</translation>
    </message>
    <message>
        <source>Use a file from your organisation</source>
        <translation>Использовать файл от вашей организации</translation>
    </message>
    <message>
        <source>Organisation&apos;s file</source>
        <translation>Файл организации</translation>
    </message>
    <message>
        <source>Choose the file your organisation gave you</source>
        <translation>Выберите файл, который вам дала организация</translation>
    </message>
    <message>
        <source>Provisioning files (*.txt);;All files (*)</source>
        <translation>Файлы настройки (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing from the file was used. Do not use it: ask your organisation for its file again, in person if you can.</source>
        <translation>Из файла ничего не использовано. Не используйте его: попросите организацию снова передать вам файл, по возможности лично.</translation>
    </message>
    <message>
        <source>Settings from %1 will be used; %1 will be trusted once your vault is created.</source>
        <translation>Будут использованы настройки от %1; %1 получит доверие, как только будет создан ваш сейф.</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>A file from your organisation</source>
        <translation>Файл от вашей организации</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Compare these digits with the code your organisation gave you, by phone or in person: ask their coordinator to read it aloud, group by group. If they differ, someone may have changed the file: do not use it.</source>
        <translation>Сверьте эти цифры с кодом, который вам дала организация, по телефону или лично: попросите их координатора прочитать его вслух, группа за группой. Если цифры отличаются, файл, возможно, подменили: не используйте его.</translation>
    </message>
    <message>
        <source>What this file sets</source>
        <translation>Что задаёт этот файл</translation>
    </message>
    <message>
        <source>The codes match</source>
        <translation>Коды совпадают</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Safety code in this file:</source>
        <translation>Код безопасности в этом файле:</translation>
    </message>
    <message>
        <source>%1 will be trusted: what you send can be opened only by its coordinators.</source>
        <translation>%1 получит доверие: то, что вы отправляете, смогут открыть только её координаторы.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Cases are deleted from this computer once the organisation confirms it received them.</source>
        <translation>Дела удаляются с этого компьютера, как только организация подтвердит, что получила их.</translation>
    </message>
    <message>
        <source>Cases stay on this computer after the organisation confirms it received them.</source>
        <translation>Дела остаются на этом компьютере после того, как организация подтвердит, что получила их.</translation>
    </message>
    <message>
        <source>Guvoh (no disguise)</source>
        <translation>Guvoh (без маскировки)</translation>
    </message>
    <message>
        <source>Name shown for this app: %1</source>
        <translation>Название приложения на экране: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Блокируется после %n минуты бездействия.</numerusform>
            <numerusform>Блокируется после %n минут бездействия.</numerusform>
            <numerusform>Блокируется после %n минут бездействия.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation>Удалить доставленные дела</translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation>Доставленные дела</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Что будет удалено</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Я понимаю, что это нельзя отменить</translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation>Удалить эти дела</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Оставить их и закрыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation>Организация подтвердила, что получила эти дела. Если удалить ваши копии, их нельзя будет найти на этом компьютере, если его у вас заберут.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>С этого компьютера будет удалено %n дело из списка со всеми сохранёнными версиями и заметками, а также его файлы — %1. У организации останется своя копия. Это нельзя отменить.</numerusform>
            <numerusform>С этого компьютера будут удалены %n дела из списка со всеми сохранёнными версиями и заметками, а также их файлы — %1. У организации останется своя копия. Это нельзя отменить.</numerusform>
            <numerusform>С этого компьютера будут удалены %n дел из списка со всеми сохранёнными версиями и заметками, а также их файлы — %1. У организации останется своя копия. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation>Пока ни одно дело не отмечено как доставленное. Сначала импортируйте подтверждение получения от организации.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Удаление...</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>С этого компьютера удалено %n дело.</numerusform>
            <numerusform>С этого компьютера удалено %n дела.</numerusform>
            <numerusform>С этого компьютера удалено %n дел.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation>Создать подтверждения получения</translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation>Пакеты для подтверждения</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Папка для подтверждений</translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation>Выберите, где сохранить подтверждения</translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation>Создание подтверждений</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation>Папка с подтверждениями</translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation>Как отправить их обратно</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation>Подтвердить, что пришло</translation>
    </message>
    <message>
        <source>A receipt tells the sender which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation>Подтверждение получения сообщает отправителю, какие дела и файлы благополучно дошли, чтобы он мог удалить свои копии. Guvoh создаёт по одному файлу подтверждения на каждый пакет.</translation>
    </message>
    <message>
        <source>%1: for %2</source>
        <translation>%1: для %2</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>отправитель без имени</translation>
    </message>
    <message>
        <source>%1 saved in the folder above. Send each back to the sender of that bundle, on a USB stick or through a messenger; they import it in Guvoh (Import a receipt). Only that sender can open it, and it says nothing about the testimony itself.</source>
        <translation>Сохранено в папке выше: %1. Отправьте каждое обратно отправителю этого пакета, на USB-флешке или через мессенджер; он импортирует его в Guvoh («Импортировать подтверждение получения»). Открыть его сможет только этот отправитель, и о самих показаниях в нём ничего не сказано.</translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation>Куда сохранить подтверждения:</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   (a receipt was already created)</source>
        <translation>%1   (подтверждение уже создано)</translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation>Нет импортированных пакетов, которые нужно подтвердить.</translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation>Отметьте хотя бы один пакет.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation>Выберите для подтверждений существующую папку.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n подтверждение</numerusform>
            <numerusform>%n подтверждения</numerusform>
            <numerusform>%n подтверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation>Импортировать подтверждение получения</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Файл подтверждения</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Выберите подтверждение</translation>
    </message>
    <message>
        <source>Receipts (*.age);;All files (*)</source>
        <translation>Подтверждения (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Импортировать подтверждение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>Организация подтвердила, что получила %n дело: %1.</numerusform>
            <numerusform>Организация подтвердила, что получила %n дела: %1.</numerusform>
            <numerusform>Организация подтвердила, что получила %n дел: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n дело было изменено после экспорта: %1. У организации есть экспортированная версия; ваши последующие изменения остаются здесь, не доставленными: экспортируйте их снова или удалите.</numerusform>
            <numerusform>%n дела были изменены после экспорта: %1. У организации есть экспортированная версия; ваши последующие изменения остаются здесь, не доставленными: экспортируйте их снова или удалите.</numerusform>
            <numerusform>%n дел были изменены после экспорта: %1. У организации есть экспортированная версия; ваши последующие изменения остаются здесь, не доставленными: экспортируйте их снова или удалите.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivered cases were deleted from this computer, with their files.</source>
        <translation>Доставленные дела удалены с этого компьютера вместе с их файлами.</translation>
    </message>
    <message>
        <source>They are marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation>Они отмечены как доставленные; вы можете удалить свои копии с помощью «Удалить доставленные дела».</translation>
    </message>
    <message>
        <source>They are marked delivered and will be deleted from this computer when the waiting time set in Settings has passed.</source>
        <translation>Они отмечены как доставленные и будут удалены с этого компьютера, когда пройдёт срок, заданный в настройках.</translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation>Сначала выберите файл подтверждения.</translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file ending in .age). Importing it marks those cases as delivered and, unless you changed this in Settings, deletes them from this computer.</source>
        <translation>Когда организация получит ваш файл, она пришлёт подтверждение получения (файл с расширением .age). Его импорт отмечает эти дела как доставленные и, если вы не изменили это в настройках, удаляет их с этого компьютера.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>По адресу %1 нет файла.</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Проверка подтверждения...</translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation>Подтверждение подлинное, но ни одно дело не изменилось: его дела уже были отмечены как доставленные или были удалены.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Delete delivered cases</source>
        <translation>Удалять доставленные дела</translation>
    </message>
    <message>
        <source>At once, when the receipt arrives</source>
        <translation>Сразу, когда придёт подтверждение</translation>
    </message>
    <message>
        <source>One day after the receipt</source>
        <translation>Через день после подтверждения</translation>
    </message>
    <message>
        <source>Seven days after the receipt</source>
        <translation>Через семь дней после подтверждения</translation>
    </message>
    <message>
        <source>Never: keep them on this computer</source>
        <translation>Никогда: хранить их на этом компьютере</translation>
    </message>
    <message>
        <source>When the organisation&apos;s receipt arrives, the cases it confirms are deleted from this computer with their files, so neither someone at this desk nor a copy of the disk made later can read them. Changes made after the export stay. Cases not yet delivered, and a copy of the disk made before the receipt, are not protected.</source>
        <translation>Когда приходит подтверждение получения от организации, подтверждённые дела удаляются с этого компьютера вместе с файлами, и их не сможет прочитать ни человек за этим компьютером, ни тот, кто позже снимет копию диска. Изменения, сделанные после экспорта, остаются. Не защищены дела, ещё не доставленные, и копия диска, снятая до подтверждения.</translation>
    </message>
    <message>
        <source>What delete on receipt protects</source>
        <translation>От чего защищает удаление после подтверждения</translation>
    </message>
    <message>
        <source>Delete on receipt status</source>
        <translation>Состояние удаления после подтверждения</translation>
    </message>
    <message>
        <source>Delivered cases stay on this computer until you remove them.</source>
        <translation>Доставленные дела остаются на этом компьютере, пока вы их не удалите.</translation>
    </message>
    <message>
        <source>Saved. Delivered cases whose time has come are deleted the next time you unlock or import a receipt.</source>
        <translation>Сохранено. Доставленные дела, срок которых истёк, удаляются при следующей разблокировке или при импорте подтверждения.</translation>
    </message>
</context>
<context>
    <name>ReceivedBar</name>
    <message>
        <source>Received testimony</source>
        <translation>Полученные показания</translation>
    </message>
    <message>
        <source>Where this case came from</source>
        <translation>Откуда пришло это дело</translation>
    </message>
    <message>
        <source>Received testimony is evidence, so it opens read-only. To work on it, make a working copy: a new case of your own. This case stays as it arrived.</source>
        <translation>Полученные показания — это доказательство, поэтому они открываются только для чтения. Чтобы работать с ними, сделайте рабочую копию: новое дело, ваше собственное. Это дело останется таким, каким пришло.</translation>
    </message>
    <message>
        <source>About received cases</source>
        <translation>О полученных делах</translation>
    </message>
    <message>
        <source>&amp;Make a working copy</source>
        <translation>&amp;Сделать рабочую копию</translation>
    </message>
    <message>
        <source>Make a working copy of this case</source>
        <translation>Сделать рабочую копию этого дела</translation>
    </message>
    <message>
        <source>A new case with the same text, which you can change. Attached files stay with the received case.</source>
        <translation>Новое дело с тем же текстом, которое вы можете изменять. Приложенные файлы остаются в полученном деле.</translation>
    </message>
    <message>
        <source>Open the working copy made of this case</source>
        <translation>Открыть рабочую копию этого дела</translation>
    </message>
    <message>
        <source>&amp;Open the working copy %1</source>
        <translation>&amp;Открыть рабочую копию %1</translation>
    </message>
    <message>
        <source>a sender who gave no name</source>
        <translation>отправитель, не указавший имени</translation>
    </message>
    <message>
        <source>Sent by %1, received on %2. Its signature was checked when it arrived: it is exactly as they sent it.</source>
        <translation>Отправитель: %1, получено %2. Подпись проверена при получении: дело в точности такое, каким его отправили.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Записать интервью</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Уровень звука</translation>
    </message>
    <message>
        <source>Sound level:</source>
        <translation>Уровень звука:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation>Приостановить или продолжить запись</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Остановить и сохранить</translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation>Остановить запись и сохранить её</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Состояние записи</translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation>На этом компьютере не найден микрофон</translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation>Подключите микрофон или гарнитуру, чтобы записать интервью.</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Идёт запись...</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation>Не удалось включить микрофон. Проверьте, что его не использует другая программа, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation>Идёт запись. Каждый момент сохраняется в зашифрованном виде сразу во время записи.</translation>
    </message>
    <message>
        <source>%1 (part %2).wav</source>
        <translation>%1 (часть %2).wav</translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation>Идёт запись.</translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation>Пауза. Ничего не записывается, пока вы не нажмёте «Продолжить».</translation>
    </message>
    <message>
        <source>The microphone stopped working before any sound was recorded, so nothing was saved.</source>
        <translation>Микрофон перестал работать до того, как что-либо было записано, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so nothing was saved.</source>
        <translation>Ничего не записано, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>The microphone stopped working; what was recorded until then (%1) is saved in your encrypted vault.</source>
        <translation>Микрофон перестал работать; то, что было записано до этого момента (%1), сохранено в вашем зашифрованном хранилище.</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation>Сохранено в вашем зашифрованном хранилище (%1).</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Открыть и задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation>Введите код восстановления, который вы записали при создании хранилища, и выберите новую парольную фразу. Забытая парольная фраза перестанет действовать.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation>Это ваш код восстановления. Он показывается только один раз. Запишите его на бумаге и храните отдельно от этого компьютера: с ним ваше хранилище можно будет открыть на другом компьютере, если вы забудете парольную фразу.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Последняя группа кода восстановления</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) его</translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation>Введите последнюю группу для подтверждения</translation>
    </message>
</context>
<context>
    <name>ReleaseButton</name>
    <message>
        <source>Release a sealed vault...</source>
        <translation>Снять печать с хранилища...</translation>
    </message>
    <message>
        <source>Release a researcher&apos;s sealed vault</source>
        <translation>Снять печать с хранилища исследователя</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a sealed vault</source>
        <translation>Снять печать с хранилища</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ReleasePanel</name>
    <message>
        <source>How to release a sealed vault</source>
        <translation>Как снять печать с хранилища</translation>
    </message>
    <message>
        <source>Open travel request...</source>
        <translation>Открыть запрос на поездку...</translation>
    </message>
    <message>
        <source>A researcher who sealed their vault for travel sent you a travel request. After the crossing, call them by voice, on a number you already know: check that it is them, that they are safe and free to talk, and that the safety code they noted before sealing is the one shown here. Only then write the release token and send it to them.</source>
        <translation>Исследователь, запечатавший своё хранилище на время поездки, прислал вам запрос на поездку. После пересечения границы позвоните ему голосовым звонком по номеру, который вы уже знаете: убедитесь, что это он, что он в безопасности и может говорить свободно и что код безопасности, который он записал перед запечатыванием, совпадает с показанным здесь. Только после этого запишите токен разблокировки и отправьте его ему.</translation>
    </message>
    <message>
        <source>Travel request</source>
        <translation>Запрос на поездку</translation>
    </message>
    <message>
        <source>Ask them to read their safety code aloud. Does every group of four digits match?</source>
        <translation>Попросите его прочитать вслух свой код безопасности. Совпадает ли каждая группа из четырёх цифр?</translation>
    </message>
    <message>
        <source>Compare the safety code</source>
        <translation>Сверка кода безопасности</translation>
    </message>
    <message>
        <source>They match: write the release token...</source>
        <translation>Совпадают: записать токен разблокировки...</translation>
    </message>
    <message>
        <source>They match: write the release token</source>
        <translation>Совпадают: записать токен разблокировки</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Состояние разблокировки</translation>
    </message>
    <message>
        <source>Release a sealed vault</source>
        <translation>Снять печать с хранилища</translation>
    </message>
    <message>
        <source>Open the travel request</source>
        <translation>Открыть запрос на поездку</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Проверка...</translation>
    </message>
    <message>
        <source>Travel request from %1, made %2. Their safety code:</source>
        <translation>Запрос на поездку от %1, создан %2. Код безопасности отправителя:</translation>
    </message>
    <message>
        <source>No token was written. Do not release the vault: someone else may have made this request or may be with them. Talk to them again another way.</source>
        <translation>Токен не записан. Не снимайте печать с хранилища: возможно, этот запрос сделал кто-то другой или рядом с исследователем находится кто-то ещё. Свяжитесь с ним снова другим способом.</translation>
    </message>
    <message>
        <source>Save the release token</source>
        <translation>Сохранить токен разблокировки</translation>
    </message>
    <message>
        <source>Writing the release token...</source>
        <translation>Запись токена разблокировки...</translation>
    </message>
    <message>
        <source>The release token is in %1. Send it to them as a file or paste its text in a message.</source>
        <translation>Токен разблокировки в файле %1. Отправьте его файлом или вставьте его текст в сообщение.</translation>
    </message>
</context>
<context>
    <name>ReleasedToken</name>
    <message>
        <source>The release token as a QR code</source>
        <translation>Токен разблокировки в виде QR-кода</translation>
    </message>
    <message>
        <source>Send them the token: paste it into a message, send the file, or let them scan this code with a phone. It opens only their sealed vault, and only with their passphrase.</source>
        <translation>Отправьте исследователю токен: вставьте его в сообщение, отправьте файл или дайте отсканировать этот код телефоном. Токен открывает только его запечатанное хранилище и только вместе с его парольной фразой.</translation>
    </message>
    <message>
        <source>How to send the release token</source>
        <translation>Как отправить токен разблокировки</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Скопировать токен</translation>
    </message>
    <message>
        <source>Copy the release token</source>
        <translation>Скопировать токен разблокировки</translation>
    </message>
    <message>
        <source>Release token file</source>
        <translation>Файл токена разблокировки</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Состояние копирования</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to them; the clipboard is emptied when the vault locks.</source>
        <translation>Скопировано. Вставьте токен в сообщение исследователю; буфер обмена очистится, когда хранилище заблокируется.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation>Составить отчёт</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Формат отчёта</translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation>Отчёт по делам в PDF</translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation>Таблица CSV, одна строка на событие</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Данные JSON</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Язык подписей</translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation>Включить защищённые сведения</translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation>Отчёт будет содержать настоящие имена, контакты и другие сведения, отмеченные как защищённые. Их сможет прочитать любой, кто получит файл. Включайте их, только если читатели отчёта вправе их видеть.</translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation>Предупреждение о защищённых сведениях</translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation>Проверка согласия...</translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation>Согласие по выбранным делам</translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation>Дела без согласия на публикацию</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation>Отчёты (*.pdf *.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The report will not be encrypted: anyone who gets the file can read it. Save it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation>Отчёт не будет зашифрован: его сможет прочитать любой, кто получит файл. Сохраните его на зашифрованном диске и передавайте только тем, кому можно видеть эти дела.</translation>
    </message>
    <message>
        <source>Warning: the report is not encrypted</source>
        <translation>Предупреждение: отчёт не зашифрован</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Составление отчёта</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Составить отчёт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Язык подписей</translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>Отчёт по %n делу</numerusform>
            <numerusform>Отчёт по %n делам</numerusform>
            <numerusform>Отчёт по %n делам</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Сохранить отчёт как:</translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation>согласие отозвано: не использовать</translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation>согласие не записано: не использовать</translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation>не для публикации</translation>
    </message>
    <message>
        <source>No case is chosen. Choose cases first.</source>
        <translation>Не выбрано ни одного дела. Сначала выберите дела.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>%n из выбранных дел нельзя публиковать. В отчёте они отмечены; используйте их только так, как согласились люди:</numerusform>
            <numerusform>%n из выбранных дел нельзя публиковать. В отчёте они отмечены; используйте их только так, как согласились люди:</numerusform>
            <numerusform>%n из выбранных дел нельзя публиковать. В отчёте они отмечены; используйте их только так, как согласились люди:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation>По всем выбранным делам есть согласие на публикацию.</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Выберите имя файла в существующей папке.</translation>
    </message>
    <message>
        <source>The report is saved, not encrypted, as %1.</source>
        <translation>Отчёт сохранён без шифрования как %1.</translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation>Он содержит защищённые сведения.</translation>
    </message>
</context>
<context>
    <name>Researchers</name>
    <message>
        <source>Researcher</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Ещё не действует</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Не добавлен</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Receipt made %1</source>
        <translation>Подтверждение создано %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Подтверждения ещё нет</translation>
    </message>
</context>
<context>
    <name>ResearchersSection</name>
    <message>
        <source>Pinned researchers</source>
        <translation>Добавленные исследователи</translation>
    </message>
    <message>
        <source>No researcher is pinned yet. Add one below, or import a bundle in the Inbox and pin its sender there.</source>
        <translation>Пока не добавлено ни одного исследователя. Добавьте исследователя ниже или импортируйте пакет во «Входящих» и добавьте отправителя там.</translation>
    </message>
    <message>
        <source>Selected researcher</source>
        <translation>Выбранный исследователь</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Отпечаток (SHA256)</translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation>Открытый ключ (OpenSSH)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Limit when the key becomes valid</source>
        <translation>Ограничить дату, с которой ключ действует</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Действует с (дата)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Limit until when the key is valid</source>
        <translation>Ограничить дату, до которой ключ действует</translation>
    </message>
    <message>
        <source>Valid until (date, included)</source>
        <translation>Действует до (дата включительно)</translation>
    </message>
    <message>
        <source>Save the dates</source>
        <translation>Сохранить даты</translation>
    </message>
    <message>
        <source>Save when the key is valid</source>
        <translation>Сохранить срок действия ключа</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Прекратить сейчас</translation>
    </message>
    <message>
        <source>End this researcher&apos;s key now</source>
        <translation>Прекратить действие ключа этого исследователя сейчас</translation>
    </message>
    <message>
        <source>Message about validity</source>
        <translation>Сообщение о сроке действия</translation>
    </message>
    <message>
        <source>Bundles from this researcher</source>
        <translation>Пакеты от этого исследователя</translation>
    </message>
    <message>
        <source>No bundle from this researcher yet.</source>
        <translation>От этого исследователя пока нет пакетов.</translation>
    </message>
    <message>
        <source>Safety code:</source>
        <translation>Код безопасности:</translation>
    </message>
    <message>
        <source>When their files are accepted</source>
        <translation>Когда его файлы принимаются</translation>
    </message>
    <message>
        <source>Bundles this researcher signs are accepted only within these dates. End the key now if their laptop was lost or taken, or they stopped working with you: bundles they sign from now on are refused; those already imported stay.</source>
        <translation>Пакеты, подписанные этим исследователем, принимаются только в эти даты. Прекратите действие ключа сейчас, если его ноутбук потерян или отобран или он больше не работает с вами: пакеты, подписанные им с этого момента, будут отклоняться; уже импортированные останутся.</translation>
    </message>
    <message>
        <source>Their bundles</source>
        <translation>Его пакеты</translation>
    </message>
    <message>
        <source>The researcher&apos;s public key</source>
        <translation>Открытый ключ исследователя</translation>
    </message>
    <message>
        <source>Name for this researcher</source>
        <translation>Имя для этого исследователя</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Показать код безопасности</translation>
    </message>
    <message>
        <source>Compare these digits with the researcher by phone or in person: ask them to read the safety code on their Identity screen aloud, group by group. Do not use a message for this: someone who could change the key could change the message too.</source>
        <translation>Сверьте эти цифры с исследователем по телефону или лично: попросите его прочитать вслух код безопасности с экрана «Мой ключ», группа за группой. Не используйте для этого сообщения: тот, кто мог подменить ключ, мог подменить и сообщение.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Совпадают</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Message about adding a researcher</source>
        <translation>Сообщение о добавлении исследователя</translation>
    </message>
    <message>
        <source>Safety code of this key:</source>
        <translation>Код безопасности этого ключа:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Исследователи</translation>
    </message>
    <message>
        <source>Bundles are imported only from researchers you have pinned here, after comparing their safety code with them.</source>
        <translation>Пакеты импортируются только от исследователей, которых вы добавили здесь, сверив с ними код безопасности.</translation>
    </message>
    <message>
        <source>Add a researcher</source>
        <translation>Добавить исследователя</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen (it is not secret; they can send it by messenger) and the name you know them by.</source>
        <translation>Вставьте открытый ключ с экрана «Мой ключ» исследователя (он не секретный; его можно прислать через мессенджер) и имя, под которым вы его знаете.</translation>
    </message>
    <message>
        <source>The dates for %1 were saved.</source>
        <translation>Даты для %1 сохранены.</translation>
    </message>
    <message>
        <source>The key of %1 has ended. Bundles they sign from now on are refused; bundles already imported stay.</source>
        <translation>Действие ключа %1 прекращено. Пакеты, подписанные им с этого момента, будут отклоняться; уже импортированные пакеты останутся.</translation>
    </message>
    <message>
        <source>Paste the public key from the researcher&apos;s Identity screen first.</source>
        <translation>Сначала вставьте открытый ключ с экрана «Мой ключ» исследователя.</translation>
    </message>
    <message>
        <source>This key is already pinned as %1.</source>
        <translation>Этот ключ уже добавлен под именем %1.</translation>
    </message>
    <message>
        <source>Type a name for this researcher, so you can recognise their files.</source>
        <translation>Введите имя этого исследователя, чтобы узнавать его файлы.</translation>
    </message>
    <message>
        <source>%1 is pinned. Bundles they sign are now accepted.</source>
        <translation>%1 добавлен(а). Пакеты, подписанные этим исследователем, теперь принимаются.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Do not use this key: someone may have changed it on the way. Ask the researcher for it again, in person if you can.</source>
        <translation>Никто не добавлен. Не используйте этот ключ: возможно, его кто-то изменил по дороге. Попросите исследователя прислать ключ ещё раз, по возможности лично.</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
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
        <translation>Код безопасности</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Seal the vault before a border. Sealed, it opens with neither your passphrase nor your recovery code, here or from a copy of the disk, until your organisation calls you and sends a release token. A copy made before sealing is not protected.</source>
        <translation>Запечатайте хранилище перед границей. Запечатанное, оно не открывается ни парольной фразой, ни кодом восстановления — ни здесь, ни с копии диска, — пока ваша организация не позвонит вам и не пришлёт токен разблокировки. Копия, сделанная до запечатывания, не защищена.</translation>
    </message>
    <message>
        <source>What sealing protects</source>
        <translation>Что защищает запечатывание</translation>
    </message>
    <message>
        <source>Your safety code</source>
        <translation>Ваш код безопасности</translation>
    </message>
    <message>
        <source>Organisation that releases the vault</source>
        <translation>Организация, которая снимет печать</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Your passphrase, to seal</source>
        <translation>Ваша парольная фраза, чтобы запечатать</translation>
    </message>
    <message>
        <source>Seal for travel...</source>
        <translation>Запечатать на время поездки...</translation>
    </message>
    <message>
        <source>Sealing status</source>
        <translation>Состояние запечатывания</translation>
    </message>
    <message>
        <source>Seal for travel</source>
        <translation>Запечатать на время поездки</translation>
    </message>
    <message>
        <source>Your safety code is %1. When your organisation calls to release the vault, they ask you to read it, and it cannot be shown while the vault is sealed: note it down.</source>
        <translation>Ваш код безопасности: %1. Когда ваша организация позвонит, чтобы снять печать с хранилища, вас попросят прочитать его, а пока хранилище запечатано, его нельзя показать: запишите его.</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the vault.</source>
        <translation>Введите парольную фразу, чтобы запечатать хранилище.</translation>
    </message>
    <message>
        <source>Save the travel request</source>
        <translation>Сохранить запрос на поездку</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Запечатывание...</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Keyboard shortcuts...</source>
        <translation>Клавиатурные сокращения...</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation>Блокировать при бездействии через</translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation>Папка вашего хранилища</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Стереть хранилище</translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Do not copy the folder while Guvoh is open; make a backup here instead.</source>
        <translation>Всё в папке хранилища зашифровано. Не копируйте эту папку, пока Guvoh открыт; вместо этого создайте здесь резервную копию.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation>Настройка уже действует, но её не удалось сохранить на следующий раз.</translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Теперь Guvoh блокируется после %n минуты бездействия.</numerusform>
            <numerusform>Теперь Guvoh блокируется после %n минут бездействия.</numerusform>
            <numerusform>Теперь Guvoh блокируется после %n минут бездействия.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Do the main action of the screen: unlock, create the vault, go on</source>
        <translation>Выполнить главное действие экрана: разблокировать, создать хранилище, продолжить</translation>
    </message>
    <message>
        <source>Go back, where there is a Back button</source>
        <translation>Вернуться назад (там, где есть кнопка «Назад»)</translation>
    </message>
    <message>
        <source>Show or hide the passphrase being typed</source>
        <translation>Показать или скрыть вводимую парольную фразу</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Начать новое дело</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>With the underlined letter of a label: go to that field or button</source>
        <translation>Вместе с подчёркнутой буквой надписи: перейти к этому полю или кнопке</translation>
    </message>
    <message>
        <source>Go to the next field (Shift+Tab: the one before)</source>
        <translation>Перейти к следующему полю (Shift+Tab: к предыдущему)</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Показать этот список клавиатурных сокращений</translation>
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
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Your story was changed or deleted in Cases since you last wrote here, so nothing was saved over it. Here you can tell another story.</source>
        <translation>С тех пор как вы писали здесь, вашу историю изменили или удалили в разделе «Дела», поэтому поверх неё ничего не сохранено. Здесь вы можете рассказать другую историю.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Your story could not be saved: %1</source>
        <translation>Не удалось сохранить вашу историю: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Пока ничего не сохранено</translation>
    </message>
    <message>
        <source>Saved in your encrypted vault at %1</source>
        <translation>Сохранено в вашем зашифрованном хранилище в %1</translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation>Ваша история принадлежит вам</translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation>Вам нужно будет ответить на несколько коротких вопросов. Всё остаётся зашифрованным на этом компьютере, пока вы не создадите файл для выбранной вами организации, и открыть его сможет только эта организация. Вы можете остановиться в любой момент: написанное сохранится в вашем хранилище.</translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation>Я хочу передать свой рассказ выбранной мной организации</translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation>Организация может использовать его для:</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что произошло?</translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation>Расскажите своими словами, на любом языке, так подробно или так коротко, как хотите.</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Проверьте, что будет отправлено</translation>
    </message>
    <message>
        <source>This is what the file for the organisation will hold. If something is not as you want it, press Change next to it.</source>
        <translation>Вот что будет в файле для организации. Если что-то не так, как вы хотите, нажмите «Изменить» рядом с этим.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>You will be named</source>
        <translation>Как вас будут называть</translation>
    </message>
    <message>
        <source>The organisation may use it for</source>
        <translation>Организация может использовать вашу историю для</translation>
    </message>
    <message>
        <source>Who can open the file</source>
        <translation>Кто сможет открыть файл</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Нет файлов</translation>
    </message>
    <message>
        <source>Not in the file.</source>
        <translation>Не включено в файл.</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>В файле: %1. Имя защищено: его видят только сотрудники организации, и оно никогда не публикуется.</translation>
    </message>
    <message>
        <source>In the file: %1. The organisation may use this name.</source>
        <translation>В файле: %1. Организация может использовать это имя.</translation>
    </message>
    <message>
        <source>By your real name</source>
        <translation>Вашим настоящим именем</translation>
    </message>
    <message>
        <source>Not at all: you stay anonymous</source>
        <translation>Никак: вы остаётесь анонимом</translation>
    </message>
    <message>
        <source>In the file: %1. It is kept protected: only the organisation&apos;s staff see it.</source>
        <translation>В файле: %1. Эти сведения защищены: их видят только сотрудники организации.</translation>
    </message>
    <message>
        <source>Not in the file: you said they may contact you, but gave no way to reach you.</source>
        <translation>Не включено в файл: вы разрешили связаться с вами, но не указали, как это сделать.</translation>
    </message>
    <message>
        <source>Not in the file: the organisation will not contact you.</source>
        <translation>Не включено в файл: организация не будет с вами связываться.</translation>
    </message>
    <message>
        <source>Only %1. The file is signed by you.</source>
        <translation>Только %1. Файл подписан вами.</translation>
    </message>
    <message>
        <source>You do not remember</source>
        <translation>Вы не помните</translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation>Несколько слов, чтобы назвать вашу историю (не указывайте здесь имена людей):</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Короткое название</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Моя история</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Когда это произошло?</translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation>Настолько точно, насколько помните. Если это длилось долго, укажите, когда началось.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>I do not remember when it happened</source>
        <translation>Я не помню, когда это произошло</translation>
    </message>
    <message>
        <source>The year alone is enough. Leave the month or the day empty if you do not remember them.</source>
        <translation>Достаточно одного года. Оставьте месяц или день пустыми, если не помните их.</translation>
    </message>
    <message>
        <source>Write the year, or choose &quot;I do not remember when it happened&quot;.</source>
        <translation>Напишите год или выберите «Я не помню, когда это произошло».</translation>
    </message>
    <message>
        <source>Write the year with four digits, from %1 to %2.</source>
        <translation>Напишите год четырьмя цифрами, от %1 до %2.</translation>
    </message>
    <message>
        <source>Choose the month as well, or leave the day empty.</source>
        <translation>Выберите и месяц или оставьте день пустым.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Где это произошло?</translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation>Страна и, если хотите, город. Никогда не указывайте адрес с улицей.</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>Страна (начните вводить для поиска)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Город или посёлок</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Кто был причастен?</translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation>Те, кто это сделал (полиция, консульство, кто-то из знакомых...), и все, кто был рядом или пострадал. Пишите только то, чем вы готовы поделиться; это поле можно оставить пустым.</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кто был причастен</translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation>Может ли организация связаться с вами?</translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation>Например, чтобы задать вопрос о вашей истории.</translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation>Да, можно со мной связаться</translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation>Нет, пожалуйста, не связывайтесь со мной</translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation>Как с вами можно безопасно связаться? (имя в мессенджере, номер телефона или человек, через которого можно вас найти). Эти сведения защищены.</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Как с вами связаться</translation>
    </message>
    <message>
        <source>Write how they can reach you, or choose &quot;No, please do not contact me&quot;.</source>
        <translation>Напишите, как с вами можно связаться, или выберите «Нет, пожалуйста, не связывайтесь со мной».</translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation>Как вас называть?</translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation>Так организация будет знать, как вас называть, если она использует вашу историю.</translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation>Моим настоящим именем</translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation>Другим именем, которое я выберу (не моим настоящим)</translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation>Никак: я остаюсь анонимом</translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation>Ваше настоящее имя</translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation>Имя, которое использовать вместо него</translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation>Имя вместо настоящего</translation>
    </message>
    <message>
        <source>Write your real name, or choose another way to be named.</source>
        <translation>Напишите ваше настоящее имя или выберите другой способ, как вас называть.</translation>
    </message>
    <message>
        <source>Write the name to use instead, or choose another way to be named.</source>
        <translation>Напишите имя, которое использовать вместо настоящего, или выберите другой способ, как вас называть.</translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation>Кто должен получить вашу историю?</translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation>Открыть файл сможет только выбранная вами организация.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Доверенные организации</translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation>Вы ещё не добавили ни одной организации. Загрузите ниже файл карточки, который она вам дала.</translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation>Другая организация? Выберите файл карточки, который она вам дала; затем вы сверите с ней код безопасности по телефону или лично.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Создать файл</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation>Где сохранить файл?</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Папка для файла</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Выберите, где сохранить файл</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Ваш файл готов</translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation>Ваша история в этом файле, зашифрованная и подписанная вами:</translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation>Файл с вашей историей</translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation>Как его передать</translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation>Рассказать другую историю</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation>Настоящее имя указывать не обязательно. Если вы его укажете, оно будет защищено: его увидят только сотрудники организации, и оно никогда не будет опубликовано.</translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation>Организация может использовать это имя.</translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation>В вашей истории не будет имени. Организация сможет связаться с вами, только если вы это разрешили.</translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation>Такого дня не существует; проверьте день и месяц.</translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation>Ваша история будет помещена в один файл, который сможет открыть только %1. Он подписан вами, поэтому получатель увидит, что никто не изменил его по дороге.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation>Выберите для файла существующую папку.</translation>
    </message>
    <message>
        <source>Photos, documents or a recording</source>
        <translation>Фотографии, документы или запись</translation>
    </message>
    <message>
        <source>If you have a photo or a document about what happened, or would rather tell it aloud, add it here. It is encrypted into your vault and goes with your story. You may skip this step.</source>
        <translation>Если у вас есть фотография или документ о том, что произошло, или вам проще рассказать об этом вслух, добавьте это здесь. Всё добавленное сохраняется в вашем хранилище в зашифрованном виде и отправляется вместе с вашей историей. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>Files with your story</source>
        <translation>Файлы к вашей истории</translation>
    </message>
    <message>
        <source>Add a photo or document...</source>
        <translation>Добавить фотографию или документ...</translation>
    </message>
    <message>
        <source>Add a photo or document to your story</source>
        <translation>Добавить фотографию или документ к вашей истории</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen file from your story</source>
        <translation>Удалить выбранный файл из вашей истории</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Сообщение о файлах</translation>
    </message>
    <message>
        <source>Progress of adding the file</source>
        <translation>Ход добавления файла</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel adding the file</source>
        <translation>Отменить добавление файла</translation>
    </message>
    <message>
        <source>Tell it aloud</source>
        <translation>Рассказать вслух</translation>
    </message>
    <message>
        <source>Remove %1 from your story?</source>
        <translation>Удалить %1 из вашей истории?</translation>
    </message>
    <message>
        <source>The file is deleted from your vault for good.</source>
        <translation>Файл будет удалён из вашего хранилища навсегда.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Файл удалён.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (это рабочее место)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Ваше имя в команде</translation>
    </message>
    <message>
        <source>Your name, as the other coordinators will see it</source>
        <translation>Ваше имя, каким его увидят другие координаторы</translation>
    </message>
    <message>
        <source>Your safety code in the team</source>
        <translation>Ваш код безопасности в команде</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Ваша строка</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <source>Copy your line</source>
        <translation>Копировать вашу строку</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>Choose the shared folder...</source>
        <translation>Выбрать общую папку...</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Выбрать общую папку</translation>
    </message>
    <message>
        <source>Coordinators in the team</source>
        <translation>Координаторы в команде</translation>
    </message>
    <message>
        <source>Invite a coordinator...</source>
        <translation>Пригласить координатора...</translation>
    </message>
    <message>
        <source>Invite a coordinator</source>
        <translation>Пригласить координатора</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Удалить...</translation>
    </message>
    <message>
        <source>Remove the selected coordinator</source>
        <translation>Удалить выбранного координатора</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Several coordinators of your organisation can share the work. Each keeps their own vault; a shared folder, kept in step by Syncthing, carries only encrypted files between them.</source>
        <translation>Несколько координаторов вашей организации могут работать вместе. У каждого своё хранилище; общая папка, которую синхронизирует Syncthing, переносит между ними только зашифрованные файлы.</translation>
    </message>
    <message>
        <source>Your safety code in the team:</source>
        <translation>Ваш код безопасности в команде:</translation>
    </message>
    <message>
        <source>Your line, for the coordinator who invites you. Compare the safety code with them by phone or in person.</source>
        <translation>Ваша строка для координатора, который вас приглашает. Сверьте с ним код безопасности по телефону или лично.</translation>
    </message>
    <message>
        <source>Guvoh reads this folder on its own while the vault is unlocked.</source>
        <translation>Guvoh сам читает эту папку, пока хранилище разблокировано.</translation>
    </message>
    <message>
        <source>Choosing the shared folder starts the team, with you as its first coordinator.</source>
        <translation>Выбор общей папки создаёт команду, и вы — её первый координатор.</translation>
    </message>
    <message>
        <source>Write your name in the team first: the other coordinators see it next to everything you decide.</source>
        <translation>Сначала напишите своё имя в команде: другие координаторы видят его рядом со всем, что вы решаете.</translation>
    </message>
    <message>
        <source>Your line was copied.</source>
        <translation>Ваша строка скопирована.</translation>
    </message>
    <message>
        <source>The shared folder is %1. Guvoh reads it on its own while the vault is unlocked.</source>
        <translation>Общая папка: %1. Guvoh сам читает её, пока хранилище разблокировано.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>Удалить %1 из команды?</translation>
    </message>
    <message>
        <source>Changes %1 makes from now on will be refused on every desk. Your organisation gets a new card, which you save next: your researchers must trust the new card before they send again.</source>
        <translation>Изменения, которые %1 сделает с этого момента, будут отклонены на всех рабочих местах. Ваша организация получит новую карточку, которую вы сохраните следующим шагом: исследователи должны доверять новой карточке, прежде чем снова что-то отправлять.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Сохранить новую карточку</translation>
    </message>
    <message>
        <source>%1 was removed from the team. The new card was saved as %2. Your researchers must trust the new card, and compare its new safety code with you, before they send again.</source>
        <translation>%1 удалён(а) из команды. Новая карточка сохранена как %2. Ваши исследователи должны доверять новой карточке и сверить с вами её новый код безопасности, прежде чем снова что-то отправлять.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Синхронизация...</translation>
    </message>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>%n файл команды это рабочее место пока не может прочитать.</numerusform>
            <numerusform>%n файла команды это рабочее место пока не может прочитать.</numerusform>
            <numerusform>%n файлов команды это рабочее место пока не может прочитать.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync at %1 failed: %2</source>
        <translation>Синхронизация в %1 не удалась: %2</translation>
    </message>
    <message>
        <source>Last sync at %1: nothing new.</source>
        <translation>Последняя синхронизация в %1: ничего нового.</translation>
    </message>
    <message>
        <source>Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting for their sender %4, bundles refused %5.</source>
        <translation>Последняя синхронизация в %1: пакетов импортировано %2, изменений команды применено %3, пакетов ждут отправителя %4, пакетов отклонено %5.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Нужна доработка</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Никто не назначен</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Метка добавлена: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Метка удалена: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Removed from the archive</source>
        <translation>Удалено из архива</translation>
    </message>
    <message>
        <source>%1 (overridden: changed at the same time)</source>
        <translation>%1 (перекрыто: изменено в то же время)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>A coordinator&apos;s name</source>
        <translation>Имя координатора</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Назначить дело</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Удалить выбранную метку</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Кто что изменил и когда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Where this case is in your organisation&apos;s work. Other coordinators of your team see every change.</source>
        <translation>На каком этапе это дело в работе вашей организации. Другие координаторы вашей команды видят каждое изменение.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
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
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Забыли? Воспользуйтесь кодом восстановления</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Введите парольную фразу, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation>Открываем ваше хранилище...</translation>
    </message>
</context>
<context>
    <name>UnsealBox</name>
    <message>
        <source>Release token</source>
        <translation>Токен разблокировки</translation>
    </message>
    <message>
        <source>Paste the release token here</source>
        <translation>Вставьте сюда токен разблокировки</translation>
    </message>
    <message>
        <source>Open token file...</source>
        <translation>Открыть файл токена...</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Распечатать</translation>
    </message>
    <message>
        <source>Unseal status</source>
        <translation>Состояние распечатывания</translation>
    </message>
    <message>
        <source>Your organisation sends the release token after they have spoken with you. Paste it or open its file, then choose Unseal; your passphrase stays in the field above.</source>
        <translation>Ваша организация присылает токен разблокировки после разговора с вами. Вставьте его или откройте его файл и выберите «Распечатать»; парольная фраза остаётся в поле выше.</translation>
    </message>
    <message>
        <source>Open the release token</source>
        <translation>Открыть токен разблокировки</translation>
    </message>
    <message>
        <source>This file is not a release token.</source>
        <translation>Этот файл — не токен разблокировки.</translation>
    </message>
    <message>
        <source>Paste the release token first.</source>
        <translation>Сначала вставьте токен разблокировки.</translation>
    </message>
    <message>
        <source>Unsealing...</source>
        <translation>Распечатывание...</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation>Guvoh — файл</translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation>Просмотр файла</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Hidden details of this file</source>
        <translation>Скрытые сведения этого файла</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Проблема с файлом</translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation>Сохранить копию как...</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of this file to open it elsewhere</source>
        <translation>Сохранить незашифрованную копию этого файла, чтобы открыть её в другом месте</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Текст файла</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Закрыть просмотр</translation>
    </message>
    <message>
        <source>Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this file is not opened here. You can save a copy and open it with another program, but a file that came from outside may be made to harm the computer that opens it.</source>
        <translation>Guvoh показывает только изображения PNG и JPEG, записи WAV и простой текст, поэтому этот файл здесь не открывается. Можно сохранить копию и открыть её в другой программе, но файл, пришедший извне, может быть специально сделан так, чтобы навредить компьютеру, на котором его откроют.</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>Not in the list: not used.</source>
        <translation>Нет в списке: не используется.</translation>
    </message>
    <message>
        <source>Not in the list: not saved.</source>
        <translation>Нет в списке: не сохранено.</translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Стирать хранилище после неверных парольных фраз</translation>
    </message>
    <message>
        <source>It stops someone guessing your passphrase on this computer. It does not stop anyone who copies the disk first: a copy starts the count again.</source>
        <translation>Это мешает подбирать вашу парольную фразу на этом компьютере. Но не мешает тому, кто сначала скопирует диск: на копии счёт начинается заново.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>Никогда (выключено)</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>После %n неверной парольной фразы подряд</numerusform>
            <numerusform>После %n неверных парольных фраз подряд</numerusform>
            <numerusform>После %n неверных парольных фраз подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrases no longer wipe the vault.</source>
        <translation>Неверные парольные фразы больше не стирают хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Теперь хранилище стирается после %n неверной парольной фразы подряд.</numerusform>
            <numerusform>Теперь хранилище стирается после %n неверных парольных фраз подряд.</numerusform>
            <numerusform>Теперь хранилище стирается после %n неверных парольных фраз подряд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeButton</name>
    <message>
        <source>Wipe this vault...</source>
        <translation>Стереть хранилище...</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Стереть хранилище</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>wipe</source>
        <translation>стереть</translation>
    </message>
    <message>
        <source>Wipe this vault</source>
        <translation>Стереть хранилище</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer now: every case with its saved versions and drafts, every recording and file, the organisations you trust and your keys. Neither your passphrase nor your recovery code will open it again. Nobody can undo this, and the organisation cannot restore what it has not received.</source>
        <translation>Хранилище на этом компьютере будет уничтожено сейчас же: все дела с их сохранёнными версиями и черновиками, все записи и файлы, организации, которым вы доверяете, и ваши ключи. Ни парольная фраза, ни код восстановления больше его не откроют. Отменить это нельзя, а организация не сможет восстановить то, чего не получила.</translation>
    </message>
    <message>
        <source>It protects you from someone who takes this computer after the wipe. A copy of the disk made before it still holds the vault, locked as it was.</source>
        <translation>Это защищает от того, кто заберёт компьютер после стирания. Копия диска, сделанная раньше, по-прежнему содержит хранилище, запертое, как было.</translation>
    </message>
    <message>
        <source>To wipe the vault, type this word below:</source>
        <translation>Чтобы стереть хранилище, введите ниже это слово:</translation>
    </message>
    <message>
        <source>Word to type</source>
        <translation>Слово для ввода</translation>
    </message>
    <message>
        <source>Word to confirm the wipe</source>
        <translation>Слово для подтверждения стирания</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Стереть хранилище</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Оставить хранилище</translation>
    </message>
    <message>
        <source>Keep the vault and close</source>
        <translation>Оставить хранилище и закрыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Wipe this vault?</source>
        <translation>Стереть хранилище?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation>Рассказать свою историю</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Исследователи</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Мой ключ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Состояние хранилища</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Заблокировать хранилище (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>This is the decoy, not your vault. Add ordinary cases and files so that it looks used, then lock: your passphrase opens your vault again.</source>
        <translation>Это приманка, а не ваше хранилище. Добавьте обычные дела и файлы, чтобы казалось, что ею пользуются, затем заблокируйте: ваша парольная фраза снова откроет ваше хранилище.</translation>
    </message>
    <message>
        <source>Decoy</source>
        <translation>Приманка</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Разблокировано — блокируется после %n минуты бездействия</numerusform>
            <numerusform>Разблокировано — блокируется после %n минут бездействия</numerusform>
            <numerusform>Разблокировано — блокируется после %n минут бездействия</numerusform>
        </translation>
    </message>
</context>
</TS>
