<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="84"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="85"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="86"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="87"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="88"/>
        <source>&amp;Merge projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="89"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="90"/>
        <source>Retry &amp;saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="92"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="93"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="94"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="95"/>
        <source>Next span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="96"/>
        <source>Previous span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="97"/>
        <source>Next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="98"/>
        <source>Previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="99"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="100"/>
        <source>Back to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="101"/>
        <source>Next search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="102"/>
        <source>Previous search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="103"/>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="104"/>
        <source>Re&amp;ject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="105"/>
        <source>Accept &amp;all suggestions in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="106"/>
        <source>Accept all &amp;occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="107"/>
        <source>&amp;Delete gold span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="108"/>
        <source>Mark document &amp;done / reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="109"/>
        <source>Start one character left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="110"/>
        <source>Start one character right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="111"/>
        <source>End one character left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="112"/>
        <source>End one character right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="113"/>
        <source>Start one word left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="114"/>
        <source>Start one word right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="115"/>
        <source>End one word left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="116"/>
        <source>End one word right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="117"/>
        <source>&amp;Suggest all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="118"/>
        <source>Suggest &amp;this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="119"/>
        <source>T&amp;rain suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="120"/>
        <source>Order to-do by &amp;uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="121"/>
        <source>&amp;Compare &amp;&amp; adjudicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="122"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="123"/>
        <source>Document &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="124"/>
        <source>History of the focused &amp;span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="125"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="126"/>
        <source>Annotation &amp;guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="127"/>
        <source>&amp;About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="160"/>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="106"/>
        <source>Agreement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="108"/>
        <source>Whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="125"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="127"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="134"/>
        <source>Exact F1: same start, end and label. Overlap F1: a same-label span of the other annotator overlaps. Kappa: Cohen&apos;s kappa over characters (“O” outside spans). Over the documents both annotators annotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="157"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="158"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="159"/>
        <source>Spans a / b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="160"/>
        <source>Exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="161"/>
        <source>Overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="162"/>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="163"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="171"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="190"/>
        <source>No two annotators share a document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="193"/>
        <source>%1 pair(s) of annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="198"/>
        <source>exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="198"/>
        <source>overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="198"/>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="206"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="252"/>
        <location filename="../../desktop/gui/controller.py" line="480"/>
        <source>%n other occurrence(s) offered</source>
        <translation>
            <numerusform>%n other occurrence offered</numerusform>
            <numerusform>%n other occurrences offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="563"/>
        <source>%n occurrence(s) accepted</source>
        <translation>
            <numerusform>%n occurrence accepted</numerusform>
            <numerusform>%n occurrences accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="565"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/gui/context.py" line="93"/>
        <source>The history of this project is not what it was when this window last closed it: event %1 (hash %2…) is no longer in it. Events were removed or rewritten since; run “biaozhu verify” and compare with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="55"/>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="56"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="66"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="71"/>
        <source>A copy of the project is kept each time it is opened (the last five). Restoring one first saves the current state as a backup too, and the history records the restore: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="82"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="83"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="84"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="85"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="86"/>
        <source>Made when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="111"/>
        <source>This project has no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="117"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/gui/commands.py" line="180"/>
        <source>Correct “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="182"/>
        <source>Accept “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="184"/>
        <source>Accept “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="270"/>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="300"/>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="360"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="390"/>
        <source>Relabel “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="445"/>
        <source>Resize “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="480"/>
        <source>Edit attributes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="535"/>
        <source>Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="596"/>
        <location filename="../../desktop/gui/commands.py" line="672"/>
        <source>Undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="623"/>
        <source>Accept every “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="500"/>
        <source>Mark document done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="502"/>
        <source>Reopen document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/gui/controller.py" line="318"/>
        <source>No pending suggestions left here: Ctrl+D marks the document done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="388"/>
        <source>The project cannot be written now (%1): nothing is changed until it can (File → Retry saving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="403"/>
        <source>No span is focused (J/K or ↓/↑ to move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="414"/>
        <source>The span overlaps “%1” (%2), which is already gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="437"/>
        <source>This span is gold: Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="467"/>
        <source>Select some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="487"/>
        <source>A suggestion is rejected with X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="498"/>
        <source>The boundary cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="533"/>
        <source>Nothing is pending in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="546"/>
        <source>Only %1 names are accepted everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="557"/>
        <source>No pending occurrence of “%1” is left to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="580"/>
        <source>Document marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="582"/>
        <source>Document reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="59"/>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="82"/>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="84"/>
        <source>Import files with Ctrl+I, or open a project with Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="97"/>
        <source>document %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="101"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="103"/>
        <source>%1 gold · %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="274"/>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="342"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="332"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="334"/>
        <source>the first %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="344"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="347"/>
        <source>%1 of %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="355"/>
        <source>Search all texts  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="358"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="359"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="360"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="361"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="50"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="51"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="52"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="220"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="221"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="222"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="223"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="227"/>
        <source>The document&apos;s first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="228"/>
        <source>Your status for this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="229"/>
        <source>Your gold spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="230"/>
        <source>Suggestions you have not decided on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="60"/>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="78"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="82"/>
        <source>one token per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>jieba words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="84"/>
        <source>spaCy tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="92"/>
        <source>The gold (adjudicated, else marked done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="95"/>
        <source>The layer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>Suggestions still pending for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="115"/>
        <source>Split by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="123"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="127"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="136"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="191"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="197"/>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="263"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="268"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="280"/>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="287"/>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="296"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelinesDock</name>
    <message>
        <location filename="../../desktop/gui/dialogs/guidelines.py" line="38"/>
        <source>en</source>
        <comment>the guideline&apos;s language: en or zh_CN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/guidelines.py" line="41"/>
        <source>Annotation guidelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="163"/>
        <source>History of span %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="165"/>
        <source>History of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="170"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="171"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="172"/>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="173"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="174"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="175"/>
        <source>Source suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="176"/>
        <source>Merged from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="178"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="197"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="198"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="205"/>
        <source>Show as of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="207"/>
        <source>Draw the document as it stood right after the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="211"/>
        <source>Annotator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="213"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="222"/>
        <source>Select an event and press “Show as of…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="275"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="286"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="346"/>
        <source>%1 (%2 spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="351"/>
        <source>As of event #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <location filename="../../desktop/gui/host.py" line="326"/>
        <source>not saved: an earlier change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="24"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="29"/>
        <source>%1 new document(s), %2 already in the project, %3 gold span(s) brought in, %4 file(s) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="45"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="45"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="86"/>
        <source>Import cancelled; the files read so far stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="82"/>
        <source>Importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="88"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="119"/>
        <source>Suggestions are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="120"/>
        <source>Suggesting cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="116"/>
        <source>Computing suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="121"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="187"/>
        <source>Merge finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="189"/>
        <source>Merge finished: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="194"/>
        <source>Merge cancelled; files merged before it stay merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="199"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="205"/>
        <source>Merging projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="229"/>
        <source>Suggester %1 trained; it is now the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="242"/>
        <source>Training the suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="246"/>
        <source>Training cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="248"/>
        <source>Train suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="271"/>
        <source>Ordering the to-do documents by uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="276"/>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="297"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="238"/>
        <source>Loading word list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="247"/>
        <source>Word boundaries ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="262"/>
        <location filename="../../desktop/gui/mainwindow.py" line="962"/>
        <source>Annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="281"/>
        <source>History changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="409"/>
        <source>The hotkey %1 of label %2 is already used; choose it from the Annotate menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="439"/>
        <source>Not saving: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="441"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="443"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="449"/>
        <source>Waiting %1 s for another program to finish writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="464"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="465"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="469"/>
        <source>The window shows the project as the file holds it and changes nothing until the file can be written again: Retry when the cause is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="477"/>
        <source>The window shows the project as the file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="488"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="517"/>
        <source>The project can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="520"/>
        <source>Still not writable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="645"/>
        <source>Nothing is searched: / to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="666"/>
        <source>No more hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="678"/>
        <location filename="../../desktop/gui/mainwindow.py" line="690"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="695"/>
        <location filename="../../desktop/gui/mainwindow.py" line="705"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="717"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="722"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="730"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="732"/>
        <source>Texts and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="751"/>
        <source>Merge projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="788"/>
        <location filename="../../desktop/gui/mainwindow.py" line="791"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="782"/>
        <source>Backup %1 restored; the state before it is saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="838"/>
        <source>Documents in project order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="854"/>
        <source>To-do documents ordered by uncertainty, least sure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="925"/>
        <source>Focus a gold span first: suggestions have no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="948"/>
        <source>About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="949"/>
        <source>&lt;h3&gt;标注 Biaozhu %1&lt;/h3&gt;&lt;p&gt;Curation of span annotations in Chinese economic news. Every decision is saved at once; the history is append-only and verifiable.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="133"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="134"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="135"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="136"/>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="137"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="138"/>
        <source>&amp;Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="139"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="140"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="141"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="142"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="148"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="149"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="150"/>
        <source>Deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="151"/>
        <source>Labels (accept as, relabel, or label a selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="152"/>
        <source>Boundaries of the focused span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="153"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="154"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="155"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="29"/>
        <source>%1: nothing new (%2 events already here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="41"/>
        <source>%1 new document(s), %2 matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="46"/>
        <source>%1 event(s) appended, %2 already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="51"/>
        <source>%1 span(s) added, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="56"/>
        <source>%1 suggestion(s) and %2 decision(s) brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="64"/>
        <source>layers taken from the other file: %1; kept here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="72"/>
        <source>%1 document status(es) moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="78"/>
        <source>labels added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="83"/>
        <source>annotators added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="89"/>
        <source>%1 conflict(s) left for a reviewer (Review → Compare &amp; adjudicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="104"/>
        <source>Merge finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="23"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="33"/>
        <source>The language changes at once, without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="42"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="43"/>
        <source>Article font size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="139"/>
        <source>Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="141"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="142"/>
        <source>different label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="143"/>
        <source>different boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="144"/>
        <source>only left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="145"/>
        <source>only right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="168"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="170"/>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="172"/>
        <source>Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="179"/>
        <source>Keep current layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="180"/>
        <source>Take incoming spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="205"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="205"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="205"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="205"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="205"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="211"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="212"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="213"/>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="214"/>
        <source>neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="215"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="229"/>
        <source>Show agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="277"/>
        <source>Take left (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="278"/>
        <source>Take right (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="279"/>
        <source>Both (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="280"/>
        <source>Neither (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="282"/>
        <source>Accept all agreements (Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="285"/>
        <source>Previous (K/↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="288"/>
        <source>Next (J/↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="291"/>
        <source>Mark document done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="329"/>
        <source>%n merge conflict(s) on this document: choose one as a layer to compare it with the annotator&apos;s current work.</source>
        <translation>
            <numerusform>%n merge conflict on this document: choose it as a layer to compare it with the annotator&apos;s current work.</numerusform>
            <numerusform>%n merge conflicts on this document: choose one as a layer to compare it with the annotator&apos;s current work.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="341"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="343"/>
        <source>Gold / adjudicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="388"/>
        <source>%1 is not a reviewer: the differences can be compared but not adjudicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="489"/>
        <source>%1 of %2 differences settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="520"/>
        <source>%1: %2 span(s) added, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="539"/>
        <source>Agreements accepted (%1): %2 span(s) added, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="549"/>
        <source>Every difference is settled: the document is done for %1, and the adjudicated layer is its gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="585"/>
        <source>Merge conflict resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="50"/>
        <source>select text, then 1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="51"/>
        <source>New span from a mouse or Shift+arrow selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="64"/>
        <source>The keys work wherever the focus is in the window, except that letters and digits type text in the search box and the attribute editor (Esc returns to the article).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="84"/>
        <source>Accepting or rejecting moves to the next pending suggestion, so a document of right suggestions is A A A … then Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="99"/>
        <source>No span focused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="101"/>
        <source>Edit, then Enter or Tab: saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="103"/>
        <source>Suggested attributes; accept the span (A) to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="105"/>
        <source>%1 spans have no attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="129"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="131"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="132"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="133"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="134"/>
        <source>Approx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="135"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="139"/>
        <source>e.g. 工业营收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="140"/>
        <source>in base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="141"/>
        <source>e.g. 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="212"/>
        <source>%1 gold · %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="243"/>
        <source>Show rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="19"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="20"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="21"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="126"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="127"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="128"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="129"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="130"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="147"/>
        <location filename="../../desktop/gui/tasks.py" line="320"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="219"/>
        <location filename="../../desktop/gui/tasks.py" line="286"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="250"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="252"/>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="259"/>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="262"/>
        <source>score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="121"/>
        <source>Suggester trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="128"/>
        <source>Trained %1 on %2 gold document(s): %3 characters, %4 spans (%5) in %6 s. It is now the project&apos;s active learned suggester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="141"/>
        <source>Not evaluated: cross-validation needs at least 2 gold documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="157"/>
        <source>Evaluation (exact span match):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
