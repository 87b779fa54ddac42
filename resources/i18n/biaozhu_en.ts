<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="297"/>
        <location filename="../../desktop/gui/controller.py" line="549"/>
        <source>%n other occurrence(s) offered</source>
        <translation>
            <numerusform>%n other occurrence offered</numerusform>
            <numerusform>%n other occurrences offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="299"/>
        <source>not offered in %n document(s) you marked done</source>
        <translation>
            <numerusform>not offered in %n document you marked done</numerusform>
            <numerusform>not offered in %n documents you marked done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="646"/>
        <source>%n occurrence(s) accepted</source>
        <translation>
            <numerusform>%n occurrence accepted</numerusform>
            <numerusform>%n occurrences accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="648"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="652"/>
        <source>%n document(s) you marked done left as they are (Ctrl+D there reopens one)</source>
        <translation>
            <numerusform>%n document you marked done left as it is (Ctrl+D there reopens it)</numerusform>
            <numerusform>%n documents you marked done left as they are (Ctrl+D there reopens one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="677"/>
        <source>%n suggestion(s) still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</source>
        <translation>
            <numerusform>%n suggestion still pending: Ctrl+D again marks the document done and counts it as rejected; any other key cancels.</numerusform>
            <numerusform>%n suggestions still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="363"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="381"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="792"/>
        <source>%1 (%n span(s))</source>
        <translation>
            <numerusform>%1 (%n span)</numerusform>
            <numerusform>%1 (%n spans)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="83"/>
        <source>%n new document(s) added.</source>
        <translation>
            <numerusform>%n new document added.</numerusform>
            <numerusform>%n new documents added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="87"/>
        <source>%n document(s) already in the project (the same text) were not imported again.</source>
        <translation>
            <numerusform>%n document already in the project (the same text) was not imported again.</numerusform>
            <numerusform>%n documents already in the project (the same text) were not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="97"/>
        <source>Your annotations were added to %n document(s) already in the project</source>
        <translation>
            <numerusform>Your annotations were added to %n document already in the project</numerusform>
            <numerusform>Your annotations were added to %n documents already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="101"/>
        <source> (%n span(s)).</source>
        <translation>
            <numerusform> (%n span).</numerusform>
            <numerusform> (%n spans).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="106"/>
        <source>%n document(s) were left as they are: you have annotations in them already.</source>
        <translation>
            <numerusform>%n document was left as it is: you have annotations in it already.</numerusform>
            <numerusform>%n documents were left as they are: you have annotations in them already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="115"/>
        <source>%n file(s) could not be imported (listed below).</source>
        <translation>
            <numerusform>%n file could not be imported (listed below).</numerusform>
            <numerusform>%n files could not be imported (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="120"/>
        <source>%n file(s) were left unread (listed below).</source>
        <translation>
            <numerusform>%n file was left unread (listed below).</numerusform>
            <numerusform>%n files were left unread (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="425"/>
        <source>%n merge conflict(s) on this document: choose one as a layer to compare it with the annotator&apos;s current work.</source>
        <translation>
            <numerusform>%n merge conflict on this document: choose it as a layer to compare it with the annotator&apos;s current work.</numerusform>
            <numerusform>%n merge conflicts on this document: choose one as a layer to compare it with the annotator&apos;s current work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="443"/>
        <source>%1 (%2, %n span(s))</source>
        <translation>
            <numerusform>%1 (%2, %n span)</numerusform>
            <numerusform>%1 (%2, %n spans)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="612"/>
        <source>%n agreement(s) to take (Shift+Y)</source>
        <translation>
            <numerusform>%n agreement to take (Shift+Y)</numerusform>
            <numerusform>%n agreements to take (Shift+Y)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="614"/>
        <source>%n agreement(s) taken</source>
        <translation>
            <numerusform>%n agreement taken</numerusform>
            <numerusform>%n agreements taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="616"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="618"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="205"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="206"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="211"/>
        <source>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestion(s) held below the threshold.</source>
        <translation>
            <numerusform>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestion held below the threshold.</numerusform>
            <numerusform>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestions held below the threshold.</numerusform>
        </translation>
    </message>
</context>
</TS>
