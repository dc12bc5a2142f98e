<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk">
<context>
    <name></name>
    <message>
        <source>%n bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can open this file. Deliver it on a USB stick, or send it through a messenger you trust; avoid plain e-mail if you can. Once the organisation confirms it arrived, delete this file and any copy of it (on the stick too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n recordings or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Only %2 can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Choose who will receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound system of this computer cannot play this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message>
        <source>Sent by %1, signed with their key (checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, imported %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: created on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from this vault, signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: received on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No attached files came with this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: B-%1.age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case revision carried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 (%2): %3 bytes, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>Organisation card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation cards (*.card *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these digits with the organisation by phone or in person: ask their coordinator to read their safety code aloud, group by group. Do not use a message or e-mail for this: someone who could change the card could change the message too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety code on this card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now trusted. Files you send to it can be opened only by %1&apos;s coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was trusted. Do not use this card: someone may have changed it. Ask the organisation to give you its card again, in person if you can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in your encrypted vault (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title, with no names of people at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About exported cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft - still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person gave informed &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity wished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may contact them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or limits the person set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer&apos;s pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudonym, never a real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country where the person lives now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few lines that say what the case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The testimony in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w protected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show protected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected details are shown as dots until you press Show, and can be left out when the case is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s identifier in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person lives now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which victim the relation is to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation is to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every save is kept as a version. An exported version is sealed and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your encrypted vault on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was exported. You can still change it: saving keeps your changes as a new draft version, and the exported copy stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your encrypted vault just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in your encrypted vault a minute ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Draft kept in your encrypted vault; save to keep them as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2 (read-only; protected details hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, places, words...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Press &quot;New case&quot; to record the first testimony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Export for an organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted file of the selected cases (or all ready cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove delivered cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove delivered cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guvoh ran into a problem it did not expect. What was saved in your vault is safe; the last change may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details below name only the place in Guvoh&apos;s code, never what you wrote. You may copy them to the people who maintain Guvoh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Guvoh keeps testimonies encrypted on this computer. First, tell us how you will use it, and choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I interview people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to tell my own story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I receive bundles for an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name others will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudonym is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Guvoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault will also be tied to this computer&apos;s keyring, so copied files alone cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your passphrase alone protects the vault. Choose it well, and keep copies of the vault folder safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault. This takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out protected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Who will receive it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust no organisation yet. Add one in Organisations first, using the card file it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Which cases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected details are the real names, contacts and other details marked as protected in each person. Left out, they stay only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Where to save the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 were saved, encrypted and signed by you, in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View or play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View or play the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File being added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drag files here from your computer. They are stored encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guvoh can show pictures and text and play recordings. This kind of file cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to open inside Guvoh (over 256 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can use this computer, or the disk or USB stick you save it to, will be able to open it. Delete the copy as soon as you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guvoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted copy was saved as %1. Delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will be deleted from the vault for good; copies already exported are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Your public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (OpenSSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the public key to the coordinator (it is not secret). They check it with the safety code above before accepting files from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you send is signed by you, so the organisation can tell it really comes from you and nobody changed it on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these digits to the coordinator by phone or in person, so they can compare them with the code they see for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsSection</name>
    <message>
        <source>Trusted organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust no organisation yet. Ask the organisation for its card file, then add it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations you send testimonies to. Only an organisation&apos;s own coordinators can open what you send to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card file the organisation gave you (on a USB stick or through a messenger). You will then compare its safety code with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety code of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnOrganisationPanel</name>
    <message>
        <source>Name of your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your organisation once. Guvoh saves its card: a small file you give to your researchers so that only your coordinators can open what they send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a researcher adds your card, read them this safety code by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: safety code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists for the card file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was saved as %1. Give it to your researchers (it is not secret), then read them the safety code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or five unrelated words, in any language, make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Where this case came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy verification summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the bundle, signer, times and file hashes as text. It names no person and quotes no testimony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles this case came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was made in this vault. It did not come in a bundle, so there is no signer to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The verification summary is copied. It names no person and quotes no testimony.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove delivered cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has confirmed it received these cases. Removing your local copies means they cannot be found on this computer if it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No case is marked delivered yet. Import the organisation&apos;s receipt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Create receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to send them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm what arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt tells the researcher which cases and files arrived safely, so they can remove their own copies. Guvoh makes one receipt file for each bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the receipts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A receipt was already created for this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported bundle to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists for the receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved in the folder above, one R-....age file per bundle. Send each back to the researcher who sent that bundle, on a USB stick or through a messenger. They import it in Guvoh (Import a receipt); only that researcher can open it, and it says nothing about the testimony itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Import a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (R-*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the organisation has received your file, it sends back a receipt (a file named R-...age). Importing it marks those cases as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receipt file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1. They are now marked delivered; you may remove your local copies with Remove delivered cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt is genuine, but no case changed: its cases were already marked delivered, or were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or continue the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recording and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a microphone or headset to record an interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not be started. Check that no other program is using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording. Each moment is saved, encrypted, as it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Nothing is recorded until you press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working. What was recorded until then is saved in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your encrypted vault (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, then choose a new passphrase. The forgotten passphrase will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from this computer: with it, your vault can be opened on another computer if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last group to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table, one row per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include protected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report will contain real names, contacts and other details marked as protected. Anyone who gets the file can read them. Include them only if the people who will read it may see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about protected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking consent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the chosen cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases without publication consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.pdf *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn: do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent recorded: do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen case has consent for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as %1. It is not encrypted: anyone who gets this file can read it. Keep it on an encrypted drive and share it only with people who may see these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains protected details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCodeLabel</name>
    <message>
        <source>Safety code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes of no activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the vault folder is encrypted. Copying the folder is a safe way to keep a backup: it opens only with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story belongs to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will answer a few short questions. Everything stays encrypted on this computer until you create the file for the organisation you choose, and only that organisation can open it. You can stop at any time: what you wrote is kept in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to give my account to the organisation I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation may use it for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it in your own words, in any language, as long or as short as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words to name your story (do not put names of people here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As exactly as you remember. If it went on for a long time, give when it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How exactly do you know the date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country, and the town if you wish. Never a street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who did it (police, a consulate, someone you know...), and anyone else who was there or was affected. Write only what you are comfortable sharing; you may leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May the organisation contact you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example to ask a question about your story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they may contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, please do not contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can they reach you safely? (a messenger name, a phone number, or a person they can ask). This is kept protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you wish to be named?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tells the organisation how it may name you if it uses your story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By my real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By another name I choose (never my real name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all: I stay anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to use instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to use instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should receive your story?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation you choose can open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added an organisation yet. Load the card file it gave you below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another organisation? Choose the card file it gave you; you will compare its safety code with them by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the file be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story is in this file, encrypted and signed by you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell another story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your real name is optional. If you give it, it is kept protected: only the organisation&apos;s staff see it, and it is never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation may use this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story will carry no name. The organisation can still contact you only if you said it may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day does not exist; check the day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story will be put into one file that only %1 can open. It is signed by you, so they can tell nobody changed it on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists for the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer, so the recording cannot be played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording could not be played; it may be damaged or in a format this computer cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Guvoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Guvoh - File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be read; it may be in a format Guvoh does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording could not be read; it is not a WAV sound file Guvoh can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guvoh cannot show this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Tell your story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
