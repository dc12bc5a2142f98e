<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupPanel</name>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleBlock</name>
    <message numerus="yes">
        <source>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</source>
        <translation>
            <numerusform>%n attached file from this bundle, checked against the signed bundle. It is never opened automatically.</numerusform>
            <numerusform>%n attached files from this bundle, each checked against the signed bundle. They are never opened automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n seconds ago.</source>
        <translation>
            <numerusform>Saved in your encrypted vault %n second ago.</numerusform>
            <numerusform>Saved in your encrypted vault %n seconds ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved in your encrypted vault %n minutes ago.</source>
        <translation>
            <numerusform>Saved in your encrypted vault %n minute ago.</numerusform>
            <numerusform>Saved in your encrypted vault %n minutes ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>More than %n cases found</source>
        <translation>
            <numerusform>More than %n case found</numerusform>
            <numerusform>More than %n cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%n cases; %1 without an act type recorded.</source>
        <translation>
            <numerusform>%n case; %1 without an act type recorded.</numerusform>
            <numerusform>%n cases; %1 without an act type recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without an origin country recorded.</source>
        <translation>
            <numerusform>%n case; %1 without an origin country recorded.</numerusform>
            <numerusform>%n cases; %1 without an origin country recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a host country recorded.</source>
        <translation>
            <numerusform>%n case; %1 without a host country recorded.</numerusform>
            <numerusform>%n cases; %1 without a host country recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases; %1 without a month for any event.</source>
        <translation>
            <numerusform>%n case; %1 without a month for any event.</numerusform>
            <numerusform>%n cases; %1 without a month for any event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n recording or file</numerusform>
            <numerusform>%n recordings or files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files went cleaned of hidden details (location, device, author).</source>
        <translation>
            <numerusform>%n file went cleaned of hidden details (location, device, author).</numerusform>
            <numerusform>%n files went cleaned of hidden details (location, device, author).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files had nothing to remove and went as they came.</source>
        <translation>
            <numerusform>%n file had nothing to remove and went as it came.</numerusform>
            <numerusform>%n files had nothing to remove and went as they came.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be checked and went as they came.</source>
        <translation>
            <numerusform>%n file could not be checked and went as it came.</numerusform>
            <numerusform>%n files could not be checked and went as they came.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It includes the protected details of %n people.</source>
        <translation>
            <numerusform>It includes the protected details of %n person.</numerusform>
            <numerusform>It includes the protected details of %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It leaves out the protected details of %n people.</source>
        <translation>
            <numerusform>It leaves out the protected details of %n person.</numerusform>
            <numerusform>It leaves out the protected details of %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings or files</source>
        <translation>
            <numerusform>%n recording or file</numerusform>
            <numerusform>%n recordings or files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxSection</name>
    <message numerus="yes">
        <source>Bundles found: %n. Checking...</source>
        <translation>
            <numerusform>Bundles found: %n. Checking...</numerusform>
            <numerusform>Bundles found: %n. Checking...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundles: %n</source>
        <translation>
            <numerusform>Bundles: %n</numerusform>
            <numerusform>Bundles: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message numerus="yes">
        <source>The whole archive: %n cases.</source>
        <translation>
            <numerusform>The whole archive: %n case.</numerusform>
            <numerusform>The whole archive: %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No search is set, so this is the whole archive: %n cases.</source>
        <translation>
            <numerusform>No search is set, so this is the whole archive: %n case.</numerusform>
            <numerusform>No search is set, so this is the whole archive: %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cases the current search finds: %n cases.</source>
        <translation>
            <numerusform>The cases the current search finds: %n case.</numerusform>
            <numerusform>The cases the current search finds: %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message numerus="yes">
        <source>This case came in %n bundles, oldest first.</source>
        <translation>
            <numerusform>This case came in %n bundle.</numerusform>
            <numerusform>This case came in %n bundles, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locks after %n minute without use.</numerusform>
            <numerusform>Locks after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>This removes from this computer the %n case(s) listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</source>
        <translation>
            <numerusform>This removes from this computer the case listed, with every saved version, its %1 and all its notes. The organisation keeps its copy. This cannot be undone.</numerusform>
            <numerusform>This removes from this computer the %n cases listed, with every saved version, their %1 and all their notes. The organisation keeps its copy. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n case(s) from this computer.</source>
        <translation>
            <numerusform>Removed %n case from this computer.</numerusform>
            <numerusform>Removed %n cases from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message numerus="yes">
        <source>The organisation confirmed it received %n case(s): %1.</source>
        <translation>
            <numerusform>The organisation confirmed it received %n case: %1.</numerusform>
            <numerusform>The organisation confirmed it received %n cases: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</source>
        <translation>
            <numerusform>%n case was changed after you exported it: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</numerusform>
            <numerusform>%n cases were changed after you exported them: %1. The organisation has the exported version; your later changes stay here, not delivered: export them again, or delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Report of %n cases</source>
        <translation>
            <numerusform>Report of %n case</numerusform>
            <numerusform>Report of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</source>
        <translation>
            <numerusform>%n of the chosen cases may not be published. The report marks it; use it only for what the people consented to:</numerusform>
            <numerusform>%n of the chosen cases may not be published. The report marks them; use them only for what the people consented to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message numerus="yes">
        <source>Guvoh now locks after %n minutes of no activity.</source>
        <translation>
            <numerusform>Guvoh now locks after %n minute of no activity.</numerusform>
            <numerusform>Guvoh now locks after %n minutes of no activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message numerus="yes">
        <source>%n team files cannot be read by this desk yet.</source>
        <translation>
            <numerusform>%n team file cannot be read by this desk yet.</numerusform>
            <numerusform>%n team files cannot be read by this desk yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeAfterRow</name>
    <message numerus="yes">
        <source>After %n wrong passphrases in a row</source>
        <translation>
            <numerusform>After %n wrong passphrase in a row</numerusform>
            <numerusform>After %n wrong passphrases in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault is now wiped after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>The vault is now wiped after %n wrong passphrase in a row.</numerusform>
            <numerusform>The vault is now wiped after %n wrong passphrases in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Unlocked - locks after %n minutes of no activity</source>
        <translation>
            <numerusform>Unlocked - locks after %n minute of no activity</numerusform>
            <numerusform>Unlocked - locks after %n minutes of no activity</numerusform>
        </translation>
    </message>
</context>
</TS>
