<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="278"/>
        <source>%n pair(s) of annotators.</source>
        <translation>
            <numerusform>%n pair of annotators.</numerusform>
            <numerusform>%n pairs of annotators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="363"/>
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v of %m document</numerusform>
            <numerusform>%v of %m documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="459"/>
        <source>Krippendorff&apos;s alpha (nominal) over all annotators: %n annotator(s), %1 in %2</source>
        <translation>
            <numerusform>Krippendorff&apos;s alpha (nominal) over all annotators: %n annotator, %1 in %2</numerusform>
            <numerusform>Krippendorff&apos;s alpha (nominal) over all annotators: %n annotators, %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="463"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="464"/>
        <source>%n finished document(s)</source>
        <translation>
            <numerusform>%n finished document</numerusform>
            <numerusform>%n finished documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="475"/>
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n document</numerusform>
            <numerusform>%1: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="149"/>
        <source>Accepting %n suggestion(s)…</source>
        <translation>
            <numerusform>Accepting %n suggestion…</numerusform>
            <numerusform>Accepting %n suggestions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="150"/>
        <source>Accepting %n suggestion(s)</source>
        <translation>
            <numerusform>Accepting %n suggestion</numerusform>
            <numerusform>Accepting %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="171"/>
        <source>Accepting suggestions: %1 of %n written…</source>
        <translation>
            <numerusform>Accepting suggestions: %1 of %n written…</numerusform>
            <numerusform>Accepting suggestions: %1 of %n written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="174"/>
        <source>Accepting %1 everywhere: %2 of %n document(s) done…</source>
        <translation>
            <numerusform>Accepting %1 everywhere: %2 of %n document done…</numerusform>
            <numerusform>Accepting %1 everywhere: %2 of %n documents done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="493"/>
        <location filename="../../desktop/gui/controller.py" line="758"/>
        <source>%n other occurrence(s) offered</source>
        <translation>
            <numerusform>%n other occurrence offered</numerusform>
            <numerusform>%n other occurrences offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="495"/>
        <source>not offered in %n document(s) you marked done</source>
        <translation>
            <numerusform>not offered in %n document you marked done</numerusform>
            <numerusform>not offered in %n documents you marked done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="835"/>
        <source>Too late to cancel: all %n suggestion(s) were accepted (Ctrl+Z takes them back)</source>
        <translation>
            <numerusform>Too late to cancel: the %n suggestion was accepted (Ctrl+Z takes it back)</numerusform>
            <numerusform>Too late to cancel: all %n suggestions were accepted (Ctrl+Z takes them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="841"/>
        <source>Cancelled: %1 of %n suggestion(s) accepted</source>
        <translation>
            <numerusform>Cancelled: %1 of %n suggestion accepted</numerusform>
            <numerusform>Cancelled: %1 of %n suggestions accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="850"/>
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>%n suggestion accepted.</numerusform>
            <numerusform>%n suggestions accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="853"/>
        <source>%1 of %n suggestion(s) accepted: the others had changed in the file meanwhile.</source>
        <translation>
            <numerusform>%1 of %n suggestion accepted: the others had changed in the file meanwhile.</numerusform>
            <numerusform>%1 of %n suggestions accepted: the others had changed in the file meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="895"/>
        <source>%n occurrence(s) accepted</source>
        <translation>
            <numerusform>%n occurrence accepted</numerusform>
            <numerusform>%n occurrences accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="897"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="901"/>
        <source>%n document(s) you marked done left as they are (Ctrl+D there reopens one)</source>
        <translation>
            <numerusform>%n document you marked done left as it is (Ctrl+D there reopens it)</numerusform>
            <numerusform>%n documents you marked done left as they are (Ctrl+D there reopens one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="944"/>
        <source>%n suggestion(s) still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</source>
        <translation>
            <numerusform>%n suggestion still pending: Ctrl+D again marks the document done and counts it as rejected; any other key cancels.</numerusform>
            <numerusform>%n suggestions still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_options.py" line="86"/>
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n file chosen.</numerusform>
            <numerusform>%n files chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_options.py" line="89"/>
        <source>%n file(s) to read in %2.</source>
        <translation>
            <numerusform>%n file to read in %2.</numerusform>
            <numerusform>%n files to read in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="548"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="566"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="568"/>
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 of %n document</numerusform>
            <numerusform>%1 of %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="64"/>
        <source>%n tested document(s) are examples the bundled scorer learned from: the bundled model is compared on the other %2.</source>
        <translation>
            <numerusform>%n tested document is an example the bundled scorer learned from: the bundled model is compared on the other %2.</numerusform>
            <numerusform>%n tested documents are examples the bundled scorer learned from: the bundled model is compared on the other %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>%n jieba word(s) split where a span begins or ends inside them</source>
        <translation>
            <numerusform>%n jieba word split where a span begins or ends inside it</numerusform>
            <numerusform>%n jieba words split where a span begins or ends inside them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="90"/>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="119"/>
        <source>%n span(s) cross jieba word boundaries (the words split there)</source>
        <translation>
            <numerusform>%n span crosses jieba word boundaries (the words split there)</numerusform>
            <numerusform>%n spans cross jieba word boundaries (the words split there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="93"/>
        <source>%n overlapping span(s) only in doc.spans, not in doc.ents</source>
        <translation>
            <numerusform>%n overlapping span only in doc.spans, not in doc.ents</numerusform>
            <numerusform>%n overlapping spans only in doc.spans, not in doc.ents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>%n .spacy file(s) inflate past what Biaozhu&apos;s import reads (128 MB, some %2 characters of text, or 100 times the file&apos;s size): spaCy loads them; to bring the spans back into a project, export jsonl</source>
        <translation>
            <numerusform>%n .spacy file inflates past what Biaozhu&apos;s import reads (128 MB, some %2 characters of text, or 100 times the file&apos;s size): spaCy loads it; to bring the spans back into a project, export jsonl</numerusform>
            <numerusform>%n .spacy files inflate past what Biaozhu&apos;s import reads (128 MB, some %2 characters of text, or 100 times the file&apos;s size): spaCy loads them; to bring the spans back into a project, export jsonl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="103"/>
        <source>%n overlapping span(s) left out of the tags (IOB2 cannot hold them; the manifest lists them as conll.left_out, import puts them back)</source>
        <translation>
            <numerusform>%n overlapping span left out of the tags (IOB2 cannot hold it; the manifest lists it as conll.left_out, import puts it back)</numerusform>
            <numerusform>%n overlapping spans left out of the tags (IOB2 cannot hold them; the manifest lists them as conll.left_out, import puts them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>%n white-space character(s) are not token lines (the manifest keeps where they were)</source>
        <translation>
            <numerusform>%n white-space character is not a token line (the manifest keeps where it was)</numerusform>
            <numerusform>%n white-space characters are not token lines (the manifest keeps where they were)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="114"/>
        <source>%n overlapping span(s) kept in &apos;spans&apos; but not in &apos;ner_tags&apos; (IOB2 cannot hold them)</source>
        <translation>
            <numerusform>%n overlapping span kept in &apos;spans&apos; but not in &apos;ner_tags&apos; (IOB2 cannot hold it)</numerusform>
            <numerusform>%n overlapping spans kept in &apos;spans&apos; but not in &apos;ner_tags&apos; (IOB2 cannot hold them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="122"/>
        <source>%n span(s) across line breaks written as fragments</source>
        <translation>
            <numerusform>%n span across line breaks written as fragments</numerusform>
            <numerusform>%n spans across line breaks written as fragments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="125"/>
        <source>%n suggestion score(s) outside 0..1 clipped for Label Studio</source>
        <translation>
            <numerusform>%n suggestion score outside 0..1 clipped for Label Studio</numerusform>
            <numerusform>%n suggestion scores outside 0..1 clipped for Label Studio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="128"/>
        <source>%n METRIC value(s) are not numbers: left empty in the value column (jsonl keeps them as written)</source>
        <translation>
            <numerusform>%n METRIC value is not a number: left empty in the value column (jsonl keeps it as written)</numerusform>
            <numerusform>%n METRIC values are not numbers: left empty in the value column (jsonl keeps them as written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="134"/>
        <source>%n key(s) whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s meta.json_text names them; import reads them back)</source>
        <translation>
            <numerusform>%n key whose values mix types (a number here, a text there) written as JSON text in every record, so that it has one type (each record&apos;s meta.json_text names it; import reads it back)</numerusform>
            <numerusform>%n keys whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s meta.json_text names them; import reads them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="141"/>
        <source>%n span attribute(s) whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s json_text names them; import reads them back)</source>
        <translation>
            <numerusform>%n span attribute whose values mix types (a number here, a text there) written as JSON text in every record, so that it has one type (each record&apos;s json_text names it; import reads it back)</numerusform>
            <numerusform>%n span attributes whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s json_text names them; import reads them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="148"/>
        <source>%n document(s) not marked done by their annotator: their spans may be unfinished (the manifest lists them as not_done; the export keeps their status, and import gives it back)</source>
        <translation>
            <numerusform>%n document not marked done by its annotator: its spans may be unfinished (the manifest lists it as not_done; the export keeps its status, and import gives it back)</numerusform>
            <numerusform>%n documents not marked done by their annotator: their spans may be unfinished (the manifest lists them as not_done; the export keeps their status, and import gives it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="155"/>
        <source>%n gold document(s) marked done by annotators who disagree, not adjudicated: the layer of the first to mark it done is exported (the manifest lists them as disagreements; Review → Compare settles them)</source>
        <translation>
            <numerusform>%n gold document marked done by annotators who disagree, not adjudicated: the layer of the first to mark it done is exported (the manifest lists it as a disagreement; Review → Compare settles it)</numerusform>
            <numerusform>%n gold documents marked done by annotators who disagree, not adjudicated: the layer of the first to mark it done is exported (the manifest lists them as disagreements; Review → Compare settles them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="164"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="167"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/history_bar.py" line="124"/>
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>(%n more problem.)</numerusform>
            <numerusform>(%n more problems.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="26"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="29"/>
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="32"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="35"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="38"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="867"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="869"/>
        <source>%n event(s) read so far; more as you scroll</source>
        <translation>
            <numerusform>%n event read so far; more as you scroll</numerusform>
            <numerusform>%n events read so far; more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="872"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="971"/>
        <source>%1 (%n span(s))</source>
        <translation>
            <numerusform>%1 (%n span)</numerusform>
            <numerusform>%1 (%n spans)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="1081"/>
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>%n new document(s) added, with %1.</source>
        <translation>
            <numerusform>%n new document added, with %1.</numerusform>
            <numerusform>%n new documents added, with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="80"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="84"/>
        <source>%n new document(s) added.</source>
        <translation>
            <numerusform>%n new document added.</numerusform>
            <numerusform>%n new documents added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="88"/>
        <source>%n document(s) already in the project (the same text) were not imported again.</source>
        <translation>
            <numerusform>%n document already in the project (the same text) was not imported again.</numerusform>
            <numerusform>%n documents already in the project (the same text) were not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="97"/>
        <source>%n new document(s) got another id: the id in the file names another article of the project.</source>
        <translation>
            <numerusform>%n new document got another id: the id in the file names another article of the project.</numerusform>
            <numerusform>%n new documents got another id: the id in the file names another article of the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="107"/>
        <source>Your annotations were added to %n document(s) already in the project</source>
        <translation>
            <numerusform>Your annotations were added to %n document already in the project</numerusform>
            <numerusform>Your annotations were added to %n documents already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="111"/>
        <source> (%n span(s)).</source>
        <translation>
            <numerusform> (%n span).</numerusform>
            <numerusform> (%n spans).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="116"/>
        <source>%n document(s) were left as they are: you have annotations in them already.</source>
        <translation>
            <numerusform>%n document was left as it is: you have annotations in it already.</numerusform>
            <numerusform>%n documents were left as they are: you have annotations in them already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="125"/>
        <source>%n file(s) could not be imported (listed below).</source>
        <translation>
            <numerusform>%n file could not be imported (listed below).</numerusform>
            <numerusform>%n files could not be imported (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="130"/>
        <source>%n file(s) were left unread (listed below).</source>
        <translation>
            <numerusform>%n file was left unread (listed below).</numerusform>
            <numerusform>%n files were left unread (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="134"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="136"/>
        <source>a layer added to %n document(s)</source>
        <translation>
            <numerusform>a layer added to %n document</numerusform>
            <numerusform>a layer added to %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/mainwindow.py" line="826"/>
        <source>%n change(s) another program changed can no longer be undone: %1</source>
        <translation>
            <numerusform>%n change another program changed can no longer be undone: %1</numerusform>
            <numerusform>%n changes another program changed can no longer be undone: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="34"/>
        <source>%n new document(s), %2 matched</source>
        <translation>
            <numerusform>%n new document, %2 matched</numerusform>
            <numerusform>%n new documents, %2 matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="37"/>
        <source>%n event(s) appended, %2 already here</source>
        <translation>
            <numerusform>%n event appended, %2 already here</numerusform>
            <numerusform>%n events appended, %2 already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="40"/>
        <source>%n span(s) added, %2 removed</source>
        <translation>
            <numerusform>%n span added, %2 removed</numerusform>
            <numerusform>%n spans added, %2 removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="43"/>
        <source>%n suggestion(s) and %2 brought in</source>
        <translation>
            <numerusform>%n suggestion and %2 brought in</numerusform>
            <numerusform>%n suggestions and %2 brought in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="46"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="49"/>
        <source>%n document status(es) moved on</source>
        <translation>
            <numerusform>%n document status moved on</numerusform>
            <numerusform>%n document statuses moved on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="52"/>
        <source>%n conflict(s) left for a reviewer (Review → Compare &amp; adjudicate)</source>
        <translation>
            <numerusform>%n conflict left for a reviewer (Review → Compare &amp; adjudicate)</numerusform>
            <numerusform>%n conflicts left for a reviewer (Review → Compare &amp; adjudicate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="56"/>
        <source>%1 actions per gold span against %2 for %3 on %n held-out document(s).</source>
        <translation>
            <numerusform>%1 actions per gold span against %2 for %3 on %n held-out document.</numerusform>
            <numerusform>%1 actions per gold span against %2 for %3 on %n held-out documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="61"/>
        <source>Trained %1 on %n gold document(s): %3 characters, %4 spans (%5) in %6 s.</source>
        <translation>
            <numerusform>Trained %1 on %n gold document: %3 characters, %4 spans (%5) in %6 s.</numerusform>
            <numerusform>Trained %1 on %n gold documents: %3 characters, %4 spans (%5) in %6 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="449"/>
        <source>%1 of %n difference(s) left</source>
        <translation>
            <numerusform>%1 of %n difference left</numerusform>
            <numerusform>%1 of %n differences left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="453"/>
        <source>%n difference(s), all settled</source>
        <translation>
            <numerusform>%n difference, all settled</numerusform>
            <numerusform>%n differences, all settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="519"/>
        <source>%1 worked on this layer since the merge raised conflict #%2 (%n span(s) added, %3 removed): taking the incoming spans leaves that work as it is.</source>
        <translation>
            <numerusform>%1 worked on this layer since the merge raised conflict #%2 (%n span added, %3 removed): taking the incoming spans leaves that work as it is.</numerusform>
            <numerusform>%1 worked on this layer since the merge raised conflict #%2 (%n spans added, %3 removed): taking the incoming spans leaves that work as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="534"/>
        <source>%n merge conflict(s) on this document: choose one as a layer to compare it with the annotator&apos;s current work.</source>
        <translation>
            <numerusform>%n merge conflict on this document: choose it as a layer to compare it with the annotator&apos;s current work.</numerusform>
            <numerusform>%n merge conflicts on this document: choose one as a layer to compare it with the annotator&apos;s current work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="552"/>
        <source>%1 (%2, %n span(s))</source>
        <translation>
            <numerusform>%1 (%2, %n span)</numerusform>
            <numerusform>%1 (%2, %n spans)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="717"/>
        <source>%1 of %n difference(s) settled</source>
        <translation>
            <numerusform>%1 of %n difference settled</numerusform>
            <numerusform>%1 of %n differences settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="723"/>
        <source>%n agreement(s) to take (Shift+Y)</source>
        <translation>
            <numerusform>%n agreement to take (Shift+Y)</numerusform>
            <numerusform>%n agreements to take (Shift+Y)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="725"/>
        <source>%n agreement(s) taken</source>
        <translation>
            <numerusform>%n agreement taken</numerusform>
            <numerusform>%n agreements taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="727"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="729"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="778"/>
        <source>%1: %n span(s) added, %3 removed.</source>
        <translation>
            <numerusform>%1: %n span added, %3 removed.</numerusform>
            <numerusform>%1: %n spans added, %3 removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="807"/>
        <source>Agreements accepted (%1): %n span(s) added, %3 removed.</source>
        <translation>
            <numerusform>Agreements accepted (%1): %n span added, %3 removed.</numerusform>
            <numerusform>Agreements accepted (%1): %n spans added, %3 removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="821"/>
        <source>Every difference is settled, but the document was not marked done: %n pending suggestion(s) came after this view was shown (another program suggested the document). Ctrl+D marks it done, rejecting them too.</source>
        <translation>
            <numerusform>Every difference is settled, but the document was not marked done: %n pending suggestion came after this view was shown (another program suggested the document). Ctrl+D marks it done, rejecting it too.</numerusform>
            <numerusform>Every difference is settled, but the document was not marked done: %n pending suggestions came after this view was shown (another program suggested the document). Ctrl+D marks it done, rejecting them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="853"/>
        <source>Not marked done: %n pending suggestion(s) came after this view was shown (another program suggested the document). Ctrl+D again marks it done, rejecting them too.</source>
        <translation>
            <numerusform>Not marked done: %n pending suggestion came after this view was shown (another program suggested the document). Ctrl+D again marks it done, rejecting it too.</numerusform>
            <numerusform>Not marked done: %n pending suggestions came after this view was shown (another program suggested the document). Ctrl+D again marks it done, rejecting them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="871"/>
        <source>Document reopened: %n suggestion(s) that marking it done rejected are pending again.</source>
        <translation>
            <numerusform>Document reopened: %n suggestion that marking it done rejected is pending again.</numerusform>
            <numerusform>Document reopened: %n suggestions that marking it done rejected are pending again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="320"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="321"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="325"/>
        <source>%n to review in these documents.</source>
        <translation>
            <numerusform>%n to review in these documents.</numerusform>
            <numerusform>%n to review in these documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="329"/>
        <source>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestion(s) held below the threshold.</source>
        <translation>
            <numerusform>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestion held below the threshold.</numerusform>
            <numerusform>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestions held below the threshold.</numerusform>
        </translation>
    </message>
</context>
</TS>
